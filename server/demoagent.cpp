// The development network's provider agent: the node holds the demo providers' role, so it does
// what their operators would do. It accepts their deal requests at once (createDeals) and, here,
// activates their Funded deals once the storage is ready, so the term starts, QoS is measured
// against the deal and the escrow settles as for any provider.
#include "server/node.h"
#include "server/nodelog.h"

namespace fb::node {

Status Node::runDemoAgent(qint64 nowMs)
{
    const qint64 fundedBefore = nowMs - qint64(m_config.demoActivationDelaySec) * 1000;
    auto q = m_db.exec(QStringLiteral("SELECT d.id FROM deals d JOIN providers p ON p.id = "
                                      "d.provider_id WHERE d.state = 'Funded' AND p.demo = 1 AND "
                                      "d.updated_at <= ?"),
                       {fundedBefore});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    int started = 0;
    for (const QString &id : std::as_const(ids)) {
        Status s = m_db.write([&]() -> Status {
            auto d = loadDeal(id);
            if (!d)
                return d.error();
            if (!*d || (*d)->state != DealState::Funded)
                return success(); // cancelled or activated meanwhile
            Deal deal = **d;
            if (auto s2 = startDeal(deal, nowMs); !s2)
                return s2;
            ++started;
            return success();
        });
        if (!s)
            return s;
    }
    if (started > 0)
        qCInfo(lcNode) << "demo agent activated" << started << "deal(s)";
    return success();
}

} // namespace fb::node
