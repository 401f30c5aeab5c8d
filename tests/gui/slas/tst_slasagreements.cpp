// A paid agreement on the development network, as the consumer sees it on the SLAs page
// (issue 19): the demo providers advertise their vendors' protocols, measured latencies and
// reputations of their own; the provider agent activates the paid deals and QoS is plotted from
// the deal's start; Paid is each deal's own deposit; the agreement has one editable name that
// the Files page reads too; each detail line names its provider; Enter in the cancel
// confirmation keeps the agreement; the dispute dialog picks the deal and shows the QoS
// evidence; Renew opens the wizard prefilled from the agreement, whose quote says the new period
// runs from the old end, and once paid and started the renewal is listed as "Starts <old end>"
// with its term from the old end. Last, in the main window at 1024x640 in English, French and
// German: the agreement's name whole, every column in view with its title, and each deal's
// tooltip holding the whole deal.
#include "localmarket.h"
#include "models/dealservice.h"
#include "models/formats.h"
#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "models/slatreemodel.h"
#include "ui/dialogs/disputedialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/pages/slaspage.h"
#include "ui/theme.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace fb;
using namespace fb::ui;

class SlasAgreementsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testkit::LocalMarket> m_market;
    std::unique_ptr<testkit::UserRobot> m_robot;
    std::unique_ptr<SlasPage> m_page;
    QString m_sla;
    QStringList m_offers, m_providerNames;

    AppContext &ctx() { return m_market->context; }
    QTreeView *list() { return m_page->findChild<QTreeView *>(QStringLiteral("slaList")); }
    QAbstractItemModel *rows() { return list()->model(); }
    QModelIndex slaRow(const QString &slaId = {})
    {
        const QString id = slaId.isEmpty() ? m_sla : slaId;
        for (int r = 0; r < rows()->rowCount(); ++r)
            if (rows()->index(r, 0).data(SlaTreeModel::SlaIdRole).toString() == id)
                return rows()->index(r, 0);
        return {};
    }
    QString cell(int column)
    {
        const QModelIndex row = slaRow();
        return row.isValid() ? row.siblingAtColumn(column).data().toString() : QString();
    }
    QString dealCell(int deal, int column)
    {
        const QModelIndex row = slaRow();
        return row.isValid() ? rows()->index(deal, column, row).data().toString() : QString();
    }
    bool selectSla()
    {
        const QModelIndex row = slaRow();
        if (!row.isValid())
            return false;
        list()->setCurrentIndex(row);
        return true;
    }
    QString timeline() { return m_page->findChild<QLabel *>(QStringLiteral("timeline"))->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackSlasAgreementsTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
        // A fast cycle, and an agent that activates a paid deal on the next one.
        m_market = std::make_unique<testkit::LocalMarket>(
            m_dir.path(),
            QStringList{QStringLiteral("--qos-interval"), QStringLiteral("1"),
                        QStringLiteral("--demo-activation-delay"), QStringLiteral("0")});
        QVERIFY2(m_market->start(), qPrintable(m_market->error()));
        m_robot = std::make_unique<testkit::UserRobot>();
        {
            WalletSetupDialog setup(ctx().wallet);
            setup.setKeystoreParams(keystore::fastParams());
            m_robot->expectWalletSetup();
            setup.exec();
        }
        bool funded = false;
        ctx().accounts->faucet(ctx().wallet->stellarAddress(), QString(), this,
                               [&funded](Result<LedgerAccount> r) { funded = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(funded, 20000);

        // Two copies with two demo providers, over S3 (what the vendors advertise), paid.
        auto snapshot = ctx().market->snapshot();
        QVERIFY(snapshot);
        for (const QString &id :
             {QStringLiteral("off_demo_aws_use1"), QStringLiteral("off_demo_b2_euc")}) {
            for (const Offer &o : std::as_const(snapshot->offers))
                if (o.id == id) {
                    m_offers << o.id;
                    m_providerNames << snapshot->providers.value(o.providerId).name;
                }
        }
        QCOMPARE(m_offers.size(), 2);
        PurchaseSession s(ctx().deals, ctx().payments, ctx().accounts, ctx().wallet);
        QuoteRequest order;
        order.sizeBytes = 4'000'000'000;
        order.egressBytes = 1'000'000'000;
        order.durationDays = 30;
        order.offerIds = m_offers;
        order.protocol = QStringLiteral("s3");
        s.setOrder(order, QStringLiteral("XLM"));
        auto password = [] {
            return std::make_shared<const SecretBytes>(
                SecretBytes::fromBytes(testkit::kRobotPassword.toUtf8()));
        };
        connect(&s, &PurchaseSession::passwordNeeded, &s, [&] { s.signIn(password()); });
        connect(&s, &PurchaseSession::signatureNeeded, &s, [&] { s.sign(password()); });
        s.start();
        QVERIFY(QTest::qWaitFor([&s] { return !s.busy(); }, 60000));
        QVERIFY2(s.error().code.isEmpty(), qPrintable(s.error().message));
        m_sla = s.slaId();
        QVERIFY(!m_sla.isEmpty());

        m_market->sync->syncNow();
        m_page = std::make_unique<SlasPage>(ctx());
        m_page->resize(1100, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(slaRow().isValid(), 20000);
        QVERIFY(selectSla());
    }

    void demoProvidersLookReal()
    {
        // Item 15: protocols the vendors advertise, latencies the oracle measured per region,
        // reputations that differ.
        QSet<int> latencies, reputations;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_market->sync->syncNow();
                auto snapshot = ctx().market->snapshot();
                if (!snapshot)
                    return false;
                latencies.clear();
                reputations.clear();
                for (const Offer &o : std::as_const(snapshot->offers)) {
                    if (!o.id.startsWith(QStringLiteral("off_demo_")))
                        continue;
                    if (o.protocols == QStringList{QStringLiteral("local")})
                        return false;
                    if (o.measuredLatencyMs <= 0)
                        return false;
                    latencies.insert(o.measuredLatencyMs);
                    reputations.insert(snapshot->providers.value(o.providerId).reputation);
                }
                return latencies.size() >= 8;
            }(),
            30000);
        QVERIFY2(reputations.size() >= 5, qPrintable(QString::number(reputations.size())));
        QVERIFY(!reputations.contains(53));
    }

    void paidDealBecomesActiveWithQos()
    {
        // Item 2: the agent activates the Funded deals; QoS is measured and plotted from the
        // deal's start.
        QTRY_COMPARE_WITH_TIMEOUT((m_market->sync->syncNow(), cell(SlaTreeModel::State)),
                                  QStringLiteral("Active"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_market->sync->syncNow(),
             dealCell(0, SlaTreeModel::Qos) != QStringLiteral("no samples yet") &&
                 dealCell(1, SlaTreeModel::Qos) != QStringLiteral("no samples yet")),
            30000);
        QVERIFY(dealCell(0, SlaTreeModel::Qos).endsWith(QStringLiteral("%")));
        const QString dealId =
            rows()->index(0, 0, slaRow()).data(SlaTreeModel::DealIdRole).toString();
        const auto deal = ctx().deals->cachedDeal(dealId);
        QVERIFY(deal && deal->startAt.isValid());
        // Select the first deal: the chart shows its samples, none from before its start.
        list()->setCurrentIndex(rows()->index(0, 0, slaRow()));
        auto *view = m_page->findChild<QChartView *>(QStringLiteral("qosChart"));
        QTRY_VERIFY_WITH_TIMEOUT(view->chart() && view->chart()->series().size() == 2, 20000);
        auto *latency = qobject_cast<QLineSeries *>(view->chart()->series().first());
        QVERIFY(latency && latency->count() > 0);
        for (const QPointF &p : latency->points())
            QVERIFY(qint64(p.x()) >= deal->startAt.toMSecsSinceEpoch());
        const auto axes = view->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *x = qobject_cast<QDateTimeAxis *>(axes.first());
        QVERIFY(x);
        QCOMPARE(x->min().toMSecsSinceEpoch(), deal->startAt.toMSecsSinceEpoch());
        QVERIFY(selectSla());
    }

    void paidIsEachDealsDeposit()
    {
        // Item 3: every deal shows what was paid for it, from its own deposit.
        for (int i = 0; i < 2; ++i) {
            const QString dealId =
                rows()->index(i, 0, slaRow()).data(SlaTreeModel::DealIdRole).toString();
            qint64 deposited = 0;
            for (const Payment &p : ctx().deals->cachedPayments({dealId}))
                if (p.kind == QLatin1String("deposit"))
                    deposited += p.amount.units;
            QVERIFY(deposited > 0);
            // The coin paid, exact, then its worth in the display currency.
            const QString paid = dealCell(i, SlaTreeModel::Paid);
            QVERIFY2(paid.startsWith(Formats().coin(deposited, QStringLiteral("XLM")) +
                                     QStringLiteral(" (≈ $")),
                     qPrintable(paid));
        }
    }

    void agreementHasOneEditableName()
    {
        // Item 10: a default name (size · providers · date), the same for SLAs and Files;
        // F2 renames it.
        const QString byDefault = cell(SlaTreeModel::Name);
        QCOMPARE(byDefault, ctx().deals->slaName(m_sla));
        QVERIFY2(byDefault.contains(QStringLiteral("4 GB")) &&
                     byDefault.contains(QStringLiteral("2 provider")),
                 qPrintable(byDefault));
        QVERIFY(selectSla());
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = list()->findChild<QLineEdit *>()) && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Family photos"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cell(SlaTreeModel::Name), QStringLiteral("Family photos"));
        // What the Files page asks for its folder of this agreement.
        QCOMPARE(ctx().deals->slaName(m_sla), QStringLiteral("Family photos"));
        // A re-read of the cache keeps it; the search finds it.
        m_page->reload();
        QTRY_COMPARE(cell(SlaTreeModel::Name), QStringLiteral("Family photos"));
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("slaSearch"));
        QTest::keyClicks(search, QStringLiteral("family"));
        QTRY_VERIFY(slaRow().isValid());
        search->clear();
        QVERIFY(selectSla());
    }

    void detailLinesNameTheirProvider()
    {
        QVERIFY(selectSla());
        const QString text = timeline();
        for (const QString &name : std::as_const(m_providerNames))
            QVERIFY2(text.contains(name.toHtmlEscaped()), qPrintable(text));
        // The page with a named, active agreement: small and full size, light and dark.
        for (const auto &[theme, themeName] :
             {std::pair{ThemeMode::Light, "light"}, std::pair{ThemeMode::Dark, "dark"}}) {
            Theme::apply(theme);
            for (const QSize size : {QSize(1024, 640), QSize(1600, 1000)}) {
                m_page->resize(size);
                m_page->reload(); // the chart picks the theme up when it is redrawn
                auto *view = m_page->findChild<QChartView *>(QStringLiteral("qosChart"));
                QTRY_VERIFY_WITH_TIMEOUT(view->chart()->series().size() == 2, 20000);
                QTest::qWait(100); // not a condition: the chart lays out before the picture
                testkit::screenshot(m_page.get(), QStringLiteral("slas-named-%1-%2")
                                                      .arg(QLatin1String(themeName))
                                                      .arg(size.width()));
            }
        }
        Theme::apply(ThemeMode::Light);
        m_page->resize(1100, 760);
    }

    void enterInTheCancelConfirmationKeepsTheAgreement()
    {
        QVERIFY(selectSla());
        m_robot->allowWindow(QStringLiteral("confirmCancel")); // the test answers it
        QString defaultButton;
        bool answered = false;
        std::function<void()> answer = [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("confirmCancel")) {
                QTimer::singleShot(20, this, answer);
                return;
            }
            defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
            QTest::keyClick(box, Qt::Key_Return);
            answered = true;
        };
        QTimer::singleShot(0, this, answer);
        m_page->findChild<QPushButton *>(QStringLiteral("cancelSla"))->click();
        QVERIFY(answered);
        QCOMPARE(defaultButton, QStringLiteral("Keep the agreement"));
        m_market->sync->syncNow();
        QTest::qWait(0);
        QCOMPARE(cell(SlaTreeModel::State), QStringLiteral("Active"));
    }

    void disputeDialogChoosesTheDealAndShowsEvidence()
    {
        QVERIFY(selectSla());
        m_robot->allowWindow(QStringLiteral("disputeDialog"));
        m_page->findChild<QPushButton *>(QStringLiteral("dispute"))->click();
        DisputeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<DisputeDialog *>()) && dialog->isVisible());
        auto *deal = dialog->findChild<QComboBox *>(QStringLiteral("disputeDeal"));
        QCOMPARE(deal->count(), 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(deal->itemText(i).contains(m_providerNames.at(0)) ||
                         deal->itemText(i).contains(m_providerNames.at(1)),
                     qPrintable(deal->itemText(i)));
        deal->setCurrentIndex(1);
        auto *evidence = dialog->findChild<QLabel *>(QStringLiteral("disputeEvidence"));
        QTRY_VERIFY_WITH_TIMEOUT(evidence->text().contains(QStringLiteral("probe")), 20000);
        QVERIFY2(evidence->text().contains(QStringLiteral("latency")),
                 qPrintable(evidence->text()));
        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openDispute"));
        QVERIFY(!open->isEnabled()); // details first
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("disputeDetails")),
                         QStringLiteral("Downloads stalled for an hour this morning."));
        QVERIFY(open->isEnabled());
        testkit::screenshot(dialog, QStringLiteral("slas-dispute"));
        const QString chosen = dialog->dealId();
        QVERIFY(dialog->reason().contains(QStringLiteral("Evidence")));
        m_robot->expectMessage(QStringLiteral("The dispute is open"), QStringLiteral("OK"));
        open->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_robot->pending().isEmpty(), 20000);
        QVERIFY(!chosen.isEmpty());
    }

    void renewIsPrefilledFromTheAgreement()
    {
        // Item 4: same providers, size, redundancy and tier; the new period after the old end.
        QVERIFY(selectSla());
        m_robot->allowWindow(QStringLiteral("renewWizard"));
        m_page->findChild<QPushButton *>(QStringLiteral("renewSla"))->click();
        SlaWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_page->findChild<SlaWizard *>(QStringLiteral("renewWizard"))) &&
                    wizard->isVisible());
        QCOMPARE(QSet<QString>(wizard->preselected().cbegin(), wizard->preselected().cend()),
                 QSet<QString>(m_offers.cbegin(), m_offers.cend()));
        QVERIFY(wizard->renewal());
        QTRY_COMPARE(wizard->findChild<QDoubleSpinBox *>(QStringLiteral("size"))->value(), 4.0);
        QCOMPARE(wizard->findChild<QSpinBox *>(QStringLiteral("copies"))->value(), 2);
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("redundancy"))->currentIndex(), 0);
        QCOMPARE(wizard->findChild<QSpinBox *>(QStringLiteral("days"))->value(), 30);
        QCOMPARE(wizard->findChild<QDoubleSpinBox *>(QStringLiteral("egress"))->value(), 1.0);
        // Amazon is platinum, Backblaze silver: the lowest tier that keeps both.
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("tier"))->currentData(),
                 QVariant(QStringLiteral("silver")));
        QCOMPARE(wizard->findChild<QComboBox *>(QStringLiteral("protocol"))->currentData(),
                 QVariant(QStringLiteral("s3")));
        auto *note = wizard->findChild<QLabel *>(QStringLiteral("renewalNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Family photos")), qPrintable(note->text()));
        // The old end: the latest end of the agreement's running deals.
        QDateTime oldEnd;
        QString follows;
        for (int i = 0; i < 2; ++i) {
            const auto deal = ctx().deals->cachedDeal(
                rows()->index(i, 0, slaRow()).data(SlaTreeModel::DealIdRole).toString());
            QVERIFY(deal && deal->state == DealState::Active && deal->endAt.isValid());
            if (!oldEnd.isValid() || deal->endAt > oldEnd) {
                oldEnd = deal->endAt;
                follows = deal->id;
            }
        }
        QCOMPARE(wizard->renewal()->startsAt, oldEnd);
        testkit::screenshot(wizard, QStringLiteral("slas-renew"));

        // The quote says when the new period runs: from the old end, for the 30 days.
        QSignalSpy created(wizard, &SlaWizard::slaCreated);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SlaWizard::RecommendationPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SlaWizard::QuotePage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);
        auto *period = wizard->findChild<QLabel *>(QStringLiteral("renewalPeriod"));
        QVERIFY(period && period->isVisible());
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        QCOMPARE(period->text(), QStringLiteral("The new period runs from %1 to %2.")
                                     .arg(oldEnd.toLocalTime().toString(format),
                                          oldEnd.addDays(30).toLocalTime().toString(format)));
        QCOMPARE(wizard->order().renewalOf, follows);
        testkit::screenshot(wizard, QStringLiteral("slas-renew-quote"));

        // Paid now (signed in already: the review only).
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SlaWizard::PaymentPage));
        auto *pay = wizard->findChild<QPushButton *>(QStringLiteral("pay"));
        QTRY_VERIFY_WITH_TIMEOUT(pay->isEnabled(), 20000);
        m_robot->expectSignature(QStringLiteral("Transaction 2 of 2"));
        pay->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SlaWizard::StatusPage), 60000);
        QCOMPARE(created.count(), 1);
        const QString renewed = created.first().first().toString();
        QVERIFY(!renewed.isEmpty() && renewed != m_sla);
        wizard->close();

        // The provider agent starts the paid deals on its next cycle: Active, with the term from
        // the old end. The SLAs page lists the renewal as starting then, not as Active.
        QStringList renewedDeals;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_market->sync->syncNow();
                const QModelIndex row = slaRow(renewed);
                renewedDeals.clear();
                for (int i = 0; row.isValid() && i < rows()->rowCount(row); ++i)
                    renewedDeals
                        << rows()->index(i, 0, row).data(SlaTreeModel::DealIdRole).toString();
                if (renewedDeals.size() != 2)
                    return false;
                for (const QString &id : std::as_const(renewedDeals)) {
                    const auto d = ctx().deals->cachedDeal(id);
                    if (!d || d->state != DealState::Active)
                        return false;
                }
                return true;
            }(),
            30000);
        for (const QString &id : std::as_const(renewedDeals)) {
            const auto d = ctx().deals->cachedDeal(id);
            QCOMPARE(d->renewalOf, follows);
            QCOMPARE(d->notBefore, oldEnd);
            QCOMPARE(d->startAt, oldEnd);
            QCOMPARE(d->endAt, oldEnd.addDays(30));
        }
        const QString starts =
            QStringLiteral("Starts %1")
                .arg(oldEnd.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        QTRY_COMPARE_WITH_TIMEOUT(
            (m_page->reload(),
             slaRow(renewed).isValid()
                 ? slaRow(renewed).siblingAtColumn(SlaTreeModel::State).data().toString()
                 : QString()),
            starts, 20000);
        const QModelIndex row = slaRow(renewed);
        QCOMPARE(rows()->index(0, SlaTreeModel::State, row).data().toString(), starts);
        // The agreement it follows still runs.
        QCOMPARE(cell(SlaTreeModel::State), QStringLiteral("Active"));
        list()->setCurrentIndex(row);
        testkit::screenshot(m_page.get(), QStringLiteral("slas-renewed"));
    }

    void listFitsAt1024x640_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void listFitsAt1024x640()
    {
        // Issue 19 (last here: it changes the language): in the main window at 1024x640 the
        // agreement's name is readable (its column takes what the others leave, at least a third of
        // the list or its text), every column is in view without scrolling sideways with its title
        // whole, and each deal row says all of the deal in its tooltip, whichever cell is elided.
        QFETCH(QString, lang);
        QCOMPARE(Language::install(lang), lang);
        const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
        MainWindow window(ctx());
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("slas")));
        auto *tree =
            window.page(QStringLiteral("slas"))->findChild<QTreeView *>(QStringLiteral("slaList"));
        QVERIFY(tree);
        QTRY_VERIFY_WITH_TIMEOUT(tree->isVisible() && tree->model()->rowCount() > 0, 20000);
        QCOMPARE(window.size(), QSize(1024, 640));
        QHeaderView *header = tree->header();
        const int avail = tree->viewport()->width();
        QModelIndex sla;
        for (int r = 0; r < tree->model()->rowCount(); ++r)
            if (tree->model()->index(r, 0).data(SlaTreeModel::SlaIdRole).toString() == m_sla)
                sla = tree->model()->index(r, 0);
        QVERIFY(sla.isValid());
        tree->expand(sla);
        // The agreement's name whole, in its bold, beside the fold arrow; every column in view,
        // side by side, none scrolled off.
        QFont bold = tree->font();
        bold.setBold(true);
        const QString name = sla.data().toString();
        const int need = tree->indentation() + QFontMetrics(bold).horizontalAdvance(name) + 8;
        const auto sizes = [&] {
            QStringList out;
            for (int c = 0; c < header->count(); ++c)
                out << QString::number(header->sectionSize(c));
            return QStringLiteral("'%1' needs %2 px; list %3 px, header %4 px, sections %5")
                .arg(name)
                .arg(need)
                .arg(avail)
                .arg(header->length())
                .arg(out.join(QLatin1Char(' ')));
        };
        QTRY_VERIFY2(header->length() <= avail && tree->horizontalScrollBar()->maximum() == 0 &&
                         header->sectionSize(SlaTreeModel::Name) >= need,
                     qPrintable(sizes()));
        qInfo("%s", qPrintable(sizes()));
        const int margin =
            2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int c = 0; c < header->count(); ++c) {
            const QString title = tree->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionViewportPosition(c) + header->sectionSize(c) <= avail,
                     qPrintable(title));
            QVERIFY2(
                header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(title) + margin,
                qPrintable(QStringLiteral("%1: %2 px").arg(title).arg(header->sectionSize(c))));
        }
        // Each deal's tooltip: its provider, state, period, size, cost, paid and QoS, on every
        // cell.
        QCOMPARE(tree->model()->rowCount(sla), 2);
        for (int d = 0; d < 2; ++d) {
            const QModelIndex deal = tree->model()->index(d, 0, sla);
            for (int c = 0; c < SlaTreeModel::ColumnCount; ++c) {
                const QString tip = deal.siblingAtColumn(c).data(Qt::ToolTipRole).toString();
                QVERIFY2(!tip.isEmpty(), qPrintable(QString::number(c)));
                for (int shown :
                     {int(SlaTreeModel::Name), int(SlaTreeModel::State), int(SlaTreeModel::Period),
                      int(SlaTreeModel::Size), int(SlaTreeModel::Paid)})
                    QVERIFY2(tip.contains(deal.siblingAtColumn(shown).data().toString()),
                             qPrintable(tip));
            }
        }
        testkit::screenshot(&window, QStringLiteral("slas-paid-1024-") + lang);
    }

    void cleanupTestCase()
    {
        QString why;
        QVERIFY2(m_robot->verify(&why), qPrintable(why));
        m_page.reset();
        m_robot.reset();
        if (m_market && m_market->sync)
            m_market->sync->stop();
        m_market.reset();
    }
};

QTEST_MAIN(SlasAgreementsTest)
#include "tst_slasagreements.moc"
