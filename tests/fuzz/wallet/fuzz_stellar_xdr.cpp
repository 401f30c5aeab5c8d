// Fuzzes the Stellar envelope decoder: whatever decodes must re-encode to the same bytes, hash,
// and review without crashing.
#include "wallet/secretbytes.h"
#include "wallet/stellar.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fb::initSodium();
    (void)ready;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto env = fb::stellar::decode(bytes);
    if (!env)
        return 0;
    if (fb::stellar::encode(*env) != bytes)
        std::abort();
    const auto net = fb::stellar::network(QStringLiteral("testnet"));
    (void)fb::stellar::review(*env, net, env->tx.source.key);
    (void)fb::stellar::hash(*env, net);
    return 0;
}
