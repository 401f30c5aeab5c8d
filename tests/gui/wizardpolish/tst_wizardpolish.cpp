// The SLA wizard as a new user walks it on the local network (a real flashback-node, real
// SQLite, real keystore):
//  1. On an unfunded account Pay is disabled and says what is missing, amount and network fees;
//     the development network's faucet ("Get test funds") funds it, the message goes and Pay
//     enables.
//  2. The recommendation offers alternatives (next cheapest, most reliable) as choices; the one
//     picked is what the quote prices.
//  3. Started from Compare (marketplace selection, Compare, Create SLA), the first page shows the
//     chosen offers ticked, and the recommendation uses only them.
//  4. One password for the wallet set-up, the sign-in, the payment and the files; asked again
//     after "Lock now" and after the idle time (a short interval stands in for the minutes).
#include "localmarket.h"
#include "models/accountservice.h"
#include "models/formats.h"
#include "models/purchasesession.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "storage/filelibrary.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/mainwindow.h"
#include "ui/pages/filespage.h"
#include "ui/pages/marketplacepage.h"
#include "ui/pages/walletpage.h"
#include "ui/theme.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace fb;
using namespace fb::ui;

namespace {

QSet<QString> offerIds(const sla::Plan &plan)
{
    QSet<QString> ids;
    for (const auto &p : plan.placements)
        ids.insert(p.offer.id);
    return ids;
}

int passwordsAsked(const fb::testkit::UserRobot &robot)
{
    int n = 0;
    for (const QString &s : robot.seen)
        n += s.startsWith(QStringLiteral("password:")) ? 1 : 0;
    return n;
}

} // namespace

class WizardPolishTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_suffix;

    // Requirements → recommendation → quote → payment: `size` GB, `copies` copies on the demo
    // providers' protocol, paid in XLM.
    void walkToRecommendation(SlaWizard &w, double size, int copies)
    {
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(size);
        w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(copies);
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::RecommendationPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
    }

    void nextToPayment(SlaWizard &w)
    {
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::QuotePage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        // The rate arrives after the quote: the payment page then knows the amount in XLM.
        QTRY_VERIFY_WITH_TIMEOUT(w.payRateUsd7 > 0, 20000);
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackWizardPolishTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
        // Screenshots: FB_THEME=dark renders the dark palette, FB_SCREENSHOT_SUFFIX names it.
        if (qEnvironmentVariableIsSet("FB_THEME"))
            Theme::apply(Theme::fromString(qEnvironmentVariable("FB_THEME")));
        m_suffix = qEnvironmentVariable("FB_SCREENSHOT_SUFFIX");
    }

    // 1 and 4: an unfunded wallet cannot press Pay; the faucet funds it; one password serves
    // the set-up, the sign-in, the payment and the files; Lock now and the idle time ask again.
    void unfundedThenFundedWithOnePassword()
    {
        QTemporaryDir dir;
        fb::testkit::LocalMarket market(dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;
        WalletService &wallet = *market.wallet;
        WalletSecurity *session = wallet.security();
        QCOMPARE(session->autoLockMinutes(), 5); // the default idle time

        fb::testkit::UserRobot robot;
        {
            SlaWizard w(ctx);
            w.setWalletSetupParams(keystore::fastParams());
            w.resize(1024, 640);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            walkToRecommendation(w, 10, 1);
            if (QTest::currentTestFailed())
                return;
            nextToPayment(w);
            if (QTest::currentTestFailed())
                return;

            // The password is typed once, in the wallet set-up.
            robot.expectWalletSetup();
            w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
            QVERIFY(wallet.exists());
            QTRY_VERIFY_WITH_TIMEOUT(session->hasPassword(), 20000);

            // Unfunded: Pay is disabled and the page says what is missing and what to do.
            auto *pay = w.findChild<QPushButton *>(QStringLiteral("pay"));
            auto *shortage = w.findChild<QLabel *>(QStringLiteral("shortage"));
            auto *faucet = w.findChild<QPushButton *>(QStringLiteral("faucet"));
            QVERIFY(pay && shortage && faucet);
            QTRY_VERIFY_WITH_TIMEOUT(shortage->isVisible(), 20000);
            QVERIFY(!pay->isEnabled());
            QVERIFY2(shortage->text().contains(Formats().coin(0, QStringLiteral("XLM"))) &&
                         shortage->text().contains(QStringLiteral("network fees")) &&
                         shortage->text().contains(QStringLiteral("Get test funds")),
                     qPrintable(shortage->text()));
            QVERIFY(faucet->isVisible() && faucet->isEnabled());
            QVERIFY2(faucet->text().contains(QStringLiteral("test funds")),
                     qPrintable(faucet->text()));
            fb::testkit::screenshot(&w, QStringLiteral("wizard-payment-unfunded") + m_suffix);

            // The faucet: the message goes, Pay enables.
            faucet->click();
            QTRY_VERIFY_WITH_TIMEOUT(!shortage->isVisible() && pay->isEnabled(), 20000);
            QVERIFY(!w.findChild<QLabel *>(QStringLiteral("error"))->isVisible());

            // Pay: no sign-in prompt, and the review signs with the unlocked wallet.
            robot.expectSignature(QStringLiteral("fb:"));
            pay->click();
            QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SlaWizard::StatusPage), 60000);
            QVERIFY(robot.seen.contains(QStringLiteral("signed-unlocked")));
            QCOMPARE(passwordsAsked(robot), 0);
            QString why;
            QVERIFY2(robot.verify(&why), qPrintable(why));
        }

        // The files open with the same session: no prompt.
        {
            FilesPage page(ctx);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(!ctx.library->isUnlocked());
            page.ensureUnlocked();
            QTRY_VERIFY_WITH_TIMEOUT(ctx.library->isUnlocked(), 20000);
            QCOMPARE(passwordsAsked(robot), 0);
        }

        // Lock now (the Wallet page's button): the password is gone, the next unlock asks.
        {
            WalletPage walletPage(ctx);
            walletPage.show();
            QVERIFY(QTest::qWaitForWindowExposed(&walletPage));
            auto *lockNow = walletPage.findChild<QPushButton *>(QStringLiteral("lockWalletNow"));
            QVERIFY(lockNow && lockNow->isVisible());
            lockNow->click();
            QVERIFY(!session->hasPassword());
            QVERIFY(session->isLocked());
        }
        auto unlockFreshLibrary = [&](bool expectPrompt) {
            storage::FileLibrary next;
            QVERIFY(next.open(market.cache, ctx.dataDir));
            AppContext nextCtx = ctx;
            nextCtx.library = &next;
            FilesPage page(nextCtx);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            const int before = passwordsAsked(robot);
            if (expectPrompt)
                robot.expectPassword(QStringLiteral("Unlock your files"));
            page.ensureUnlocked();
            QTRY_VERIFY_WITH_TIMEOUT(next.isUnlocked(), 20000);
            QCOMPARE(passwordsAsked(robot), before + (expectPrompt ? 1 : 0));
        };
        unlockFreshLibrary(true);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(session->hasPassword()); // the typed password opened the wallet: kept
        unlockFreshLibrary(false);
        if (QTest::currentTestFailed())
            return;

        // The idle time: no input for the interval locks the wallet and wipes the password.
        session->overrideAutoLockInterval(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(!session->hasPassword(), 5000);
        QVERIFY(session->isLocked());
        session->overrideAutoLockInterval(std::chrono::milliseconds(0));
        unlockFreshLibrary(true);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(session->hasPassword());

        // File › Lock wallet now, by its shortcut Ctrl+Shift+L.
        {
            MainWindow window(ctx);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *lock = window.menuAction(QStringLiteral("lockWallet"));
            QVERIFY(lock && lock->isEnabled());
            QCOMPARE(lock->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+Shift+L")));
            QTRY_VERIFY(!session->hasPassword());
        }
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
    }

    // 2: the recommendation's alternatives are choices, and the quote follows the one picked.
    void alternativesAreSelectable()
    {
        QTemporaryDir dir;
        fb::testkit::LocalMarket market(dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        SlaWizard w(market.context);
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Sizes read as whole numbers where they are: "100 GB", not "100.000 GB" (a hundred
        // thousand to a German reader); a fraction keeps its digits.
        auto *size = w.findChild<QDoubleSpinBox *>(QStringLiteral("size"));
        QVERIFY(size);
        QCOMPARE(size->text(), QStringLiteral("100 GB"));
        size->setValue(0.25);
        QCOMPARE(size->text(), QStringLiteral("0.25 GB"));
        walkToRecommendation(w, 10, 2);
        if (QTest::currentTestFailed())
            return;
        QWizardPage *page = w.currentPage();
        QList<QRadioButton *> plans;
        for (int i = 0; auto *b = page->findChild<QRadioButton *>(QStringLiteral("plan%1").arg(i));
             ++i)
            plans << b;
        QVERIFY2(plans.size() >= 2, "no alternative to the recommendation");
        for (auto *b : std::as_const(plans))
            QTRY_VERIFY(b->isVisible()); // shown as choices, not only made
        QVERIFY(plans.first()->isChecked());
        QVERIFY2(plans.first()->text().startsWith(QStringLiteral("Recommended")),
                 qPrintable(plans.first()->text()));
        QStringList labels;
        for (auto *b : plans)
            labels << b->property("planLabel").toString();
        QVERIFY2(labels.contains(QStringLiteral("Next cheapest")), qPrintable(labels.join(',')));
        auto *note = page->findChild<QLabel *>(QStringLiteral("alternativesNote"));
        QVERIFY(note && note->isVisible() && note->text().contains(QStringLiteral("alternative")));
        auto *tree = page->findChild<QTreeWidget *>(QStringLiteral("placements"));
        const QString firstShown = tree->topLevelItem(0)->text(0);
        // At 1024x640 the cost column's title and amounts show whole ("Cost over the term",
        // not "Cost over the te…").
        {
            const QString title = tree->headerItem()->text(1);
            const QFontMetrics fm(tree->header()->font());
            QVERIFY2(
                tree->header()->sectionSize(1) >= fm.horizontalAdvance(title) + 8,
                qPrintable(
                    QStringLiteral("%1 px for %2").arg(tree->header()->sectionSize(1)).arg(title)));
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                QVERIFY(tree->columnWidth(1) >=
                        tree->fontMetrics().horizontalAdvance(tree->topLevelItem(i)->text(1)));
        }
        // The summary counts in the right number: no "1 placements on 1 providers".
        for (auto *b : std::as_const(plans)) {
            const QString summary = b->toolTip();
            QVERIFY2(!summary.contains(QStringLiteral("1 placements")) &&
                         !summary.contains(QStringLiteral("1 providers")) &&
                         !summary.contains(QStringLiteral(" 1 regions")),
                     qPrintable(summary));
        }
        fb::testkit::screenshot(&w,
                                QStringLiteral("wizard-recommendation-alternatives") + m_suffix);

        // Pick the next cheapest: its providers show, and the quote prices that set.
        QRadioButton *next = plans.at(int(labels.indexOf(QStringLiteral("Next cheapest"))));
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(next->isChecked());
        QStringList shown;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            shown << tree->topLevelItem(i)->text(0);
        QVERIFY2(!shown.contains(firstShown) || shown.size() > 1, qPrintable(shown.join(',')));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::QuotePage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QCOMPARE(w.chosenPlan.label, QStringLiteral("Next cheapest"));
        QSet<QString> quoted;
        for (const QString &id : w.order().offerIds)
            quoted.insert(id);
        QCOMPARE(quoted, offerIds(w.chosenPlan));
        QCOMPARE(w.quote->total.units, w.chosenPlan.totalUsd7);

        // Back: the choice is kept; picking the recommendation again prices another set.
        w.back();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QVERIFY(next->isChecked());
        auto *first = w.currentPage()->findChild<QRadioButton *>(QStringLiteral("plan0"));
        QVERIFY(first);
        first->click();
        QVERIFY(first->isChecked());
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QCOMPARE(w.chosenPlan.label, QStringLiteral("Recommended"));
        QVERIFY(offerIds(w.chosenPlan) != quoted);
    }

    // 3: Compare → Create SLA: the chosen offers are on the first page, ticked, and only they
    // are recommended.
    void compareSelectionIsPreselected()
    {
        QTemporaryDir dir;
        fb::testkit::LocalMarket market(dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;
        MarketplacePage page(ctx);
        page.resize(1024, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() >= 3, 20000);
        // Two offers of different providers that take the demo protocol and XLM.
        QStringList chosen;
        QList<int> rows;
        QSet<QString> providers;
        for (int row = 0; row < table->model()->rowCount() && chosen.size() < 2; ++row) {
            table->selectionModel()->clearSelection();
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
            const QStringList one = page.selectedOfferIds();
            if (one.size() != 1)
                continue;
            const auto offer = ctx.market->offer(one.first());
            if (!offer || providers.contains(offer->providerId) ||
                !offer->protocols.contains(QStringLiteral("local")) ||
                !offer->currencies.contains(QStringLiteral("XLM")))
                continue;
            providers.insert(offer->providerId);
            chosen << one.first();
            rows << row;
        }
        QCOMPARE(chosen.size(), 2);
        table->selectionModel()->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
        const QStringList selected = page.selectedOfferIds();
        QCOMPARE(QSet<QString>(selected.begin(), selected.end()),
                 QSet<QString>(chosen.begin(), chosen.end()));

        // Compare → Create SLA: the request carries the chosen offers (the main window opens
        // the wizard with them, as here).
        QStringList requested;
        connect(&page, &MarketplacePage::slaRequested, this,
                [&requested](const QStringList &ids) { requested = ids; });
        CompareDialog *compare = page.compareSelected();
        QVERIFY(compare);
        auto *create = compare->findChild<QPushButton *>(QStringLiteral("compareCreateSla"));
        QVERIFY(create);
        create->click();
        QTRY_VERIFY(!requested.isEmpty());
        QCOMPARE(QSet<QString>(requested.begin(), requested.end()),
                 QSet<QString>(chosen.begin(), chosen.end()));

        SlaWizard w(ctx, requested);
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = w.currentPage()->findChild<QListWidget *>(QStringLiteral("chosenOffers"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 2);
        for (int i = 0; i < list->count(); ++i) {
            QVERIFY(chosen.contains(list->item(i)->data(Qt::UserRole).toString()));
            QCOMPARE(list->item(i)->checkState(), Qt::Checked);
            const auto offer = ctx.market->offer(list->item(i)->data(Qt::UserRole).toString());
            QVERIFY2(list->item(i)->text().contains(offer->region), qPrintable(offer->region));
        }
        QCOMPARE(w.findChild<QSpinBox *>(QStringLiteral("copies"))->value(), 2);
        fb::testkit::screenshot(&w, QStringLiteral("wizard-compare-preselected") + m_suffix);
        walkToRecommendation(w, 10, 2);
        if (QTest::currentTestFailed())
            return;
        w.next();
        QCOMPARE(offerIds(w.chosenPlan), QSet<QString>(chosen.begin(), chosen.end()));

        // Unticking one leaves it out: one copy, on the other offer only.
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(SlaWizard::RequirementsPage));
        list->item(0)->setCheckState(Qt::Unchecked);
        const QString kept = list->item(1)->data(Qt::UserRole).toString();
        walkToRecommendation(w, 10, 1);
        if (QTest::currentTestFailed())
            return;
        w.next();
        QCOMPARE(offerIds(w.chosenPlan), QSet<QString>{kept});
    }
};

QTEST_MAIN(WizardPolishTest)
#include "tst_wizardpolish.moc"
