// Domain: the wire and domain value types shared by flashback-node and the app (providers,
// offers, deals, payments, QoS, disputes, notifications, changes). No QObject; JSON both ways.
#pragma once

#include "wallet/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

// Wire conventions (docs/API.md "Conventions"):
// - integers are JSON numbers without fraction (exact up to 2^53); money is integer units;
// - timestamps are ISO 8601 UTC strings with milliseconds ("2026-11-25T05:22:08.123Z"),
//   an absent/empty timestamp is an invalid QDateTime;
// - fromJson() refuses a missing required field or a field of the wrong type with an Error
//   whose code is "bad_json" and whose message names the field.

// Currencies and their smallest units. "USD" amounts are USD x 10^7 (the platform's unit).
namespace currency {
inline const QString USD = QStringLiteral("USD");   // units: USD x 10^7
inline const QString XLM = QStringLiteral("XLM");   // units: stroops (10^-7 XLM)
inline const QString ALGO = QStringLiteral("ALGO"); // units: microalgos (10^-6 ALGO)
inline const QString BTC = QStringLiteral("BTC");   // units: satoshis (10^-8 BTC)
// units: nano-STRK (10^-9 STRK); on the chain one unit is 10^9 fri
inline const QString STRK = QStringLiteral("STRK");
} // namespace currency
// Decimal places of a currency's unit (7 for USD and XLM, 6 ALGO, 8 BTC, 9 STRK); -1 when
// unknown.
int currencyDecimals(const QString &currency);
QStringList knownCurrencies();

struct Amount
{
    qint64 units = 0;
    QString currency = fb::currency::USD; // one of knownCurrencies()

    // "12.3400000 XLM": exact decimal from the integer units.
    QString toDecimalString() const;
    QJsonObject toJson() const;
    static Result<Amount> fromJson(const QJsonObject &o);
    bool operator==(const Amount &) const = default;
};

struct Certification
{
    QString status = QStringLiteral("none"); // none | pending | approved | rejected
    QString level;                           // set by the admin on approval ("standard", ...)
    QDateTime expiresAt;                     // approval expiry
    QStringList certifications;              // "ISO 27001", "SOC 2", ...
    QStringList regions;                     // regions the data may live in
    QString dataProtection;                  // data-protection statement
    QStringList documents;                   // URLs of supporting documents
    QString reason;                          // rejection reason
    QDateTime requestedAt;
    QDateTime decidedAt;

    bool isApproved(const QDateTime &now) const;
    QJsonObject toJson() const;
    static Result<Certification> fromJson(const QJsonObject &o);
    bool operator==(const Certification &) const = default;
};

// A registered party selling storage ("provider") or auxiliary services to consumers
// ("service": migration, analytics, compliance tools). Both follow the certification path.
struct Provider
{
    QString id;
    QString address;                           // Stellar account G...
    QString role = QStringLiteral("provider"); // provider | service
    QString name;
    QString kind = QStringLiteral("cloud"); // cloud | depin
    QString jurisdiction;                   // ISO country or legal area ("DE", "EU", "US-CA")
    QString contact;
    QString description;
    int reputation = 50; // 0..100
    Certification certification;
    bool demo = false; // seeded development-network provider
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Provider> fromJson(const QJsonObject &o);
    bool operator==(const Provider &) const = default;
};

struct OfferFeatures
{
    bool versioning = false;
    bool encryptionAtRest = false;
    bool objectLock = false;

    QJsonObject toJson() const;
    static Result<OfferFeatures> fromJson(const QJsonObject &o);
    bool operator==(const OfferFeatures &) const = default;
};

// A marketplace offer (the platform's "bucket").
struct Offer
{
    QString id;
    QString providerId;
    QString name;
    QString region;        // "us-east-1", "eu-central", ...
    QString country;       // ISO 3166-1 alpha-2
    QStringList protocols; // s3 | gcs | azure-blob | local
    qint64 priceStoragePerGbMonthUsd7 = 0;
    qint64 priceEgressPerGbUsd7 = 0;
    QString qosTier = QStringLiteral("silver"); // bronze | silver | gold | platinum
    int uptimeTargetBps = 9990;                 // 9990 = 99.90 %
    int latencyTargetMs = 200;
    int measuredUptimeBps = -1; // -1 = not measured yet
    int measuredLatencyMs = -1; // -1 = not measured yet
    qint64 capacityBytes = 0;
    qint64 freeBytes = 0;
    QStringList currencies; // accepted payment currencies
    int minDurationDays = 1;
    int maxDurationDays = 365;
    OfferFeatures features;
    QString endpoint;    // http(s)://... for s3, file:///abs/dir for local
    bool locked = false; // true while an SLA uses it
    bool demo = false;   // seeded development-network or synthetic offer
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Offer> fromJson(const QJsonObject &o);
    bool operator==(const Offer &) const = default;
};

enum class DealState {
    Pending,
    Accepted,
    Funded,
    Active,
    Completed,
    Rejected,
    Cancelled,
    BreachedProvider,
    BreachedConsumer,
    Expired, // not Funded by its funding deadline; its reservation was released
};
QString dealStateName(DealState s);
std::optional<DealState> dealStateFromName(const QString &name);
bool isTerminal(DealState s);

// One provider's part of an SLA. The deals of one multi-provider SLA share slaId; each holds
// one shard (shardIndex of shardCount, any k of which rebuild the data).
struct Deal
{
    QString id;
    QString slaId;
    QString consumer; // Stellar account G...
    QString providerId;
    QString providerAddress; // Stellar account of the provider
    QString offerId;
    DealState state = DealState::Pending;
    QString protocol;       // chosen from the offer's protocols
    qint64 sizeBytes = 0;   // bytes stored with this provider (the shard size)
    qint64 egressBytes = 0; // egress allowance with this provider over the term
    int durationDays = 0;
    int shardIndex = 0;
    int shardCount = 1;
    int k = 1;                             // shards needed to rebuild
    qint64 priceStoragePerGbMonthUsd7 = 0; // prices agreed at creation
    qint64 priceEgressPerGbUsd7 = 0;
    Amount storageCost;     // USD
    Amount egressCost;      // USD
    Amount subtotal;        // storage + egress: what the provider earns at full QoS
    Amount fee;             // platform fee (2 % of subtotal)
    Amount total;           // subtotal + fee: what the consumer pays
    Amount released;        // escrow released to the provider so far (USD)
    Amount refunded;        // escrow returned to the consumer (USD)
    Amount slashed;         // withheld from the provider for QoS failures (USD)
    int complianceBps = -1; // share of QoS samples meeting targets, -1 = none yet
    QString reason;         // rejection / cancellation / breach reason
    QString sealedAccess;   // base64 libsodium sealed box to the consumer; opaque to the node
    QDateTime startAt;      // set on activation
    QDateTime endAt;
    // A renewal (POST /v1/deals with renewalOf): the deal it follows, and the earliest start of
    // its term, that deal's end. Activation starts the term at max(activation, notBefore), so a
    // renewal paid early is Active with a start still to come. Empty / invalid otherwise.
    QString renewalOf;
    QDateTime notBefore;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Deal> fromJson(const QJsonObject &o);
    bool operator==(const Deal &) const = default;
};

struct QuoteLine
{
    QString offerId;
    QString providerId;
    int shardIndex = 0;
    qint64 shardBytes = 0;
    qint64 egressBytes = 0;
    qint64 priceStoragePerGbMonthUsd7 = 0;
    qint64 priceEgressPerGbUsd7 = 0;
    Amount storageCost;
    Amount egressCost;
    Amount subtotal;
    Amount fee;

    QJsonObject toJson() const;
    static Result<QuoteLine> fromJson(const QJsonObject &o);
    bool operator==(const QuoteLine &) const = default;
};

// The cost of an SLA over several offers, fee itemised. All amounts in USD.
struct Quote
{
    qint64 sizeBytes = 0;
    qint64 egressBytes = 0;
    int durationDays = 0;
    int shardCount = 1;
    int k = 1;
    QList<QuoteLine> lines;
    Amount storageCost;
    Amount egressCost;
    Amount subtotal;
    int feeBps = 200; // 2 %
    Amount fee;
    Amount total;

    QJsonObject toJson() const;
    static Result<Quote> fromJson(const QJsonObject &o);
    bool operator==(const Quote &) const = default;
};

// What a wallet needs to build an Algorand payment for an intent (chain "algorand"): the
// network's genesis, the validity window the node accepts and its minimum fee.
struct AlgorandIntentTerms
{
    QString genesisId;
    QByteArray genesisHash; // 32 bytes (base64 on the wire)
    quint64 firstValid = 0; // suggested window; the node checks its current round against it
    quint64 lastValid = 0;
    quint64 minFee = 0; // microalgos
    quint64 round = 0;  // the network's round when the intent was made

    QJsonObject toJson() const;
    static Result<AlgorandIntentTerms> fromJson(const QJsonObject &o);
    bool operator==(const AlgorandIntentTerms &) const = default;
};

// What a wallet needs to build a Bitcoin payment for an intent (chain "bitcoin"): the escrow's
// output script, the minimum fee rate and how many confirmations fund the deal.
struct BitcoinIntentTerms
{
    QString network;               // address format: "testnet" (tb1...) on the dev network
    QByteArray escrowScript;       // scriptPubKey of the escrow output (hex on the wire)
    qint64 feeRateSatPerVbyte = 0; // minimum fee rate
    int confirmationsRequired = 1; // the deal is Funded after this many
    qint64 tipHeight = 0;          // the chain's height when the intent was made

    QJsonObject toJson() const;
    static Result<BitcoinIntentTerms> fromJson(const QJsonObject &o);
    bool operator==(const BitcoinIntentTerms &) const = default;
};

// What a wallet needs to build a STRK payment for an intent (chain "starknet"): an INVOKE v3
// transfer on the STRK contract to the intent's own deposit address (escrowAddress: a Starknet
// transfer carries no memo), for amount x friPerUnit fri, signed for chainId.
struct StarknetIntentTerms
{
    QString chainId;       // the chain id's short string ("SN_FLASHBACK_DEV")
    QString token;         // the STRK contract address (0x + 64 hex digits)
    qint64 friPerUnit = 0; // fri per platform unit (10^9)
    qint64 nonce = -1;     // the paying account's nonce when known, else -1

    QJsonObject toJson() const;
    static Result<StarknetIntentTerms> fromJson(const QJsonObject &o);
    bool operator==(const StarknetIntentTerms &) const = default;
};

// What the consumer must pay for one deal, in the currency it chose.
struct PaymentIntent
{
    QString id;
    QString dealId;
    QString consumer;
    QString chain = QStringLiteral("stellar");
    QString network;            // "dev" (local development ledger), "testnet", "public"
    QString networkPassphrase;  // the chain's network id text
    QString escrowAddress;      // destination
    Amount amount;              // in the chosen currency
    Amount amountUsd;           // the deal's total in USD
    qint64 rateUsd7PerCoin = 0; // recorded exchange rate: USD x 10^7 per whole coin
    QString rateSource;
    // How the memo travels: "text" (Stellar memo), "note" (Algorand note field, UTF-8 bytes),
    // "op_return" (Bitcoin: an OP_RETURN output carrying the memo's UTF-8 bytes), "address"
    // (Starknet: the memo names the intent's own deposit address, escrowAddress).
    QString memoType = QStringLiteral("text");
    QString memo;                            // binds the payment to the deal
    QString status = QStringLiteral("open"); // open | paid | expired
    QString refundAddress; // ALGO/BTC: where refunds go; empty = the address that paid
    std::optional<AlgorandIntentTerms> algorand; // set when chain is "algorand"
    std::optional<BitcoinIntentTerms> bitcoin;   // set when chain is "bitcoin"
    std::optional<StarknetIntentTerms> starknet; // set when chain is "starknet"
    QDateTime expiresAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<PaymentIntent> fromJson(const QJsonObject &o);
    bool operator==(const PaymentIntent &) const = default;
};

// An escrow ledger entry: a verified deposit, or a release/refund/slash/fee movement.
struct Payment
{
    QString id;
    QString dealId;
    QString intentId;
    QString consumer;
    QString providerId;
    QString kind; // deposit | release | refund | slash | fee
    QString chain;
    QString network;
    QString txHash; // hex, deposits only
    QString from;
    QString to;
    Amount amount;    // in the currency moved
    Amount amountUsd; // USD value at the intent's rate
    QString memo;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Payment> fromJson(const QJsonObject &o);
    bool operator==(const Payment &) const = default;
};

// One probe of an offer's endpoint by the QoS oracle.
struct QosSample
{
    QString id;
    QString offerId;
    QString providerId;
    QDateTime at;
    bool ok = false;
    int latencyMs = -1;
    int httpStatus = 0;
    QString method; // HEAD | GET | dir
    QString error;

    QJsonObject toJson() const;
    static Result<QosSample> fromJson(const QJsonObject &o);
    bool operator==(const QosSample &) const = default;
};

struct Dispute
{
    QString id;
    QString dealId;
    QString consumer;
    QString providerId;
    QString openedBy;     // address of the opener
    QString openedByRole; // consumer | provider
    QString reason;
    QString state = QStringLiteral("open"); // open | resolved
    QString resolution;                     // refund | slash | dismiss
    QString resolutionNote;
    QString resolvedBy;
    QJsonObject evidence; // QoS evidence attached by the node
    // The answer of the party it was opened against (POST /v1/disputes/{id}/respond): one,
    // replaceable while the dispute is open; empty until then.
    QString response;
    QString respondedBy; // address of the party who answered
    QDateTime respondedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;

    bool answered() const { return !response.isEmpty(); }

    QJsonObject toJson() const;
    static Result<Dispute> fromJson(const QJsonObject &o);
    bool operator==(const Dispute &) const = default;
};

struct Notification
{
    QString id;
    QString recipient; // address
    QString kind;      // "deal.created", "deal.accepted", "dispute.resolved", ...
    QString title;
    QString body;
    QString entity; // entity the notification is about ("deal", "dispute", "provider")
    QString entityId;
    bool read = false;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Notification> fromJson(const QJsonObject &o);
    bool operator==(const Notification &) const = default;
};

// One entry of the changes feed (GET /v1/changes).
struct Change
{
    qint64 seq = 0;
    QString entity; // provider | offer | deal | payment | qos | dispute | notification
    QString id;
    QString op = QStringLiteral("upsert"); // upsert | delete
    QJsonObject data;                      // the entity's JSON (empty for delete)

    QJsonObject toJson() const;
    static Result<Change> fromJson(const QJsonObject &o);
    bool operator==(const Change &) const = default;
};

struct ChangesPage
{
    QList<Change> changes;
    qint64 next = 0;
    bool hasMore = false;

    QJsonObject toJson() const;
    static Result<ChangesPage> fromJson(const QJsonObject &o);
};

// Login challenge and tokens (GET /v1/auth/nonce, POST /v1/auth/web3).
struct AuthNonce
{
    QString nonce;
    QString message; // exact UTF-8 text to sign
    QDateTime expiresAt;

    QJsonObject toJson() const;
    static Result<AuthNonce> fromJson(const QJsonObject &o);
};

struct AuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;        // access token expiry
    QDateTime refreshExpiresAt; // refresh token expiry
    QString address;
    QStringList roles; // consumer | provider | admin

    QJsonObject toJson() const;
    static Result<AuthTokens> fromJson(const QJsonObject &o);
};

// The signed-in account as the node sees it (GET /v1/me): its roles ("consumer", "provider",
// "service", "admin") and the provider or service records it owns.
struct AccountProfile
{
    QString address;
    QStringList roles;
    QList<Provider> providers;

    bool hasRole(const QString &role) const { return roles.contains(role); }
    // The record of this role ("provider" or "service"), if the account has one.
    std::optional<Provider> providerOfRole(const QString &role = QStringLiteral("provider")) const;
    QJsonObject toJson() const;
    static Result<AccountProfile> fromJson(const QJsonObject &o);
    bool operator==(const AccountProfile &) const = default;
};

// The QoS oracle's summary over a window (GET /v1/offers/{id}/qos, GET /v1/deals/{id}/qos):
// counts, measured uptime and latency against the offer's targets, and the newest samples
// (oldest first, for charts). -1 in a measured field = no sample in the window.
struct QosSummary
{
    QString offerId;
    QString dealId; // set for a deal's summary
    QDateTime from;
    QDateTime to;
    qint64 samples = 0;
    qint64 okSamples = 0;
    int uptimeBps = -1;
    int avgLatencyMs = -1;
    int complianceBps = -1; // a deal's: its own compliance since the start
    int uptimeTargetBps = 0;
    int latencyTargetMs = 0;
    bool meetsTargets = true;
    QList<QosSample> series;

    QJsonObject toJson() const;
    static Result<QosSummary> fromJson(const QJsonObject &o);
    bool operator==(const QosSummary &) const = default;
};

// Where ALGO and BTC releases to an account go (GET/PUT /v1/me/payout-addresses); an empty
// address is not set (BTC has no default).
struct PayoutAddresses
{
    QString algorand;
    QString bitcoin;
    QString starknet;

    QJsonObject toJson() const;
    static Result<PayoutAddresses> fromJson(const QJsonObject &o);
    bool operator==(const PayoutAddresses &) const = default;
};

// A deal's escrow movements and its current intent (GET /v1/deals/{id}/payments).
struct DealPayments
{
    QList<Payment> items; // oldest first
    std::optional<PaymentIntent> intent;

    QJsonObject toJson() const;
    static Result<DealPayments> fromJson(const QJsonObject &o);
    bool operator==(const DealPayments &) const = default;
};

// What a submitted payment did (POST /v1/deals/{id}/payments): the deposit and the deal after
// it (Funded at once for XLM, USD and ALGO; a BTC deal stays Accepted until its confirmations).
struct PaymentReceipt
{
    Payment payment;
    Deal deal;

    QJsonObject toJson() const;
    static Result<PaymentReceipt> fromJson(const QJsonObject &o);
    bool operator==(const PaymentReceipt &) const = default;
};

// An unspent output of a development Bitcoin account (GET /v1/dev/accounts/{tb1...}).
struct LedgerUtxo
{
    QString txid;
    quint32 vout = 0;
    qint64 amount = 0; // satoshis
    QByteArray script; // scriptPubKey (hex on the wire)
    qint64 height = 0;
    qint64 confirmations = 0;
    QByteArray tx; // the raw creating transaction (hex on the wire), for NON_WITNESS_UTXO

    QJsonObject toJson() const;
    static Result<LedgerUtxo> fromJson(const QJsonObject &o);
    bool operator==(const LedgerUtxo &) const = default;
};

// An account on one of the node's development ledgers (GET /v1/dev/accounts/{address}), by
// chain: Stellar ("stellar": sequence, balances "XLM" and "USD:<issuer>"), Algorand
// ("algorand": genesis, round, minimum fee, balance "ALGO") or Bitcoin ("bitcoin": height,
// unspent outputs, balance "BTC").
struct LedgerAccount
{
    QString chain;
    QString network;
    QString address;
    bool developmentNetwork = false;
    QHash<QString, qint64> balances; // asset -> smallest units
    // stellar
    qint64 sequence = 0; // the account's last sequence number
    // algorand
    QString genesisId;
    QByteArray genesisHash; // 32 bytes (base64 on the wire)
    quint64 round = 0;
    quint64 minFee = 0;
    // bitcoin
    QString addressNetwork; // "testnet": tb1... addresses
    qint64 height = 0;      // the chain's tip
    QList<LedgerUtxo> utxos;
    // starknet
    QString chainId;       // short string ("SN_FLASHBACK_DEV")
    bool deployed = false; // the account contract exists (deployed by the first faucet call)
    QString publicKey;     // 0x hex of the Stark key the account checks, when deployed
    qint64 nonce = 0;

    qint64 balance(const QString &asset) const { return balances.value(asset); }
    QJsonObject toJson() const;
    static Result<LedgerAccount> fromJson(const QJsonObject &o);
    bool operator==(const LedgerAccount &) const = default;
};

// The uniform error body {"error":{"code","message"}}; fromJson reads one from a reply.
std::optional<Error> errorFromJson(const QJsonObject &o); // nullopt: not an error body
QJsonObject errorToJson(const Error &e);

// Timestamps on the wire.
QString timestampToJson(const QDateTime &t);
std::optional<QDateTime> timestampFromJson(const QString &s);

} // namespace fb
