#include "ui/provider/dealinbox.h"

#include "models/formats.h"

#include "models/providerdealsmodel.h"
#include "models/providerservice.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/provider/providersession.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fb::ui {

DealInbox::DealInbox(ProviderSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new ProviderDealsFilter(this))
{
    m_filter->setSourceModel(session->deals());
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("dealView"));
    m_view->addItem(tr("Awaiting your answer"));
    m_view->addItem(tr("In progress (accepted, paid, active)"));
    m_view->addItem(tr("History (every deal)"));
    m_view->setToolTip(tr("Which deals to list"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("dealSearch"));
    m_search->setPlaceholderText(tr("Search by deal id"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Lists the deals whose id contains this text"));
    m_consumer = new QLineEdit(this);
    m_consumer->setObjectName(QStringLiteral("dealConsumer"));
    m_consumer->setPlaceholderText(tr("Filter by consumer (G…)"));
    m_consumer->setClearButtonEnabled(true);
    m_consumer->setToolTip(tr("Lists the deals of consumers whose account contains this text"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("dealStateFilter"));
    m_state->setAccessibleName(tr("Deal state"));
    m_state->setToolTip(tr("In the history, lists only the deals in this state"));
    m_state->addItem(tr("Any state"), -1);
    for (DealState st :
         {DealState::Pending, DealState::Accepted, DealState::Funded, DealState::Active,
          DealState::Completed, DealState::Rejected, DealState::Cancelled, DealState::Expired,
          DealState::BreachedProvider, DealState::BreachedConsumer})
        m_state->addItem(ProviderDealsModel::stateText(st), int(st));
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Ask the node for the newest deals (F5)"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("providerDeals"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProviderDealsModel::Deadline, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their header and cells, so no header is elided (the user can still
    // resize them); again whenever the deals change.
    m_table->resizeColumnsToContents();
    const auto fit = [this] { m_table->resizeColumnsToContents(); };
    connect(m_filter, &QAbstractItemModel::modelReset, m_table, fit);
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_table, fit);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_table, fit);
    m_table->setAccessibleName(tr("Deals"));
    m_table->setToolTip(tr("Enter: accept the selected deal when it awaits your answer, "
                           "activate it once paid."));

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dealsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("dealDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dealStatus"));
    m_status->setWordWrap(true);

    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setObjectName(QStringLiteral("acceptDeal"));
    m_accept->setToolTip(tr("Accept: the consumer receives sealed access to your store and can "
                            "pay (Alt+A, or Enter in the table)"));
    m_reject = new QPushButton(tr("&Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectDeal"));
    m_reject->setToolTip(tr("Refuse the deal and tell the consumer why (Alt+R)"));
    m_activate = new QPushButton(tr("A&ctivate"), this);
    m_activate->setObjectName(QStringLiteral("activateDeal"));
    m_activate->setToolTip(tr("The consumer paid: your store is ready and the term starts now "
                              "(Alt+C, or Enter in the table)"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_view);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_consumer, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_refresh);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_accept);
    actions->addWidget(m_reject);
    actions->addWidget(m_activate);
    actions->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_detail);
    layout->addLayout(actions);
    setTabOrder(m_view, m_search);
    setTabOrder(m_search, m_consumer);
    setTabOrder(m_consumer, m_state);
    setTabOrder(m_state, m_table);

    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int v) { setView(View(v)); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ProviderDealsFilter::setSearch);
    connect(m_consumer, &QLineEdit::textChanged, m_filter, &ProviderDealsFilter::setConsumer);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { setView(View(m_view->currentIndex())); });
    connect(m_refresh, &QPushButton::clicked, session, &ProviderSession::reload);
    connect(m_accept, &QPushButton::clicked, this, &DealInbox::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &DealInbox::rejectSelected);
    connect(m_activate, &QPushButton::clicked, this, &DealInbox::activateSelected);
    connect(m_table, &QTableView::activated, this, [this] {
        const auto d = selectedDeal();
        if (!d)
            return;
        if (d->state == DealState::Pending)
            acceptSelected();
        else if (d->state == DealState::Funded)
            activateSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    const auto changed = [this] {
        updateActions();
        updateDetail();
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, changed);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, changed);
    setView(Pending);
}

void DealInbox::setView(View v)
{
    if (m_view->currentIndex() != v)
        m_view->setCurrentIndex(v); // comes back here through the signal
    switch (v) {
    case Pending:
        m_filter->setStates({DealState::Pending});
        break;
    case InProgress:
        m_filter->setStates({DealState::Accepted, DealState::Funded, DealState::Active});
        break;
    case History: {
        const int st = m_state->currentData().toInt();
        m_filter->setStates(st < 0 ? QList<DealState>{} : QList<DealState>{DealState(st)});
        break;
    }
    }
    m_state->setEnabled(v == History);
    updateActions();
    updateDetail();
}

QString DealInbox::selectedDealId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ProviderDealsModel::DealIdRole).toString() : QString();
}

std::optional<Deal> DealInbox::selectedDeal() const
{
    const QString id = selectedDealId();
    return id.isEmpty() ? std::nullopt : m_session->deals()->deal(id);
}

void DealInbox::updateActions()
{
    const bool any = m_filter->rowCount() > 0;
    if (any && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_filter->index(0, 0));
    m_empty->setVisible(!any);
    if (!any) {
        switch (m_view->currentIndex()) {
        case Pending:
            m_empty->setText(tr("No deal awaits your answer. When a consumer chooses one of your "
                                "offers, it appears here (and a notification says so)."));
            break;
        case InProgress:
            m_empty->setText(tr("No deal in progress. Accepted deals wait here for the "
                                "consumer's payment, then for you to activate them."));
            break;
        default:
            m_empty->setText(m_search->text().isEmpty() && m_consumer->text().isEmpty()
                                 ? tr("No deals yet.")
                                 : tr("No deal matches the search."));
        }
    }
    const auto d = selectedDeal();
    m_accept->setEnabled(!m_busy && d && d->state == DealState::Pending);
    m_reject->setEnabled(!m_busy && d && d->state == DealState::Pending);
    m_activate->setEnabled(!m_busy && d && d->state == DealState::Funded);
    m_activate->setVisible(m_view->currentIndex() != Pending);
}

void DealInbox::updateDetail()
{
    const auto d = selectedDeal();
    if (!d) {
        m_detail->clear();
        return;
    }
    QStringList lines;
    lines << tr("%1 — %2").arg(d->id, ProviderDealsModel::stateText(d->state));
    lines << tr("Consumer %1 stores %2 with you for %n day(s), with %3 of egress.", "",
                d->durationDays)
                 .arg(d->consumer, Formats().size(d->sizeBytes), Formats().size(d->egressBytes));
    lines << tr("The consumer pays %1; you earn %2 at full QoS (platform fee %3).")
                 .arg(ProviderDealsModel::usd(d->total.units),
                      ProviderDealsModel::usd(ProviderDealsModel::netEarningsUsd7(*d)),
                      ProviderDealsModel::usd(d->fee.units));
    if (d->state == DealState::Active) {
        lines << tr("Started %1, ends %2 (%3 left). Released to you so far: %4.")
                     .arg(Formats().dateTime(d->startAt), Formats().dateTime(d->endAt),
                          ProviderDealsModel::timeLeft(d->endAt, QDateTime::currentDateTimeUtc()),
                          ProviderDealsModel::usd(d->released.units));
        if (d->complianceBps >= 0)
            lines << tr("QoS so far: %1 % of probes met the targets.")
                         .arg(QLocale().toString(d->complianceBps / 100.0, 'f', 2));
    } else if (d->state == DealState::Accepted) {
        lines << tr("Accepted: waiting for the consumer's payment.");
    } else if (d->state == DealState::Funded) {
        lines << tr("Paid: activate it once your store is ready; the term starts then.");
    }
    if (!d->reason.isEmpty())
        lines << tr("Reason: %1").arg(d->reason);
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void DealInbox::done(const Result<Deal> &r, const QString &what)
{
    m_busy = false;
    if (!r) {
        Theme::setTextColor(m_status, ThemeColor::Danger);
        m_status->setText(r.error().message);
    } else {
        Theme::clearTextColor(m_status);
        m_status->setText(what.arg(r->id));
    }
    updateActions();
    m_session->reload();
}

void DealInbox::acceptSelected()
{
    const auto d = selectedDeal();
    ProviderService *svc = m_session->context().providers;
    if (!d || d->state != DealState::Pending || m_busy || !svc)
        return;
    StorageEndpoint &store = m_session->storage();
    if (!store.isValid()) {
        Theme::setTextColor(m_status, ThemeColor::Danger);
        m_status->setText(tr("No storage endpoint is set up on this computer for your provider "
                             "account, so there is no access to hand the consumer. Set it up "
                             "on the Overview tab."));
        return;
    }
    if (store.needsSecret()) {
        auto secret =
            askPassword(this, tr("S3 secret key"),
                        tr("The secret key of %1 (kept in memory until the wallet locks):")
                            .arg(store.accessKey));
        if (!secret)
            return;
        store.secretKey = std::make_shared<const SecretBytes>(std::move(*secret));
    }
    m_busy = true;
    updateActions();
    Theme::clearTextColor(m_status);
    m_status->setText(tr("Accepting %1…").arg(d->id));
    svc->accept(*d, store, this, [this](Result<Deal> r) {
        done(r, tr("Accepted %1: the consumer received sealed access and can now pay."));
    });
}

void DealInbox::rejectSelected()
{
    const auto d = selectedDeal();
    ProviderService *svc = m_session->context().providers;
    if (!d || d->state != DealState::Pending || m_busy || !svc)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reject deal"), tr("Why do you reject %1? The consumer reads this.").arg(d->id),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        m_status->setText(tr("A rejection needs a reason the consumer can act on."));
        return;
    }
    m_busy = true;
    updateActions();
    svc->reject(d->id, reason.trimmed(), this,
                [this](Result<Deal> r) { done(r, tr("Rejected %1: the consumer was told why.")); });
}

void DealInbox::activateSelected()
{
    const auto d = selectedDeal();
    ProviderService *svc = m_session->context().providers;
    if (!d || d->state != DealState::Funded || m_busy || !svc)
        return;
    m_busy = true;
    updateActions();
    svc->activate(d->id, this, [this](Result<Deal> r) {
        done(r, tr("Activated %1: the term started and QoS probes begin."));
    });
}

} // namespace fb::ui
