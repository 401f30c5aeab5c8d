#include "models/paymentsmodel.h"

#include "models/formats.h"

#include "wire/domain.h"

namespace fb {

namespace {
enum Field { FId, FDeal, FKind, FCurrency, FUnits, FUsd, FCreated, FTx, FProvider };
} // namespace

PaymentsModel::PaymentsModel(QSqlDatabase db, QObject *parent)
    : SqlWindowModel(std::move(db), Created, Qt::DescendingOrder, parent)
{}

void PaymentsModel::setFormats(const Formats &formats)
{
    m_formats = formats;
    Q_EMIT headerDataChanged(Qt::Horizontal, AmountUsd, AmountUsd);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AmountUsd), index(rowCount() - 1, AmountUsd));
}

void PaymentsModel::setFilter(const PaymentFilter &f)
{
    if (f == m_filter)
        return;
    m_filter = f;
    refresh();
}

QString PaymentsModel::selectSql() const
{
    return QStringLiteral("SELECT id, deal_id, kind, currency, units, usd_units, created_at, "
                          "COALESCE(json_extract(data, '$.txHash'), '') AS tx_hash, "
                          // The deal's provider by name (the providers, else the offer's copy).
                          "COALESCE((SELECT COALESCE(NULLIF(pr.name, ''), o.provider_name) "
                          "FROM deals d LEFT JOIN providers pr ON pr.id = d.provider_id "
                          "LEFT JOIN offers o ON o.id = d.offer_id "
                          "WHERE d.id = payments.deal_id), '') AS provider_name FROM payments");
}

QString PaymentsModel::whereSql(QVariantList *binds) const
{
    QStringList w;
    const PaymentFilter &f = m_filter;
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        w << QStringLiteral("(id LIKE ? ESCAPE '\\' OR deal_id LIKE ? ESCAPE '\\')");
        const QString pattern = likeContains(text);
        *binds << pattern << pattern;
    }
    if (!f.dealId.isEmpty()) {
        w << QStringLiteral("deal_id = ?");
        *binds << f.dealId;
    }
    if (!f.slaId.isEmpty()) {
        w << QStringLiteral("deal_id IN (SELECT id FROM deals WHERE sla_id = ?)");
        *binds << f.slaId;
    }
    if (!f.kinds.isEmpty()) {
        QStringList marks;
        for (const QString &k : f.kinds) {
            marks << QStringLiteral("?");
            *binds << k;
        }
        w << QStringLiteral("kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.currency.isEmpty()) {
        w << QStringLiteral("currency = ?");
        *binds << f.currency;
    }
    if (f.from.isValid()) {
        w << QStringLiteral("created_at >= ?");
        *binds << timestampToJson(f.from);
    }
    if (f.to.isValid()) {
        w << QStringLiteral("created_at < ?");
        *binds << timestampToJson(f.to);
    }
    return w.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
}

QString PaymentsModel::sortExpression(int column) const
{
    switch (column) {
    case Created:
        return QStringLiteral("created_at");
    case Kind:
        return QStringLiteral("kind");
    case Deal:
        return QStringLiteral("provider_name COLLATE NOCASE, deal_id");
    case Amount:
        return QStringLiteral("currency, units");
    case AmountUsd:
        return QStringLiteral("usd_units");
    case Transaction:
        return QStringLiteral("tx_hash");
    default:
        return {};
    }
}

QString PaymentsModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("deposit"))
        return tr("Deposit");
    if (kind == QLatin1String("release"))
        return tr("Release");
    if (kind == QLatin1String("refund"))
        return tr("Refund");
    if (kind == QLatin1String("slash"))
        return tr("Slash");
    if (kind == QLatin1String("fee"))
        return tr("Fee");
    return kind;
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    if (role == IdRole)
        return value(row, FId);
    if (role == DealIdRole)
        return value(row, FDeal);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Deal)
            return tr("Deal %1").arg(value(row, FDeal).toString());
        if (index.column() == AmountUsd && m_formats.currency() != QLatin1String("USD"))
            return m_formats.usd(value(row, FUsd).toLongLong());
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    if (!display && role != SortValueRole)
        return {};
    switch (index.column()) {
    case Created:
        return display ? QVariant(displayTimestamp(value(row, FCreated).toString()))
                       : value(row, FCreated);
    case Kind:
        return display ? QVariant(kindText(value(row, FKind).toString())) : value(row, FKind);
    case Deal: {
        if (!display)
            return value(row, FDeal);
        const QString provider = value(row, FProvider).toString();
        return provider.isEmpty() ? value(row, FDeal) : QVariant(provider);
    }
    case Amount:
        return display ? QVariant(Formats().coin(value(row, FUnits).toLongLong(),
                                                 value(row, FCurrency).toString()))
                       : QVariant(value(row, FUnits).toLongLong());
    case AmountUsd:
        return display ? QVariant(m_formats.money(value(row, FUsd).toLongLong()))
                       : QVariant(value(row, FUsd).toLongLong());
    case Transaction:
        return value(row, FTx);
    default:
        return {};
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Deal:
        return tr("Provider");
    case Amount:
        return tr("Amount");
    case AmountUsd:
        return m_formats.currency(); // "USD", "EUR", "XLM"
    case Transaction:
        return tr("Transaction");
    default:
        return {};
    }
}

QHash<int, QByteArray> PaymentsModel::roleNames() const
{
    auto r = SqlWindowModel::roleNames();
    r.insert(IdRole, "paymentId");
    r.insert(SortValueRole, "sortValue");
    r.insert(DealIdRole, "dealId");
    return r;
}

} // namespace fb
