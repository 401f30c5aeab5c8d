#include "walletpagerig.h"

#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QTimer>

namespace fb::testkit {

WalletPageRig::WalletPageRig() = default;

WalletPageRig::~WalletPageRig()
{
    stop();
}

void WalletPageRig::useSettings(const QString &dir, const QString &organization)
{
    QCoreApplication::setOrganizationName(organization);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir + QStringLiteral("/settings"));
}

bool WalletPageRig::start(const QString &dir, const QSize &size, const QStringList &nodeArgs)
{
    market = std::make_unique<LocalMarket>(dir, nodeArgs);
    if (!market->start()) {
        m_error = market->error();
        return false;
    }
    robot = std::make_unique<UserRobot>();
    page = std::make_unique<ui::WalletPage>(market->context);
    page->resize(size);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        m_error = QStringLiteral("the wallet page was never shown");
        return false;
    }
    return true;
}

void WalletPageRig::onModal(const QString &name, std::function<void(QDialog *)> drive)
{
    robot->allowWindow(name);
    auto *timer = new QTimer(&m_timers);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, &m_timers, [timer, name, drive] {
        auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!d || d->objectName() != name)
            return;
        timer->stop();
        timer->deleteLater();
        drive(d);
        if (d->isVisible())
            d->reject();
    });
    timer->start();
}

void WalletPageRig::stop()
{
    page.reset();
    market.reset();
}

} // namespace fb::testkit
