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
    FKind,
    FJurisdiction,
    FReputation,
    FCertStatus,
    FCertLevel,
    FCertExpires,
    FOffers,
    FRole
};
} // namespace

ProvidersModel::ProvidersModel(QSqlDatabase db, QObject *parent)
    : SqlWindowModel(std::move(db), Reputation, Qt::DescendingOrder, parent)
{}

void ProvidersModel::setFilter(const ProviderFilter &f)
{
    if (f == m_filter)
        return;
    m_filter = f;
    refresh();
}

QString ProvidersModel::selectSql() const
{
    return QStringLiteral(
        "SELECT id, address, name, kind, jurisdiction, reputation, cert_status, cert_level, "
        "cert_expires, (SELECT COUNT(*) FROM offers o WHERE o.provider_id = providers.id) AS "
        "offer_count, role FROM providers");
}

QString ProvidersModel::whereSql(QVariantList *binds) const
{
    QStringList w;
    const ProviderFilter &f = m_filter;
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        w << QStringLiteral("(name LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\' OR "
                            "jurisdiction LIKE ? ESCAPE '\\')");
        const QString pattern = likeContains(text);
        *binds << pattern << pattern << pattern;
    }
    if (!f.kind.isEmpty()) {
        w << QStringLiteral("kind = ?");
        *binds << f.kind;
    }
    if (!f.role.isEmpty()) {
        w << QStringLiteral("role = ?");
        *binds << f.role;
    }
    if (!f.jurisdiction.isEmpty()) {
        w << QStringLiteral("jurisdiction = ?");
        *binds << f.jurisdiction;
    }
    if (!f.certification.isEmpty()) {
        w << QStringLiteral("id IN (SELECT provider_id FROM provider_certifications WHERE "
                            "certification = ?)");
        *binds << f.certification;
    }
    if (f.certifiedOnly)
        w << certifiedCondition(binds);
    if (f.minReputation) {
        w << QStringLiteral("reputation >= ?");
        *binds << *f.minReputation;
    }
    if (f.hideDemo)
        w << QStringLiteral("demo = 0");
    return w.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
}

QString ProvidersModel::sortExpression(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name COLLATE NOCASE");
    case Kind:
        return QStringLiteral("kind");
    case Jurisdiction:
        return QStringLiteral("jurisdiction");
    case Reputation:
        return QStringLiteral("reputation");
    case Certification:
        return QStringLiteral("cert_status");
    case CertExpires:
        return QStringLiteral("cert_expires");
    case Offers:
        return QStringLiteral("offer_count");
    case Address:
        return QStringLiteral("address");
    default:
        return {};
    }
}

QString ProvidersModel::certificationText(const QString &status, const QString &level,
                                          const QString &expiresIso)
{
    if (status == QLatin1String("approved")) {
        const QString until = displayTimestamp(expiresIso, TimestampShows::Date);
        if (level.isEmpty())
            return until.isEmpty() ? tr("Certified") : tr("Certified until %1").arg(until);
        return until.isEmpty() ? tr("Certified (%1)").arg(level)
                               : tr("Certified (%1) until %2").arg(level, until);
    }
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return tr("Not certified");
}

bool ProvidersModel::isCertified(const QString &status, const QString &expiresIso,
                                 const QDateTime &now)
{
    return status == QLatin1String("approved") &&
           (expiresIso.isEmpty() || expiresIso > timestampToJson(now));
}

QString ProvidersModel::certifiedCondition(QVariantList *binds)
{
    *binds << timestampToJson(QDateTime::currentDateTimeUtc());
    return QStringLiteral("cert_status = 'approved' AND (cert_expires = '' OR cert_expires > ?)");
}

int ProvidersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvidersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    if (role == IdRole)
        return value(row, FId);
    if (role == AddressRole)
        return value(row, FAddress);
    const bool display = role == Qt::DisplayRole;
    if (!display && role != SortValueRole)
        return {};
    switch (index.column()) {
    case Name:
        return value(row, FName);
    case Kind:
        return value(row, FKind);
    case Jurisdiction:
        return value(row, FJurisdiction);
    case Reputation:
        return value(row, FReputation).toInt();
    case Certification: {
        const QString status = value(row, FCertStatus).toString();
        if (!display)
            return status;
        return certificationText(status, value(row, FCertLevel).toString());
    }
    case CertExpires: {
        const QString t = value(row, FCertExpires).toString();
        if (!display)
            return t;
        return displayTimestamp(t, TimestampShows::Date);
    }
    case Offers:
        return value(row, FOffers).toLongLong();
    case Address:
        return value(row, FAddress);
    default:
        return {};
    }
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Provider");
    case Kind:
        return tr("Kind");
    case Jurisdiction:
        return tr("Jurisdiction");
    case Reputation:
        return tr("Reputation");
    case Certification:
        return tr("Certification");
    case CertExpires:
        return tr("Certified until");
    case Offers:
        return tr("Offers");
    case Address:
        return tr("Account");
    default:
        return {};
    }
}

QHash<int, QByteArray> ProvidersModel::roleNames() const
{
    auto r = SqlWindowModel::roleNames();
    r.insert(IdRole, "providerId");
    r.insert(SortValueRole, "sortValue");
    r.insert(AddressRole, "address");
    return r;
}

} // namespace fb
