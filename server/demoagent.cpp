// The development network's provider agent: the node holds the demo providers' role, so it does
// what their operators would do. It accepts their deal requests at once (createDeals) and, here,
// activates their Funded deals once the storage is ready, so the term starts, QoS is measured
// against the deal and the escrow settles as for any provider.
//
// The agent keeps its own schedule, apart from the QoS cycle: when a demo provider's deal turns
// Funded (saveDeal -> noteFundedDeal) a single-shot timer is armed for its activation time, so the
// deal is Active --demo-activation-delay seconds after its payment, whatever --qos-interval is.
// The cycle still runs the agent (a catch-up for deals funded through another node sharing the
// database, or before a restart) and re-arms the timer from the database.
#include "server/node.h"
#include "server/nodelog.h"

#include <algorithm>

namespace fb::node {

namespace {
// A failed run (the database busy or refusing) is retried this much later; a run refused by
// another node's lease, once that lease has expired.
constexpr qint64 kRetryMs = 5000;
constexpr int kLeaseSec = 2;
} // namespace

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

Status Node::noteFundedDeal(const Deal &d)
{
    if (d.state != DealState::Funded)
        return success();
    auto demo =
        m_db.scalar(QStringLiteral("SELECT demo FROM providers WHERE id = ?"), {d.providerId});
    if (!demo)
        return demo.error();
    if (demo->toInt() != 1)
        return success();
    // Armed before the transaction commits: the timer fires from the event loop, after it. Were
    // the transaction rolled back, the run finds nothing to do and re-arms from the database.
    armDemoAgent(timeToMs(d.updatedAt) + qint64(m_config.demoActivationDelaySec) * 1000);
    return success();
}

void Node::armDemoAgent(qint64 dueMs)
{
    if (m_demoTimer.isActive() && m_demoDueMs <= dueMs)
        return; // an earlier run comes first and re-arms for this one
    m_demoDueMs = dueMs;
    const qint64 wait = std::clamp<qint64>(dueMs - NodeDb::nowMs(), 0, 24LL * 3600 * 1000);
    m_demoTimer.start(int(wait));
}

void Node::scheduleDemoAgent()
{
    auto q = m_db.exec(QStringLiteral("SELECT MIN(d.updated_at) FROM deals d JOIN providers p ON "
                                      "p.id = d.provider_id WHERE d.state = 'Funded' AND "
                                      "p.demo = 1"));
    if (!q) {
        qCWarning(lcNode) << "demo agent: cannot read its schedule:" << q.error().message;
        armDemoAgent(NodeDb::nowMs() + kRetryMs);
        return;
    }
    if (!q->next() || q->value(0).isNull())
        return; // nothing waits; the next Funded deal arms the timer
    armDemoAgent(q->value(0).toLongLong() + qint64(m_config.demoActivationDelaySec) * 1000);
}

void Node::runDemoAgentScheduled(qint64 nowMs)
{
    m_demoTimer.stop();
    m_demoDueMs = 0;
    // With several node processes on one database, one of them runs the agent at a time. The
    // deals this node saw funded are still due: it tries again once that short lease expired.
    if (!leaseJob(QStringLiteral("demo-agent"), kLeaseSec)) {
        armDemoAgent(NodeDb::nowMs() + kLeaseSec * 1000 + 100);
        return;
    }
    if (Status s = runDemoAgent(nowMs); !s) {
        qCWarning(lcNode) << "demo agent:" << s.error().message;
        armDemoAgent(NodeDb::nowMs() + kRetryMs);
        return;
    }
    scheduleDemoAgent();
}

} // namespace fb::node
