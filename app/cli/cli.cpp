#include "app/cli/cli.h"

#include "wire/runtime.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>

namespace fb::cli {

namespace {
struct CurrentCommand
{
    QString path;
    QString summary;
    bool helpShown = false;
    bool verbose = false;
};
CurrentCommand &current()
{
    static CurrentCommand c;
    return c;
}

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // (QtInfoMsg sorts after QtFatalMsg in the enum: name the quiet levels.)
    if ((type == QtDebugMsg || type == QtInfoMsg) && !current().verbose)
        return;
    const char *level = type == QtDebugMsg     ? "debug"
                        : type == QtInfoMsg    ? "info"
                        : type == QtWarningMsg ? "warning"
                                               : "error";
    std::fprintf(stderr, "flashback-cli: %s: %s\n", level, message.toUtf8().constData());
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void setCurrentCommand(const QString &path, const QString &summary)
{
    current().path = path;
    current().summary = summary;
}

bool helpWasShown()
{
    return current().helpShown;
}

void installMessageHandler()
{
    qInstallMessageHandler(messageHandler);
}

QString commandHelp(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    // Qt names the executable's full path and nothing else; name the command instead.
    const QString exe = QCoreApplication::arguments().value(0);
    const QString prefix = QStringLiteral("Usage: ") + exe;
    if (text.startsWith(prefix)) {
        text.replace(
            0, prefix.size(),
            QStringLiteral("Usage: flashback-cli") +
                (current().path.isEmpty() ? QString() : QLatin1Char(' ') + current().path));
    }
    if (!current().summary.isEmpty()) {
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        if (eol >= 0)
            text.insert(eol + 1, current().summary + QStringLiteral(".\n"));
    }
    return text;
}

bool parse(QCommandLineParser &parser, const QStringList &args, bool *helpShown)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    Runtime::addCommonOptions(parser);
    if (helpShown)
        *helpShown = false;
    if (!parser.parse(args)) {
        fail(BadInput, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(commandHelp(parser).toUtf8().constData(), stdout);
        std::fflush(stdout);
        current().helpShown = true;
        if (helpShown)
            *helpShown = true;
        return false;
    }
    current().verbose = Runtime::verbose(parser);
    if (current().verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("flashback.*.debug=true"));
    return true;
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "flashback-cli: %s\n", message.toUtf8().constData());
    return code;
}

void out(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return Result<QByteArray>::failure(QStringLiteral("missing_option"),
                                           QStringLiteral("no %1 file given").arg(what));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("unreadable"),
            QStringLiteral("cannot read %1 file %2: %3").arg(what, path, f.errorString()));
    return f.readAll();
}

Result<SecretBytes> readSecretFile(const QString &path, const QString &what)
{
    auto data = readFile(path, what);
    if (!data)
        return data.error();
    QByteArray &bytes = *data;
    qsizetype n = bytes.size();
    if (n > 0 && bytes[n - 1] == '\n')
        --n;
    if (n > 0 && bytes[n - 1] == '\r')
        --n;
    SecretBytes secret = SecretBytes::fromBytes(QByteArrayView(bytes.constData(), n));
    SecretBytes::wipe(bytes);
    return secret;
}

Status writeFile(const QString &path, const QByteArray &data, const QString &what)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Status::failure(
            QStringLiteral("unwritable"),
            QStringLiteral("cannot write %1 file %2: %3").arg(what, path, f.errorString()));
    return success();
}

} // namespace fb::cli
