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
        const QByteArray again = fb::algorand::encodeFile(*file);
        // A bare unsigned transaction (what algosdk's encodeUnsignedTransaction writes) is read as
        // a file of one and written back in goal's {"txn": ...} form, which must read back the
        // same; anything else is written back byte for byte.
        const bool bare = file->size() == 1 && file->first().sig.isEmpty() &&
                          fb::algorand::encode(file->first().txn) == input;
        if (bare) {
            auto reread = fb::algorand::decodeFile(again);
            if (!reread || reread->size() != 1 ||
                fb::algorand::encode(reread->first().txn) != input)
                std::abort();
        } else if (again != input) {
            std::abort();
        }
        for (const auto &stxn : *file) {
            (void)fb::algorand::verify(stxn);
            (void)fb::algorand::review(stxn.txn, stxn.txn.sender);
        }
    }
    return 0;
}
