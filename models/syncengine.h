// SyncEngine: keeps the local cache current from the platform's changes feed (GET /v1/changes).
// Runs in its own worker thread with its own database connection and ApiClient; the GUI thread
// only sees signals. Each page of changes is written together with its cursor in one SQLite
// transaction, so after a crash or a lost connection the next sync resumes from the last
// committed cursor: nothing is skipped and nothing applied twice. The server's data wins.
#pragma once

#include "models/apiclient.h"
#include "models/cachestore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>

namespace fb {

class SyncWorker;
class CacheStore;

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Offline, Syncing, UpToDate, Error };
    Q_ENUM(State)

    struct Config
    {
        QString dataDir; // the cache lives at dataDir/cache.sqlite
        QUrl baseUrl;    // the node
        // Names the node (scopeFor()): cursors are per scope+account, and the cache holds one
        // node's data at a time (a run for another scope empties it first).
        QString scope = QStringLiteral("default");
        std::shared_ptr<AuthSession> session; // shared with the GUI's ApiClient (may be null)
        QByteArray pinnedCertificateSha256;
        int intervalMs = 30000; // periodic sync; 0: only at start and on demand (no follow-up)
        // While one of the account's deals is Funded (paid, its provider about to activate it:
        // the development network's agent does so seconds after payment), the engine syncs every
        // fundedIntervalMs, for at most fundedWindowMs after it first saw the deal Funded, so the
        // SLAs and Files pages show it Active within seconds. A deal Funded more than ten
        // minutes ago (by the node's clock) is not followed. fundedIntervalMs 0: off.
        int fundedIntervalMs = 3000;
        int fundedWindowMs = 120000;
        // Pages of 2,000: small enough that fetching, preparing and writing overlap from the
        // first page on, large enough that the per-page costs stay small (bench/RESULTS.md).
        int pageSize = 2000;
        int timeoutMs = 15000;
        int maxAttempts = 3; // per page, with backoff
        qint64 maxReplyBytes = 64LL * 1024 * 1024;
    };

    explicit SyncEngine(Config config, QObject *parent = nullptr);
    ~SyncEngine() override;

    // The scope of a node: "local" for the embedded node (stable, whatever port it got this
    // time), else the URL without user info.
    static QString scopeFor(const QUrl &baseUrl, bool embedded);

    // Starts the worker and syncs at once, then every intervalMs.
    void start();
    // Points this engine at another node: stops the worker, takes the new configuration and
    // starts a new worker (connections to this object stay). Its first run empties the cache
    // when the scope names another node than the cache's data came from.
    void reconfigure(Config config);
    Config config() const { return m_config; }
    // Stops the worker (an in-flight page is abandoned uncommitted). Blocks until it has stopped.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    // Syncs now (coalesced with a running sync).
    void syncNow();

    State state() const { return m_state; }
    int percent() const { return m_percent; }
    QString reason() const { return m_reason; }
    // Text for the status bar: "Offline", "Syncing 40 %", "Up to date", "Sync error: ...".
    QString statusText() const;
    static QString stateName(State s);

signals:
    void stateChanged(fb::SyncEngine::State state, int percent, const QString &reason);
    // A page was committed: the new cursor, how many changes, which entity kinds changed. After
    // the cache was emptied for another node: cursor 0, no changes, every entity kind.
    void pageApplied(qint64 cursor, int changes, const QStringList &entities);
    // A sync run ended (ok: up to date).
    void syncFinished(bool ok, qint64 cursor);

private:
    void onState(int state, int percent, const QString &reason);
    Config m_config;
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    quint64 m_generation = 0; // per worker: signals still queued from a stopped one are dropped
    State m_state = State::Idle;
    int m_percent = 0;
    QString m_reason;
};

// Internal: lives in the engine's thread.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(SyncEngine::Config config);
    ~SyncWorker() override;

public slots:
    void init();
    void sync();
    void shutdown();

signals:
    void state(int state, int percent, const QString &reason);
    void pageApplied(qint64 cursor, int changes, const QStringList &entities);
    void syncFinished(bool ok, qint64 cursor);

private:
    void fetch();
    void pump();
    void drain();
    void finishRun(qint64 cursor);
    void dropPending();
    void fail(const Error &e);
    // After a run: which of the account's deals are Funded now, and the next quick sync.
    void followFunded();
    void armFundedSync();
    QString scope() const;
    SyncEngine::Config m_config;
    QString m_connection;
    CacheStore *m_store = nullptr;
    ApiClient *m_api = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_fundedTimer = nullptr; // single shot: the next quick sync while a deal is Funded
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_funded; // Funded deal id -> when first seen (m_clock, ms)
    bool m_running = false;
    bool m_again = false;
    bool m_stopped = false;
    QString m_runScope;
    quint64 m_runId = 0; // bumped per run and on failure: replies of an abandoned run are ignored
    // The run's pipeline: one page fetched ahead while pages, in feed order, are prepared on the
    // thread pool (parsed, checked, converted) and then written here one at a time.
    struct Pending
    {
        QFutureWatcher<CacheStore::PreparedPage> *watcher = nullptr;
        bool ahead = false; // the next fetch started from the reply's cursor headers
    };
    std::deque<Pending> m_pending;
    qint64 m_fetchCursor = 0; // where the next fetch starts
    bool m_fetchMore = false; // the feed said hasMore
    bool m_fetching = false;
    int m_pages = 0;      // pages committed this run
    qint64 m_applied = 0; // changes committed this run
};

} // namespace fb
