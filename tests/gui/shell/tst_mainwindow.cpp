// The app shell offscreen: every sidebar entry shows its page, by mouse and by shortcut;
// role and last page survive a restart; About lists the library versions.
#include "ui/aboutdialog.h"
#include "ui/appcontext.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/settingskeys.h"

#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fb::ui;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void visitsEverySidebarEntry();
    void shortcutsReachEachArea();
    void remembersPageAndRole();
    void buildsPagesWhenFirstShown();
    void aboutListsVersions();
    void languagesTranslateTheShell_data();
    void languagesTranslateTheShell();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlashbackTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void tst_MainWindow::visitsEverySidebarEntry()
{
    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *list = w.findChild<QListWidget *>(QStringLiteral("sidebarList"));
    QVERIFY(list);
    const QStringList expected{QStringLiteral("marketplace"), QStringLiteral("slas"),
                               QStringLiteral("files"),       QStringLiteral("wallet"),
                               QStringLiteral("provider"),    QStringLiteral("settings")};
    QCOMPARE(w.pageIds(), expected);
    // The consumer role hides the provider's pages; the provider role shows every area.
    w.setRole(Role::Consumer);
    QVERIFY(list->isRowHidden(expected.indexOf(QStringLiteral("provider"))));
    w.setRole(Role::Provider);
    QVERIFY(!list->isRowHidden(expected.indexOf(QStringLiteral("provider"))));
    for (int row = 0; row < list->count(); ++row) {
        const QRect r = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(w.currentPageId(), expected[row]);
        Page *p = w.page(expected[row]);
        QVERIFY(p->isVisible());
        QVERIFY(!p->title().isEmpty());
    }
}

void tst_MainWindow::shortcutsReachEachArea()
{
    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QList<QPair<int, QString>> keys{{Qt::Key_1, QStringLiteral("marketplace")},
                                          {Qt::Key_2, QStringLiteral("slas")},
                                          {Qt::Key_3, QStringLiteral("files")},
                                          {Qt::Key_4, QStringLiteral("wallet")},
                                          {Qt::Key_5, QStringLiteral("provider")}};
    for (const auto &[key, id] : keys) {
        QTest::keyClick(&w, Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(w.currentPageId(), id);
    }
}

void tst_MainWindow::remembersPageAndRole()
{
    AppContext ctx{m_dir.path()};
    {
        MainWindow w(ctx);
        w.show();
        QVERIFY(w.showPage(QStringLiteral("files")));
        w.setRole(Role::Provider);
        w.close();
    }
    MainWindow again(ctx);
    QCOMPARE(again.currentPageId(), QStringLiteral("files"));
    QCOMPARE(again.role(), Role::Provider);
    QVERIFY(!again.showPage(QStringLiteral("nonsense")));
}

// The window paints with only the page it opens on: the others are built on their first visit
// (or by buildRemainingPages, which the app calls once the window is up), and the sidebar shows
// each area's own title and icon before its page exists.
void tst_MainWindow::buildsPagesWhenFirstShown()
{
    AppContext ctx{m_dir.path()};
    QSettings().setValue(SettingsKeys::lastPage(), QStringLiteral("marketplace"));
    QSettings().setValue(SettingsKeys::role(), QStringLiteral("consumer"));
    MainWindow w(ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentPageId(), QStringLiteral("marketplace"));
    QVERIFY(w.isPageBuilt(QStringLiteral("marketplace")));
    for (const char *id : {"slas", "files", "wallet", "provider", "settings"})
        QVERIFY2(!w.isPageBuilt(QString::fromLatin1(id)), id);

    auto *list = w.findChild<QListWidget *>(QStringLiteral("sidebarList"));
    QVERIFY(list);
    const int wallet = int(w.pageIds().indexOf(QStringLiteral("wallet")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(wallet)).center());
    QCOMPARE(w.currentPageId(), QStringLiteral("wallet"));
    QVERIFY(w.isPageBuilt(QStringLiteral("wallet")));
    Page *walletPage = w.page(QStringLiteral("wallet"));
    QVERIFY(walletPage && walletPage->isVisible());
    QVERIFY(!w.isPageBuilt(QStringLiteral("slas")));

    w.buildRemainingPages();
    for (const QString &id : w.pageIds())
        QTRY_VERIFY2(w.isPageBuilt(id), qPrintable(id));
    QCOMPARE(w.currentPageId(), QStringLiteral("wallet")); // building did not change the page
    for (int row = 0; row < list->count(); ++row) {
        Page *p = w.page(w.pageIds().at(row));
        QCOMPARE(list->item(row)->text(), p->title());
        QCOMPARE(list->item(row)->data(Qt::UserRole).toString(), p->pageId());
    }
}

void tst_MainWindow::aboutListsVersions()
{
    const QStringList v = AboutDialog::componentVersions();
    QCOMPARE(v.size(), 4);
    QVERIFY(v[0].startsWith(QStringLiteral("Qt 6.")));
    QVERIFY(v[1].startsWith(QStringLiteral("libsodium 1.")));
    QVERIFY(v[2].contains(QStringLiteral("OpenSSL 3")));
    QVERIFY(v[3].startsWith(QStringLiteral("SQLite 3.")));
}

void tst_MainWindow::languagesTranslateTheShell_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("marketplace");
    QTest::addColumn<QString>("settings");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Marketplace")
                        << QStringLiteral("Settings");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Place de marché")
                        << QStringLiteral("Paramètres");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Marktplatz")
                        << QStringLiteral("Einstellungen");
}

void tst_MainWindow::languagesTranslateTheShell()
{
    QFETCH(QString, code);
    QFETCH(QString, marketplace);
    QFETCH(QString, settings);
    QCOMPARE(Language::install(code), code);
    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);
    QCOMPARE(w.page(QStringLiteral("marketplace"))->title(), marketplace);
    QCOMPARE(w.page(QStringLiteral("settings"))->title(), settings);
    Language::install(QStringLiteral("en"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
