// SlasPage: the consumer's storage agreements. A list of SLAs (each one's deals with its
// providers) with state, period, size, cost, what was paid and measured QoS compliance, bound to
// the synced cache's item models (SlaTreeModel over DealsModel, PaymentsModel) and searchable;
// a detail view with the timeline, the escrow payments and the QoS chart against the targets;
// and the actions: pay or discard an unpaid agreement, renew, cancel (the refund is shown
// first), open a dispute.
#pragma once

#include "ui/page.h"
#include "ui/widgets/priceformat.h"
#include "wire/domain.h"

#include <memory>

class QTreeView;
class QTableView;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;

class QChartView;

namespace fb {
class PaymentsModel;
class SlaTreeModel;
} // namespace fb

namespace fb::ui {

class EmptyState;

class SlasPage : public Page
{
    Q_OBJECT
public:
    explicit SlasPage(AppContext &context, QWidget *parent = nullptr);
    ~SlasPage() override;
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/slas.svg"); }
    QLineEdit *searchField() const override { return m_search; }
    QHeaderView *columnsHeader() const override;

    // Re-reads the list from the cache (the models also do it after every sync page).
    void reload();
    // The agreements as shown (sorted and filtered), for tests and accessibility.
    QSortFilterProxyModel *listModel() const { return m_proxy; }
    // The refund the consumer gets by cancelling now (USD×10^7), and the words for it.
    static qint64 estimatedRefund(const Deal &deal, const QDateTime &now, QString *explanation);

Q_SIGNALS:
    // Asks for the SLA wizard (renewal: the same offers).
    void slaWizardRequested(const QStringList &offerIds);

private:
    // The display currency (Settings) at the node's rates, for the list and the details.
    void loadDisplayCurrency();
    void showDetail();
    void restoreSelection();
    QModelIndex currentSourceIndex() const;
    QList<Deal> dealsOf(const QStringList &ids) const;
    QList<Deal> selectedDeals() const;
    void cancelSelected();
    void disputeSelected();
    void paySelected();
    void renewSelected();
    void discardSelected();
    void loadQos(const Deal &deal);

    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QTreeView *m_list;
    QWidget *m_awaiting;
    QLabel *m_awaitingText;
    QLabel *m_timeline;
    QTableView *m_payments;
    QChartView *m_chart;
    QPushButton *m_rename, *m_renew, *m_cancel, *m_dispute, *m_pay, *m_discard;
    SlaTreeModel *m_tree = nullptr;
    QSortFilterProxyModel *m_proxy;
    std::unique_ptr<PaymentsModel> m_paymentsModel;
    // The selection across a re-read of the cache: an SLA or a deal id.
    QString m_selectedId;
    bool m_selectedSla = false;
    bool m_resetting = false;
    PriceFormat m_formats;
    QString m_qosKey; // the deal (and its start) whose QoS the chart shows
};

} // namespace fb::ui
