#include "wallet/libraryversions.h"

#include <openssl/crypto.h>
#include <sodium.h>

namespace fb {

QString sodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

QString opensslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace fb
