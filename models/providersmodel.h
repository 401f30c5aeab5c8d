// ProvidersModel: the providers in the cache, filtered and sorted in SQL, loaded in windows
// (SqlWindowModel). The Offers column counts each provider's cached offers (index-backed).
#pragma once

#include "models/sqlwindowmodel.h"

#include <QDateTime>

#include <optional>

namespace fb {

struct ProviderFilter
{
    QString text;               // name, address or jurisdiction contains (case-insensitive)
    QString kind;               // cloud | depin
    QString role;               // provider | service
    QString jurisdiction;       // exact ("DE", "EU", ...)
    QString certification;      // holds this certification ("ISO 27001")
    bool certifiedOnly = false; // certification approved and unexpired
    std::optional<int> minReputation;
    bool hideDemo = false;
    bool operator==(const ProviderFilter &) const = default;
};

class ProvidersModel : public SqlWindowModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Kind,
        Jurisdiction,
        Reputation,
        Certification,
        CertExpires,
        Offers,
        Address,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortValueRole, AddressRole };

    explicit ProvidersModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const ProviderFilter &f);
    ProviderFilter filter() const { return m_filter; }

    // A provider record's certification as the tables show it: "Certified (standard)" (with
    // "until <date>" when expires is given), "Pending", "Rejected" or "Not certified". Shared by
    // every model over the providers table (providers, service vendors).
    static QString certificationText(const QString &status, const QString &level,
                                     const QString &expiresIso = {});
    // Approved and not expired at now (cert_status, cert_expires as the cache keeps them).
    static bool isCertified(const QString &status, const QString &expiresIso, const QDateTime &now);
    // The same test as a WHERE condition on the providers table; appends its bind value.
    static QString certifiedCondition(QVariantList *binds);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString selectSql() const override;
    QString whereSql(QVariantList *binds) const override;
    QString sortExpression(int column) const override;

private:
    friend class ServiceVendorsModel; // reads the same cache
    ProviderFilter m_filter;
};

} // namespace fb
