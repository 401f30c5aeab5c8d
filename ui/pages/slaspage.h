// SlasPage: the consumer's storage agreements. A list of SLAs (each one's deals with its
// providers) with state, period, size, cost and measured QoS compliance, read from the local
// cache; a detail view with the timeline, the escrow payments and the QoS chart against the
// targets; and the actions: renew, cancel (the refund is shown first), open a dispute.
#pragma once

#include "wire/domain.h"
#include "ui/page.h"

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;
class QTableWidget;
class QPushButton;
class QStackedWidget;

class QChartView;

namespace fb::ui {

class EmptyState;

class SlasPage : public Page
{
    Q_OBJECT
public:
    explicit SlasPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/slas.svg"); }

    // Reloads the list from the cache (also done after every sync).
    void reload();
    // The refund the consumer gets by cancelling now (USD×10^7), and the words for it.
    static qint64 estimatedRefund(const Deal &deal, const QDateTime &now, QString *explanation);

Q_SIGNALS:
    // Asks for the SLA wizard (renewal: the same offers).
    void slaWizardRequested(const QStringList &offerIds);

private:
    void showDetail();
    QList<Deal> selectedDeals() const;
    void cancelSelected();
    void disputeSelected();
    void loadPayments(const QList<Deal> &deals);
    void loadQos(const Deal &deal);

    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QLabel *m_timeline;
    QTableWidget *m_payments;
    QChartView *m_chart;
    QPushButton *m_renew, *m_cancel, *m_dispute;
    QList<Deal> m_deals;
    int m_generation = 0; // replies for an earlier selection are dropped
};

} // namespace fb::ui
