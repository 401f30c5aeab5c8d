#include "models/syncengine.h"

#include "models/cacheschema.h"
#include "models/cachestore.h"
#include "models/modelslog.h"
#include "wire/database.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace fb {

// ---- SyncEngine -----------------------------------------------------------------------------

SyncEngine::SyncEngine(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (!m_config.session)
        m_config.session = std::make_shared<AuthSession>();
    m_thread.setObjectName(QStringLiteral("fb-sync"));
}

SyncEngine::~SyncEngine()
{
    stop();
}

QString SyncEngine::scopeFor(const QUrl &baseUrl, bool embedded)
{
    return embedded ? QStringLiteral("local") : baseUrl.toString(QUrl::RemoveUserInfo);
}

void SyncEngine::start()
{
    if (m_thread.isRunning())
        return;
    auto *worker = new SyncWorker(m_config);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    const quint64 generation = ++m_generation;
    connect(&m_thread, &QThread::started, worker, &SyncWorker::init);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::state, this,
            [this, generation](int state, int percent, const QString &reason) {
                if (generation == m_generation)
                    onState(state, percent, reason);
            });
    connect(worker, &SyncWorker::pageApplied, this,
            [this, generation](qint64 cursor, int changes, const QStringList &entities) {
                if (generation == m_generation)
                    emit pageApplied(cursor, changes, entities);
            });
    connect(worker, &SyncWorker::syncFinished, this, [this, generation](bool ok, qint64 cursor) {
        if (generation == m_generation)
            emit syncFinished(ok, cursor);
    });
    m_thread.start();
}

void SyncEngine::reconfigure(Config config)
{
    stop();
    ++m_generation; // whatever the old worker still had queued for this thread is dropped
    if (!config.session)
        config.session = std::make_shared<AuthSession>();
    m_config = std::move(config);
    onState(int(State::Idle), 0, QString());
    start();
}

void SyncEngine::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void SyncEngine::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::sync, Qt::QueuedConnection);
}

void SyncEngine::onState(int state, int percent, const QString &reason)
{
    m_state = State(state);
    m_percent = percent;
    m_reason = reason;
    emit stateChanged(m_state, percent, reason);
}

QString SyncEngine::stateName(State s)
{
    switch (s) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::UpToDate:
        return QStringLiteral("up to date");
    case State::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString SyncEngine::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Not synced yet");
    case State::Offline:
        return tr("Offline");
    case State::Syncing:
        return tr("Syncing %1 %").arg(m_percent);
    case State::UpToDate:
        return tr("Up to date");
    case State::Error:
        return tr("Sync error: %1").arg(m_reason);
    }
    return {};
}

// ---- SyncWorker -----------------------------------------------------------------------------

namespace {
std::atomic<int> g_connectionCounter{0};
}

SyncWorker::SyncWorker(SyncEngine::Config config)
    : m_config(std::move(config))
    , m_connection(QStringLiteral("fb-sync-%1").arg(++g_connectionCounter))
{}

SyncWorker::~SyncWorker()
{
    shutdown();
}

QString SyncWorker::scope() const
{
    const QString who = m_config.session->address();
    return m_config.scope + QLatin1Char('|') + (who.isEmpty() ? QStringLiteral("-") : who);
}

void SyncWorker::init()
{
    auto db = CacheDatabase::open(m_config.dataDir, m_connection);
    if (!db) {
        emit state(int(SyncEngine::State::Error), 0, db.error().message);
        return;
    }
    m_store = new CacheStore(*db);
    // A run killed during an initial sync left the offers' indexes deferred: build them now.
    if (auto s = m_store->restoreDeferredIndexes(); !s)
        qCWarning(lcSync) << "cannot restore the cache's indexes:" << s.error().message;
    m_api = new ApiClient(m_config.baseUrl, m_config.session, this);
    m_api->setPinnedCertificateSha256(m_config.pinnedCertificateSha256);
    m_api->setDefaultTimeoutMs(m_config.timeoutMs);
    m_api->setMaxGetAttempts(m_config.maxAttempts);
    m_api->setMaxReplyBytes(m_config.maxReplyBytes);
    m_clock.start();
    m_fundedTimer = new QTimer(this);
    m_fundedTimer->setSingleShot(true);
    connect(m_fundedTimer, &QTimer::timeout, this, &SyncWorker::sync);
    m_timer = new QTimer(this);
    if (m_config.intervalMs > 0) {
        m_timer->setInterval(m_config.intervalMs);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::sync);
        m_timer->start();
    }
    sync();
}

void SyncWorker::sync()
{
    if (m_stopped || !m_store)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    ++m_runId;
    m_runScope = scope();
    // The cache holds one node's data: a run for another node starts from an empty cache.
    auto cleared = m_store->useNode(m_config.scope);
    if (!cleared) {
        fail(cleared.error());
        return;
    }
    if (*cleared) {
        qCInfo(lcSync) << "the cache held another node's data: emptied for" << m_config.scope;
        emit pageApplied(0, 0,
                         {QStringLiteral("deal"), QStringLiteral("dispute"),
                          QStringLiteral("notification"), QStringLiteral("offer"),
                          QStringLiteral("payment"), QStringLiteral("provider"),
                          QStringLiteral("qos")});
    }
    auto cursor = m_store->cursor(m_runScope);
    if (!cursor) {
        fail(cursor.error());
        return;
    }
    // Into an empty cache, rows go in faster without their secondary indexes, which are then
    // built once when the run ends (bench/RESULTS.md).
    if (*cursor == 0) {
        if (auto s = m_store->deferOfferIndexes(); !s)
            qCInfo(lcSync) << "initial sync keeps its indexes:" << s.error().message;
    }
    emit state(int(SyncEngine::State::Syncing), 0, QString());
    m_fetchCursor = *cursor;
    m_fetchMore = true;
    m_fetching = false;
    m_pages = 0;
    m_applied = 0;
    pump();
}

void SyncWorker::pump()
{
    // One page in flight and at most three being prepared or waiting to be written: memory
    // stays bounded however far the writes fall behind the network.
    if (!m_running || m_fetching || !m_fetchMore || m_pending.size() >= 3)
        return;
    m_fetching = true;
    fetch();
}

void SyncWorker::fetch()
{
    const quint64 run = m_runId;
    const qint64 since = m_fetchCursor;
    m_api->changesBody(since, m_config.pageSize, [this, run](Result<ApiClient::ChangesBody> body) {
        if (m_stopped || run != m_runId)
            return; // the run failed or restarted meanwhile
        if (!body) {
            m_fetching = false;
            fail(body.error());
            return;
        }
        if (scope() != m_runScope) { // signed in or out meanwhile: start over for the new scope
            dropPending();
            m_running = false;
            sync();
            return;
        }
        // Each page is parsed, checked and its offers prepared (converted for the writes) on the
        // pool; pages are written here strictly in feed order (drain()). When the node sent the
        // page's cursor in headers, the next page is fetched at once, while this one is parsed;
        // otherwise the page's own cursor starts the next fetch once it is parsed, before the
        // pages ahead of it are written.
        const bool ahead = body->next.has_value();
        auto *prepared = new QFutureWatcher<CacheStore::PreparedPage>(this);
        connect(prepared, &QFutureWatcherBase::finished, this, [this, run, prepared] {
            if (m_stopped || run != m_runId)
                return;
            for (Pending &p : m_pending) {
                if (p.watcher != prepared || p.ahead)
                    continue;
                const CacheStore::PreparedPage page = prepared->result();
                if (!page.error) { // a malformed page fails the run when its turn comes
                    p.ahead = true;
                    m_fetchCursor = page.next;
                    m_fetchMore = page.hasMore;
                    m_fetching = false;
                }
                break;
            }
            drain();
        });
        if (ahead) {
            m_fetchCursor = *body->next;
            m_fetchMore = body->hasMore;
        }
        prepared->setFuture(QtConcurrent::run(
            [](ApiClient::ChangesBody reply) {
                Result<ChangesPage> parsed = ApiClient::parseChangesBody(reply);
                reply.body = {};
                if (!parsed) {
                    CacheStore::PreparedPage failed;
                    failed.error = parsed.error();
                    return failed;
                }
                return CacheStore::preparePage(std::move(*parsed));
            },
            std::move(*body)));
        m_pending.push_back({prepared, ahead});
        if (ahead) {
            m_fetching = false;
            pump();
        }
    });
}

void SyncWorker::drain()
{
    while (m_running && !m_pending.empty() && m_pending.front().watcher->isFinished()) {
        QFutureWatcher<CacheStore::PreparedPage> *watcher = m_pending.front().watcher;
        const bool ahead = m_pending.front().ahead;
        m_pending.pop_front();
        const CacheStore::PreparedPage prepared = watcher->result();
        watcher->disconnect(this);
        watcher->deleteLater();
        // A page without headers drained before its own finished signal arrived (or a malformed
        // one, whose run fails below): its cursor starts the next fetch.
        if (!ahead) {
            m_fetching = false;
            m_fetchCursor = prepared.next;
            m_fetchMore = prepared.hasMore;
        }
        if (auto s = m_store->applyPrepared(m_runScope, prepared); !s) {
            fail(s.error());
            return;
        }
        ++m_pages;
        m_applied += prepared.changeCount;
        qCDebug(lcSync) << "applied" << prepared.changeCount << "changes, cursor" << prepared.next;
        emit pageApplied(prepared.next, int(prepared.changeCount), prepared.entities);
        if (!prepared.hasMore) {
            finishRun(prepared.next);
            return;
        }
        // The feed does not announce its end; pages done / (pages done + 1) grows towards 100.
        const int percent = std::min(99, 100 - 100 / (m_pages + 1));
        emit state(int(SyncEngine::State::Syncing), percent, QString());
    }
    pump();
}

void SyncWorker::finishRun(qint64 cursor)
{
    m_running = false;
    QElapsedTimer t;
    t.start();
    if (auto s = m_store->restoreDeferredIndexes(); !s) {
        fail(s.error());
        return;
    }
    const qint64 indexMs = t.restart();
    // After a large batch the query planner's statistics are stale: refresh them (cheap, bounded
    // by analysis_limit) so filters pick their indexes.
    if (m_applied >= 1000) {
        if (auto s = m_store->optimize(); !s)
            qCInfo(lcSync) << "cannot refresh the planner statistics:" << s.error().message;
    }
    qCDebug(lcSync) << "sync run done:" << m_applied << "changes in" << m_pages << "pages; indexes"
                    << indexMs << "ms, statistics" << t.elapsed() << "ms";
    emit state(int(SyncEngine::State::UpToDate), 100, QString());
    emit syncFinished(true, cursor);
    followFunded();
    if (m_again)
        sync();
}

namespace {
// A deal Funded longer ago than this (by the node's clock) is not about to be activated: after a
// restart the engine does not poll for deals whose provider takes its time.
constexpr qint64 kStaleFundedMs = 10 * 60 * 1000;
} // namespace

void SyncWorker::followFunded()
{
    if (m_config.intervalMs <= 0 || m_config.fundedIntervalMs <= 0 || !m_store)
        return;
    const QString who = m_config.session->address();
    auto funded = who.isEmpty() ? Result<QHash<QString, QDateTime>>(QHash<QString, QDateTime>())
                                : m_store->fundedDeals(who);
    if (!funded) {
        qCInfo(lcSync) << "cannot read the Funded deals:" << funded.error().message;
        return;
    }
    const qint64 now = m_clock.elapsed();
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    QHash<QString, qint64> still;
    for (auto it = funded->cbegin(); it != funded->cend(); ++it) {
        if (it.value().isValid() && it.value().msecsTo(wallNow) > kStaleFundedMs)
            continue;
        still.insert(it.key(), m_funded.value(it.key(), now));
    }
    m_funded = std::move(still); // activated (or ended) deals are no longer followed
    armFundedSync();
}

void SyncWorker::armFundedSync()
{
    if (m_config.intervalMs <= 0 || m_config.fundedIntervalMs <= 0 || !m_fundedTimer || m_stopped)
        return;
    const qint64 now = m_clock.elapsed();
    bool follow = false;
    for (const qint64 seen : std::as_const(m_funded))
        follow = follow || now - seen < m_config.fundedWindowMs;
    if (!follow) {
        m_fundedTimer->stop();
        return;
    }
    if (!m_fundedTimer->isActive())
        m_fundedTimer->start(m_config.fundedIntervalMs);
}

void SyncWorker::dropPending()
{
    // A page still being prepared finishes on the pool and is discarded with its watcher.
    for (const Pending &p : m_pending) {
        p.watcher->disconnect(this);
        p.watcher->deleteLater();
    }
    m_pending.clear();
    m_fetching = false;
}

void SyncWorker::fail(const Error &e)
{
    m_running = false;
    dropPending();
    if (m_store) {
        if (auto s = m_store->restoreDeferredIndexes(); !s)
            qCWarning(lcSync) << "cannot restore the cache's indexes:" << s.error().message;
    }
    ++m_runId; // a prefetched page of this run is ignored (and aborted below)
    if (m_api && m_api->inFlight() > 0 && e.code != QLatin1String("canceled"))
        QTimer::singleShot(0, m_api, [api = QPointer<ApiClient>(m_api)] {
            if (api)
                api->abortAll();
        });
    const bool offline = e.code == QLatin1String("offline") || e.code == QLatin1String("timeout");
    if (e.code == QLatin1String("canceled") && m_stopped)
        return;
    qCInfo(lcSync) << "sync failed:" << e.code << e.message;
    emit state(int(offline ? SyncEngine::State::Offline : SyncEngine::State::Error), 0, e.message);
    qint64 cursor = 0;
    if (m_store) {
        if (auto c = m_store->cursor(m_runScope))
            cursor = *c;
    }
    emit syncFinished(false, cursor);
    armFundedSync(); // a lost connection does not end the follow-up, its window does
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncWorker::sync);
    }
}

void SyncWorker::shutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    dropPending();
    if (m_timer)
        m_timer->stop();
    if (m_fundedTimer)
        m_fundedTimer->stop();
    if (m_api) {
        m_api->abortAll();
        delete m_api;
        m_api = nullptr;
    }
    delete m_store;
    m_store = nullptr;
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

} // namespace fb
