// ProviderDashboard: the provider's overview: earnings per currency (released, escrowed, withheld
// for QoS, slashed and fees; 7 days, 30 days, all time; by day, week or month), a revenue chart of
// past months and the months already contracted, capacity sold against free per offer, each
// offer's QoS against its targets over 24 hours, 7 days or 30 days with breaches marked, and the
// disputes opened against the provider with the node's evidence. Aggregation is
// models/providerearnings'; this widget fetches through the typed services and shows it.
#pragma once

#include "models/providerearnings.h"
#include "ui/appcontext.h"

#include <QHash>
#include <QWidget>

class QChartView;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace fb {
class CapacityModel;
class DisputesModel;
class EarningsPeriodModel;
} // namespace fb

namespace fb::ui {

class QosChart;

class ProviderDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderDashboard(AppContext &context, QWidget *parent = nullptr);
    ~ProviderDashboard() override;

    // Reloads everything from the node: the provider's record, offers, deals and their escrow
    // movements, disputes and the selected offer's QoS. Also runs after each sync run.
    void refresh();
    bool isLoading() const { return m_pending > 0; }

    // What is shown (for the provider page and tests).
    const QList<earnings::CurrencyEarnings> &earnings() const { return m_earnings; }
    const QList<earnings::DealLedger> &ledgers() const { return m_ledgers; }
    QString currency() const; // the currency the cards and the revenue chart show
    void setCurrency(const QString &currency);

signals:
    // A refresh finished (ok: everything loaded).
    void refreshed(bool ok);

private:
    void loadProvider();
    void loadDeals();
    void finishOne();
    void showAll();
    void showCards();
    void showPeriods();
    void showRevenue();
    void showQos();
    void fetchQos();
    void fail(const QString &message);

    AppContext &m_ctx;
    QString m_providerId;
    Provider m_provider;
    QList<Offer> m_offers;
    QList<Deal> m_deals;
    QList<earnings::DealLedger> m_ledgers;
    QList<earnings::CurrencyEarnings> m_earnings;
    QList<Dispute> m_disputes;
    QHash<QString, QList<QosSample>> m_qos; // offer id -> samples
    int m_pending = 0;
    bool m_failed = false;
    quint64 m_generation = 0;

    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QLabel *m_header;
    QLabel *m_status;
    QPushButton *m_refresh;
    QComboBox *m_currency;
    QHash<QString, QLabel *> m_cards; // "<window>/<category>" -> label
    QLabel *m_noDeals;
    QComboBox *m_period;
    QTableView *m_periodView;
    QChartView *m_revenue;
    QTableView *m_capacityView;
    QComboBox *m_qosOffer;
    QComboBox *m_qosWindow;
    QosChart *m_qosChart;
    QLabel *m_qosSummary;
    QTableView *m_disputesView;
    QPlainTextEdit *m_evidence;
    QTimer *m_debounce;
    CapacityModel *m_capacityModel;
    EarningsPeriodModel *m_periodModel;
    DisputesModel *m_disputesModel;
};

} // namespace fb::ui
