// PaymentsModel: the payments in the cache (deposits, releases, refunds, slashes, fees), filtered
// and sorted in SQL and loaded in windows (SqlWindowModel). The Deal column names the deal's
// provider (the deal id in its tooltip); the value column is in the display currency (its
// header names it: "USD", "EUR", "XLM").
#pragma once

#include "models/formats.h"
#include "models/sqlwindowmodel.h"

#include <QDateTime>

namespace fb {

struct PaymentFilter
{
    QString text;      // payment id or deal id contains
    QString dealId;    // exact: the payments of one deal
    QString slaId;     // exact: the payments of the deals of one SLA
    QStringList kinds; // any of deposit | release | refund | slash | fee; empty: all
    QString currency;  // exact
    QDateTime from;    // inclusive; invalid: unbounded
    QDateTime to;      // exclusive; invalid: unbounded
    bool operator==(const PaymentFilter &) const = default;
};

class PaymentsModel : public SqlWindowModel
{
    Q_OBJECT

public:
    enum Column { Created, Kind, Deal, Amount, AmountUsd, Transaction, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortValueRole, DealIdRole };

    explicit PaymentsModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const PaymentFilter &f);
    PaymentFilter filter() const { return m_filter; }
    // The display currency of the value column (USD by default); the column follows at once.
    void setFormats(const Formats &formats);
    static QString kindText(const QString &kind);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString selectSql() const override;
    QString whereSql(QVariantList *binds) const override;
    QString sortExpression(int column) const override;

private:
    PaymentFilter m_filter;
    Formats m_formats;
};

} // namespace fb
