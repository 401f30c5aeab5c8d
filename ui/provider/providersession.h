// ProviderSession: what every tab of the provider panel shares: the provider's record, its
// storage endpoint, and the item models of its offers and deals, reloaded from ProviderService
// whenever the sync engine brings news (or a tab changed something). It notices deals that
// arrive awaiting an answer (newPendingDeals) so the page can tell the user.
#pragma once

#include "models/providerdealsmodel.h"
#include "models/provideroffersmodel.h"
#include "ui/appcontext.h"
#include "ui/provider/storageendpoint.h"

#include <QObject>
#include <QSet>

namespace fb::ui {

class ProviderSession : public QObject
{
    Q_OBJECT
public:
    ProviderSession(AppContext &context, QObject *parent = nullptr);

    AppContext &context() const { return m_context; }
    bool hasProvider() const { return !m_provider.id.isEmpty(); }
    const Provider &provider() const { return m_provider; }
    void setProvider(const Provider &p);
    StorageEndpoint &storage() { return m_storage; }
    void setStorage(const StorageEndpoint &e);

    ProviderOffersModel *offers() const { return m_offers; }
    ProviderDealsModel *deals() const { return m_deals; }
    // Reloads the record (me), offers and deals; loaded() when all three answered.
    void reload();
    bool loading() const { return m_pending > 0; }
    QString lastError() const { return m_error; }

Q_SIGNALS:
    // The record or its storage endpoint changed.
    void providerChanged();
    void loaded();
    // Deals awaiting an answer that were not there at the previous load (not on the first one).
    void newPendingDeals(const QList<fb::Deal> &deals);
    void errorChanged(const QString &message);

private:
    void finishOne();
    AppContext &m_context;
    Provider m_provider;
    StorageEndpoint m_storage;
    ProviderOffersModel *m_offers;
    ProviderDealsModel *m_deals;
    QSet<QString> m_knownPending;
    bool m_firstLoad = true;
    int m_pending = 0;
    QString m_error;
};

} // namespace fb::ui
