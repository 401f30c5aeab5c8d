// Starknet cryptography speed: Pedersen, Poseidon (hash_many of two felts), public key, sign
// and verify with the wallet library, and the same on the same inputs with the reference SDKs
// (bench/wallet/stark_sdk.js under node) in the same run; prints a table of µs per operation
// and the ratios. Run by hand: build/bench/wallet/bench_stark [N]
#include "wallet/starkcurve.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <cstdio>
#include <functional>

using namespace fb;
using stark::Felt;

namespace {

Felt randomFelt(int bits)
{
    QByteArray b(32, '\0');
    for (auto &c : b)
        c = char(QRandomGenerator::global()->generate() & 0xff);
    const int clear = 256 - bits;
    b[0] = char(quint8(b[0]) & (0xff >> qMin(8, clear)));
    return *Felt::fromBytes(b);
}

double microsPerOp(int n, const std::function<void(int)> &op)
{
    op(0);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        op(i);
    return double(t.nsecsElapsed()) / 1000.0 / n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    initSodium();
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    QList<Felt> a, b, hashes;
    std::vector<SecretBytes> keys;
    QList<Felt> pubs;
    QList<stark::Signature> sigs;
    QJsonArray ja, jb, jk, jh;
    for (int i = 0; i < n; ++i) {
        a << randomFelt(251);
        b << randomFelt(251);
        hashes << randomFelt(251);
        keys.push_back(SecretBytes::fromBytes(randomFelt(250).bytes()));
        pubs << *stark::publicKey(keys.back());
        sigs << *stark::sign(keys.back(), hashes.last());
        ja.append(a.last().toHex());
        jb.append(b.last().toHex());
        jk.append(Felt::fromBytes(keys.back().view())->toHex());
        jh.append(hashes.last().toHex());
    }
    const QList<std::pair<const char *, std::function<void(int)>>> ops = {
        {"pedersen", [&](int i) { (void)stark::pedersen(a[i], b[i]); }},
        {"poseidon",
         [&](int i) {
             (void)stark::poseidonMany({a[i], b[i]});
         }},
        {"publicKey", [&](int i) { (void)stark::publicKey(keys[size_t(i)]); }},
        {"sign", [&](int i) { (void)stark::sign(keys[size_t(i)], hashes[i]); }},
        {"verify", [&](int i) { (void)stark::verify(pubs[i], hashes[i], sigs[i]); }},
    };
    QJsonObject ours;
    for (const auto &[name, op] : ops)
        ours[QLatin1String(name)] = microsPerOp(n, op);

    QTemporaryFile inputs;
    if (!inputs.open())
        return 1;
    inputs.write(QJsonDocument(QJsonObject{{QStringLiteral("a"), ja},
                                           {QStringLiteral("b"), jb},
                                           {QStringLiteral("keys"), jk},
                                           {QStringLiteral("hashes"), jh}})
                     .toJson());
    inputs.flush();
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(FB_TESTS_DIR));
    node.start(QStringLiteral("node"), {QStringLiteral(FB_STARK_SDK_SCRIPT), inputs.fileName()});
    if (!node.waitForFinished(600000) || node.exitCode() != 0) {
        std::fprintf(stderr, "node peer failed: %s\n", node.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject sdk = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    const QJsonObject scure = sdk[u"scure"].toObject(), sjs = sdk[u"starknetjs"].toObject();
    std::printf(
        "%d operations each, µs per operation (ratio = ours / SDK's; below 1 is faster)\n\n", n);
    std::printf("| operation | ours (OpenSSL) | @scure/starknet 2.4 | starknet.js 7.1 | ratio vs "
                "@scure | ratio vs starknet.js |\n|---|---|---|---|---|---|\n");
    for (const auto &[name, op] : ops) {
        const QString k = QLatin1String(name);
        const double o = ours[k].toDouble(), s = scure[k].toDouble(), j = sjs[k].toDouble();
        std::printf("| %s | %.1f | %.1f | %.1f | %.2f | %.2f |\n", name, o, s, j, o / s, o / j);
    }
    return 0;
}
