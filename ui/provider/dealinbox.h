// DealInbox: the deals addressed to the provider. "Awaiting your answer" lists the pending ones
// with everything needed to decide (consumer, size, egress, duration, redundancy role, price,
// what you earn, QoS targets, deadline): Accept seals the storage access to the consumer,
// Reject asks for a reason. "In progress" shows accepted, paid and active deals (Activate once
// paid, time left, QoS so far); "History" everything, searchable by deal id and filtered by
// consumer and by state. Enter on a row does its next step (accept a pending deal, activate a paid
// one).
#pragma once

#include "wire/domain.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fb {
class ProviderDealsFilter;
}

namespace fb::ui {

class ProviderSession;

class DealInbox : public QWidget
{
    Q_OBJECT
public:
    enum View { Pending, InProgress, History };

    explicit DealInbox(ProviderSession *session, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    void setView(View v);
    QString selectedDealId() const;

public Q_SLOTS:
    void acceptSelected();
    void rejectSelected();
    void activateSelected();

private:
    void updateActions();
    void updateDetail();
    std::optional<Deal> selectedDeal() const;
    void done(const Result<Deal> &r, const QString &what);

    ProviderSession *m_session;
    ProviderDealsFilter *m_filter;
    QComboBox *m_view;
    QLineEdit *m_search;
    QLineEdit *m_consumer;
    QComboBox *m_state; // History: one state or any
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_detail;
    QLabel *m_status;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_activate;
    QPushButton *m_refresh;
    bool m_busy = false;
};

} // namespace fb::ui
