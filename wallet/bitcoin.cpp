#include "wallet/bitcoin.h"

#include "wallet/bech32.h"
#include "wallet/bip32.h"
#include "wallet/hashes.h"

namespace fb::bitcoin {

QString hrp(const QString &network)
{
    if (network == QLatin1String("mainnet"))
        return QStringLiteral("bc");
    if (network == QLatin1String("testnet"))
        return QStringLiteral("tb");
    return {};
}

bool isKnownNetwork(const QString &network)
{
    return !hrp(network).isEmpty();
}

DerivationPath accountPath(const QString &network, quint32 change, quint32 index)
{
    const quint32 coin = network == QLatin1String("mainnet") ? 0 : 1;
    return {84 | kHardened, coin | kHardened, 0 | kHardened, change, index};
}

QByteArray p2wpkhScript(const QByteArray &publicKey33)
{
    if (publicKey33.size() != 33 || (publicKey33[0] != 2 && publicKey33[0] != 3))
        return {};
    return bech32::scriptPubKey(0, hashes::hash160(publicKey33));
}

bool isP2wpkhScript(const QByteArray &script)
{
    return script.size() == 22 && script[0] == 0 && script[1] == 20;
}

Result<QString> p2wpkhAddress(const QByteArray &publicKey33, const QString &network)
{
    const QString h = hrp(network);
    if (h.isEmpty())
        return Result<QString>::failure(QStringLiteral("bad_network"),
                                        QStringLiteral("Unknown Bitcoin network \"%1\" (use "
                                                       "mainnet or testnet).")
                                            .arg(network));
    if (publicKey33.size() != 33 || (publicKey33[0] != 2 && publicKey33[0] != 3))
        return Result<QString>::failure(QStringLiteral("bad_key"),
                                        QStringLiteral("P2WPKH needs a 33-byte compressed key."));
    return bech32::encode(h, 0, hashes::hash160(publicKey33));
}

Result<QString> address(const SecretBytes &seed, const QString &network, quint32 index,
                        quint32 change)
{
    if (!isKnownNetwork(network))
        return p2wpkhAddress({}, network);
    auto key = bip32::derive(seed, accountPath(network, change, index));
    if (!key)
        return key.error();
    return p2wpkhAddress(key->publicKey, network);
}

QString scriptToAddress(const QByteArray &script, const QString &network)
{
    const QString h = hrp(network);
    if (h.isEmpty() || script.size() < 4 || script.size() > 42)
        return {};
    const auto op = static_cast<unsigned char>(script[0]);
    int version = -1;
    if (op == 0)
        version = 0;
    else if (op >= 0x51 && op <= 0x60)
        version = op - 0x50;
    if (version < 0 || static_cast<unsigned char>(script[1]) != script.size() - 2)
        return {};
    return bech32::encode(h, version, script.sliced(2));
}

} // namespace fb::bitcoin
