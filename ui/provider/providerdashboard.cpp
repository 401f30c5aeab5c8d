#include "ui/provider/providerdashboard.h"

#include "models/formats.h"

#include "models/marketservice.h"
#include "models/paymentservice.h"
#include "models/providerdashboardmodels.h"
#include "models/providerservice.h"
#include "models/syncengine.h"
#include "ui/theme.h"
#include "ui/widgets/charttheme.h"
#include "ui/widgets/qoschart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace fb::ui {

namespace {

const char *const kWindows[] = {"7d", "30d", "all"};
const char *const kCategories[] = {"released", "escrowed", "withheld", "slashed", "fees"};

QString coin(qint64 units, const QString &currency)
{
    return unitsText(units, currency);
}

double coinValue(qint64 units, const QString &currency)
{
    // Chart coordinates only: the cards and tables show the exact integer amounts.
    double scale = 1;
    for (int i = 0; i < std::max(0, currencyDecimals(currency)); ++i)
        scale *= 10;
    return double(units) / scale;
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    QFont f = box->font();
    f.setBold(true);
    box->setFont(f);
    return box;
}

// Children of a bold group box get the normal font back.
void normalFont(QWidget *w)
{
    QFont f = w->font();
    f.setBold(false);
    w->setFont(f);
}

QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setMinimumHeight(140);
    normalFont(view);
    return view;
}

} // namespace

ProviderDashboard::ProviderDashboard(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_stack(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_header(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_currency(new QComboBox(this))
    , m_noDeals(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_revenue(new QChartView(this))
    , m_qosOffer(new QComboBox(this))
    , m_qosWindow(new QComboBox(this))
    , m_qosChart(new QosChart(this))
    , m_qosSummary(new QLabel(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_debounce(new QTimer(this))
    , m_capacityModel(new CapacityModel(this))
    , m_periodModel(new EarningsPeriodModel(this))
    , m_disputesModel(new DisputesModel(this))
{
    setObjectName(QStringLiteral("providerDashboard"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Empty state: no provider record, no node, or a failure before anything was shown.
    m_emptyText->setObjectName(QStringLiteral("dashboardEmpty"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyText);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    // ---- header: who, reputation, certification; currency; refresh ----
    auto *top = new QHBoxLayout;
    m_header->setObjectName(QStringLiteral("dashboardHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    top->addWidget(m_header, 1);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    currencyLabel->setBuddy(m_currency);
    m_currency->setObjectName(QStringLiteral("dashboardCurrency"));
    m_currency->setToolTip(tr("Amounts are shown in the coin each deal was paid in; coins are "
                              "never added together."));
    top->addWidget(currencyLabel);
    top->addWidget(m_currency);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setToolTip(tr("Reload earnings, capacity, QoS and disputes from the platform"));
    top->addWidget(m_refresh);
    layout->addLayout(top);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // ---- earnings cards ----
    auto *earningsBox = section(tr("Earnings"), content);
    auto *earningsLayout = new QVBoxLayout(earningsBox);
    m_noDeals->setObjectName(QStringLiteral("dashboardNoDeals"));
    m_noDeals->setWordWrap(true);
    m_noDeals->setForegroundRole(QPalette::PlaceholderText);
    m_noDeals->setText(tr("No paid deals yet. When a consumer pays for one of your offers, the "
                          "escrow, releases and fees appear here in the coin they paid."));
    normalFont(m_noDeals);
    earningsLayout->addWidget(m_noDeals);
    auto *cards = new QGridLayout;
    const QString windowTitles[] = {tr("Last 7 days"), tr("Last 30 days"), tr("All time")};
    const QString categoryTitles[] = {tr("Released to you"), tr("In escrow (now)"),
                                      tr("Withheld for QoS (now)"), tr("Slashed"),
                                      tr("Platform fees")};
    const QString categoryTips[] = {
        tr("Paid out of escrow to your payout address."),
        tr("Paid by consumers and still held in escrow for running deals."),
        tr("Earned by time but held in escrow because the offer's QoS is under its target; the "
           "next settlement that meets the targets releases it."),
        tr("Taken from your pay and returned to consumers for QoS failures."),
        tr("The platform's fee on your deals, paid by consumers on top of your price.")};
    for (int w = 0; w < 3; ++w) {
        auto *card = new QGroupBox(windowTitles[w], earningsBox);
        card->setObjectName(QStringLiteral("earnings_%1").arg(QLatin1String(kWindows[w])));
        auto *form = new QGridLayout(card);
        for (int c = 0; c < 5; ++c) {
            auto *name = new QLabel(categoryTitles[c], card);
            name->setToolTip(categoryTips[c]);
            normalFont(name);
            auto *value = new QLabel(card);
            value->setObjectName(
                QStringLiteral("earnings_%1_%2")
                    .arg(QLatin1String(kWindows[w]), QLatin1String(kCategories[c])));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setToolTip(categoryTips[c]);
            normalFont(value);
            form->addWidget(name, c, 0);
            form->addWidget(value, c, 1);
            m_cards.insert(QStringLiteral("%1/%2").arg(QLatin1String(kWindows[w]),
                                                       QLatin1String(kCategories[c])),
                           value);
        }
        cards->addWidget(card, 0, w);
    }
    earningsLayout->addLayout(cards);
    auto *periodRow = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("Earnings &by:"), earningsBox);
    periodLabel->setBuddy(m_period);
    normalFont(periodLabel);
    m_period->setObjectName(QStringLiteral("earningsPeriod"));
    m_period->addItem(tr("Day"), int(earnings::Period::Day));
    m_period->addItem(tr("Week"), int(earnings::Period::Week));
    m_period->addItem(tr("Month"), int(earnings::Period::Month));
    m_period->setCurrentIndex(2);
    normalFont(m_period);
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addStretch();
    earningsLayout->addLayout(periodRow);
    m_periodView = table(m_periodModel, QStringLiteral("earningsTable"), earningsBox);
    earningsLayout->addWidget(m_periodView);
    layout->addWidget(earningsBox);

    // ---- revenue chart ----
    auto *revenueBox = section(tr("Revenue by month"), content);
    auto *revenueLayout = new QVBoxLayout(revenueBox);
    m_revenue->setObjectName(QStringLiteral("revenueChart"));
    m_revenue->setRenderHint(QPainter::Antialiasing);
    m_revenue->setMinimumHeight(240);
    m_revenue->setAccessibleName(tr("Revenue by month: released and contracted"));
    m_revenue->setToolTip(tr("Released: paid to you in that month. Contracted: what running deals "
                             "will still accrue in that month at full QoS."));
    revenueLayout->addWidget(m_revenue);
    layout->addWidget(revenueBox);

    // ---- capacity ----
    auto *capacityBox = section(tr("Capacity sold and free"), content);
    auto *capacityLayout = new QVBoxLayout(capacityBox);
    m_capacityView = table(m_capacityModel, QStringLiteral("capacityTable"), capacityBox);
    capacityLayout->addWidget(m_capacityView);
    layout->addWidget(capacityBox);

    // ---- QoS ----
    auto *qosBox = section(tr("Quality of service"), content);
    auto *qosLayout = new QVBoxLayout(qosBox);
    auto *qosRow = new QHBoxLayout;
    auto *offerLabel = new QLabel(tr("O&ffer:"), qosBox);
    offerLabel->setBuddy(m_qosOffer);
    normalFont(offerLabel);
    m_qosOffer->setObjectName(QStringLiteral("qosOffer"));
    normalFont(m_qosOffer);
    auto *windowLabel = new QLabel(tr("O&ver:"), qosBox);
    windowLabel->setBuddy(m_qosWindow);
    normalFont(windowLabel);
    m_qosWindow->setObjectName(QStringLiteral("qosWindow"));
    m_qosWindow->addItem(tr("24 hours"), 1);
    m_qosWindow->addItem(tr("7 days"), 7);
    m_qosWindow->addItem(tr("30 days"), 30);
    normalFont(m_qosWindow);
    qosRow->addWidget(offerLabel);
    qosRow->addWidget(m_qosOffer, 1);
    qosRow->addWidget(windowLabel);
    qosRow->addWidget(m_qosWindow);
    qosLayout->addLayout(qosRow);
    normalFont(m_qosChart);
    qosLayout->addWidget(m_qosChart);
    m_qosSummary->setObjectName(QStringLiteral("qosSummary"));
    m_qosSummary->setWordWrap(true);
    normalFont(m_qosSummary);
    qosLayout->addWidget(m_qosSummary);
    layout->addWidget(qosBox);

    // ---- disputes ----
    auto *disputesBox = section(tr("Disputes"), content);
    auto *disputesLayout = new QVBoxLayout(disputesBox);
    m_disputesView = table(m_disputesModel, QStringLiteral("disputesTable"), disputesBox);
    disputesLayout->addWidget(m_disputesView);
    m_evidence->setObjectName(QStringLiteral("disputeEvidence"));
    m_evidence->setReadOnly(true);
    m_evidence->setMaximumHeight(140);
    m_evidence->setPlaceholderText(tr("Select a dispute to read the platform's evidence."));
    normalFont(m_evidence);
    disputesLayout->addWidget(m_evidence);
    auto *respondRow = new QHBoxLayout;
    auto *how = new QLabel(
        tr("The platform's admins decide each dispute (refund, slash or dismiss) from this QoS "
           "evidence and your response. Select an open dispute and write your response below it."),
        disputesBox);
    how->setObjectName(QStringLiteral("disputeHowToRespond"));
    how->setWordWrap(true);
    normalFont(how);
    auto *copy = new QPushButton(tr("&Copy dispute id"), disputesBox);
    copy->setObjectName(QStringLiteral("copyDisputeId"));
    copy->setEnabled(false);
    normalFont(copy);
    auto *response = new QPlainTextEdit(disputesBox);
    response->setObjectName(QStringLiteral("disputeResponse"));
    response->setMaximumHeight(80);
    response->setTabChangesFocus(true);
    response->setAccessibleName(tr("Your response"));
    response->setPlaceholderText(tr("Your side of the selected open dispute: what happened, "
                                    "what you fixed. The consumer and the admins read it."));
    response->setEnabled(false);
    normalFont(response);
    auto *respond = new QPushButton(tr("Send &response"), disputesBox);
    respond->setObjectName(QStringLiteral("respondDispute"));
    respond->setToolTip(tr("Send your response on the selected dispute to the platform's admins"));
    respond->setEnabled(false);
    normalFont(respond);
    disputesLayout->addWidget(response);
    respondRow->addWidget(how, 1);
    respondRow->addWidget(respond);
    respondRow->addWidget(copy);
    disputesLayout->addLayout(respondRow);
    layout->addWidget(disputesBox);
    layout->addStretch();

    connect(m_refresh, &QPushButton::clicked, this, &ProviderDashboard::refresh);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        showCards();
        showRevenue();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &ProviderDashboard::showPeriods);
    connect(m_qosOffer, &QComboBox::currentIndexChanged, this, &ProviderDashboard::fetchQos);
    connect(m_qosWindow, &QComboBox::currentIndexChanged, this, &ProviderDashboard::fetchQos);
    connect(m_disputesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, copy, respond, response](const QModelIndex &current) {
                copy->setEnabled(current.isValid());
                const bool open = current.data(DisputesModel::CanRespondRole).toBool();
                response->setEnabled(open);
                response->setPlainText(current.data(DisputesModel::ResponseRole).toString());
                respond->setEnabled(open && !response->toPlainText().trimmed().isEmpty());
                m_evidence->setPlainText(
                    current.isValid() ? current.data(DisputesModel::EvidenceTextRole).toString()
                                      : QString());
            });
    connect(response, &QPlainTextEdit::textChanged, this, [this, respond, response] {
        respond->setEnabled(
            response->isEnabled() && !response->toPlainText().trimmed().isEmpty() &&
            m_disputesView->currentIndex().data(DisputesModel::CanRespondRole).toBool());
    });
    connect(respond, &QPushButton::clicked, this, [this, respond, response] {
        const QModelIndex i = m_disputesView->currentIndex();
        const QString text = response->toPlainText().trimmed();
        if (!i.isValid() || !i.data(DisputesModel::CanRespondRole).toBool() || text.isEmpty() ||
            !m_ctx.providers)
            return;
        respond->setEnabled(false);
        m_status->setText(tr("Sending your response…"));
        m_ctx.providers->respondToDispute(
            i.data(DisputesModel::DisputeIdRole).toString(), text, this,
            [this, respond](Result<Dispute> r) {
                if (!r) {
                    m_status->setText(tr("Your response was not sent: %1").arg(r.error().message));
                    respond->setEnabled(true);
                    return;
                }
                m_disputesModel->updateDispute(*r);
                for (Dispute &d : m_disputes)
                    if (d.id == r->id)
                        d = *r;
                const QModelIndex cur = m_disputesView->currentIndex();
                m_evidence->setPlainText(cur.data(DisputesModel::EvidenceTextRole).toString());
                respond->setEnabled(true);
                m_status->setText(tr("Your response to %1 was sent to the platform.").arg(r->id));
            });
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_disputesView->currentIndex();
        if (i.isValid())
            QApplication::clipboard()->setText(i.data(DisputesModel::DisputeIdRole).toString());
    });
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &ProviderDashboard::refresh);
    if (m_ctx.sync)
        connect(m_ctx.sync, &SyncEngine::pageApplied, this,
                [this](qint64, int, const QStringList &entities) {
                    static const QStringList watched{
                        QStringLiteral("deal"),     QStringLiteral("payment"),
                        QStringLiteral("dispute"),  QStringLiteral("offer"),
                        QStringLiteral("provider"), QStringLiteral("qos")};
                    for (const QString &e : entities)
                        if (watched.contains(e)) {
                            m_debounce->start();
                            return;
                        }
                });

    m_emptyText->setText(tr("Loading the provider dashboard…"));
    showAll();
    refresh();
}

ProviderDashboard::~ProviderDashboard() = default;

QString ProviderDashboard::currency() const
{
    return m_currency->currentText();
}

void ProviderDashboard::setCurrency(const QString &currency)
{
    const int i = m_currency->findText(currency);
    if (i >= 0)
        m_currency->setCurrentIndex(i);
}

void ProviderDashboard::fail(const QString &message)
{
    m_failed = true;
    m_status->setText(message);
}

void ProviderDashboard::refresh()
{
    if (!m_ctx.providers || !m_ctx.providers->connected()) {
        m_emptyText->setText(tr("Not connected to a platform node. Choose a node in Settings, "
                                "or start the local network, to see your earnings."));
        m_stack->setCurrentWidget(m_emptyText);
        return;
    }
    ++m_generation;
    m_failed = false;
    m_pending = 0;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Loading…"));
    loadProvider();
}

void ProviderDashboard::loadProvider()
{
    const quint64 gen = m_generation;
    ++m_pending;
    m_ctx.providers->me(this, [this, gen](Result<AccountProfile> r) {
        if (gen != m_generation)
            return;
        if (!r) {
            --m_pending;
            m_refresh->setEnabled(true);
            if (m_providerId.isEmpty()) {
                m_emptyText->setText(r.error().message);
                m_stack->setCurrentWidget(m_emptyText);
            }
            fail(r.error().message);
            emit refreshed(false);
            return;
        }
        const auto record = r->providerOfRole();
        if (!record) {
            --m_pending;
            m_refresh->setEnabled(true);
            m_providerId.clear();
            m_emptyText->setText(tr("This account is not registered as a provider yet. Register "
                                    "as a provider to publish offers; your earnings, capacity "
                                    "and QoS then appear here."));
            m_stack->setCurrentWidget(m_emptyText);
            m_status->clear();
            emit refreshed(true);
            return;
        }
        m_provider = *record;
        m_providerId = record->id;
        ++m_pending; // offers
        m_ctx.providers->offers(m_providerId, this, [this, gen](Result<QList<Offer>> o) {
            if (gen != m_generation)
                return;
            if (o)
                m_offers = *o;
            else
                fail(o.error().message);
            finishOne();
        });
        ++m_pending; // disputes
        m_ctx.providers->disputes(this, [this, gen](Result<QList<Dispute>> d) {
            if (gen != m_generation)
                return;
            if (d) {
                QList<Dispute> mine;
                for (const Dispute &x : std::as_const(*d))
                    if (x.providerId == m_providerId)
                        mine.append(x);
                m_disputes = mine;
            } else {
                fail(d.error().message);
            }
            finishOne();
        });
        loadDeals();
        finishOne(); // me
    });
}

void ProviderDashboard::loadDeals()
{
    const quint64 gen = m_generation;
    ++m_pending;
    m_ctx.providers->deals(std::nullopt, this, [this, gen](Result<QList<Deal>> r) {
        if (gen != m_generation)
            return;
        if (!r) {
            fail(r.error().message);
            finishOne();
            return;
        }
        QList<Deal> mine;
        for (const Deal &d : std::as_const(*r))
            if (d.providerId == m_providerId)
                mine.append(d);
        m_deals = mine;
        auto ledgers = std::make_shared<QList<earnings::DealLedger>>();
        for (const Deal &d : std::as_const(m_deals)) {
            // Deals that never reached funding have no escrow movements.
            if (d.state == DealState::Pending || d.state == DealState::Accepted ||
                d.state == DealState::Rejected || d.state == DealState::Expired)
                continue;
            if (!m_ctx.payments)
                break;
            ++m_pending;
            m_ctx.payments->payments(d.id, this, [this, gen, d, ledgers](Result<DealPayments> p) {
                if (gen != m_generation)
                    return;
                if (p)
                    ledgers->append({d, p->items});
                else
                    fail(p.error().message);
                m_ledgers = *ledgers;
                finishOne();
            });
        }
        m_ledgers = *ledgers;
        finishOne();
    });
}

void ProviderDashboard::finishOne()
{
    if (--m_pending > 0)
        return;
    m_refresh->setEnabled(true);
    if (!m_failed)
        m_status->setText(tr("Updated %1.")
                              .arg(QLocale().toString(QDateTime::currentDateTime().time(),
                                                      QLocale::ShortFormat)));
    showAll();
    fetchQos();
    emit refreshed(!m_failed);
}

void ProviderDashboard::showAll()
{
    if (m_providerId.isEmpty())
        return;
    m_stack->setCurrentIndex(1);
    const Certification &c = m_provider.certification;
    QString cert;
    if (c.status == QLatin1String("approved")) {
        cert = c.expiresAt.isValid()
                   ? tr("certified (%1) until %2").arg(c.level, Formats().date(c.expiresAt))
                   : tr("certified (%1)").arg(c.level);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (c.expiresAt.isValid() && c.expiresAt <= now)
            cert += QStringLiteral(" · ") + tr("EXPIRED: request certification again");
        else if (c.expiresAt.isValid() && c.expiresAt <= now.addDays(30))
            cert += QStringLiteral(" · ") +
                    tr("expires in %n day(s): request renewal on the Certification tab", nullptr,
                       int(std::max<qint64>(1, now.daysTo(c.expiresAt))));
    } else if (c.status == QLatin1String("pending"))
        cert = tr("certification pending");
    else if (c.status == QLatin1String("rejected"))
        cert = tr("certification rejected: %1").arg(c.reason);
    else
        cert = tr("not certified");
    m_header->setText(tr("%1 · reputation %2/100 · %3")
                          .arg(m_provider.name)
                          .arg(m_provider.reputation)
                          .arg(cert));

    QHash<QString, int> targets;
    for (const Offer &o : std::as_const(m_offers))
        targets.insert(o.id, o.uptimeTargetBps);
    m_earnings = earnings::summarize(m_ledgers, QDateTime::currentDateTimeUtc(), targets);
    const QString keep = m_currency->currentText();
    {
        const QSignalBlocker block(m_currency);
        m_currency->clear();
        for (const QString &cur : earnings::currencies(m_ledgers))
            m_currency->addItem(cur);
        const int i = m_currency->findText(keep);
        m_currency->setCurrentIndex(i >= 0 ? i : 0);
    }
    m_currency->setEnabled(m_currency->count() > 1);
    m_noDeals->setVisible(m_earnings.isEmpty());
    showCards();
    showPeriods();
    showRevenue();

    m_capacityModel->setRows(earnings::capacity(m_offers, m_deals));
    m_capacityView->resizeColumnsToContents();

    const QString keepOffer = m_qosOffer->currentData().toString();
    {
        const QSignalBlocker block(m_qosOffer);
        m_qosOffer->clear();
        for (const Offer &o : std::as_const(m_offers))
            m_qosOffer->addItem(o.name, o.id);
        const int i = m_qosOffer->findData(keepOffer);
        m_qosOffer->setCurrentIndex(i >= 0 ? i : 0);
    }
    m_disputesModel->setDisputes(m_disputes);
    m_disputesView->resizeColumnsToContents();
    showQos();
}

void ProviderDashboard::showCards()
{
    const QString cur = currency();
    const auto it =
        std::find_if(m_earnings.cbegin(), m_earnings.cend(),
                     [&](const earnings::CurrencyEarnings &e) { return e.currency == cur; });
    for (int w = 0; w < 3; ++w) {
        earnings::Flows f;
        qint64 escrowed = 0, withheld = 0;
        if (it != m_earnings.cend()) {
            f = w == 0 ? it->last7Days : w == 1 ? it->last30Days : it->allTime;
            escrowed = it->escrowed;
            withheld = it->withheld;
        }
        const qint64 values[] = {f.released, escrowed, withheld, f.slashed, f.fees};
        for (int c = 0; c < 5; ++c) {
            QLabel *l = m_cards.value(QStringLiteral("%1/%2").arg(QLatin1String(kWindows[w]),
                                                                  QLatin1String(kCategories[c])));
            l->setText(it == m_earnings.cend() ? tr("—") : coin(values[c], cur));
        }
    }
}

void ProviderDashboard::showPeriods()
{
    const auto period = earnings::Period(m_period->currentData().toInt());
    m_periodModel->setRows(earnings::byPeriod(m_ledgers, period), period);
    m_periodView->resizeColumnsToContents();
}

void ProviderDashboard::showRevenue()
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_revenue->setChart(chart);
    ChartTheme::apply(chart);
    const QString cur = currency();
    if (cur.isEmpty()) {
        chart->setTitle(tr("No revenue yet"));
        return;
    }
    const QList<earnings::MonthRevenue> months =
        earnings::monthlyRevenue(m_ledgers, cur, QDateTime::currentDateTimeUtc(), 6);
    auto *released = new QBarSet(tr("Released (%1)").arg(cur));
    auto *contracted = new QBarSet(tr("Contracted (%1)").arg(cur));
    ChartTheme::setColor(released, ThemeColor::ChartReleased);
    ChartTheme::setColor(contracted, ThemeColor::ChartContracted);
    QStringList categories;
    double top = 0;
    for (const earnings::MonthRevenue &m : months) {
        categories << QLocale().toString(m.month, QStringLiteral("MMM yy"));
        const double r = coinValue(m.released, cur);
        const double c = coinValue(m.contracted, cur);
        *released << r;
        *contracted << c;
        top = std::max(top, r + c);
    }
    auto *series = new QStackedBarSeries;
    series->append(released);
    series->append(contracted);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setTitleText(cur);
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartTheme::apply(chart);
}

void ProviderDashboard::fetchQos()
{
    const QString offerId = m_qosOffer->currentData().toString();
    if (offerId.isEmpty() || !m_ctx.market) {
        showQos();
        return;
    }
    // What the cache holds at once; the node's newest series when it answers.
    m_qos.insert(offerId, m_ctx.market->cachedQos(offerId));
    showQos();
    // The node's samples over the chosen window (24 hours, 7 days or 30 days).
    if (!m_ctx.providers)
        return;
    const QDateTime from =
        QDateTime::currentDateTimeUtc().addDays(-m_qosWindow->currentData().toInt());
    m_ctx.providers->offerQos(offerId, from, this, [this, offerId](Result<QosSummary> r) {
        if (!r) {
            m_qosSummary->setText(tr("QoS could not be loaded: %1").arg(r.error().message));
            return;
        }
        // The node's window, and what the cache holds beyond it (older probes), once each.
        QList<QosSample> merged = r->series;
        QSet<QString> seen;
        for (const QosSample &q : std::as_const(merged))
            seen.insert(q.id);
        for (const QosSample &q : m_ctx.market->cachedQos(offerId))
            if (!seen.contains(q.id))
                merged.append(q);
        std::sort(merged.begin(), merged.end(),
                  [](const QosSample &a, const QosSample &b) { return a.at < b.at; });
        m_qos.insert(offerId, merged);
        if (m_qosOffer->currentData().toString() == offerId)
            showQos();
    });
}

void ProviderDashboard::showQos()
{
    const QString offerId = m_qosOffer->currentData().toString();
    const auto offer = std::find_if(m_offers.cbegin(), m_offers.cend(),
                                    [&](const Offer &o) { return o.id == offerId; });
    if (offer == m_offers.cend()) {
        m_qosChart->setSamples({});
        m_qosSummary->setText(m_offers.isEmpty()
                                  ? tr("No offers yet: publish an offer and its QoS appears here.")
                                  : QString());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int days = m_qosWindow->currentData().toInt();
    const earnings::QosWindow w =
        earnings::qosWindow(m_qos.value(offerId), now.addDays(-days), now, offer->uptimeTargetBps,
                            offer->latencyTargetMs);
    m_qosChart->setSamples(w.series, offer->latencyTargetMs, offer->uptimeTargetBps);
    if (w.samples == 0) {
        m_qosSummary->setText(tr("No QoS sample in this window yet. The platform's oracle probes "
                                 "offers that deals use; samples appear after the first probes."));
        return;
    }
    auto pct = [](int bps) -> QString { return Formats().percentBps(bps); };
    m_qosSummary->setText(
        tr("Uptime %1 (target %2), mean latency %3 (target %4 ms), %n breach(es) in %5 samples: "
           "%6.",
           nullptr, int(w.breaches.size()))
            .arg(pct(w.uptimeBps), pct(w.uptimeTargetBps),
                 w.avgLatencyMs < 0 ? tr("not measured") : tr("%1 ms").arg(w.avgLatencyMs),
                 QString::number(w.latencyTargetMs), QString::number(w.samples),
                 w.meetsTargets ? tr("targets met") : tr("targets missed")));
    // Breaches marked on the chart: down probes at the target line, slow ones at their latency.
    QChart *chart = m_qosChart->chart();
    if (!chart || w.breaches.isEmpty())
        return;
    const auto xs = chart->axes(Qt::Horizontal);
    const auto ys =
        chart->axes(Qt::Vertical, chart->series().isEmpty() ? nullptr : chart->series().first());
    if (xs.isEmpty() || ys.isEmpty())
        return;
    auto *marks = new QScatterSeries;
    marks->setName(tr("Breaches"));
    marks->setMarkerSize(9);
    ChartTheme::setColor(marks, ThemeColor::ChartTarget);
    for (const QosSample &s : w.breaches)
        marks->append(double(s.at.toMSecsSinceEpoch()),
                      s.ok && s.latencyMs >= 0 ? s.latencyMs : std::max(0, w.latencyTargetMs));
    chart->addSeries(marks);
    marks->attachAxis(xs.first());
    marks->attachAxis(ys.first());
    ChartTheme::apply(chart);
}

} // namespace fb::ui
