// The manifest object a file leaves with every provider: "FBM1", a per-manifest salt, a nonce,
// then the manifest JSON under XChaCha20-Poly1305 with a key derived from the wallet's master
// secret and that salt, authenticated with the file id (so a manifest cannot pose as another
// file's). The transfer engine writes it; the file library reads it back on another machine.
#pragma once

#include "storage/erasure.h"
#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QByteArray>

namespace fb::storage {

QByteArray sealManifest(const SecretBytes &master, const Manifest &manifest);
// Errors: bad_manifest (not a manifest, does not authenticate, or another file's).
Result<Manifest> openManifest(const SecretBytes &master, const QByteArray &blob,
                              const QString &fileId);

} // namespace fb::storage
