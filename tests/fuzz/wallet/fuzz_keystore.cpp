// Fuzzes the keystore reader with the password "fuzz". Key derivation is capped at tiny
// Argon2id parameters (1 pass, 64 KiB) so hostile headers cannot exhaust memory or time; the
// seeds use exactly those. A file that opens must re-encrypt and open again with the same
// secrets.
#include "wallet/keystore.h"
#include "wallet/secretbytes.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fb::initSodium();
    (void)ready;
    using namespace fb::keystore;
    const QByteArrayView file(reinterpret_cast<const char *>(data), qsizetype(size));
    const Params limit{1, 64 * 1024};
    auto header = inspectBytes(file);
    static const fb::SecretBytes password = fb::SecretBytes::fromBytes("fuzz");
    auto secrets = readBytes(file, password, limit);
    if (!secrets) {
        if (secrets.error().code.isEmpty() || secrets.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (!header)
        std::abort(); // readable, so its header must parse
    auto again = encryptToBytes(*secrets, password, *header);
    if (!again)
        std::abort();
    auto back = readBytes(*again, password, limit);
    if (!back || back->kind != secrets->kind || !(back->seed == secrets->seed) ||
        !(back->mnemonic == secrets->mnemonic) || !(back->passphrase == secrets->passphrase) ||
        back->label != secrets->label ||
        (secrets->created != 0 && back->created != secrets->created))
        std::abort();
    return 0;
}
