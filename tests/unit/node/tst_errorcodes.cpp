// docs/API.md and the node agree on every error code and its HTTP status: a client reading the
// documentation gets the status the node sends.
#include "server/apiserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace fb::node;

class ErrorCodesTest : public QObject
{
    Q_OBJECT

private slots:
    void docsMatchTheNode()
    {
        QFile f(qEnvironmentVariable("FB_SOURCE_DIR") + QStringLiteral("/docs/API.md"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString doc = QString::fromUtf8(f.readAll());
        const qsizetype from = doc.indexOf(QStringLiteral("Statuses:"));
        const qsizetype to = doc.indexOf(QStringLiteral("`unsupported`."), from);
        QVERIFY(from > 0 && to > from);
        const QString list = doc.mid(from, to - from + 14);
        // "401 `unauthorized`/`token_expired`": a status, then its codes.
        static const QRegularExpression group(
            QStringLiteral("(\\d{3})\\s+((?:`[a-z_]+`[/\\s]*)+)"));
        static const QRegularExpression code(QStringLiteral("`([a-z_]+)`"));
        QHash<QString, int> documented;
        for (auto g = group.globalMatch(list); g.hasNext();) {
            const auto m = g.next();
            for (auto c = code.globalMatch(m.captured(2)); c.hasNext();)
                documented.insert(c.next().captured(1), m.captured(1).toInt());
        }
        QVERIFY(documented.size() > 20);
        for (auto it = documented.cbegin(); it != documented.cend(); ++it)
            QVERIFY2(statusForCode(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1: documented %2, node sends %3")
                                    .arg(it.key())
                                    .arg(it.value())
                                    .arg(statusForCode(it.key()))));
        for (const QString &c : knownErrorCodes())
            QVERIFY2(documented.contains(c), qPrintable(c + QStringLiteral(" is not documented")));
    }
};

QTEST_GUILESS_MAIN(ErrorCodesTest)
#include "tst_errorcodes.moc"
