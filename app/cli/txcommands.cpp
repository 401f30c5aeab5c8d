// flashback-cli tx: review, sign and build transactions in each chain's own format, for the
// air-gapped signer and for scripts. Stellar: base64 TransactionEnvelope XDR; Algorand: msgpack
// transaction files as goal or algosdk write them; Bitcoin: PSBT, binary or base64; Starknet: the
// JSON INVOKE v3 form of docs/WALLET.md. Any of them also as QR images of a BC-UR (--qr-in) and,
// signed, as numbered PNG frames (--qr-out): ur:crypto-psbt for PSBTs, ur:bytes for the others
// (Stellar as binary XDR, Algorand as msgpack, Starknet as JSON).
#include "app/cli/keysource.h"
#include "app/cli/qrframes.h"
#include "wallet/algorand.h"
#include "wallet/bitcoin.h"
#include "wallet/psbt.h"
#include "wallet/slip10.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"
#include "wallet/strkey.h"
#include "wallet/ur.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace fb::cli {

namespace {

enum class Chain { Stellar, Algorand, Bitcoin, Starknet };

// build-payment makes no Bitcoin transactions (PSBTs come from the watching wallet): its help
// names only the chains it builds.
void addChainOptions(QCommandLineParser &p, bool bitcoin = true)
{
    p.addOption({QStringLiteral("chain"),
                 bitcoin ? QStringLiteral("Required. stellar, algorand, bitcoin or starknet.")
                         : QStringLiteral("Required. stellar, algorand or starknet."),
                 QStringLiteral("CHAIN")});
    p.addOption({QStringLiteral("network"),
                 bitcoin ? QStringLiteral("Stellar: public, testnet, futurenet or a passphrase; "
                                          "when not given, the network its signatures verify "
                                          "on (inspect refuses to guess for an unsigned one; "
                                          "sign assumes public). Bitcoin: mainnet (default) or "
                                          "testnet. Algorand: read from the "
                                          "transaction. Starknet: mainnet, sepolia or a chain "
                                          "id; read from the transaction, and refused when it "
                                          "differs.")
                         : QStringLiteral("Stellar: public (default), testnet, futurenet or a "
                                          "passphrase. Algorand: mainnet (default) or testnet. "
                                          "Starknet: mainnet (default), sepolia or a "
                                          "chain id."),
                 QStringLiteral("NET")});
    addStarknetAccountOptions(p);
}

std::optional<Chain> chainOption(const QCommandLineParser &p, int *rc)
{
    const QString c = p.value(QStringLiteral("chain"));
    if (c == QLatin1String("stellar"))
        return Chain::Stellar;
    if (c == QLatin1String("algorand"))
        return Chain::Algorand;
    if (c == QLatin1String("bitcoin"))
        return Chain::Bitcoin;
    if (c == QLatin1String("starknet"))
        return Chain::Starknet;
    *rc = fail(BadInput, QStringLiteral("--chain must be stellar, algorand, bitcoin or starknet"));
    return std::nullopt;
}

QString networkOr(const QCommandLineParser &p, const QString &fallback)
{
    const QString n = p.value(QStringLiteral("network"));
    return n.isEmpty() ? fallback : n;
}

void printReview(const TxReview &r, bool json, FILE *to)
{
    const QByteArray text = json ? QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented)
                                 : (r.toText() + QLatin1Char('\n')).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), to);
    std::fflush(to);
}

bool isPsbtBinary(const QByteArray &data)
{
    return data.startsWith(QByteArray("psbt\xff", 5));
}

void addQrInOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("qr-in"),
                 QStringLiteral("Read the transaction from QR images instead of --in: one image of "
                                "a UR, or the frames of an animated UR in any order (repeat the "
                                "option, name a folder, or list more images after it). Bitcoin: "
                                "ur:crypto-psbt; Stellar, Algorand, Starknet: ur:bytes."),
                 QStringLiteral("IMAGE")});
    p.addPositionalArgument(QStringLiteral("images"), QStringLiteral("More QR images for --qr-in."),
                            QStringLiteral("[IMAGE...]"));
}

// The UR type that carries a chain's transactions, and those a reader accepts.
QString urTypeFor(Chain chain)
{
    return chain == Chain::Bitcoin ? ur::kTypePsbt : ur::kTypeBytes;
}
bool acceptsUrType(Chain chain, const QString &type)
{
    if (chain == Chain::Bitcoin)
        return type == ur::kTypePsbt || type == QLatin1String("psbt") || type == ur::kTypeBytes;
    return type == ur::kTypeBytes;
}

// The transaction's bytes and where they came from: --in FILE, or --qr-in images.
struct Input
{
    QByteArray data;
    QString origin;
    bool fromQr = false;
};
std::optional<Input> readInput(Chain chain, const QCommandLineParser &p, int *rc)
{
    Input in;
    if (p.isSet(QStringLiteral("qr-in"))) {
        if (p.isSet(QStringLiteral("in"))) {
            *rc = fail(BadInput, QStringLiteral("give --in or --qr-in, not both"));
            return std::nullopt;
        }
        const QStringList images = p.values(QStringLiteral("qr-in")) + p.positionalArguments();
        auto qr = readQrFrames(images);
        if (!qr) {
            *rc = fail(BadInput, qr.error().message);
            return std::nullopt;
        }
        if (!acceptsUrType(chain, qr->type)) {
            *rc = fail(BadInput, QStringLiteral("the QR frames hold a ur:%1; this chain's "
                                                "transactions come as ur:%2")
                                     .arg(qr->type, urTypeFor(chain)));
            return std::nullopt;
        }
        std::fprintf(stderr, "read ur:%s (%lld bytes) from %d QR frame(s), %d fragment(s)\n",
                     qPrintable(qr->type), static_cast<long long>(qr->payload.size()), qr->frames,
                     qr->fragments);
        in.data = std::move(qr->payload);
        in.origin = QStringLiteral("QR frames");
        in.fromQr = true;
        return in;
    }
    if (!p.isSet(QStringLiteral("in"))) {
        *rc = fail(BadInput, QStringLiteral("--in FILE or --qr-in IMAGE is required"));
        return std::nullopt;
    }
    in.origin = p.value(QStringLiteral("in"));
    auto data = readFile(in.origin, QStringLiteral("transaction"));
    if (!data) {
        *rc = fail(BadInput, data.error().message);
        return std::nullopt;
    }
    in.data = std::move(*data);
    return in;
}

// A Stellar envelope from a QR payload: binary XDR as we write it, or base64 XDR text as some
// tools put in ur:bytes.
Result<stellar::Envelope> stellarFromQr(const QByteArray &data)
{
    auto env = stellar::decode(data);
    if (env)
        return env;
    if (auto text = stellar::decodeBase64(data.trimmed()))
        return text;
    return env;
}

// The loaded input of a tx command, decoded for its chain.
struct Loaded
{
    stellar::Envelope stellarEnvelope;
    stellar::Network stellarNetwork;
    QList<algorand::SignedTransaction> algorandTxns;
    psbt::Psbt psbt;
    QString bitcoinNetwork;
    bool psbtBinary = false;
    starknet::InvokeV3 starknetTx;
};

// The chain id --network names for Starknet: mainnet, sepolia, a short string or 0x hex.
std::optional<stark::Felt> starknetChainOption(const QString &value)
{
    if (auto c = starknet::chainByName(value))
        return c->id;
    if (value.startsWith(QLatin1String("0x")))
        return stark::Felt::fromHex(value);
    return stark::Felt::fromShortString(value);
}

// The Starknet key and account the options name: scheme (--derivation), account class
// (--account, --class-hash) and index.
struct StarknetAccount
{
    SecretBytes key;
    stark::Felt publicKey;
    stark::Felt address;
};
Result<StarknetAccount> starknetAccount(const QCommandLineParser &p,
                                        const keystore::Secrets &secrets, quint32 index)
{
    const QString name = p.value(QStringLiteral("derivation")).isEmpty()
                             ? QStringLiteral("argent")
                             : p.value(QStringLiteral("derivation"));
    const auto scheme = starknet::keySchemeByName(name);
    if (!scheme) {
        return Result<StarknetAccount>::failure(
            QStringLiteral("bad_derivation"),
            QStringLiteral("--derivation must be argent or braavos"));
    }
    auto accountClass = starknetAccountClass(p);
    if (!accountClass)
        return accountClass.error();
    auto seed = keystore::bip39Seed(secrets);
    if (!seed)
        return seed.error();
    auto key = starknet::privateKeyFromSeed(*seed, *scheme, index);
    if (!key)
        return key.error();
    auto pub = stark::publicKey(*key);
    if (!pub)
        return pub.error();
    StarknetAccount a;
    a.publicKey = *pub;
    a.address = starknet::accountAddress(*pub, *accountClass);
    a.key = std::move(*key);
    return a;
}

// The Stellar network whose passphrase makes the envelope's signatures verify, if any does.
std::optional<stellar::Network> stellarNetworkFromSignatures(const stellar::Envelope &e)
{
    for (const char *name : {"public", "testnet", "futurenet"}) {
        const stellar::Network net = stellar::network(QLatin1String(name));
        for (const QByteArray &key : stellar::requiredSigners(e)) {
            if (stellar::hasValidSignature(e, net, key))
                return net;
        }
    }
    return std::nullopt;
}

// How a command without --network treats a Stellar transaction whose signatures do not tell
// its network: inspect refuses (the hash it would show depends on it), sign keeps public.
enum class StellarGuess { Refuse, Public };

int load(Chain chain, const QCommandLineParser &p, Loaded *l,
         StellarGuess guess = StellarGuess::Public)
{
    int rc = BadInput;
    auto input = readInput(chain, p, &rc);
    if (!input)
        return rc;
    const QString &path = input->origin;
    const QByteArray *data = &input->data;
    switch (chain) {
    case Chain::Stellar: {
        auto env = input->fromQr ? stellarFromQr(*data) : stellar::decodeBase64(*data);
        if (!env)
            return fail(BadInput, QStringLiteral("%1: %2").arg(path, env.error().message));
        l->stellarEnvelope = std::move(*env);
        if (p.isSet(QStringLiteral("network"))) {
            l->stellarNetwork = stellar::network(p.value(QStringLiteral("network")));
            return Success;
        }
        // A Stellar envelope does not name its network; its signatures do (each signs the
        // network's passphrase with the transaction).
        if (auto net = stellarNetworkFromSignatures(l->stellarEnvelope)) {
            l->stellarNetwork = *net;
            return Success;
        }
        const auto &sigs = l->stellarEnvelope.type == stellar::EnvelopeFeeBump
                               ? l->stellarEnvelope.feeBumpSignatures
                               : l->stellarEnvelope.signatures;
        if (guess == StellarGuess::Refuse) {
            return fail(BadInput,
                        sigs.isEmpty()
                            ? QStringLiteral("%1: an unsigned Stellar transaction does not say "
                                             "which network it is for, and its hash depends on "
                                             "it; pass --network public or --network testnet")
                                  .arg(path)
                            : QStringLiteral("%1: none of its signatures verifies on the public "
                                             "network, testnet or futurenet; pass --network "
                                             "with the network's name or passphrase")
                                  .arg(path));
        }
        l->stellarNetwork = stellar::network(QStringLiteral("public"));
        return Success;
    }
    case Chain::Algorand: {
        auto txns = algorand::decodeFile(*data);
        if (!txns)
            return fail(BadInput, QStringLiteral("%1: %2").arg(path, txns.error().message));
        l->algorandTxns = std::move(*txns);
        return Success;
    }
    case Chain::Bitcoin: {
        l->bitcoinNetwork = networkOr(p, QStringLiteral("mainnet"));
        if (!bitcoin::isKnownNetwork(l->bitcoinNetwork))
            return fail(BadInput,
                        QStringLiteral("--network must be mainnet or testnet for Bitcoin"));
        l->psbtBinary = isPsbtBinary(*data);
        auto ps = psbt::parse(*data);
        if (!ps)
            return fail(BadInput, QStringLiteral("%1: %2").arg(path, ps.error().message));
        l->psbt = std::move(*ps);
        return Success;
    }
    case Chain::Starknet: {
        auto tx = starknet::parseJson(*data);
        if (!tx)
            return fail(BadInput, QStringLiteral("%1: %2").arg(path, tx.error().message));
        if (p.isSet(QStringLiteral("network"))) {
            const auto id = starknetChainOption(p.value(QStringLiteral("network")));
            if (!id)
                return fail(BadInput, QStringLiteral("--network must be mainnet, sepolia or a "
                                                     "Starknet chain id"));
            if (*id != tx->chainId)
                return fail(BadInput, QStringLiteral("%1 is for chain %2, not %3")
                                          .arg(path, starknet::chainName(tx->chainId),
                                               starknet::chainName(*id)));
        }
        l->starknetTx = std::move(*tx);
        return Success;
    }
    }
    return BadInput;
}

// Reviews of everything in the input, from the point of view of the given keys (if any).
QList<TxReview> reviews(Chain chain, const Loaded &l, const keystore::Secrets *secrets,
                        quint32 index, const QCommandLineParser &p)
{
    QList<TxReview> out;
    switch (chain) {
    case Chain::Stellar: {
        QByteArray ours;
        if (secrets) {
            if (auto k = keystore::accountKey(*secrets, QStringLiteral("stellar"), index))
                ours = slip10::ed25519PublicKey(*k);
        }
        out << stellar::review(l.stellarEnvelope, l.stellarNetwork, ours);
        break;
    }
    case Chain::Algorand: {
        std::optional<QByteArray> ours;
        if (secrets) {
            if (auto k = keystore::accountKey(*secrets, QStringLiteral("algorand"), index))
                ours = slip10::ed25519PublicKey(*k);
        }
        for (const auto &t : l.algorandTxns)
            out << algorand::review(t.txn, ours);
        break;
    }
    case Chain::Bitcoin: {
        std::optional<Result<SecretBytes>> seed;
        if (secrets)
            seed.emplace(keystore::bip39Seed(*secrets));
        out << psbt::review(l.psbt, seed && *seed ? &seed->value() : nullptr, l.bitcoinNetwork);
        break;
    }
    case Chain::Starknet: {
        std::optional<stark::Felt> ours;
        if (secrets) {
            if (auto a = starknetAccount(p, *secrets, index))
                ours = a->address;
        }
        out << starknet::review(l.starknetTx, ours);
        break;
    }
    }
    return out;
}

// A signature a transaction already carries: who made it and whether it verifies.
struct SignatureLine
{
    QString signer; // address, or "" when no key the transaction names matches
    QString hint;   // what the signature says of its key (Stellar: last 4 bytes, hex)
    bool valid = false;
    bool checked = true; // false when nothing here can verify it (an unknown public key)
};
// One list per review; nullopt where the chain's review already says it (Bitcoin's inputs).
using SignatureLists = QList<std::optional<QList<SignatureLine>>>;

// The signatures each transaction already carries, who made them and whether they verify.
SignatureLists listSignatures(Chain chain, const Loaded &l, const keystore::Secrets *secrets,
                              quint32 index, const QCommandLineParser &p, qsizetype reviews)
{
    SignatureLists out(reviews);
    switch (chain) {
    case Chain::Stellar: {
        if (reviews == 0)
            break;
        QList<SignatureLine> lines;
        const stellar::Envelope &e = l.stellarEnvelope;
        const QByteArray h = stellar::hash(e, l.stellarNetwork);
        const QList<QByteArray> keys = stellar::requiredSigners(e);
        const auto &sigs = e.type == stellar::EnvelopeFeeBump ? e.feeBumpSignatures : e.signatures;
        for (const auto &sig : sigs) {
            SignatureLine s;
            s.hint = QString::fromLatin1(sig.hint.toHex());
            for (const QByteArray &key : keys) {
                if (key.right(4) != sig.hint)
                    continue;
                s.signer = strkey::accountId(key);
                s.valid = slip10::ed25519Verify(key, h, sig.signature);
                if (s.valid)
                    break;
            }
            lines.append(s);
        }
        out[0] = lines;
        break;
    }
    case Chain::Algorand:
        for (qsizetype i = 0; i < reviews && i < l.algorandTxns.size(); ++i) {
            const auto &t = l.algorandTxns[i];
            QList<SignatureLine> lines;
            if (!t.sig.isEmpty()) {
                SignatureLine s;
                s.signer = algorand::address(t.signer.size() == 32 ? t.signer : t.txn.sender);
                s.valid = algorand::verify(t);
                lines.append(s);
            }
            out[i] = lines;
        }
        break;
    case Chain::Starknet: {
        if (reviews == 0)
            break;
        QList<SignatureLine> lines;
        if (!l.starknetTx.signature.isEmpty()) {
            SignatureLine s;
            s.signer = starknet::formatAddress(l.starknetTx.senderAddress);
            // Only the account's public key verifies it: known when the wallet's keys are given.
            s.checked = false;
            if (secrets) {
                if (auto a = starknetAccount(p, *secrets, index);
                    a && a->address == l.starknetTx.senderAddress) {
                    s.checked = true;
                    s.valid = starknet::verify(l.starknetTx, a->publicKey);
                }
            }
            lines.append(s);
        }
        out[0] = lines;
        break;
    }
    case Chain::Bitcoin:
        break;
    }
    return out;
}

QString signaturesText(const QList<SignatureLine> &lines)
{
    QStringList out;
    out << (lines.isEmpty() ? QStringLiteral("Signatures: none (unsigned)")
                            : QStringLiteral("Signatures: %1").arg(lines.size()));
    int i = 0;
    for (const auto &s : lines) {
        QString who = s.signer.isEmpty() ? QStringLiteral("unknown key") : s.signer;
        if (!s.hint.isEmpty())
            who += QStringLiteral(" (hint %1)").arg(s.hint);
        out << QStringLiteral("  %1. %2: %3")
                   .arg(++i)
                   .arg(who, !s.checked ? QStringLiteral("not checked (its public key is not "
                                                         "known here)")
                             : s.valid  ? QStringLiteral("valid")
                                        : QStringLiteral("DOES NOT VERIFY"));
    }
    return out.join(QLatin1Char('\n'));
}

QJsonArray signaturesJson(const QList<SignatureLine> &lines)
{
    QJsonArray out;
    for (const auto &s : lines) {
        out.append(QJsonObject{{QStringLiteral("signer"), s.signer},
                               {QStringLiteral("hint"), s.hint},
                               {QStringLiteral("valid"), s.valid},
                               {QStringLiteral("checked"), s.checked}});
    }
    return out;
}

int txInspect(const QStringList &args)
{
    QCommandLineParser p;
    addChainOptions(p);
    p.addOption(
        {QStringLiteral("in"), QStringLiteral("Transaction file."), QStringLiteral("FILE")});
    addQrInOption(p);
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the review as JSON.")});
    p.addOption({QStringLiteral("index"), QStringLiteral("Account index of the keys (default 0)."),
                 QStringLiteral("N")});
    addKeyOptions(p);
    if (!parse(p, args))
        return BadInput;
    int rc = BadInput;
    const auto chain = chainOption(p, &rc);
    if (!chain)
        return rc;
    const auto index = indexOption(p, &rc);
    if (!index)
        return rc;
    Loaded l;
    if (int r = load(*chain, p, &l, StellarGuess::Refuse); r != Success)
        return r;
    std::optional<keystore::Secrets> secrets;
    if (hasKeyOptions(p)) {
        secrets = loadSecrets(p, &rc);
        if (!secrets)
            return rc;
    }
    auto list = reviews(*chain, l, secrets ? &*secrets : nullptr, *index, p);
    const SignatureLists sigs =
        listSignatures(*chain, l, secrets ? &*secrets : nullptr, *index, p, list.size());
    if (!secrets) {
        for (auto &r : list)
            r.signableInputs = -1; // "not checked", rather than a bare 0
    }
    const bool json = p.isSet(QStringLiteral("json"));
    if (json) {
        QJsonArray arr;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject o = list[i].toJson();
            if (sigs[i])
                o.insert(QStringLiteral("signatures"), signaturesJson(*sigs[i]));
            arr.append(o);
        }
        const QByteArray text =
            arr.size() == 1 ? QJsonDocument(arr.first().toObject()).toJson(QJsonDocument::Indented)
                            : QJsonDocument(arr).toJson(QJsonDocument::Indented);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString text = list[i].toText();
        if (sigs[i])
            text += QLatin1Char('\n') + signaturesText(*sigs[i]);
        out(text);
    }
    return Success;
}

int txSign(const QStringList &args)
{
    QCommandLineParser p;
    addChainOptions(p);
    p.addOption(
        {QStringLiteral("in"), QStringLiteral("Transaction to sign."), QStringLiteral("FILE")});
    addQrInOption(p);
    p.addOption({QStringLiteral("out"), QStringLiteral("Where to write the signed transaction."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("qr-out"),
                 QStringLiteral("Also (or instead of --out) write the signed transaction as QR "
                                "frames DIR/frame-001.png, ... of a BC-UR: ur:crypto-psbt for "
                                "Bitcoin, ur:bytes for the others. One frame when it fits, else "
                                "the frames of an animated QR for a reader to take in any order."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("qr-fragment"),
                 QStringLiteral("Most payload bytes per QR frame (default %1).")
                     .arg(ur::kDefaultMaxFragmentLen),
                 QStringLiteral("BYTES")});
    p.addOption({QStringLiteral("qr-frames"),
                 QStringLiteral("Frames to write (default: one per fragment, all a reader needs; "
                                "more add fountain-coded frames that stand in for missed ones)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("index"), QStringLiteral("Account index (default 0)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("accept-warnings"),
                 QStringLiteral("Sign even when the review raises a danger warning.")});
    addKeyOptions(p);
    if (!parse(p, args))
        return BadInput;
    int rc = BadInput;
    const auto chain = chainOption(p, &rc);
    if (!chain)
        return rc;
    const auto index = indexOption(p, &rc);
    if (!index)
        return rc;
    if (!p.isSet(QStringLiteral("out")) && !p.isSet(QStringLiteral("qr-out")))
        return fail(BadInput, QStringLiteral("--out FILE or --qr-out DIR is required"));
    QrFrameOptions qrOptions;
    for (const auto &[name, target] : {std::pair{"qr-fragment", &qrOptions.maxFragmentLen},
                                       std::pair{"qr-frames", &qrOptions.frames}}) {
        if (!p.isSet(QLatin1String(name)))
            continue;
        bool ok = false;
        *target = p.value(QLatin1String(name)).toInt(&ok);
        if (!ok || *target < 1 || *target > 100000)
            return fail(BadInput,
                        QStringLiteral("--%1 must be a positive number").arg(QLatin1String(name)));
    }
    if (qrOptions.maxFragmentLen > 0 && qrOptions.maxFragmentLen < 10)
        return fail(BadInput, QStringLiteral("--qr-fragment must be at least 10 bytes"));
    Loaded l;
    if (int r = load(*chain, p, &l); r != Success)
        return r;
    auto secrets = loadSecrets(p, &rc);
    if (!secrets)
        return rc;
    // The review goes to stderr before anything is signed.
    const auto list = reviews(*chain, l, &*secrets, *index, p);
    for (const auto &r : list) {
        printReview(r, false, stderr);
        for (const auto &w : r.warnings) {
            if (w.severity == TxReviewWarning::Danger &&
                !p.isSet(QStringLiteral("accept-warnings")))
                return fail(Refused,
                            QStringLiteral("not signed: %1 (pass --accept-warnings to sign "
                                           "anyway)")
                                .arg(w.text));
        }
    }
    QByteArray output;
    QByteArray qrPayload; // the signed transaction in the form its UR carries
    switch (*chain) {
    case Chain::Stellar: {
        auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), *index);
        if (!key)
            return fail(BadInput, key.error().message);
        if (auto s = stellar::sign(l.stellarEnvelope, *key, l.stellarNetwork); !s)
            return fail(Refused, s.error().message);
        output = stellar::encodeBase64(l.stellarEnvelope) + '\n';
        qrPayload = stellar::encode(l.stellarEnvelope);
        break;
    }
    case Chain::Algorand: {
        auto key = keystore::accountKey(*secrets, QStringLiteral("algorand"), *index);
        if (!key)
            return fail(BadInput, key.error().message);
        const QByteArray ours = slip10::ed25519PublicKey(*key);
        int signedCount = 0;
        for (auto &t : l.algorandTxns) {
            if (t.txn.sender != ours || !t.sig.isEmpty())
                continue;
            auto s = algorand::sign(t.txn, *key);
            if (!s)
                return fail(Refused, s.error().message);
            t = std::move(*s);
            ++signedCount;
        }
        if (signedCount == 0) {
            return fail(Refused, QStringLiteral("nothing to sign: no unsigned transaction in the "
                                                "file is sent by %1")
                                     .arg(algorand::address(ours)));
        }
        output = algorand::encodeFile(l.algorandTxns);
        qrPayload = output;
        break;
    }
    case Chain::Bitcoin: {
        auto seed = keystore::bip39Seed(*secrets);
        if (!seed)
            return fail(BadInput, seed.error().message);
        auto n = psbt::sign(l.psbt, *seed, l.bitcoinNetwork);
        if (!n)
            return fail(Refused, n.error().message);
        if (*n == 0)
            return fail(Refused, QStringLiteral("nothing to sign: no input of this PSBT belongs to "
                                                "this wallet"));
        // A PSBT whose inputs are now all signed is finalised, ready to broadcast.
        psbt::Psbt finalised = l.psbt;
        if (psbt::finalize(finalised))
            l.psbt = std::move(finalised);
        output =
            l.psbtBinary ? l.psbt.serialize() : (l.psbt.toBase64() + QLatin1Char('\n')).toLatin1();
        qrPayload = l.psbt.serialize();
        break;
    }
    case Chain::Starknet: {
        auto account = starknetAccount(p, *secrets, *index);
        if (!account)
            return fail(BadInput, account.error().message);
        if (l.starknetTx.senderAddress != account->address) {
            return fail(Refused,
                        QStringLiteral("nothing to sign: the sender %1 is not this wallet's "
                                       "account %2 (see --derivation, --account, --class-hash, "
                                       "--index)")
                            .arg(starknet::formatAddress(l.starknetTx.senderAddress),
                                 starknet::formatAddress(account->address)));
        }
        if (auto s = starknet::sign(l.starknetTx, account->key); !s)
            return fail(Refused, s.error().message);
        output = starknet::toJson(l.starknetTx);
        qrPayload = output;
        break;
    }
    }
    if (p.isSet(QStringLiteral("out"))) {
        if (auto w = writeFile(p.value(QStringLiteral("out")), output,
                               QStringLiteral("signed transaction"));
            !w)
            return fail(BadInput, w.error().message);
    }
    if (p.isSet(QStringLiteral("qr-out"))) {
        const QString dir = p.value(QStringLiteral("qr-out"));
        auto n = writeQrFrames(dir, urTypeFor(*chain), qrPayload, qrOptions);
        if (!n)
            return fail(BadInput, n.error().message);
        std::fprintf(stderr, "wrote %d QR frame(s) of ur:%s (%lld bytes) to %s\n", *n,
                     qPrintable(urTypeFor(*chain)), static_cast<long long>(qrPayload.size()),
                     qPrintable(QDir::toNativeSeparators(dir)));
    }
    return Success;
}

int buildStellar(const QCommandLineParser &p)
{
    stellar::PaymentParams params;
    params.source = p.value(QStringLiteral("source"));
    params.destination = p.value(QStringLiteral("destination"));
    params.asset = p.value(QStringLiteral("asset"));
    params.createAccount = p.isSet(QStringLiteral("create-account"));
    auto amount = stellar::parseAmount(p.value(QStringLiteral("amount")));
    if (!amount)
        return fail(BadInput, QStringLiteral("--amount: %1").arg(amount.error().message));
    params.amount = *amount;
    bool ok = false;
    params.sequence = p.value(QStringLiteral("sequence")).toLongLong(&ok);
    if (!ok)
        return fail(BadInput, QStringLiteral("--sequence N is required: the account's sequence "
                                             "number plus one"));
    if (p.isSet(QStringLiteral("fee"))) {
        params.fee = p.value(QStringLiteral("fee")).toUInt(&ok);
        if (!ok)
            return fail(BadInput, QStringLiteral("--fee must be a number of stroops"));
    }
    const qint64 valid = p.value(QStringLiteral("valid-seconds")).toLongLong(&ok);
    if (!ok || valid < 0)
        return fail(BadInput, QStringLiteral("--valid-seconds must be a number (0: no expiry)"));
    if (valid > 0)
        params.maxTime = quint64(QDateTime::currentSecsSinceEpoch() + valid);
    if (p.isSet(QStringLiteral("memo-text"))) {
        params.memo.type = stellar::MemoText;
        params.memo.text = p.value(QStringLiteral("memo-text")).toUtf8();
    } else if (p.isSet(QStringLiteral("memo-id"))) {
        params.memo.type = stellar::MemoId;
        params.memo.id = p.value(QStringLiteral("memo-id")).toULongLong(&ok);
        if (!ok)
            return fail(BadInput, QStringLiteral("--memo-id must be a 64-bit number"));
    } else if (p.isSet(QStringLiteral("memo-hash"))) {
        params.memo.type = stellar::MemoHash;
        params.memo.hash = QByteArray::fromHex(p.value(QStringLiteral("memo-hash")).toLatin1());
        if (params.memo.hash.size() != 32)
            return fail(BadInput, QStringLiteral("--memo-hash must be 64 hex digits"));
    }
    auto env = stellar::buildPayment(params);
    if (!env)
        return fail(BadInput, env.error().message);
    if (auto w = writeFile(p.value(QStringLiteral("out")), stellar::encodeBase64(*env) + '\n',
                           QStringLiteral("transaction"));
        !w)
        return fail(BadInput, w.error().message);
    printReview(stellar::review(*env, stellar::network(networkOr(p, QStringLiteral("public")))),
                false, stderr);
    return Success;
}

int buildAlgorand(const QCommandLineParser &p)
{
    algorand::PaymentParams params;
    params.sender = p.value(QStringLiteral("source"));
    params.receiver = p.value(QStringLiteral("destination"));
    params.network = networkOr(p, QStringLiteral("mainnet"));
    auto amount = parseUnits(p.value(QStringLiteral("amount")), 6);
    if (!amount)
        return fail(BadInput, QStringLiteral("--amount: %1").arg(amount.error().message));
    params.amount = quint64(*amount);
    bool ok = false;
    if (p.isSet(QStringLiteral("fee"))) {
        params.fee = p.value(QStringLiteral("fee")).toULongLong(&ok);
        if (!ok)
            return fail(BadInput, QStringLiteral("--fee must be a number of microalgos"));
    }
    params.firstValid = p.value(QStringLiteral("first-valid")).toULongLong(&ok);
    if (!ok)
        return fail(BadInput, QStringLiteral("--first-valid ROUND is required"));
    params.lastValid = p.isSet(QStringLiteral("last-valid"))
                           ? p.value(QStringLiteral("last-valid")).toULongLong(&ok)
                           : params.firstValid + 1000;
    if (!ok)
        return fail(BadInput, QStringLiteral("--last-valid must be a round number"));
    params.note = p.value(QStringLiteral("note")).toUtf8();
    auto txn = algorand::buildPayment(params);
    if (!txn)
        return fail(BadInput, txn.error().message);
    algorand::SignedTransaction unsignedTxn;
    unsignedTxn.txn = *txn;
    if (auto w = writeFile(p.value(QStringLiteral("out")), algorand::encodeFile({unsignedTxn}),
                           QStringLiteral("transaction"));
        !w)
        return fail(BadInput, w.error().message);
    printReview(algorand::review(*txn), false, stderr);
    return Success;
}

// A bound given as AMOUNT:PRICE (units and fri per unit), or the default.
std::optional<starknet::ResourceBound> boundOption(const QCommandLineParser &p, const char *name,
                                                   starknet::ResourceBound fallback)
{
    if (!p.isSet(QLatin1String(name)))
        return fallback;
    const QStringList parts = p.value(QLatin1String(name)).split(QLatin1Char(':'));
    bool ok = false;
    starknet::ResourceBound b;
    if (parts.size() != 2)
        return std::nullopt;
    b.maxAmount = parts[0].toULongLong(&ok);
    const auto price = stark::Felt::fromDecimal(parts[1]);
    if (!ok || !price || !price->fitsBits(128))
        return std::nullopt;
    b.maxPricePerUnit = *price;
    return b;
}

int buildStarknet(const QCommandLineParser &p)
{
    starknet::PaymentParams params;
    auto sender = starknet::parseAddress(p.value(QStringLiteral("source")));
    if (!sender)
        return fail(BadInput, QStringLiteral("--source: %1").arg(sender.error().message));
    auto recipient = starknet::parseAddress(p.value(QStringLiteral("destination")));
    if (!recipient)
        return fail(BadInput, QStringLiteral("--destination: %1").arg(recipient.error().message));
    auto amount = starknet::parseStrk(p.value(QStringLiteral("amount")));
    if (!amount)
        return fail(BadInput, QStringLiteral("--amount: %1").arg(amount.error().message));
    const auto chain = starknetChainOption(networkOr(p, QStringLiteral("mainnet")));
    if (!chain)
        return fail(BadInput, QStringLiteral("--network must be mainnet, sepolia or a chain id"));
    const auto nonce = stark::Felt::fromDecimal(p.value(QStringLiteral("nonce")));
    if (!nonce)
        return fail(BadInput, QStringLiteral("--nonce N is required: the account's nonce"));
    params.sender = *sender;
    params.recipient = *recipient;
    params.amountFri = *amount;
    params.chainId = *chain;
    params.nonce = *nonce;
    // Defaults generous enough for one transfer at today's prices; the review shows the total.
    const auto l1 = boundOption(p, "l1-gas", {0, stark::Felt()});
    const auto l2 = boundOption(p, "l2-gas", {0x200000, *stark::Felt::fromDecimal(u"20000000000")});
    const auto l1Data =
        boundOption(p, "l1-data-gas", {0x400, *stark::Felt::fromDecimal(u"100000000000000")});
    if (!l1 || !l2 || !l1Data)
        return fail(BadInput, QStringLiteral("--l1-gas, --l2-gas and --l1-data-gas take "
                                             "AMOUNT:PRICE (units : fri per unit, decimal)"));
    params.l1Gas = *l1;
    params.l2Gas = *l2;
    params.l1DataGas = *l1Data;
    const starknet::InvokeV3 tx = starknet::buildStrkPayment(params);
    if (auto w = writeFile(p.value(QStringLiteral("out")), starknet::toJson(tx),
                           QStringLiteral("transaction"));
        !w)
        return fail(BadInput, w.error().message);
    printReview(starknet::review(tx), false, stderr);
    return Success;
}

int txBuildPayment(const QStringList &args)
{
    QCommandLineParser p;
    addChainOptions(p, false);
    p.addOption({QStringLiteral("source"),
                 QStringLiteral("Required. Paying account (G…, Algorand or Starknet address)."),
                 QStringLiteral("ADDR")});
    p.addOption({QStringLiteral("destination"), QStringLiteral("Required. Receiving account."),
                 QStringLiteral("ADDR")});
    p.addOption({QStringLiteral("amount"),
                 QStringLiteral("Required. Amount in display units (XLM or asset units; ALGO; "
                                "STRK)."),
                 QStringLiteral("AMOUNT")});
    p.addOption({QStringLiteral("asset"), QStringLiteral("Stellar: XLM (default) or CODE:ISSUER."),
                 QStringLiteral("ASSET")});
    p.addOption({QStringLiteral("create-account"),
                 QStringLiteral("Stellar: fund a new account instead of paying.")});
    p.addOption({QStringLiteral("sequence"),
                 QStringLiteral("Stellar, required: sequence number to use (the account's plus "
                                "one)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("fee"), QStringLiteral("Fee in base units (stroops, microalgos)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("valid-seconds"),
                 QStringLiteral("Stellar: seconds until the transaction expires (default 300)."),
                 QStringLiteral("S"), QStringLiteral("300")});
    p.addOption({QStringLiteral("memo-text"), QStringLiteral("Stellar text memo."),
                 QStringLiteral("TEXT")});
    p.addOption(
        {QStringLiteral("memo-id"), QStringLiteral("Stellar id memo."), QStringLiteral("N")});
    p.addOption({QStringLiteral("memo-hash"), QStringLiteral("Stellar hash memo (hex)."),
                 QStringLiteral("HEX")});
    p.addOption({QStringLiteral("first-valid"),
                 QStringLiteral("Algorand, required: first valid round."),
                 QStringLiteral("ROUND")});
    p.addOption({QStringLiteral("last-valid"),
                 QStringLiteral("Algorand: last valid round (default first + 1000)."),
                 QStringLiteral("ROUND")});
    p.addOption({QStringLiteral("note"), QStringLiteral("Algorand note."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("nonce"),
                 QStringLiteral("Starknet, required: the account's nonce."), QStringLiteral("N")});
    for (const char *bound : {"l1-gas", "l2-gas", "l1-data-gas"}) {
        p.addOption({QLatin1String(bound),
                     QStringLiteral("Starknet: the %1 bound as AMOUNT:PRICE (units : fri per "
                                    "unit).")
                         .arg(QLatin1String(bound)),
                     QStringLiteral("AMOUNT:PRICE")});
    }
    p.addOption({QStringLiteral("out"),
                 QStringLiteral("Required. Where to write the unsigned transaction."),
                 QStringLiteral("FILE")});
    if (!parse(p, args))
        return BadInput;
    int rc = BadInput;
    const auto chain = chainOption(p, &rc);
    if (!chain)
        return rc;
    if (*chain == Chain::Bitcoin)
        return fail(BadInput, QStringLiteral("build-payment supports stellar, algorand and "
                                             "starknet; build Bitcoin PSBTs in the watching "
                                             "wallet"));
    for (const char *required : {"source", "destination", "amount", "out"}) {
        if (!p.isSet(QLatin1String(required)))
            return fail(BadInput, QStringLiteral("--%1 is required").arg(QLatin1String(required)));
    }
    if (*chain == Chain::Stellar)
        return buildStellar(p);
    if (*chain == Chain::Algorand)
        return buildAlgorand(p);
    if (*chain == Chain::Starknet)
        return buildStarknet(p);
    return fail(BadInput, QStringLiteral("build-payment supports stellar, algorand and starknet; "
                                         "build Bitcoin PSBTs in the watching wallet"));
}

} // namespace

CommandGroup txCommands()
{
    return {QStringLiteral("tx"),
            QStringLiteral("Review, sign and build transactions (offline signer)"),
            {{QStringLiteral("inspect"), QStringLiteral("Explain a transaction in plain words"),
              txInspect},
             {QStringLiteral("sign"), QStringLiteral("Sign a transaction after showing its review"),
              txSign},
             {QStringLiteral("build-payment"),
              QStringLiteral("Build an unsigned payment (stellar, algorand, starknet)"),
              txBuildPayment}}};
}

} // namespace fb::cli
