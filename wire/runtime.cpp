#include "wire/runtime.h"

#include "wire/logfile.h"
#include "wire/wirelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <sys/resource.h>

namespace fb {

void Runtime::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Flashback"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("flashback.tech"));
    QCoreApplication::setApplicationName(QStringLiteral("Flashback"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FB_VERSION));
}

void Runtime::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("Runtime", "Keep all data (database, logs, wallets) in DIR."),
        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("Runtime", "Print debug output of every layer.")));
}

QString Runtime::dataDir(const QCommandLineParser &parser)
{
    QString dir = parser.value(QStringLiteral("data-dir"));
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dir = QDir(dir).absolutePath();
    QDir().mkpath(dir);
    return dir;
}

bool Runtime::verbose(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("verbose"));
}

void Runtime::start(const QCommandLineParser &parser, const QString &baseName)
{
    // No core dumps: keys and passwords live in this process's memory.
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    LogFile::install(dataDir(parser), baseName, verbose(parser));
    qCInfo(lcApp) << baseName << FB_VERSION << "starting, data in" << dataDir(parser);
}

} // namespace fb
