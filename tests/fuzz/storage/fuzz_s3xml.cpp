// Fuzzes the S3 XML readers with any reply body: error documents, ListObjectsV2 pages, the
// upload id of a new multipart upload and a ListParts page. Nothing may crash or leak.
#include "storage/s3client.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const fb::storage::S3Error e = fb::storage::S3Error::fromXml(500, body);
    (void)e.retryable();
    (void)e.toError();
    (void)fb::storage::S3ListPage::fromXml(body);
    (void)fb::storage::S3Client::uploadIdFromXml(body);
    (void)fb::storage::S3Client::partsFromXml(body);
    return 0;
}
