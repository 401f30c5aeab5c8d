// Fuzzes ApiClient::parseChangesBody, the changes feed the sync engine applies to the cache. The
// first 10 input bytes are the request's cursor and the cursor headers (since: 4 bytes; a "next"
// header: 1 flag byte and 4 bytes; Flashback-Has-More: 1 byte), the rest is the reply body. A
// page it accepts must keep the feed's contract: ascending seqs after since, its cursor the last
// seq, and what the headers said.
#include "models/apiclient.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

qint64 read32(const uint8_t *p)
{
    return qint64(quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 10)
        return 0;
    fb::ApiClient::ChangesBody reply;
    reply.since = read32(data);
    if (data[4] & 1)
        reply.next = read32(data + 5);
    reply.hasMore = data[9] & 1;
    reply.body = QByteArray(reinterpret_cast<const char *>(data + 10), qsizetype(size - 10));
    auto page = fb::ApiClient::parseChangesBody(reply);
    if (!page)
        return 0;
    qint64 last = reply.since;
    for (const fb::Change &c : page->changes) {
        if (c.seq <= last)
            std::abort();
        last = c.seq;
    }
    if (!page->changes.isEmpty() && page->next != last)
        std::abort();
    if (reply.next && (page->next != *reply.next || page->hasMore != reply.hasMore))
        std::abort();
    return 0;
}
