// The app in German and in French, with EUR as the display currency, over a real local network
// (LocalMarket) with a funded wallet and one unpaid agreement: on every page (consumer and
// provider), in the SLA wizard's pages up to the payment, and in the main dialogs (Compare,
// Provider, the wallet set-up), every visible text (labels, buttons, group boxes, tabs, combo
// boxes, placeholders, header sections, cells, tooltips) is searched for common English UI
// words, as whole words (so "Pay" does not match "Payé"). Names that come from the market's data
// (providers, offers, regions) are taken out first. A hit fails the test with the language, the
// place, the widget and the text. The SLAs page's Cost and the wizard's Pay button show euros.
// With FB_SCREENSHOT_DIR set it saves the SLAs page and the wizard's payment page at 1024x640
// as slas-1024-<lang>.png and wizard-payment-1024-<lang>.png.
#include "localmarket.h"
#include "userrobot.h"

#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "models/slatreemodel.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/providerdialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/pages/marketplacepage.h"
#include "ui/pages/slaspage.h"
#include "ui/settingskeys.h"
#include "ui/wizard/slawizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>

using namespace fb;
using namespace fb::ui;

namespace {

const QSize kSize(1024, 640);

// Common English UI words that are not also French or German words (no "Total", "Status",
// "Name", "Region", "Filter", "Wallet", "Upload", "Active", "Dispute", "per", "local"...).
const QStringList kEnglish = {
    QStringLiteral("the"),       QStringLiteral("and"),
    QStringLiteral("with"),      QStringLiteral("your"),
    QStringLiteral("you"),       QStringLiteral("for"),
    QStringLiteral("from"),      QStringLiteral("this"),
    QStringLiteral("not"),       QStringLiteral("Pay"),
    QStringLiteral("Paid"),      QStringLiteral("Back"),
    QStringLiteral("Next"),      QStringLiteral("Cancel"),
    QStringLiteral("Finish"),    QStringLiteral("Close"),
    QStringLiteral("Search"),    QStringLiteral("Settings"),
    QStringLiteral("Agreement"), QStringLiteral("Agreements"),
    QStringLiteral("Price"),     QStringLiteral("Cost"),
    QStringLiteral("Awaiting"),  QStringLiteral("Pending"),
    QStringLiteral("Accepted"),  QStringLiteral("Funded"),
    QStringLiteral("Completed"), QStringLiteral("Cancelled"),
    QStringLiteral("Rejected"),  QStringLiteral("Expired"),
    QStringLiteral("network"),   QStringLiteral("Recommended"),
    QStringLiteral("Cheapest"),  QStringLiteral("reliable"),
    QStringLiteral("tier"),      QStringLiteral("provider"),
    QStringLiteral("providers"), QStringLiteral("Loading"),
    QStringLiteral("Sign"),      QStringLiteral("Marketplace"),
    QStringLiteral("Files"),     QStringLiteral("Help"),
    QStringLiteral("Edit"),      QStringLiteral("View"),
    QStringLiteral("Find"),      QStringLiteral("About"),
    QStringLiteral("Unknown"),   QStringLiteral("available"),
    QStringLiteral("day"),       QStringLiteral("days"),
    QStringLiteral("month"),     QStringLiteral("Used"),
    QStringLiteral("agreed"),    QStringLiteral("samples"),
    QStringLiteral("yet"),       QStringLiteral("Renew"),
    QStringLiteral("Discard"),   QStringLiteral("Rename"),
    QStringLiteral("Send"),      QStringLiteral("Receive"),
    QStringLiteral("Copy"),      QStringLiteral("Language"),
    QStringLiteral("Account"),   QStringLiteral("Address"),
    QStringLiteral("Amount"),    QStringLiteral("Currency"),
    QStringLiteral("Silver"),    QStringLiteral("Bronze or better"),
    QStringLiteral("storage"),   QStringLiteral("Storage"),
    QStringLiteral("Uptime"),    QStringLiteral("Latency"),
};

QRegularExpression englishWords()
{
    QStringList alternatives;
    for (const QString &w : kEnglish)
        alternatives << QRegularExpression::escape(w).replace(QLatin1Char(' '),
                                                              QStringLiteral("\\s+"));
    return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(alternatives.join(u'|')),
                              QRegularExpression::UseUnicodePropertiesOption |
                                  QRegularExpression::CaseInsensitiveOption);
}

QString shown(const QString &text)
{
    QString t = text.simplified();
    return t.size() > 100 ? t.left(97) + QStringLiteral("...") : t;
}

QString nameOf(const QObject *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char('#') + w->objectName();
    return name;
}

QString plainText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// What the user reads under root: (widget, text) pairs.
struct Seen
{
    const QObject *where;
    QString text;
};

void addModelTexts(QList<Seen> &out, const QObject *view, const QAbstractItemModel *model,
                   const QModelIndex &parent = {}, int depth = 0)
{
    if (!model || depth > 2)
        return;
    const int rows = std::min(model->rowCount(parent), 30);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex i = model->index(r, c, parent);
            out << Seen{view, i.data(Qt::DisplayRole).toString()}
                << Seen{view, i.data(Qt::ToolTipRole).toString()};
        }
        addModelTexts(out, view, model, model->index(r, 0, parent), depth + 1);
    }
}

QList<Seen> visibleTexts(QWidget *root)
{
    QList<Seen> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        out << Seen{w, w->toolTip()} << Seen{w, w->accessibleName()};
        if (w->isWindow())
            out << Seen{w, w->windowTitle()};
        if (auto *l = qobject_cast<QLabel *>(w))
            out << Seen{w, plainText(l->text())};
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << Seen{w, QString(b->text()).remove(QLatin1Char('&'))};
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out << Seen{w, QString(g->title()).remove(QLatin1Char('&'))};
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out << Seen{w, e->placeholderText()};
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out << Seen{w, c->itemText(i)};
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                out << Seen{w, QString(t->tabText(i)).remove(QLatin1Char('&'))};
        } else if (auto *h = qobject_cast<QHeaderView *>(w)) {
            if (QAbstractItemModel *m = h->model()) {
                for (int s = 0; s < h->count(); ++s)
                    out << Seen{w, m->headerData(s, h->orientation()).toString()}
                        << Seen{w, m->headerData(s, h->orientation(), Qt::ToolTipRole).toString()};
            }
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
            addModelTexts(out, w, v->model());
        }
    }
    return out;
}

} // namespace

class tst_NoEnglish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noEnglish_data();
    void noEnglish();
    void cleanupTestCase();

private:
    // The English words in what root shows, as "where: widget 'text' [word]".
    QStringList english(QWidget *root, const QString &where) const;
    AppContext &ctx() { return m_market->context; }

    QTemporaryDir m_dir;
    std::unique_ptr<testkit::LocalMarket> m_market;
    std::unique_ptr<testkit::UserRobot> m_robot;
    QStringList m_dataNames; // provider and offer names, regions: the market's words, not ours
    QString m_slaId;
};

QStringList tst_NoEnglish::english(QWidget *root, const QString &where) const
{
    static const QRegularExpression words = englishWords();
    // Identifiers, addresses and links are not words.
    static const QRegularExpression tokens(
        QStringLiteral("\\b(https?://\\S+|[A-Z0-9]{40,}|[0-9a-f-]{8,}|[\\w.-]+@[\\w.-]+)"));
    QStringList out;
    QSet<QString> reported;
    for (const Seen &s : visibleTexts(root)) {
        QString text = s.text;
        for (const QString &name : m_dataNames)
            text.replace(name, QStringLiteral(" "));
        text.replace(tokens, QStringLiteral(" "));
        const QRegularExpressionMatch m = words.match(text);
        if (!m.hasMatch())
            continue;
        const QString line = QStringLiteral("%1: %2 '%3' [%4]")
                                 .arg(where, nameOf(s.where), shown(s.text), m.captured(1));
        if (!reported.contains(line)) {
            reported.insert(line);
            out << line;
        }
    }
    return out;
}

void tst_NoEnglish::initTestCase()
{
    QVERIFY(initSodium());
    QCoreApplication::setOrganizationName(QStringLiteral("FlashbackNoEnglishTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.path() + QStringLiteral("/settings"));
    QSettings().setValue(SettingsKeys::displayCurrency(), QStringLiteral("EUR"));
    m_market = std::make_unique<testkit::LocalMarket>(m_dir.path());
    QVERIFY2(m_market->start(), qPrintable(m_market->error()));
    m_robot = std::make_unique<testkit::UserRobot>();

    // A wallet with development funds.
    {
        WalletSetupDialog setup(ctx().wallet);
        setup.setKeystoreParams(keystore::fastParams());
        m_robot->expectWalletSetup();
        setup.exec();
    }
    QVERIFY(ctx().wallet->exists());
    bool funded = false;
    ctx().accounts->faucet(ctx().wallet->stellarAddress(), QString(), this,
                           [&funded](Result<LedgerAccount> r) { funded = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(funded, 20000);

    auto snapshot = ctx().market->snapshot();
    QVERIFY(snapshot);
    QString offerId;
    for (const Provider &p : std::as_const(snapshot->providers))
        m_dataNames << p.name << p.description << p.contact;
    for (const Offer &o : std::as_const(snapshot->offers)) {
        m_dataNames << o.name << o.region << o.endpoint;
        if (offerId.isEmpty() && o.protocols.contains(QStringLiteral("local")))
            offerId = o.id;
    }
    // The provider form's example business name is a name, not a sentence.
    m_dataNames << QStringLiteral("Rhein Storage GmbH");
    m_dataNames.removeAll(QString());
    m_dataNames.removeDuplicates();
    // Longest first, so a name is taken out before a shorter one inside it.
    std::sort(m_dataNames.begin(), m_dataNames.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });

    // One agreement whose payment the user declined: deals in a state, a cost, awaiting payment.
    QVERIFY(!offerId.isEmpty());
    PurchaseSession s(ctx().deals, ctx().payments, ctx().accounts, ctx().wallet);
    QuoteRequest order;
    order.sizeBytes = 4'000'000'000;
    order.egressBytes = 1'000'000'000;
    order.durationDays = 30;
    order.offerIds = {offerId};
    order.protocol = QStringLiteral("local");
    s.setOrder(order, QStringLiteral("XLM"));
    connect(&s, &PurchaseSession::passwordNeeded, &s, [&s] {
        s.signIn(std::make_shared<const SecretBytes>(
            SecretBytes::fromBytes(testkit::kRobotPassword.toUtf8())));
    });
    connect(&s, &PurchaseSession::signatureNeeded, &s, [&s] { s.decline(); });
    s.start();
    QVERIFY(QTest::qWaitFor([&s] { return !s.busy(); }, 30000));
    m_slaId = s.slaId();
    QVERIFY(!m_slaId.isEmpty());
    m_market->sync->syncNow();
}

void tst_NoEnglish::cleanupTestCase()
{
    Language::install(QStringLiteral("en"));
    m_robot.reset();
    if (m_market && m_market->sync)
        m_market->sync->stop();
    m_market.reset();
}

void tst_NoEnglish::noEnglish_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void tst_NoEnglish::noEnglish()
{
    QFETCH(QString, lang);
    QCOMPARE(Language::install(lang), lang);
    QStringList problems;

    {
        MainWindow window(ctx());
        window.resize(kSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const bool provider : {false, true}) {
            window.setRole(provider ? Role::Provider : Role::Consumer);
            for (const QString &id : window.pageIds()) {
                if (MainWindow::isProviderPage(id) != provider || !window.showPage(id))
                    continue;
                if (id == QLatin1String("marketplace")) {
                    auto *table =
                        window.page(id)->findChild<QTableView *>(QStringLiteral("offersTable"));
                    QVERIFY(table);
                    QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 0,
                                             20000);
                }
                if (id == QLatin1String("slas")) {
                    auto *list = window.page(id)->findChild<QTreeView *>(QStringLiteral("slaList"));
                    QVERIFY(list);
                    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 20000);
                    list->setCurrentIndex(list->model()->index(0, 0));
                    list->expandAll();
                    // The cost in euros, as chosen (the node's rates arrive asynchronously).
                    QTRY_VERIFY_WITH_TIMEOUT(list->model()
                                                 ->index(0, SlaTreeModel::Cost)
                                                 .data()
                                                 .toString()
                                                 .contains(QStringLiteral("€")),
                                             20000);
                    testkit::screenshot(&window, QStringLiteral("slas-1024-") + lang);
                }
                for (int i = 0; i < 5; ++i)
                    QCoreApplication::processEvents();
                problems << english(&window, lang + QLatin1Char('/') + id);
            }
        }
        window.setRole(Role::Consumer);

        // The marketplace's dialogs: Compare two offers, the provider of the first.
        window.showPage(QStringLiteral("marketplace"));
        auto *market = qobject_cast<MarketplacePage *>(window.page(QStringLiteral("marketplace")));
        QVERIFY(market);
        auto *table = market->findChild<QTableView *>(QStringLiteral("offersTable"));
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (CompareDialog *compare = market->compareSelected()) {
            QVERIFY(QTest::qWaitForWindowExposed(compare));
            problems << english(compare, lang + QStringLiteral("/compare"));
            compare->close();
        } else {
            QFAIL("Compare did not open");
        }
        if (ProviderDialog *provider = market->openProvider(0)) {
            QVERIFY(QTest::qWaitForWindowExposed(provider));
            QTest::qWait(200); // its QoS and offers arrive from the cache and the node
            problems << english(provider, lang + QStringLiteral("/providerdialog"));
            provider->close();
        } else {
            QFAIL("the provider dialog did not open");
        }
    }

    // The wallet set-up's first page.
    {
        WalletSetupDialog setup(ctx().wallet);
        setup.show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup));
        problems << english(&setup, lang + QStringLiteral("/walletsetup"));
    }

    // The SLA wizard, page by page, to the payment (the wallet is funded).
    {
        SlaWizard w(ctx());
        w.resize(kSize);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(10);
        w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(2);
        problems << english(&w, lang + QStringLiteral("/wizard-requirements"));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::RecommendationPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        problems << english(&w, lang + QStringLiteral("/wizard-recommendation"));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::QuotePage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        problems << english(&w, lang + QStringLiteral("/wizard-quote"));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
        auto *pay = w.findChild<QPushButton *>(QStringLiteral("pay"));
        QVERIFY(pay);
        // "Pay <coin> (about <euros>)": the coin that leaves the wallet and its worth in EUR.
        QTRY_VERIFY_WITH_TIMEOUT(pay->text().contains(QStringLiteral("XLM")) &&
                                     pay->text().contains(QStringLiteral("€")),
                                 20000);
        QVERIFY2(!pay->text().contains(QLatin1Char('$')), qPrintable(pay->text()));
        auto *state = w.findChild<QLabel *>(QStringLiteral("walletState"));
        QTRY_VERIFY_WITH_TIMEOUT(state && state->text().contains(QStringLiteral("XLM")), 20000);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the new text laid out
        testkit::screenshot(&w, QStringLiteral("wizard-payment-1024-") + lang);
        problems << english(&w, lang + QStringLiteral("/wizard-payment"));
    }

    QVERIFY2(m_robot->errors().isEmpty(), qPrintable(m_robot->errors().join(u'\n')));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

QTEST_MAIN(tst_NoEnglish)
#include "tst_noenglish.moc"
