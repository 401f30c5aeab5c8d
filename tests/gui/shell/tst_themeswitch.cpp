// The theme switched live from the View menu, light -> dark -> light, as a user sees it without
// a restart: the sidebar's background and text change with it and stay readable (4.5:1, measured
// on the rendered pixels), the checked role of the Consumer/Provider switch is filled with the
// accent in both themes, the charts (the SLAs page's and the QoS chart the provider dashboard
// uses) take the theme's background, text and series colours, the QoS time axis labels stay
// distinct over short and long ranges, and every text role of the theme keeps 4.5:1.
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/settingskeys.h"
#include "ui/theme.h"
#include "ui/widgets/charttheme.h"
#include "ui/widgets/qoschart.h"

#include <QAbstractButton>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace fb::ui;

namespace {

// The colour most pixels of the image have: a widget's background.
QColor dominant(const QImage &img, const QRect &area = {})
{
    const QRect r = area.isNull() ? img.rect() : area.intersected(img.rect());
    QHash<QRgb, int> count;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++count[img.pixel(x, y) | 0xff000000u];
    QRgb best = 0;
    int most = -1;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return QColor::fromRgb(best);
}

// The strongest contrast of any pixel in the area against the background: the text's own
// colour where its strokes are solid.
double textContrast(const QImage &img, const QRect &area, const QColor &background)
{
    double best = 1;
    const QRect r = area.intersected(img.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, Theme::contrast(QColor::fromRgb(img.pixel(x, y)), background));
    return best;
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return c.name();
}

QList<fb::QosSample> samplesOver(qint64 spanMs, int count)
{
    QList<fb::QosSample> out;
    const QDateTime start =
        QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00Z"), Qt::ISODate);
    for (int i = 0; i < count; ++i) {
        fb::QosSample s;
        s.id = QString::number(i);
        s.at = start.addMSecs(spanMs * i / (count - 1));
        s.ok = i % 7 != 3;
        s.latencyMs = s.ok ? 40 + (i * 13) % 60 : -1;
        out.append(s);
    }
    return out;
}

} // namespace

class tst_ThemeSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { Theme::apply(ThemeMode::Light); }
    void sidebarFollowsTheLiveSwitch();
    void roleSwitchShowsTheCheckedRole();
    void chartsFollowTheLiveSwitch();
    void qosTimeAxisLabelsAreDistinct_data();
    void qosTimeAxisLabelsAreDistinct();
    void textRolesKeepTheirContrast();
    void coloredTextFollowsTheSwitch();

private:
    // Switches as a user does, from View > Theme.
    void switchTo(MainWindow &w, const QString &name)
    {
        QAction *a = w.menuAction(QStringLiteral("theme_") + name);
        QVERIFY(a);
        a->trigger();
        QCOMPARE(Theme::isDark(), name == QLatin1String("dark"));
        QApplication::processEvents();
    }
    void checkSidebar(MainWindow &w, const QString &theme);
    void checkRoleButtons(MainWindow &w, const QString &theme);

    QTemporaryDir m_dir;
};

void tst_ThemeSwitch::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlashbackTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
    Theme::apply(ThemeMode::Light);
}

void tst_ThemeSwitch::checkSidebar(MainWindow &w, const QString &theme)
{
    auto *side = w.findChild<QWidget *>(QStringLiteral("sidebar"));
    auto *list = w.findChild<QListWidget *>(QStringLiteral("sidebarList"));
    QVERIFY(side && list);
    const bool dark = theme == QLatin1String("dark");
    // The empty bottom of the sidebar: its background.
    const QImage sideImg = side->grab().toImage();
    const QColor bg = QColor::fromRgb(sideImg.pixel(3, sideImg.height() - 4));
    QVERIFY2(dark ? bg.lightness() < 80 : bg.lightness() > 200,
             qPrintable(theme + QStringLiteral(" sidebar background ") + describe(bg)));
    QVERIFY2(near(bg, Theme::color(ThemeColor::SidebarBackground)), qPrintable(describe(bg)));
    // Every visible area's name is readable on it, the selected one too.
    const QImage listImg = list->viewport()->grab().toImage();
    int rows = 0;
    for (int row = 0; row < list->count(); ++row) {
        if (list->isRowHidden(row))
            continue;
        // The name, right of the icon (the blue icon would pass for readable text).
        const QRect r =
            list->visualItemRect(list->item(row)).adjusted(list->iconSize().width() + 12, 0, 0, 0);
        const QColor rowBg = dominant(listImg, r);
        const double c = textContrast(listImg, r, rowBg);
        QVERIFY2(c >= 4.5, qPrintable(QStringLiteral("%1: row %2 (%3) contrast %4 on %5")
                                          .arg(theme, list->item(row)->text())
                                          .arg(row)
                                          .arg(c, 0, 'f', 2)
                                          .arg(describe(rowBg))));
        ++rows;
    }
    QVERIFY(rows >= 4);
    // The brand above the switch, on the sidebar's own background.
    auto *brand = side->findChildren<QLabel *>().value(0);
    QVERIFY(brand);
    const QImage brandImg = sideImg.copy(brand->geometry());
    const double brandContrast = textContrast(brandImg, brandImg.rect(), dominant(brandImg));
    QVERIFY2(
        brandContrast >= 4.5,
        qPrintable(theme + QStringLiteral(" brand contrast %1").arg(brandContrast, 0, 'f', 2)));
}

void tst_ThemeSwitch::checkRoleButtons(MainWindow &w, const QString &theme)
{
    auto *consumer = w.findChild<QAbstractButton *>(QStringLiteral("roleConsumer"));
    auto *provider = w.findChild<QAbstractButton *>(QStringLiteral("roleProvider"));
    QVERIFY(consumer && provider);
    for (QAbstractButton *b : {consumer, provider}) {
        const QImage img = b->grab().toImage();
        const QColor bg = dominant(img);
        const QColor expected =
            Theme::color(b->isChecked() ? ThemeColor::RoleToggleChecked : ThemeColor::RoleToggle);
        QVERIFY2(near(bg, expected),
                 qPrintable(QStringLiteral("%1: %2 (%3) is %4, expected %5")
                                .arg(theme, b->objectName(),
                                     b->isChecked() ? QStringLiteral("checked")
                                                    : QStringLiteral("unchecked"),
                                     describe(bg), describe(expected))));
        const double c = textContrast(img, img.rect().adjusted(2, 2, -2, -2), bg);
        QVERIFY2(c >= 4.5, qPrintable(QStringLiteral("%1: %2 text contrast %3")
                                          .arg(theme, b->objectName())
                                          .arg(c, 0, 'f', 2)));
    }
    // The checked role stands out: the accent, well apart from the unchecked one, in both
    // themes (the dark theme used to draw the checked one darker, which read as unchecked).
    QAbstractButton *on = consumer->isChecked() ? consumer : provider;
    QAbstractButton *off = on == consumer ? provider : consumer;
    const QColor onBg = dominant(on->grab().toImage());
    const QColor offBg = dominant(off->grab().toImage());
    QVERIFY2(onBg.hsvSaturation() > offBg.hsvSaturation() + 80,
             qPrintable(theme + QStringLiteral(": checked ") + describe(onBg) +
                        QStringLiteral(" unchecked ") + describe(offBg)));
}

void tst_ThemeSwitch::sidebarFollowsTheLiveSwitch()
{
    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);
    w.resize(1024, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showPage(QStringLiteral("slas")));
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark"),
                                 QStringLiteral("light"), QStringLiteral("dark")}) {
        switchTo(w, theme);
        checkSidebar(w, theme);
        if (QTest::currentTestFailed())
            return;
        if (qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR"))
            w.grab().save(qEnvironmentVariable("FB_SCREENSHOT_DIR") +
                          QStringLiteral("/sidebar-%1-1024.png").arg(theme));
    }
}

void tst_ThemeSwitch::roleSwitchShowsTheCheckedRole()
{
    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);
    w.resize(1024, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setRole(Role::Consumer);
    for (const QString &theme :
         {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("light")}) {
        switchTo(w, theme);
        checkRoleButtons(w, theme);
        if (QTest::currentTestFailed())
            return;
    }
    // A click on the other role moves the highlight, in the dark theme too.
    switchTo(w, QStringLiteral("dark"));
    auto *provider = w.findChild<QAbstractButton *>(QStringLiteral("roleProvider"));
    QTest::mouseClick(provider, Qt::LeftButton);
    QCOMPARE(w.role(), Role::Provider);
    QVERIFY(provider->isChecked());
    checkRoleButtons(w, QStringLiteral("dark"));
    w.setRole(Role::Consumer);
}

void tst_ThemeSwitch::chartsFollowTheLiveSwitch()
{
    AppContext ctx{m_dir.path()};
    MainWindow w(ctx);
    w.resize(1024, 640);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showPage(QStringLiteral("slas")));
    auto *slaChart =
        w.page(QStringLiteral("slas"))->findChild<QChartView *>(QStringLiteral("qosChart"));
    QVERIFY(slaChart);

    // The provider dashboard's QoS chart, with a day of probes.
    QosChart qos;
    qos.resize(700, 360);
    qos.setSamples(samplesOver(24 * 3600 * 1000LL, 60), 120, 9900);
    qos.show();
    QVERIFY(QTest::qWaitForWindowExposed(&qos));

    for (const QString &theme :
         {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("light")}) {
        switchTo(w, theme);
        const bool dark = theme == QLatin1String("dark");
        const QColor bg = Theme::color(ThemeColor::ChartBackground);
        const QColor text = Theme::color(ThemeColor::ChartText);
        QVERIFY(Theme::contrast(bg, text) >= 4.5);
        for (QChartView *view : {slaChart, qos.chartView()}) {
            if (view->width() < 100 || view->height() < 100)
                view->resize(600, 300); // laid out behind an empty state: give it a size
            QChart *chart = view->chart();
            QCOMPARE(chart->backgroundBrush().color(), bg);
            const QImage img = view->grab().toImage();
            const QColor seen = dominant(img);
            QVERIFY2(dark ? seen.lightness() < 80 : seen.lightness() > 200,
                     qPrintable(theme + QStringLiteral(" chart ") + view->objectName() +
                                QStringLiteral(" shows ") + describe(seen)));
            QVERIFY(near(seen, bg));
        }
        // The QoS chart's axes, legend and series in the theme's colours.
        QChart *chart = qos.chart();
        const auto axes = chart->axes();
        QCOMPARE(axes.size(), 3);
        for (QAbstractAxis *a : axes) {
            QCOMPARE(a->labelsColor(), text);
            QCOMPARE(a->gridLineColor(), Theme::color(ThemeColor::ChartGrid));
        }
        QCOMPARE(chart->legend()->labelColor(), text);
        const auto series = chart->series();
        QCOMPARE(series.size(), 3);
        QCOMPARE(qobject_cast<QLineSeries *>(series.at(0))->pen().color(),
                 Theme::color(ThemeColor::ChartLatency));
        QCOMPARE(qobject_cast<QLineSeries *>(series.at(1))->pen().color(),
                 Theme::color(ThemeColor::ChartAvailability));
        auto *target = qobject_cast<QLineSeries *>(series.at(2));
        QCOMPARE(target->pen().color(), Theme::color(ThemeColor::ChartTarget));
        QCOMPARE(target->pen().style(), Qt::DashLine); // the style survives the switch
        // The latency line is visible on the background.
        QVERIFY(Theme::contrast(Theme::color(ThemeColor::ChartLatency), bg) >= 3.0);
    }
}

void tst_ThemeSwitch::qosTimeAxisLabelsAreDistinct_data()
{
    QTest::addColumn<qint64>("spanMs");
    constexpr qint64 s = 1000, min = 60 * s, h = 60 * min, day = 24 * h;
    QTest::newRow("20 seconds") << 20 * s;
    QTest::newRow("90 seconds") << 90 * s;
    QTest::newRow("3 minutes") << 3 * min;
    QTest::newRow("20 minutes") << 20 * min;
    QTest::newRow("6 hours") << 6 * h;
    QTest::newRow("30 hours") << 30 * h;
    QTest::newRow("3 days") << 3 * day;
    QTest::newRow("20 days") << 20 * day;
    QTest::newRow("400 days") << 400 * day;
}

void tst_ThemeSwitch::qosTimeAxisLabelsAreDistinct()
{
    QFETCH(qint64, spanMs);
    QosChart qos;
    qos.resize(700, 360);
    qos.setSamples(samplesOver(spanMs, 30), 120, 9900);
    QDateTimeAxis *x = nullptr;
    for (QAbstractAxis *a : qos.chart()->axes(Qt::Horizontal))
        x = qobject_cast<QDateTimeAxis *>(a);
    QVERIFY(x);
    const qint64 from = x->min().toMSecsSinceEpoch(), to = x->max().toMSecsSinceEpoch();
    const int ticks = x->tickCount();
    QVERIFY(ticks >= 3);
    QStringList labels;
    for (int i = 0; i < ticks; ++i)
        labels << QDateTime::fromMSecsSinceEpoch(from + (to - from) * i / (ticks - 1))
                      .toString(x->format());
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    // Not finer than it needs: whole minutes over hours, days over weeks.
    if (spanMs >= 3600 * 1000LL)
        QVERIFY2(!x->format().contains(QLatin1String("ss")), qPrintable(x->format()));
    if (spanMs >= 20 * 24 * 3600 * 1000LL)
        QVERIFY2(!x->format().contains(QLatin1String("HH")), qPrintable(x->format()));
    // The SLAs page formats its axis the same way.
    QCOMPARE(ChartTheme::timeFormat(to - from, ticks), x->format());
}

void tst_ThemeSwitch::textRolesKeepTheirContrast()
{
    const QList<std::pair<ThemeColor, ThemeColor>> onFills{
        {ThemeColor::OnDangerBanner, ThemeColor::DangerBanner},
        {ThemeColor::BestText, ThemeColor::BestBackground},
        {ThemeColor::PanelText, ThemeColor::PanelBackground},
        {ThemeColor::OnSignerBanner, ThemeColor::SignerBanner},
        {ThemeColor::SidebarText, ThemeColor::SidebarBackground},
        {ThemeColor::RoleToggleText, ThemeColor::RoleToggle},
        {ThemeColor::RoleToggleCheckedText, ThemeColor::RoleToggleChecked},
        {ThemeColor::BadgeText, ThemeColor::BadgeBronze},
        {ThemeColor::BadgeText, ThemeColor::BadgeSilver},
        {ThemeColor::BadgeText, ThemeColor::BadgeGold},
        {ThemeColor::BadgeText, ThemeColor::BadgePlatinum},
        {ThemeColor::BadgeText, ThemeColor::BadgeCertified},
        {ThemeColor::ChartText, ThemeColor::ChartBackground},
    };
    for (const ThemeMode mode : {ThemeMode::Light, ThemeMode::Dark}) {
        Theme::apply(mode);
        const QPalette p = QApplication::palette();
        for (const ThemeColor role : {ThemeColor::Danger, ThemeColor::Warning, ThemeColor::Success,
                                      ThemeColor::Info, ThemeColor::Neutral}) {
            for (const QPalette::ColorRole on : {QPalette::Window, QPalette::Base}) {
                const double c = Theme::contrast(Theme::color(role), p.color(on));
                QVERIFY2(c >= 4.5, qPrintable(QStringLiteral("%1 role %2 on %3: %4")
                                                  .arg(Theme::toString(mode))
                                                  .arg(int(role))
                                                  .arg(int(on))
                                                  .arg(c, 0, 'f', 2)));
            }
        }
        for (const auto &[text, fill] : onFills) {
            const double c = Theme::contrast(Theme::color(text), Theme::color(fill));
            QVERIFY2(c >= 4.5, qPrintable(QStringLiteral("%1 role %2 on %3: %4")
                                              .arg(Theme::toString(mode))
                                              .arg(int(text))
                                              .arg(int(fill))
                                              .arg(c, 0, 'f', 2)));
        }
        // The two themes differ where it shows.
        QCOMPARE(Theme::color(ThemeColor::ChartBackground).lightness() < 128,
                 mode == ThemeMode::Dark);
    }
}

void tst_ThemeSwitch::coloredTextFollowsTheSwitch()
{
    Theme::apply(ThemeMode::Light);
    QLabel error(QStringLiteral("The password does not open this wallet."));
    Theme::setTextColor(&error, ThemeColor::Danger);
    const QString light = Theme::colorName(ThemeColor::Danger);
    QVERIFY(error.styleSheet().contains(light));
    Theme::apply(ThemeMode::Dark);
    const QString dark = Theme::colorName(ThemeColor::Danger);
    QVERIFY(dark != light);
    QVERIFY(error.styleSheet().contains(dark));
    error.resize(error.sizeHint());
    const QImage img = error.grab().toImage();
    QVERIFY(textContrast(img, img.rect(), dominant(img)) >= 4.5);
    Theme::clearTextColor(&error);
    Theme::apply(ThemeMode::Light);
    QVERIFY(error.styleSheet().isEmpty());
}

QTEST_MAIN(tst_ThemeSwitch)
#include "tst_themeswitch.moc"
