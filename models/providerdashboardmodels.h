// The provider dashboard's tables as item models: capacity sold against free per offer (with a
// total row), earnings per day, week or month and currency, and the disputes opened against the
// provider with their QoS evidence. Each is filled from the pure aggregation of
// providerearnings.h; views only bind to them.
#pragma once

#include "models/providerearnings.h"

#include <QAbstractTableModel>

namespace fb {

class CapacityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Offer, Capacity, Sold, Reserved, Free, SoldShare, ColumnCount };
    enum Role { OfferIdRole = Qt::UserRole + 1, BytesRole, IsTotalRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<earnings::Capacity> &rows);
    const QList<earnings::Capacity> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<earnings::Capacity> m_rows;
};

class EarningsPeriodModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Period, Currency, Released, Slashed, Fees, Refunded, ColumnCount };
    enum Role { UnitsRole = Qt::UserRole + 1, StartRole, CurrencyRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<earnings::PeriodEarnings> &rows, earnings::Period period);
    const QList<earnings::PeriodEarnings> &rows() const { return m_rows; }
    static QString periodText(const QDate &start, earnings::Period period);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<earnings::PeriodEarnings> m_rows;
    earnings::Period m_period = earnings::Period::Month;
};

class DisputesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Opened, Deal, Reason, State, Evidence, ColumnCount };
    // EvidenceTextRole: the evidence in words, then the response and the resolution when there
    // are. CanRespondRole: open and opened by the consumer, so the provider may answer it.
    enum Role {
        DisputeIdRole = Qt::UserRole + 1,
        DealIdRole,
        EvidenceTextRole,
        CanRespondRole,
        ResponseRole
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setDisputes(const QList<Dispute> &disputes);
    // Replaces the dispute with the same id (after a response).
    void updateDispute(const Dispute &dispute);
    const QList<Dispute> &disputes() const { return m_items; }
    // The node's evidence (a QoS summary of the deal's offer since the deal started) in words.
    static QString evidenceText(const QJsonObject &evidence);
    static QString evidenceSummary(const QJsonObject &evidence);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<Dispute> m_items;
};

// "12.3400000 XLM" for units of a currency (Amount::toDecimalString).
QString unitsText(qint64 units, const QString &currency);

} // namespace fb
