#include "wire/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

#include <algorithm>
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

// One record per line whatever a message carries: control characters (a newline in a request
// path, terminal escapes, NUL) and Unicode line separators are written as escapes, so logged
// input cannot forge a line or drive the terminal that shows the log.
QString escapedControls(const QString &msg)
{
    const auto isControl = [](char16_t c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
    };
    if (std::none_of(msg.cbegin(), msg.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return msg;
    QString out;
    out.reserve(msg.size() + 16);
    for (QChar c : msg) {
        const char16_t u = c.unicode();
        if (!isControl(u))
            out += c;
        else if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\r')
            out += QLatin1String("\\r");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (u <= 0xff)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &rawMsg)
{
    LogState &s = state();
    const QString msg = escapedControls(rawMsg);
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
    // Warnings and worse on stderr; debug and info only when verbose. (QtInfoMsg sorts after
    // QtFatalMsg in the enum, so no comparison of levels here.)
    if ((type != QtDebugMsg && type != QtInfoMsg) || s.verbose)
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
