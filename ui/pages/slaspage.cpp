#include "ui/pages/slaspage.h"

#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/paymentsmodel.h"
#include "models/slatreemodel.h"
#include "models/syncengine.h"
#include "storage/filelibrary.h"
#include "ui/dialogs/disputedialog.h"
#include "ui/emptystate.h"
#include "ui/theme.h"
#include "ui/widgets/charttheme.h"
#include "ui/wizard/slawizard.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPen>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace fb::ui {

namespace {

bool cancellable(DealState s)
{
    return s == DealState::Pending || s == DealState::Accepted || s == DealState::Funded ||
           s == DealState::Active;
}

// The list as the user sees it: searched by deal id, provider and state (an SLA stays with its
// matching deals; a matching SLA id keeps all of them), sorted by a column's value, SLA rows
// in bold.
class SlaListProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.column() == 0 && !index.parent().isValid()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

// The list's columns at any width: the agreement's name takes what the others leave, and never
// less than its header or its text (up to two fifths of the list); the others are as wide as their
// contents while they fit. When they do not (1024x640 in French or German), the widest give way
// first, down to their header's width, so every column stays in view without scrolling sideways;
// their cells are elided then, and a deal's tooltip holds all of it.
class AgreementColumns : public QObject
{
public:
    explicit AgreementColumns(QTreeView *view)
        : QObject(view)
        , m_view(view)
    {
        QHeaderView *h = view->header();
        h->setStretchLastSection(false);
        h->setSectionResizeMode(QHeaderView::Interactive);
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *m = view->model();
        const auto later = [this] { schedule(); };
        connect(m, &QAbstractItemModel::modelReset, this, later);
        connect(m, &QAbstractItemModel::layoutChanged, this, later);
        connect(m, &QAbstractItemModel::rowsInserted, this, later);
        connect(m, &QAbstractItemModel::rowsRemoved, this, later);
        connect(m, &QAbstractItemModel::dataChanged, this, later);
        connect(view, &QTreeView::expanded, this, later);
        connect(view, &QTreeView::collapsed, this, later);
    }

    void fit()
    {
        m_pending = false;
        QHeaderView *h = m_view->header();
        const int avail = m_view->viewport()->width();
        if (avail <= 0 || h->count() != SlaTreeModel::ColumnCount)
            return;
        const int name = SlaTreeModel::Name;
        // The names whole while they take at most two fifths of the list.
        const int nameMin =
            std::max(h->sectionSizeHint(name), std::min(contentWidth(name), avail * 2 / 5));
        QList<int> want(h->count(), 0), floor(h->count(), 0);
        for (int c = 0; c < h->count(); ++c) {
            if (c == name || h->isSectionHidden(c))
                continue;
            floor[c] = h->sectionSizeHint(c);
            want[c] = std::max(floor[c], contentWidth(c));
        }
        const auto widths = [&](int cap) {
            int sum = 0;
            for (int c = 0; c < h->count(); ++c)
                sum += std::max(floor[c], std::min(want[c], cap));
            return sum;
        };
        // The largest cap under which the others leave the name its minimum.
        int lo = 0, hi = *std::max_element(want.cbegin(), want.cend());
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (widths(mid) <= avail - nameMin)
                lo = mid;
            else
                hi = mid - 1;
        }
        int used = 0;
        for (int c = 0; c < h->count(); ++c) {
            if (c == name || h->isSectionHidden(c))
                continue;
            const int w = std::max(floor[c], std::min(want[c], lo));
            h->resizeSection(c, w);
            used += w;
        }
        h->resizeSection(name, std::max(nameMin, avail - used));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_view->viewport())
            fit(); // at once: the user sees no frame with the old widths
        return QObject::eventFilter(watched, event);
    }

private:
    // The widest cell of a column among the rows in view (QTreeView hides this behind the
    // base class's public door).
    int contentWidth(int column) const
    {
        const QAbstractItemView *view = m_view;
        return view->sizeHintForColumn(column);
    }

    void schedule()
    {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, &AgreementColumns::fit);
    }

    QTreeView *m_view;
    bool m_pending = false;
};

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

    // The synced cache's models, from the deal service (null without a cache: empty state).
    std::unique_ptr<DealsModel> deals;
    if (context.deals) {
        deals = context.deals->createDealsModel();
        m_paymentsModel = context.deals->createPaymentsModel();
    }
    // Without a cache the tree is empty (and the page shows its empty state).
    m_tree = new SlaTreeModel(std::move(deals), this);
    if (storage::FileLibrary *library = context.library) {
        // Used: the files kept under each SLA in the file library (same cache database).
        m_tree->setUsage([library](const QString &slaId) -> std::optional<qint64> {
            auto files = library->files(slaId);
            if (!files)
                return std::nullopt;
            qint64 used = 0;
            for (const auto &f : std::as_const(*files))
                used += f.size;
            return used;
        });
    }
    if (DealService *dealService = context.deals) {
        // One name per agreement, the same the Files page shows; F2 or Rename edits it.
        m_tree->setNames(
            [dealService](const QString &slaId) { return dealService->slaName(slaId); },
            [this, dealService](const QString &slaId, const QString &name) {
                const Status s = dealService->setSlaName(slaId, name);
                if (!s.ok())
                    QMessageBox::warning(this, tr("Rename"), s.error().message);
                return s.ok();
            });
        connect(dealService, &DealService::slaNamesChanged, m_tree, &SlaTreeModel::refreshNames);
    }
    m_proxy = new SlaListProxy(this);
    m_proxy->setSourceModel(m_tree);
    m_proxy->setFilterRole(SlaTreeModel::SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setSortRole(SlaTreeModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("slaSearch"));
    m_search->setPlaceholderText(tr("Search by deal, provider or state"));
    m_search->setAccessibleName(tr("Search agreements"));
    m_search->setClearButtonEnabled(true);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("slaList"));
    m_list->setAccessibleName(tr("Storage agreements"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed); // F2 renames an agreement
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    new AgreementColumns(m_list);
    m_list->header()->setSortIndicator(-1, Qt::AscendingOrder); // newest first until a click
    m_list->setSortingEnabled(true);
    m_list->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_list);

    m_awaiting = new QWidget(this);
    m_awaiting->setObjectName(QStringLiteral("awaitingPaymentBox"));
    m_awaitingText = new QLabel(m_awaiting);
    m_awaitingText->setObjectName(QStringLiteral("awaitingPayment"));
    m_awaitingText->setWordWrap(true);
    m_pay = new QPushButton(tr("&Pay…"), m_awaiting);
    m_pay->setObjectName(QStringLiteral("paySla"));
    m_pay->setToolTip(tr("Review and sign the escrow payment of the deals not paid yet."));
    m_discard = new QPushButton(tr("D&iscard…"), m_awaiting);
    m_discard->setObjectName(QStringLiteral("discardSla"));
    m_discard->setToolTip(tr("Cancel the deals not paid yet; nothing was paid, nothing moves."));
    auto *al = new QHBoxLayout(m_awaiting);
    al->setContentsMargins(0, 0, 0, 0);
    al->addWidget(m_awaitingText, 1);
    al->addWidget(m_pay);
    al->addWidget(m_discard);
    m_awaiting->hide();

    m_timeline = new QLabel(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setTextFormat(Qt::RichText);
    m_timeline->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_payments = new QTableView(this);
    m_payments->setObjectName(QStringLiteral("payments"));
    m_payments->setAccessibleName(tr("Escrow movements"));
    if (m_paymentsModel) {
        m_paymentsModel->sort(PaymentsModel::Created, Qt::AscendingOrder);
        PaymentFilter none;
        none.dealId = QStringLiteral("-"); // nothing selected yet
        m_paymentsModel->setFilter(none);
        m_payments->setModel(m_paymentsModel.get());
    }
    m_payments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payments->horizontalHeader()->setStretchLastSection(true);
    m_payments->verticalHeader()->hide();
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payments->setWordWrap(false);
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("qosChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(130);
    ChartTheme::apply(m_chart->chart()); // the empty chart before a deal is chosen, too
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("renameSla"));
    m_rename->setToolTip(tr("Give this agreement a name of your own (F2); the Files page uses "
                            "it too."));
    m_renew = new QPushButton(tr("&Renew…"), this);
    m_renew->setObjectName(QStringLiteral("renewSla"));
    m_renew->setToolTip(tr("Start a new agreement with the same providers, size, redundancy and "
                           "tier, from the day this one ends."));
    m_cancel = new QPushButton(tr("&Cancel agreement…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSla"));
    m_cancel->setToolTip(tr("Shows what you get back before anything happens."));
    m_dispute = new QPushButton(tr("Open a &dispute…"), this);
    m_dispute->setObjectName(QStringLiteral("dispute"));

    auto *top = new QWidget(this);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_search);
    tl->addWidget(m_list, 1);
    auto *detail = new QWidget(this);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_rename);
    actions->addWidget(m_renew);
    actions->addWidget(m_cancel);
    actions->addWidget(m_dispute);
    actions->addStretch();
    dl->addLayout(actions);
    dl->addWidget(m_awaiting);
    dl->addWidget(m_timeline);
    dl->addWidget(m_payments, 1);
    dl->addWidget(m_chart, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(detail);
    // The agreements stay readable at 1024x640: the header and four rows at least, and the list
    // takes as much of any spare height as the details do.
    m_list->setMinimumHeight(m_list->header()->sizeHint().height() +
                             4 * (m_list->fontMetrics().height() + 6));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(split);
    body()->addWidget(m_stack);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_rename);
    setTabOrder(m_rename, m_renew);
    setTabOrder(m_renew, m_cancel);
    setTabOrder(m_cancel, m_dispute);
    setTabOrder(m_dispute, m_pay);
    setTabOrder(m_pay, m_discard);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_list->expandAll();
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        showDetail();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_resetting)
            return;
        const QModelIndex idx = currentSourceIndex();
        if (idx.isValid()) {
            m_selectedSla = idx.data(SlaTreeModel::IsSlaRole).toBool();
            m_selectedId =
                idx.data(m_selectedSla ? SlaTreeModel::SlaIdRole : SlaTreeModel::DealIdRole)
                    .toString();
        }
        showDetail();
    });
    // Enter (or a double click) on an agreement folds it; on a deal it moves to its actions.
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex row = index.siblingAtColumn(0);
        if (!row.parent().isValid()) {
            m_list->setExpanded(row, !m_list->isExpanded(row));
            return;
        }
        for (QPushButton *b : {m_pay, m_renew, m_cancel, m_dispute}) {
            if (b->isVisibleTo(this) && b->isEnabled()) {
                b->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    });
    if (m_tree) {
        // The sync engine's pages re-read the models; keep what the user had selected.
        connect(m_tree, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_resetting = true; });
        connect(m_tree, &QAbstractItemModel::modelReset, this, [this] {
            m_resetting = false;
            restoreSelection();
        });
    }
    connect(m_renew, &QPushButton::clicked, this, &SlasPage::renewSelected);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QModelIndex idx = currentSourceIndex();
        if (!idx.isValid())
            return;
        const QModelIndex sla = idx.parent().isValid() ? idx.parent() : idx;
        const QModelIndex view = m_proxy->mapFromSource(sla.siblingAtColumn(SlaTreeModel::Name));
        m_list->setCurrentIndex(view);
        m_list->edit(view);
    });
    connect(m_cancel, &QPushButton::clicked, this, &SlasPage::cancelSelected);
    connect(m_dispute, &QPushButton::clicked, this, &SlasPage::disputeSelected);
    connect(m_pay, &QPushButton::clicked, this, &SlasPage::paySelected);
    connect(m_discard, &QPushButton::clicked, this, &SlasPage::discardSelected);
    loadDisplayCurrency();
    // Settings > Prices in: the costs, payments and detail follow at once.
    connect(PriceFormat::notifier(), &DisplayCurrencyNotifier::changed, this,
            &SlasPage::loadDisplayCurrency);
    restoreSelection();
    m_list->setFocus(); // the list has the keyboard when the page opens; Shift+Tab: the search
}

SlasPage::~SlasPage() = default;

QHeaderView *SlasPage::columnsHeader() const
{
    return m_list->header();
}

QString SlasPage::title() const
{
    return tr("SLAs");
}

void SlasPage::loadDisplayCurrency()
{
    const QString code = PriceFormat::preferredCurrency();
    // The list, the payments' value column and the detail line follow together.
    auto apply = [this] {
        if (m_tree)
            m_tree->setFormats(m_formats);
        if (m_paymentsModel)
            m_paymentsModel->setFormats(m_formats);
        showDetail();
    };
    if (code == QLatin1String("USD") || !context().market) {
        m_formats.setCurrency(QStringLiteral("USD"), 1.0);
        apply();
        return;
    }
    context().market->rates(this, [this, code, apply](Result<QList<Rate>> r) {
        if (!r || code != PriceFormat::preferredCurrency())
            return; // the prices stay as they are until the node's rates come (or chosen again)
        m_formats.setFromRates(code, *r);
        apply();
    });
}

void SlasPage::reload()
{
    if (PriceFormat::preferredCurrency() != m_formats.currency())
        loadDisplayCurrency(); // chosen in Settings since, or the node had no rates yet
    m_qosKey.clear();          // the chart is redrawn too (in the current theme)
    if (m_tree)
        m_tree->refresh(); // ends in restoreSelection()
    else
        restoreSelection();
}

void SlasPage::restoreSelection()
{
    m_stack->setCurrentIndex(m_tree && m_tree->slaCount() > 0 ? 1 : 0);
    m_list->expandAll();
    QModelIndex select;
    if (m_tree && !m_selectedId.isEmpty()) {
        select = m_proxy->mapFromSource(m_selectedSla ? m_tree->slaIndex(m_selectedId)
                                                      : m_tree->dealIndex(m_selectedId));
    }
    if (!select.isValid() && m_proxy->rowCount() > 0)
        select = m_proxy->index(0, 0);
    if (select.isValid())
        m_list->setCurrentIndex(select); // shows the detail
    showDetail();
}

QModelIndex SlasPage::currentSourceIndex() const
{
    const QModelIndex idx = m_list->currentIndex();
    return idx.isValid() ? m_proxy->mapToSource(idx.siblingAtColumn(0)) : QModelIndex();
}

QList<Deal> SlasPage::dealsOf(const QStringList &ids) const
{
    QList<Deal> out;
    if (!context().deals)
        return out;
    for (const QString &id : ids) {
        if (auto d = context().deals->cachedDeal(id))
            out << *d;
    }
    return out;
}

QList<Deal> SlasPage::selectedDeals() const
{
    return m_tree ? dealsOf(m_tree->dealIds(currentSourceIndex())) : QList<Deal>();
}

void SlasPage::showDetail()
{
    const QModelIndex idx = currentSourceIndex();
    const QList<Deal> deals = selectedDeals();
    bool anyCancellable = false, anyDisputable = false;
    QString html;
    for (const Deal &d : deals) {
        anyCancellable |= cancellable(d.state);
        anyDisputable |= d.state == DealState::Funded || d.state == DealState::Active;
        // Each line names its provider: an agreement has several.
        const QString provider = m_tree->dealIndex(d.id).data().toString();
        html += tr("<p><b>%1</b> — %2: created %3")
                    .arg(provider.toHtmlEscaped(), DealsModel::stateText(dealStateName(d.state)),
                         m_formats.dateTime(d.createdAt));
        if (d.startAt.isValid())
            html += tr(" · started %1 · ends %2")
                        .arg(m_formats.dateTime(d.startAt), m_formats.dateTime(d.endAt));
        // What was paid comes from the deal's deposits; its price is not a payment.
        const QModelIndex row = m_tree->dealIndex(d.id);
        const QString paid = row.data(SlaTreeModel::PaidTextRole).toString();
        if (row.data(SlaTreeModel::PaidUnitsRole).toLongLong() != 0)
            html += tr(" · paid %1, released to the provider %2, refunded %3, withheld for QoS %4")
                        .arg(paid.toHtmlEscaped(), m_formats.money(d.released.units),
                             m_formats.money(d.refunded.units), m_formats.money(d.slashed.units));
        else
            html +=
                tr(" · %1 (price %2)").arg(paid.toHtmlEscaped(), m_formats.money(d.total.units));
        if (!d.reason.isEmpty())
            html += tr(" · reason: %1").arg(d.reason.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_timeline->setText(html);
    m_cancel->setEnabled(anyCancellable);
    m_dispute->setEnabled(anyDisputable);
    m_renew->setEnabled(!deals.isEmpty());
    m_rename->setEnabled(!deals.isEmpty() && context().deals);

    // Unpaid deals: what is due, and the two ways out of it.
    const QStringList awaiting = m_tree ? m_tree->awaitingPaymentIds(idx) : QStringList();
    qint64 due = 0;
    bool payable = false;
    for (const Deal &d : deals) {
        if (awaiting.contains(d.id)) {
            due += d.total.units;
            payable |= d.state == DealState::Accepted;
        }
    }
    m_awaiting->setVisible(!awaiting.isEmpty());
    m_awaitingText->setText(
        payable ? tr("<b>Awaiting payment</b>: %n deal(s) not paid yet, %1 due.", nullptr,
                     int(awaiting.size()))
                      .arg(m_formats.money(due))
                : tr("<b>Awaiting payment</b>: %n deal(s) not paid yet; the provider has not "
                     "accepted, you pay once it does.",
                     nullptr, int(awaiting.size())));
    const bool online = context().deals && context().deals->connected();
    m_pay->setEnabled(online && payable);
    m_discard->setEnabled(online);

    if (m_paymentsModel) {
        PaymentFilter f;
        if (!idx.isValid())
            f.dealId = QStringLiteral("-"); // nothing selected: no movements
        else if (idx.data(SlaTreeModel::IsSlaRole).toBool())
            f.slaId = idx.data(SlaTreeModel::SlaIdRole).toString();
        else
            f.dealId = idx.data(SlaTreeModel::DealIdRole).toString();
        m_paymentsModel->setFilter(f);
        m_payments->setColumnHidden(PaymentsModel::Deal, !f.dealId.isEmpty());
    }
    // The chart follows the first deal, and is redrawn when the deal changes (it starts, and
    // each settlement brings new samples).
    const QString qosKey = deals.isEmpty()
                               ? QString()
                               : deals.first().id + QLatin1Char('@') +
                                     timestampToJson(deals.first().startAt) + QLatin1Char('@') +
                                     timestampToJson(deals.first().updatedAt);
    if (!deals.isEmpty() && qosKey != m_qosKey) {
        m_qosKey = qosKey;
        loadQos(deals.first());
    }
}

void SlasPage::renewSelected()
{
    const QModelIndex idx = currentSourceIndex();
    if (!m_tree || !idx.isValid())
        return;
    // The whole agreement, even when one of its deals is selected.
    const QModelIndex sla = idx.parent().isValid() ? idx.parent() : idx;
    const QList<Deal> deals = dealsOf(m_tree->dealIds(sla));
    if (deals.isEmpty())
        return;
    const QString slaId = sla.data(SlaTreeModel::SlaIdRole).toString();
    auto *wizard = new SlaWizard(context(), {}, this);
    wizard->setObjectName(QStringLiteral("renewWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->renewFrom(slaId, sla.siblingAtColumn(SlaTreeModel::Name).data().toString(), deals);
    connect(wizard, &SlaWizard::slaCreated, this, [this] {
        if (context().sync)
            context().sync->syncNow();
    });
    wizard->open();
}

void SlasPage::paySelected()
{
    if (!m_tree)
        return;
    const QModelIndex idx = currentSourceIndex();
    QList<Deal> deals = dealsOf(m_tree->awaitingPaymentIds(idx));
    deals.removeIf([](const Deal &d) { return d.state != DealState::Accepted; });
    if (deals.isEmpty())
        return;
    // The purchase wizard, on its payment page, for these deals.
    auto *wizard = new SlaWizard(context(), {}, this);
    wizard->setObjectName(QStringLiteral("payWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->resumePayment(deals.first().slaId, deals);
    wizard->open();
}

void SlasPage::discardSelected()
{
    if (!m_tree || !context().deals || !context().deals->connected())
        return;
    const QList<Deal> deals = dealsOf(m_tree->awaitingPaymentIds(currentSourceIndex()));
    if (deals.isEmpty())
        return;
    QStringList lines;
    qint64 total = 0;
    for (const Deal &d : deals) {
        const QModelIndex row = m_tree->dealIndex(d.id);
        lines << tr("• %1 (%2, %3): %4")
                     .arg(row.data().toString(), DealsModel::stateText(dealStateName(d.state)),
                          m_formats.money(d.total.units), d.id);
        total += d.total.units;
    }
    QMessageBox box(QMessageBox::Question, tr("Discard the unpaid agreement?"),
                    tr("Discard %n unpaid deal(s) worth %1? They are cancelled with their "
                       "providers; nothing was paid, so nothing moves.",
                       nullptr, int(deals.size()))
                        .arg(m_formats.money(total)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDiscard"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *keep = box.addButton(tr("Keep them"), QMessageBox::RejectRole);
    QPushButton *yes = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    const QString reason = tr("Discarded by the consumer before paying");
    for (const Deal &d : deals) {
        context().deals->cancel(d.id, reason, this, [this](Result<Deal> r) {
            if (!r.ok())
                QMessageBox::warning(this, tr("Discard"), r.error().message);
        });
    }
}

void SlasPage::loadQos(const Deal &deal)
{
    MarketService *market = context().market;
    auto *chart = new QChart;
    chart->setTitle(tr("Measured latency (ms) against the target, since the deal started"));
    // Beside the plot, not under it: at 1024x640 the chart has little height, and a legend
    // below squeezed the y axis until its labels were "…".
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setChart(chart);
    ChartTheme::apply(chart);
    // The agreement's QoS begins with its term: samples from before it are the offer's, not
    // this deal's.
    const QDateTime start = deal.startAt;
    if (!start.isValid()) {
        chart->setTitle(deal.state == DealState::Funded
                            ? tr("QoS is measured once the provider activates the deal.")
                            : tr("QoS is measured from the deal's start."));
        return;
    }
    if (!market || !market->connected()) {
        // Shown before the node answered (right after start): the next update draws it.
        m_qosKey.clear();
        return;
    }
    QPointer<SlasPage> self(this);
    int target = 200;
    if (const auto offer = market->offer(deal.offerId))
        target = offer->latencyTargetMs;
    QPointer<QChart> current(chart);
    market->fetchQos(
        deal.offerId, this, [self, target, current, start](Result<QList<QosSample>> r) {
            if (!self || !r || !current || self->m_chart->chart() != current)
                return;
            auto *chart = current.data();
            r->removeIf([start](const QosSample &s) { return s.at < start; });
            if (r->isEmpty()) {
                chart->setTitle(
                    tr("No QoS samples since the deal started: the platform probes each "
                       "provider on a schedule."));
                return;
            }
            auto *latency = new QLineSeries;
            latency->setName(tr("latency"));
            ChartTheme::setColor(latency, ThemeColor::ChartLatency);
            auto *targetLine = new QLineSeries;
            targetLine->setName(tr("target"));
            targetLine->setPen(QPen(Theme::color(ThemeColor::ChartTarget), 1.5, Qt::DashLine));
            ChartTheme::setColor(targetLine, ThemeColor::ChartTarget);
            int worst = target;
            latency->setPointsVisible(true);
            QDateTime first = start, last = r->first().at;
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
            // The axis starts at the deal's start; its labels stay distinct over short terms.
            ChartTheme::setTimeRange(x, first, last.addSecs(60));
            auto *y = new QValueAxis;
            y->setRange(0, worst * 1.2 + 1);
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            for (auto *s : {latency, targetLine}) {
                s->attachAxis(x);
                s->attachAxis(y);
            }
            ChartTheme::apply(chart);
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
        if (d.startAt.isValid() && d.startAt > now) { // a renewal whose term is still ahead
            *explanation = tr("Its period has not started: everything you paid comes back, the "
                              "platform fee included.");
            return d.total.units - d.released.units - d.slashed.units;
        }
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
        lines << QStringLiteral("• %1: %2").arg(Formats::dealState(d.state), why);
    }
    if (lines.isEmpty() || !context().deals || !context().deals->connected())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cancel the agreement?"),
                    tr("You get back about %1.").arg(m_formats.money(refund)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *keep = box.addButton(tr("Keep the agreement"), QMessageBox::RejectRole);
    QPushButton *yes = box.addButton(tr("Cancel it"), QMessageBox::DestructiveRole);
    // Enter keeps the agreement: the destructive answer takes a deliberate click.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
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
    QList<DisputeDialog::Party> parties;
    for (const Deal &d : deals)
        if (d.state == DealState::Funded || d.state == DealState::Active)
            parties.append({d, m_tree->dealIndex(d.id).data().toString()});
    if (parties.isEmpty())
        return;
    // Window-modal, opened (not exec'd): the page stays responsive and a test can drive it.
    auto *dialog = new DisputeDialog(parties, context().providers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        context().deals->openDispute(
            dialog->dealId(), dialog->reason(), this, [this](Result<Dispute> r) {
                if (r.ok())
                    QMessageBox::information(
                        this, tr("Dispute"),
                        tr("The dispute is open; you will see the decision here."));
                else
                    QMessageBox::warning(this, tr("Dispute"), r.error().message);
            });
    });
    dialog->open();
}

} // namespace fb::ui
