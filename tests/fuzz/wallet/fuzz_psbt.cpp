// Fuzzes the PSBT decoder and everything that runs on a decoded PSBT: re-serialisation must
// reproduce the input bytes, and review/sign/finalize/extract must never crash.
#include "wallet/bip39.h"
#include "wallet/psbt.h"
#include "wallet/secretbytes.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fb::initSodium();
    if (!ready)
        return 0;
    static const fb::SecretBytes seed = [] {
        auto s = fb::bip39::toSeed(
            fb::SecretBytes::fromBytes("abandon abandon abandon abandon abandon abandon abandon "
                                       "abandon abandon abandon abandon about"),
            fb::SecretBytes());
        return s ? std::move(s).value() : fb::SecretBytes();
    }();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = fb::psbt::parse(input);
    if (!parsed)
        return 0;
    fb::psbt::Psbt p = std::move(parsed).value();
    if (input.startsWith("psbt\xff") && p.serialize() != input)
        std::abort();
    (void)fb::psbt::review(p, &seed, QStringLiteral("mainnet"));
    (void)fb::psbt::review(p, nullptr, QStringLiteral("testnet"));
    (void)fb::psbt::sign(p, seed, QStringLiteral("mainnet"));
    if (fb::psbt::finalize(p))
        (void)fb::psbt::extractTransaction(p);
    return 0;
}
