// ServiceVendorsModel: the service vendors in the cache (providers with role "service": certified
// consumers selling auxiliary services such as migration, analytics or compliance tools), for the
// marketplace's Services tab. Name, what they offer (the register description), jurisdiction,
// contact, certification and reputation; searchable, certified first by reputation.
#pragma once

#include "models/sqlwindowmodel.h"

namespace fb {

class ProvidersModel;

class ServiceVendorsModel : public SqlWindowModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Description,
        Jurisdiction,
        Contact,
        Certification,
        Reputation,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortValueRole, AddressRole, CertifiedRole };

    explicit ServiceVendorsModel(QSqlDatabase db, QObject *parent = nullptr);
    // Over the cache a providers model reads (MarketService::createProvidersModel()).
    explicit ServiceVendorsModel(const ProvidersModel &sameCache, QObject *parent = nullptr);

    // Name, description, jurisdiction or account contains text (case-insensitive).
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Only vendors with an approved, unexpired certification.
    void setCertifiedOnly(bool on);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

protected:
    QString selectSql() const override;
    QString whereSql(QVariantList *binds) const override;
    QString sortExpression(int column) const override;

private:
    QString m_search;
    bool m_certifiedOnly = false;
};

} // namespace fb
