// Fuzzes the Starknet INVOKE v3 file reader: it must never crash, whatever it accepts writes
// back to a file that reads as the same transaction, and the review explains it without
// crashing whatever the calldata holds.
#include "wallet/secretbytes.h"
#include "wallet/starknettx.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool sodiumReady = fb::initSodium();
    if (!sodiumReady)
        std::abort();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto tx = fb::starknet::parseJson(input)) {
        auto again = fb::starknet::parseJson(fb::starknet::toJson(*tx));
        if (!again || !(*again == *tx))
            std::abort();
        (void)fb::starknet::review(*tx, tx->senderAddress);
        (void)fb::starknet::decodeExecuteCalldata(tx->calldata);
    }
    return 0;
}
