// The GUI thread stays free while the slow work runs: a 16 ms timer keeps firing and a widget in
// the main window keeps being repainted during (a) a wallet unlock with the real Argon2id
// parameters (WalletService::unlockAsync, as the Files page and the sign-in call it) and (b) a
// large upload through the file library and its transfer engine to the local demo providers.
#include "localmarket.h"
#include "models/formats.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "storage/filelibrary.h"
#include "storage/transferengine.h"
#include "testbytes.h"
#include "ui/mainwindow.h"
#include "ui/pages/filespage.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fb;
using namespace fb::ui;

namespace {

constexpr int kTickMs = 16;
constexpr qint64 kMaxGapMs = 250;

// A small widget in the window's status bar, repainted on every tick of a 16 ms timer; it
// records the largest gap between ticks and between paints since start().
class PaintProbe : public QWidget
{
public:
    explicit PaintProbe(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setFixedSize(24, 16);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxTickGap = qMax(m_maxTickGap, now - m_lastTick);
            m_lastTick = now;
            ++m_ticks;
            update();
        });
    }

    void start()
    {
        m_clock.start();
        m_lastTick = m_lastPaint = 0;
        m_maxTickGap = m_maxPaintGap = 0;
        m_ticks = m_paints = 0;
        m_timer.start();
    }
    // Closes the measurement: the gap up to now counts too (a freeze just before the end).
    void stop()
    {
        const qint64 now = m_clock.elapsed();
        m_maxTickGap = qMax(m_maxTickGap, now - m_lastTick);
        m_maxPaintGap = qMax(m_maxPaintGap, now - m_lastPaint);
        m_elapsed = now;
        m_timer.stop();
    }

    qint64 elapsed() const { return m_elapsed; }
    qint64 maxTickGap() const { return m_maxTickGap; }
    qint64 maxPaintGap() const { return m_maxPaintGap; }
    int ticks() const { return m_ticks; }
    int paints() const { return m_paints; }
    QString report() const
    {
        return QStringLiteral("%1 ms: %2 ticks (largest gap %3 ms), %4 paints (largest gap %5 ms)")
            .arg(m_elapsed)
            .arg(m_ticks)
            .arg(m_maxTickGap)
            .arg(m_paints)
            .arg(m_maxPaintGap);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_timer.isActive()) {
            const qint64 now = m_clock.elapsed();
            m_maxPaintGap = qMax(m_maxPaintGap, now - m_lastPaint);
            m_lastPaint = now;
            ++m_paints;
        }
        QPainter p(this);
        p.fillRect(rect(), (m_paints % 2) ? Qt::darkGreen : Qt::green);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0, m_lastPaint = 0, m_maxTickGap = 0, m_maxPaintGap = 0, m_elapsed = 0;
    int m_ticks = 0, m_paints = 0;
};

} // namespace

class ResponsivenessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackResponsivenessTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
    }

    void windowPaintsDuringUnlockAndUpload()
    {
        fb::testkit::LocalMarket market(m_dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;
        WalletService &wallet = *market.wallet;
        std::optional<fb::testkit::UserRobot> robotBox;

        // A two-copy SLA on the demo providers, paid from a wallet with the real Argon2id
        // parameters (no setWalletSetupParams: the app's defaults).
        {
            SlaWizard w(ctx);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
            protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
            w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(1);
            w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(2);
            w.next();
            QCOMPARE(w.currentId(), int(SlaWizard::RecommendationPage));
            QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(),
                                     20000); // costed with the node's fee
            w.next();
            QCOMPARE(w.currentId(), int(SlaWizard::QuotePage));
            QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
            w.next();
            QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
            robotBox.emplace();
            robotBox->expectWalletSetup();
            w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(wallet.exists(), 30000);
            w.findChild<QPushButton *>(QStringLiteral("faucet"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                w.findChild<QLabel *>(QStringLiteral("walletState"))
                    ->text()
                    .contains(Formats().coin(qint64(10000) * 10000000, QStringLiteral("XLM"))),
                20000);
            // Unlocked since the set-up: the sign-in asks nothing, the review signs.
            robotBox->expectSignature(QStringLiteral("Transaction 2 of 2"));
            w.findChild<QPushButton *>(QStringLiteral("pay"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SlaWizard::StatusPage), 60000);
        }
        fb::testkit::UserRobot &robot = *robotBox;

        MainWindow window(ctx);
        window.resize(1100, 720);
        auto *probe = new PaintProbe;
        window.statusBar()->addPermanentWidget(probe);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("files")));
        auto *page = qobject_cast<FilesPage *>(window.page(QStringLiteral("files")));
        QVERIFY(page);
        storage::FileLibrary *lib = page->library();
        QCOMPARE(lib, ctx.library);
        QTRY_COMPARE_WITH_TIMEOUT(lib->slaIds().size(), 1, 20000);
        const QString sla = lib->slaIds().first();

        // (a) The wallet unlock, as the Files page calls it.
        {
            std::optional<bool> unlocked;
            probe->start();
            wallet.unlockAsync(std::make_shared<const SecretBytes>(
                                   SecretBytes::fromBytes(fb::testkit::kRobotPassword.toUtf8())),
                               probe, [&](Result<keystore::Secrets> s) { unlocked = s.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(unlocked.has_value(), 60000);
            probe->stop();
            QVERIFY(*unlocked);
            qInfo("unlock: %s", qPrintable(probe->report()));
            // Argon2id with the default parameters takes many frames; the window painted on.
            QVERIFY2(probe->elapsed() >= 8 * kTickMs, qPrintable(probe->report()));
            QVERIFY2(probe->ticks() >= 5 && probe->paints() >= 5, qPrintable(probe->report()));
            QVERIFY2(probe->maxTickGap() < kMaxGapMs, qPrintable(probe->report()));
            QVERIFY2(probe->maxPaintGap() < kMaxGapMs, qPrintable(probe->report()));
        }

        // (b) A large upload through the Files page: the page's own unlock (its password prompt
        // and Argon2) and then the encryption, coding and copies to both providers.
        {
            const QString path = m_dir.path() + QStringLiteral("/big.bin");
            {
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                for (int i = 0; i < 8; ++i) // 32 MB
                    QVERIFY(f.write(fbtest::randomBytes(4 * 1024 * 1024, quint32(i + 1))) ==
                            4 * 1024 * 1024);
            }
            page->selectFolder(sla, QStringLiteral("/"));
            // Locked first (Lock now), so the page asks and runs Argon2 as after a restart.
            wallet.security()->lock();
            robot.expectPassword(QStringLiteral("Unlock your files"));
            // The file's state in the library (the transfer engine exists once it is unlocked).
            auto state = [lib] {
                auto files = lib->files();
                if (files)
                    for (const auto &f : *files)
                        if (f.name == QLatin1String("big.bin"))
                            return f.state;
                return QString();
            };
            probe->start();
            QVERIFY(page->uploadPaths({path}));
            QTRY_VERIFY_WITH_TIMEOUT(
                state() == QLatin1String("stored") || state() == QLatin1String("failed"), 240000);
            probe->stop();
            QCOMPARE(state(), QStringLiteral("stored"));
            qInfo("upload: %s", qPrintable(probe->report()));
            QVERIFY2(probe->elapsed() >= 8 * kTickMs, qPrintable(probe->report()));
            QVERIFY2(probe->ticks() >= 5 && probe->paints() >= 5, qPrintable(probe->report()));
            QVERIFY2(probe->maxTickGap() < kMaxGapMs, qPrintable(probe->report()));
            QVERIFY2(probe->maxPaintGap() < kMaxGapMs, qPrintable(probe->report()));
        }
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
        market.sync->stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(ResponsivenessTest)
#include "tst_responsiveness.moc"
