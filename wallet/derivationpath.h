// Derivation paths ("m/44'/148'/0'", "m/84h/0h/0h/0/5") parsed to child indices; hardened
// indices carry bit 31.
#pragma once

#include "wallet/result.h"

#include <QList>

namespace fb {

constexpr quint32 kHardened = 0x80000000u;

using DerivationPath = QList<quint32>;

Result<DerivationPath> parseDerivationPath(const QString &text);
QString formatDerivationPath(const DerivationPath &path);

} // namespace fb
