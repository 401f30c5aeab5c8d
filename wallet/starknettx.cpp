#include "wallet/starknettx.h"
#include "wallet/reviewtext.h"

#include <QCoreApplication>

#include "wallet/starkconstants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <openssl/bn.h>

#include <memory>

namespace fb::starknet {

namespace {

// ---- Integers wider than 64 bits, on OpenSSL's bignums ---------------------------------

struct BnFree
{
    void operator()(BIGNUM *b) const { BN_free(b); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Bn bn(const Felt &f)
{
    const QByteArray b = f.bytes();
    Bn out(BN_bin2bn(reinterpret_cast<const unsigned char *>(b.constData()), 32, nullptr));
    if (!out)
        qFatal("OpenSSL: out of memory");
    return out;
}
QString decimal(const BIGNUM *b)
{
    char *text = BN_bn2dec(b);
    const QString out = QString::fromLatin1(text);
    OPENSSL_free(text);
    return out;
}
// low + high * 2^128, as decimal.
QString u256Decimal(const Felt &low, const Felt &high)
{
    Bn v = bn(high);
    Bn l = bn(low);
    if (BN_lshift(v.get(), v.get(), 128) != 1 || BN_add(v.get(), v.get(), l.get()) != 1)
        qFatal("OpenSSL BN arithmetic failed");
    return decimal(v.get());
}

Felt shortString(const char16_t *text)
{
    return *Felt::fromShortString(text);
}

// A resource bound as the hash packs it: name << 192 | max_amount << 128 | max_price.
Felt packBound(const char16_t *name, const ResourceBound &b)
{
    QByteArray bytes = shortString(name).bytes();
    // The name sits in bytes 0..7 after the shift (at most 7 characters: 56 bits << 192).
    bytes = bytes.right(8) + QByteArray(24, '\0');
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = char(quint8(b.maxAmount >> (8 * (7 - i))));
    const QByteArray price = b.maxPricePerUnit.bytes();
    bytes.replace(16, 16, price.right(16));
    return *Felt::fromBytes(bytes);
}

const Felt &strk()
{
    // docs.starknet.io "STRK token": the same address on mainnet and Sepolia.
    static const Felt token =
        *Felt::fromHex(u"0x04718f5a0fc34cc1af16a1cdee98ffb20c31f5cd61d6ab07201858f4287c938d");
    return token;
}

// ---- JSON -------------------------------------------------------------------------------

Error badJson(const QString &what)
{
    return {QStringLiteral("bad_json"), what};
}

struct Reader
{
    std::optional<Error> error;

    Felt felt(const QJsonValue &v, const QString &where, int bits = 252)
    {
        if (error)
            return {};
        if (!v.isString()) {
            error = badJson(QStringLiteral("%1: expected a 0x hex string").arg(where));
            return {};
        }
        const auto f = Felt::fromHex(v.toString());
        if (!f) {
            error = badJson(QStringLiteral("%1: \"%2\" is not a felt (0x and up to 64 hex "
                                           "digits, below the field prime)")
                                .arg(where, v.toString().left(80)));
            return {};
        }
        if (bits < 252 && !f->fitsBits(bits)) {
            error = badJson(
                QStringLiteral("%1: %2 does not fit %3 bits").arg(where, f->toHex()).arg(bits));
            return {};
        }
        return *f;
    }
    QList<Felt> felts(const QJsonValue &v, const QString &where)
    {
        QList<Felt> out;
        if (error)
            return out;
        if (!v.isArray()) {
            error = badJson(QStringLiteral("%1: expected an array of felts").arg(where));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size() && !error; ++i)
            out << felt(a.at(i), QStringLiteral("%1[%2]").arg(where).arg(i));
        return out;
    }
    ResourceBound bound(const QJsonValue &v, const QString &where)
    {
        ResourceBound b;
        if (error)
            return b;
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.size() != 2 || !o.contains(u"max_amount") ||
            !o.contains(u"max_price_per_unit")) {
            error = badJson(
                QStringLiteral("%1: expected {\"max_amount\", \"max_price_per_unit\"}").arg(where));
            return b;
        }
        b.maxAmount =
            felt(o.value(u"max_amount"), where + QStringLiteral(".max_amount"), 64).low64();
        b.maxPricePerUnit = felt(o.value(u"max_price_per_unit"),
                                 where + QStringLiteral(".max_price_per_unit"), 128);
        return b;
    }
    DaMode da(const QJsonValue &v, const QString &where)
    {
        if (error)
            return DaMode::L1;
        if (v.toString() == QLatin1String("L1"))
            return DaMode::L1;
        if (v.toString() == QLatin1String("L2"))
            return DaMode::L2;
        error = badJson(QStringLiteral("%1: expected \"L1\" or \"L2\"").arg(where));
        return DaMode::L1;
    }
};

QJsonArray feltArray(const QList<Felt> &felts)
{
    QJsonArray a;
    for (const auto &f : felts)
        a.append(f.toHex());
    return a;
}
QJsonObject boundJson(const ResourceBound &b)
{
    return {{QStringLiteral("max_amount"), Felt::fromUInt(b.maxAmount).toHex()},
            {QStringLiteral("max_price_per_unit"), b.maxPricePerUnit.toHex()}};
}
QString daName(DaMode m)
{
    return m == DaMode::L1 ? QStringLiteral("L1") : QStringLiteral("L2");
}

const QStringList &fieldNames()
{
    static const QStringList names = {
        QStringLiteral("type"),
        QStringLiteral("version"),
        QStringLiteral("sender_address"),
        QStringLiteral("calldata"),
        QStringLiteral("signature"),
        QStringLiteral("nonce"),
        QStringLiteral("resource_bounds"),
        QStringLiteral("tip"),
        QStringLiteral("paymaster_data"),
        QStringLiteral("account_deployment_data"),
        QStringLiteral("nonce_data_availability_mode"),
        QStringLiteral("fee_data_availability_mode"),
        QStringLiteral("chain_id"),
    };
    return names;
}

} // namespace

Felt strkToken()
{
    return strk();
}

Felt transactionHash(const InvokeV3 &tx)
{
    const Felt fees =
        stark::poseidonMany({Felt::fromUInt(tx.tip), packBound(u"L1_GAS", tx.l1Gas),
                             packBound(u"L2_GAS", tx.l2Gas), packBound(u"L1_DATA", tx.l1DataGas)});
    const quint64 da = (quint64(tx.nonceDaMode) << 32) | quint64(tx.feeDaMode);
    return stark::poseidonMany({shortString(u"invoke"), Felt::fromUInt(3), tx.senderAddress, fees,
                                stark::poseidonMany(tx.paymasterData), tx.chainId, tx.nonce,
                                Felt::fromUInt(da), stark::poseidonMany(tx.accountDeploymentData),
                                stark::poseidonMany(tx.calldata)});
}

QString maxFeeFri(const InvokeV3 &tx)
{
    BN_CTX *ctx = BN_CTX_new();
    Bn total(BN_new()), term(BN_new()), amount(BN_new());
    BN_zero(total.get());
    bool ok = ctx != nullptr;
    const std::pair<quint64, Felt> parts[] = {
        {tx.l1Gas.maxAmount, tx.l1Gas.maxPricePerUnit},
        {tx.l2Gas.maxAmount, tx.l2Gas.maxPricePerUnit},
        {tx.l1DataGas.maxAmount, tx.l1DataGas.maxPricePerUnit},
        {tx.l2Gas.maxAmount, Felt::fromUInt(tx.tip)},
    };
    for (const auto &[units, price] : parts) {
        Bn p = bn(price);
        ok = ok && BN_set_word(amount.get(), units) == 1 &&
             BN_mul(term.get(), amount.get(), p.get(), ctx) == 1 &&
             BN_add(total.get(), total.get(), term.get()) == 1;
    }
    BN_CTX_free(ctx);
    if (!ok)
        qFatal("OpenSSL BN arithmetic failed");
    return decimal(total.get());
}

Result<InvokeV3> parseJson(QByteArrayView text)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return badJson(
            QStringLiteral("not JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return badJson(QStringLiteral("expected one JSON object (an INVOKE v3 transaction)"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!fieldNames().contains(it.key()))
            return badJson(QStringLiteral("unknown field \"%1\": the signer refuses what it "
                                          "cannot explain")
                               .arg(it.key().left(80)));
    }
    for (const auto &name : fieldNames()) {
        if (!o.contains(name))
            return badJson(QStringLiteral("missing field \"%1\"").arg(name));
    }
    if (o.value(u"type").toString() != QLatin1String("INVOKE")) {
        return Result<InvokeV3>::failure(
            QStringLiteral("unsupported_transaction"),
            QStringLiteral("type \"%1\": only INVOKE transactions are signed")
                .arg(o.value(u"type").toString().left(40)));
    }
    const QString version = o.value(u"version").toString().toLower();
    if (version != QLatin1String("0x3")) {
        const bool query = version == QLatin1String("0x100000000000000000000000000000003");
        return Result<InvokeV3>::failure(
            QStringLiteral("unsupported_transaction"),
            query ? QStringLiteral("version %1 is the fee-estimation query version: a signature "
                                   "over it is never given")
                        .arg(version)
                  : QStringLiteral("version \"%1\": only INVOKE v3 (0x3) is supported")
                        .arg(version.left(40)));
    }
    Reader r;
    InvokeV3 tx;
    tx.senderAddress = r.felt(o.value(u"sender_address"), QStringLiteral("sender_address"));
    tx.calldata = r.felts(o.value(u"calldata"), QStringLiteral("calldata"));
    tx.signature = r.felts(o.value(u"signature"), QStringLiteral("signature"));
    tx.nonce = r.felt(o.value(u"nonce"), QStringLiteral("nonce"));
    const QJsonValue rb = o.value(u"resource_bounds");
    const QJsonObject rbo = rb.toObject();
    if (!rb.isObject() || rbo.size() != 3 || !rbo.contains(u"l1_gas") || !rbo.contains(u"l2_gas") ||
        !rbo.contains(u"l1_data_gas"))
        return badJson(QStringLiteral("resource_bounds: expected l1_gas, l2_gas and l1_data_gas"));
    tx.l1Gas = r.bound(rbo.value(u"l1_gas"), QStringLiteral("resource_bounds.l1_gas"));
    tx.l2Gas = r.bound(rbo.value(u"l2_gas"), QStringLiteral("resource_bounds.l2_gas"));
    tx.l1DataGas =
        r.bound(rbo.value(u"l1_data_gas"), QStringLiteral("resource_bounds.l1_data_gas"));
    tx.tip = r.felt(o.value(u"tip"), QStringLiteral("tip"), 64).low64();
    tx.paymasterData = r.felts(o.value(u"paymaster_data"), QStringLiteral("paymaster_data"));
    tx.accountDeploymentData =
        r.felts(o.value(u"account_deployment_data"), QStringLiteral("account_deployment_data"));
    tx.nonceDaMode = r.da(o.value(u"nonce_data_availability_mode"),
                          QStringLiteral("nonce_data_availability_mode"));
    tx.feeDaMode =
        r.da(o.value(u"fee_data_availability_mode"), QStringLiteral("fee_data_availability_mode"));
    tx.chainId = r.felt(o.value(u"chain_id"), QStringLiteral("chain_id"));
    if (r.error)
        return *r.error;
    if (!tx.signature.isEmpty() && tx.signature.size() != 2)
        return badJson(QStringLiteral("signature: expected [] or [r, s]"));
    return tx;
}

QByteArray toJson(const InvokeV3 &tx)
{
    const QJsonObject bounds{{QStringLiteral("l1_gas"), boundJson(tx.l1Gas)},
                             {QStringLiteral("l2_gas"), boundJson(tx.l2Gas)},
                             {QStringLiteral("l1_data_gas"), boundJson(tx.l1DataGas)}};
    const QJsonObject o{
        {QStringLiteral("type"), QStringLiteral("INVOKE")},
        {QStringLiteral("version"), QStringLiteral("0x3")},
        {QStringLiteral("sender_address"), formatAddress(tx.senderAddress)},
        {QStringLiteral("calldata"), feltArray(tx.calldata)},
        {QStringLiteral("signature"), feltArray(tx.signature)},
        {QStringLiteral("nonce"), tx.nonce.toHex()},
        {QStringLiteral("resource_bounds"), bounds},
        {QStringLiteral("tip"), Felt::fromUInt(tx.tip).toHex()},
        {QStringLiteral("paymaster_data"), feltArray(tx.paymasterData)},
        {QStringLiteral("account_deployment_data"), feltArray(tx.accountDeploymentData)},
        {QStringLiteral("nonce_data_availability_mode"), daName(tx.nonceDaMode)},
        {QStringLiteral("fee_data_availability_mode"), daName(tx.feeDaMode)},
        {QStringLiteral("chain_id"), tx.chainId.toHex()},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// ---- Calls -----------------------------------------------------------------------------

QList<Felt> executeCalldata(const QList<Call> &calls)
{
    QList<Felt> out{Felt::fromUInt(quint64(calls.size()))};
    for (const auto &c : calls) {
        out << c.to << c.selector << Felt::fromUInt(quint64(c.calldata.size()));
        out << c.calldata;
    }
    return out;
}

Result<QList<Call>> decodeExecuteCalldata(const QList<Felt> &calldata)
{
    auto bad = [](const QString &what) {
        return Result<QList<Call>>::failure(QStringLiteral("bad_calldata"), what);
    };
    if (calldata.isEmpty())
        return bad(QStringLiteral("empty calldata: no call count"));
    const Felt count = calldata.first();
    if (!count.fitsBits(16))
        return bad(QStringLiteral("calldata[0]: %1 calls is not a call count").arg(count.toHex()));
    QList<Call> calls;
    qsizetype at = 1;
    for (quint64 i = 0; i < count.low64(); ++i) {
        if (calldata.size() - at < 3)
            return bad(QStringLiteral("call %1 is cut short at calldata[%2]").arg(i).arg(at));
        Call c;
        c.to = calldata.at(at);
        c.selector = calldata.at(at + 1);
        const Felt len = calldata.at(at + 2);
        at += 3;
        if (!len.fitsBits(32) || qsizetype(len.low64()) > calldata.size() - at)
            return bad(QStringLiteral("call %1 claims %2 arguments; the calldata has %3 left")
                           .arg(i)
                           .arg(len.toDecimal())
                           .arg(calldata.size() - at));
        c.calldata = calldata.mid(at, qsizetype(len.low64()));
        at += qsizetype(len.low64());
        calls << c;
    }
    if (at != calldata.size())
        return bad(QStringLiteral("%1 felts after the last call").arg(calldata.size() - at));
    return calls;
}

std::optional<Felt> selectorOf(const QString &name)
{
    for (int i = 0; i < stark::constants::kSelectorCount; ++i) {
        if (name == QLatin1String(stark::constants::kSelectors[i].name))
            return Felt::fromHex(QString::fromLatin1(stark::constants::kSelectors[i].selector));
    }
    return std::nullopt;
}

QString selectorName(const Felt &selector)
{
    for (int i = 0; i < stark::constants::kSelectorCount; ++i) {
        if (Felt::fromHex(QString::fromLatin1(stark::constants::kSelectors[i].selector)) ==
            selector)
            return QString::fromLatin1(stark::constants::kSelectors[i].name);
    }
    return {};
}

Call strkTransfer(const Felt &recipient, const Felt &amountFri)
{
    return {strk(), *selectorOf(QStringLiteral("transfer")), {recipient, amountFri, Felt()}};
}

Result<Felt> parseStrk(const QString &text)
{
    const QString t = text.trimmed();
    const auto parts = t.split(QLatin1Char('.'));
    const auto bad = Result<Felt>::failure(
        QStringLiteral("bad_amount"),
        QStringLiteral("\"%1\" is not an amount of STRK: digits with at most 18 decimals, e.g. "
                       "12.5")
            .arg(t.left(80)));
    if (t.isEmpty() || parts.size() > 2 || parts[0].isEmpty() ||
        (parts.size() == 2 && (parts[1].isEmpty() || parts[1].size() > kStrkDecimals)))
        return bad;
    QString digits = parts[0] + (parts.size() == 2 ? parts[1] : QString());
    digits += QString(kStrkDecimals - (parts.size() == 2 ? parts[1].size() : 0), QLatin1Char('0'));
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    const auto f = Felt::fromDecimal(digits);
    if (!f || !f->fitsBits(128))
        return bad;
    return *f;
}

InvokeV3 buildStrkPayment(const PaymentParams &p)
{
    InvokeV3 tx;
    tx.senderAddress = p.sender;
    tx.calldata = executeCalldata({strkTransfer(p.recipient, p.amountFri)});
    tx.nonce = p.nonce;
    tx.chainId = p.chainId;
    tx.l1Gas = p.l1Gas;
    tx.l2Gas = p.l2Gas;
    tx.l1DataGas = p.l1DataGas;
    tx.tip = p.tip;
    return tx;
}

// ---- Signing and review -----------------------------------------------------------------

Status sign(InvokeV3 &tx, const SecretBytes &privateKey)
{
    auto sig = stark::sign(privateKey, transactionHash(tx));
    if (!sig)
        return sig.error();
    tx.signature = {sig->r, sig->s};
    return success();
}

bool verify(const InvokeV3 &tx, const Felt &publicKey)
{
    if (tx.signature.size() != 2)
        return false;
    return stark::verify(publicKey, transactionHash(tx), {tx.signature[0], tx.signature[1]});
}

QString highFeeFri()
{
    return QStringLiteral("20000000000000000000");
}

TxReview review(const InvokeV3 &tx, const std::optional<Felt> &ourAddress)
{
    TxReview r;
    r.chain = QStringLiteral("starknet");
    const auto chain = chainById(tx.chainId);
    r.network = chainName(tx.chainId);
    r.testNetwork = chain ? chain->test : false;
    if (!chain) {
        r.warn(TxReviewWarning::Danger, QStringLiteral("unknown_network"),
               QStringLiteral("chain id %1 (%2) is neither Starknet mainnet nor Sepolia")
                   .arg(tx.chainId.toHex(), r.network));
    }
    r.source = formatAddress(tx.senderAddress);
    r.hash = transactionHash(tx).toPaddedHex();
    r.validity =
        QCoreApplication::translate("fb::wallet::Review", "nonce %1").arg(tx.nonce.toDecimal());

    auto calls = decodeExecuteCalldata(tx.calldata);
    if (!calls) {
        r.warn(TxReviewWarning::Danger, QStringLiteral("unreadable_calldata"),
               QStringLiteral("the calls cannot be read (%1): the wallet cannot say what this "
                              "transaction does")
                   .arg(calls.error().message));
    } else {
        const Felt transfer = *selectorOf(QStringLiteral("transfer"));
        for (const auto &c : *calls) {
            TxReviewLine line;
            const QString name = selectorName(c.selector);
            const bool erc20Amount = c.calldata.size() == 3 && c.calldata[1].fitsBits(128) &&
                                     c.calldata[2].fitsBits(128);
            if ((c.selector == transfer || name == QLatin1String("approve") ||
                 name == QLatin1String("increase_allowance")) &&
                erc20Amount) {
                line.kind =
                    c.selector == transfer ? QStringLiteral("transfer") : QStringLiteral("approve");
                line.destination = formatAddress(c.calldata[0]);
                line.amountBase = u256Decimal(c.calldata[1], c.calldata[2]);
                if (c.to == strk()) {
                    line.asset = QStringLiteral("STRK");
                    line.amount =
                        review::amount(line.amountBase, kStrkDecimals, QStringLiteral("STRK"));
                } else {
                    line.asset = QCoreApplication::translate("fb::wallet::Review", "token %1")
                                     .arg(formatAddress(c.to));
                    line.amount = QCoreApplication::translate("fb::wallet::Review", "%1 base units")
                                      .arg(review::integer(line.amountBase));
                    r.warn(TxReviewWarning::Caution, QStringLiteral("unknown_token"),
                           QStringLiteral("%1 is not a token the wallet knows: the amount is "
                                          "shown in its base units")
                               .arg(formatAddress(c.to)));
                }
                line.details << QCoreApplication::translate("fb::wallet::Review",
                                                            "token contract %1")
                                    .arg(formatAddress(c.to));
                if (line.kind == QLatin1String("approve")) {
                    r.warn(TxReviewWarning::Danger, QStringLiteral("approve"),
                           QStringLiteral("%1 lets %2 spend up to %3 of this account's tokens")
                               .arg(name, line.destination, line.amount));
                }
            } else {
                line.kind = QStringLiteral("call");
                line.destination = formatAddress(c.to);
                line.details << QCoreApplication::translate("fb::wallet::Review", "entry point %1")
                                    .arg(name.isEmpty() ? c.selector.toHex() : name);
                QStringList args;
                for (const auto &a : c.calldata)
                    args << a.toHex();
                line.details << QCoreApplication::translate("fb::wallet::Review", "arguments [%1]")
                                    .arg(args.join(QStringLiteral(", ")));
                r.warn(TxReviewWarning::Caution, QStringLiteral("contract_call"),
                       QStringLiteral("a call to %1 (%2) that the wallet cannot explain in plain "
                                      "words")
                           .arg(line.destination, name.isEmpty() ? c.selector.toHex() : name));
            }
            r.lines << line;
        }
    }

    // Fee: the most the transaction may cost.
    r.feeBase = maxFeeFri(tx);
    r.fee = QCoreApplication::translate("fb::wallet::Review", "at most %1")
                .arg(review::amount(r.feeBase, kStrkDecimals, QStringLiteral("STRK")));
    TxReviewLine bounds;
    bounds.kind = QStringLiteral("fee_bounds");
    const std::pair<const char *, const ResourceBound *> named[] = {
        {"L1 gas", &tx.l1Gas}, {"L2 gas", &tx.l2Gas}, {"L1 data gas", &tx.l1DataGas}};
    for (const auto &[label, b] : named) {
        bounds.details << QCoreApplication::translate("fb::wallet::Review",
                                                      "%1: at most %2 units at %3 fri")
                              .arg(QLatin1String(label))
                              .arg(b->maxAmount)
                              .arg(b->maxPricePerUnit.toDecimal());
    }
    bounds.details << QCoreApplication::translate("fb::wallet::Review",
                                                  "tip: %1 fri per L2 gas unit")
                          .arg(tx.tip);
    r.lines << bounds;
    if (Felt::fromDecimal(r.feeBase) > Felt::fromDecimal(highFeeFri())) {
        r.warn(TxReviewWarning::Danger, QStringLiteral("high_fee"),
               QStringLiteral("the fee may reach %1, above %2 STRK")
                   .arg(r.fee, formatUnits(highFeeFri(), kStrkDecimals)));
    }
    if (!tx.paymasterData.isEmpty()) {
        r.warn(
            TxReviewWarning::Caution, QStringLiteral("paymaster"),
            QStringLiteral("paymaster data is attached (%1 felts)").arg(tx.paymasterData.size()));
    }
    if (!tx.accountDeploymentData.isEmpty()) {
        r.warn(TxReviewWarning::Caution, QStringLiteral("account_deployment"),
               QStringLiteral("account deployment data is attached (%1 felts)")
                   .arg(tx.accountDeploymentData.size()));
    }
    if (tx.nonceDaMode != DaMode::L1 || tx.feeDaMode != DaMode::L1) {
        r.warn(TxReviewWarning::Caution, QStringLiteral("l2_data_availability"),
               QStringLiteral("nonce or fee data availability on L2: Starknet accepts L1 only "
                              "today, so the network will likely refuse this transaction"));
    }
    if (ourAddress) {
        if (*ourAddress == tx.senderAddress) {
            r.signableInputs = 1;
        } else {
            r.warn(TxReviewWarning::Caution, QStringLiteral("not_our_account"),
                   QStringLiteral("the sender %1 is not this wallet's account %2")
                       .arg(r.source, formatAddress(*ourAddress)));
        }
    }
    return r;
}

} // namespace fb::starknet
