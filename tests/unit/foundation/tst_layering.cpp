// The dependency rule, checked on the sources: nothing below ui/ includes a widgets header, and
// wallet/ reaches neither the network nor SQL (it must build alone for the offline signer).
// The linker enforces most of this; this test also catches <QtWidgets/...>-style includes that
// would compile through QtCore's include root.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_Layering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noForbiddenIncludes_data();
    void noForbiddenIncludes();
};

void tst_Layering::noForbiddenIncludes_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("forbidden");
    const QString widgets = QStringLiteral(
        R"(#\s*include\s*[<"](QtWidgets/|QtWebEngineWidgets/|QtCharts/|QWidget|QMainWindow|QDialog|QApplication|QPushButton|QLabel|QWizard|QMessageBox)[^>"]*[>"])");
    for (const char *folder : {"models", "storage", "wallet", "server"})
        QTest::newRow(folder) << QString::fromLatin1(folder) << widgets;
    QTest::newRow("wallet offline")
        << QStringLiteral("wallet")
        << QStringLiteral(
               R"(#\s*include\s*[<"](QtNetwork/|QtSql/|QNetwork|QSql|QTcp|QUdp|QHttp)[^>"]*[>"])");
}

void tst_Layering::noForbiddenIncludes()
{
    QFETCH(QString, folder);
    QFETCH(QString, forbidden);
    const QRegularExpression re(forbidden);
    const QString root = qEnvironmentVariable("FB_SOURCE_DIR") + QLatin1Char('/') + folder;
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

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
