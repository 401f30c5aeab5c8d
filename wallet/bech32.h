// Bech32 (BIP173) and Bech32m (BIP350) segwit addresses: witness version 0 uses the bech32
// checksum, versions 1..16 bech32m. Decoding is strict: one case only, known checksum, the
// expected human-readable part and the program lengths BIP141 allows.
#pragma once

#include "wallet/result.h"

#include <QByteArray>
#include <QString>

namespace fb::bech32 {

struct SegwitAddress
{
    QString hrp;
    int version = 0;
    QByteArray program;
};

// The address for a witness program, or an empty string when version/program are invalid.
QString encode(const QString &hrp, int witnessVersion, const QByteArray &program);

// Decodes and checks a segwit address. An empty expectedHrp accepts any hrp. Errors:
// bad_address (characters, case, length, separator, program), bad_checksum, wrong_network.
Result<SegwitAddress> decodeSegwit(const QString &address, const QString &expectedHrp = {});

// The scriptPubKey of a witness program: OP_n <push program>.
QByteArray scriptPubKey(int witnessVersion, const QByteArray &program);

} // namespace fb::bech32
