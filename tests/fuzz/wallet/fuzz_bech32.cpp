// Fuzzes the segwit address decoder: a decoded address must re-encode to its lower-case form.
#include "wallet/bech32.h"
#include "wallet/secretbytes.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fb::initSodium();
    (void)ready;
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
    auto decoded = fb::bech32::decodeSegwit(text);
    if (!decoded)
        return 0;
    if (fb::bech32::encode(decoded->hrp, decoded->version, decoded->program) != text.toLower())
        std::abort();
    (void)fb::bech32::decodeSegwit(text, QStringLiteral("bc"));
    return 0;
}
