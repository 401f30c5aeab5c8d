// Colours come from the theme: no source under ui/ but ui/theme.cpp spells a colour (a QColor
// of numbers or a name, a "#rrggbb", an rgb(), a Qt::GlobalColor, a named colour in a style
// sheet). A new literal fails here with its file and line; name a ThemeColor role instead.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#ifndef Q_MOC_RUN // moc does not read the raw strings of the patterns
#include "colourscan.h"
#endif

using namespace colourscan;

namespace {
QString sourceDir()
{
    return qEnvironmentVariable("FB_SOURCE_DIR");
}
} // namespace

class tst_ThemeColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scannerKnowsALiteral_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("literal");

        for (const auto &[line, literal] : sampleLines())
            QTest::newRow(line) << QString::fromUtf8(line) << literal;
    }
    void scannerKnowsALiteral()
    {
        QFETCH(QString, line);
        QFETCH(bool, literal);
        QCOMPARE(hasColourLiteral(line), literal);
    }

    void noColourLiteralOutsideTheTheme()
    {
        const QString root = sourceDir();
        QVERIFY2(!root.isEmpty(), "FB_SOURCE_DIR is not set");
        QStringList found;
        int files = 0;
        QDirIterator it(root + QStringLiteral("/ui"),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = path.mid(root.size() + 1);
            if (rel == QLatin1String("ui/theme.cpp"))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
            ++files;
            int n = 0;
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                ++n;
                if (hasColourLiteral(line))
                    found << QStringLiteral("%1:%2: %3").arg(rel).arg(n).arg(line.trimmed());
            }
        }
        QVERIFY2(files > 50, qPrintable(QStringLiteral("only %1 files under ui/").arg(files)));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("colour literals outside ui/theme.cpp (use a "
                                           "ThemeColor role):\n") +
                            found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_ThemeColors)
#include "tst_themecolors.moc"
