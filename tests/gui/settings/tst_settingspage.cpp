// The Settings page's "Platform node" section against real nodes: "Test connection" reaches a
// node by URL (and the running local one), reports an unreachable or malformed address, shows a
// self-signed certificate's SHA-256 fingerprint and pins it on "Trust this certificate"; Save
// writes the platform URL (empty for the local network); the connection state follows the sync
// engine.
#include "models/platformservices.h"
#include "ui/appcontext.h"
#include "ui/pages/settingspage.h"
#include "ui/settingskeys.h"

#include "models/apiclient.h"
#include "models/localnode.h"
#include "models/syncengine.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fb::ui;

namespace {
QString nodeProgram()
{
    return qEnvironmentVariable("FB_BUILD_DIR") + QStringLiteral("/server/flashback-node");
}
} // namespace

class SettingsPageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalNode> m_node;
    std::unique_ptr<LocalNode> m_tlsNode;
    QUrl m_url;
    QUrl m_tlsUrl;
    QSslCertificate m_cert;

    template <typename T> static T *child(SettingsPage &page, const char *name)
    {
        T *w = page.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    // Clicks "Test connection" and returns its outcome.
    static bool test(SettingsPage &page)
    {
        QSignalSpy spy(&page, &SettingsPage::connectionTested);
        QTest::mouseClick(child<QPushButton>(page, "testConnection"), Qt::LeftButton);
        if (spy.isEmpty() && !spy.wait(30000))
            qFatal("connection test did not end");
        return spy.last().at(0).toBool();
    }

    static void chooseRemote(SettingsPage &page, const QString &url)
    {
        QTest::mouseClick(child<QRadioButton>(page, "anotherNode"), Qt::LeftButton);
        auto *edit = child<QLineEdit>(page, "platformUrl");
        edit->clear();
        QTest::keyClicks(edit, url);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackSettingsTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();

        LocalNode::Options o;
        o.appDataDir = m_dir.filePath(QStringLiteral("app"));
        o.program = nodeProgram();
        o.extraArgs = {QStringLiteral("--qos-interval"), QStringLiteral("3600")};
        m_node = std::make_unique<LocalNode>(o);
        auto url = m_node->start();
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        m_url = *url;

        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "openssl is needed for the self-signed certificate");
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                          QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"),
                          key, QStringLiteral("-out"), cert});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        m_cert = QSslCertificate::fromPath(cert, QSsl::Pem).value(0);
        QVERIFY(!m_cert.isNull());
        LocalNode::Options t = o;
        t.appDataDir = m_dir.filePath(QStringLiteral("tls"));
        t.extraArgs << QStringLiteral("--tls-cert") << cert << QStringLiteral("--tls-key") << key;
        m_tlsNode = std::make_unique<LocalNode>(t);
        auto tlsUrl = m_tlsNode->start();
        QVERIFY2(tlsUrl.ok(), qPrintable(tlsUrl.ok() ? QString() : tlsUrl.error().message));
        m_tlsUrl = *tlsUrl;
        m_tlsUrl.setScheme(QStringLiteral("https"));
    }

    void defaultsToLocalNetwork()
    {
        AppContext context(m_dir.filePath(QStringLiteral("data")));
        SettingsPage page(context);
        QVERIFY(child<QRadioButton>(page, "localNetwork")->isChecked());
        QVERIFY(!child<QRadioButton>(page, "anotherNode")->isChecked());
        QVERIFY(!child<QLineEdit>(page, "platformUrl")->isEnabled());
        QCOMPARE(child<QLabel>(page, "connectionState")->text(), QStringLiteral("Not connected"));
        // Without a running local node there is nothing to test.
        QVERIFY(!test(page));
        QVERIFY(
            child<QLabel>(page, "testResult")->text().contains(QStringLiteral("local network")));
    }

    void testsTheRunningLocalNode()
    {
        AppContext context(m_dir.filePath(QStringLiteral("data")));
        ApiClient api(m_url, std::make_shared<AuthSession>());
        PlatformServices services(&api, QSqlDatabase(), nullptr, nullptr);
        context.market = &services.market;
        SettingsPage page(context);
        QVERIFY(test(page));
        QVERIFY(child<QLabel>(page, "testResult")->text().startsWith(QStringLiteral("Connected")));
    }

    void testsAnotherNode()
    {
        AppContext context(m_dir.filePath(QStringLiteral("data")));
        SettingsPage page(context);
        chooseRemote(page, m_url.toString());
        QVERIFY(child<QLineEdit>(page, "platformUrl")->isEnabled());
        QVERIFY(test(page));
        const QString result = child<QLabel>(page, "testResult")->text();
        QVERIFY2(result.startsWith(QStringLiteral("Connected")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("version")));
        QVERIFY(child<QLabel>(page, "fingerprint")->isHidden());
    }

    void reportsUnreachableAndMalformedAddresses()
    {
        AppContext context(m_dir.filePath(QStringLiteral("data")));
        SettingsPage page(context);
        int port = 0;
        {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost, 0);
            port = s.serverPort();
        }
        chooseRemote(page, QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY(!test(page));
        QVERIFY(
            child<QLabel>(page, "testResult")->text().startsWith(QStringLiteral("Cannot connect")));

        chooseRemote(page, QStringLiteral("ftp://example.org"));
        QVERIFY(!test(page));
        QVERIFY(child<QLabel>(page, "testResult")
                    ->text()
                    .contains(QStringLiteral("not a node address")));
        QTest::mouseClick(child<QPushButton>(page, "savePlatform"), Qt::LeftButton);
        QVERIFY(QSettings().value(SettingsKeys::platformUrl()).toString().isEmpty());
    }

    void trustsASelfSignedCertificate()
    {
        AppContext context(m_dir.filePath(QStringLiteral("data")));
        SettingsPage page(context);
        chooseRemote(page, m_tlsUrl.toString());
        QVERIFY(!test(page));
        QVERIFY(child<QLabel>(page, "testResult")->text().contains(QStringLiteral("not trusted")));
        auto *fingerprint = child<QLabel>(page, "fingerprint");
        auto *trust = child<QPushButton>(page, "trustCertificate");
        QVERIFY(!fingerprint->isHidden());
        QVERIFY(!trust->isHidden());
        const QByteArray sha = QCryptographicHash::hash(m_cert.toDer(), QCryptographicHash::Sha256);
        QVERIFY2(fingerprint->text().contains(SettingsPage::fingerprintText(sha)),
                 qPrintable(fingerprint->text()));
        QVERIFY(SettingsPage::fingerprintText(sha).contains(QLatin1Char(':')));

        QSignalSpy spy(&page, &SettingsPage::connectionTested);
        QTest::mouseClick(trust, Qt::LeftButton);
        QVERIFY(!spy.isEmpty() || spy.wait(30000));
        QVERIFY(spy.last().at(0).toBool());
        QCOMPARE(QSettings().value(SettingsKeys::platformCertificatePin(m_tlsUrl)).toString(),
                 QString::fromLatin1(sha.toHex()));
        QVERIFY(trust->isHidden());
        QVERIFY(child<QLabel>(page, "testResult")->text().startsWith(QStringLiteral("Connected")));

        // The pin is per node: the plain node's origin has none, a new page reuses the pin.
        QVERIFY(!QSettings().contains(SettingsKeys::platformCertificatePin(m_url)));
        SettingsPage again(context);
        chooseRemote(again, m_tlsUrl.toString());
        QVERIFY(test(again));
    }

    void choosesTheDisplayCurrency()
    {
        AppContext context(m_dir.filePath(QStringLiteral("data")));
        SettingsPage page(context);
        auto *currency = page.findChild<QComboBox *>(QStringLiteral("displayCurrency"));
        QVERIFY(currency);
        QCOMPARE(currency->currentData().toString(), QStringLiteral("USD"));
        currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
        QCOMPARE(QSettings().value(SettingsKeys::displayCurrency()).toString(),
                 QStringLiteral("EUR"));
        SettingsPage again(context);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("displayCurrency"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("EUR"));
        QSettings().remove(SettingsKeys::displayCurrency());
    }

    void savesThePlatformUrl()
    {
        AppContext context(m_dir.filePath(QStringLiteral("data")));
        {
            SettingsPage page(context);
            QSignalSpy changed(&page, &SettingsPage::platformUrlChanged);
            chooseRemote(page, m_url.toString() + QLatin1Char('/'));
            QTest::mouseClick(child<QPushButton>(page, "savePlatform"), Qt::LeftButton);
            QCOMPARE(QSettings().value(SettingsKeys::platformUrl()).toString(), m_url.toString());
            QCOMPARE(changed.count(), 1);
            auto *note = child<QLabel>(page, "saveNote");
            QVERIFY(!note->isHidden());
            QVERIFY(note->text().contains(QStringLiteral("connecting to")));
        }
        {
            // A new page shows the saved choice, and going back to the local network saves "".
            SettingsPage page(context);
            QVERIFY(child<QRadioButton>(page, "anotherNode")->isChecked());
            QCOMPARE(child<QLineEdit>(page, "platformUrl")->text(), m_url.toString());
            QTest::mouseClick(child<QRadioButton>(page, "localNetwork"), Qt::LeftButton);
            QVERIFY(!child<QLineEdit>(page, "platformUrl")->isEnabled());
            QTest::mouseClick(child<QPushButton>(page, "savePlatform"), Qt::LeftButton);
            QVERIFY(QSettings().contains(SettingsKeys::platformUrl()));
            QCOMPARE(QSettings().value(SettingsKeys::platformUrl()).toString(), QString());
            QVERIFY(
                child<QLabel>(page, "saveNote")->text().contains(QStringLiteral("local network")));
        }
    }

    void showsTheConnectionState()
    {
        QTemporaryDir cache;
        AppContext context(cache.path());
        SyncEngine::Config c;
        c.dataDir = cache.path();
        c.baseUrl = m_url;
        c.scope = QStringLiteral("settings-test");
        c.intervalMs = 0;
        SyncEngine engine(c);
        context.sync = &engine;
        context.localNetwork = true;
        SettingsPage page(context);
        auto *state = child<QLabel>(page, "connectionState");
        QCOMPARE(state->text(), QStringLiteral("Local network · Not synced yet"));
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Local network · Up to date"),
                                  60000);
        engine.stop();
    }

    void cleanupTestCase()
    {
        m_tlsNode.reset();
        m_node.reset();
    }
};

QTEST_MAIN(SettingsPageTest)
#include "tst_settingspage.moc"
