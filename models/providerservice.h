// ProviderService: a provider's working day on the platform node: its account and record,
// certification, its offers, the deals it is asked to accept (sealing the storage access to
// the consumer's key), their QoS, disputes, notifications and payout addresses; and the admin's
// certification decisions. Every call is typed and asynchronous (servicesupport.h); each
// successful change asks the sync engine for the node's new state at once.
//
// An offer's QoS series comes from MarketService::fetchQos (it also caches it).
#pragma once

#include "models/servicesupport.h"
#include "wire/domain.h"

#include <QObject>

namespace fb {

class ApiClient;
struct StorageAccess;
class SyncEngine;

class ProviderService : public QObject
{
    Q_OBJECT

public:
    ProviderService(ApiClient *api, SyncEngine *sync, QObject *parent = nullptr);

    bool connected() const;

    // ---- account and record ----
    // The signed-in account: roles and the provider/service records it owns.
    void me(QObject *context, Reply<AccountProfile> done);
    // Registers the signed-in account as a provider (entry.role "provider") or a service vendor
    // ("service"): name, kind, jurisdiction, contact, description. already_exists when it has one.
    void registerProvider(const Provider &entry, QObject *context, Reply<Provider> done);
    // Changes entry.id's register fields (name, kind, jurisdiction, contact, description).
    void update(const Provider &entry, QObject *context, Reply<Provider> done);
    // Asks for certification: request.certifications, regions (at least one), dataProtection
    // and documents (http(s) URLs); the record comes back "pending" and admins are notified.
    void requestCertification(const QString &providerId, const Certification &request,
                              QObject *context, Reply<Provider> done);

    // ---- offers ----
    // The provider's own offers (every one, locked or not), cheapest storage first.
    void offers(const QString &providerId, QObject *context, Reply<QList<Offer>> done);
    // Publishes offer's terms (offerTerms()); not_certified without an approved certification.
    void createOffer(const Offer &offer, QObject *context, Reply<Offer> done);
    // Publishes a copy of offer under another name (the provider's "Duplicate").
    void duplicateOffer(const Offer &offer, const QString &name, QObject *context,
                        Reply<Offer> done);
    // Changes offer.id's terms; offer_locked while a deal uses it.
    void updateOffer(const Offer &offer, QObject *context, Reply<Offer> done);
    // Withdraws an offer; offer_locked while a deal uses it.
    void deleteOffer(const QString &offerId, QObject *context, Reply<Ok> done);

    // ---- deals ----
    // The deals on the provider's offers, newest first; of one state when given.
    void deals(std::optional<DealState> state, QObject *context, Reply<QList<Deal>> done);
    // Accepts a Pending deal: the provider's store, narrowed to this deal
    // (StorageAccess::forDeal), is sealed to deal.consumer's key here (docs/API.md "Sealed access
    // plaintext"), so only the consumer can open it.
    void accept(const Deal &deal, const StorageAccess &store, QObject *context, Reply<Deal> done);
    void reject(const QString &dealId, const QString &reason, QObject *context, Reply<Deal> done);
    // Funded -> Active: the provider's storage is ready, the term starts now.
    void activate(const QString &dealId, QObject *context, Reply<Deal> done);
    // QoS of a deal's offer since the deal started, with the deal's compliance.
    void dealQos(const QString &dealId, QObject *context, Reply<QosSummary> done);
    // An offer's QoS since from (the dashboard's 24 hours, 7 days or 30 days), with up to
    // kMaxQosSamples of the window's most recent samples as the series.
    void offerQos(const QString &offerId, const QDateTime &from, QObject *context,
                  Reply<QosSummary> done);
    static constexpr int kMaxQosSamples = 5000;

    // ---- disputes, notifications, payouts ----
    // The disputes on the provider's deals, each with the response given to it.
    void disputes(QObject *context, Reply<QList<Dispute>> done);
    // Answers a dispute the consumer opened (the admins read it before deciding); a new answer
    // replaces the last while the dispute is open.
    void respondToDispute(const QString &disputeId, const QString &response, QObject *context,
                          Reply<Dispute> done);
    void notifications(QObject *context, Reply<QList<Notification>> done);
    void markRead(const QString &notificationId, QObject *context, Reply<Notification> done);
    void payoutAddresses(QObject *context, Reply<PayoutAddresses> done);
    // Sets the non-empty addresses (bad_address for a wrong format); answers all of them.
    void setPayoutAddresses(const PayoutAddresses &addresses, QObject *context,
                            Reply<PayoutAddresses> done);

    // ---- admin ----
    void approveCertification(const QString &providerId, const QString &level,
                              const QDateTime &expiresAt, QObject *context, Reply<Provider> done);
    void rejectCertification(const QString &providerId, const QString &reason, QObject *context,
                             Reply<Provider> done);

    // The body of POST/PUT /v1/offers: the terms a provider sets (no id, owner, measurements,
    // lock, demo flag or timestamps).
    static QJsonObject offerTerms(const Offer &offer);
    // base64 libsodium sealed box of access (compact JSON) to a Stellar account's key.
    static Result<QString> sealAccess(const QString &consumer, const QJsonObject &access);

private:
    std::function<void()> refresher();

    ApiClient *m_api;
    SyncEngine *m_sync;
};

} // namespace fb
