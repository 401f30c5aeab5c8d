#include "wallet/starknet.h"

#include "wallet/bip32.h"

namespace fb::starknet {

namespace {

Felt hexFelt(const char *hex)
{
    auto f = Felt::fromHex(QString::fromLatin1(hex));
    if (!f)
        qFatal("Starknet constant is not a felt: %s", hex);
    return *f;
}

// 2^251 - 256, the bound of contract addresses (L2_ADDRESS_UPPER_BOUND).
const Felt &addressBound()
{
    static const Felt bound =
        hexFelt("0x07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00");
    return bound;
}

} // namespace

// ---- Chains ----------------------------------------------------------------------------

std::optional<ChainInfo> chainByName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("mainnet") || n == QLatin1String("sn_main"))
        return ChainInfo{QStringLiteral("mainnet"), *Felt::fromShortString(u"SN_MAIN"), false};
    if (n == QLatin1String("sepolia") || n == QLatin1String("sn_sepolia"))
        return ChainInfo{QStringLiteral("sepolia"), *Felt::fromShortString(u"SN_SEPOLIA"), true};
    return std::nullopt;
}

std::optional<ChainInfo> chainById(const Felt &id)
{
    const QString text = id.toShortString();
    if (text == QLatin1String("SN_MAIN") || text == QLatin1String("SN_SEPOLIA"))
        return chainByName(text);
    return std::nullopt;
}

QString chainName(const Felt &id)
{
    if (auto c = chainById(id))
        return c->name;
    const QString text = id.toShortString();
    return text.isEmpty() ? id.toHex() : text;
}

// ---- Keys ------------------------------------------------------------------------------

std::optional<KeyScheme> keySchemeByName(const QString &name)
{
    if (name == QLatin1String("argent") || name == QLatin1String("argentx"))
        return KeyScheme::ArgentX;
    if (name == QLatin1String("braavos"))
        return KeyScheme::Braavos;
    return std::nullopt;
}

QString keySchemeName(KeyScheme scheme)
{
    return scheme == KeyScheme::ArgentX ? QStringLiteral("argent") : QStringLiteral("braavos");
}

DerivationPath starkPath(quint32 index)
{
    return {44 | kHardened, 9004 | kHardened, 0 | kHardened, 0, index};
}

Result<SecretBytes> privateKeyFromSeed(const SecretBytes &bip39Seed, KeyScheme scheme,
                                       quint32 index)
{
    if (index >= kHardened) {
        return Result<SecretBytes>::failure(QStringLiteral("bad_index"),
                                            QStringLiteral("the account index must be below 2^31"));
    }
    SecretBytes seed;
    if (scheme == KeyScheme::ArgentX) {
        auto eth = bip32::derive(bip39Seed, {44 | kHardened, 60 | kHardened, 0 | kHardened, 0, 0});
        if (!eth)
            return eth.error();
        // ethers' BigNumber.toHexString() drops leading zero bytes.
        size_t skip = 0;
        while (skip < eth->key.size() && eth->key.data()[skip] == 0)
            ++skip;
        seed = SecretBytes::fromBytes(eth->key.view().sliced(qsizetype(skip)));
    } else {
        seed = bip39Seed.copy();
    }
    auto child = bip32::derive(seed, starkPath(index));
    if (!child)
        return child.error();
    return stark::grindKey(child->key);
}

// ---- Account contracts and addresses --------------------------------------------------

QList<AccountClass> knownAccountClasses()
{
    // Class hashes as starknet-foundry's `sncast account create` documents them (OpenZeppelin
    // v1.0.0, Argent v0.4.0). Braavos (0x03957f9f…bf8a, v1.2.0) deploys through a base account
    // with its own flow and is not offered.
    return {
        {QStringLiteral("oz"), AccountKind::OpenZeppelin,
         hexFelt("0x05b4b537eaa2399e3aa99c4e2e0208ebd6c71bc1467938cd52c798c601e43564"),
         QStringLiteral("OpenZeppelin account v1.0.0")},
        {QStringLiteral("argent"), AccountKind::Argent,
         hexFelt("0x036078334509b514626504edc9fb252328d1a240e4e948bef8d0c08dff45927f"),
         QStringLiteral("Argent account v0.4.0")},
    };
}

std::optional<AccountClass> accountClassByName(const QString &name)
{
    for (const auto &c : knownAccountClasses()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QList<Felt> constructorCalldata(AccountKind kind, const Felt &publicKey)
{
    if (kind == AccountKind::Argent)
        return {Felt(), publicKey, Felt::fromUInt(1)};
    return {publicKey};
}

Felt contractAddress(const Felt &salt, const Felt &classHash, const QList<Felt> &calldata,
                     const Felt &deployer)
{
    static const Felt prefix = *Felt::fromShortString(u"STARKNET_CONTRACT_ADDRESS");
    const Felt h = stark::pedersenOnElements(
        {prefix, deployer, salt, classHash, stark::pedersenOnElements(calldata)});
    return stark::mod(h, addressBound());
}

Felt accountAddress(const Felt &publicKey, const AccountClass &accountClass)
{
    return contractAddress(publicKey, accountClass.classHash,
                           constructorCalldata(accountClass.kind, publicKey));
}

QString formatAddress(const Felt &address)
{
    return address.toPaddedHex();
}

Result<Felt> parseAddress(const QString &text)
{
    auto f = Felt::fromHex(text.trimmed());
    if (!f || *f >= addressBound()) {
        return Result<Felt>::failure(
            QStringLiteral("bad_address"),
            QStringLiteral("\"%1\" is not a Starknet address (0x and up to 64 hex digits, below "
                           "2^251 - 256)")
                .arg(text));
    }
    return *f;
}

} // namespace fb::starknet
