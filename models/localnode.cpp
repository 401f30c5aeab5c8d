#include "models/localnode.h"

#include "models/modelslog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace fb {

LocalNode::LocalNode(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

LocalNode::~LocalNode()
{
    stop();
}

QString LocalNode::findProgram()
{
    const QString env = qEnvironmentVariable("FB_NODE_PATH");
    if (!env.isEmpty())
        return QFileInfo(env).isExecutable() ? env : QString();
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{QString(appDir + QStringLiteral("/flashback-node")),
                                 QString(appDir + QStringLiteral("/../server/flashback-node")),
                                 QString(appDir + QStringLiteral("/../libexec/flashback-node"))};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QString();
}

QString LocalNode::urlFilePath(const QString &appDataDir)
{
    return QDir(appDataDir).filePath(QStringLiteral("node.url"));
}

Result<QUrl> LocalNode::runningUrl(const QString &appDataDir)
{
    const QString path = urlFilePath(appDataDir);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QUrl>::failure(
            QStringLiteral("no_node"),
            tr("no running Flashback app uses %1 with its local network (%2 is missing)")
                .arg(QDir::toNativeSeparators(appDataDir), QDir::toNativeSeparators(path)));
    const QList<QByteArray> lines = f.read(4096).split('\n');
    const QUrl url(QString::fromUtf8(lines.value(0).trimmed()), QUrl::StrictMode);
    bool pidOk = false;
    const qint64 pid = lines.value(1).trimmed().toLongLong(&pidOk);
    if (!url.isValid() || url.host().isEmpty() || !pidOk || pid <= 0)
        return Result<QUrl>::failure(QStringLiteral("stale"),
                                     tr("%1 is not a node address file").arg(path));
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return Result<QUrl>::failure(
            QStringLiteral("stale"),
            tr("the local node named in %1 is no longer running; start the app").arg(path));
    return url;
}

QString LocalNode::dataDir() const
{
    return QDir(m_options.appDataDir).filePath(QStringLiteral("node"));
}

qint64 LocalNode::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool LocalNode::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

Result<QUrl> LocalNode::start()
{
    if (isRunning())
        return m_url;
    const QString program = m_options.program.isEmpty() ? findProgram() : m_options.program;
    if (program.isEmpty())
        return Result<QUrl>::failure(
            QStringLiteral("node_missing"),
            tr("flashback-node was not found next to the application; set FB_NODE_PATH or "
               "configure a platform URL in Settings."));
    const QString dir = dataDir();
    const bool firstStart = !QFileInfo::exists(dir);
    QDir().mkpath(dir);
    QStringList args{QStringLiteral("--data-dir"), dir, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0")};
    if (firstStart)
        args << QStringLiteral("--seed-demo");
    // The development network: its local providers may sit on loopback or a private network.
    args << QStringLiteral("--allow-private-endpoints");
    args += m_options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: only async-signal-safe calls.
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) // the parent died before prctl took effect
            ::_exit(1);
    });
    m_stopping = false;
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000)) {
        const QString why = m_process->errorString();
        m_process.reset();
        return Result<QUrl>::failure(QStringLiteral("node_failed"),
                                     tr("Cannot start the local node: %1").arg(why));
    }
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < m_options.startTimeoutMs) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf("listening on ");
        const qsizetype eol = at >= 0 ? out.indexOf('\n', at) : -1;
        if (eol > at) {
            const QByteArray hostPort = out.mid(at + 13, eol - at - 13).trimmed();
            m_url = QUrl(QStringLiteral("http://") + QString::fromLatin1(hostPort));
            connect(m_process.get(), &QProcess::finished, this,
                    [this](int code, QProcess::ExitStatus) {
                        if (!m_stopping) {
                            qCWarning(lcApp) << "local node exited with" << code;
                            emit crashed(tr("The local node stopped (exit code %1).").arg(code));
                        }
                    });
            // Keep draining its output so it never blocks on a full pipe.
            connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
                    [this] { m_process->readAllStandardOutput(); });
            connect(m_process.get(), &QProcess::readyReadStandardError, this,
                    [this] { m_process->readAllStandardError(); });
            qCInfo(lcApp) << "local node listening on" << m_url.toString();
            QSaveFile urlFile(urlFilePath(m_options.appDataDir));
            if (!urlFile.open(QIODevice::WriteOnly) ||
                urlFile.write(m_url.toString().toUtf8() + '\n' +
                              QByteArray::number(m_process->processId()) + '\n') < 0 ||
                !urlFile.commit())
                qCWarning(lcApp) << "cannot write" << urlFile.fileName() << urlFile.errorString();
            return m_url;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    const QString err = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
    stop();
    return Result<QUrl>::failure(QStringLiteral("node_failed"),
                                 tr("The local node did not start: %1").arg(err));
}

void LocalNode::stop()
{
    if (!m_process)
        return;
    m_stopping = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
    m_url = QUrl();
    QFile::remove(urlFilePath(m_options.appDataDir));
}

} // namespace fb
