// Fuzzes the file manifest parser. Input byte 0 picks the door: a manifest's JSON as the journal
// and the library keep it (Manifest::fromJson), or a sealed manifest object as a provider returns
// it (openManifest). A manifest accepted from JSON must survive toJson() and a seal/open round
// trip unchanged; nothing may crash.
#include "storage/erasure.h"
#include "storage/manifestcrypto.h"
#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fb::initSodium();
    if (!ready || size == 0)
        return 0;
    static const fb::SecretBytes master = fb::SecretBytes::fromBytes(QByteArray(32, '\x5a'));
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1) {
        // A provider's object: must be refused unless it authenticates (it never does here).
        auto opened = fb::storage::openManifest(master, input, QStringLiteral("0123abcd"));
        if (opened.ok())
            std::abort();
        return 0;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return 0;
    auto mf = fb::storage::Manifest::fromJson(doc.object());
    if (!mf)
        return 0;
    const QJsonObject json = mf->toJson();
    auto again = fb::storage::Manifest::fromJson(json);
    if (!again || again->toJson() != json)
        std::abort();
    const QByteArray sealed = fb::storage::sealManifest(master, *mf);
    auto opened = fb::storage::openManifest(master, sealed, mf->fileId);
    if (!opened || opened->toJson() != json)
        std::abort();
    if (fb::storage::openManifest(master, sealed, mf->fileId + QStringLiteral("x")).ok())
        std::abort(); // another file's id must not open it
    return 0;
}
