#include "models/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

#include <cstdio>

namespace fb {

namespace {
struct LogState
{
    QMutex mutex;
    QFile file;
    QString path;
    qint64 maxBytes = 0;
    int keep = 0;
    bool verbose = false;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState s;
    return s;
}

void rotateLocked(LogState &s)
{
    s.file.close();
    QFile::remove(s.path + QLatin1Char('.') + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(s.path + QLatin1Char('.') + QString::number(i),
                      s.path + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(s.path, s.path + QStringLiteral(".1"));
    s.file.setFileName(s.path);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    LogState &s = state();
    const QByteArray line = QDateTime::currentDateTimeUtc()
                                .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                                .toUtf8() +
                            ' ' + levelName(type) + ' ' +
                            (ctx.category ? ctx.category : "default") + ": " + msg.toUtf8() + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > s.maxBytes)
                rotateLocked(s);
            s.file.write(line);
            s.file.flush();
        }
    }
    if (type >= QtWarningMsg || s.verbose)
        std::fputs(line.constData(), stderr);
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void LogFile::install(const QString &dataDir, const QString &baseName, bool verbose,
                      qint64 maxBytes, int keepFiles)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(dataDir + QStringLiteral("/logs"));
        s.path =
            QDir(dataDir).filePath(QStringLiteral("logs/") + baseName + QStringLiteral(".log"));
        s.maxBytes = maxBytes;
        s.keep = keepFiles;
        s.verbose = verbose;
        s.file.close();
        s.file.setFileName(s.path);
        s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    }
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("flashback.*.debug=true")
                                             : QStringLiteral("flashback.*.debug=false"));
    QtMessageHandler prev = qInstallMessageHandler(handler);
    if (prev != handler)
        s.previous = prev;
}

void LogFile::uninstall()
{
    LogState &s = state();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

QString LogFile::currentPath()
{
    QMutexLocker lock(&state().mutex);
    return state().path;
}

} // namespace fb
