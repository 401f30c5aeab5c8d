#include "models/dealservice.h"

#include "models/formats.h"

#include "models/apiclient.h"
#include "models/dealsmodel.h"
#include "models/modelslog.h"
#include "models/paymentsmodel.h"
#include "models/syncengine.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace fb {

namespace {
QString pathOf(const QString &dealId, const char *tail = nullptr)
{
    QString p = QStringLiteral("/v1/deals/") + QString::fromLatin1(QUrl::toPercentEncoding(dealId));
    if (tail)
        p += QLatin1String(tail);
    return p;
}

template <typename T> Result<T> parseOne(const QJsonObject &o, const QString &what)
{
    auto v = T::fromJson(o);
    if (!v)
        return badReply(what, v.error().message);
    return std::move(*v);
}
QString slaNameKey(const QString &slaId)
{
    return QStringLiteral("sla.name.") + slaId;
}
} // namespace

DealService::DealService(ApiClient *api, QSqlDatabase cache, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(std::move(cache))
    , m_sync(sync)
{}

DealService::~DealService() = default;

bool DealService::connected() const
{
    return m_api && !m_api->baseUrl().isEmpty();
}

bool DealService::hasCache() const
{
    return m_cache.isValid() && m_cache.isOpen();
}

std::unique_ptr<DealsModel> DealService::createDealsModel() const
{
    if (!hasCache())
        return nullptr;
    auto model = std::make_unique<DealsModel>(m_cache);
    refreshOnSync(model.get(), {QStringLiteral("deal"), QStringLiteral("payment"),
                                QStringLiteral("provider"), QStringLiteral("offer")});
    return model;
}

std::unique_ptr<PaymentsModel> DealService::createPaymentsModel() const
{
    if (!hasCache())
        return nullptr;
    auto model = std::make_unique<PaymentsModel>(m_cache);
    refreshOnSync(model.get(), {QStringLiteral("payment"), QStringLiteral("deal")});
    return model;
}

void DealService::refreshOnSync(SqlWindowModel *model, const QStringList &entities) const
{
    if (!m_sync)
        return;
    // The sync engine writes the cache page by page; a page that touched what the model shows
    // re-runs its query (the model is the context: the connection dies with it).
    connect(m_sync, &SyncEngine::pageApplied, model,
            [model, entities](qint64, int, const QStringList &changed) {
                for (const QString &e : entities) {
                    if (changed.contains(e)) {
                        model->refresh();
                        return;
                    }
                }
            });
}

QList<Deal> DealService::cachedDeals(const QString &consumer) const
{
    QList<Deal> out;
    if (!hasCache())
        return out;
    QSqlQuery q(m_cache);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM deals WHERE ? = '' OR consumer = ? "
                             "ORDER BY created_at DESC, id"));
    q.addBindValue(consumer.isNull() ? QString(QLatin1String("")) : consumer);
    q.addBindValue(consumer.isNull() ? QString(QLatin1String("")) : consumer);
    if (!q.exec()) {
        qCWarning(lcCache) << "deals: reading the cache failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        if (auto d = Deal::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            out << *d;
        else
            qCWarning(lcCache) << "deals: a cached deal does not parse:" << d.error().message;
    }
    return out;
}

std::optional<Deal> DealService::cachedDeal(const QString &id) const
{
    if (!hasCache())
        return std::nullopt;
    QSqlQuery q(m_cache);
    q.prepare(QStringLiteral("SELECT data FROM deals WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto d = Deal::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    if (!d)
        return std::nullopt;
    return *d;
}

QList<Payment> DealService::cachedPayments(const QStringList &dealIds) const
{
    QList<Payment> out;
    if (!hasCache() || dealIds.isEmpty())
        return out;
    QSqlQuery q(m_cache);
    q.setForwardOnly(true);
    QStringList marks;
    for (qsizetype i = 0; i < dealIds.size(); ++i)
        marks << QStringLiteral("?");
    q.prepare(QStringLiteral("SELECT data FROM payments WHERE deal_id IN (%1) "
                             "ORDER BY created_at, id")
                  .arg(marks.join(QLatin1Char(','))));
    for (const QString &id : dealIds)
        q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcCache) << "payments: reading the cache failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        if (auto p = Payment::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            out << *p;
    }
    return out;
}

void DealService::refreshSoon()
{
    if (m_sync)
        m_sync->syncNow();
}

template <typename T>
void DealService::postTyped(const QString &path, const QJsonObject &body, const QString &what,
                            Reply<T> reply)
{
    QPointer<DealService> self(this);
    m_api->post(path, body, [self, reply, what](const ApiResponse &r) {
        if (!r.ok()) {
            reply(platformError(r, what));
            return;
        }
        if (self)
            self->refreshSoon();
        reply(parseOne<T>(r.json, what));
    });
}

#define FB_REQUIRE_NODE(reply)                                                                     \
    if (!connected()) {                                                                            \
        reply(Error{QStringLiteral("offline"),                                                     \
                    tr("Not connected to a platform node; check Settings.")});                     \
        return;                                                                                    \
    }

void DealService::create(const QuoteRequest &request, QObject *context, Reply<CreatedSla> done)
{
    auto reply = guarded(context, std::move(done));
    FB_REQUIRE_NODE(reply)
    QPointer<DealService> self(this);
    m_api->post(QStringLiteral("/v1/deals"), MarketService::quoteBody(request),
                [self, reply](const ApiResponse &r) {
                    const QString what = tr("The platform did not create the agreement");
                    if (!r.ok()) {
                        reply(platformError(r, what));
                        return;
                    }
                    CreatedSla sla;
                    sla.slaId = r.json.value(QStringLiteral("slaId")).toString();
                    auto deals = parseItems<Deal>(r.json, what, QStringLiteral("deals"));
                    if (!deals) {
                        reply(deals.error());
                        return;
                    }
                    sla.deals = *deals;
                    if (sla.slaId.isEmpty() || sla.deals.isEmpty()) {
                        reply(badReply(what, tr("no agreement id or no deals")));
                        return;
                    }
                    if (self)
                        self->refreshSoon();
                    reply(sla);
                });
}

void DealService::fetch(const QString &dealId, QObject *context, Reply<Deal> done)
{
    auto reply = guarded(context, std::move(done));
    FB_REQUIRE_NODE(reply)
    m_api->get(pathOf(dealId), {}, [reply](const ApiResponse &r) {
        const QString what = tr("Reading the deal");
        if (!r.ok()) {
            reply(platformError(r, what));
            return;
        }
        reply(parseOne<Deal>(r.json, what));
    });
}

void DealService::fetchSla(const QString &slaId, QObject *context, Reply<QList<Deal>> done)
{
    auto reply = guarded(context, std::move(done));
    FB_REQUIRE_NODE(reply)
    QUrlQuery q;
    if (slaId.isEmpty())
        q.addQueryItem(QStringLiteral("role"), QStringLiteral("consumer"));
    else
        q.addQueryItem(QStringLiteral("slaId"), slaId);
    m_api->get(QStringLiteral("/v1/deals"), q, [reply](const ApiResponse &r) {
        const QString what = tr("Reading the agreements");
        if (!r.ok()) {
            reply(platformError(r, what));
            return;
        }
        reply(parseItems<Deal>(r.json, what));
    });
}

void DealService::cancel(const QString &dealId, const QString &reason, QObject *context,
                         Reply<Deal> done)
{
    auto reply = guarded(context, std::move(done));
    FB_REQUIRE_NODE(reply)
    postTyped<Deal>(pathOf(dealId, "/cancel"), {{QStringLiteral("reason"), reason}},
                    tr("The platform did not cancel the deal"), reply);
}

void DealService::openDispute(const QString &dealId, const QString &reason, QObject *context,
                              Reply<Dispute> done)
{
    auto reply = guarded(context, std::move(done));
    FB_REQUIRE_NODE(reply)
    postTyped<Dispute>(pathOf(dealId, "/disputes"), {{QStringLiteral("reason"), reason}},
                       tr("The platform did not open the dispute"), reply);
}

#undef FB_REQUIRE_NODE

} // namespace fb

namespace fb {

QString DealService::defaultSlaName(const QList<Deal> &deals)
{
    if (deals.isEmpty())
        return tr("Agreement");
    // The data kept: a shard's size times the shards needed to rebuild it (k; 1 for copies).
    qint64 bytes = 0;
    QDateTime created;
    for (const Deal &d : deals) {
        bytes = qMax(bytes, d.sizeBytes * qMax(1, d.k));
        if (!created.isValid() || d.createdAt < created)
            created = d.createdAt;
    }
    const QString size = Formats().size(bytes);
    const QString date = created.isValid() ? Formats().date(created) : QString();
    return date.isEmpty()
               ? tr("%1 · %n provider(s)", nullptr, int(deals.size())).arg(size)
               : tr("%1 · %n provider(s) · %2", nullptr, int(deals.size())).arg(size, date);
}

QString DealService::slaName(const QString &slaId) const
{
    if (hasCache()) {
        QSqlQuery q(m_cache);
        q.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = ?"));
        q.addBindValue(slaNameKey(slaId));
        if (q.exec() && q.next() && !q.value(0).toString().trimmed().isEmpty())
            return q.value(0).toString();
        QSqlQuery deals(m_cache);
        deals.prepare(QStringLiteral("SELECT data FROM deals WHERE sla_id = ?"));
        deals.addBindValue(slaId);
        QList<Deal> list;
        if (deals.exec())
            while (deals.next())
                if (auto d = Deal::fromJson(
                        QJsonDocument::fromJson(deals.value(0).toByteArray()).object()))
                    list << *d;
        if (!list.isEmpty())
            return defaultSlaName(list);
    }
    return tr("Agreement %1").arg(slaId.right(8));
}

QString DealService::slaNameOfDeal(const QString &dealId) const
{
    if (!hasCache() || dealId.isEmpty())
        return {};
    QSqlQuery q(m_cache);
    q.prepare(QStringLiteral("SELECT sla_id FROM deals WHERE id = ?"));
    q.addBindValue(dealId);
    if (!q.exec() || !q.next() || q.value(0).toString().isEmpty())
        return {};
    return slaName(q.value(0).toString());
}

Status DealService::setSlaName(const QString &slaId, const QString &name)
{
    if (!hasCache())
        return Status::failure(QStringLiteral("offline"), tr("There is no local cache to keep "
                                                             "the name in."));
    const QString trimmed = name.simplified();
    if (trimmed.size() > 120)
        return Status::failure(QStringLiteral("bad_request"),
                               tr("A name has at most 120 characters."));
    QSqlQuery q(m_cache);
    if (trimmed.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
        q.addBindValue(slaNameKey(slaId));
    } else {
        q.prepare(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(slaNameKey(slaId));
        q.addBindValue(trimmed);
    }
    if (!q.exec())
        return Status::failure(QStringLiteral("cache_error"),
                               tr("The name could not be saved: %1").arg(q.lastError().text()));
    Q_EMIT slaNamesChanged();
    return success();
}

} // namespace fb
