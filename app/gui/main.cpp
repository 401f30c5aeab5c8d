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
#include "ui/theme.h"
#include "ui/web/documentview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace fb;

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
    parser.addOptions({screenshot, page, theme});
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
    SingleInstance instance(dataDir);
    if (!instance.acquire()) {
        if (instance.activateRunning())
            return 0;
        std::fprintf(stderr, "flashback: another instance holds %s and does not answer\n",
                     qPrintable(instance.lockPath()));
        return 1;
    }

    QSettings settings;
    ui::Language::install(settings.value(ui::SettingsKeys::language()).toString());
    ui::Theme::apply(ui::Theme::fromString(
        parser.isSet(theme) ? parser.value(theme)
                            : settings.value(ui::SettingsKeys::theme()).toString()));

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
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
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
    return app.exec();
}
