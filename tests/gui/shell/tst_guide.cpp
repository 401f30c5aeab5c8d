// The user guide built into the app: F1 (Help > Documentation) opens it beside the main window,
// not modal, in the UI language (English, French, German), with its headings as contents, and
// Ctrl+F searches it. The guide stays true to the app: every "Menu › Action" path it names (and
// every "Settings › Section › Setting") exists, with the same words, in that language's menus
// and settings page.
#include "ui/appcontext.h"
#include "ui/dialogs/guidewindow.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/page.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace fb::ui;

namespace {

// "&Lock wallet now" -> "Lock wallet now"; "Loc&k the wallet after:" -> "Lock the wallet after".
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

} // namespace

class tst_Guide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void f1OpensTheGuide_data();
    void f1OpensTheGuide();
    void findSearchesTheGuide();
    void menuPathsExist_data();
    void menuPathsExist();

private:
    QTemporaryDir m_dir;
};

void tst_Guide::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlashbackGuideTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
}

void tst_Guide::cleanupTestCase()
{
    Language::install(QStringLiteral("en"));
}

void tst_Guide::f1OpensTheGuide_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("section");
    QTest::newRow("en") << "en"
                        << "Flashback user guide"
                        << "Selling storage as a provider";
    QTest::newRow("fr") << "fr"
                        << "Guide d'utilisation de Flashback"
                        << "Vendre du stockage en tant que fournisseur";
    QTest::newRow("de") << "de"
                        << "Flashback-Benutzerhandbuch"
                        << "Speicher als Anbieter verkaufen";
}

void tst_Guide::f1OpensTheGuide()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, section);
    QCOMPARE(Language::install(language), language);

    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);
    w.resize(1000, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.findChildren<GuideWindow *>().isEmpty());

    QTest::keyClick(&w, Qt::Key_F1);
    GuideWindow *guide = nullptr;
    QTRY_VERIFY((guide = w.findChild<GuideWindow *>()) && guide->isVisible());
    QCOMPARE(guide->language(), language);
    QVERIFY(guide->isWindow());
    QVERIFY(!guide->isModal());
    QVERIFY(!QApplication::activeModalWidget()); // the main window stays usable

    // The guide itself: its first heading, as text on screen and first in the contents.
    const QTextBlock first = guide->browser()->document()->begin();
    QCOMPARE(first.blockFormat().headingLevel(), 1);
    QCOMPARE(first.text(), title);
    const QStringList headings = guide->headings();
    QVERIFY2(headings.size() >= 10, qPrintable(headings.join(QLatin1Char('|'))));
    QCOMPARE(headings.first(), title);
    QVERIFY2(headings.contains(section), qPrintable(headings.join(QLatin1Char('|'))));
    // Not the English guide under a translated window: its text is in the language.
    if (language != QLatin1String("en"))
        QVERIFY(!guide->browser()->toPlainText().contains(QStringLiteral("Getting started")));

    // A heading of the contents scrolls the guide to it.
    QCOMPARE(guide->browser()->verticalScrollBar()->value(), 0);
    guide->contents()->setCurrentRow(int(headings.indexOf(section)));
    QTRY_VERIFY(guide->browser()->verticalScrollBar()->value() > 0);
    QCOMPARE(guide->browser()->textCursor().block().text(), section);

    // F1 again (from the main window) raises the same window, not a second one.
    w.activateWindow();
    QTRY_VERIFY(w.isActiveWindow());
    QTest::keyClick(&w, Qt::Key_F1);
    QCOMPARE(w.findChildren<GuideWindow *>().size(), 1);
    QVERIFY(guide->isVisible());
}

void tst_Guide::findSearchesTheGuide()
{
    QCOMPARE(Language::install(QStringLiteral("en")), QStringLiteral("en"));
    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    GuideWindow *guide = w.showGuide();
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    guide->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(guide));

    // Ctrl+F goes to the find field; typing finds the word as it is typed.
    QTest::keyClick(guide, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), guide->findField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("faucet"));
    QTextCursor match = guide->browser()->textCursor();
    QCOMPARE(match.selectedText().toLower(), QStringLiteral("faucet"));
    // Enter: the next match, further down; Shift+Enter: back to the first one.
    const int firstAt = match.selectionStart();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    match = guide->browser()->textCursor();
    QCOMPARE(match.selectedText().toLower(), QStringLiteral("faucet"));
    QVERIFY(match.selectionStart() > firstAt);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(guide->browser()->textCursor().selectionStart(), firstAt);
    auto *status = guide->findChild<QLabel *>(QStringLiteral("guideFindStatus"));
    QVERIFY(status->text().isEmpty());

    // A word the guide does not have says so.
    guide->findField()->selectAll();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("xylophone"));
    QVERIFY(!guide->findNext());
    QCOMPARE(status->text(), QStringLiteral("Not found"));

    // Escape clears the search, a second one closes the window.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(guide->findField()->text().isEmpty());
    QVERIFY(guide->isVisible());
    QPointer<GuideWindow> closing = guide;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!closing); // closed and deleted
}

void tst_Guide::menuPathsExist_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("fr") << "fr";
    QTest::newRow("de") << "de";
}

void tst_Guide::menuPathsExist()
{
    QFETCH(QString, language);
    QCOMPARE(Language::install(language), language);
    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);

    // What the settings page shows: its sections, labels and buttons.
    Page *settings = w.page(QStringLiteral("settings"));
    QVERIFY(settings);
    QStringList settingsTexts;
    for (auto *g : settings->findChildren<QGroupBox *>())
        settingsTexts << plain(g->title());
    for (auto *l : settings->findChildren<QLabel *>())
        settingsTexts << plain(l->text());
    for (auto *b : settings->findChildren<QAbstractButton *>())
        settingsTexts << plain(b->text());

    const QString guide = GuideWindow::markdown(language);
    QVERIFY(!guide.isEmpty());
    static const QRegularExpression path(QStringLiteral("\\*\\*([^*]+ › [^*]+)\\*\\*"));
    int checked = 0;
    for (auto it = path.globalMatch(guide); it.hasNext();) {
        const QString p = it.next().captured(1).simplified();
        const QStringList parts = p.split(QStringLiteral(" › "));
        bool found = false;
        // A menu and one of its actions (or a submenu's title).
        for (QAction *top : w.menuBar()->actions()) {
            if (!top->menu() || plain(top->text()) != parts.first())
                continue;
            for (QAction *a : top->menu()->actions())
                found = found || (parts.size() == 2 && plain(a->text()) == parts.at(1));
        }
        // The settings page, a section and a setting.
        if (!found && parts.first() == settings->title()) {
            found = true;
            for (int i = 1; i < parts.size(); ++i)
                found = found && settingsTexts.contains(parts.at(i));
        }
        QVERIFY2(found,
                 qPrintable(QStringLiteral("%1: \"%2\" is not in the app").arg(language, p)));
        ++checked;
    }
    QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
}

QTEST_MAIN(tst_Guide)
#include "tst_guide.moc"
