// bench_data: the client data layer on 100,000 offers.
//  1. A real flashback-node (LocalNode, --seed-offers N) serves the changes feed; SyncEngine syncs
//     it into an empty cache (wall time from start() to the first syncFinished).
//  2. The floor: the same offer rows (read back from the synced cache) inserted into the same
//     table (same schema and indexes, a fresh database) with the plain SQLite C API: one
//     transaction, one prepared statement, WAL + synchronous=NORMAL like the cache.
//  3. OffersModel on that cache: text-filter keystrokes (one character at a time), price, region
//     and other filters, and sorts on every column; each timed as setFilter/sort (refresh + the
//     first window) and reported as median / max.
//  4. Process RSS (VmRSS) with the offers synced and the model loaded, and after scrolling the
//     whole set into the model.
// Usage: bench_data [--offers N] [--node PATH] [--page-size N]
#include "models/cacheschema.h"
#include "models/cachestore.h"
#include "models/localnode.h"
#include "models/offersmodel.h"
#include "models/syncengine.h"
#include "wire/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fb;

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    // A blocking event loop (processEvents with a time limit would spin and steal a core from
    // the sync thread and the node).
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

struct Stats
{
    QList<double> ms;
    void add(double v) { ms << v; }
    double median() const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// The floor: a plain bulk insert of rows (all offer columns, as stored) into a fresh cache file.
double floorInsert(const QString &dir, const QList<QVariantList> &rows, const QStringList &columns)
{
    {
        // Same schema and indexes as the cache (created through the migrator, then closed).
        auto db = CacheDatabase::open(dir, QStringLiteral("bench-floor-schema"));
        if (!db) {
            std::fprintf(stderr, "floor schema: %s\n", qPrintable(db.error().message));
            return -1;
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-floor-schema"));
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(CacheDatabase::fileName()));
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    // The cache connection's settings (Database::openSqlite), so the ratio compares like with like.
    sqlite3_exec(db, "PRAGMA cache_size=-32768", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr);
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QByteArray sql = QStringLiteral("INSERT INTO offers (%1) VALUES (%2)")
                               .arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                               .toUtf8();
    // Values as UTF-8 / integers ready to bind: the floor does no conversion work of its own.
    struct Value
    {
        bool isInt = false;
        qint64 i = 0;
        QByteArray text;
    };
    QList<QList<Value>> prepared;
    prepared.reserve(rows.size());
    for (const QVariantList &r : rows) {
        QList<Value> vs;
        vs.reserve(r.size());
        for (const QVariant &v : r) {
            Value x;
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                x.isInt = true;
                x.i = v.toLongLong();
            } else {
                x.text = v.toString().toUtf8();
            }
            vs << x;
        }
        prepared << vs;
    }
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *st = nullptr;
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr);
    for (const QList<Value> &r : prepared) {
        for (int i = 0; i < r.size(); ++i) {
            if (r[i].isInt)
                sqlite3_bind_int64(st, i + 1, r[i].i);
            else
                sqlite3_bind_text(st, i + 1, r[i].text.constData(), int(r[i].text.size()),
                                  SQLITE_STATIC);
        }
        if (sqlite3_step(st) != SQLITE_DONE)
            std::fprintf(stderr, "floor insert: %s\n", sqlite3_errmsg(db));
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("offers"), QStringLiteral("Synthetic offers to seed."),
                 QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("node"), QStringLiteral("flashback-node binary."),
                 QStringLiteral("PATH"), QStringLiteral(FB_BENCH_NODE_PATH)});
    p.addOption({QStringLiteral("page-size"), QStringLiteral("Changes per sync page."),
                 QStringLiteral("N"), QString::number(SyncEngine::Config().pageSize)});
    p.process(app);
    const int offers = p.value(QStringLiteral("offers")).toInt();

    QTemporaryDir tmp;
    LocalNode::Options no;
    no.appDataDir = tmp.filePath(QStringLiteral("app"));
    no.program = p.value(QStringLiteral("node"));
    no.extraArgs = {QStringLiteral("--seed-offers"), QString::number(offers),
                    QStringLiteral("--qos-interval"), QStringLiteral("86400")};
    no.startTimeoutMs = 600000;
    LocalNode node(no);
    QElapsedTimer t;
    t.start();
    auto url = node.start();
    if (!url) {
        std::fprintf(stderr, "node did not start: %s\n", qPrintable(url.error().message));
        return 1;
    }
    std::printf("node: %d synthetic offers seeded, serving at %s after %lld ms\n", offers,
                qPrintable(url->toString()), t.elapsed());

    // ---- 1. initial sync ------------------------------------------------------------------------
    const QString cacheDir = tmp.filePath(QStringLiteral("cache"));
    SyncEngine::Config c;
    c.dataDir = cacheDir;
    c.baseUrl = *url;
    c.scope = QStringLiteral("bench");
    c.intervalMs = 0;
    c.pageSize = p.value(QStringLiteral("page-size")).toInt();
    c.timeoutMs = 60000;
    SyncEngine engine(c);
    int pages = 0;
    qint64 changes = 0;
    QList<qint64> pageAt;
    QElapsedTimer pageClock;
    QObject::connect(&engine, &SyncEngine::pageApplied, [&](qint64, int n, const QStringList &) {
        ++pages;
        changes += n;
        pageAt << pageClock.elapsed();
    });
    std::optional<bool> finished;
    QObject::connect(&engine, &SyncEngine::syncFinished, [&](bool ok, qint64) {
        if (!finished)
            finished = ok;
    });
    const double rssBeforeSync = rssMb();
    t.restart();
    pageClock.start();
    engine.start();
    if (!waitFor([&] { return finished.has_value(); }, 600000) || !*finished) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(engine.statusText()));
        return 1;
    }
    const double syncMs = double(t.nsecsElapsed()) / 1e6;
    engine.stop();

    auto cdb = CacheDatabase::open(cacheDir, QStringLiteral("bench-main"));
    if (!cdb) {
        std::fprintf(stderr, "cannot open the cache\n");
        return 1;
    }
    QSqlDatabase db = *cdb;
    CacheStore store(db);
    const qint64 cached = store.count(QStringLiteral("offers")).value();
    if (qEnvironmentVariableIsSet("BENCH_PAGES")) {
        QStringList at;
        for (qint64 ms : pageAt)
            at << QString::number(ms);
        std::printf("pages committed at (ms): %s\n", qPrintable(at.join(QLatin1Char(' '))));
    }
    std::printf(
        "sync: %lld changes in %d pages of %d, %lld offers cached, %.0f ms (%.0f changes/s)\n",
        changes, pages, c.pageSize, cached, syncMs, double(changes) / syncMs * 1000.0);

    // The model before the floor's copy of the rows inflates the heap: RSS as the app has it.
    OffersModel model(db);
    const double firstLoad = timeMs([&] { model.refresh(); });
    const double rssLoaded = rssMb();

    // ---- 3. model ----------------------------------------------------------------------------
    std::printf("model: first window (%d rows) %.2f ms, %lld rows in total (count %.2f ms)\n",
                model.rowCount(), firstLoad, model.totalCount(),
                timeMs([&] { (void)model.totalCount(); }));

    // Text typed one character at a time: a word of an offer name, a provider name, and a
    // string that matches nothing (the worst case: every row is examined).
    QString sampleName, sampleProvider;
    {
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT name, provider_name FROM offers ORDER BY id LIMIT 1 OFFSET %1")
                .arg(cached / 2));
        if (q.next()) {
            sampleName = q.value(0).toString();
            sampleProvider = q.value(1).toString();
        }
    }
    const QStringList words = sampleName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList typed{words.value(words.size() - 1, sampleName), sampleProvider.left(12),
                            QStringLiteral("zqxjzqxj")};
    std::printf(
        "\nfilter keystrokes (setFilter = refresh + first window of %d rows; median / max ms)\n",
        200);
    Stats allKeys;
    for (const QString &word : typed) {
        Stats s;
        QString line;
        for (int i = 1; i <= word.size(); ++i) {
            OfferFilter f;
            f.text = word.left(i);
            const double ms = timeMs([&] { model.setFilter(f); });
            s.add(ms);
            allKeys.add(ms);
            line += QStringLiteral(" %1:%2").arg(f.text).arg(ms, 0, 'f', 1);
        }
        std::printf("  text \"%s\": median %.2f, max %.2f, %d rows in first window, last count "
                    "%lld\n   %s\n",
                    qPrintable(word), s.median(), s.max(), model.rowCount(), model.totalCount(),
                    qPrintable(line));
    }
    model.setFilter({});

    // Price, region and other filters (each as one change of the filter).
    struct Case
    {
        const char *label;
        std::function<void(OfferFilter &)> set;
    };
    qint64 priceMin = 0, priceMax = 0;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT MIN(price_storage), MAX(price_storage) FROM offers"));
        if (q.next()) {
            priceMin = q.value(0).toLongLong();
            priceMax = q.value(1).toLongLong();
        }
    }
    QString region, country;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT region, country FROM offers GROUP BY region ORDER BY COUNT(*) DESC LIMIT 1"));
        if (q.next()) {
            region = q.value(0).toString();
            country = q.value(1).toString();
        }
    }
    const QList<Case> cases{
        {"max price 1 %",
         [&](OfferFilter &f) { f.maxPriceStorage = priceMin + (priceMax - priceMin) / 100; }},
        {"max price 50 %",
         [&](OfferFilter &f) { f.maxPriceStorage = priceMin + (priceMax - priceMin) / 2; }},
        {"region", [&](OfferFilter &f) { f.region = region; }},
        {"region + max price 10 %",
         [&](OfferFilter &f) {
             f.region = region;
             f.maxPriceStorage = priceMin + (priceMax - priceMin) / 10;
         }},
        {"country", [&](OfferFilter &f) { f.country = country; }},
        {"min tier gold", [](OfferFilter &f) { f.minTier = QStringLiteral("gold"); }},
        {"protocol gcs", [](OfferFilter &f) { f.protocol = QStringLiteral("gcs"); }},
        {"certified only", [](OfferFilter &f) { f.certifiedOnly = true; }},
        {"certification ISO 27001",
         [](OfferFilter &f) { f.certification = QStringLiteral("ISO 27001"); }},
        {"min reputation 90", [](OfferFilter &f) { f.minReputation = 90; }},
        {"min free 10 TB", [](OfferFilter &f) { f.minFreeBytes = 10'000'000'000'000LL; }},
        {"region + text",
         [&](OfferFilter &f) {
             f.region = region;
             f.text = words.value(words.size() - 1);
         }},
    };
    std::printf("\nfilters (setFilter from no filter; ms, rows in first window)\n");
    Stats filterStats;
    for (const Case &k : cases) {
        OfferFilter f;
        k.set(f);
        model.setFilter({});
        const double ms = timeMs([&] { model.setFilter(f); });
        filterStats.add(ms);
        std::printf("  %-26s %7.2f ms  %4d rows%s\n", k.label, ms, model.rowCount(),
                    model.lastError().isEmpty()
                        ? ""
                        : qPrintable(QStringLiteral("  ERROR ") + model.lastError()));
    }
    model.setFilter({});

    std::printf("\nsorts (sort = refresh + first window; ms asc / desc; unfiltered, then "
                "region-filtered)\n");
    Stats sortStats;
    QList<double> sortWorst(OffersModel::ColumnCount, 0.0);
    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1) {
            OfferFilter f;
            f.region = region;
            model.setFilter(f);
        }
        for (int col = 0; col < OffersModel::ColumnCount; ++col) {
            const double a = timeMs([&] { model.sort(col, Qt::AscendingOrder); });
            const double d = timeMs([&] { model.sort(col, Qt::DescendingOrder); });
            sortStats.add(a);
            sortStats.add(d);
            sortWorst[col] = std::max({sortWorst[col], a, d});
            std::printf("  %s%-20s %7.2f / %7.2f\n", pass ? "region, " : "",
                        qPrintable(model.headerData(col, Qt::Horizontal).toString()), a, d);
        }
    }
    model.setFilter({});
    model.sort(OffersModel::PriceStorage);

    // Scrolling: every window to the end (what a view does when dragged to the bottom).
    const double scrollMs = timeMs([&] {
        while (model.canFetchMore())
            model.fetchMore();
    });
    const double rssAll = rssMb();
    std::printf("\nscroll to the end: %d rows in windows of 200, %.0f ms\n", model.rowCount(),
                scrollMs);

    // ---- 2. floor ----------------------------------------------------------------------------
    QStringList columns;
    QList<QVariantList> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT * FROM offers"));
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            columns << rec.fieldName(i);
        rows.reserve(int(cached));
        while (q.next()) {
            QVariantList r;
            r.reserve(columns.size());
            for (int i = 0; i < columns.size(); ++i)
                r << q.value(i);
            rows << r;
        }
    }
    const double floorMs = floorInsert(tmp.filePath(QStringLiteral("floor")), rows, columns);
    rows.clear();
    rows.squeeze();
    std::printf("floor: plain SQLite bulk insert of the same %lld offer rows (%lld columns, same "
                "table and indexes, one transaction, one prepared statement): %.0f ms\n",
                cached, qint64(columns.size()), floorMs);
    std::printf("sync / floor: %.2fx\n", syncMs / floorMs);

    std::printf("\nRSS: %.1f MB before sync, %.1f MB with %lld offers synced and the model showing "
                "its first window, %.1f MB with all %d rows fetched into the model\n",
                rssBeforeSync, rssLoaded, cached, rssAll, model.rowCount());
    std::printf("\nsummary\n");
    std::printf("  initial sync        %8.0f ms  target <= 3000 ms and <= 3x floor (%.0f ms): %s, "
                "ratio %.2fx\n",
                syncMs, floorMs, syncMs <= 3000 && syncMs <= 3 * floorMs ? "PASS" : "FAIL",
                syncMs / floorMs);
    const double worstKey = std::max(allKeys.max(), filterStats.max());
    std::printf("  filter keystroke    %8.2f ms median, %.2f ms worst  target <= 16 ms: %s\n",
                allKeys.median(), worstKey, worstKey <= 16 ? "PASS" : "FAIL");
    // Each column's worst click (asc or desc, unfiltered or region-filtered), against the
    // indexed storage price sort of the same run.
    std::printf("  sort                %8.2f ms median, %.2f ms worst  target <= 16 ms: %s\n",
                sortStats.median(), sortStats.max(), sortStats.max() <= 16 ? "PASS" : "FAIL");
    const double priceWorst = std::max(sortWorst[OffersModel::PriceStorage], 0.001);
    for (int col = 0; col < OffersModel::ColumnCount; ++col) {
        std::printf("    %-20s worst %7.2f ms  (%.1fx the price sort's worst)\n",
                    qPrintable(model.headerData(col, Qt::Horizontal).toString()), sortWorst[col],
                    sortWorst[col] / priceWorst);
    }
    std::printf(
        "  RSS loaded          %8.1f MB (all rows fetched: %.1f MB)  target <= 300 MB: %s\n",
        rssLoaded, rssAll, std::max(rssLoaded, rssAll) <= 300 ? "PASS" : "FAIL");
    node.stop();
    return 0;
}
