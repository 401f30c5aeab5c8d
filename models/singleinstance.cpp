#include "models/singleinstance.h"

#include "models/modelslog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace fb {

namespace {
constexpr char kActivate[] = "activate\n";
constexpr char kShown[] = "shown\n";
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(QDir(dataDir).absolutePath())
    , m_lock(QDir(m_dataDir).filePath(QStringLiteral("flashback.lock")))
{
    // Stale only when its owner is gone: a long-running first instance keeps it for ever.
    m_lock.setStaleLockTime(0);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                if (!s->canReadLine())
                    return;
                if (s->readLine(64) == kActivate) {
                    qCInfo(lcApp) << "another instance was started on this data directory; "
                                     "showing this one";
                    emit activationRequested();
                    s->write(kShown);
                }
                s->disconnectFromServer();
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::lockPath() const
{
    return m_lock.fileName();
}

QString SingleInstance::serverName() const
{
    // Local socket names are short; the data dir's hash tells instances apart.
    const QString canonical = QFileInfo(m_dataDir).canonicalFilePath();
    return QStringLiteral("flashback-") +
           QString::fromLatin1(
               QCryptographicHash::hash((canonical.isEmpty() ? m_dataDir : canonical).toUtf8(),
                                        QCryptographicHash::Sha256)
                   .toHex()
                   .left(24));
}

bool SingleInstance::acquire()
{
    QDir().mkpath(m_dataDir);
    if (!m_lock.tryLock(0))
        return false;
    // Holding the lock, any socket of that name is a crashed owner's leftover.
    QLocalServer::removeServer(serverName());
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(serverName()))
        qCWarning(lcApp) << "cannot listen for later instances:" << m_server.errorString();
    return true;
}

bool SingleInstance::activateRunning(int timeoutMs)
{
    QLocalSocket s;
    s.connectToServer(serverName());
    if (!s.waitForConnected(timeoutMs))
        return false;
    s.write(kActivate);
    if (!s.waitForBytesWritten(timeoutMs))
        return false;
    while (!s.canReadLine())
        if (!s.waitForReadyRead(timeoutMs))
            return false;
    return s.readLine(64) == kShown;
}

} // namespace fb
