#include "ui/pages/slaspage.h"

#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/syncengine.h"
#include "storage/filelibrary.h"
#include "ui/emptystate.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fb::ui {

namespace {

QString usd(qint64 usd7)
{
    const double v = double(usd7) / 1e7;
    return QStringLiteral("$%L1").arg(v, 0, 'f', qAbs(v) < 1.0 && usd7 != 0 ? 4 : 2);
}

QString day(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QStringLiteral("—");
}

QString gb(qint64 bytes)
{
    return SlasPage::tr("%1 GB").arg(double(bytes) / 1e9, 0, 'f', 2);
}

bool cancellable(DealState s)
{
    return s == DealState::Pending || s == DealState::Accepted || s == DealState::Funded ||
           s == DealState::Active;
}

} // namespace

SlasPage::SlasPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("slas"), context, parent)
{
    setHeader(title(), tr("Your storage agreements: their state, cost and measured quality."));
    m_empty = new EmptyState(
        iconPath(), tr("No SLAs yet"),
        tr("An SLA is an agreement with one or more providers to keep your data for a period, "
           "at a price and a quality you choose. Pick offers in the Marketplace to create one."),
        this);
    connect(m_empty->addAction(tr("Browse the Marketplace")), &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("marketplace")); });
    connect(m_empty->addAction(tr("New agreement…")), &QPushButton::clicked, this,
            [this] { Q_EMIT slaWizardRequested({}); });

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("slaList"));
    m_list->setAccessibleName(tr("Storage agreements"));
    m_list->setHeaderLabels({tr("Agreement / provider"), tr("State"), tr("Period"),
                             tr("Used / agreed"), tr("Cost"), tr("QoS")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline = new QLabel(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setTextFormat(Qt::RichText);
    m_timeline->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_payments = new QTableWidget(0, 4, this);
    m_payments->setObjectName(QStringLiteral("payments"));
    m_payments->setAccessibleName(tr("Escrow movements"));
    m_payments->setHorizontalHeaderLabels(
        {tr("When"), tr("Movement"), tr("Amount"), tr("Transaction")});
    m_payments->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_payments->verticalHeader()->hide();
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payments->setWordWrap(false);
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("qosChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    m_renew = new QPushButton(tr("&Renew…"), this);
    m_renew->setToolTip(tr("Start a new agreement with the same providers."));
    m_cancel = new QPushButton(tr("&Cancel agreement…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSla"));
    m_cancel->setToolTip(tr("Shows what you get back before anything happens."));
    m_dispute = new QPushButton(tr("Open a &dispute…"), this);
    m_dispute->setObjectName(QStringLiteral("dispute"));

    auto *detail = new QWidget(this);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_renew);
    actions->addWidget(m_cancel);
    actions->addWidget(m_dispute);
    actions->addStretch();
    dl->addLayout(actions);
    dl->addWidget(m_timeline);
    dl->addWidget(m_payments, 1);
    dl->addWidget(m_chart, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(split);
    body()->addWidget(m_stack);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SlasPage::showDetail);
    connect(m_renew, &QPushButton::clicked, this, [this] {
        QStringList offers;
        for (const Deal &d : selectedDeals())
            offers << d.offerId;
        Q_EMIT slaWizardRequested(offers);
    });
    connect(m_cancel, &QPushButton::clicked, this, &SlasPage::cancelSelected);
    connect(m_dispute, &QPushButton::clicked, this, &SlasPage::disputeSelected);
    if (context.sync)
        connect(context.sync, &SyncEngine::syncFinished, this, [this] { reload(); });
    reload();
}

QString SlasPage::title() const
{
    return tr("SLAs");
}

void SlasPage::reload()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_deals = context().deals ? context().deals->cachedDeals() : QList<Deal>();
    QHash<QString, QString> providerNames;
    if (const MarketService *market = context().market) {
        for (const Deal &d : std::as_const(m_deals)) {
            if (providerNames.contains(d.providerId))
                continue;
            const auto p = market->provider(d.providerId);
            providerNames.insert(d.providerId, p ? p->name : d.providerId);
        }
    }
    m_list->clear();
    QHash<QString, QTreeWidgetItem *> slas;
    for (const Deal &d : std::as_const(m_deals)) {
        QTreeWidgetItem *sla = slas.value(d.slaId);
        if (!sla) {
            sla = new QTreeWidgetItem(m_list);
            sla->setData(0, Qt::UserRole, d.slaId);
            slas.insert(d.slaId, sla);
        }
        auto *item = new QTreeWidgetItem(sla);
        item->setData(0, Qt::UserRole, d.id);
        item->setText(0, providerNames.value(d.providerId, d.providerId));
        item->setText(1, dealStateName(d.state));
        item->setText(2, d.startAt.isValid()
                             ? tr("%1 – %2").arg(day(d.startAt), day(d.endAt))
                             : tr("%n day(s), not started", nullptr, d.durationDays));
        item->setText(3, gb(d.sizeBytes));
        item->setText(4, usd(d.total.units));
        item->setText(5, d.complianceBps < 0
                             ? tr("no samples yet")
                             : QStringLiteral("%1 %").arg(d.complianceBps / 100.0, 0, 'f', 2));
    }
    for (QTreeWidgetItem *sla : std::as_const(slas)) {
        qint64 total = 0, size = 0;
        QStringList states;
        for (int i = 0; i < sla->childCount(); ++i) {
            for (const Deal &d : std::as_const(m_deals)) {
                if (d.id == sla->child(i)->data(0, Qt::UserRole).toString()) {
                    total += d.total.units;
                    size = qMax(size, d.sizeBytes);
                    if (!states.contains(dealStateName(d.state)))
                        states << dealStateName(d.state);
                }
            }
        }
        sla->setText(0, tr("Agreement with %n provider(s)", nullptr, sla->childCount()));
        sla->setText(1, states.join(QStringLiteral(", ")));
        // Used: the files kept under this SLA in the file library (same cache database).
        qint64 used = -1;
        if (context().library) {
            if (auto files = context().library->files(sla->data(0, Qt::UserRole).toString())) {
                used = 0;
                for (const auto &f : std::as_const(*files))
                    used += f.size;
            }
        }
        sla->setText(3, used < 0 ? gb(size) : tr("%1 / %2").arg(gb(used), gb(size)));
        sla->setToolTip(3, tr("Stored in the Files page under this agreement / the size agreed "
                              "with each provider"));
        sla->setText(4, usd(total));
        QFont f = sla->font(0);
        f.setBold(true);
        sla->setFont(0, f);
        if (sla->data(0, Qt::UserRole).toString() == selected)
            m_list->setCurrentItem(sla);
    }
    m_list->expandAll();
    m_stack->setCurrentIndex(m_deals.isEmpty() ? 0 : 1);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetail();
}

QList<Deal> SlasPage::selectedDeals() const
{
    QList<Deal> out;
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return out;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const Deal &d : m_deals) {
        if (d.id == id || d.slaId == id)
            out << d;
    }
    return out;
}

void SlasPage::showDetail()
{
    ++m_generation;
    const QList<Deal> deals = selectedDeals();
    bool anyCancellable = false, anyDisputable = false;
    QString html;
    for (const Deal &d : deals) {
        anyCancellable |= cancellable(d.state);
        anyDisputable |= d.state == DealState::Funded || d.state == DealState::Active;
        html += tr("<p><b>%1</b>: created %2").arg(dealStateName(d.state), day(d.createdAt));
        if (d.startAt.isValid())
            html += tr(" · started %1 · ends %2").arg(day(d.startAt), day(d.endAt));
        html += tr(" · paid %1, released to the provider %2, refunded %3, withheld for QoS %4")
                    .arg(usd(d.total.units), usd(d.released.units), usd(d.refunded.units),
                         usd(d.slashed.units));
        if (!d.reason.isEmpty())
            html += tr(" · reason: %1").arg(d.reason.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_timeline->setText(html);
    m_cancel->setEnabled(anyCancellable);
    m_dispute->setEnabled(anyDisputable);
    m_renew->setEnabled(!deals.isEmpty());
    loadPayments(deals);
    if (!deals.isEmpty())
        loadQos(deals.first());
}

void SlasPage::loadPayments(const QList<Deal> &deals)
{
    // The synced cache holds every escrow movement of the user's deals.
    m_payments->setRowCount(0);
    if (!context().deals)
        return;
    QStringList ids;
    for (const Deal &d : deals)
        ids << d.id;
    const QList<Payment> payments = context().deals->cachedPayments(ids);
    for (const Payment &p : payments) {
        const int row = m_payments->rowCount();
        m_payments->insertRow(row);
        m_payments->setItem(row, 0, new QTableWidgetItem(day(p.createdAt)));
        m_payments->setItem(row, 1, new QTableWidgetItem(p.kind));
        m_payments->setItem(row, 2, new QTableWidgetItem(p.amount.toDecimalString()));
        m_payments->setItem(row, 3, new QTableWidgetItem(p.txHash));
    }
    m_payments->resizeColumnsToContents();
}

void SlasPage::loadQos(const Deal &deal)
{
    MarketService *market = context().market;
    auto *chart = new QChart;
    chart->setTitle(tr("Measured latency (ms) against the target"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setChart(chart);
    if (!market || !market->connected())
        return;
    QPointer<SlasPage> self(this);
    int target = 200;
    if (const auto offer = market->offer(deal.offerId))
        target = offer->latencyTargetMs;
    QPointer<QChart> current(chart);
    market->fetchQos(deal.offerId, this, [self, target, current](Result<QList<QosSample>> r) {
        if (!self || !r || !current || self->m_chart->chart() != current)
            return;
        auto *chart = current.data();
        if (r->isEmpty()) {
            chart->setTitle(
                tr("No QoS samples yet: the platform probes each provider on a schedule."));
            return;
        }
        auto *latency = new QLineSeries;
        latency->setName(tr("latency"));
        auto *targetLine = new QLineSeries;
        targetLine->setName(tr("target"));
        int worst = target;
        latency->setPointsVisible(true);
        QDateTime first = r->first().at, last = r->first().at;
        for (const QosSample &s : *r) {
            first = qMin(first, s.at);
            last = qMax(last, s.at);
            const qreal x = qreal(s.at.toMSecsSinceEpoch());
            latency->append(x, s.ok ? s.latencyMs : 0);
            targetLine->append(x, target);
            worst = qMax(worst, s.latencyMs);
        }
        chart->addSeries(latency);
        chart->addSeries(targetLine);
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("HH:mm"));
        x->setRange(first.addSecs(-60), last.addSecs(60));
        auto *y = new QValueAxis;
        y->setRange(0, worst * 1.2 + 1);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (auto *s : {latency, targetLine}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    });
}

qint64 SlasPage::estimatedRefund(const Deal &d, const QDateTime &now, QString *explanation)
{
    switch (d.state) {
    case DealState::Pending:
    case DealState::Accepted:
        *explanation = tr("Nothing has been paid for this part yet, so nothing moves.");
        return 0;
    case DealState::Funded:
        *explanation = tr("The provider has not started: everything you paid comes back, the "
                          "platform fee included.");
        return d.total.units;
    case DealState::Active: {
        const qint64 term = qMax<qint64>(1, d.startAt.secsTo(d.endAt));
        const qint64 elapsed = qBound<qint64>(0, d.startAt.secsTo(now), term);
        const qint64 accrued = qint64(static_cast<long double>(d.subtotal.units) * elapsed / term);
        const qint64 rest =
            qMax<qint64>(0, d.subtotal.units - qMax(accrued, d.released.units + d.slashed.units));
        *explanation = tr("The provider keeps what it earned so far (subject to its QoS); the "
                          "unearned rest comes back. The platform fee is not refunded when you "
                          "cancel.");
        return rest;
    }
    default:
        *explanation = tr("This part has ended.");
        return 0;
    }
}

void SlasPage::cancelSelected()
{
    const QList<Deal> deals = selectedDeals();
    qint64 refund = 0;
    QStringList lines;
    for (const Deal &d : deals) {
        if (!cancellable(d.state))
            continue;
        QString why;
        refund += estimatedRefund(d, QDateTime::currentDateTimeUtc(), &why);
        lines << QStringLiteral("• %1: %2").arg(dealStateName(d.state), why);
    }
    if (lines.isEmpty() || !context().deals || !context().deals->connected())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cancel the agreement?"),
                    tr("You get back about %1.").arg(usd(refund)), QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    box.addButton(tr("Keep the agreement"), QMessageBox::RejectRole);
    QPushButton *yes = box.addButton(tr("Cancel it"), QMessageBox::DestructiveRole);
    box.setObjectName(QStringLiteral("confirmCancel"));
    box.exec();
    if (box.clickedButton() != yes)
        return;
    const QString reason = tr("Cancelled by the consumer from the app");
    for (const Deal &d : deals) {
        if (!cancellable(d.state))
            continue;
        context().deals->cancel(d.id, reason, this, [this](Result<Deal> r) {
            if (!r.ok())
                QMessageBox::warning(this, tr("Cancel"), r.error().message);
        });
    }
}

void SlasPage::disputeSelected()
{
    const QList<Deal> deals = selectedDeals();
    if (deals.isEmpty() || !context().deals || !context().deals->connected())
        return;
    const Deal d = deals.first();
    bool ok = false;
    const QString evidence =
        d.complianceBps < 0
            ? tr("no QoS samples yet")
            : tr("measured compliance %1 %").arg(d.complianceBps / 100.0, 0, 'f', 2);
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Open a dispute"),
        tr("What went wrong? The platform attaches the QoS evidence (%1) and an arbiter decides: "
           "refund, slash the provider, or dismiss.")
            .arg(evidence),
        QString(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    context().deals->openDispute(d.id, reason.trimmed(), this, [this](Result<Dispute> r) {
        if (r.ok())
            QMessageBox::information(this, tr("Dispute"),
                                     tr("The dispute is open; you will see the decision here."));
        else
            QMessageBox::warning(this, tr("Dispute"), r.error().message);
    });
}

} // namespace fb::ui
