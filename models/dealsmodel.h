// DealsModel: the deals in the cache (the signed-in account's), with their offer's and provider's
// names joined in, filtered and sorted in SQL and loaded in windows (SqlWindowModel).
#pragma once

#include "models/sqlwindowmodel.h"

#include <QDateTime>

namespace fb {

struct DealFilter
{
    QString text;       // deal id, SLA id, offer name or provider name contains
    QStringList states; // any of these states (dealStateName: "Pending", "Active", ...); empty: all
    QString providerId; // exact
    QString consumer;   // exact account
    QString slaId;      // exact: the deals of one SLA
    QDateTime createdFrom; // inclusive; invalid: unbounded
    QDateTime createdTo;   // exclusive; invalid: unbounded
    bool operator==(const DealFilter &) const = default;
};

class DealsModel : public SqlWindowModel
{
    Q_OBJECT

public:
    // Paid: what was deposited into escrow for the deal (its payments), never its price.
    enum Column { Created, Offer, Provider, State, Total, Updated, Sla, Paid, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortValueRole,
        SlaIdRole,
        OfferIdRole,
        ProviderIdRole,
        StateRole,
        SizeBytesRole,       // qint64: bytes kept by this provider
        DurationDaysRole,    // int
        StartRole,           // QDateTime (invalid until the term starts)
        EndRole,             // QDateTime
        ComplianceRole,      // int: basis points of QoS samples meeting targets, -1: none yet
        TotalUnitsRole,      // qint64: the deal's price (USD x 10^7)
        PaidUnitsRole,       // qint64: the sum of the deal's deposits, 0 when never paid
        PaidCurrencyRole,    // QString: the coin of those deposits ("XLM"), empty when none
        PaidUsdRole,         // qint64: their USD value at the intents' rates
        AwaitingPaymentRole, // bool: Pending or Accepted with nothing deposited
        NotBeforeRole,       // QDateTime: a renewal's earliest start (invalid on other deals)
        UpcomingStartRole    // QDateTime: when a paid renewal's term starts, while still ahead
    };

    explicit DealsModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const DealFilter &f);
    DealFilter filter() const { return m_filter; }
    static QString stateText(const QString &state);
    // A deal's state as the tables say it: stateText, or "Starts 2027-01-05" for a renewal paid
    // before the deal it follows ended (upcomingStart valid).
    static QString stateText(const QString &state, const QDateTime &upcomingStart);
    // When a paid renewal's term starts, if that is still after now: an Active deal's startAt, a
    // Funded one's notBefore; invalid for every other deal.
    static QDateTime upcomingStart(const QString &state, const QDateTime &start,
                                   const QDateTime &notBefore, const QDateTime &now);
    // A deal the consumer still has to pay: not funded yet (Pending or Accepted) and no deposit.
    static bool awaitingPayment(const QString &state, qint64 paidUnits);
    // "0.4488000 XLM" from the deposits; "Awaiting payment" or "Not paid" when nothing was paid.
    static QString paidText(qint64 paidUnits, const QString &currencies, const QString &state);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString selectSql() const override;
    QString whereSql(QVariantList *binds) const override;
    QString sortExpression(int column) const override;
    QString keyExpression() const override { return QStringLiteral("d.id"); }

private:
    DealFilter m_filter;
};

} // namespace fb
