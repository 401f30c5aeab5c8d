// The window's menus as a user meets them: the welcome on a first start (and never again once
// dismissed with "Don't show again"), each menu's actions with their standard shortcuts, Find
// going to the marketplace's search field, Ctrl+, opening the settings, the theme from the View
// menu, the columns of a table, the shortcuts dialog listing every shortcut, and the problem
// report carrying versions and the log's tail without secrets.
#include "models/cacheschema.h"
#include "models/cachestore.h"
#include "models/platformservices.h"
#include "tests/gui/common/userrobot.h"
#include "ui/appcontext.h"
#include "ui/dialogs/helpdialogs.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/pages/marketplacepage.h"
#include "ui/settingskeys.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace fb::ui;

class tst_Menus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcomeGreetsAFirstStart();
    void welcomeShowsEveryLine_data();
    void welcomeShowsEveryLine();
    void menusHoldTheirActions();
    void findGoesToTheMarketplaceSearch();
    void preferencesShortcutOpensSettings();
    void themeFromTheViewMenu();
    void columnsHideAndShow();
    void shortcutsDialogListsThem();
    void problemReportLeavesSecretsOut();
    void screenshots();

private:
    QTemporaryDir m_dir;
    AppContext m_ctx;
    QSqlDatabase m_cache;
    std::unique_ptr<fb::PlatformServices> m_services;
};

void tst_Menus::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlashbackTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();

    // A cache with one provider and one offer, so the marketplace shows its table.
    auto db = fb::CacheDatabase::open(m_dir.path(), QStringLiteral("menus"));
    QVERIFY(db.ok());
    m_cache = *db;
    m_ctx.dataDir = m_dir.path();
    m_services = std::make_unique<fb::PlatformServices>(nullptr, m_cache, nullptr, nullptr);
    m_ctx.market = &m_services->market;
    m_ctx.deals = &m_services->deals;
    m_ctx.accounts = &m_services->accounts;
    m_ctx.payments = &m_services->payments;
    m_ctx.providers = &m_services->providers;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fb::Provider p;
    p.id = QStringLiteral("prv_1");
    p.address = QStringLiteral("GPROVIDER1");
    p.name = QStringLiteral("Northwind Storage");
    p.kind = QStringLiteral("cloud");
    p.createdAt = p.updatedAt = now;
    fb::Offer o;
    o.id = QStringLiteral("off_1");
    o.providerId = p.id;
    o.name = QStringLiteral("Hot EU");
    o.region = QStringLiteral("eu-west");
    o.qosTier = QStringLiteral("gold");
    o.protocols = {QStringLiteral("s3")};
    o.priceStoragePerGbMonthUsd7 = 40000;
    o.capacityBytes = o.freeBytes = qint64(1000) * 1000 * 1000 * 1000;
    o.currencies = {QStringLiteral("USD")};
    o.createdAt = o.updatedAt = now;
    fb::ChangesPage page;
    for (const auto &[seq, entity, id, data] :
         {std::tuple{1, QStringLiteral("provider"), p.id, p.toJson()},
          std::tuple{2, QStringLiteral("offer"), o.id, o.toJson()}}) {
        fb::Change c;
        c.seq = seq;
        c.entity = entity;
        c.id = id;
        c.data = data;
        page.changes << c;
    }
    page.next = 2;
    const auto applied = fb::CacheStore(m_cache).applyPage(QStringLiteral("market"), page);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
}

void tst_Menus::welcomeGreetsAFirstStart()
{
    QVERIFY(WelcomeDialog::shouldShowAtStart()); // fresh settings: a first start
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.maybeShowWelcome());
    WelcomeDialog *welcome = nullptr;
    QTRY_VERIFY((welcome = w.findChild<WelcomeDialog *>()) && welcome->isVisible());
    fb::testkit::screenshot(welcome, QStringLiteral("welcome"));
    // What the app does, the play money, the three roles.
    QString text;
    for (QLabel *l : welcome->findChildren<QLabel *>())
        text += l->text() + QLatin1Char(' ');
    QVERIFY2(text.contains(QStringLiteral("development network")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("play money")), qPrintable(text));
    for (const char *role : {"consumer", "provider", "signer"})
        QVERIFY(welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcome_") +
                                                         QLatin1String(role)));
    QVERIFY(welcome->dontShowAgain()->isChecked());
    // Start is not a cancel: no close icon on it.
    bool sawStart = false;
    for (QPushButton *b : welcome->findChildren<QPushButton *>())
        if (!qobject_cast<QCommandLinkButton *>(b) && b->text().contains(QStringLiteral("Start"))) {
            sawStart = true;
            QVERIFY(b->icon().isNull());
        }
    QVERIFY(sawStart);
    // With the keyboard, the role that has the focus looks different from the others.
    {
        auto *consumer =
            welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcome_consumer"));
        welcome->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(welcome));
        welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcome_provider"))->setFocus();
        QTRY_VERIFY(!consumer->hasFocus());
        const QImage unfocused = consumer->grab().toImage();
        consumer->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(consumer->hasFocus());
        QVERIFY(consumer->grab().toImage() != unfocused);
    }

    // Choosing the provider role goes there; the greeting does not come back.
    welcome->findChild<QCommandLinkButton *>(QStringLiteral("welcome_provider"))->click();
    QTRY_VERIFY(!w.findChild<WelcomeDialog *>());
    QCOMPARE(w.currentPageId(), QStringLiteral("provider"));
    QVERIFY(!WelcomeDialog::shouldShowAtStart());
    QVERIFY(!w.maybeShowWelcome());

    // Help > Welcome shows it again on demand.
    QAction *again = w.menuAction(QStringLiteral("welcome"));
    QVERIFY(again);
    again->trigger();
    QTRY_VERIFY((welcome = w.findChild<WelcomeDialog *>()) && welcome->isVisible());
    welcome->dontShowAgain()->setChecked(false);
    welcome->reject();
    QTRY_VERIFY(!w.findChild<WelcomeDialog *>());
    QVERIFY(WelcomeDialog::shouldShowAtStart()); // unticked: it greets the next start
    WelcomeDialog::setShowAtStart(false);
}

void tst_Menus::welcomeShowsEveryLine_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("de") << QStringLiteral("de");
}

// German runs a third longer than English: every wrapped label and role button of the greeting
// gets the height its text needs at the dialog's width, so no line is cut off.
void tst_Menus::welcomeShowsEveryLine()
{
    QFETCH(QString, lang);
    QCOMPARE(Language::install(lang), lang);
    {
        WelcomeDialog welcome;
        // What the platform gives a new window on a 1024x640 screen: at most two thirds of
        // its height, here less.
        welcome.resize(600, 300);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        QTRY_VERIFY(welcome.isVisible());
        QCoreApplication::processEvents();
        int checked = 0;
        for (QWidget *wdg : welcome.findChildren<QWidget *>()) {
            auto *label = qobject_cast<QLabel *>(wdg);
            const bool wraps =
                (label && label->wordWrap()) || qobject_cast<QCommandLinkButton *>(wdg) != nullptr;
            if (!wraps || !wdg->isVisible())
                continue;
            ++checked;
            const QString what = label ? label->text() : wdg->objectName();
            QVERIFY2(wdg->height() >= wdg->heightForWidth(wdg->width()),
                     qPrintable(QStringLiteral("%1: %2 px for %3 px of text at %4 px wide")
                                    .arg(what)
                                    .arg(wdg->height())
                                    .arg(wdg->heightForWidth(wdg->width()))
                                    .arg(wdg->width())));
        }
        QVERIFY(checked >= 6); // three labels, three roles
    }
    Language::install(QStringLiteral("en"));
}

void tst_Menus::menusHoldTheirActions()
{
    MainWindow w(m_ctx);
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                 QStringLiteral("View"), QStringLiteral("Go"),
                                 QStringLiteral("Settings"), QStringLiteral("Help")}));
    const QList<std::pair<QString, QKeySequence>> expected{
        {QStringLiteral("newSla"), QKeySequence(QKeySequence::New)},
        {QStringLiteral("quit"), QKeySequence(QKeySequence::Quit).isEmpty()
                                     ? QKeySequence(QStringLiteral("Ctrl+Q"))
                                     : QKeySequence(QKeySequence::Quit)},
        {QStringLiteral("copy"), QKeySequence(QKeySequence::Copy)},
        {QStringLiteral("find"), QKeySequence(QKeySequence::Find)},
        {QStringLiteral("preferences"), QKeySequence(QStringLiteral("Ctrl+,"))},
        {QStringLiteral("documentation"), QKeySequence(QKeySequence::HelpContents)},
        {QStringLiteral("keyboardShortcuts"), QKeySequence(QStringLiteral("Ctrl+/"))},
        {QStringLiteral("fullScreen"), QKeySequence(QKeySequence::FullScreen)},
        {QStringLiteral("lockWallet"), QKeySequence(QStringLiteral("Ctrl+Shift+L"))},
    };
    for (const auto &[name, keys] : expected) {
        QAction *a = w.menuAction(name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(!keys.isEmpty(), qPrintable(name));
        QCOMPARE(a->shortcut(), keys);
    }
    for (const char *name :
         {"signTransaction", "restartOfflineSigner", "columns", "theme_system", "theme_light",
          "theme_dark", "welcome", "openLogs", "reportProblem", "about"})
        QVERIFY2(w.menuAction(QLatin1String(name)), name);
}

void tst_Menus::findGoesToTheMarketplaceSearch()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.showPage(QStringLiteral("marketplace")));
    auto *market = qobject_cast<MarketplacePage *>(w.page(QStringLiteral("marketplace")));
    QVERIFY(market && market->searchField());
    QTRY_COMPARE(market->state(), QStringLiteral("offers"));
    w.page(QStringLiteral("marketplace"))->setFocus();
    QVERIFY(w.menuAction(QStringLiteral("find"))->isEnabled());
    QTest::keySequence(&w, QKeySequence::Find);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(market->searchField()));

    // The Settings page has nothing to search: Find is off there.
    QVERIFY(w.showPage(QStringLiteral("settings")));
    QVERIFY(!w.menuAction(QStringLiteral("find"))->isEnabled());
}

void tst_Menus::preferencesShortcutOpensSettings()
{
    MainWindow w(m_ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.showPage(QStringLiteral("marketplace")));
    QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(w.currentPageId(), QStringLiteral("settings"));
    QVERIFY(w.page(QStringLiteral("settings"))->isVisible());
}

void tst_Menus::themeFromTheViewMenu()
{
    MainWindow w(m_ctx);
    QAction *dark = w.menuAction(QStringLiteral("theme_dark"));
    QAction *light = w.menuAction(QStringLiteral("theme_light"));
    QVERIFY(dark && light);
    dark->trigger();
    QVERIFY(Theme::isDark());
    QCOMPARE(QSettings().value(SettingsKeys::theme()).toString(), QStringLiteral("dark"));
    QVERIFY(dark->isChecked());
    light->trigger();
    QVERIFY(!Theme::isDark());
    QVERIFY(light->isChecked() && !dark->isChecked());
    QCOMPARE(QSettings().value(SettingsKeys::theme()).toString(), QStringLiteral("light"));
}

void tst_Menus::columnsHideAndShow()
{
    MainWindow w(m_ctx);
    QVERIFY(w.showPage(QStringLiteral("marketplace")));
    QVERIFY(w.menuAction(QStringLiteral("columns"))->isEnabled());
    QHeaderView *header = w.page(QStringLiteral("marketplace"))->columnsHeader();
    QVERIFY(header && header->count() > 1);
    ColumnsDialog dialog(header);
    const auto boxes = dialog.findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), header->count());
    const bool wasHidden = header->isSectionHidden(1);
    boxes[1]->setChecked(wasHidden);
    QCOMPARE(header->isSectionHidden(1), !wasHidden);
    boxes[1]->setChecked(!wasHidden);
    QCOMPARE(header->isSectionHidden(1), wasHidden);
}

void tst_Menus::shortcutsDialogListsThem()
{
    MainWindow w(m_ctx);
    const QList<ShortcutEntry> all = w.shortcuts();
    ShortcutsDialog dialog(all, &w);
    QTreeWidget *list = dialog.list();
    QStringList shown;
    for (int s = 0; s < list->topLevelItemCount(); ++s) {
        for (int i = 0; i < list->topLevelItem(s)->childCount(); ++i)
            shown << list->topLevelItem(s)->child(i)->text(1);
    }
    for (const QKeySequence &k :
         {QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Find),
          QKeySequence(QKeySequence::Copy), w.menuAction(QStringLiteral("quit"))->shortcut(),
          QKeySequence(QStringLiteral("Ctrl+,")), QKeySequence(QStringLiteral("Ctrl+1")),
          QKeySequence(QStringLiteral("Ctrl+Shift+P"))})
        QVERIFY2(shown.contains(k.toString(QKeySequence::NativeText)),
                 qPrintable(k.toString() + QStringLiteral(" not in ") + shown.join(u", ")));
    // Every action in the menus that has a shortcut is there.
    for (QAction *top : w.menuBar()->actions()) {
        for (QAction *a : top->menu()->actions()) {
            if (!a->shortcut().isEmpty())
                QVERIFY2(shown.contains(a->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(a->text()));
        }
    }
    dialog.resize(1024, 640);
    fb::testkit::screenshot(&dialog, QStringLiteral("welcome-shortcuts"));
}

void tst_Menus::problemReportLeavesSecretsOut()
{
    const QString log = m_dir.filePath(QStringLiteral("flashback.log"));
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 200; ++i)
        f.write(QByteArray("2026-12-06 info flashback.app line ") + QByteArray::number(i) + '\n');
    f.write("2026-12-06 debug flashback.wallet mnemonic legal winner thank\n");
    f.write("2026-12-06 info flashback.app last line\n");
    f.close();
    ReportProblemDialog dialog(log);
    const QString report = dialog.report();
    QVERIFY(report.startsWith(QStringLiteral("Flashback ")));
    QVERIFY(report.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())));
    QVERIFY(report.contains(QStringLiteral("System: ")));
    QVERIFY(report.contains(QStringLiteral("last line")));
    QVERIFY(!report.contains(QStringLiteral("line 5\n"))); // only the tail
    QVERIFY(!report.contains(QStringLiteral("legal winner")));
    QVERIFY(report.contains(QStringLiteral("[line left out")));
}

// The window with its dialog or open menu drawn where they are (a grab shows one window only).
static void saveComposite(QWidget *window, const QList<QWidget *> &overlays, const QString &name)
{
    QPixmap picture = window->grab();
    QPainter painter(&picture);
    for (QWidget *o : overlays) {
        const QPoint at = o->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0));
        const QRect frame(at, o->size());
        // A dialog dims the window behind it, as a window manager's modal shade would.
        if (qobject_cast<QDialog *>(o))
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 70));
        painter.drawPixmap(at, o->grab());
        painter.setPen(o->palette().color(QPalette::Mid));
        painter.drawRect(frame.adjusted(0, 0, -1, -1));
    }
    painter.end();
    const QString dir = qEnvironmentVariable("FB_SCREENSHOT_DIR");
    QVERIFY(picture.save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG"));
}

void tst_Menus::screenshots()
{
    if (qEnvironmentVariableIsEmpty("FB_SCREENSHOT_DIR"))
        QSKIP("set FB_SCREENSHOT_DIR to render the welcome and the Help menu");
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        Theme::apply(Theme::fromString(theme));
        MainWindow w(m_ctx);
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setRole(Role::Consumer);
        QVERIFY(w.showPage(QStringLiteral("marketplace")));
        w.showWelcome();
        WelcomeDialog *welcome = nullptr;
        QTRY_VERIFY((welcome = w.findChild<WelcomeDialog *>()) && welcome->isVisible());
        welcome->adjustSize();
        welcome->move(w.mapToGlobal(QPoint((w.width() - welcome->width()) / 2,
                                           qMax(0, (w.height() - welcome->height()) / 2))));
        QTest::qWait(50);
        saveComposite(&w, {welcome}, QStringLiteral("welcome-") + theme);
        welcome->dontShowAgain()->setChecked(true);
        welcome->reject();
        QTRY_VERIFY(!w.findChild<WelcomeDialog *>());

        QMenu *help = nullptr;
        for (QAction *a : w.menuBar()->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Help"))
                help = a->menu();
        QVERIFY(help);
        const QRect r = w.menuBar()->actionGeometry(help->menuAction());
        help->popup(w.menuBar()->mapToGlobal(r.bottomLeft()));
        QTRY_VERIFY(help->isVisible());
        QTest::qWait(50);
        saveComposite(&w, {help}, QStringLiteral("welcome-helpmenu-") + theme);
        help->hide();
    }
    Theme::apply(ThemeMode::Light);
}

QTEST_MAIN(tst_Menus)
#include "tst_menus.moc"
