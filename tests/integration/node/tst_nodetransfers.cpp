// Plain transfers and account history on the development ledger against a real flashback-node:
// a wallet sends XLM to another account, both balances change, both histories show it with the
// faucet credits; refusals (replay, wrong network, unfunded, to the escrow) change nothing.
#include "nodeharness.h"

#include "wallet/stellar.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fbtest;

class TstNodeTransfers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    NodeProcess m_node;
    std::unique_ptr<Client> m_c;
    Account m_alice;
    Account m_bob;
    QString m_passphrase;
    QString m_escrow;

    qint64 xlm(const Account &a)
    {
        Reply r = m_c->get(QStringLiteral("/v1/dev/accounts/") + a.address());
        return r.json.value(QStringLiteral("balances")).toObject().value(QStringLiteral("XLM")).toInteger();
    }
    qint64 sequence(const Account &a)
    {
        Reply r = m_c->get(QStringLiteral("/v1/dev/accounts/") + a.address());
        return r.json.value(QStringLiteral("sequence")).toString().toLongLong();
    }
    QString envelope(const Account &from, const QString &to, qint64 stroops,
                     const QString &passphrase, qint64 seqOffset = 1)
    {
        fb::stellar::PaymentParams p;
        p.source = from.address();
        p.destination = to;
        p.amount = stroops;
        p.asset = QStringLiteral("XLM");
        p.sequence = sequence(from) + seqOffset;
        p.fee = 100;
        p.maxTime = quint64(QDateTime::currentSecsSinceEpoch() + 300);
        p.memo.type = fb::stellar::MemoText;
        p.memo.text = "rent";
        auto env = fb::stellar::buildPayment(p);
        if (!env)
            return {};
        auto key = fb::SecretBytes::fromBytes(QByteArray::fromHex(from.seedHex()));
        if (!fb::stellar::sign(*env, key, fb::stellar::network(passphrase)))
            return {};
        return QString::fromLatin1(fb::stellar::encodeBase64(*env));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_node.start(m_dir.path() + QStringLiteral("/node"),
                              {QStringLiteral("--qos-interval"), QStringLiteral("3600")}, &error),
                 qPrintable(error));
        m_c = std::make_unique<Client>(m_node.baseUrl());
        const QJsonObject info = m_c->get(QStringLiteral("/v1/info")).json;
        m_passphrase = info.value(QStringLiteral("networkPassphrase")).toString();
        m_escrow = info.value(QStringLiteral("escrowAddress")).toString();
        QVERIFY(!m_passphrase.isEmpty());
        Reply f = m_c->post(QStringLiteral("/v1/dev/faucet"),
                            {{QStringLiteral("address"), m_alice.address()}});
        QCOMPARE(f.status, 200);
    }

    void transferMovesBalancesAndShowsInHistory()
    {
        const qint64 before = xlm(m_alice);
        QCOMPARE(before, qint64(10000) * 10000000);
        const QString env = envelope(m_alice, m_bob.address(), 250000000, m_passphrase);
        QVERIFY(!env.isEmpty());
        Reply r = m_c->post(QStringLiteral("/v1/dev/transfers"), {{QStringLiteral("envelope"), env}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        const QString hash = r.json.value(QStringLiteral("hash")).toString();
        QCOMPARE(hash.size(), 64);
        QCOMPARE(xlm(m_alice), before - 250000000 - 100);
        QCOMPARE(xlm(m_bob), qint64(250000000));

        const QJsonArray mine =
            m_c->get(QStringLiteral("/v1/dev/accounts/%1/history").arg(m_alice.address()))
                .json.value(QStringLiteral("items")).toArray();
        QCOMPARE(mine.size(), 2); // the transfer, then the faucet credit (newest first)
        const QJsonObject sent = mine.at(0).toObject();
        QCOMPARE(sent.value(QStringLiteral("kind")).toString(), QStringLiteral("transfer"));
        QCOMPARE(sent.value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
        QCOMPARE(sent.value(QStringLiteral("hash")).toString(), hash);
        QCOMPARE(sent.value(QStringLiteral("to")).toString(), m_bob.address());
        QCOMPARE(sent.value(QStringLiteral("memo")).toString(), QStringLiteral("rent"));
        QCOMPARE(sent.value(QStringLiteral("fee")).toInteger(), qint64(100));
        QCOMPARE(sent.value(QStringLiteral("amount")).toObject().value(QStringLiteral("units")).toInteger(),
                 qint64(250000000));
        QCOMPARE(mine.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("faucet"));

        const QJsonArray theirs =
            m_c->get(QStringLiteral("/v1/dev/accounts/%1/history").arg(m_bob.address()))
                .json.value(QStringLiteral("items")).toArray();
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs.at(0).toObject().value(QStringLiteral("direction")).toString(),
                 QStringLiteral("in"));
        QCOMPARE(theirs.at(0).toObject().value(QStringLiteral("from")).toString(), m_alice.address());

        // The same envelope again is a replay and changes nothing.
        Reply again =
            m_c->post(QStringLiteral("/v1/dev/transfers"), {{QStringLiteral("envelope"), env}});
        QVERIFY(again.status == 409 || again.status == 422);
        QCOMPARE(xlm(m_bob), qint64(250000000));
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("signed for testnet") << "testnet";
        QTest::newRow("to the escrow") << "escrow";
        QTest::newRow("unfunded sender") << "unfunded";
        QTest::newRow("more than the balance") << "overdraw";
        QTest::newRow("not an envelope") << "garbage";
    }
    void refusalsChangeNothing()
    {
        QFETCH(QString, what);
        const qint64 alice = xlm(m_alice);
        const qint64 bob = xlm(m_bob);
        QString env;
        Account stranger;
        if (what == QLatin1String("testnet"))
            env = envelope(m_alice, m_bob.address(), 10, QStringLiteral("testnet"));
        else if (what == QLatin1String("escrow"))
            env = envelope(m_alice, m_escrow, 10, m_passphrase);
        else if (what == QLatin1String("unfunded"))
            env = envelope(stranger, m_bob.address(), 10, m_passphrase);
        else if (what == QLatin1String("overdraw"))
            env = envelope(m_alice, m_bob.address(), alice, m_passphrase);
        else
            env = QStringLiteral("AAAA");
        Reply r = m_c->post(QStringLiteral("/v1/dev/transfers"), {{QStringLiteral("envelope"), env}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("payment_refused"));
        QCOMPARE(xlm(m_alice), alice);
        QCOMPARE(xlm(m_bob), bob);
    }

    void historyRefusesNonAddresses()
    {
        QCOMPARE(m_c->get(QStringLiteral("/v1/dev/accounts/a%25b/history")).status, 400);
        // An address with no movement has an empty history, not an error.
        Account nobody;
        Reply r = m_c->get(QStringLiteral("/v1/dev/accounts/%1/history").arg(nobody.address()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 0);
    }

    void cleanupTestCase() { m_node.stop(); }
};

QTEST_GUILESS_MAIN(TstNodeTransfers)
#include "tst_nodetransfers.moc"
