// LogFile: the Qt message handler that writes every categorised message to a rotating file in
// the data directory (flashback.log, flashback.log.1 ... .N) and warnings to stderr.
#pragma once

#include <QString>

namespace fb {

class LogFile
{
public:
    // Installs the handler. baseName is "flashback", "flashback-cli" or "flashback-node".
    // verbose turns on debug output for every flashback.* category, on stderr too.
    static void install(const QString &dataDir, const QString &baseName, bool verbose,
                        qint64 maxBytes = 2 * 1024 * 1024, int keepFiles = 5);
    static void uninstall();
    static QString currentPath();
};

} // namespace fb
