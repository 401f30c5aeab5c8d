// Shared plumbing of flashback-cli: exit codes, the command table, argument parsing and file
// helpers. A command group lives in its own file (walletcommands.cpp, ...) and is listed in
// commandGroups() in main.cpp.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>

namespace fb::cli {

// Exit codes scripts rely on.
enum ExitCode : int {
    Success = 0,
    BadInput = 1,      // message on stderr says what was wrong and where
    WrongPassword = 2, // the keystore did not open with this password
    Refused = 3,       // signing refused, e.g. nothing to sign
};

struct Command
{
    QString name;                                    // "new", "sign", ...
    QString summary;                                 // one line for the help listing
    std::function<int(const QStringList &args)> run; // args start with "<group> <name>"
};

struct CommandGroup
{
    QString name; // "wallet", "tx", "files", "s3", "db"
    QString summary;
    QList<Command> commands;
};

CommandGroup dbCommands();
CommandGroup walletCommands();
CommandGroup txCommands();
CommandGroup s3Commands();
CommandGroup filesCommands();

// The command about to run ("tx inspect" and its summary): its --help names it.
void setCurrentCommand(const QString &path, const QString &summary);
// Parses args with parser (adds --help, --data-dir and --verbose). On error prints it and
// returns false; on --help prints help and returns false with helpShown set (the program then
// exits with Success whatever the command returns: see helpWasShown()).
bool parse(QCommandLineParser &parser, const QStringList &args, bool *helpShown = nullptr);
bool helpWasShown();
// The help text of a parser for the current command: "Usage: flashback-cli tx inspect
// [options]", its summary, then the options. Options whose description starts with "Required."
// are the ones the command cannot run without.
QString commandHelp(const QCommandLineParser &parser);

// Log messages: warnings and errors on stderr always; info and debug only with --verbose (set by
// parse()). Installed by main().
void installMessageHandler();

// Prints "flashback-cli: <message>" to stderr and returns code.
int fail(int code, const QString &message);
// Writes text to stdout (UTF-8) with a trailing newline.
void out(const QString &text);

// Reads a whole file; BadInput-style error naming the file when it cannot be read.
Result<QByteArray> readFile(const QString &path, const QString &what);
// Reads a secret (password, mnemonic, key) from a file into guarded memory, trimming one
// trailing newline. The intermediate buffer is wiped.
Result<SecretBytes> readSecretFile(const QString &path, const QString &what);
// Writes atomically (QSaveFile).
Status writeFile(const QString &path, const QByteArray &data, const QString &what);

} // namespace fb::cli
