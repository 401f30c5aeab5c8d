#include "storage/filelibrary.h"

#include "storage/manifestcrypto.h"

#include "storage/backend.h"
#include "storage/filecrypto.h"
#include "storage/sealedaccess.h"
#include "storage/sqlstatus.h"
#include "storage/storagelog.h"
#include "storage/transferengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <optional>

namespace fb::storage {

namespace {

const QString kUploading = QStringLiteral("uploading");
const QString kStored = QStringLiteral("stored");
const QString kFailed = QStringLiteral("failed");
const QString kDeleting = QStringLiteral("deleting");

// Manifest objects (storage/manifestcrypto.h) live under this prefix with every provider.
const QString kManifestPrefix = QStringLiteral("fb/m/");

const char kColumns[] = "id, sla_id, folder, name, size, mtime, file_id, manifest, state, "
                        "transfer_id, health_ok, health_total";

const QString kCacheError = QStringLiteral("cache_error");

Error sqlError(const QSqlQuery &q)
{
    return sqlFailure(q, kCacheError);
}

LibraryFile rowOf(const QSqlQuery &q)
{
    LibraryFile f;
    f.id = q.value(0).toLongLong();
    f.slaId = q.value(1).toString();
    f.folder = q.value(2).toString();
    f.name = q.value(3).toString();
    f.size = q.value(4).toLongLong();
    f.mtime = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    f.fileId = q.value(6).toString();
    f.manifest = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    f.state = q.value(8).toString();
    f.transferId = q.value(9).toLongLong();
    f.healthOk = q.value(10).isNull() ? -1 : q.value(10).toInt();
    f.healthTotal = q.value(11).toInt();
    return f;
}

bool usable(const Deal &d)
{
    return d.state == DealState::Funded || d.state == DealState::Active;
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

// A null QString binds as NULL, and "NULL = ''" is not true.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool validName(const QString &name)
{
    return !name.trimmed().isEmpty() && !name.contains(QLatin1Char('/')) &&
           name != QLatin1String(".") && name != QLatin1String("..");
}

} // namespace

qint64 LibraryFile::storedBytes() const
{
    auto mf = Manifest::fromJson(manifest);
    if (!mf)
        return 0;
    qint64 total = 0;
    for (const ShardInfo &s : mf->shards)
        total += s.size;
    return total;
}

QString LibraryFile::path() const
{
    return folder == QLatin1String("/") ? QString(folder + name)
                                        : QString(folder + QLatin1Char('/') + name);
}

FileLibrary::FileLibrary(QObject *parent)
    : QObject(parent)
{}

FileLibrary::~FileLibrary()
{
    // The engine holds pointers to the backends: it goes first.
    m_engine.reset();
    m_backends.clear();
}

const SchemaMigrator &FileLibrary::migrator()
{
    static const SchemaMigrator m(
        QStringLiteral("files"),
        {Migration{
             1,
             QStringLiteral("file library"),
             {QStringLiteral("CREATE TABLE library_files (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                             "sla_id TEXT NOT NULL, folder TEXT NOT NULL, name TEXT NOT NULL, "
                             "size INTEGER NOT NULL, mtime TEXT NOT NULL, file_id TEXT NOT NULL, "
                             "manifest TEXT NOT NULL, state TEXT NOT NULL, "
                             "transfer_id INTEGER NOT NULL DEFAULT 0, health_ok INTEGER, "
                             "health_total INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
              QStringLiteral(
                  "CREATE INDEX library_files_folder ON library_files (sla_id, folder, name)"),
              QStringLiteral("CREATE INDEX library_files_transfer ON library_files (transfer_id)"),
              QStringLiteral(
                  "CREATE TABLE library_folders (sla_id TEXT NOT NULL, path TEXT NOT NULL, "
                  "PRIMARY KEY (sla_id, path))")}},
         Migration{2,
                   QStringLiteral("manifest rewrites pending"),
                   {QStringLiteral("ALTER TABLE library_files ADD COLUMN manifest_dirty INTEGER "
                                   "NOT NULL DEFAULT 0")}}});
    return m;
}

Status FileLibrary::open(QSqlDatabase db, const QString &dataDir)
{
    m_db = db;
    m_dataDir = dataDir;
    return migrator().migrate(m_db);
}

QString FileLibrary::normalizeFolder(const QString &folder)
{
    const QStringList parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList clean;
    for (const QString &p : parts) {
        if (p == QLatin1String(".") || p == QLatin1String(".."))
            continue;
        clean << p.trimmed();
    }
    clean.removeAll(QString());
    return QLatin1Char('/') + clean.join(QLatin1Char('/'));
}

Status FileLibrary::exec(const QString &sql, const QVariantList &args) const
{
    auto row = insert(sql, args);
    if (!row)
        return row.error();
    return success();
}

Result<qint64> FileLibrary::insert(const QString &sql, const QVariantList &args) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return sqlError(q);
    for (const QVariant &a : args)
        q.addBindValue(a.typeId() == QMetaType::QString ? QVariant(nn(a.toString())) : a);
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().isValid() ? q.lastInsertId().toLongLong() : qint64(0);
}

// ---- deals ----------------------------------------------------------------------------------

void FileLibrary::setDeals(const QList<Deal> &deals)
{
    m_deals = deals;
    if (isUnlocked()) {
        // A provider whose access cannot be opened is named by the operations that need it.
        if (auto s = openBackends(); !s)
            qCWarning(lcStorage) << "cannot open every provider:" << s.error().message;
    }
    Q_EMIT changed();
}

Result<QList<Deal>> FileLibrary::dealsFromCache(QSqlDatabase db, const QString &consumer)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT data FROM deals WHERE ? = '' OR consumer = ? "
                                  "ORDER BY sla_id, created_at")))
        return sqlError(q);
    q.addBindValue(nn(consumer));
    q.addBindValue(nn(consumer));
    if (!q.exec())
        return sqlError(q);
    QList<Deal> out;
    while (q.next()) {
        auto d = Deal::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (d)
            out << *d;
    }
    return out;
}

QStringList FileLibrary::slaIds() const
{
    QStringList ids;
    for (const Deal &d : m_deals)
        if (usable(d) && !ids.contains(d.slaId))
            ids << d.slaId;
    return ids;
}

SlaInfo FileLibrary::sla(const QString &slaId) const
{
    SlaInfo s;
    s.slaId = slaId;
    s.n = 0;
    for (const Deal &d : m_deals) {
        if (d.slaId != slaId || !usable(d))
            continue;
        s.deals << d;
        s.k = std::max(1, d.k);
        s.n = std::max(d.shardCount, 1);
    }
    std::sort(s.deals.begin(), s.deals.end(),
              [](const Deal &a, const Deal &b) { return a.shardIndex < b.shardIndex; });
    return s;
}

// ---- keys and backends ----------------------------------------------------------------------

bool FileLibrary::isUnlocked() const
{
    return m_engine != nullptr;
}

void FileLibrary::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_bandwidthLimit = std::max<qint64>(0, bytesPerSecond);
    if (m_engine)
        m_engine->setBandwidthLimit(m_bandwidthLimit);
}

Status FileLibrary::unlock(const keystore::Secrets &secrets)
{
    if (isUnlocked())
        return success();
    if (!m_db.isValid())
        return Status::failure(QStringLiteral("not_open"), tr("The file library is not open."));
    auto seed = keystore::accountKey(secrets, QStringLiteral("stellar"), 0);
    if (!seed)
        return seed.error();
    auto keys = boxKeysFromSeed(*seed);
    if (!keys)
        return keys.error();
    auto master = deriveFilesMasterSecret(*seed);
    if (!master)
        return master.error();
    auto ownMaster = deriveFilesMasterSecret(*seed);
    if (!ownMaster)
        return ownMaster.error();
    auto engine = std::make_unique<TransferEngine>();
    const QString dir = QDir(m_dataDir).filePath(QStringLiteral("transfers"));
    QDir().mkpath(dir);
    if (auto s = engine->open(QDir(m_dataDir).filePath(QStringLiteral("transfers.sqlite")), dir,
                              std::move(*master));
        !s)
        return s;
    m_keys = std::make_unique<BoxKeys>(std::move(*keys));
    m_master = std::make_unique<SecretBytes>(std::move(*ownMaster));
    m_engine = std::move(engine);
    m_engine->setBandwidthLimit(m_bandwidthLimit);
    connect(m_engine.get(), &TransferEngine::progress, this, &FileLibrary::transferProgress);
    connect(m_engine.get(), &TransferEngine::totalProgress, this, &FileLibrary::totalProgress);
    connect(m_engine.get(), &TransferEngine::finished, this, &FileLibrary::onFinished);
    Status opened = openBackends();
    // Uploads interrupted by a kill continue from the shards already stored.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT id, transfer_id FROM library_files WHERE state = 'uploading'"))) {
        while (q.next())
            m_uploadRows.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
    } else if (opened) {
        opened = sqlError(q);
    }
    // Renames and moves made while locked (or interrupted) reach the providers now.
    QList<qint64> dirty;
    if (q.exec(QStringLiteral(
            "SELECT id FROM library_files WHERE manifest_dirty = 1 AND state = 'stored'"))) {
        while (q.next())
            dirty << q.value(0).toLongLong();
    } else if (opened) {
        opened = sqlError(q);
    }
    for (qint64 row : std::as_const(dirty))
        storeManifest(row);
    // Deletions a lock (or a kill) interrupted are finished.
    QList<qint64> deleting;
    if (q.exec(QStringLiteral("SELECT id FROM library_files WHERE state = 'deleting'"))) {
        while (q.next())
            deleting << q.value(0).toLongLong();
    } else if (opened) {
        opened = sqlError(q);
    }
    for (qint64 row : std::as_const(deleting))
        if (Status r = remove(row); !r)
            qCWarning(lcStorage) << "an interrupted deletion cannot continue:" << r.error().code;
    for (qint64 id : m_engine->resumeAll()) {
        const TransferInfo info = m_engine->info(id);
        const auto rec = m_engine->journal().transfer(id);
        // The file's own size: the engine's total counts every shard (each copy).
        qint64 size = rec.ok() ? rec->size : 0;
        if (size <= 0) {
            QSqlQuery s(m_db);
            s.prepare(QStringLiteral("SELECT size FROM library_files WHERE transfer_id = ?"));
            s.addBindValue(id);
            if (s.exec() && s.next())
                size = s.value(0).toLongLong();
        }
        Q_EMIT transferStarted(id, toString(info.kind),
                               QFileInfo(rec.ok() ? rec->path : QString()).fileName(),
                               size > 0 ? size : info.bytesTotal);
    }
    Q_EMIT changed();
    return opened;
}

void FileLibrary::lock()
{
    if (!isUnlocked())
        return;
    // Work with the providers that the library itself runs is abandoned: its handlers see the
    // new generation and record nothing, and the next unlock() does it again (manifest_dirty,
    // state 'deleting'). Aborting stops the network and disk work now.
    ++m_generation;
    for (const QPointer<BackendOp> &op : std::as_const(m_ops))
        if (op && !op->isFinished())
            op->abort();
    m_ops.clear();
    m_manifestWrites.clear();
    // The transfers stop as they do at a quit: running shard transfers are aborted, the journal
    // keeps what is done, and interruptedTransfers() lists them until the next unlock()
    // continues them.
    QList<qint64> stopped;
    if (const auto rows = m_engine->journal().unfinished(); rows.ok())
        for (const TransferRecord &rec : *rows)
            stopped << rec.id;
    m_engine.reset();
    // The opened storage access (S3 secret keys) goes with the backends, then the keys.
    m_backends.clear();
    m_keys.reset();
    m_master.reset();
    m_uploadRows.clear();
    qCInfo(lcStorage) << "files locked:" << stopped.size() << "transfer(s) paused";
    if (m_rebuilding) {
        m_rebuilding = false;
        Q_EMIT rebuilt(false, 0, tr("The wallet locked before the file list was rebuilt."));
    }
    Q_EMIT locked(stopped);
    Q_EMIT changed();
}

BackendOp *FileLibrary::track(BackendOp *op)
{
    m_ops.removeIf([](const QPointer<BackendOp> &p) { return p.isNull() || p->isFinished(); });
    m_ops << op;
    return op;
}

Status FileLibrary::openBackends()
{
    for (const Deal &d : std::as_const(m_deals)) {
        if (!usable(d) || m_backends.count(d.id) || d.sealedAccess.isEmpty())
            continue;
        auto access = openSealedAccess(d.sealedAccess, *m_keys);
        if (!access) {
            m_openErrors.insert(d.id, access.error().message);
            qCWarning(lcStorage) << "cannot open the access parameters of deal" << d.id << ":"
                                 << access.error().code;
            continue;
        }
        auto backend = makeBackend(d.id, *access);
        if (!backend) {
            m_openErrors.insert(d.id, backend.error().message);
            continue;
        }
        std::unique_ptr<BackendOp> prep(track((*backend)->prepare()));
        connect(prep.get(), &BackendOp::finished, prep.get(), &QObject::deleteLater);
        (void)prep.release();
        m_engine->addBackend(backend->get());
        m_openErrors.remove(d.id);
        m_backends.emplace(d.id, std::move(*backend));
    }
    if (!m_openErrors.isEmpty())
        return Status::failure(QStringLiteral("cannot_open"), m_openErrors.cbegin().value());
    return success();
}

Backend *FileLibrary::backendFor(const QString &dealId) const
{
    auto it = m_backends.find(dealId);
    return it == m_backends.end() ? nullptr : it->second.get();
}

// ---- listing ----------------------------------------------------------------------------------

Result<QList<LibraryFile>> FileLibrary::files(const QString &slaId, const QString &folder) const
{
    if (!m_db.isOpen())
        return QList<LibraryFile>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM library_files WHERE (? = '' OR sla_id = ?) "
                                  "AND (? = '' OR folder = ?) ORDER BY folder, name COLLATE NOCASE")
                       .arg(QLatin1String(kColumns))))
        return sqlError(q);
    const QString f = folder.isEmpty() ? QString() : normalizeFolder(folder);
    q.addBindValue(nn(slaId));
    q.addBindValue(nn(slaId));
    q.addBindValue(nn(f));
    q.addBindValue(nn(f));
    if (!q.exec())
        return sqlError(q);
    QList<LibraryFile> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

Result<QList<LibraryFile>> FileLibrary::search(const QString &text, const QString &slaId) const
{
    if (!m_db.isOpen())
        return QList<LibraryFile>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM library_files WHERE (? = '' OR sla_id = ?) "
                                  "AND name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE")
                       .arg(QLatin1String(kColumns))))
        return sqlError(q);
    q.addBindValue(nn(slaId));
    q.addBindValue(nn(slaId));
    q.addBindValue(QString(QLatin1Char('%') + escapeLike(text.trimmed()) + QLatin1Char('%')));
    if (!q.exec())
        return sqlError(q);
    QList<LibraryFile> out;
    while (q.next())
        out << rowOf(q);
    return out;
}

Result<LibraryFile> FileLibrary::file(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM library_files WHERE id = ?")
                       .arg(QLatin1String(kColumns))))
        return sqlError(q);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Result<LibraryFile>::failure(QStringLiteral("not_found"),
                                            tr("That file is no longer in the library."));
    return rowOf(q);
}

Result<QStringList> FileLibrary::folders(const QString &slaId) const
{
    QStringList out{QStringLiteral("/")};
    if (!m_db.isOpen())
        return out;
    auto addWithParents = [&out](const QString &path) {
        QString p = normalizeFolder(path);
        while (p != QLatin1String("/") && !out.contains(p)) {
            out << p;
            p = normalizeFolder(p.left(p.lastIndexOf(QLatin1Char('/'))));
        }
    };
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT path FROM library_folders WHERE sla_id = ? UNION "
                                  "SELECT DISTINCT folder FROM library_files WHERE sla_id = ?")))
        return sqlError(q);
    q.addBindValue(nn(slaId));
    q.addBindValue(nn(slaId));
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        addWithParents(q.value(0).toString());
    std::sort(out.begin(), out.end());
    return out;
}

// ---- operations -------------------------------------------------------------------------------

Result<QList<qint64>> FileLibrary::upload(const QString &localPath, const QString &slaId,
                                          const QString &folder)
{
    if (!isUnlocked())
        return Result<QList<qint64>>::failure(QStringLiteral("locked"),
                                              tr("Unlock the wallet first."));
    const SlaInfo s = sla(slaId);
    if (!s.complete())
        return Result<QList<qint64>>::failure(
            QStringLiteral("sla_not_ready"),
            tr("This SLA has %1 of its %2 providers ready; files can be stored once every "
               "provider is funded.")
                .arg(s.deals.size())
                .arg(s.n));
    for (const Deal &d : s.deals)
        if (!backendFor(d.id))
            return Result<QList<qint64>>::failure(
                QStringLiteral("no_provider"),
                tr("The storage access of provider %1 could not be opened: %2")
                    .arg(d.providerId, m_openErrors.value(d.id, tr("no access parameters yet"))));
    const QFileInfo fi(localPath);
    const QString base = normalizeFolder(folder);
    QList<qint64> ids;
    if (fi.isDir()) {
        const QDir root(fi.absoluteFilePath());
        const QString top = normalizeFolder(base + QLatin1Char('/') + fi.fileName());
        if (auto c = createFolder(slaId, top); !c)
            return c.error();
        QDirIterator dirs(root.path(), QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                          QDirIterator::Subdirectories);
        while (dirs.hasNext()) {
            auto c =
                createFolder(slaId, top + QLatin1Char('/') + root.relativeFilePath(dirs.next()));
            if (!c)
                return c.error();
        }
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            const QString rel = QFileInfo(root.relativeFilePath(p)).path();
            auto id =
                uploadOne(p, s, rel == QLatin1String(".") ? top : top + QLatin1Char('/') + rel);
            if (!id)
                return id.error();
            ids << *id;
        }
    } else if (fi.isFile()) {
        auto id = uploadOne(fi.absoluteFilePath(), s, base);
        if (!id)
            return id.error();
        ids << *id;
    } else {
        return Result<QList<qint64>>::failure(QStringLiteral("io"),
                                              tr("%1 is not a file or folder.").arg(localPath));
    }
    Q_EMIT changed();
    return ids;
}

Result<qint64> FileLibrary::uploadOne(const QString &path, const SlaInfo &sla,
                                      const QString &folder)
{
    QStringList providers;
    for (const Deal &d : sla.deals)
        providers << d.id;
    providers = providers.mid(0, sla.n);
    const int k = std::min(sla.k, sla.n);
    auto id = m_engine->upload(path, providers, k, sla.n - k);
    if (!id)
        return id;
    const QFileInfo fi(path);
    auto row = insert(
        QStringLiteral("INSERT INTO library_files (sla_id, folder, name, size, mtime, "
                       "file_id, manifest, state, transfer_id, health_total, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)"),
        {sla.slaId, normalizeFolder(folder), fi.fileName(), fi.size(),
         fi.lastModified().toUTC().toString(Qt::ISODateWithMs), m_engine->info(*id).fileId,
         kUploading, *id, sla.n, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!row || *row <= 0) {
        // Without its row the upload would finish into nothing: it does not start.
        m_engine->cancel(*id);
        if (!row)
            return row.error();
        return Result<qint64>::failure(kCacheError,
                                       tr("The library could not record %1.").arg(fi.fileName()));
    }
    m_uploadRows.insert(*id, *row);
    Q_EMIT transferStarted(*id, QStringLiteral("upload"), fi.fileName(), fi.size());
    const TransferInfo info = m_engine->info(*id);
    if (info.finished())
        onFinished(*id, info.state == TransferState::Done, info.error);
    return id;
}

void FileLibrary::onFinished(qint64 transferId, bool ok, const QString &engineError)
{
    QString error = engineError;
    const qint64 row = m_uploadRows.take(transferId);
    if (row) {
        if (ok) {
            auto mf = m_engine->manifest(transferId);
            const QString json =
                mf ? QString::fromUtf8(QJsonDocument(mf->toJson()).toJson(QJsonDocument::Compact))
                   : QString();
            const int n = mf ? int(mf->shards.size()) : 0;
            if (auto u = exec(
                    QStringLiteral("UPDATE library_files SET state = ?, manifest = ?, file_id = ?, "
                                   "health_ok = ?, health_total = ? WHERE id = ?"),
                    {kStored, json, mf ? mf->fileId : QString(), n, n, row});
                !u) {
                ok = false;
                error = tr("The file was stored but the library could not record it: %1")
                            .arg(u.error().message);
            }
            // The engine's manifest names the local file; a file kept in a sub-folder (or renamed
            // meanwhile) gets its virtual path in the manifest, for other machines.
            auto f = file(row);
            if (mf && f && f->path() != QLatin1Char('/') + mf->name)
                storeManifest(row);
        } else {
            if (auto u = exec(QStringLiteral("UPDATE library_files SET state = ? WHERE id = ?"),
                              {kFailed, row});
                !u)
                qCWarning(lcStorage) << "cannot mark a failed upload:" << u.error().message;
        }
        Q_EMIT changed();
    }
    Q_EMIT transferFinished(transferId, ok, error);
}

Result<qint64> FileLibrary::download(qint64 fileRow, const QString &outPath)
{
    if (!isUnlocked())
        return Result<qint64>::failure(QStringLiteral("locked"), tr("Unlock the wallet first."));
    auto f = file(fileRow);
    if (!f)
        return f.error();
    if (f->state != kStored)
        return Result<qint64>::failure(QStringLiteral("not_stored"),
                                       tr("%1 is not stored yet.").arg(f->name));
    auto mf = Manifest::fromJson(f->manifest);
    QStringList providers;
    if (mf) {
        for (const ShardInfo &s : mf->shards)
            if (backendFor(s.provider) && !providers.contains(s.provider))
                providers << s.provider;
    }
    if (providers.isEmpty())
        return Result<qint64>::failure(
            QStringLiteral("no_provider"),
            tr("None of the providers of %1 can be reached.").arg(f->name));
    auto id = m_engine->download(f->fileId, providers, outPath);
    if (id)
        Q_EMIT transferStarted(*id, QStringLiteral("download"), f->name, f->size);
    return id;
}

Status FileLibrary::rename(qint64 fileRow, const QString &newName)
{
    if (!validName(newName))
        return Status::failure(QStringLiteral("bad_name"),
                               tr("A name cannot be empty or contain \"/\"."));
    auto f = file(fileRow);
    if (!f)
        return f.error();
    if (auto s = exec(QStringLiteral("UPDATE library_files SET name = ? WHERE id = ?"),
                      {newName.trimmed(), fileRow});
        !s)
        return s;
    if (f->state == kStored)
        storeManifest(fileRow);
    Q_EMIT changed();
    return success();
}

Status FileLibrary::move(qint64 fileRow, const QString &folder)
{
    auto f = file(fileRow);
    if (!f)
        return f.error();
    const QString to = normalizeFolder(folder);
    if (auto s = createFolder(f->slaId, to); !s)
        return s;
    if (auto s =
            exec(QStringLiteral("UPDATE library_files SET folder = ? WHERE id = ?"), {to, fileRow});
        !s)
        return s;
    if (f->state == kStored)
        storeManifest(fileRow);
    Q_EMIT changed();
    return success();
}

Status FileLibrary::createFolder(const QString &slaId, const QString &folder)
{
    const QString f = normalizeFolder(folder);
    if (f == QLatin1String("/"))
        return success();
    if (auto s = exec(
            QStringLiteral("INSERT OR IGNORE INTO library_folders (sla_id, path) VALUES (?, ?)"),
            {slaId, f});
        !s)
        return s;
    Q_EMIT changed();
    return success();
}

Status FileLibrary::removeFolder(const QString &slaId, const QString &folder)
{
    const QString f = normalizeFolder(folder);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM library_files WHERE sla_id = ? AND (folder = ? "
                             "OR folder LIKE ? ESCAPE '\\')"));
    q.addBindValue(nn(slaId));
    q.addBindValue(nn(f));
    q.addBindValue(QString(escapeLike(f) + QStringLiteral("/%")));
    if (!q.exec() || !q.next())
        return sqlError(q);
    if (q.value(0).toInt() > 0)
        return Status::failure(QStringLiteral("not_empty"),
                               tr("The folder %1 still holds files.").arg(f));
    if (auto s = exec(QStringLiteral("DELETE FROM library_folders WHERE sla_id = ? AND (path = ? "
                                     "OR path LIKE ? ESCAPE '\\')"),
                      {slaId, f, QString(escapeLike(f) + QStringLiteral("/%"))});
        !s)
        return s;
    Q_EMIT changed();
    return success();
}

Status FileLibrary::remove(qint64 fileRow)
{
    auto f = file(fileRow);
    if (!f)
        return f.error();
    if (f->state == kUploading && f->transferId && isUnlocked())
        m_engine->cancel(f->transferId);
    if (f->fileId.isEmpty() ||
        (f->state != kStored && f->state != kDeleting && f->manifest.isEmpty())) {
        if (auto d = exec(QStringLiteral("DELETE FROM library_files WHERE id = ?"), {fileRow}); !d)
            return d;
        Q_EMIT changed();
        Q_EMIT removed(fileRow, true, QString());
        return success();
    }
    if (!isUnlocked())
        return Status::failure(QStringLiteral("locked"), tr("Unlock the wallet first."));
    auto mf = Manifest::fromJson(f->manifest);
    QList<BackendOp *> ops;
    if (mf) {
        QStringList providers;
        for (const ShardInfo &s : mf->shards) {
            if (Backend *b = backendFor(s.provider)) {
                ops << track(b->remove(s.objectKey));
                if (!providers.contains(s.provider))
                    providers << s.provider;
            }
        }
        for (const QString &p : providers)
            ops << track(backendFor(p)->remove(TransferEngine::manifestKey(f->fileId)));
    }
    if (auto u = exec(QStringLiteral("UPDATE library_files SET state = ? WHERE id = ?"),
                      {kDeleting, fileRow});
        !u) {
        qDeleteAll(ops);
        return u;
    }
    Q_EMIT changed();
    auto pending = std::make_shared<int>(int(ops.size()));
    auto failures = std::make_shared<QStringList>();
    auto done = [this, fileRow, failures, generation = m_generation] {
        if (generation != m_generation)
            return; // locked meanwhile: the row stays 'deleting', unlock() deletes it again
        // Objects a provider had already lost count as deleted.
        if (auto d = exec(QStringLiteral("DELETE FROM library_files WHERE id = ?"), {fileRow}); !d)
            failures->append(d.error().message);
        Q_EMIT changed();
        Q_EMIT removed(fileRow, failures->isEmpty(), failures->join(QLatin1Char('\n')));
    };
    if (ops.isEmpty()) {
        done();
        return success();
    }
    for (BackendOp *op : std::as_const(ops)) {
        auto handle = [op, pending, failures, done] {
            if (!op->ok() && !op->notFound())
                failures->append(op->error().message);
            op->deleteLater();
            if (--*pending == 0)
                done();
        };
        if (op->isFinished())
            QMetaObject::invokeMethod(this, handle, Qt::QueuedConnection);
        else
            connect(op, &BackendOp::finished, this, handle);
    }
    return success();
}

Status FileLibrary::checkHealth(qint64 fileRow)
{
    if (!isUnlocked())
        return Status::failure(QStringLiteral("locked"), tr("Unlock the wallet first."));
    auto f = file(fileRow);
    if (!f)
        return f.error();
    auto mf = Manifest::fromJson(f->manifest);
    if (!mf)
        return Status::failure(QStringLiteral("not_stored"),
                               tr("%1 is not stored yet.").arg(f->name));
    const int total = int(mf->shards.size());
    auto pending = std::make_shared<int>(total);
    auto reachable = std::make_shared<int>(0);
    auto done = [this, fileRow, reachable, total, generation = m_generation] {
        if (generation != m_generation)
            return; // locked meanwhile: the checks were aborted, nothing is known
        Q_EMIT healthChecked(fileRow, *reachable, total);
        if (auto s =
                exec(QStringLiteral(
                         "UPDATE library_files SET health_ok = ?, health_total = ? WHERE id = ?"),
                     {*reachable, total, fileRow});
            !s)
            Q_EMIT failed(
                tr("The health of the file could not be recorded: %1").arg(s.error().message));
        Q_EMIT changed();
    };
    if (total == 0) {
        done();
        return success();
    }
    for (const ShardInfo &s : mf->shards) {
        Backend *b = backendFor(s.provider);
        if (!b) {
            if (--*pending == 0)
                QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
            continue;
        }
        BackendOp *op = track(b->head(s.objectKey));
        const qint64 expected = s.size;
        auto handle = [op, pending, reachable, done, expected] {
            if (op->ok() && (op->objects().isEmpty() || op->objects().first().size < 0 ||
                             op->objects().first().size == expected))
                ++*reachable;
            op->deleteLater();
            if (--*pending == 0)
                done();
        };
        if (op->isFinished())
            QMetaObject::invokeMethod(this, handle, Qt::QueuedConnection);
        else
            connect(op, &BackendOp::finished, this, handle);
    }
    return success();
}

Result<ShareLink> FileLibrary::shareLink(qint64 fileRow, int expiresSeconds) const
{
    auto f = file(fileRow);
    if (!f)
        return f.error();
    auto mf = Manifest::fromJson(f->manifest);
    if (!mf)
        return Result<ShareLink>::failure(QStringLiteral("not_stored"),
                                          tr("%1 is not stored yet.").arg(f->name));
    if (!isUnlocked())
        return Result<ShareLink>::failure(QStringLiteral("locked"), tr("Unlock the wallet first."));
    for (const ShardInfo &s : mf->shards) {
        if (auto *b = qobject_cast<S3Backend *>(backendFor(s.provider))) {
            ShareLink link;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            link.url =
                b->client()->presign(QByteArrayLiteral("GET"), s.objectKey, expiresSeconds, now);
            link.expires = now.addSecs(expiresSeconds);
            return link;
        }
    }
    return Result<ShareLink>::failure(
        QStringLiteral("share_unavailable"),
        tr("Share links need a provider that speaks S3. The providers of this file keep it in "
           "local directories, which cannot hand out web links."));
}

Status FileLibrary::shareable(qint64 fileRow) const
{
    auto f = file(fileRow);
    if (!f)
        return f.error();
    auto mf = Manifest::fromJson(f->manifest);
    if (f->state != kStored || !mf)
        return Status::failure(QStringLiteral("not_stored"),
                               tr("%1 is not stored yet: a link can be made once its upload "
                                  "has finished.")
                                   .arg(f->name));
    for (const ShardInfo &s : mf->shards) {
        if (isUnlocked()) {
            if (qobject_cast<S3Backend *>(backendFor(s.provider)))
                return success();
            continue;
        }
        for (const Deal &d : m_deals)
            if (d.id == s.provider && d.protocol != QLatin1String("local"))
                return success();
    }
    return Status::failure(
        QStringLiteral("share_unavailable"),
        tr("Share links need a provider that speaks S3. The providers of this file keep it in "
           "local directories, which cannot hand out web links."));
}

QList<InterruptedTransfer> FileLibrary::interruptedTransfers() const
{
    QList<InterruptedTransfer> out;
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("transfers.sqlite"));
    if (isUnlocked() || m_dataDir.isEmpty() || !QFileInfo::exists(path))
        return out;
    TransferJournal journal;
    if (!journal.open(path))
        return out;
    auto rows = journal.unfinished();
    if (!rows)
        return out;
    for (const TransferRecord &rec : std::as_const(*rows)) {
        InterruptedTransfer t;
        t.id = rec.id;
        t.kind = toString(rec.kind);
        t.name = QFileInfo(rec.path).fileName();
        t.size = rec.size;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT name, size FROM library_files WHERE transfer_id = ?"));
        q.addBindValue(rec.id);
        if (rec.kind == TransferKind::Upload && q.exec() && q.next()) {
            t.name = q.value(0).toString();
            t.size = q.value(1).toLongLong();
        }
        if (t.name.isEmpty())
            t.name = tr("Transfer %1").arg(rec.id);
        out << t;
    }
    return out;
}

void FileLibrary::cancel(qint64 transferId)
{
    if (m_engine)
        m_engine->cancel(transferId);
}

void FileLibrary::pause(qint64 transferId)
{
    if (m_engine)
        m_engine->pause(transferId);
}

void FileLibrary::resume(qint64 transferId)
{
    if (m_engine)
        m_engine->resume(transferId);
}

// ---- manifests with the providers -------------------------------------------------------------

std::pair<QString, QString> FileLibrary::splitManifestName(const QString &name)
{
    if (!name.startsWith(QLatin1Char('/')))
        return {QStringLiteral("/"), name};
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    return {normalizeFolder(name.left(slash)), name.mid(slash + 1)};
}

QByteArray FileLibrary::sealManifest(const Manifest &mf) const
{
    return storage::sealManifest(*m_master, mf);
}

Result<Manifest> FileLibrary::openManifest(const QByteArray &blob, const QString &fileId) const
{
    return storage::openManifest(*m_master, blob, fileId);
}

void FileLibrary::storeManifest(qint64 fileRow)
{
    // Flagged first, so a write that cannot finish is done again at the next unlock.
    const Status flagged =
        exec(QStringLiteral("UPDATE library_files SET manifest_dirty = 1 WHERE id = ?"), {fileRow});
    if (!isUnlocked()) {
        if (!flagged)
            Q_EMIT manifestStored(fileRow, false, flagged.error().message);
        return; // unlock() writes it
    }
    if (m_manifestWrites.contains(fileRow)) {
        m_manifestWrites[fileRow] = true;
        return;
    }
    auto f = file(fileRow);
    if (!f) {
        if (f.error().code != QLatin1String("not_found"))
            Q_EMIT manifestStored(fileRow, false, f.error().message);
        return;
    }
    if (f->state != kStored)
        return;
    auto mf = Manifest::fromJson(f->manifest);
    if (!mf) {
        Q_EMIT manifestStored(fileRow, false, mf.error().message);
        return;
    }
    mf->name = f->path();
    const QByteArray blob = sealManifest(*mf);
    auto failures = std::make_shared<QStringList>();
    if (!flagged)
        failures->append(flagged.error().message);
    if (auto s =
            exec(QStringLiteral("UPDATE library_files SET manifest = ? WHERE id = ?"),
                 {QString::fromUtf8(QJsonDocument(mf->toJson()).toJson(QJsonDocument::Compact)),
                  fileRow});
        !s)
        failures->append(s.error().message);
    QStringList providers;
    for (const ShardInfo &s : std::as_const(mf->shards))
        if (!providers.contains(s.provider))
            providers << s.provider;
    QList<BackendOp *> ops;
    for (const QString &p : std::as_const(providers)) {
        if (Backend *b = backendFor(p))
            ops << track(b->putData(TransferEngine::manifestKey(mf->fileId), blob));
        else
            failures->append(tr("The storage access of deal %1 is not open.").arg(p));
    }
    m_manifestWrites.insert(fileRow, false);
    auto pending = std::make_shared<int>(int(ops.size()));
    auto done = [this, fileRow, failures, generation = m_generation] {
        if (generation != m_generation)
            return; // locked meanwhile: still flagged dirty, unlock() writes it again
        const bool again = m_manifestWrites.take(fileRow);
        if (again) {
            storeManifest(fileRow);
            return;
        }
        if (failures->isEmpty()) {
            if (auto s =
                    exec(QStringLiteral("UPDATE library_files SET manifest_dirty = 0 WHERE id = ?"),
                         {fileRow});
                !s)
                failures->append(s.error().message);
        } else {
            qCWarning(lcStorage) << "manifest of file row" << fileRow << "not stored everywhere";
        }
        Q_EMIT manifestStored(fileRow, failures->isEmpty(), failures->join(QLatin1Char('\n')));
    };
    if (ops.isEmpty()) {
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    for (BackendOp *op : std::as_const(ops)) {
        auto handle = [op, pending, failures, done] {
            if (!op->ok())
                failures->append(op->error().message);
            op->deleteLater();
            if (--*pending == 0)
                done();
        };
        if (op->isFinished())
            QMetaObject::invokeMethod(this, handle, Qt::QueuedConnection);
        else
            connect(op, &BackendOp::finished, this, handle);
    }
}

// ---- rebuilding the list from the providers ---------------------------------------------------

struct FileLibrary::Rebuild
{
    struct Found
    {
        QStringList deals; // the deals listing the manifest, in shard order
        std::optional<Manifest> manifest;
    };
    int pending = 0;
    QStringList errors;
    QSet<QString> incomplete; // SLAs with a provider that did not answer the listing
    QStringList slas;
    std::map<std::pair<QString, QString>, Found> found; // (SLA, file id)
    quint64 generation = 0;                             // FileLibrary::m_generation when it started
};

Status FileLibrary::rebuildFromProviders()
{
    if (!isUnlocked())
        return Status::failure(QStringLiteral("locked"), tr("Unlock the wallet first."));
    if (m_rebuilding)
        return Status::failure(QStringLiteral("busy"),
                               tr("The file list is being rebuilt already."));
    m_rebuilding = true;
    auto r = std::make_shared<Rebuild>();
    r->generation = m_generation;
    r->slas = slaIds();
    QList<std::pair<QString, BackendOp *>> ops; // (SLA, op) with the deal as objectName
    for (const QString &slaId : std::as_const(r->slas)) {
        for (const Deal &d : sla(slaId).deals) {
            Backend *b = backendFor(d.id);
            if (!b) {
                r->incomplete.insert(slaId);
                r->errors << tr("The storage access of provider %1 is not open.").arg(d.providerId);
                continue;
            }
            BackendOp *op = track(b->list(kManifestPrefix));
            op->setObjectName(d.id);
            ops << std::make_pair(slaId, op);
        }
    }
    r->pending = int(ops.size());
    if (ops.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, r] { finishRebuild(r); }, Qt::QueuedConnection);
        return success();
    }
    for (const auto &entry : std::as_const(ops)) {
        // Plain copies: a lambda cannot capture structured bindings before clang 16.
        const QString slaId = entry.first;
        BackendOp *op = entry.second;
        auto handle = [this, r, slaId, op] {
            if (r->generation != m_generation) { // locked meanwhile
                op->deleteLater();
                return;
            }
            const QString dealId = op->objectName();
            if (op->ok()) {
                for (const ObjectInfo &o : op->objects()) {
                    const QString fileId = o.key.mid(kManifestPrefix.size());
                    if (!o.key.startsWith(kManifestPrefix) || fileId.isEmpty() ||
                        fileId.contains(QLatin1Char('/')))
                        continue;
                    r->found[{slaId, fileId}].deals << dealId;
                }
            } else {
                r->incomplete.insert(slaId);
                r->errors << op->error().message;
            }
            op->deleteLater();
            if (--r->pending == 0)
                fetchManifests(r);
        };
        if (op->isFinished())
            QMetaObject::invokeMethod(this, handle, Qt::QueuedConnection);
        else
            connect(op, &BackendOp::finished, this, handle);
    }
    return success();
}

void FileLibrary::fetchManifests(const std::shared_ptr<Rebuild> &r)
{
    r->pending = int(r->found.size());
    if (r->pending == 0) {
        finishRebuild(r);
        return;
    }
    for (const auto &entry : r->found)
        fetchManifest(r, entry.first, 0);
}

void FileLibrary::fetchManifest(const std::shared_ptr<Rebuild> &r,
                                const std::pair<QString, QString> &key, int candidate)
{
    if (r->generation != m_generation)
        return; // locked meanwhile
    Rebuild::Found &found = r->found[key];
    if (candidate >= found.deals.size() || !isUnlocked()) {
        r->errors << tr("No provider holds a readable manifest of file %1.").arg(key.second);
        if (--r->pending == 0)
            finishRebuild(r);
        return;
    }
    Backend *b = backendFor(found.deals[candidate]);
    if (!b) {
        fetchManifest(r, key, candidate + 1);
        return;
    }
    BackendOp *op = track(b->get(TransferEngine::manifestKey(key.second)));
    auto handle = [this, r, key, candidate, op] {
        op->deleteLater();
        if (r->generation != m_generation)
            return; // locked meanwhile
        if (op->ok()) {
            auto mf = openManifest(op->data(), key.second);
            if (mf) {
                r->found[key].manifest = std::move(*mf);
                if (--r->pending == 0)
                    finishRebuild(r);
                return;
            }
            qCWarning(lcStorage) << "manifest of" << key.second << "rejected:" << mf.error().code;
        }
        fetchManifest(r, key, candidate + 1);
    };
    if (op->isFinished())
        QMetaObject::invokeMethod(this, handle, Qt::QueuedConnection);
    else
        connect(op, &BackendOp::finished, this, handle);
}

void FileLibrary::finishRebuild(const std::shared_ptr<Rebuild> &r)
{
    if (r->generation != m_generation)
        return; // locked meanwhile: lock() reported it
    int files = 0;
    // All or nothing: a list half brought in line would drop or duplicate files.
    auto apply = [&]() -> Status {
        SqlTransaction tx(m_db, kCacheError);
        if (Status s = tx.begin(); !s)
            return s;
        for (const auto &[key, found] : r->found) {
            if (!found.manifest)
                continue;
            ++files;
            const Manifest &mf = *found.manifest;
            const auto [folder, name] = splitManifestName(mf.name);
            const QString json =
                QString::fromUtf8(QJsonDocument(mf.toJson()).toJson(QJsonDocument::Compact));
            const QString mtime = mf.mtime.toUTC().toString(Qt::ISODateWithMs);
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT id, state, manifest_dirty FROM library_files WHERE "
                                     "sla_id = ? AND file_id = ?"));
            q.addBindValue(key.first);
            q.addBindValue(key.second);
            if (!q.exec())
                return sqlError(q);
            if (q.next()) {
                const qint64 row = q.value(0).toLongLong();
                // This machine's own pending changes win over what the providers still hold.
                if (q.value(1).toString() != kStored || q.value(2).toInt() != 0 ||
                    m_manifestWrites.contains(row))
                    continue;
                if (Status s =
                        exec(QStringLiteral("UPDATE library_files SET folder = ?, name = ?, "
                                            "size = ?, mtime = ?, manifest = ? WHERE id = ?"),
                             {folder, name, mf.size, mtime, json, row});
                    !s)
                    return s;
            } else if (Status s = exec(
                           QStringLiteral(
                               "INSERT INTO library_files (sla_id, folder, name, size, mtime, "
                               "file_id, manifest, state, transfer_id, health_total, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
                           {key.first, folder, name, mf.size, mtime, mf.fileId, json, kStored,
                            int(mf.shards.size()),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
                       !s) {
                return s;
            }
        }
        // Stored files no provider lists any more were deleted elsewhere.
        for (const QString &slaId : std::as_const(r->slas)) {
            if (r->incomplete.contains(slaId))
                continue;
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral(
                "SELECT id, file_id FROM library_files WHERE sla_id = ? AND state = ?"));
            q.addBindValue(slaId);
            q.addBindValue(kStored);
            if (!q.exec())
                return sqlError(q);
            QList<qint64> gone;
            while (q.next())
                if (!r->found.count({slaId, q.value(1).toString()}))
                    gone << q.value(0).toLongLong();
            for (qint64 row : std::as_const(gone))
                if (Status s =
                        exec(QStringLiteral("DELETE FROM library_files WHERE id = ?"), {row});
                    !s)
                    return s;
        }
        return tx.commit();
    };
    if (Status s = apply(); !s) {
        files = 0;
        r->errors.prepend(tr("The file list could not be updated: %1").arg(s.error().message));
    }
    m_rebuilding = false;
    r->errors.removeDuplicates();
    Q_EMIT changed();
    Q_EMIT rebuilt(r->errors.isEmpty(), files, r->errors.join(QLatin1Char('\n')));
}

} // namespace fb::storage
