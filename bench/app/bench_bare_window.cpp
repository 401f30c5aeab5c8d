// bench_bare_window: the floor for cold start: a QApplication and one empty QWidget of the main
// window's size, shown. With FB_REPORT_FIRST_PAINT=1 it prints the monotonic time (ns) of its
// first paint as "first-paint NS" (=quit: and quits), exactly as flashback does (app/gui/main.cpp).
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_done = true;
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::steady_clock::now().time_since_epoch())
                                .count();
            std::printf("first-paint %lld\n", static_cast<long long>(ns));
            std::fflush(stdout);
            if (qgetenv("FB_REPORT_FIRST_PAINT") == "quit")
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("FB_REPORT_FIRST_PAINT"))
        app.installEventFilter(new FirstPaint(&app));
    QWidget window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.resize(1200, 760);
    window.show();
    return app.exec();
}
