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
        // Records in goal's {"txn": ...} form are written back byte for byte. A bare unsigned
        // transaction (what algosdk's encodeUnsignedTransaction writes), alone or among others,
        // is written back in goal's form, a few bytes longer. Either way what is written reads
        // back to the same transactions and writes back to itself.
        if (again.size() < input.size() || (again.size() == input.size() && again != input))
            std::abort();
        auto reread = fb::algorand::decodeFile(again);
        if (!reread || reread->size() != file->size() || fb::algorand::encodeFile(*reread) != again)
            std::abort();
        for (qsizetype i = 0; i < file->size(); ++i) {
            if (fb::algorand::encode(reread->at(i).txn) != fb::algorand::encode(file->at(i).txn))
                std::abort();
        }
        for (const auto &stxn : *file) {
            (void)fb::algorand::verify(stxn);
            (void)fb::algorand::review(stxn.txn, stxn.txn.sender);
        }
    }
    return 0;
}
