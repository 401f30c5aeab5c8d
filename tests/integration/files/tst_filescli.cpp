// flashback-cli files end to end: a local node with the demo providers, a two-copy SLA bought
// through the API and paid with the development checkout's test card, then the CLI stores a
// file, lists it, downloads it byte for byte into a fresh data directory (the list comes from
// the providers' manifests), deletes it, and refuses bad input with the documented exit codes.
#include "models/apiclient.h"
#include "models/localnode.h"
#include "testbytes.h"
#include "wallet/keystore.h"
#include "wallet/slip10.h"
#include "wallet/strkey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace fb;

namespace {

const QString kPhrase = QStringLiteral("legal winner thank year wave sausage worth useful legal "
                                       "winner thank yellow");

template <typename T, typename Start> std::optional<T> call(Start start, int timeoutMs = 60000)
{
    std::optional<T> result;
    start([&result](T r) { result = std::move(r); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_FilesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QVERIFY(QFileInfo(QStringLiteral(FB_CLI_PATH)).isExecutable());
        // Paid demo deals stay Funded for the test (the agent would activate them after 10 s).
        m_node = std::make_unique<LocalNode>(
            LocalNode::Options{m_dir.filePath(QStringLiteral("app")),
                               {},
                               {QStringLiteral("--demo-activation-delay"), QStringLiteral("86400")},
                               60000});
        auto url = m_node->start();
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        m_url = *url;
        QVERIFY(writeAll(m_dir.filePath(QStringLiteral("phrase")), kPhrase.toUtf8() + '\n'));
    }

    void buysATwoCopySla()
    {
        QByteArray utf8 = kPhrase.toUtf8();
        auto secrets = keystore::fromBip39(SecretBytes::fromBytes(utf8), SecretBytes());
        SecretBytes::wipe(utf8);
        QVERIFY(secrets);
        auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), 0);
        QVERIFY(key);
        const QString address = strkey::accountId(slip10::ed25519PublicKey(*key));
        ApiClient api(m_url, std::make_shared<AuthSession>());
        const SecretBytes &k = *key;
        auto login = call<Status>([&](auto done) {
            api.login(
                address, [&k](const QByteArray &m) { return slip10::ed25519Sign(k, m); }, done);
        });
        QVERIFY(login && login->ok());

        // Two demo offers of different providers that store in local directories.
        auto offers = call<ApiResponse>([&](auto done) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
            api.get(QStringLiteral("/v1/offers"), q, done);
        });
        QVERIFY(offers && offers->ok());
        QStringList chosen;
        QStringList providers;
        for (const auto &v : offers->json.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString provider = o.value(QStringLiteral("providerId")).toString();
            if (o.value(QStringLiteral("demo")).toBool() &&
                !o.value(QStringLiteral("locked")).toBool() &&
                o.value(QStringLiteral("protocols")).toArray().contains(QStringLiteral("local")) &&
                !providers.contains(provider) && chosen.size() < 2) {
                chosen << o.value(QStringLiteral("id")).toString();
                providers << provider;
            }
        }
        QCOMPARE(chosen.size(), 2);
        auto created = call<ApiResponse>([&](auto done) {
            api.post(QStringLiteral("/v1/deals"),
                     {{QStringLiteral("sizeBytes"), qint64(1000) * 1000 * 1000},
                      {QStringLiteral("egressBytes"), qint64(1000) * 1000 * 1000},
                      {QStringLiteral("durationDays"), 30},
                      {QStringLiteral("offers"), QJsonArray::fromStringList(chosen)},
                      {QStringLiteral("k"), 1},
                      {QStringLiteral("protocol"), QStringLiteral("local")}},
                     done);
        });
        QVERIFY2(created && created->ok(),
                 created && created->error ? qPrintable(created->error->message) : "no reply");
        m_sla = created->json.value(QStringLiteral("slaId")).toString();
        const QJsonArray deals = created->json.value(QStringLiteral("deals")).toArray();
        QCOMPARE(deals.size(), 2);

        // Pay each deal with the development checkout's test card.
        QNetworkAccessManager nam;
        for (const auto &v : deals) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            auto session = call<ApiResponse>([&](auto done) {
                api.post(QStringLiteral("/v1/deals/%1/checkout").arg(id), QJsonObject(), done);
            });
            QVERIFY2(session && session->ok(),
                     session && session->error ? qPrintable(session->error->message) : "no reply");
            const QUrl page =
                m_url.resolved(QUrl(session->json.value(QStringLiteral("url")).toString()));
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("name"), QStringLiteral("Test User"));
            form.addQueryItem(QStringLiteral("card"), QStringLiteral("4242 4242 4242 4242"));
            form.addQueryItem(QStringLiteral("expiry"),
                              QStringLiteral("12/%1").arg(QDate::currentDate().year() % 100 + 3));
            form.addQueryItem(QStringLiteral("cvc"), QStringLiteral("123"));
            QNetworkRequest req(page);
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *reply = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
            const QByteArray body = reply->readAll();
            QVERIFY2(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200,
                     body.constData());
            reply->deleteLater();
        }
        auto mine = call<ApiResponse>([&](auto done) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("role"), QStringLiteral("consumer"));
            api.get(QStringLiteral("/v1/deals"), q, done);
        });
        QVERIFY(mine && mine->ok());
        int funded = 0;
        for (const auto &v : mine->json.value(QStringLiteral("items")).toArray())
            funded +=
                v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("Funded")
                    ? 1
                    : 0;
        QCOMPARE(funded, 2);
    }

    void putLsGetRm()
    {
        QVERIFY(!m_sla.isEmpty());
        const QByteArray data = fbtest::randomBytes(300 * 1024 + 17, 42);
        const QString in = m_dir.filePath(QStringLiteral("report.bin"));
        QVERIFY(writeAll(in, data));

        Run put =
            cli({QStringLiteral("put"), QStringLiteral("--sla"), m_sla, QStringLiteral("--in"), in,
                 QStringLiteral("--path"), QStringLiteral("/docs/q3.bin")},
                QStringLiteral("machine1"));
        QVERIFY2(put.code == 0, qPrintable(put.err));
        QCOMPARE(put.out.trimmed(), QStringLiteral("/docs/q3.bin"));

        // The same path again is refused.
        Run again = cli({QStringLiteral("put"), QStringLiteral("--in"), in,
                         QStringLiteral("--path"), QStringLiteral("/docs/q3.bin")},
                        QStringLiteral("machine1"));
        QCOMPARE(again.code, 1);

        // ls on a fresh data directory: the list comes from the providers.
        Run ls = cli({QStringLiteral("ls")}, QStringLiteral("machine2"));
        QVERIFY2(ls.code == 0, qPrintable(ls.err));
        const QStringList lines = ls.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QStringList cols = lines.first().split(QLatin1Char('\t'));
        QCOMPARE(cols.size(), 4);
        QCOMPARE(cols[0], QString::number(data.size()));
        QCOMPARE(cols[2], m_sla);
        QCOMPARE(cols[3], QStringLiteral("/docs/q3.bin"));
        Run lsFolder =
            cli({QStringLiteral("ls"), QStringLiteral("--path"), QStringLiteral("/other")},
                QStringLiteral("machine2"));
        QCOMPARE(lsFolder.code, 0);
        QVERIFY(lsFolder.out.trimmed().isEmpty());

        // get, on the second data directory: byte-identical.
        const QString out = m_dir.filePath(QStringLiteral("q3-out.bin"));
        Run get =
            cli({QStringLiteral("get"), QStringLiteral("--sla"), m_sla, QStringLiteral("--path"),
                 QStringLiteral("/docs/q3.bin"), QStringLiteral("--out"), out},
                QStringLiteral("machine2"));
        QVERIFY2(get.code == 0, qPrintable(get.err));
        QCOMPARE(readAll(out), data);

        // A file that is not there.
        Run missing = cli({QStringLiteral("get"), QStringLiteral("--path"),
                           QStringLiteral("/nope.bin"), QStringLiteral("--out"), out},
                          QStringLiteral("machine2"));
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no file /nope.bin")));

        // rm from the first machine; the second no longer lists it.
        Run rm =
            cli({QStringLiteral("rm"), QStringLiteral("--path"), QStringLiteral("/docs/q3.bin")},
                QStringLiteral("machine1"));
        QVERIFY2(rm.code == 0, qPrintable(rm.err));
        Run after =
            cli({QStringLiteral("ls"), QStringLiteral("--sla"), m_sla}, QStringLiteral("machine2"));
        QCOMPARE(after.code, 0);
        QVERIFY2(after.out.trimmed().isEmpty(), qPrintable(after.out));
    }

    void badInput()
    {
        Run noNode =
            run({QStringLiteral("files"), QStringLiteral("ls"), QStringLiteral("--mnemonic-file"),
                 m_dir.filePath(QStringLiteral("phrase"))});
        QCOMPARE(noNode.code, 1);
        QVERIFY(noNode.err.contains(QStringLiteral("--node")));
        Run noKey = run({QStringLiteral("files"), QStringLiteral("ls"), QStringLiteral("--node"),
                         m_url.toString()});
        QCOMPARE(noKey.code, 1);
        Run badSla =
            cli({QStringLiteral("ls"), QStringLiteral("--sla"), QStringLiteral("sla_nope")},
                QStringLiteral("machine1"));
        QCOMPARE(badSla.code, 1);
        QVERIFY(badSla.err.contains(m_sla));
        Run noIn = cli({QStringLiteral("put"), QStringLiteral("--in"),
                        m_dir.filePath(QStringLiteral("absent"))},
                       QStringLiteral("machine1"));
        QCOMPARE(noIn.code, 1);
        // The node refuses or is gone: Refused.
        Run down = run({QStringLiteral("files"), QStringLiteral("ls"), QStringLiteral("--node"),
                        QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--mnemonic-file"),
                        m_dir.filePath(QStringLiteral("phrase")), QStringLiteral("--timeout"),
                        QStringLiteral("20")});
        QCOMPARE(down.code, 3);
    }

    // The secrets audit: after a purchase (the card), an upload (the wallet's keys) and a wallet
    // made with a known password, no file the CLI or the node wrote (logs, SQLite and its WAL,
    // settings, journals, temporaries in the data dirs) holds any of them.
    void secretsNeverReachDisk()
    {
        const QString password = QStringLiteral("audit Tr0ub4dor&3 staple");
        QVERIFY(writeAll(m_dir.filePath(QStringLiteral("pw")), password.toUtf8()));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("machine1/wallet"))));
        Run wallet = run({QStringLiteral("wallet"), QStringLiteral("import"),
                          QStringLiteral("--mnemonic-file"),
                          m_dir.filePath(QStringLiteral("phrase")), QStringLiteral("--keystore"),
                          m_dir.filePath(QStringLiteral("machine1/wallet/wallet.fbks")),
                          QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("pw"))});
        QVERIFY2(wallet.code == 0, qPrintable(wallet.err));
        QVERIFY(!wallet.out.contains(QStringLiteral("legal winner")));

        QByteArray utf8 = kPhrase.toUtf8();
        auto secrets = keystore::fromBip39(SecretBytes::fromBytes(utf8), SecretBytes());
        SecretBytes::wipe(utf8);
        QVERIFY(secrets);
        auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), 0);
        QVERIFY(key);
        const QByteArray seed(reinterpret_cast<const char *>(key->data()), qsizetype(key->size()));
        const QList<QByteArray> needles = {
            kPhrase.toUtf8(),
            kPhrase.section(QLatin1Char(' '), 0, 3).toUtf8(), // a fragment of the phrase
            password.toUtf8(),
            strkey::encodeSeed(*key).toLatin1(),
            seed.toHex(),
            seed.toBase64(),
            seed,
            QByteArrayLiteral("4242424242424242"),
            QByteArrayLiteral("4242 4242 4242 4242"),
            QByteArrayLiteral("fba_"), // access tokens
            QByteArrayLiteral("fbr_"), // refresh tokens
        };
        // The test's own inputs and outputs are not the programs' writing.
        const QSet<QString> ours = {QStringLiteral("phrase"), QStringLiteral("pw"),
                                    QStringLiteral("report.bin"), QStringLiteral("q3-out.bin")};
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (ours.contains(QFileInfo(path).fileName()) &&
                QFileInfo(path).absolutePath() == QDir(m_dir.path()).absolutePath())
                continue;
            const QByteArray bytes = readAll(path);
            ++files;
            for (const QByteArray &n : needles)
                QVERIFY2(!bytes.contains(n),
                         qPrintable(QStringLiteral("%1 holds a secret (%2)")
                                        .arg(path, QString::fromLatin1(n.left(6).toHex()))));
        }
        qInfo() << "audited" << files << "files";
        QVERIFY(files > 5);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("machine1/wallet/wallet.fbks"))));
    }

    void cleanupTestCase()
    {
        if (m_node)
            m_node->stop();
    }

private:
    Run cli(QStringList args, const QString &machine)
    {
        args.prepend(QStringLiteral("files"));
        args.insert(2, QStringLiteral("--node"));
        args.insert(3, m_url.toString());
        args << QStringLiteral("--mnemonic-file") << m_dir.filePath(QStringLiteral("phrase"))
             << QStringLiteral("--data-dir") << m_dir.filePath(machine);
        return run(args);
    }

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(FB_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalNode> m_node;
    QUrl m_url;
    QString m_sla;
};

QTEST_GUILESS_MAIN(tst_FilesCli)
#include "tst_filescli.moc"
