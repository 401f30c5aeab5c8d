// flashback: the desktop app. Composition root: command line, settings, theme, language, the
// local data layer, then the main window.
#include "app/gui/appservices.h"
#include "models/cacheschema.h"
#include "wire/database.h"
#include "models/modelslog.h"
#include "wire/runtime.h"
#include "models/singleinstance.h"
#include "models/syncengine.h"
#include "ui/appcontext.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/settingskeys.h"
#include "ui/signer/modeswitch.h"
#include "ui/signer/offlinesignerwindow.h"
#include "ui/theme.h"
#include "ui/web/documentview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#include <cstdio>
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
    Runtime::setApplicationIdentity();
    QApplication app(argc, argv);
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
    parser.addOptions({screenshot, page, theme, offlineSigner});
    parser.process(app);

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
    ui::Language::install(settings.value(ui::SettingsKeys::language()).toString());
    ui::Theme::apply(ui::Theme::fromString(
        parser.isSet(theme) ? parser.value(theme)
                            : settings.value(ui::SettingsKeys::theme()).toString()));

    if (parser.isSet(offlineSigner))
        return runOfflineSigner(app, dataDir, parser.value(screenshot), *instance);

    auto cache = CacheDatabase::open(dataDir);
    if (!cache) {
        if (parser.isSet(screenshot)) {
            std::fprintf(stderr, "flashback: %s\n", qPrintable(cache.error().message));
            return 1;
        }
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Flashback"),
            QCoreApplication::translate("main", "The local database cannot be opened:\n%1\n\n"
                                                "Check that %2 is writable, or start with "
                                                "--data-dir pointing elsewhere.")
                .arg(cache.error().message, dataDir));
        return 1;
    }

    ui::AppContext context;
    context.dataDir = dataDir;
    context.documentView = &web::createDocumentView;
    AppServices services(context, *cache);
    // The platform connection comes first, so every page is built against live services (the
    // local node starts in well under a second).
    services.start();
    ui::MainWindow window(context);
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

    if (parser.isSet(screenshot)) {
        window.resize(1280, 800);
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
    // A first start (no "don't show again" yet) greets the user: what the app does, the
    // development network's play money, and the three roles.
    window.maybeShowWelcome();
    reportReadyWhenShown(&window, "online");
    return app.exec();
}
