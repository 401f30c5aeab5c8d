// The offline signer's work on one unsigned payload, apart from any window or command line:
// recognise the chain from the bytes alone, decode, list who must sign, judge the validity
// window against the clock, sign with the keystore's keys and write the result back in the
// form it came in. The signer window uses it; the CLI's tx commands can move onto it.
//
// Inputs it reads (whitespace around text is ignored):
//   Stellar   base64 TransactionEnvelope XDR (or its raw bytes)
//   Algorand  goal's msgpack transaction file ({"txn": …} objects, concatenated), raw or base64
//   Bitcoin   PSBT, binary, base64 or hex
//   Starknet  an INVOKE v3 transaction as JSON (starknettx.h's file form), or its base64
//   any       a signing request: a JSON object {"format": "flashback-signing-request",
//             "version": 1, "chain", "network", "payload" (base64 of one of the above),
//             "round" (Algorand: the last round the exporter saw), "made_at" (ISO 8601 UTC),
//             "summary" (text the exporter wants shown beside the review), "terms" (the
//             storage agreement the payment funds: SlaTerms below; docs/WALLET.md)}
#pragma once

#include "wallet/algorand.h"
#include "wallet/keystore.h"
#include "wallet/psbt.h"
#include "wallet/result.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"
#include "wallet/txreview.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb::offlinetx {

enum class Chain { Stellar, Algorand, Bitcoin, Starknet };
QString chainName(Chain chain); // "stellar", "algorand", "bitcoin", "starknet"

// How the payload was written: the signed result is written the same way.
enum class Form { Text, Binary };

// The storage agreement a payment funds, as the exporter states it: shown beside the review so
// the person signing sees what the money buys. Amounts are exact base units (decimal strings in
// JSON); nothing here is trusted for signing, it is read only to be shown.
struct SlaTerms
{
    struct Provider
    {
        QString id;
        QString name;   // empty when the exporter did not know it
        QString region; // may be empty
        bool operator==(const Provider &) const = default;
    };
    QString slaId;
    QStringList dealIds;       // every deal of the agreement
    QList<Provider> providers; // one per deal, in deal order
    qint64 sizeBytes = 0;      // the data stored (before redundancy)
    qint64 egressBytes = 0;    // egress allowance over the term
    int durationDays = 0;
    int shards = 1;             // providers holding a shard or a copy
    int shardsNeeded = 1;       // shards needed to rebuild (1: every provider keeps a full copy)
    QString protocol;           // may be empty
    qint64 priceUnits = 0;      // the whole agreement, in the coin's base units
    QString priceCurrency;      // "XLM", "ALGO", "BTC", ...
    qint64 priceUsd7 = 0;       // the same in USD x 10^7
    qint64 rateUsd7PerCoin = 0; // the exchange rate the amounts were fixed at
    // This payment among the agreement's (one payment per deal).
    int paymentIndex = 0; // 0-based
    int paymentCount = 1;
    QString paymentDealId;
    qint64 paymentUnits = 0; // this payment's amount, in the coin's base units
    bool operator==(const SlaTerms &) const = default;
};
// Bounds a reader enforces on "terms" (bad_request beyond them).
constexpr int kMaxTermsProviders = 64;
constexpr int kMaxTermsText = 200;
constexpr qsizetype kMaxRequestBytes = 1 << 20; // a signing request, whole
QJsonObject termsToJson(const SlaTerms &terms);
// Errors: bad_request naming the field.
Result<SlaTerms> termsFromJson(const QJsonObject &o);

// What the exporter recorded beside the payload (a signing request), when it did.
struct ExporterContext
{
    std::optional<quint64> round;  // Algorand: the network's round when the payload was made
    QDateTime madeAt;              // invalid when unknown
    QString summary;               // the exporter's own words (e.g. an agreement's terms)
    std::optional<SlaTerms> terms; // the agreement the payment funds
};

struct Transaction
{
    Chain chain = Chain::Stellar;
    Form form = Form::Text;
    ExporterContext context;
    // Stellar: the envelope does not name its network; the caller may change it.
    stellar::Envelope stellarEnvelope;
    stellar::Network stellarNetwork = stellar::network(QStringLiteral("public"));
    // Algorand: one or more transactions (a group), each with its signature once signed.
    QList<algorand::SignedTransaction> algorandTxns;
    // Bitcoin.
    psbt::Psbt psbt;
    QString bitcoinNetwork = QStringLiteral("mainnet");
    // Starknet: one INVOKE v3 (its chain id names the network); its signature once signed.
    starknet::InvokeV3 starknetTx;
};

// Decodes a payload. The Stellar network comes from a signing request, else stellarNetwork
// ("public" when empty); the Bitcoin network from a signing request, else from the inputs'
// derivation paths (coin type 1' is testnet), else mainnet.
// Errors: empty_input, not_a_transaction (says which formats were tried and why each refused),
// bad_request (a signing request that is not well formed), unsupported_chain.
Result<Transaction> decode(QByteArrayView input, const QString &stellarNetwork = {});

// The public accounts of this wallet at one account index, as far as they are known. Before
// the keystore is open only cached addresses are; after, ourAccounts() fills all of them.
struct OurAccounts
{
    QString stellar;                           // G…
    QString algorand;                          // 58-character address
    std::optional<quint32> bitcoinFingerprint; // master key fingerprint (BIP32)
    // Bitcoin addresses known to be ours: a finalised input no longer names its derivation, so
    // the caller keeps what signers() marked before signing.
    QStringList bitcoinAddresses;
    std::optional<stark::Felt> starknet; // the account contract's address (Argent X key, the
                                         // wallet's account class)
};
Result<OurAccounts> ourAccounts(const keystore::Secrets &secrets, quint32 index);

// One account whose signature the transaction needs.
struct Signer
{
    QString address;
    QString role;      // "transaction source", "fee source", "operation 2 source", "input 1"
    bool ours = false; // this wallet's (as far as OurAccounts says)
    bool signedAlready = false;
};
QList<Signer> signers(const Transaction &tx, const OurAccounts &ours);

// Reviews in plain words (one per Algorand transaction of a group, one otherwise), from the
// point of view of the given keys when secrets is not null.
QList<TxReview> reviews(const Transaction &tx, const keystore::Secrets *secrets = nullptr,
                        quint32 index = 0);

// The validity window against a clock.
struct Validity
{
    enum State {
        Open,         // valid now and for more than a minute
        NoExpiry,     // never expires (Stellar without an upper time bound, Bitcoin)
        NotYetValid,  // Stellar's lower time bound is in the future
        ExpiringSoon, // valid now, but for less than kExpiringSoonSeconds
        Expired,      // past its window: the network will refuse it
        Unknown,      // cannot be checked offline (Algorand without a recorded round)
    };
    State state = Unknown;
    QString text;                      // plain words, for people
    std::optional<qint64> secondsLeft; // when it can be told (estimated for Algorand)
    bool needsConfirmation() const { return state == Expired || state == ExpiringSoon; }
};
constexpr qint64 kExpiringSoonSeconds = 60;
// Algorand rounds are about 2.8 s; a shorter estimate makes expiry come sooner, never later.
constexpr qint64 kAlgorandRoundMillis = 2800;
Validity validity(const Transaction &tx, const QDateTime &now);

// The result of signing.
struct Signed
{
    int signatures = 0;    // added now
    bool complete = false; // every required signature is present (Bitcoin: finalised)
};
// Adds this wallet's signatures (account index for Stellar and Algorand; the seed's BIP84 keys
// for Bitcoin; a PSBT whose inputs are then all signed is finalised). All or nothing: on an
// error tx is unchanged. Errors: nothing_to_sign (names the accounts that must sign), and the
// keystore's and codecs' errors.
Result<Signed> sign(Transaction &tx, const keystore::Secrets &secrets, quint32 index);

// The transaction, written in the form it was read in (Form::Binary) or as base64 text
// (Form::Text), ending in a newline when text.
QByteArray encode(const Transaction &tx, Form form);
// A file name for the signed result: "<chain>-<short id>-signed.<ext>".
QString suggestedFileName(const Transaction &tx);
// The transaction id as explorers show it (Algorand: of the first transaction).
QString transactionId(const Transaction &tx);

// Wraps a payload as a signing request (what decode() reads back): for exporters and tests.
QByteArray signingRequest(Chain chain, const QString &network, const QByteArray &payload,
                          const ExporterContext &context);

} // namespace fb::offlinetx
