#include "s3harness.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace fbtest {

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("FB_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(".") : dir;
}

S3rverProcess::~S3rverProcess()
{
    stop();
}

bool S3rverProcess::start(QString *error)
{
    if (m_port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    const QString bin = sourceDir() + QStringLiteral("/tests/node_modules/s3rver/bin/s3rver.js");
    m_process->start(
        QStringLiteral("node"),
        // s3rver's continuation tokens use DES: OpenSSL 3 keeps it in the legacy provider.
        {QStringLiteral("--openssl-legacy-provider"), bin, QStringLiteral("-d"), m_dir.path(),
         QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
         QString::number(m_port), QStringLiteral("-s")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start node: ") + m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (s.waitForConnected(200))
            return true;
        if (m_process->state() == QProcess::NotRunning) {
            *error = QString::fromUtf8(m_process->readAll());
            return false;
        }
        QThread::msleep(100);
    }
    *error = QStringLiteral("s3rver did not come up: ") + QString::fromUtf8(m_process->readAll());
    return false;
}

void S3rverProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

bool S3rverProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

fb::storage::S3Config S3rverProcess::config(const QString &bucket) const
{
    fb::storage::S3Config c;
    c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    c.bucket = bucket;
    c.accessKeyId = QStringLiteral("S3RVER");
    c.secretAccessKey = fb::SecretBytes::fromBytes("S3RVER");
    c.timeoutMs = 10000;
    c.backoffBaseMs = 50;
    return c;
}

QByteArray runNode(const QString &script, const QByteArray &input, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("node"), {script});
    if (!p.waitForStarted(10000)) {
        *error = p.errorString();
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return p.readAllStandardOutput();
}

bool makeFile(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator rng(seed);
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qint64 n = std::min<qint64>(left, buf.size());
        rng.fillRange(reinterpret_cast<quint32 *>(buf.data()), buf.size() / 4);
        if (f.write(buf.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

bool sameFiles(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return false;
    if (fa.size() != fb.size())
        return false;
    while (!fa.atEnd()) {
        if (fa.read(1 << 20) != fb.read(1 << 20))
            return false;
    }
    return true;
}

} // namespace fbtest
