#include "models/servicevendorsmodel.h"

#include "models/providersmodel.h"
#include "wire/domain.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb {

namespace {
// Field order of selectSql().
enum Field {
    FId,
    FAddress,
    FName,
    FJurisdiction,
    FReputation,
    FCertStatus,
    FCertLevel,
    FCertExpires,
    FData
};

QString recordField(const QVariant &data, const char *key)
{
    return QJsonDocument::fromJson(data.toString().toUtf8())
        .object()
        .value(QLatin1String(key))
        .toString();
}
} // namespace

ServiceVendorsModel::ServiceVendorsModel(QSqlDatabase db, QObject *parent)
    : SqlWindowModel(std::move(db), Reputation, Qt::DescendingOrder, parent)
{}

ServiceVendorsModel::ServiceVendorsModel(const ProvidersModel &sameCache, QObject *parent)
    : ServiceVendorsModel(sameCache.database(), parent)
{}

void ServiceVendorsModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

void ServiceVendorsModel::setCertifiedOnly(bool on)
{
    if (on == m_certifiedOnly)
        return;
    m_certifiedOnly = on;
    refresh();
}

QString ServiceVendorsModel::selectSql() const
{
    return QStringLiteral("SELECT id, address, name, jurisdiction, reputation, cert_status, "
                          "cert_level, cert_expires, data FROM providers");
}

QString ServiceVendorsModel::whereSql(QVariantList *binds) const
{
    QStringList w{QStringLiteral("role = 'service'")};
    if (const QString text = m_search.trimmed(); !text.isEmpty()) {
        // The description lives in the record's JSON; LIKE on it is a plain text match.
        w << QStringLiteral("(name LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\' OR "
                            "jurisdiction LIKE ? ESCAPE '\\' OR data LIKE ? ESCAPE '\\')");
        const QString pattern = likeContains(text);
        *binds << pattern << pattern << pattern << pattern;
    }
    if (m_certifiedOnly) {
        w << QStringLiteral("cert_status = 'approved' AND (cert_expires = '' OR cert_expires > ?)");
        *binds << timestampToJson(QDateTime::currentDateTimeUtc());
    }
    return QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
}

QString ServiceVendorsModel::sortExpression(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name COLLATE NOCASE");
    case Jurisdiction:
        return QStringLiteral("jurisdiction");
    case Certification:
        return QStringLiteral("cert_status");
    case Reputation:
        return QStringLiteral("reputation");
    default:
        return {};
    }
}

int ServiceVendorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceVendorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    switch (role) {
    case IdRole:
        return value(row, FId);
    case AddressRole:
        return value(row, FAddress);
    case CertifiedRole: {
        const QString expires = value(row, FCertExpires).toString();
        return value(row, FCertStatus).toString() == QLatin1String("approved") &&
               (expires.isEmpty() || expires > timestampToJson(QDateTime::currentDateTimeUtc()));
    }
    case Qt::ToolTipRole:
        if (index.column() == Description)
            return recordField(value(row, FData), "description");
        return {};
    case Qt::DisplayRole:
    case SortValueRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Name:
        return value(row, FName);
    case Description:
        return recordField(value(row, FData), "description").simplified();
    case Jurisdiction:
        return value(row, FJurisdiction);
    case Contact:
        return recordField(value(row, FData), "contact");
    case Certification: {
        const QString status = value(row, FCertStatus).toString();
        if (!display)
            return status;
        const QString level = value(row, FCertLevel).toString();
        const QString until =
            displayTimestamp(value(row, FCertExpires).toString(), TimestampShows::Date);
        if (status == QLatin1String("approved"))
            return until.isEmpty() ? tr("Certified (%1)").arg(level)
                                   : tr("Certified (%1) until %2").arg(level, until);
        if (status == QLatin1String("pending"))
            return tr("Pending");
        if (status == QLatin1String("rejected"))
            return tr("Rejected");
        return tr("Not certified");
    }
    case Reputation:
        return value(row, FReputation).toInt();
    default:
        return {};
    }
}

QVariant ServiceVendorsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Vendor");
    case Description:
        return tr("Services");
    case Jurisdiction:
        return tr("Jurisdiction");
    case Contact:
        return tr("Contact");
    case Certification:
        return tr("Certification");
    case Reputation:
        return tr("Reputation");
    default:
        return {};
    }
}

} // namespace fb
