// flashback: the desktop app. Composition root: command line, settings, theme, language, the
// local data layer, then the main window.
#include "app/gui/appservices.h"
#include "models/cacheschema.h"
#include "models/modelslog.h"
#include "models/singleinstance.h"
#include "models/syncengine.h"
#include "ui/appcontext.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/settingskeys.h"
#include "ui/signer/modeswitch.h"
#include "ui/signer/offlinesignerwindow.h"
#include "ui/theme.h"
#include "wire/database.h"
#include "wire/runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QLibrary>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSize>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

using namespace fb;

namespace {

// With FB_REPORT_READY=1 in the environment, one line on stdout once the window is up (tests
// that start the real binary wait for it instead of sleeping).
void reportReadyWhenShown(QWidget *window, const char *mode)
{
    if (qEnvironmentVariableIntValue("FB_REPORT_READY") != 1)
        return;
    QTimer::singleShot(0, window, [mode] {
        std::fprintf(stdout, "flashback: ready %s %lld\n", mode,
                     static_cast<long long>(QCoreApplication::applicationPid()));
        std::fflush(stdout);
    });
}

long long monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// With FB_STARTUP_TRACE=1, one line per startup phase on stderr ("startup-phase NAME NS", the
// monotonic clock): bench/app/bench_startup prints them against its launch instant.
void startupPhase(const char *name)
{
    static const bool on = qEnvironmentVariableIntValue("FB_STARTUP_TRACE") == 1;
    if (on) {
        std::fprintf(stderr, "startup-phase %s %lld\n", name, monotonicNs());
        std::fflush(stderr);
    }
}

// Runs then() once the window has painted for the first time (or after three seconds, should it
// never be exposed): work that the first picture does not need waits for it. With
// FB_REPORT_FIRST_PAINT=1 (=quit: and then quits) prints "first-paint NS" on stdout, the
// monotonic time of that first paint, for bench/app/bench_startup.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        qApp->installEventFilter(this);
        QTimer::singleShot(3000, this, [this] { runThen(); });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            const QByteArray report = qgetenv("FB_REPORT_FIRST_PAINT");
            if (!report.isEmpty()) {
                std::fprintf(stdout, "first-paint %lld\n", monotonicNs());
                std::fflush(stdout);
                if (report == "quit")
                    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
            startupPhase("first-paint");
            // After this paint has reached the screen, not in the middle of it.
            QTimer::singleShot(0, this, [this] { runThen(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void runThen()
    {
        if (!m_then)
            return;
        auto then = std::move(m_then);
        m_then = nullptr;
        then();
    }

    QWidget *m_window;
    std::function<void()> m_then;
};

// AppContext::documentView: the web document view from the flashback-web module, loaded the first
// time a page shows a web document (QtWebEngine is a large part of the app's start when linked):
// beside the executable in the build tree, in ../lib/flashback when installed.
QWidget *createDocumentView(const QUrl &url, QWidget *parent)
{
    using Create = QWidget *(*)(const QUrl &, QWidget *);
    static QString error;
    static const Create create = []() -> Create {
        const QString dir = QCoreApplication::applicationDirPath();
        const QStringList paths{QString(dir + QStringLiteral("/flashback-web")),
                                QString(dir + QStringLiteral("/../lib/flashback/flashback-web"))};
        for (const QString &path : paths) {
            QLibrary lib(path);
            if (auto f = reinterpret_cast<Create>(lib.resolve("fb_create_document_view")))
                return f;
            error = lib.errorString();
        }
        qCWarning(lcApp) << "the web document view cannot be loaded:" << error;
        return nullptr;
    }();
    if (create)
        return create(url, parent);
    auto *missing = new QLabel(parent);
    missing->setWordWrap(true);
    missing->setOpenExternalLinks(true);
    missing->setTextFormat(Qt::RichText);
    missing->setText(
        QCoreApplication::translate("main", "The document viewer is not installed (%1). Open <a "
                                            "href=\"%2\">the document</a> in your browser instead.")
            .arg(error.toHtmlEscaped(), url.toString().toHtmlEscaped()));
    return missing;
}

// The air-gapped signer: the wallet and the signer only. No cache, no node, no API client, no
// sync engine, no file library: nothing here opens a socket (tst_offlinesockets checks the
// real binary). The single-instance lock stays on: its local server is a Unix socket, and one
// process per data folder keeps two signers from writing one keystore.
int runOfflineSigner(QApplication &app, const QString &dataDir, const QString &screenshotFile,
                     SingleInstance &instance)
{
    ui::AppContext context;
    context.dataDir = dataDir;
    AppServices services(context, QSqlDatabase(), AppServices::Mode::OfflineSigner);
    ui::OfflineSignerWindow window(context);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.show();
    if (!screenshotFile.isEmpty()) {
        QTimer::singleShot(600, &window, [&window, screenshotFile] {
            const bool ok = window.grab().save(screenshotFile, "PNG");
            if (!ok)
                std::fprintf(stderr, "flashback: cannot write %s\n", qPrintable(screenshotFile));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    reportReadyWhenShown(&window, "offline-signer");
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    startupPhase("main");
    Runtime::setApplicationIdentity();
    // QtWebEngine, loaded later from the flashback-web module, shares OpenGL contexts with the
    // widgets: set before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    startupPhase("qapplication");
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/flashback.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Flashback storage marketplace"));
    parser.addHelpOption();
    parser.addVersionOption();
    Runtime::addCommonOptions(parser);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Open on page NAME."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("main", "light, dark or system."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption offlineSigner(
        ui::modeswitch::kOfflineSignerOption.mid(2),
        QCoreApplication::translate("main", "Start as the air-gapped offline signer: the wallet "
                                            "and the transaction signer only; no node, no "
                                            "network."));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size WxH (e.g. 1024x640), for --screenshot "
                                            "or a window of that size."),
        QStringLiteral("WxH"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language (en, fr, de) for this run."),
        QStringLiteral("CODE"));
    parser.addOptions({screenshot, page, theme, offlineSigner, size, lang});
    parser.process(app);
    QSize windowSize;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2)
            windowSize = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH || windowSize.width() < 200 || windowSize.height() < 200) {
            std::fprintf(stderr, "flashback: --size wants WIDTHxHEIGHT, e.g. 1024x640\n");
            return 1;
        }
    }

    const QString dataDir = Runtime::dataDir(parser);
    // Preferences live beside the data when --data-dir is given, so runs stay separate.
    if (parser.isSet(QStringLiteral("data-dir"))) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dataDir + QStringLiteral("/settings"));
    }
    Runtime::start(parser, QStringLiteral("flashback"));

    // One instance per data dir: a second one brings the first window to the front and exits,
    // instead of starting a second local node on the same cache.
    auto instance = std::make_unique<SingleInstance>(dataDir);
    if (!instance->acquire()) {
        if (instance->activateRunning())
            return 0;
        std::fprintf(stderr, "flashback: another instance holds %s and does not answer\n",
                     qPrintable(instance->lockPath()));
        return 1;
    }
    // "Restart as offline signer" / "Restart online": once the windows are gone and the data
    // folder's lock is released, the other mode starts as a new process.
    struct RestartAfterExit
    {
        std::unique_ptr<SingleInstance> &instance;
        ~RestartAfterExit()
        {
            const auto args = ui::modeswitch::pendingRestartArguments();
            if (!args)
                return;
            instance.reset();
            if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), *args))
                std::fprintf(stderr, "flashback: the restart did not start\n");
        }
    } restartAfterExit{instance};

    QSettings settings;
    ui::Language::install(parser.isSet(lang)
                              ? parser.value(lang)
                              : settings.value(ui::SettingsKeys::language()).toString());
    ui::Theme::apply(ui::Theme::fromString(
        parser.isSet(theme) ? parser.value(theme)
                            : settings.value(ui::SettingsKeys::theme()).toString()));

    startupPhase("settings-language-theme");
    if (parser.isSet(offlineSigner))
        return runOfflineSigner(app, dataDir, parser.value(screenshot), *instance);

    ui::AppContext context;
    context.dataDir = dataDir;
    context.documentView = &createDocumentView;
    // The services, sync engine and API client the pages bind to; nothing started yet, and no
    // cache: it opens after the first paint (a new one is created then).
    AppServices services(context, QSqlDatabase());
    services.start();
    startupPhase("services");
    // The window builds the page it opens on (the Marketplace shows its frame, loading); the
    // others wait until they are shown (or until buildRemainingPages below).
    ui::MainWindow window(context);
    startupPhase("window-built");
    // The window first: the cache, the platform connection (the local node takes a few hundred
    // milliseconds to start) and the pages not on screen come after its first paint.
    const bool screenshotRun = parser.isSet(screenshot);
    new AfterFirstPaint(&window, [&services, &window, dataDir, screenshotRun] {
        auto cache = CacheDatabase::open(dataDir);
        if (!cache) {
            std::fprintf(stderr, "flashback: %s\n", qPrintable(cache.error().message));
            if (!screenshotRun)
                QMessageBox::critical(&window, QCoreApplication::translate("main", "Flashback"),
                                      QCoreApplication::translate(
                                          "main", "The local database cannot be opened:\n%1\n\n"
                                                  "Check that %2 is writable, or start with "
                                                  "--data-dir pointing elsewhere.")
                                          .arg(cache.error().message, dataDir));
            QCoreApplication::exit(1);
            return;
        }
        services.openCache(*cache);
        startupPhase("cache-open");
        services.connectPlatform();
        startupPhase("platform-connecting");
        window.buildRemainingPages();
    });
    services.bindStatus(&window);
    QObject::connect(instance.get(), &SingleInstance::activationRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        std::fprintf(stderr, "flashback: unknown page '%s' (pages: %s)\n",
                     qPrintable(parser.value(page)), qPrintable(window.pageIds().join(u", ")));
        return 1;
    }

    if (windowSize.isValid())
        window.resize(windowSize);
    if (parser.isSet(screenshot)) {
        window.resize(windowSize.isValid() ? windowSize : QSize(1280, 800));
        window.show();
        const QString file = parser.value(screenshot);
        // The picture shows live data: wait for the first sync (at most 30 s), then grab.
        auto *poll = new QTimer(&window);
        auto *waited = new int(0);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, &context, poll, waited, file] {
            *waited += 200;
            const bool synced = !context.sync ||
                                context.sync->state() == SyncEngine::State::UpToDate ||
                                context.sync->state() == SyncEngine::State::Error;
            if (!synced && *waited < 30000)
                return;
            poll->stop();
            delete waited;
            QTimer::singleShot(600, &window, [&window, file] {
                const bool ok = window.grab().save(file, "PNG");
                if (!ok)
                    std::fprintf(stderr, "flashback: cannot write %s\n", qPrintable(file));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
        poll->start(200);
        return app.exec();
    }

    window.show();
    startupPhase("shown");
    // A first start (no "don't show again" yet) greets the user: what the app does, the
    // development network's play money, and the three roles.
    window.maybeShowWelcome();
    reportReadyWhenShown(&window, "online");
    return app.exec();
}
