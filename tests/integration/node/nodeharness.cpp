#include "nodeharness.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <sodium.h>
#include <unistd.h>

namespace fbtest {

QString Reply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

// ---- NodeProcess ----------------------------------------------------------------------------

NodeProcess::~NodeProcess()
{
    stop();
}

bool NodeProcess::start(const QString &dataDir, const QStringList &extraArgs, QString *error,
                        int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    const QString program =
        qEnvironmentVariable("FB_BUILD_DIR") + QStringLiteral("/server/flashback-node");
    QStringList args{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0")};
    args += extraArgs;
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
        return false;
    }
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            const QByteArray line = out.mid(at + 13, out.indexOf('\n', at) - at - 13).trimmed();
            m_baseUrl = QStringLiteral("http://") + QString::fromLatin1(line);
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_output = out + m_process->readAllStandardError();
    *error = QStringLiteral("node did not come up: ") + QString::fromUtf8(m_output);
    stop();
    return false;
}

void NodeProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

// ---- PostgresCluster ------------------------------------------------------------------------

namespace {
int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}
QString pgBin(const QString &tool)
{
    for (const char *v : {"17", "16", "15", "14", "13"}) {
        const QString p =
            QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(QLatin1String(v), tool);
        if (QFile::exists(p))
            return p;
    }
    return tool;
}
bool isRoot()
{
    return ::geteuid() == 0;
}
} // namespace

PostgresCluster::~PostgresCluster()
{
    stop();
}

bool PostgresCluster::run(const QStringList &command, QString *error)
{
    QProcess p;
    QStringList cmd = command;
    if (isRoot())
        cmd = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                          QStringLiteral("postgres"), QStringLiteral("--")} +
              cmd;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cmd.first(), cmd.mid(1));
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = cmd.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(p.readAll());
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    // As root PostgreSQL refuses to run: the cluster belongs to the postgres user.
    if (isRoot()) {
        QProcess::execute(
            QStringLiteral("chown"),
            {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()});
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner);
    }
    const QString data = m_dir.path() + QStringLiteral("/data");
    if (!run({pgBin(QStringLiteral("initdb")), QStringLiteral("-D"), data, QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--no-sync")},
             error))
        return false;
    m_port = freePort();
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    QStringList cmd{pgBin(QStringLiteral("postgres")),
                    QStringLiteral("-D"),
                    data,
                    QStringLiteral("-k"),
                    m_dir.path(),
                    QStringLiteral("-h"),
                    QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"),
                    QString::number(m_port),
                    QStringLiteral("-c"),
                    QStringLiteral("fsync=off")};
    if (isRoot())
        cmd = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                          QStringLiteral("postgres"), QStringLiteral("--")} +
              cmd;
    m_server->start(cmd.first(), cmd.mid(1));
    if (!m_server->waitForStarted(10000)) {
        *error = QStringLiteral("postgres did not start");
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QProcess ready;
        ready.start(pgBin(QStringLiteral("pg_isready")),
                    {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(m_port)});
        ready.waitForFinished(5000);
        if (ready.exitCode() == 0)
            return true;
        if (m_server->state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    *error = QStringLiteral("postgres is not ready: ") + QString::fromUtf8(m_server->readAll());
    return false;
}

QString PostgresCluster::createDatabase(const QString &name, QString *error)
{
    if (!run({pgBin(QStringLiteral("createdb")), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
              QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
              QStringLiteral("postgres"), name},
             error))
        return QString();
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

void PostgresCluster::stop()
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        // Fast shutdown through pg_ctl (a signal to the runuser wrapper would not reach the
        // postmaster).
        QString error;
        run({pgBin(QStringLiteral("pg_ctl")), QStringLiteral("-D"),
             m_dir.path() + QStringLiteral("/data"), QStringLiteral("stop"), QStringLiteral("-m"),
             QStringLiteral("fast"), QStringLiteral("-w")},
            &error);
        if (!m_server->waitForFinished(20000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
}

// ---- Client ---------------------------------------------------------------------------------

Reply Client::sendRaw(const QString &method, const QString &path, const QByteArray &body,
                      const QString &token)
{
    QNetworkRequest req(QUrl(m_base + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(60000);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_net.sendCustomRequest(req, method.toLatin1(), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->readAll();
    r.json = QJsonDocument::fromJson(r.raw).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

Reply Client::call(const QString &method, const QString &path, const QJsonObject &body,
                   const QString &token)
{
    const QByteArray data =
        method == QLatin1String("GET") ? QByteArray() : QJsonDocument(body).toJson();
    return sendRaw(method, path, data, token);
}

// ---- accounts -------------------------------------------------------------------------------

QJsonObject stellarTool(const QJsonObject &request, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(qEnvironmentVariable("FB_SOURCE_DIR") + QStringLiteral("/tests"));
    p.start(QStringLiteral("node"),
            {QStringLiteral("integration/node/stellar_tool.js"),
             QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString stellarAddressFromSeed(const QByteArray &seed, QString *error)
{
    return stellarTool({{QStringLiteral("cmd"), QStringLiteral("keypair")},
                        {QStringLiteral("seed"), QString::fromLatin1(seed.toHex())}},
                       error)
        .value(QStringLiteral("address"))
        .toString();
}

Account::Account()
{
    if (sodium_init() < 0)
        qFatal("libsodium init failed");
    m_seed.resize(crypto_sign_SEEDBYTES);
    randombytes_buf(m_seed.data(), size_t(m_seed.size()));
    m_pk.resize(crypto_sign_PUBLICKEYBYTES);
    m_sk.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(m_pk.data()),
                             reinterpret_cast<unsigned char *>(m_sk.data()),
                             reinterpret_cast<const unsigned char *>(m_seed.constData()));
    QString error;
    m_address = stellarAddressFromSeed(m_seed, &error);
    if (m_address.isEmpty())
        qFatal("stellar_tool.js failed: %s", qPrintable(error));
}

QByteArray Account::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_sk.constData()));
    return sig;
}

QString Account::login(Client &c, QString *error)
{
    const Reply nonce = c.get(QStringLiteral("/v1/auth/nonce?address=") + m_address);
    if (nonce.status != 200) {
        if (error)
            *error = QString::fromUtf8(nonce.raw);
        return QString();
    }
    const QByteArray message = nonce.json.value(QStringLiteral("message")).toString().toUtf8();
    const Reply tokens =
        c.post(QStringLiteral("/v1/auth/web3"),
               {{QStringLiteral("address"), m_address},
                {QStringLiteral("network"), QStringLiteral("dev")},
                {QStringLiteral("nonce"), nonce.json.value(QStringLiteral("nonce"))},
                {QStringLiteral("signature"), QString::fromLatin1(sign(message).toBase64())}});
    if (tokens.status != 200) {
        if (error)
            *error = QString::fromUtf8(tokens.raw);
        return QString();
    }
    return tokens.json.value(QStringLiteral("accessToken")).toString();
}

QByteArray Account::openSealed(const QByteArray &box) const
{
    unsigned char xpk[crypto_box_PUBLICKEYBYTES];
    unsigned char xsk[crypto_box_SECRETKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(
            xpk, reinterpret_cast<const unsigned char *>(m_pk.constData())) != 0)
        return QByteArray();
    crypto_sign_ed25519_sk_to_curve25519(xsk,
                                         reinterpret_cast<const unsigned char *>(m_sk.constData()));
    if (box.size() < qsizetype(crypto_box_SEALBYTES))
        return QByteArray();
    QByteArray out(box.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(out.data()),
                             reinterpret_cast<const unsigned char *>(box.constData()),
                             quint64(box.size()), xpk, xsk) != 0)
        return QByteArray();
    sodium_memzero(xsk, sizeof xsk);
    return out;
}

QByteArray sealTo(const Account &a, const QByteArray &plaintext)
{
    unsigned char xpk[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(
            xpk, reinterpret_cast<const unsigned char *>(a.publicKey().constData())) != 0)
        return QByteArray();
    QByteArray box(plaintext.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()),
                    reinterpret_cast<const unsigned char *>(plaintext.constData()),
                    quint64(plaintext.size()), xpk);
    return box;
}

} // namespace fbtest
