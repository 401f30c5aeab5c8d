#include "ui/provider/providersession.h"

#include "models/providerservice.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"

namespace fb::ui {

ProviderSession::ProviderSession(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_offers(new ProviderOffersModel(this))
    , m_deals(new ProviderDealsModel(this))
{
    // The S3 secret typed for this session goes with the wallet's lock, as the files' keys do:
    // the next acceptance asks for it again.
    if (context.wallet)
        connect(context.wallet->security(), &WalletSecurity::locked, this,
                [this] { m_storage.secretKey.reset(); });
}

void ProviderSession::setProvider(const Provider &p)
{
    const bool other = p.id != m_provider.id;
    m_provider = p;
    if (other) {
        const auto secret = m_storage.secretKey;
        m_storage = StorageEndpoint::load(p.id);
        m_storage.secretKey = secret;
        m_knownPending.clear();
        m_firstLoad = true;
    }
    Q_EMIT providerChanged();
}

void ProviderSession::setStorage(const StorageEndpoint &e)
{
    m_storage = e;
    if (hasProvider())
        m_storage.save(m_provider.id);
    Q_EMIT providerChanged();
}

void ProviderSession::reload()
{
    ProviderService *svc = m_context.providers;
    if (!svc || !hasProvider() || m_pending > 0)
        return;
    m_pending = 3;
    m_error.clear();
    svc->me(this, [this](Result<AccountProfile> r) {
        if (r) {
            const auto p = r->providerOfRole(m_provider.role);
            if (p && !(*p == m_provider)) {
                m_provider = *p;
                Q_EMIT providerChanged();
            }
        } else {
            m_error = r.error().message;
        }
        finishOne();
    });
    svc->offers(m_provider.id, this, [this](Result<QList<Offer>> r) {
        if (r) {
            m_offers->setOffers(*r);
            m_deals->setOffers(*r);
        } else {
            m_error = r.error().message;
        }
        finishOne();
    });
    svc->deals(std::nullopt, this, [this](Result<QList<Deal>> r) {
        if (r) {
            QList<Deal> fresh;
            QSet<QString> pending;
            for (const Deal &d : std::as_const(*r)) {
                if (d.state != DealState::Pending)
                    continue;
                pending.insert(d.id);
                if (!m_knownPending.contains(d.id))
                    fresh.append(d);
            }
            m_knownPending = pending;
            m_deals->setDeals(*r);
            m_offers->setDeals(*r);
            if (!m_firstLoad && !fresh.isEmpty())
                Q_EMIT newPendingDeals(fresh);
            m_firstLoad = false;
        } else {
            m_error = r.error().message;
        }
        finishOne();
    });
}

void ProviderSession::finishOne()
{
    if (--m_pending > 0)
        return;
    Q_EMIT errorChanged(m_error);
    Q_EMIT loaded();
}

} // namespace fb::ui
