// Fuzzes the strict Algorand msgpack parser: it must never crash, and whatever it accepts must
// be canonical, so re-encoding gives back exactly the input bytes.
#include "wallet/algorand.h"
#include "wallet/secretbytes.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool sodiumReady = fb::initSodium();
    if (!sodiumReady)
        std::abort();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    if (auto txn = fb::algorand::decode(input)) {
        if (fb::algorand::encode(*txn) != input)
            std::abort();
        (void)fb::algorand::txId(*txn);
        (void)fb::algorand::review(*txn);
    }
    if (auto file = fb::algorand::decodeFile(input)) {
        if (fb::algorand::encodeFile(*file) != input)
            std::abort();
        for (const auto &stxn : *file) {
            (void)fb::algorand::verify(stxn);
            (void)fb::algorand::review(stxn.txn, stxn.txn.sender);
        }
    }
    return 0;
}
