// Node: the platform node's service: the /v1 API handlers (auth, providers, offers, deals,
// payments, QoS, disputes, notifications, changes feed) over NodeDb, plus its scheduled jobs.
#pragma once

#include "server/algoledger.h"
#include "server/apiserver.h"
#include "server/btcledger.h"
#include "server/devledger.h"
#include "server/endpointpolicy.h"
#include "server/nodedb.h"
#include "server/strkledger.h"
#include "wire/domain.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace fb::node {

struct NodeConfig
{
    QString dataDir;
    QString dbUrl;                                   // empty: SQLite in dataDir
    QString name = QStringLiteral("flashback-node"); // appears in the login message
    QStringList admins;                              // G... addresses with the admin role
    int qosIntervalSec = 60;
    bool seedDemo = false;
    int seedOffers = 0;
    qint64 maxRequestBytes = 1 << 20;
    int nonceTtlSec = 300;
    int accessTtlSec = 900;
    int refreshTtlSec = 30 * 24 * 3600;
    int intentTtlSec = 3600;
    // A Pending or Accepted deal not Funded this long after its creation expires and gives its
    // reserved capacity back; its payment intents never outlive it.
    int unpaidDealTtlSec = 3600;
    // Open unpaid (Pending or Accepted) deals one account may hold at a time.
    int maxUnpaidDeals = 64;
    // Offer endpoints the QoS oracle may probe (server/endpointpolicy.h). fileEndpointRoot
    // empty: DIR/demo-storage, where the demo providers keep their data.
    bool allowPrivateEndpoints = false;
    QString fileEndpointRoot;
    // The development network's provider agent activates a Funded deal of a demo provider once
    // it has been Funded this long (the time its storage takes to be ready), on its own timer.
    int demoActivationDelaySec = 10;
    int btcBlockSeconds = 30; // development Bitcoin: one block every N seconds
    int btcConfirmations = 1; // confirmations that fund a deal paid in BTC
    qint64 btcMinFeeRate = 2; // sat/vB a payment must pay at least
};

// Who is calling: the account behind the bearer token, if any.
struct Caller
{
    QString address;
    bool admin = false;
    bool authenticated() const { return !address.isEmpty(); }
};

class Node : public QObject
{
    Q_OBJECT
public:
    Node(NodeConfig config, NodeDb db, QObject *parent = nullptr);
    ~Node() override;

    // Registers every /v1 route on server.
    void registerRoutes(ApiServer &server);
    // Seeds (when configured) and starts the schedule.
    Status start();
    const NodeConfig &config() const { return m_config; }

    // One scheduled cycle: QoS probes, activation, settlement, completion, reputation.
    void runCycle();

private:
    // auth
    ApiReply authNonce(ApiRequest &r);
    ApiReply authWeb3(ApiRequest &r);
    ApiReply authRefresh(ApiRequest &r);
    ApiReply authLogout(ApiRequest &r);
    ApiReply me(ApiRequest &r);
    Result<Caller> caller(const ApiRequest &r, bool required);
    QStringList rolesOf(const QString &address);
    Result<AuthTokens> issueTokens(const QString &address);
    Status refuseDemoAccount(const QString &address);

    // providers
    ApiReply listProviders(ApiRequest &r);
    ApiReply getProvider(ApiRequest &r);
    ApiReply createProvider(ApiRequest &r);
    ApiReply updateProvider(ApiRequest &r);
    ApiReply requestCertification(ApiRequest &r);
    ApiReply decideCertification(ApiRequest &r, bool approve);
    Result<std::optional<Provider>> loadProvider(const QString &id);
    Result<std::optional<Provider>> providerOf(const QString &address,
                                               const QString &role = QStringLiteral("provider"));
    Status saveProvider(const Provider &p);

    // offers
    ApiReply listOffers(ApiRequest &r);
    ApiReply getOffer(ApiRequest &r);
    ApiReply createOffer(ApiRequest &r);
    ApiReply updateOffer(ApiRequest &r);
    ApiReply deleteOffer(ApiRequest &r);
    ApiReply offerQos(ApiRequest &r);
    Result<std::optional<Offer>> loadOffer(const QString &id);
    Status saveOffer(const Offer &o);
    Status refreshOfferLock(const QString &offerId);

    // deals
    ApiReply quote(ApiRequest &r);
    ApiReply createDeals(ApiRequest &r);
    ApiReply listDeals(ApiRequest &r);
    ApiReply getDeal(ApiRequest &r);
    ApiReply acceptDeal(ApiRequest &r);
    ApiReply rejectDeal(ApiRequest &r);
    ApiReply activateDeal(ApiRequest &r);
    ApiReply completeDeal(ApiRequest &r);
    ApiReply cancelDeal(ApiRequest &r);
    ApiReply breachDeal(ApiRequest &r);
    ApiReply dealQos(ApiRequest &r);
    Result<Quote> buildQuote(const QJsonObject &body, QList<Offer> *offers);
    Result<std::optional<Deal>> loadDeal(const QString &id);
    // The JSON document of row id of a table keeping one (providers, offers, deals).
    Result<std::optional<QJsonObject>> loadDocument(const QString &table, const QString &id);
    // A provider's answer to a Pending deal (accept, reject): only its provider may give it;
    // decide() runs inside the write transaction on the deal, then the deal is the reply.
    ApiReply answerPendingDeal(ApiRequest &r, const QString &notProvider, const QString &notPending,
                               const std::function<Status(Deal &, const QJsonObject &)> &decide);
    // The deal if the caller may see it; not_found otherwise (no existence leak).
    Result<Deal> visibleDeal(const Caller &c, const QString &id);
    Status saveDeal(const Deal &d);
    Status acceptWithSealedAccess(Deal &d, const QString &sealedAccess);
    Status endDeal(Deal &d, DealState state, const QString &reason, bool refundFee);
    // Funded -> Active from nowMs (a renewal: from its notBefore if later), the consumer
    // notified (in the caller's transaction).
    Status startDeal(Deal &d, qint64 nowMs);
    // Where a renewal of dealId by c starts (the old deal's end, ms), or why it cannot be renewed:
    // not_found, forbidden (not its consumer), unprocessable (not running, or ended long ago).
    Result<qint64> renewalStart(const Caller &c, const QString &dealId, qint64 nowMs);
    // Ends as Expired every Pending or Accepted deal past its funding deadline (createdAt +
    // unpaidDealTtlSec), releasing its capacity, in a transaction of its own (dealexpiry.cpp).
    Status expireUnpaidDeals();
    qint64 fundingDeadlineMs(const Deal &d) const;

    // payments and escrow
    ApiReply createIntent(ApiRequest &r);
    ApiReply submitPayment(ApiRequest &r);
    ApiReply listDealPayments(ApiRequest &r);
    ApiReply listRates(ApiRequest &r);
    // development card checkout (checkout.cpp)
    ApiReply createCheckout(ApiRequest &r);
    ApiReply checkoutPage(ApiRequest &r);
    ApiReply checkoutPay(ApiRequest &r);
    Status fundDealByCard(const QString &dealId, const QString &intentId, const QString &last4,
                          Payment *payment);
    ApiReply setRate(ApiRequest &r);
    ApiReply faucet(ApiRequest &r);
    ApiReply devAccount(ApiRequest &r);
    // Plain transfers and an account's history on the development ledgers (devtransfers.cpp).
    ApiReply devTransfer(ApiRequest &r);
    // The same for ALGO, BTC and STRK: the deal-payment verifiers, then the chain's ledger.
    ApiReply devCoinTransfer(const QString &chain, const QString &envelope);
    // A Bitcoin transaction's confirmations ("confirmations", "status") for a reply or history.
    void addBitcoinStatus(QJsonObject &o, const QString &txid);
    ApiReply devHistory(ApiRequest &r);
    Status recordDevTransfer(const QString &chain, const QString &hash, const QString &kind,
                             const QString &source, const QString &destination,
                             const QString &asset, qint64 amount, qint64 fee, const QString &memo);
    Result<std::optional<PaymentIntent>> intentOfDeal(const QString &dealId);
    Status recordMovement(const Deal &d, const QString &kind, qint64 usd7, const QString &from,
                          const QString &to);
    // ALGO and BTC (coinpayments.cpp): intents, verified payments, escrow movements on the
    // chain paid, the development faucet and accounts of those chains.
    Status fillCoinIntent(PaymentIntent &intent, const Deal &d, const QJsonObject &body);
    Status payCoinIntent(const Deal &d, const PaymentIntent &intent, const QString &envelope,
                         qint64 nowMs, Payment *payment, Deal *dealOut);
    Status fundCoinDeal(Deal &d, const Payment &deposit, qint64 nowMs);
    Status promoteConfirmedDeposits(const QString &dealId = QString());
    Status moveCoin(const Deal &d, const Payment &deposit, const QString &from, const QString &to,
                    qint64 units, Payment &movement);
    QString payoutAddress(const QString &chain, const QString &account);
    ApiReply coinFaucet(ApiRequest &r, const QJsonObject &body, const QString &currency);
    ApiReply coinAccount(ApiRequest &r);
    ApiReply mineBlocks(ApiRequest &r);
    ApiReply bitcoinFeeEstimate(ApiRequest &r);
    ApiReply setPayoutAddresses(ApiRequest &r);
    ApiReply getPayoutAddresses(ApiRequest &r);
    Status settleDeal(Deal &d, qint64 nowMs, bool final);

    // QoS, reputation
    void probeOffers();
    // HEAD to an http(s) endpoint at one of its checked addresses (qos.cpp).
    void probeAddress(const Offer &offer, const QUrl &url, const QList<QHostAddress> &addresses);
    void recordSample(const Offer &o, bool ok, int latencyMs, int httpStatus, const QString &method,
                      const QString &error);
    Status updateMeasured(const QString &offerId);
    QJsonObject qosSummary(const QString &offerId, qint64 fromMs, qint64 toMs, int uptimeTargetBps,
                           int latencyTargetMs, int recent);
    Status runReputation(qint64 nowMs, bool force);
    ApiReply adminCycle(ApiRequest &r);

    // disputes, notifications, feed
    ApiReply openDispute(ApiRequest &r);
    ApiReply listDisputes(ApiRequest &r);
    ApiReply getDispute(ApiRequest &r);
    ApiReply resolveDispute(ApiRequest &r);
    ApiReply respondDispute(ApiRequest &r);
    ApiReply listNotifications(ApiRequest &r);
    ApiReply markNotificationRead(ApiRequest &r);
    ApiReply changes(ApiRequest &r);
    Status notify(const QString &recipient, const QString &kind, const QString &title,
                  const QString &body, const QString &entity, const QString &entityId);
    // The same notification to each recipient (empty ones skipped), all or nothing.
    Status notifyEach(const QStringList &recipients, const QString &kind, const QString &title,
                      const QString &body, const QString &entity, const QString &entityId);

    ApiReply info(ApiRequest &r);

    // seeding, and the demo providers' agent (seed.cpp, demoagent.cpp)
    Status seedDemo();
    Status refreshDemoNetwork();
    // Activates the demo providers' Funded deals whose storage is ready.
    Status runDemoAgent(qint64 nowMs);
    // The agent's own schedule (demoagent.cpp), apart from the cycle: a single-shot timer armed
    // for the earliest activation due. noteFundedDeal (from saveDeal) arms it when a demo
    // provider's deal turns Funded; scheduleDemoAgent re-arms it from the database (at start,
    // after each run and on every cycle, so deals funded through another node or before a
    // restart are caught up). The run takes the "demo-agent" lease: one node writes at a time.
    Status noteFundedDeal(const Deal &d);
    void scheduleDemoAgent();
    void armDemoAgent(qint64 dueMs);
    // Runs the agent under the lease, then re-arms the timer: for the next deal due, or soon
    // again when another node held the lease or the run failed.
    void runDemoAgentScheduled(qint64 nowMs);
    Status seedSyntheticOffers(int count);

    bool leaseJob(const QString &name, int seconds);

    NodeConfig m_config;
    EndpointPolicy m_endpoints;
    NodeDb m_db;
    std::unique_ptr<DevLedger> m_ledger;
    std::unique_ptr<AlgoLedger> m_algo;
    std::unique_ptr<BtcLedger> m_btc;
    std::unique_ptr<StrkLedger> m_strk;
    // Development checkout sessions by token (one-time, in memory: a restart forgets them).
    struct CheckoutSession
    {
        QString dealId, intentId, consumer;
        qint64 expiresMs = 0;
        bool used = false;
    };
    QHash<QString, CheckoutSession> m_checkouts;
    QNetworkAccessManager m_net;
    QTimer m_timer;
    QTimer m_demoTimer;
    qint64 m_demoDueMs = 0; // when m_demoTimer fires (ms since the epoch), 0 when idle
    QString m_instanceId;
};

// Helpers shared by the handler files.
QString newId(const char *prefix);
QString randomToken(int bytes);
QString sha256Hex(const QByteArray &data);
QDateTime msToTime(qint64 ms);
qint64 timeToMs(const QDateTime &t);
QByteArray compactJson(const QJsonObject &o);
Result<QJsonObject> parseJsonObject(const QString &text);

// A loaded document as T (T::fromJson), or nullopt when there was none.
template <typename T>
Result<std::optional<T>> documentAs(const Result<std::optional<QJsonObject>> &doc)
{
    if (!doc)
        return doc.error();
    if (!doc->has_value())
        return std::optional<T>();
    auto v = T::fromJson(**doc);
    if (!v)
        return v.error();
    return std::optional<T>(*v);
}

} // namespace fb::node
