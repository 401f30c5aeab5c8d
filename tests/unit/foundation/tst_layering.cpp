// The dependency rule, checked three ways:
//  - every project include ("<folder>/x.h") in every source folder follows the allowed-edges
//    table below (the layers of docs/ARCHITECTURE.md);
//  - nothing below ui/ includes a widgets header, and wallet/ reaches neither the network nor SQL
//    (it must build alone for the offline signer), including <QtWidgets/...>-style includes that
//    would compile through QtCore's include root;
//  - the build enforces it: a probe compiled with a lower target's own include flags (from
//    compile_commands.json) fails on an upward include and compiles an allowed one.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("FB_SOURCE_DIR");
}

// Folder → the folders its files may include. A folder always includes itself; sub-folders
// with rules of their own (ui/web) are checked on their own row.
const QList<std::pair<QString, QStringList>> &allowedEdges()
{
    static const QList<std::pair<QString, QStringList>> edges{
        {QStringLiteral("wallet"), {}},
        {QStringLiteral("wire"), {QStringLiteral("wallet")}},
        {QStringLiteral("models"), {QStringLiteral("wire"), QStringLiteral("wallet")}},
        {QStringLiteral("storage"), {QStringLiteral("wire"), QStringLiteral("wallet")}},
        {QStringLiteral("server"), {QStringLiteral("wire"), QStringLiteral("wallet")}},
        {QStringLiteral("qr"), {}},
        {QStringLiteral("qr/frames"), {QStringLiteral("qr"), QStringLiteral("wallet")}},
        {QStringLiteral("ui/web"), {}},
        {QStringLiteral("ui"),
         {QStringLiteral("models"), QStringLiteral("storage"), QStringLiteral("wire"),
          QStringLiteral("wallet"), QStringLiteral("qr"), QStringLiteral("qr/frames")}},
        {QStringLiteral("app"),
         {QStringLiteral("ui"), QStringLiteral("ui/web"), QStringLiteral("models"),
          QStringLiteral("storage"), QStringLiteral("wire"), QStringLiteral("wallet"),
          QStringLiteral("qr"), QStringLiteral("qr/frames")}},
    };
    return edges;
}

// The folder an include names: the longest table folder that prefixes it ("ui/web/x.h" is
// ui/web), else its first path component.
QString includedFolder(const QString &include)
{
    QString best;
    for (const auto &[folder, _] : allowedEdges()) {
        if (include.startsWith(folder + QLatin1Char('/')) && folder.size() > best.size())
            best = folder;
    }
    return best.isEmpty() ? include.section(QLatin1Char('/'), 0, 0) : best;
}

// The compile flags that decide what a file can see: include paths and the language standard.
QStringList includeFlags(const QString &command)
{
    const QStringList words = QProcess::splitCommand(command);
    QStringList flags;
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if ((w == QLatin1String("-I") || w == QLatin1String("-isystem")) && i + 1 < words.size())
            flags << w << words.at(++i);
        else if (w.startsWith(QLatin1String("-I")) || w.startsWith(QLatin1String("-std=")) ||
                 w == QLatin1String("-fPIC"))
            flags << w;
    }
    return flags;
}

} // namespace

class tst_Layering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void edgesFollowTheTable_data();
    void edgesFollowTheTable();
    void noForbiddenIncludes_data();
    void noForbiddenIncludes();
    void buildRefusesUpwardIncludes_data();
    void buildRefusesUpwardIncludes();
};

void tst_Layering::edgesFollowTheTable_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("allowed");
    for (const auto &[folder, allowed] : allowedEdges())
        QTest::newRow(qPrintable(folder)) << folder << allowed;
}

void tst_Layering::edgesFollowTheTable()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, allowed);
    const QString root = sourceDir() + QLatin1Char('/') + folder;
    QVERIFY2(QFile::exists(root), qPrintable(root));
    // Project includes name a folder: "wire/domain.h". Includes relative to the file itself
    // ("nodeharness.h") stay inside it; climbing out ("../ui/x.h") is refused outright.
    const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                     QRegularExpression::MultilineOption);
    QStringList offenders;
    int files = 0, edges = 0;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(sourceDir().size() + 1);
        // A sub-folder with a row of its own is checked there.
        bool own = true;
        for (const auto &[other, _] : allowedEdges()) {
            if (other != folder && other.startsWith(folder + QLatin1Char('/')) &&
                relative.startsWith(other + QLatin1Char('/')))
                own = false;
        }
        if (!own)
            continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        ++files;
        auto matches = include.globalMatch(QString::fromUtf8(f.readAll()));
        while (matches.hasNext()) {
            const QString name = matches.next().captured(1);
            if (name.contains(QLatin1String("..")))
                offenders << relative + QStringLiteral(": climbs out with ") + name;
            if (!name.contains(QLatin1Char('/')))
                continue; // a file of the same folder
            ++edges;
            const QString target = includedFolder(name);
            if (target != folder && !allowed.contains(target))
                offenders << relative + QStringLiteral(" includes ") + name;
        }
    }
    QVERIFY(files > 0);
    if (folder != QLatin1String("wallet") && folder != QLatin1String("ui/web") &&
        folder != QLatin1String("qr"))
        QVERIFY(edges > 0); // the check saw includes at all
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void tst_Layering::noForbiddenIncludes_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("forbidden");
    const QString widgets = QStringLiteral(
        R"(#\s*include\s*[<"](QtWidgets/|QtWebEngineWidgets/|QtCharts/|QWidget|QMainWindow|QDialog|QApplication|QPushButton|QLabel|QWizard|QMessageBox)[^>"]*[>"])");
    for (const char *folder : {"models", "storage", "wallet", "server", "wire", "qr"})
        QTest::newRow(folder) << QString::fromLatin1(folder) << widgets;
    QTest::newRow("wallet offline")
        << QStringLiteral("wallet")
        << QStringLiteral(
               R"(#\s*include\s*[<"](QtNetwork/|QtSql/|QNetwork|QSql|QTcp|QUdp|QHttp)[^>"]*[>"])");
    QTest::newRow("wire offline")
        << QStringLiteral("wire")
        << QStringLiteral(R"(#\s*include\s*[<"](QtNetwork/|QNetwork|QTcp|QUdp|QHttp)[^>"]*[>"])");
}

void tst_Layering::noForbiddenIncludes()
{
    QFETCH(QString, folder);
    QFETCH(QString, forbidden);
    const QRegularExpression re(forbidden);
    const QString root = sourceDir() + QLatin1Char('/') + folder;
    QVERIFY2(QFile::exists(root), qPrintable(root));
    QStringList offenders;
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        ++files;
        const QString text = QString::fromUtf8(f.readAll());
        const auto m = re.match(text);
        if (m.hasMatch())
            offenders << f.fileName() + QStringLiteral(": ") + m.captured(0);
    }
    QVERIFY(files > 0);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void tst_Layering::buildRefusesUpwardIncludes_data()
{
    QTest::addColumn<QString>("source"); // a file of the lower target, whose flags are used
    QTest::addColumn<QString>("include");
    QTest::addColumn<bool>("compiles");
    // Allowed edges compile (so a failure below is the layering, not a broken probe)…
    QTest::newRow("wire → wallet") << "wire/domain.cpp"
                                   << "wallet/result.h" << true;
    QTest::newRow("models → wire") << "models/cachestore.cpp"
                                   << "wire/domain.h" << true;
    QTest::newRow("storage → wire") << "storage/filelibrary.cpp"
                                    << "wire/schemamigrator.h" << true;
    QTest::newRow("ui → models") << "ui/mainwindow.cpp"
                                 << "models/offersmodel.h" << true;
    QTest::newRow("ui → qr") << "ui/mainwindow.cpp"
                             << "qr/qrcode.h" << true;
    // …and upward or sideways ones do not.
    QTest::newRow("wire → models") << "wire/domain.cpp"
                                   << "models/cachestore.h" << false;
    QTest::newRow("wire → server") << "wire/economics.cpp"
                                   << "server/node.h" << false;
    QTest::newRow("wallet → wire") << "wallet/bip39.cpp"
                                   << "wire/domain.h" << false;
    QTest::newRow("models → ui") << "models/cachestore.cpp"
                                 << "ui/theme.h" << false;
    QTest::newRow("models → storage") << "models/cachestore.cpp"
                                      << "storage/backend.h" << false;
    QTest::newRow("storage → models") << "storage/filelibrary.cpp"
                                      << "models/apiclient.h" << false;
    QTest::newRow("server → models") << "server/deals.cpp"
                                     << "models/apiclient.h" << false;
    QTest::newRow("ui → server") << "ui/mainwindow.cpp"
                                 << "server/node.h" << false;
    QTest::newRow("qr → wallet") << "qr/qrcode.cpp"
                                 << "wallet/result.h" << false;
    QTest::newRow("wallet → qr") << "wallet/ur.cpp"
                                 << "qr/qrcode.h" << false;
}

void tst_Layering::buildRefusesUpwardIncludes()
{
    QFETCH(QString, source);
    QFETCH(QString, include);
    QFETCH(bool, compiles);
    QFile db(qEnvironmentVariable("FB_BUILD_DIR") + QStringLiteral("/compile_commands.json"));
    if (!db.exists())
        QSKIP("no compile_commands.json in this build (CMAKE_EXPORT_COMPILE_COMMANDS is off)");
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QJsonArray commands = QJsonDocument::fromJson(db.readAll()).array();
    QString command;
    for (const auto v : commands) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("file")).toString().endsWith(QLatin1Char('/') + source)) {
            command = o.value(QStringLiteral("command")).toString();
            break;
        }
    }
    QVERIFY2(!command.isEmpty(), qPrintable(source + QStringLiteral(" is not in the build")));
    const QStringList flags = includeFlags(command);
    QVERIFY(!flags.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile probe(dir.filePath(QStringLiteral("probe.cpp")));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write(QStringLiteral("#include \"%1\"\n").arg(include).toUtf8());
    probe.close();
    QProcess cxx;
    cxx.setProcessChannelMode(QProcess::MergedChannels);
    cxx.start(qEnvironmentVariable("FB_CXX", QStringLiteral("c++")),
              QStringList{QStringLiteral("-fsyntax-only")} + flags + QStringList{probe.fileName()});
    QVERIFY2(cxx.waitForFinished(120000), "the compiler did not finish");
    const QString out = QString::fromUtf8(cxx.readAll());
    if (compiles) {
        QVERIFY2(cxx.exitCode() == 0, qPrintable(out));
    } else {
        QVERIFY2(cxx.exitCode() != 0, qPrintable(include + QStringLiteral(" compiled from ") +
                                                 source + QStringLiteral("'s target")));
        QVERIFY2(out.contains(include), qPrintable(out)); // refused for the include, nothing else
    }
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
