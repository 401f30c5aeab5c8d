// flashback-cli files: the Files page without the GUI: put, get, ls and rm over the user's SLAs.
//
// Every command signs in to the platform node (--node URL) with the wallet's Stellar key (a
// challenge signature; the key never leaves this process), lists the consumer's deals, opens the
// storage access each provider sealed to the wallet, and works through storage/filelibrary with
// its own cache and transfer journal in <data-dir>/cli-files (never the app's, which may be
// running). The file list is rebuilt from the providers' encrypted manifests first, so a fresh
// data directory sees the files stored from the app or another machine.
//
// Virtual paths: "/folder/sub/name". put --path P: the file's path (default "/<name of --in>"; a
// path ending in "/" is a folder). ls prints one file a line: size, mtime (UTC), SLA id, path.
//
// Exit codes: BadInput (1) for options, unreadable or unwritable local files, an unknown SLA or
// path; WrongPassword (2) for a keystore that does not open; Refused (3) when the node or a
// provider refused or could not be reached, or a transfer failed.
#include "app/cli/keysource.h"
#include "models/apiclient.h"
#include "models/localnode.h"
#include "storage/filelibrary.h"
#include "storage/transferengine.h"
#include "wallet/slip10.h"
#include "wallet/strkey.h"
#include "wire/domain.h"
#include "wire/runtime.h"
#include "wire/wirelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace fb::cli {

namespace {

using storage::FileLibrary;
using storage::LibraryFile;

const QString kConnection = QStringLiteral("flashback-cli-files");

// The data folder of the app whose node the commands use: --data-dir, else the app's default
// (flashback-cli's own default differs: it runs under its own application name).
QString appDataDir(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("data-dir")))
        return Runtime::dataDir(p);
    const QString cliName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("Flashback"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(cliName);
    return dir;
}

void addOptions(QCommandLineParser &p, bool in, bool out)
{
    p.addOption({QStringLiteral("node"),
                 QStringLiteral("Platform node URL (default: the local network of the Flashback "
                                "app running on --data-dir, or on the app's default data "
                                "folder)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("sla"),
                 QStringLiteral("SLA id (optional when the wallet has only one usable SLA; ls: "
                                "all SLAs when not given)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("path"), QStringLiteral("Virtual path, /folder/name."),
                 QStringLiteral("PATH")});
    if (in)
        p.addOption({QStringLiteral("in"), QStringLiteral("Local file or folder to store."),
                     QStringLiteral("FILE")});
    if (out)
        p.addOption({QStringLiteral("out"),
                     QStringLiteral("Local file (or existing folder) to write."),
                     QStringLiteral("FILE")});
    p.addOption({QStringLiteral("timeout"),
                 QStringLiteral("Seconds to wait for the node and the transfer (default 600)."),
                 QStringLiteral("SECONDS"), QStringLiteral("600")});
    addKeyOptions(p);
}

// Runs the event loop until done() is true or the timeout passes. Returns done().
template <typename Done> bool waitUntil(Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    if (timeoutMs > 0)
        deadline.start(timeoutMs);
    loop.exec();
    return done();
}

// The signed-in node session, the consumer's deals and an unlocked library.
class Session
{
public:
    ~Session()
    {
        m_lib.reset();
        m_api.reset();
        {
            QSqlDatabase db = QSqlDatabase::database(kConnection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(kConnection);
    }

    // Returns Success or the exit code (the error is printed).
    int open(const QCommandLineParser &p)
    {
        bool okTimeout = false;
        m_timeoutMs = p.value(QStringLiteral("timeout")).toInt(&okTimeout) * 1000;
        if (!okTimeout || m_timeoutMs <= 0)
            return fail(BadInput, QStringLiteral("--timeout must be a positive number of seconds"));
        QUrl node;
        if (p.isSet(QStringLiteral("node"))) {
            node = QUrl(p.value(QStringLiteral("node")), QUrl::StrictMode);
            if (!node.isValid() || node.host().isEmpty() ||
                (node.scheme() != QLatin1String("http") && node.scheme() != QLatin1String("https")))
                return fail(BadInput,
                            QStringLiteral("--node '%1' is not an http(s)://host[:port] URL")
                                .arg(p.value(QStringLiteral("node"))));
        } else {
            // The app's local network: its node's port is chosen at start and written into
            // the app's data folder.
            auto running = LocalNode::runningUrl(appDataDir(p));
            if (!running)
                return fail(BadInput,
                            QStringLiteral("%1; or pass --node URL").arg(running.error().message));
            node = *running;
            qCInfo(lcApp) << "using the app's local node" << node.toString();
        }
        if (!hasKeyOptions(p))
            return fail(BadInput, QStringLiteral("give --keystore FILE --password-file PW, or "
                                                 "--mnemonic-file FILE"));
        int rc = BadInput;
        auto secrets = loadSecrets(p, &rc);
        if (!secrets)
            return rc;
        auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), 0);
        if (!key)
            return fail(BadInput, key.error().message);
        const QString address = strkey::accountId(slip10::ed25519PublicKey(*key));

        // Sign in: the node's challenge is signed here, with the account key.
        m_api = std::make_unique<ApiClient>(node, std::make_shared<AuthSession>());
        std::optional<Status> login;
        const SecretBytes &k = *key;
        m_api->login(
            address, [&k](const QByteArray &message) { return slip10::ed25519Sign(k, message); },
            [&login](Status s) { login = std::move(s); });
        if (!waitUntil([&] { return login.has_value(); }, m_timeoutMs))
            return fail(
                Refused,
                QStringLiteral("the node at %1 did not answer the sign-in").arg(node.toString()));
        if (!*login)
            return fail(Refused, QStringLiteral("sign-in to %1 failed: %2")
                                     .arg(node.toString(), login->error().message));

        // The consumer's deals.
        std::optional<ApiResponse> reply;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("role"), QStringLiteral("consumer"));
        m_api->get(QStringLiteral("/v1/deals"), query,
                   [&reply](const ApiResponse &r) { reply = r; });
        if (!waitUntil([&] { return reply.has_value(); }, m_timeoutMs))
            return fail(Refused, QStringLiteral("the node did not list the deals"));
        if (!reply->ok())
            return fail(
                Refused,
                QStringLiteral("the node did not list the deals: %1").arg(reply->error->message));
        QList<Deal> deals;
        for (const auto &v : reply->json.value(QStringLiteral("items")).toArray())
            if (auto d = Deal::fromJson(v.toObject()))
                deals << *d;

        // The library, with its own cache and journal.
        const QString dir = QDir(Runtime::dataDir(p)).filePath(QStringLiteral("cli-files"));
        if (!QDir().mkpath(dir))
            return fail(BadInput, QStringLiteral("cannot create %1").arg(dir));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("library.sqlite")));
        if (!db.open())
            return fail(
                BadInput,
                QStringLiteral("cannot open %1: %2").arg(db.databaseName(), db.lastError().text()));
        m_lib = std::make_unique<FileLibrary>();
        if (auto s = m_lib->open(db, dir); !s)
            return fail(BadInput, s.error().message);
        m_lib->setDeals(deals);
        if (auto s = m_lib->unlock(*secrets); !s) {
            if (!m_lib->isUnlocked())
                return fail(BadInput, s.error().message);
            // Some deal's access did not open: its SLA cannot be used; say so and go on.
            const auto errors = m_lib->openErrors();
            for (auto it = errors.cbegin(); it != errors.cend(); ++it)
                std::fprintf(stderr, "flashback-cli: warning: deal %s: %s\n", qPrintable(it.key()),
                             it.value().toUtf8().constData());
        }
        return Success;
    }

    FileLibrary &lib() { return *m_lib; }
    int timeoutMs() const { return m_timeoutMs; }

    // --sla, or the only usable SLA. all: an empty id is fine (every SLA).
    int slaOption(const QCommandLineParser &p, bool all, QString *sla)
    {
        const QStringList ids = m_lib->slaIds();
        if (p.isSet(QStringLiteral("sla"))) {
            *sla = p.value(QStringLiteral("sla"));
            if (!ids.contains(*sla))
                return fail(BadInput,
                            QStringLiteral("no usable SLA '%1' (Funded or Active); the "
                                           "wallet's SLAs: %2")
                                .arg(*sla, ids.isEmpty() ? QStringLiteral("none")
                                                         : ids.join(QStringLiteral(", "))));
            return Success;
        }
        if (all)
            return Success;
        if (ids.size() == 1) {
            *sla = ids.first();
            return Success;
        }
        return fail(
            BadInput,
            ids.isEmpty()
                ? QStringLiteral("the wallet has no usable SLA (Funded or Active)")
                : QStringLiteral("give --sla ID, one of: %1").arg(ids.join(QStringLiteral(", "))));
    }

    // The providers' manifests into the local list.
    int rebuild()
    {
        std::optional<std::pair<bool, QString>> result;
        QObject::connect(
            m_lib.get(), &FileLibrary::rebuilt, m_lib.get(),
            [&result](bool ok, int, const QString &error) { result.emplace(ok, error); });
        if (auto s = m_lib->rebuildFromProviders(); !s)
            return fail(Refused, s.error().message);
        if (!waitUntil([&] { return result.has_value(); }, m_timeoutMs))
            return fail(Refused, QStringLiteral("the providers did not list the files in time"));
        if (!result->first) {
            for (const QString &line : result->second.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                std::fprintf(stderr, "flashback-cli: warning: %s\n", line.toUtf8().constData());
        }
        return Success;
    }

    std::optional<LibraryFile> find(const QString &sla, const QString &path)
    {
        auto files = m_lib->files(sla);
        if (files)
            for (const LibraryFile &f : *files)
                if (f.path() == path && f.state == QLatin1String("stored"))
                    return f;
        return std::nullopt;
    }

    // Waits for a transfer; returns Success or Refused (printed).
    int waitTransfer(qint64 id, const QString &what)
    {
        std::optional<std::pair<bool, QString>> result;
        QObject::connect(m_lib.get(), &FileLibrary::transferFinished, m_lib.get(),
                         [&result, id](qint64 t, bool ok, const QString &error) {
                             if (t == id)
                                 result.emplace(ok, error);
                         });
        const auto info = m_lib->engine()->info(id);
        if (info.finished())
            result.emplace(info.state == storage::TransferState::Done, info.error);
        if (!waitUntil([&] { return result.has_value(); }, m_timeoutMs)) {
            m_lib->cancel(id);
            return fail(Refused, QStringLiteral("%1 did not finish in time").arg(what));
        }
        if (!result->first)
            return fail(Refused, QStringLiteral("%1 failed: %2").arg(what, result->second));
        return Success;
    }

    int waitManifests()
    {
        if (!waitUntil([&] { return m_lib->pendingManifestWrites() == 0; }, m_timeoutMs))
            return fail(Refused,
                        QStringLiteral("the providers did not store the file's manifest in time"));
        return Success;
    }

private:
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<FileLibrary> m_lib;
    int m_timeoutMs = 600000;
};

QString virtualPath(const QString &path)
{
    QString p = FileLibrary::normalizeFolder(path);
    return p;
}

int put(const QStringList &args)
{
    QCommandLineParser p;
    addOptions(p, true, false);
    if (!parse(p, args))
        return BadInput;
    if (!p.isSet(QStringLiteral("in")))
        return fail(BadInput, QStringLiteral("--in FILE is required"));
    const QFileInfo in(p.value(QStringLiteral("in")));
    if (!in.exists() || !in.isReadable())
        return fail(BadInput, QStringLiteral("cannot read %1").arg(in.filePath()));
    // Where it goes: a folder (path ending in "/", or any path for a folder) and a name.
    const QString raw = p.value(QStringLiteral("path"));
    QString folder = QStringLiteral("/");
    QString name = in.fileName();
    if (!raw.isEmpty()) {
        if (in.isDir() || raw.endsWith(QLatin1Char('/'))) {
            folder = virtualPath(raw);
        } else {
            const auto split = FileLibrary::splitManifestName(virtualPath(raw));
            folder = split.first;
            name = split.second;
        }
    }
    Session s;
    if (int rc = s.open(p); rc != Success)
        return rc;
    QString sla;
    if (int rc = s.slaOption(p, false, &sla); rc != Success)
        return rc;
    if (int rc = s.rebuild(); rc != Success)
        return rc;
    const QString target = folder == QLatin1String("/") ? QString(folder + name)
                                                        : QString(folder + QLatin1Char('/') + name);
    if (in.isFile() && s.find(sla, target))
        return fail(BadInput,
                    QStringLiteral("%1 already exists in SLA %2; rm it first").arg(target, sla));
    auto ids = s.lib().upload(in.absoluteFilePath(), sla, folder);
    if (!ids)
        return fail(ids.error().code == QLatin1String("io") ? BadInput : Refused,
                    ids.error().message);
    for (qint64 id : *ids)
        if (int rc = s.waitTransfer(id, QStringLiteral("the upload of %1").arg(in.filePath()));
            rc != Success)
            return rc;
    if (in.isFile() && name != in.fileName()) {
        auto files = s.lib().files(sla);
        if (files)
            for (const LibraryFile &f : *files)
                if (f.transferId == ids->first())
                    if (auto r = s.lib().rename(f.id, name); !r)
                        return fail(BadInput, r.error().message);
    }
    if (int rc = s.waitManifests(); rc != Success)
        return rc;
    if (in.isFile())
        out(target);
    else
        out(FileLibrary::normalizeFolder(folder + QLatin1Char('/') + in.fileName()) +
            QLatin1Char('/'));
    return Success;
}

int get(const QStringList &args)
{
    QCommandLineParser p;
    addOptions(p, false, true);
    if (!parse(p, args))
        return BadInput;
    if (!p.isSet(QStringLiteral("path")) || !p.isSet(QStringLiteral("out")))
        return fail(BadInput, QStringLiteral("--path PATH and --out FILE are required"));
    const QString path = virtualPath(p.value(QStringLiteral("path")));
    Session s;
    if (int rc = s.open(p); rc != Success)
        return rc;
    QString sla;
    if (int rc = s.slaOption(p, false, &sla); rc != Success)
        return rc;
    if (int rc = s.rebuild(); rc != Success)
        return rc;
    const auto f = s.find(sla, path);
    if (!f)
        return fail(BadInput, QStringLiteral("no file %1 in SLA %2").arg(path, sla));
    QString outPath = p.value(QStringLiteral("out"));
    if (QFileInfo(outPath).isDir())
        outPath = QDir(outPath).filePath(f->name);
    const QFileInfo dir(QFileInfo(outPath).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return fail(BadInput, QStringLiteral("cannot write into %1").arg(dir.filePath()));
    auto id = s.lib().download(f->id, outPath);
    if (!id)
        return fail(Refused, id.error().message);
    if (int rc = s.waitTransfer(*id, QStringLiteral("the download of %1").arg(path)); rc != Success)
        return rc;
    out(outPath);
    return Success;
}

int ls(const QStringList &args)
{
    QCommandLineParser p;
    addOptions(p, false, false);
    if (!parse(p, args))
        return BadInput;
    Session s;
    if (int rc = s.open(p); rc != Success)
        return rc;
    QString sla;
    if (int rc = s.slaOption(p, true, &sla); rc != Success)
        return rc;
    if (int rc = s.rebuild(); rc != Success)
        return rc;
    // --path: only that folder and below.
    const QString under =
        p.isSet(QStringLiteral("path")) ? virtualPath(p.value(QStringLiteral("path"))) : QString();
    auto files = s.lib().files(sla);
    if (!files)
        return fail(BadInput, files.error().message);
    for (const LibraryFile &f : *files) {
        if (f.state != QLatin1String("stored"))
            continue;
        if (!under.isEmpty() && under != QLatin1String("/") && f.folder != under &&
            !f.folder.startsWith(under + QLatin1Char('/')) && f.path() != under)
            continue;
        out(QStringLiteral("%1\t%2\t%3\t%4")
                .arg(f.size)
                .arg(f.mtime.toUTC().toString(Qt::ISODate), f.slaId, f.path()));
    }
    return Success;
}

int rm(const QStringList &args)
{
    QCommandLineParser p;
    addOptions(p, false, false);
    if (!parse(p, args))
        return BadInput;
    if (!p.isSet(QStringLiteral("path")))
        return fail(BadInput, QStringLiteral("--path PATH is required"));
    const QString path = virtualPath(p.value(QStringLiteral("path")));
    Session s;
    if (int rc = s.open(p); rc != Success)
        return rc;
    QString sla;
    if (int rc = s.slaOption(p, false, &sla); rc != Success)
        return rc;
    if (int rc = s.rebuild(); rc != Success)
        return rc;
    const auto f = s.find(sla, path);
    if (!f)
        return fail(BadInput, QStringLiteral("no file %1 in SLA %2").arg(path, sla));
    std::optional<std::pair<bool, QString>> result;
    QObject::connect(&s.lib(), &FileLibrary::removed, &s.lib(),
                     [&result, row = f->id](qint64 r, bool ok, const QString &error) {
                         if (r == row)
                             result.emplace(ok, error);
                     });
    if (auto r = s.lib().remove(f->id); !r)
        return fail(Refused, r.error().message);
    if (!waitUntil([&] { return result.has_value(); }, s.timeoutMs()))
        return fail(Refused, QStringLiteral("the providers did not delete %1 in time").arg(path));
    if (!result->first)
        return fail(
            Refused,
            QStringLiteral("some objects of %1 were not deleted: %2").arg(path, result->second));
    out(path);
    return Success;
}

} // namespace

CommandGroup filesCommands()
{
    return {
        QStringLiteral("files"),
        QStringLiteral("Your encrypted files with your SLAs' providers"),
        {{QStringLiteral("put"), QStringLiteral("Store a file or folder (--in, --path)"), put},
         {QStringLiteral("get"), QStringLiteral("Download a file (--path, --out)"), get},
         {QStringLiteral("ls"), QStringLiteral("List the files (size, mtime, SLA, path)"), ls},
         {QStringLiteral("rm"), QStringLiteral("Delete a file from the providers (--path)"), rm}}};
}

} // namespace fb::cli
