// Test helper for interop.js: reads a JSON batch of Starknet inputs on stdin (random ones the
// script draws) and prints what the wallet library computes for each, so the script can compare
// every value with the reference SDKs. Not part of the product.
#include "wallet/starknet.h"
#include "wallet/starknettx.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace fb;
using stark::Felt;

namespace {

Felt felt(const QJsonValue &v)
{
    auto f = Felt::fromHex(v.toString());
    if (!f)
        qFatal("not a felt: %s", qPrintable(v.toString()));
    return *f;
}
QList<Felt> felts(const QJsonValue &v)
{
    QList<Felt> out;
    for (const auto &e : v.toArray())
        out << felt(e);
    return out;
}

} // namespace

int main()
{
    initSodium();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const QJsonObject req = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject res;

    QJsonArray pedersen;
    for (const auto &pair : req[u"pedersen"].toArray()) {
        const auto ab = felts(pair);
        pedersen.append(stark::pedersen(ab[0], ab[1]).toHex());
    }
    res[QStringLiteral("pedersen")] = pedersen;

    QJsonArray poseidon;
    for (const auto &list : req[u"poseidonMany"].toArray())
        poseidon.append(stark::poseidonMany(felts(list)).toHex());
    res[QStringLiteral("poseidonMany")] = poseidon;

    QJsonArray grind;
    for (const auto &seed : req[u"grind"].toArray()) {
        const SecretBytes s =
            SecretBytes::fromBytes(QByteArray::fromHex(seed.toString().toLatin1()));
        grind.append(Felt::fromBytes(stark::grindKey(s).view())->toHex());
    }
    res[QStringLiteral("grind")] = grind;

    // keys: [privateKey, messageHash] -> public key, addresses, signature
    QJsonArray keys;
    const auto oz = *starknet::accountClassByName(QStringLiteral("oz"));
    const auto argent = *starknet::accountClassByName(QStringLiteral("argent"));
    for (const auto &pair : req[u"keys"].toArray()) {
        const auto km = felts(pair);
        const SecretBytes key = SecretBytes::fromBytes(km[0].bytes());
        const Felt pub = *stark::publicKey(key);
        auto sig = stark::sign(key, km[1]);
        keys.append(QJsonObject{
            {QStringLiteral("publicKey"), pub.toHex()},
            {QStringLiteral("oz"), starknet::formatAddress(starknet::accountAddress(pub, oz))},
            {QStringLiteral("argent"),
             starknet::formatAddress(starknet::accountAddress(pub, argent))},
            {QStringLiteral("r"), sig ? sig->r.toHex() : QString()},
            {QStringLiteral("s"), sig ? sig->s.toHex() : QString()},
            {QStringLiteral("error"), sig ? QString() : sig.error().code},
        });
    }
    res[QStringLiteral("keys")] = keys;

    QJsonArray txs;
    for (const auto &t : req[u"txs"].toArray()) {
        auto tx = starknet::parseJson(QJsonDocument(t.toObject()).toJson());
        txs.append(tx ? starknet::transactionHash(*tx).toHex() : tx.error().message);
    }
    res[QStringLiteral("txs")] = txs;

    const QByteArray out = QJsonDocument(res).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
