#include "wallet/offlinetx.h"
#include "wallet/reviewtext.h"

#include "wallet/bip32.h"
#include "wallet/bitcoin.h"
#include "wallet/slip10.h"
#include "wallet/starknet.h"
#include "wallet/strkey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace fb::offlinetx {

namespace {

const QString kRequestFormat = QStringLiteral("flashback-signing-request");

QByteArray trimmed(QByteArrayView in)
{
    return in.toByteArray().trimmed();
}

// Strict base64 (standard or URL alphabet), whitespace anywhere ignored; nullopt otherwise.
std::optional<QByteArray> strictBase64(const QByteArray &text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        compact.append(c);
    }
    if (compact.isEmpty())
        return std::nullopt;
    const auto options =
        compact.contains('-') || compact.contains('_')
            ? QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors
            : QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors;
    auto r = QByteArray::fromBase64Encoding(compact, options);
    if (!r || r.decoded.isEmpty())
        return std::nullopt;
    return r.decoded;
}

bool isPsbtMagic(QByteArrayView b)
{
    return b.startsWith(QByteArrayView("psbt\xff", 5));
}

// Coin type 1' in any input's BIP32 derivation means a test network.
QString guessBitcoinNetwork(const psbt::Psbt &p)
{
    for (const auto &in : p.inputs) {
        for (const psbt::Record *r : in.all(psbt::InBip32Derivation)) {
            auto origin = psbt::parseOrigin(r->value);
            if (origin && origin->path.size() >= 2 && origin->path.at(1) == (kHardened | 1u))
                return QStringLiteral("testnet");
        }
    }
    return QStringLiteral("mainnet");
}

QString bitcoinNetworkName(const QString &name)
{
    if (name == QLatin1String("testnet") || name == QLatin1String("test") ||
        name == QLatin1String("signet") || name == QLatin1String("regtest"))
        return QStringLiteral("testnet");
    return QStringLiteral("mainnet");
}

// Decodes a bare payload (no signing request around it).
Result<Transaction> decodePayload(const QByteArray &raw, const QString &stellarNetwork,
                                  const QString &bitcoinNetwork)
{
    Transaction t;
    t.stellarNetwork =
        stellar::network(stellarNetwork.isEmpty() ? QStringLiteral("public") : stellarNetwork);
    const QByteArray text = trimmed(raw);
    QStringList why;

    auto asPsbt = [&](QByteArrayView bytes, Form form) -> std::optional<Result<Transaction>> {
        auto p = psbt::parse(bytes);
        if (!p)
            return Result<Transaction>(p.error());
        t.chain = Chain::Bitcoin;
        t.form = form;
        t.psbt = std::move(*p);
        t.bitcoinNetwork = bitcoinNetwork.isEmpty() ? guessBitcoinNetwork(t.psbt)
                                                    : bitcoinNetworkName(bitcoinNetwork);
        return Result<Transaction>(std::move(t));
    };

    // A Starknet transaction is JSON (an object), as text or its base64.
    auto asStarknet = [&](QByteArrayView json) -> std::optional<Result<Transaction>> {
        if (!json.startsWith('{'))
            return std::nullopt;
        auto tx = starknet::parseJson(json);
        if (!tx)
            return Result<Transaction>(tx.error());
        t.chain = Chain::Starknet;
        t.form = Form::Text;
        t.starknetTx = std::move(*tx);
        return Result<Transaction>(std::move(t));
    };
    if (auto r = asStarknet(text))
        return *r;

    // Binary PSBT (its magic is unambiguous), then every text form.
    if (isPsbtMagic(raw))
        return *asPsbt(raw, Form::Binary);
    if (text.startsWith("cHNidP8") || text.startsWith("70736274ff"))
        return *asPsbt(text, Form::Text);

    if (auto bytes = strictBase64(text)) {
        if (isPsbtMagic(*bytes))
            return *asPsbt(*bytes, Form::Text);
        if (auto r = asStarknet(bytes->trimmed()))
            return *r;
        auto env = stellar::decode(*bytes);
        if (env) {
            t.chain = Chain::Stellar;
            t.form = Form::Text;
            t.stellarEnvelope = std::move(*env);
            return t;
        }
        auto txns = algorand::decodeFile(*bytes);
        if (txns) {
            t.chain = Chain::Algorand;
            t.form = Form::Text;
            t.algorandTxns = std::move(*txns);
            return t;
        }
        why << QStringLiteral("as a Stellar envelope: %1").arg(env.error().message)
            << QStringLiteral("as an Algorand transaction: %1").arg(txns.error().message);
    }
    // Raw bytes: goal writes msgpack files; some tools write XDR unencoded.
    auto txns = algorand::decodeFile(raw);
    if (txns) {
        t.chain = Chain::Algorand;
        t.form = Form::Binary;
        t.algorandTxns = std::move(*txns);
        return t;
    }
    auto env = stellar::decode(raw);
    if (env) {
        t.chain = Chain::Stellar;
        t.form = Form::Binary;
        t.stellarEnvelope = std::move(*env);
        return t;
    }
    if (why.isEmpty()) {
        why << QStringLiteral("as an Algorand file: %1").arg(txns.error().message)
            << QStringLiteral("as Stellar XDR: %1").arg(env.error().message);
    }
    return Result<Transaction>::failure(
        QStringLiteral("not_a_transaction"),
        QStringLiteral("This is not an unsigned transaction the signer reads. It reads a base64 "
                       "Stellar envelope (XDR), an Algorand transaction (goal's msgpack file, or "
                       "its base64), a Bitcoin PSBT (binary, base64 or hex) and a Starknet INVOKE "
                       "v3 transaction (JSON). Tried %1.")
            .arg(why.join(QStringLiteral("; "))));
}

Result<Transaction> decodeRequest(const QByteArray &text, const QString &stellarNetwork)
{
    auto bad = [](const QString &what) {
        return Result<Transaction>::failure(
            QStringLiteral("bad_request"),
            QStringLiteral("This signing request cannot be read: %1.").arg(what));
    };
    if (text.size() > kMaxRequestBytes)
        return bad(QStringLiteral("it is larger than %1 KiB").arg(kMaxRequestBytes / 1024));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("it is not a JSON object (%1 at offset %2)")
                       .arg(pe.errorString())
                       .arg(pe.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kRequestFormat)
        return bad(QStringLiteral("\"format\" is not \"%1\"").arg(kRequestFormat));
    if (o.value(QStringLiteral("version")).toInt(-1) != 1)
        return bad(QStringLiteral("version %1 is not supported (this signer reads version 1)")
                       .arg(o.value(QStringLiteral("version")).toVariant().toString()));
    const QString chain = o.value(QStringLiteral("chain")).toString();
    if (chain != QLatin1String("stellar") && chain != QLatin1String("algorand") &&
        chain != QLatin1String("bitcoin") && chain != QLatin1String("starknet"))
        return Result<Transaction>::failure(
            QStringLiteral("unsupported_chain"),
            QStringLiteral("The signing request is for \"%1\"; this signer signs Stellar, "
                           "Algorand, Bitcoin and Starknet transactions.")
                .arg(chain));
    const auto payload = strictBase64(o.value(QStringLiteral("payload")).toString().toLatin1());
    if (!payload)
        return bad(QStringLiteral("\"payload\" is not base64"));
    const QString network = o.value(QStringLiteral("network")).toString();
    auto t = decodePayload(*payload,
                           chain == QLatin1String("stellar") && !network.isEmpty() ? network
                                                                                   : stellarNetwork,
                           chain == QLatin1String("bitcoin") ? network : QString());
    if (!t)
        return t;
    if (chainName(t->chain) != chain)
        return bad(QStringLiteral("it says %1 but carries a %2 transaction")
                       .arg(chain, chainName(t->chain)));
    if (t->chain == Chain::Stellar)
        t->form = Form::Text;
    const QJsonValue round = o.value(QStringLiteral("round"));
    if (round.isDouble()) {
        const double r = round.toDouble();
        if (r < 0 || r > 9007199254740991.0 || r != double(qint64(r)))
            return bad(QStringLiteral("\"round\" is not a round number"));
        t->context.round = quint64(r);
    } else if (!round.isUndefined() && !round.isNull()) {
        return bad(QStringLiteral("\"round\" is not a number"));
    }
    const QString madeAt = o.value(QStringLiteral("made_at")).toString();
    if (!madeAt.isEmpty()) {
        t->context.madeAt = QDateTime::fromString(madeAt, Qt::ISODate);
        if (!t->context.madeAt.isValid())
            return bad(QStringLiteral("\"made_at\" is not an ISO 8601 time"));
    }
    t->context.summary = o.value(QStringLiteral("summary")).toString();
    const QJsonValue terms = o.value(QStringLiteral("terms"));
    if (terms.isObject()) {
        auto parsed = termsFromJson(terms.toObject());
        if (!parsed)
            return parsed.error();
        t->context.terms = std::move(*parsed);
    } else if (!terms.isUndefined() && !terms.isNull()) {
        return bad(QStringLiteral("\"terms\" is not an object"));
    }
    return t;
}

QString utc(qint64 secs)
{
    return review::dateTime(secs);
}

QString duration(qint64 secs)
{
    if (secs < 120)
        return QCoreApplication::translate("fb::wallet::Review", "%1 s").arg(secs);
    if (secs < 7200)
        return QCoreApplication::translate("fb::wallet::Review", "%1 min").arg(secs / 60);
    if (secs < 2 * 86400)
        return QCoreApplication::translate("fb::wallet::Review", "%1 h").arg(secs / 3600);
    return QCoreApplication::translate("fb::wallet::Review", "%1 days").arg(secs / 86400);
}

// The public key of a finalised P2WPKH input: its witness is <signature> <public key>.
QByteArray finalWitnessKey(const psbt::Map &in)
{
    const psbt::Record *w = in.find(psbt::InFinalScriptWitness);
    if (!w)
        return {};
    const QByteArray v = w->value;
    // Compact sizes below 0xfd are one byte: enough for a P2WPKH witness.
    if (v.size() < 2 || quint8(v.at(0)) != 2)
        return {};
    const int sigLen = quint8(v.at(1));
    if (v.size() < 2 + sigLen + 1)
        return {};
    const int keyLen = quint8(v.at(2 + sigLen));
    if (keyLen != 33 || v.size() != 2 + sigLen + 1 + keyLen)
        return {};
    return v.mid(2 + sigLen + 1, keyLen);
}

// A JSON object without the signing request's "format": a Starknet transaction's file form.
bool isStarknetJson(const QByteArray &text)
{
    if (text.size() > kMaxRequestBytes)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    return doc.isObject() && !doc.object().contains(QStringLiteral("format")) &&
           doc.object().contains(QStringLiteral("sender_address"));
}

// The Starknet account of this wallet at an account index: the Argent X key and the account
// class the wallet deploys (models/walletservice.cpp's starknetAccount() for index 0).
Result<std::pair<SecretBytes, stark::Felt>> starknetAccount(const keystore::Secrets &secrets,
                                                            quint32 index)
{
    auto seed = keystore::bip39Seed(secrets);
    if (!seed)
        return seed.error();
    auto key = starknet::privateKeyFromSeed(*seed, starknet::KeyScheme::ArgentX, index);
    if (!key)
        return key.error();
    auto pub = stark::publicKey(*key);
    if (!pub)
        return pub.error();
    const stark::Felt address =
        starknet::accountAddress(*pub, starknet::knownAccountClasses().first());
    return std::pair<SecretBytes, stark::Felt>(std::move(*key), address);
}

bool stellarComplete(const Transaction &t)
{
    const auto &e = t.stellarEnvelope;
    for (const QByteArray &k : stellar::requiredSigners(e)) {
        if (!stellar::hasValidSignature(e, t.stellarNetwork, k))
            return false;
    }
    return true;
}

} // namespace

QString chainName(Chain chain)
{
    switch (chain) {
    case Chain::Stellar:
        return QStringLiteral("stellar");
    case Chain::Algorand:
        return QStringLiteral("algorand");
    case Chain::Bitcoin:
        return QStringLiteral("bitcoin");
    case Chain::Starknet:
        return QStringLiteral("starknet");
    }
    return {};
}

Result<Transaction> decode(QByteArrayView input, const QString &stellarNetwork)
{
    const QByteArray text = trimmed(input);
    if (text.isEmpty())
        return Result<Transaction>::failure(QStringLiteral("empty_input"),
                                            QStringLiteral("There is nothing to read: open a "
                                                           "transaction file or paste its text."));
    if (text.startsWith('{') && !isStarknetJson(text))
        return decodeRequest(text, stellarNetwork);
    return decodePayload(input.toByteArray(), stellarNetwork, QString());
}

Result<OurAccounts> ourAccounts(const keystore::Secrets &secrets, quint32 index)
{
    OurAccounts o;
    if (auto k = keystore::accountKey(secrets, QStringLiteral("stellar"), index))
        o.stellar = strkey::accountId(slip10::ed25519PublicKey(*k));
    if (auto k = keystore::accountKey(secrets, QStringLiteral("algorand"), index))
        o.algorand = algorand::address(slip10::ed25519PublicKey(*k));
    if (auto seed = keystore::bip39Seed(secrets)) {
        auto master = bip32::master(*seed);
        if (!master)
            return master.error();
        o.bitcoinFingerprint = bip32::fingerprint(master->publicKey);
        if (auto account = starknetAccount(secrets, index))
            o.starknet = account->second;
    }
    return o;
}

QList<Signer> signers(const Transaction &t, const OurAccounts &ours)
{
    QList<Signer> out;
    switch (t.chain) {
    case Chain::Stellar: {
        const auto &e = t.stellarEnvelope;
        auto add = [&](const QByteArray &key, const QString &role) {
            for (Signer &s : out) {
                if (s.address == strkey::accountId(key)) {
                    s.role += QStringLiteral(", ") + role;
                    return;
                }
            }
            Signer s;
            s.address = strkey::accountId(key);
            s.role = role;
            s.ours = !ours.stellar.isEmpty() && s.address == ours.stellar;
            s.signedAlready = stellar::hasValidSignature(e, t.stellarNetwork, key);
            out << s;
        };
        if (e.type == stellar::EnvelopeFeeBump)
            add(e.feeSource.key, QStringLiteral("fee source"));
        add(e.tx.source.key, QStringLiteral("transaction source"));
        for (int i = 0; i < e.tx.operations.size(); ++i) {
            if (const auto &src = e.tx.operations.at(i).source)
                add(src->key, QStringLiteral("operation %1 source").arg(i + 1));
        }
        break;
    }
    case Chain::Algorand:
        for (int i = 0; i < t.algorandTxns.size(); ++i) {
            const auto &s = t.algorandTxns.at(i);
            Signer g;
            g.address = algorand::address(s.txn.sender);
            g.role = t.algorandTxns.size() > 1
                         ? QStringLiteral("sender of transaction %1").arg(i + 1)
                         : QStringLiteral("sender");
            g.ours = !ours.algorand.isEmpty() && g.address == ours.algorand;
            g.signedAlready = !s.sig.isEmpty();
            out << g;
        }
        break;
    case Chain::Bitcoin:
        for (int i = 0; i < t.psbt.inputs.size(); ++i) {
            const psbt::Map &in = t.psbt.inputs.at(i);
            const bool finalised =
                in.find(psbt::InFinalScriptWitness) || in.find(psbt::InFinalScriptSig);
            const auto derivations = in.all(psbt::InBip32Derivation);
            if (derivations.isEmpty()) {
                Signer g;
                g.role = QStringLiteral("input %1").arg(i + 1);
                if (const QByteArray key = finalWitnessKey(in); !key.isEmpty()) {
                    if (auto a = bitcoin::p2wpkhAddress(key, t.bitcoinNetwork))
                        g.address = *a;
                }
                if (const psbt::Record *u = in.find(psbt::InWitnessUtxo);
                    u && g.address.isEmpty()) {
                    // amount (8 bytes), then the script with its compact-size length
                    const QByteArray v = u->value;
                    if (v.size() > 9)
                        g.address = bitcoin::scriptToAddress(v.mid(9), t.bitcoinNetwork);
                }
                if (g.address.isEmpty())
                    g.address = QStringLiteral("(unknown key)");
                g.ours = ours.bitcoinAddresses.contains(g.address);
                g.signedAlready = finalised || !in.all(psbt::InPartialSig).isEmpty();
                out << g;
                continue;
            }
            for (const psbt::Record *r : derivations) {
                Signer g;
                const QByteArray pub = r->keyData();
                auto addr = bitcoin::p2wpkhAddress(pub, t.bitcoinNetwork);
                g.address = addr ? *addr : QString::fromLatin1(pub.toHex());
                auto origin = psbt::parseOrigin(r->value);
                g.role = QStringLiteral("input %1").arg(i + 1);
                if (origin)
                    g.role += QStringLiteral(" (%1)").arg(formatDerivationPath(origin->path));
                g.ours = (origin && ours.bitcoinFingerprint &&
                          origin->fingerprint == *ours.bitcoinFingerprint) ||
                         ours.bitcoinAddresses.contains(g.address);
                g.signedAlready = finalised || in.find(psbt::InPartialSig, pub) != nullptr;
                out << g;
            }
        }
        break;
    case Chain::Starknet: {
        Signer g;
        g.address = starknet::formatAddress(t.starknetTx.senderAddress);
        g.role = QStringLiteral("sender (account contract)");
        g.ours = ours.starknet && *ours.starknet == t.starknetTx.senderAddress;
        g.signedAlready = !t.starknetTx.signature.isEmpty();
        out << g;
        break;
    }
    }
    return out;
}

QList<TxReview> reviews(const Transaction &t, const keystore::Secrets *secrets, quint32 index)
{
    QList<TxReview> out;
    switch (t.chain) {
    case Chain::Stellar: {
        QByteArray ours;
        if (secrets) {
            if (auto k = keystore::accountKey(*secrets, QStringLiteral("stellar"), index))
                ours = slip10::ed25519PublicKey(*k);
        }
        out << stellar::review(t.stellarEnvelope, t.stellarNetwork, ours);
        break;
    }
    case Chain::Algorand: {
        std::optional<QByteArray> ours;
        if (secrets) {
            if (auto k = keystore::accountKey(*secrets, QStringLiteral("algorand"), index))
                ours = slip10::ed25519PublicKey(*k);
        }
        for (const auto &s : t.algorandTxns)
            out << algorand::review(s.txn, ours);
        break;
    }
    case Chain::Bitcoin: {
        std::optional<Result<SecretBytes>> seed;
        if (secrets)
            seed.emplace(keystore::bip39Seed(*secrets));
        out << psbt::review(t.psbt, seed && *seed ? &seed->value() : nullptr, t.bitcoinNetwork);
        break;
    }
    case Chain::Starknet: {
        std::optional<stark::Felt> ours;
        if (secrets) {
            if (auto account = starknetAccount(*secrets, index))
                ours = account->second;
        }
        out << starknet::review(t.starknetTx, ours);
        break;
    }
    }
    return out;
}

Validity validity(const Transaction &t, const QDateTime &now)
{
    Validity v;
    const qint64 nowSecs = now.toSecsSinceEpoch();
    switch (t.chain) {
    case Chain::Stellar: {
        const auto &c = t.stellarEnvelope.tx.cond;
        if (c.minTime && qint64(c.minTime) > nowSecs) {
            v.state = Validity::NotYetValid;
            v.text =
                QCoreApplication::translate("fb::wallet::Review", "Not valid before %1 (in %2).")
                    .arg(utc(qint64(c.minTime)), duration(qint64(c.minTime) - nowSecs));
            if (c.maxTime)
                v.secondsLeft = qint64(c.maxTime) - nowSecs;
            return v;
        }
        if (!c.maxTime) {
            v.state = Validity::NoExpiry;
            v.text = QCoreApplication::translate(
                "fb::wallet::Review", "No expiry: the transaction has no upper time bound.");
            return v;
        }
        const qint64 left = qint64(c.maxTime) - nowSecs;
        v.secondsLeft = left;
        if (left < 0) {
            v.state = Validity::Expired;
            v.text =
                QCoreApplication::translate("fb::wallet::Review",
                                            "Expired at %1 (%2 ago): the network will refuse it.")
                    .arg(utc(qint64(c.maxTime)), duration(-left));
        } else if (left < kExpiringSoonSeconds) {
            v.state = Validity::ExpiringSoon;
            v.text = QCoreApplication::translate("fb::wallet::Review", "Expires at %1, in %2 s.")
                         .arg(utc(qint64(c.maxTime)))
                         .arg(left);
        } else {
            v.state = Validity::Open;
            v.text =
                QCoreApplication::translate("fb::wallet::Review", "Valid until %1 (%2 from now).")
                    .arg(utc(qint64(c.maxTime)), duration(left));
        }
        return v;
    }
    case Chain::Algorand: {
        if (t.algorandTxns.isEmpty())
            return v;
        quint64 first = 0, last = std::numeric_limits<quint64>::max();
        for (const auto &s : t.algorandTxns) {
            first = qMax(first, s.txn.firstValid);
            last = qMin(last, s.txn.lastValid);
        }
        if (!t.context.round) {
            v.state = Validity::Unknown;
            v.text =
                QCoreApplication::translate(
                    "fb::wallet::Review", "Valid from round %1 to round %2. This cannot be checked "
                                          "offline: the file does not record the network's round.")
                    .arg(first)
                    .arg(last);
            return v;
        }
        // Rounds since the export, estimated from the clock when the export time is known.
        quint64 round = *t.context.round;
        bool estimated = false;
        if (t.context.madeAt.isValid() && now > t.context.madeAt) {
            round += quint64(t.context.madeAt.msecsTo(now) / kAlgorandRoundMillis);
            estimated = true;
        }
        const QString at =
            estimated
                ? QCoreApplication::translate("fb::wallet::Review",
                                              "round %1 now (estimated from round %2 at %3)")
                      .arg(round)
                      .arg(*t.context.round)
                      .arg(review::hasDateFormatter()
                               ? review::dateTime(t.context.madeAt)
                               : t.context.madeAt.toUTC().toString(
                                     QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                : QCoreApplication::translate("fb::wallet::Review", "round %1 when it was made")
                      .arg(round);
        if (round > last) {
            v.state = Validity::Expired;
            v.secondsLeft = -qint64(round - last) * kAlgorandRoundMillis / 1000;
            v.text =
                QCoreApplication::translate("fb::wallet::Review",
                                            "Expired: valid up to round %1, the network was at %2.")
                    .arg(last)
                    .arg(at);
        } else if (round < first) {
            v.state = Validity::NotYetValid;
            v.secondsLeft = qint64(last - round) * kAlgorandRoundMillis / 1000;
            v.text = QCoreApplication::translate(
                         "fb::wallet::Review",
                         "Not valid yet: valid from round %1 to %2, the network was "
                         "at %3.")
                         .arg(first)
                         .arg(last)
                         .arg(at);
        } else {
            const qint64 left = qint64(last - round) * kAlgorandRoundMillis / 1000;
            v.secondsLeft = left;
            v.state = left < kExpiringSoonSeconds ? Validity::ExpiringSoon : Validity::Open;
            v.text = QCoreApplication::translate(
                         "fb::wallet::Review",
                         "Valid to round %1, about %2 from now; the network was at %3.")
                         .arg(last)
                         .arg(duration(left), at);
        }
        return v;
    }
    case Chain::Bitcoin:
        v.state = Validity::NoExpiry;
        v.text = t.psbt.tx.lockTime
                     ? QCoreApplication::translate("fb::wallet::Review",
                                                   "No expiry; lock time %1 (not minable before).")
                           .arg(t.psbt.tx.lockTime)
                     : QCoreApplication::translate(
                           "fb::wallet::Review",
                           "No expiry: Bitcoin transactions stay valid until their "
                           "inputs are spent.");
        return v;
    case Chain::Starknet:
        v.state = Validity::NoExpiry;
        v.text = QCoreApplication::translate(
                     "fb::wallet::Review",
                     "No expiry: a Starknet transaction stays valid until the account "
                     "uses nonce %1.")
                     .arg(t.starknetTx.nonce.toDecimal());
        return v;
    }
    return v;
}

Result<Signed> sign(Transaction &t, const keystore::Secrets &secrets, quint32 index)
{
    Transaction copy = t;
    Signed out;
    switch (t.chain) {
    case Chain::Stellar: {
        auto key = keystore::accountKey(secrets, QStringLiteral("stellar"), index);
        if (!key)
            return key.error();
        const QByteArray pub = slip10::ed25519PublicKey(*key);
        if (!stellar::requiredSigners(copy.stellarEnvelope).contains(pub)) {
            QStringList need;
            for (const QByteArray &k : stellar::requiredSigners(copy.stellarEnvelope))
                need << strkey::accountId(k);
            return Result<Signed>::failure(
                QStringLiteral("nothing_to_sign"),
                QStringLiteral("Nothing to sign: this wallet's account %1 (index %2) is not a "
                               "signer of this transaction; it needs %3.")
                    .arg(strkey::accountId(pub))
                    .arg(index)
                    .arg(need.join(QStringLiteral(", "))));
        }
        if (auto s = stellar::sign(copy.stellarEnvelope, *key, copy.stellarNetwork); !s)
            return s.error();
        out.signatures = 1;
        out.complete = stellarComplete(copy);
        break;
    }
    case Chain::Algorand: {
        auto key = keystore::accountKey(secrets, QStringLiteral("algorand"), index);
        if (!key)
            return key.error();
        const QByteArray ours = slip10::ed25519PublicKey(*key);
        for (auto &s : copy.algorandTxns) {
            if (s.txn.sender != ours || !s.sig.isEmpty())
                continue;
            auto signedTxn = algorand::sign(s.txn, *key);
            if (!signedTxn)
                return signedTxn.error();
            s = std::move(*signedTxn);
            ++out.signatures;
        }
        if (out.signatures == 0) {
            QStringList need;
            for (const auto &s : copy.algorandTxns)
                if (s.sig.isEmpty())
                    need << algorand::address(s.txn.sender);
            return Result<Signed>::failure(
                QStringLiteral("nothing_to_sign"),
                need.isEmpty()
                    ? QStringLiteral("Nothing to sign: every transaction is already signed.")
                    : QStringLiteral("Nothing to sign: no unsigned transaction is sent by this "
                                     "wallet's account %1 (index %2); it needs %3.")
                          .arg(algorand::address(ours))
                          .arg(index)
                          .arg(need.join(QStringLiteral(", "))));
        }
        out.complete = std::all_of(copy.algorandTxns.cbegin(), copy.algorandTxns.cend(),
                                   [](const auto &s) { return !s.sig.isEmpty(); });
        break;
    }
    case Chain::Bitcoin: {
        auto seed = keystore::bip39Seed(secrets);
        if (!seed)
            return seed.error();
        auto n = psbt::sign(copy.psbt, *seed, copy.bitcoinNetwork);
        if (!n)
            return n.error();
        if (*n == 0)
            return Result<Signed>::failure(
                QStringLiteral("nothing_to_sign"),
                QStringLiteral("Nothing to sign: no input of this PSBT belongs to this wallet "
                               "(or they are signed already)."));
        out.signatures = *n;
        // A PSBT whose inputs are now all signed is finalised, ready to broadcast.
        psbt::Psbt finalised = copy.psbt;
        if (psbt::finalize(finalised)) {
            copy.psbt = std::move(finalised);
            out.complete = true;
        }
        break;
    }
    case Chain::Starknet: {
        auto account = starknetAccount(secrets, index);
        if (!account)
            return account.error();
        if (copy.starknetTx.senderAddress != account->second)
            return Result<Signed>::failure(
                QStringLiteral("nothing_to_sign"),
                QStringLiteral("Nothing to sign: this wallet's Starknet account %1 (index %2) is "
                               "not the sender of this transaction; it needs %3.")
                    .arg(starknet::formatAddress(account->second))
                    .arg(index)
                    .arg(starknet::formatAddress(copy.starknetTx.senderAddress)));
        if (!copy.starknetTx.signature.isEmpty())
            return Result<Signed>::failure(
                QStringLiteral("nothing_to_sign"),
                QStringLiteral("Nothing to sign: the transaction is already signed."));
        if (auto s = starknet::sign(copy.starknetTx, account->first); !s)
            return s.error();
        out.signatures = 1;
        out.complete = true;
        break;
    }
    }
    t = std::move(copy);
    return out;
}

QByteArray encode(const Transaction &t, Form form)
{
    switch (t.chain) {
    case Chain::Stellar:
        return form == Form::Binary ? stellar::encode(t.stellarEnvelope)
                                    : stellar::encodeBase64(t.stellarEnvelope) + '\n';
    case Chain::Algorand: {
        const QByteArray bytes = algorand::encodeFile(t.algorandTxns);
        return form == Form::Binary ? bytes : bytes.toBase64() + '\n';
    }
    case Chain::Bitcoin:
        return form == Form::Binary ? t.psbt.serialize() : (t.psbt.toBase64() + u'\n').toLatin1();
    case Chain::Starknet: {
        // JSON is its own text form; QR codes carry the same bytes.
        QByteArray json = starknet::toJson(t.starknetTx);
        if (!json.endsWith('\n'))
            json += '\n';
        return json;
    }
    }
    return {};
}

QString transactionId(const Transaction &t)
{
    switch (t.chain) {
    case Chain::Stellar:
        return QString::fromLatin1(stellar::hash(t.stellarEnvelope, t.stellarNetwork).toHex());
    case Chain::Algorand:
        return t.algorandTxns.isEmpty() ? QString() : algorand::txId(t.algorandTxns.first().txn);
    case Chain::Bitcoin:
        return t.psbt.tx.txid();
    case Chain::Starknet:
        return starknet::transactionHash(t.starknetTx).toPaddedHex();
    }
    return {};
}

QString suggestedFileName(const Transaction &t)
{
    const QString id = transactionId(t).left(8).toLower();
    switch (t.chain) {
    case Chain::Stellar:
        return QStringLiteral("stellar-%1-signed.xdr").arg(id);
    case Chain::Algorand:
        return QStringLiteral("algorand-%1-signed.%2")
            .arg(id, t.form == Form::Binary ? QStringLiteral("stxn") : QStringLiteral("stxn.b64"));
    case Chain::Bitcoin:
        return QStringLiteral("bitcoin-%1-signed.%2")
            .arg(id, t.form == Form::Binary ? QStringLiteral("psbt") : QStringLiteral("psbt.b64"));
    case Chain::Starknet:
        return QStringLiteral("starknet-%1-signed.json")
            .arg(transactionId(t).mid(2).remove(QRegularExpression(QStringLiteral("^0+"))).left(8));
    }
    return {};
}

QByteArray signingRequest(Chain chain, const QString &network, const QByteArray &payload,
                          const ExporterContext &context)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kRequestFormat);
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("chain"), chainName(chain));
    if (!network.isEmpty())
        o.insert(QStringLiteral("network"), network);
    o.insert(QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()));
    if (context.round)
        o.insert(QStringLiteral("round"), double(*context.round));
    if (context.madeAt.isValid())
        o.insert(QStringLiteral("made_at"), context.madeAt.toUTC().toString(Qt::ISODate));
    if (!context.summary.isEmpty())
        o.insert(QStringLiteral("summary"), context.summary);
    if (context.terms)
        o.insert(QStringLiteral("terms"), termsToJson(*context.terms));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// ---- the agreement's terms ----------------------------------------------------------------

namespace {

QString units(qint64 v)
{
    return QString::number(v);
}

} // namespace

QJsonObject termsToJson(const SlaTerms &t)
{
    QJsonObject o;
    if (!t.slaId.isEmpty())
        o.insert(QStringLiteral("sla_id"), t.slaId);
    o.insert(QStringLiteral("deal_ids"), QJsonArray::fromStringList(t.dealIds));
    QJsonArray providers;
    for (const SlaTerms::Provider &p : t.providers) {
        QJsonObject po{{QStringLiteral("id"), p.id}};
        if (!p.name.isEmpty())
            po.insert(QStringLiteral("name"), p.name);
        if (!p.region.isEmpty())
            po.insert(QStringLiteral("region"), p.region);
        providers.append(po);
    }
    o.insert(QStringLiteral("providers"), providers);
    o.insert(QStringLiteral("size_bytes"), units(t.sizeBytes));
    o.insert(QStringLiteral("egress_bytes"), units(t.egressBytes));
    o.insert(QStringLiteral("duration_days"), t.durationDays);
    o.insert(QStringLiteral("shards"), t.shards);
    o.insert(QStringLiteral("shards_needed"), t.shardsNeeded);
    if (!t.protocol.isEmpty())
        o.insert(QStringLiteral("protocol"), t.protocol);
    o.insert(QStringLiteral("price"),
             QJsonObject{{QStringLiteral("units"), units(t.priceUnits)},
                         {QStringLiteral("currency"), t.priceCurrency},
                         {QStringLiteral("usd7"), units(t.priceUsd7)},
                         {QStringLiteral("rate_usd7_per_coin"), units(t.rateUsd7PerCoin)}});
    o.insert(QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("index"), t.paymentIndex + 1},
                         {QStringLiteral("count"), t.paymentCount},
                         {QStringLiteral("deal_id"), t.paymentDealId},
                         {QStringLiteral("units"), units(t.paymentUnits)}});
    return o;
}

Result<SlaTerms> termsFromJson(const QJsonObject &o)
{
    auto bad = [](const QString &what) {
        return Result<SlaTerms>::failure(
            QStringLiteral("bad_request"),
            QStringLiteral("This signing request cannot be read: \"terms\" %1.").arg(what));
    };
    // Text: a string of at most kMaxTermsText characters (absent: empty).
    auto text = [](const QJsonValue &v, QString *out) {
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString() || v.toString().size() > kMaxTermsText)
            return false;
        *out = v.toString();
        return true;
    };
    // An exact non-negative integer, as a decimal string (or a small JSON number).
    auto integer = [](const QJsonValue &v, qint64 *out) {
        if (v.isUndefined() || v.isNull())
            return true;
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d < 0 || d > 9007199254740991.0 || d != double(qint64(d)))
                return false;
            *out = qint64(d);
            return true;
        }
        const QString s = v.toString();
        if (!v.isString() || s.isEmpty() || s.size() > 19)
            return false;
        for (const QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        bool ok = false;
        *out = s.toLongLong(&ok);
        return ok;
    };
    auto count = [&integer](const QJsonValue &v, int *out, int max) {
        qint64 n = *out;
        if (!integer(v, &n) || n > max)
            return false;
        *out = int(n);
        return true;
    };

    SlaTerms t;
    if (!text(o.value(QStringLiteral("sla_id")), &t.slaId))
        return bad(QStringLiteral("\"sla_id\" is not a short text"));
    const QJsonValue deals = o.value(QStringLiteral("deal_ids"));
    if (!deals.isUndefined()) {
        if (!deals.isArray() || deals.toArray().size() > kMaxTermsProviders)
            return bad(QStringLiteral("\"deal_ids\" is not a list of at most %1 ids")
                           .arg(kMaxTermsProviders));
        for (const QJsonValue &d : deals.toArray()) {
            QString id;
            if (!d.isString() || !text(d, &id) || id.isEmpty())
                return bad(QStringLiteral("\"deal_ids\" holds something other than an id"));
            t.dealIds << id;
        }
    }
    const QJsonValue providers = o.value(QStringLiteral("providers"));
    if (!providers.isUndefined()) {
        if (!providers.isArray() || providers.toArray().size() > kMaxTermsProviders)
            return bad(QStringLiteral("\"providers\" is not a list of at most %1 providers")
                           .arg(kMaxTermsProviders));
        for (const QJsonValue &v : providers.toArray()) {
            if (!v.isObject())
                return bad(QStringLiteral("\"providers\" holds something other than an object"));
            const QJsonObject po = v.toObject();
            SlaTerms::Provider p;
            if (!text(po.value(QStringLiteral("id")), &p.id) ||
                !text(po.value(QStringLiteral("name")), &p.name) ||
                !text(po.value(QStringLiteral("region")), &p.region))
                return bad(QStringLiteral("names a provider with a field that is not a short "
                                          "text"));
            t.providers << p;
        }
    }
    if (!integer(o.value(QStringLiteral("size_bytes")), &t.sizeBytes))
        return bad(QStringLiteral("\"size_bytes\" is not a whole number of bytes"));
    if (!integer(o.value(QStringLiteral("egress_bytes")), &t.egressBytes))
        return bad(QStringLiteral("\"egress_bytes\" is not a whole number of bytes"));
    if (!count(o.value(QStringLiteral("duration_days")), &t.durationDays, 100 * 366))
        return bad(QStringLiteral("\"duration_days\" is not a number of days"));
    if (!count(o.value(QStringLiteral("shards")), &t.shards, kMaxTermsProviders) ||
        !count(o.value(QStringLiteral("shards_needed")), &t.shardsNeeded, kMaxTermsProviders) ||
        t.shardsNeeded > t.shards)
        return bad(QStringLiteral("\"shards\" and \"shards_needed\" are not a redundancy "
                                  "(needed at most the shards, at most %1)")
                       .arg(kMaxTermsProviders));
    if (!text(o.value(QStringLiteral("protocol")), &t.protocol))
        return bad(QStringLiteral("\"protocol\" is not a short text"));
    const QJsonValue price = o.value(QStringLiteral("price"));
    if (!price.isUndefined()) {
        const QJsonObject po = price.toObject();
        if (!price.isObject() || !integer(po.value(QStringLiteral("units")), &t.priceUnits) ||
            !text(po.value(QStringLiteral("currency")), &t.priceCurrency) ||
            t.priceCurrency.size() > 12 ||
            !integer(po.value(QStringLiteral("usd7")), &t.priceUsd7) ||
            !integer(po.value(QStringLiteral("rate_usd7_per_coin")), &t.rateUsd7PerCoin))
            return bad(QStringLiteral("\"price\" is not an amount (whole base units as decimal "
                                      "text, and a currency code)"));
    }
    const QJsonValue payment = o.value(QStringLiteral("payment"));
    if (!payment.isUndefined()) {
        const QJsonObject po = payment.toObject();
        int index = 1;
        if (!payment.isObject() ||
            !count(po.value(QStringLiteral("index")), &index, kMaxTermsProviders) ||
            !count(po.value(QStringLiteral("count")), &t.paymentCount, kMaxTermsProviders) ||
            index < 1 || index > t.paymentCount ||
            !text(po.value(QStringLiteral("deal_id")), &t.paymentDealId) ||
            !integer(po.value(QStringLiteral("units")), &t.paymentUnits))
            return bad(QStringLiteral("\"payment\" is not \"payment i of n\" with its deal and "
                                      "amount"));
        t.paymentIndex = index - 1;
    }
    return t;
}

} // namespace fb::offlinetx
