// SlaTreeModel: the consumer's agreements as the SLAs page shows them: one row per SLA (how many
// providers, their states, size, cost and what was paid) over one row per deal, grouped from a
// DealsModel over the synced cache; it regroups whenever that model re-reads the cache. A deal
// row's tooltip (Qt::ToolTipRole) is the whole deal, for cells a narrow window elides.
#pragma once

#include "models/dealsmodel.h"
#include "models/formats.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace fb {

class SlaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, State, Period, Size, Cost, Paid, Qos, ColumnCount };
    enum Role {
        DealIdRole = Qt::UserRole + 1, // empty on an SLA row
        SlaIdRole,
        IsSlaRole,
        SortRole,   // the value a column sorts by
        SearchRole, // column 0: deal id, provider and state (an SLA row: its id)
        StateRole,  // a deal's state name ("Accepted")
        OfferIdRole,
        AwaitingPaymentRole, // a deal (or, on an SLA row, any of its deals) still to be paid
        PaidTextRole,        // column-independent: what the Paid column says
        PaidUnitsRole        // a deal's deposits in its coin (0: never paid)
    };

    // Bytes stored under an SLA (the file library), or nullopt when unknown; asked once per SLA
    // each time the model regroups.
    using UsageFunction = std::function<std::optional<qint64>(const QString &slaId)>;
    // An agreement's name (asked when the model regroups or names change), and how to rename
    // it (false: refused; the name stays). Without them an SLA row counts its providers.
    using NameFunction = std::function<QString(const QString &slaId)>;
    using RenameFunction = std::function<bool(const QString &slaId, const QString &name)>;

    explicit SlaTreeModel(std::unique_ptr<DealsModel> deals, QObject *parent = nullptr);
    ~SlaTreeModel() override;

    DealsModel *dealsModel() const { return m_source.get(); }
    // Re-reads the cache (the sync engine's pages already do it).
    void refresh();
    void setUsage(UsageFunction usage);
    void setNames(NameFunction names, RenameFunction rename);
    // Re-reads the names (after a rename elsewhere).
    void refreshNames();
    // How amounts, sizes and dates read (the display currency at the node's rates).
    void setFormats(const Formats &formats);
    const Formats &formats() const { return m_formats; }

    QModelIndex slaIndex(const QString &slaId) const;
    QModelIndex dealIndex(const QString &dealId) const;
    // The deals an index stands for: itself, or every deal of an SLA row.
    QStringList dealIds(const QModelIndex &index) const;
    // Of those, the ones still to be paid.
    QStringList awaitingPaymentIds(const QModelIndex &index) const;
    int slaCount() const { return int(m_slas.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct DealRow
    {
        QString id, slaId, offerId, providerName, state;
        qint64 sizeBytes = 0, totalUnits = 0, paidUnits = 0, paidUsd = 0;
        QString paidCurrency;
        int durationDays = 0, complianceBps = -1;
        QDateTime start, end, created;
        QDateTime upcoming; // a paid renewal's start, while still ahead
        bool awaiting = false;
    };
    struct SlaRow
    {
        QString id;
        QList<DealRow> deals;
        std::optional<qint64> usedBytes;
        QString name;
    };

    void rebuild();
    QVariant slaData(const SlaRow &sla, int column, int role) const;
    QVariant dealData(const DealRow &deal, int column, int role) const;
    QString slaPaidText(const SlaRow &sla) const;
    QString paidText(const DealRow &deal) const;
    // A deal's tooltip: its provider, then each of its cells under its column's title.
    QString dealSummary(const DealRow &deal) const;
    QString withDisplayValue(const QString &coinText, qint64 usd7) const;
    static qint64 paidUsd(const SlaRow &sla);

    std::unique_ptr<DealsModel> m_source;
    UsageFunction m_usage;
    NameFunction m_names;
    RenameFunction m_rename;
    QList<SlaRow> m_slas;
    Formats m_formats;
    bool m_loading = false;
};

} // namespace fb
