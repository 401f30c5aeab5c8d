#include "models/providerservice.h"

#include "models/storageaccess.h"

#include "models/apiclient.h"
#include "models/syncengine.h"
#include "wallet/strkey.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <sodium.h>

namespace fb {

namespace {
QString idPath(const char *collection, const QString &id, const char *tail = "")
{
    return QLatin1String(collection) + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
           QLatin1String(tail);
}
} // namespace

ProviderService::ProviderService(ApiClient *api, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sync(sync)
{}

bool ProviderService::connected() const
{
    return m_api && !m_api->baseUrl().isEmpty();
}

std::function<void()> ProviderService::refresher()
{
    QPointer<SyncEngine> sync(m_sync);
    return [sync] {
        if (sync)
            sync->syncNow();
    };
}

// ---- account and record -----------------------------------------------------------------------

void ProviderService::me(QObject *context, Reply<AccountProfile> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->get(QStringLiteral("/v1/me"), {},
               typedReply<AccountProfile>(reply, tr("Reading your account")));
}

void ProviderService::registerProvider(const Provider &entry, QObject *context,
                                       Reply<Provider> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QJsonObject body{{QStringLiteral("role"), entry.role},
                     {QStringLiteral("name"), entry.name},
                     {QStringLiteral("kind"), entry.kind},
                     {QStringLiteral("jurisdiction"), entry.jurisdiction},
                     {QStringLiteral("contact"), entry.contact},
                     {QStringLiteral("description"), entry.description}};
    m_api->post(QStringLiteral("/v1/providers"), body,
                typedReply<Provider>(reply, tr("The platform did not register you"), refresher()));
}

void ProviderService::update(const Provider &entry, QObject *context, Reply<Provider> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QJsonObject body{{QStringLiteral("name"), entry.name},
                     {QStringLiteral("kind"), entry.kind},
                     {QStringLiteral("jurisdiction"), entry.jurisdiction},
                     {QStringLiteral("contact"), entry.contact},
                     {QStringLiteral("description"), entry.description}};
    m_api->put(idPath("/v1/providers/", entry.id), body,
               typedReply<Provider>(reply, tr("The platform did not save your provider record"),
                                    refresher()));
}

void ProviderService::requestCertification(const QString &providerId, const Certification &request,
                                           QObject *context, Reply<Provider> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QJsonObject body{
        {QStringLiteral("certifications"), QJsonArray::fromStringList(request.certifications)},
        {QStringLiteral("regions"), QJsonArray::fromStringList(request.regions)},
        {QStringLiteral("dataProtection"), request.dataProtection},
        {QStringLiteral("documents"), QJsonArray::fromStringList(request.documents)}};
    m_api->post(idPath("/v1/providers/", providerId, "/certification"), body,
                typedReply<Provider>(reply,
                                     tr("The platform did not take the certification "
                                        "request"),
                                     refresher()));
}

// ---- offers -----------------------------------------------------------------------------------

QJsonObject ProviderService::offerTerms(const Offer &offer)
{
    QJsonObject o = offer.toJson();
    for (const char *key : {"id", "providerId", "measuredUptimeBps", "measuredLatencyMs",
                            "freeBytes", "locked", "demo", "createdAt", "updatedAt"})
        o.remove(QLatin1String(key));
    return o;
}

void ProviderService::offers(const QString &providerId, QObject *context, Reply<QList<Offer>> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("providerId"), providerId);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    m_api->get(QStringLiteral("/v1/offers"), q,
               typedListReply<Offer>(reply, tr("Reading your offers")));
}

void ProviderService::createOffer(const Offer &offer, QObject *context, Reply<Offer> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->post(
        QStringLiteral("/v1/offers"), offerTerms(offer),
        typedReply<Offer>(reply, tr("The platform did not publish the offer"), refresher()));
}

void ProviderService::duplicateOffer(const Offer &offer, const QString &name, QObject *context,
                                     Reply<Offer> done)
{
    Offer copy = offer;
    copy.name = name;
    createOffer(copy, context, std::move(done));
}

void ProviderService::updateOffer(const Offer &offer, QObject *context, Reply<Offer> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->put(idPath("/v1/offers/", offer.id), offerTerms(offer),
               typedReply<Offer>(reply, tr("The platform did not change the offer"), refresher()));
}

void ProviderService::deleteOffer(const QString &offerId, QObject *context, Reply<Ok> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    auto refresh = refresher();
    m_api->del(idPath("/v1/offers/", offerId), [reply, refresh](const ApiResponse &r) {
        if (!r.ok()) {
            reply(platformError(r, tr("The platform did not withdraw the offer")));
            return;
        }
        refresh();
        reply(Ok{});
    });
}

// ---- deals ------------------------------------------------------------------------------------

void ProviderService::deals(std::optional<DealState> state, QObject *context,
                            Reply<QList<Deal>> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("role"), QStringLiteral("provider"));
    if (state)
        q.addQueryItem(QStringLiteral("state"), dealStateName(*state));
    m_api->get(QStringLiteral("/v1/deals"), q,
               typedListReply<Deal>(reply, tr("Reading the deals on your offers")));
}

Result<QString> ProviderService::sealAccess(const QString &consumer, const QJsonObject &access)
{
    auto key = strkey::decodeAccountId(consumer);
    if (!key || key->size() != crypto_sign_PUBLICKEYBYTES)
        return Error{QStringLiteral("bad_address"),
                     tr("The consumer's account %1 is not a Stellar account key.").arg(consumer)};
    if (sodium_init() < 0)
        return Error{QStringLiteral("crypto"), tr("The sealing library did not start.")};
    unsigned char curve[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(
            curve, reinterpret_cast<const unsigned char *>(key->constData())) != 0)
        return Error{QStringLiteral("bad_address"),
                     tr("The consumer's account %1 cannot receive sealed access.").arg(consumer)};
    const QByteArray plain = QJsonDocument(access).toJson(QJsonDocument::Compact);
    QByteArray box(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()),
                        reinterpret_cast<const unsigned char *>(plain.constData()),
                        quint64(plain.size()), curve) != 0)
        return Error{QStringLiteral("crypto"), tr("Sealing the storage access failed.")};
    return QString::fromLatin1(box.toBase64());
}

void ProviderService::accept(const Deal &deal, const StorageAccess &store, QObject *context,
                             Reply<Deal> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    if (!store.isValid())
        return reply(Error{QStringLiteral("bad_request"),
                           tr("Set up your storage endpoint before accepting deals.")});
    auto sealed = sealAccess(deal.consumer, store.forDeal(deal.id).toJson());
    if (!sealed)
        return reply(sealed.error());
    m_api->post(idPath("/v1/deals/", deal.id, "/accept"),
                {{QStringLiteral("sealedAccess"), *sealed}},
                typedReply<Deal>(reply, tr("The platform did not accept the deal"), refresher()));
}

void ProviderService::reject(const QString &dealId, const QString &reason, QObject *context,
                             Reply<Deal> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->post(idPath("/v1/deals/", dealId, "/reject"), {{QStringLiteral("reason"), reason}},
                typedReply<Deal>(reply, tr("The platform did not reject the deal"), refresher()));
}

void ProviderService::activate(const QString &dealId, QObject *context, Reply<Deal> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->post(idPath("/v1/deals/", dealId, "/activate"), QJsonObject(),
                typedReply<Deal>(reply, tr("The platform did not activate the deal"), refresher()));
}

void ProviderService::dealQos(const QString &dealId, QObject *context, Reply<QosSummary> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->get(idPath("/v1/deals/", dealId, "/qos"), {},
               typedReply<QosSummary>(reply, tr("Reading the deal's service quality")));
}

void ProviderService::offerQos(const QString &offerId, const QDateTime &from, QObject *context,
                               Reply<QosSummary> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QUrlQuery q;
    if (from.isValid())
        q.addQueryItem(QStringLiteral("from"), timestampToJson(from));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kMaxQosSamples));
    m_api->get(idPath("/v1/offers/", offerId, "/qos"), q,
               typedReply<QosSummary>(reply, tr("Reading the offer's service quality")));
}

// ---- disputes, notifications, payouts ---------------------------------------------------------

void ProviderService::disputes(QObject *context, Reply<QList<Dispute>> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->get(QStringLiteral("/v1/disputes"), {},
               typedListReply<Dispute>(reply, tr("Reading your disputes")));
}

void ProviderService::respondToDispute(const QString &disputeId, const QString &response,
                                       QObject *context, Reply<Dispute> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->post(
        idPath("/v1/disputes/", disputeId, "/respond"), {{QStringLiteral("response"), response}},
        typedReply<Dispute>(reply, tr("The platform did not take your response"), refresher()));
}

void ProviderService::notifications(QObject *context, Reply<QList<Notification>> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->get(QStringLiteral("/v1/notifications"), {},
               typedListReply<Notification>(reply, tr("Reading your notifications")));
}

void ProviderService::markRead(const QString &notificationId, QObject *context,
                               Reply<Notification> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->post(idPath("/v1/notifications/", notificationId, "/read"), QJsonObject(),
                typedReply<Notification>(reply, tr("The notification was not marked as read"),
                                         refresher()));
}

void ProviderService::payoutAddresses(QObject *context, Reply<PayoutAddresses> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->get(QStringLiteral("/v1/me/payout-addresses"), {},
               typedReply<PayoutAddresses>(reply, tr("Reading your payout addresses")));
}

void ProviderService::setPayoutAddresses(const PayoutAddresses &addresses, QObject *context,
                                         Reply<PayoutAddresses> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QJsonObject body;
    if (!addresses.algorand.isEmpty())
        body.insert(QStringLiteral("algorand"), addresses.algorand);
    if (!addresses.bitcoin.isEmpty())
        body.insert(QStringLiteral("bitcoin"), addresses.bitcoin);
    m_api->put(QStringLiteral("/v1/me/payout-addresses"), body,
               typedReply<PayoutAddresses>(reply, tr("The payout addresses were not saved")));
}

// ---- admin ------------------------------------------------------------------------------------

void ProviderService::approveCertification(const QString &providerId, const QString &level,
                                           const QDateTime &expiresAt, QObject *context,
                                           Reply<Provider> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->post(idPath("/v1/providers/", providerId, "/certification/approve"),
                {{QStringLiteral("level"), level},
                 {QStringLiteral("expiresAt"), timestampToJson(expiresAt)}},
                typedReply<Provider>(reply, tr("The certification was not approved"), refresher()));
}

void ProviderService::rejectCertification(const QString &providerId, const QString &reason,
                                          QObject *context, Reply<Provider> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->post(idPath("/v1/providers/", providerId, "/certification/reject"),
                {{QStringLiteral("reason"), reason}},
                typedReply<Provider>(reply, tr("The certification was not rejected"), refresher()));
}

} // namespace fb
