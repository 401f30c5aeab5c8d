// flashback-cli: the headless face of the app: wallet, offline signing, files, raw S3, cache.
// Usage: flashback-cli <group> <command> [options]
#include "app/cli/cli.h"
#include "wire/runtime.h"
#include "wallet/secretbytes.h"

#include <QCoreApplication>

#include <cstdio>

using namespace fb::cli;

namespace {
QList<CommandGroup> commandGroups()
{
    return {walletCommands(), txCommands(), filesCommands(), s3Commands(), dbCommands()};
}

void usage()
{
    std::fputs("usage: flashback-cli <group> <command> [options]   (--help after a command for "
               "its options)\n\n",
               stdout);
    for (const CommandGroup &g : commandGroups()) {
        std::printf("%s: %s\n", qPrintable(g.name), qPrintable(g.summary));
        for (const Command &c : g.commands)
            std::printf("  %s %-16s %s\n", qPrintable(g.name), qPrintable(c.name),
                        qPrintable(c.summary));
    }
}
} // namespace

int main(int argc, char **argv)
{
    fb::Runtime::setApplicationIdentity();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flashback-cli"));
    fb::initSodium();

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")) {
        usage();
        return args.size() < 2 ? BadInput : Success;
    }
    if (args[1] == QLatin1String("--version")) {
        std::printf("flashback-cli %s\n", FB_VERSION);
        return Success;
    }
    for (const CommandGroup &g : commandGroups()) {
        if (g.name != args[1])
            continue;
        if (args.size() < 3)
            return fail(
                BadInput,
                QStringLiteral("'%1' needs a command; see flashback-cli --help").arg(g.name));
        for (const Command &c : g.commands) {
            if (c.name == args[2]) {
                // The command's parser sees "flashback-cli" followed by its own options.
                QStringList rest = args.mid(3);
                rest.prepend(args[0]);
                return c.run(rest);
            }
        }
        return fail(BadInput, QStringLiteral("unknown command '%1 %2'; see flashback-cli --help")
                                  .arg(g.name, args[2]));
    }
    return fail(
        BadInput,
        QStringLiteral("unknown command group '%1'; see flashback-cli --help").arg(args[1]));
}
