// The Debian package as a user gets it: cpack builds it from the build tree, dpkg -x unpacks it
// into a scratch root, and everything then runs from that root only (no build tree on the paths):
// flashback-cli --version, and flashback rendering its main window offscreen with the local node,
// translation and icon it installed. Also checks the package's metadata (library dependencies from
// dpkg-shlibdeps), the desktop entry, the hicolor icon and the AppStream metainfo.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QLibrary>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        const QString &workDir = QString(), int timeoutMs = 240000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

// The environment of a user who has only the package: no variable pointing into the build tree.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys()) {
        if (k.startsWith(QLatin1String("FB_")))
            env.remove(k);
    }
    env.remove(QStringLiteral("LD_LIBRARY_PATH"));
    return env;
}

} // namespace

class tst_Package : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString build = qEnvironmentVariable("FB_BUILD_DIR");
        QVERIFY2(QFileInfo::exists(build + QStringLiteral("/CPackConfig.cmake")),
                 "the build tree has no CPackConfig.cmake (include(CPack) missing)");
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg")).isEmpty())
            QSKIP("dpkg is not installed");
        QVERIFY(m_tmp.isValid());
        const QString out = m_tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const Run pack =
            run(QStringLiteral(FB_CPACK_COMMAND),
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                 build + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), out},
                QProcessEnvironment::systemEnvironment(), build);
        QVERIFY2(pack.code == 0, qPrintable(pack.out + pack.err));
        const QStringList debs =
            QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files, QDir::Name);
        QCOMPARE(debs.size(), 1);
        m_deb = QDir(out).filePath(debs.first());
        QVERIFY2(debs.first().startsWith(QStringLiteral("flashback_") +
                                         QStringLiteral(FB_PROJECT_VERSION)),
                 qPrintable(debs.first()));
        m_root = m_tmp.filePath(QStringLiteral("root"));
        const Run x = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root},
                          QProcessEnvironment::systemEnvironment());
        QVERIFY2(x.code == 0, qPrintable(x.err));
    }

    void packageMetadata()
    {
        const Run f = run(QStringLiteral("dpkg-deb"),
                          {QStringLiteral("-f"), m_deb, QStringLiteral("Package"),
                           QStringLiteral("Version"), QStringLiteral("Depends")},
                          QProcessEnvironment::systemEnvironment());
        QVERIFY2(f.code == 0, qPrintable(f.err));
        QVERIFY2(f.out.contains(QStringLiteral("Package: flashback")), qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("Version: ") + QStringLiteral(FB_PROJECT_VERSION)),
                 qPrintable(f.out));
        // From dpkg-shlibdeps (the libraries the binaries link) and the run-time Qt plugins.
        for (const char *dep : {"libqt6widgets6", "libsodium23", "libqt6sql6-sqlite", "libqt6svg6"})
            QVERIFY2(f.out.contains(QLatin1String(dep)),
                     qPrintable(dep + (QLatin1Char('\n') + f.out)));
    }

    void installedFiles_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *p : {"usr/bin/flashback", "usr/bin/flashback-cli",
                              "usr/bin/flashback-node", "usr/lib/flashback/flashback-web.so",
                              "usr/share/applications/tech.flashback.Flashback.desktop",
                              "usr/share/icons/hicolor/scalable/apps/flashback.svg",
                              "usr/share/metainfo/tech.flashback.Flashback.metainfo.xml",
                              "usr/share/flashback/translations/flashback_en.qm",
                              "usr/share/flashback/translations/flashback_fr.qm",
                              "usr/share/flashback/translations/flashback_de.qm"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void installedFiles()
    {
        QFETCH(QString, path);
        const QFileInfo fi(QDir(m_root).filePath(path));
        QVERIFY2(fi.isFile(), qPrintable(path + QStringLiteral(" is not in the package")));
        QVERIFY(fi.size() > 0);
        if (path.startsWith(QLatin1String("usr/bin/")))
            QVERIFY2(fi.isExecutable(), qPrintable(path));
    }

    void desktopEntryAndMetainfo()
    {
        QFile desktop(QDir(m_root).filePath(
            QStringLiteral("usr/share/applications/tech.flashback.Flashback.desktop")));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QByteArray d = desktop.readAll();
        QVERIFY(d.contains("Exec=flashback"));
        QVERIFY(d.contains("Icon=flashback")); // the hicolor icon's name
        QFile meta(QDir(m_root).filePath(
            QStringLiteral("usr/share/metainfo/tech.flashback.Flashback.metainfo.xml")));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        QVERIFY(meta.readAll().contains(
            "<launchable type=\"desktop-id\">tech.flashback.Flashback.desktop</launchable>"));
        if (QStandardPaths::findExecutable(QStringLiteral("appstreamcli")).isEmpty())
            QSKIP("appstreamcli is not installed (package appstream)");
        const Run v = run(QStringLiteral("appstreamcli"),
                          {QStringLiteral("validate"), QStringLiteral("--no-net"), meta.fileName()},
                          QProcessEnvironment::systemEnvironment());
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
    }

    // The web document view flashback loads on first use (app/gui/main.cpp) resolves from the
    // installed module.
    void installedWebModuleResolves()
    {
        QLibrary lib(QDir(m_root).filePath(QStringLiteral("usr/lib/flashback/flashback-web")));
        QVERIFY2(lib.resolve("fb_create_document_view"), qPrintable(lib.errorString()));
    }

    void installedCliVersion()
    {
        const Run r = run(QDir(m_root).filePath(QStringLiteral("usr/bin/flashback-cli")),
                          {QStringLiteral("--version")}, cleanEnvironment(), m_tmp.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("flashback-cli ") + QStringLiteral(FB_PROJECT_VERSION));
    }

    void installedAppRendersItsWindow()
    {
        // French from the system locale, so the installed translation is what the window shows;
        // its verbose log names the .qm file it loaded.
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
        const QString shot = m_tmp.filePath(QStringLiteral("window.png"));
        const Run r =
            run(QDir(m_root).filePath(QStringLiteral("usr/bin/flashback")),
                {QStringLiteral("--verbose"), QStringLiteral("--data-dir"),
                 m_tmp.filePath(QStringLiteral("data")), QStringLiteral("--screenshot"), shot},
                env, m_tmp.path());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString installedTr = QDir::cleanPath(
            QDir(m_root).filePath(QStringLiteral("usr/share/flashback/translations")));
        QVERIFY2(r.err.contains(installedTr + QStringLiteral("/flashback_fr.qm")),
                 qPrintable(QStringLiteral("the French .qm was not loaded from ") + installedTr +
                            QLatin1Char('\n') + r.err.right(4000)));
        const QImage img(shot);
        QVERIFY2(!img.isNull(), "no screenshot was written");
        QVERIFY(img.width() >= 800 && img.height() >= 500);
        // A real window, not a blank surface: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7) {
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

private:
    QTemporaryDir m_tmp;
    QString m_deb;
    QString m_root;
};

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
