// Property test of the escrow's conversion to the coin paid: whatever the deposit, the deal's
// USD total and the way it is split into movements (fee, releases, slashes, refunds), the
// movements' units add up to the deposit exactly and none is negative.
#include "wire/economics.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fb;

class EscrowRoundingTest : public QObject
{
    Q_OBJECT

    // Sum of the units of movements worth parts (which add up to total).
    static qint64 moved(qint64 deposit, qint64 total, const QList<qint64> &parts, bool *negative)
    {
        qint64 before = 0, sum = 0;
        for (qint64 p : parts) {
            const qint64 u = economics::cumulativeShare(deposit, before, p, total);
            if (u < 0)
                *negative = true;
            sum += u;
            before += p;
        }
        return sum;
    }

private slots:
    void knownSplits_data()
    {
        QTest::addColumn<qint64>("deposit");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<qint64>>("parts");
        QTest::addColumn<QList<qint64>>("units");
        // 3485 sat for $2.091: fee 68, release 3417 (floor would give 68 + 3416 and lose one).
        QTest::newRow("btc fee + release") << qint64(3485) << qint64(20910000)
                                           << QList<qint64>{410000, 20500000}
                                           << QList<qint64>{68, 3417};
        QTest::newRow("algo fee + release") << qint64(10455000) << qint64(20910000)
                                            << QList<qint64>{410000, 20500000}
                                            << QList<qint64>{205000, 10250000};
        QTest::newRow("thirds") << qint64(100) << qint64(3) << QList<qint64>{1, 1, 1}
                                << QList<qint64>{33, 33, 34};
        QTest::newRow("zero movement") << qint64(7) << qint64(10) << QList<qint64>{0, 5, 0, 5}
                                       << QList<qint64>{0, 3, 0, 4};
    }

    void knownSplits()
    {
        QFETCH(qint64, deposit);
        QFETCH(qint64, total);
        QFETCH(QList<qint64>, parts);
        QFETCH(QList<qint64>, units);
        qint64 before = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QCOMPARE(economics::cumulativeShare(deposit, before, parts.at(i), total), units.at(i));
            before += parts.at(i);
        }
    }

    void sumIsTheDepositWhateverTheSplit()
    {
        QRandomGenerator rng(16); // fixed seed: the same cases every run
        for (int round = 0; round < 20000; ++round) {
            const qint64 total = 1 + qint64(rng.bounded(quint64(1) << 40));
            // Deposits from 1 unit to 10^15 (BTC sat, microalgos, stroops).
            const qint64 deposit = 1 + qint64(rng.bounded(quint64(1000000000000000)));
            QList<qint64> parts;
            qint64 left = total;
            const int n = 1 + int(rng.bounded(12));
            for (int i = 0; i < n - 1 && left > 0; ++i) {
                const qint64 p = qint64(rng.bounded(quint64(left) + 1));
                parts.append(p);
                left -= p;
            }
            parts.append(left);
            bool negative = false;
            const qint64 sum = moved(deposit, total, parts, &negative);
            QVERIFY2(!negative, "a movement took negative units");
            QCOMPARE(sum, deposit);
        }
    }

    void partialSplitsNeverOverdraw()
    {
        QRandomGenerator rng(18);
        for (int round = 0; round < 5000; ++round) {
            const qint64 total = 1 + qint64(rng.bounded(quint64(1) << 30));
            const qint64 deposit = 1 + qint64(rng.bounded(quint64(1) << 50));
            const qint64 part = qint64(rng.bounded(quint64(total) + 1));
            bool negative = false;
            const qint64 sum = moved(deposit, total, {part, 0}, &negative);
            QVERIFY(!negative);
            QVERIFY(sum <= deposit);
            QCOMPARE(sum, economics::mulDivFloor(deposit, part, total));
        }
    }
};

QTEST_GUILESS_MAIN(EscrowRoundingTest)
#include "tst_escrowrounding.moc"
