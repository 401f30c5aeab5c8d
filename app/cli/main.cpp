// flashback-cli: the headless face of the app: wallet, offline signing, files, raw S3, cache.
// Usage: flashback-cli <group> <command> [options]
#include "app/cli/cli.h"
#include "wallet/secretbytes.h"
#include "wire/runtime.h"

#include <QCoreApplication>

#include <cstdio>

using namespace fb::cli;

namespace {
QList<CommandGroup> commandGroups()
{
    return {walletCommands(), txCommands(), filesCommands(), s3Commands(), dbCommands()};
}

void printGroup(const CommandGroup &g, FILE *to)
{
    std::fprintf(to, "%s: %s\n", qPrintable(g.name), qPrintable(g.summary));
    for (const Command &c : g.commands)
        std::fprintf(to, "  %s %-16s %s\n", qPrintable(g.name), qPrintable(c.name),
                     qPrintable(c.summary));
}

void usage(FILE *to)
{
    std::fputs("usage: flashback-cli <group> <command> [options]   (--help after a command for "
               "its options)\n\n",
               to);
    for (const CommandGroup &g : commandGroups())
        printGroup(g, to);
}

void groupUsage(const CommandGroup &g, FILE *to)
{
    std::fprintf(to,
                 "usage: flashback-cli %s <command> [options]   (flashback-cli %s <command> "
                 "--help for its options)\n\n",
                 qPrintable(g.name), qPrintable(g.name));
    printGroup(g, to);
}

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
           arg == QLatin1String("help");
}
} // namespace

int main(int argc, char **argv)
{
    fb::Runtime::setApplicationIdentity();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flashback-cli"));
    fb::initSodium();
    installMessageHandler();

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || isHelp(args[1])) {
        usage(args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? BadInput : Success;
    }
    if (args[1] == QLatin1String("--version")) {
        std::printf("flashback-cli %s\n", FB_VERSION);
        return Success;
    }
    for (const CommandGroup &g : commandGroups()) {
        if (g.name != args[1])
            continue;
        if (args.size() < 3) {
            groupUsage(g, stderr);
            return fail(BadInput, QStringLiteral("'%1' needs a command").arg(g.name));
        }
        if (isHelp(args[2])) {
            groupUsage(g, stdout);
            return Success;
        }
        for (const Command &c : g.commands) {
            if (c.name == args[2]) {
                // The command's parser sees "flashback-cli" followed by its own options.
                QStringList rest = args.mid(3);
                rest.prepend(args[0]);
                setCurrentCommand(g.name + QLatin1Char(' ') + c.name, c.summary);
                const int rc = c.run(rest);
                return helpWasShown() ? Success : rc;
            }
        }
        return fail(BadInput, QStringLiteral("unknown command '%1 %2'; see flashback-cli %1 --help")
                                  .arg(g.name, args[2]));
    }
    return fail(
        BadInput,
        QStringLiteral("unknown command group '%1'; see flashback-cli --help").arg(args[1]));
}
