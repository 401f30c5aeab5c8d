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
    enum Column { Created, Offer, Provider, State, Total, Updated, Sla, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortValueRole,
        SlaIdRole,
        OfferIdRole,
        ProviderIdRole,
        StateRole
    };

    explicit DealsModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const DealFilter &f);
    DealFilter filter() const { return m_filter; }
    static QString stateText(const QString &state);

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
