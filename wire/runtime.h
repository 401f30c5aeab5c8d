// Runtime: what every executable (flashback, flashback-cli, flashback-node) sets up the same
// way: application names, the --data-dir and --verbose options, logging, core-dump policy.
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace fb {

class Runtime
{
public:
    // Names used by QSettings and QStandardPaths. Call before creating the application object.
    static void setApplicationIdentity();
    // Adds --data-dir DIR and --verbose to parser.
    static void addCommonOptions(QCommandLineParser &parser);
    // The data directory: --data-dir if given, else the platform's app data location.
    // Creates it when missing.
    static QString dataDir(const QCommandLineParser &parser);
    // Logging into dataDir/logs/<baseName>.log, core dumps off (secrets live in memory).
    static void start(const QCommandLineParser &parser, const QString &baseName);
    static bool verbose(const QCommandLineParser &parser);
};

} // namespace fb
