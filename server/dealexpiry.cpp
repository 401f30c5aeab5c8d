// Unpaid deals expire: a Pending or Accepted deal that is not Funded by its funding deadline
// ends as Expired and gives back the capacity it reserved, so an unpaid request cannot hold an
// offer's bytes for ever.
#include "server/node.h"
#include "server/nodelog.h"

#include <algorithm>

namespace fb::node {

qint64 Node::fundingDeadlineMs(const Deal &d) const
{
    return timeToMs(d.createdAt) + qint64(m_config.unpaidDealTtlSec) * 1000;
}

Status Node::expireUnpaidDeals()
{
    const qint64 now = NodeDb::nowMs();
    const qint64 createdBefore = now - qint64(m_config.unpaidDealTtlSec) * 1000;
    // A cheap read first: most calls find nothing to do and take no write lock.
    const QString overdue = QStringLiteral(" FROM deals WHERE state IN ('Pending', 'Accepted') "
                                           "AND created_at <= ?");
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*)") + overdue, {createdBefore});
    if (!n)
        return n.error();
    if (n->toLongLong() == 0)
        return success();
    int expired = 0;
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT id") + overdue, {createdBefore});
        if (!q)
            return q.error();
        QStringList ids;
        while (q->next())
            ids.append(q->value(0).toString());
        for (const QString &id : std::as_const(ids)) {
            auto d = loadDeal(id);
            if (!d)
                return d.error();
            if (!*d || ((*d)->state != DealState::Pending && (*d)->state != DealState::Accepted))
                continue;
            Deal deal = **d;
            if (auto e = endDeal(deal, DealState::Expired,
                                 tr("Not funded within %n minute(s) of the request; the reserved "
                                    "capacity was released.",
                                    nullptr, std::max(1, m_config.unpaidDealTtlSec / 60)),
                                 false);
                !e)
                return e;
            ++expired;
        }
        return success();
    });
    if (s && expired > 0)
        qCInfo(lcNode) << "expired" << expired << "unpaid deal(s)";
    return s;
}

} // namespace fb::node
