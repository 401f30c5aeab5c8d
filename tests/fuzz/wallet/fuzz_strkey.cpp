// Fuzzes the StrKey decoder for every key kind: a decoded key must re-encode to the same text.
#include "wallet/secretbytes.h"
#include "wallet/strkey.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fb::initSodium();
    (void)ready;
    using fb::strkey::Version;
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Version v : {Version::AccountId, Version::Muxed, Version::Seed, Version::PreAuthTx,
                      Version::HashX, Version::SignedPayload, Version::Contract}) {
        auto key = fb::strkey::decode(v, text);
        if (key && fb::strkey::encode(v, *key) != text)
            std::abort();
    }
    return 0;
}
