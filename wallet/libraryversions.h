// The versions of the cryptographic libraries the wallet runs on (for About and bug reports).
#pragma once

#include <QString>

namespace fb {

QString sodiumVersion();
QString opensslVersion();

} // namespace fb
