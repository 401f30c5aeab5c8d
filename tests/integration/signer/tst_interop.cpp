// flashback-cli against the chains' SDKs (interop.js): transactions the SDKs build sign here
// and verify there, byte for byte; addresses match the reference derivations; exit codes hold.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class InteropTest : public QObject
{
    Q_OBJECT

private slots:
    void sdkPeers_data()
    {
        QTest::addColumn<QString>("which");
        for (const char *c :
             {"addresses", "stellar", "algorand", "bitcoin", "starknet", "errors", "ur"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void sdkPeers()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        p.setWorkingDirectory(qEnvironmentVariable("FB_SOURCE_DIR") + QStringLiteral("/tests"));
        p.start(QStringLiteral("node"),
                {QStringLiteral("integration/signer/interop.js"), which,
                 QStringLiteral(FB_CLI_PATH), dir.path(), QStringLiteral(FB_STARK_PEER_PATH),
                 QStringLiteral(FB_UR_PEER_PATH)});
        QVERIFY(p.waitForFinished(240000));
        const QByteArray out = p.readAllStandardOutput();
        const QJsonObject r = QJsonDocument::fromJson(out).object();
        QVERIFY2(r.value(QStringLiteral("ok")).toBool(),
                 qPrintable(QString::fromUtf8(out + p.readAllStandardError())));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(InteropTest)
#include "tst_interop.moc"
