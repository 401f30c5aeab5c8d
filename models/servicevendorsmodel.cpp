#include "models/servicevendorsmodel.h"

#include "models/providersmodel.h"
#include "wire/domain.h"

#include <QDateTime>

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
    FDescription,
    FContact
};
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
    // The register's description and contact live in the record's JSON: read once per window,
    // as the deals model reads its terms, not parsed on every data() call.
    return QStringLiteral("SELECT id, address, name, jurisdiction, reputation, cert_status, "
                          "cert_level, cert_expires, "
                          "COALESCE(json_extract(data, '$.description'), ''), "
                          "COALESCE(json_extract(data, '$.contact'), '') FROM providers");
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
    if (m_certifiedOnly)
        w << ProvidersModel::certifiedCondition(binds);
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
    case CertifiedRole:
        return ProvidersModel::isCertified(value(row, FCertStatus).toString(),
                                           value(row, FCertExpires).toString(),
                                           QDateTime::currentDateTimeUtc());
    case Qt::ToolTipRole:
        if (index.column() == Description)
            return value(row, FDescription);
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
        return value(row, FDescription).toString().simplified();
    case Jurisdiction:
        return value(row, FJurisdiction);
    case Contact:
        return value(row, FContact);
    case Certification: {
        const QString status = value(row, FCertStatus).toString();
        if (!display)
            return status;
        return ProvidersModel::certificationText(status, value(row, FCertLevel).toString(),
                                                 value(row, FCertExpires).toString());
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
