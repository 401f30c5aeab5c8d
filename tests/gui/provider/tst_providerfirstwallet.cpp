// A newcomer on the Provider page without a wallet: "Set up a wallet…" on the page, and once the
// wallet is set up (and so unlocked) the page signs in with it by itself and shows the
// onboarding wizard: no "Sign in" step that would not even ask for the password.
#include "localmarket.h"
#include "models/accountservice.h"
#include "models/walletsecurity.h"
#include "ui/pages/providerpage.h"
#include "userrobot.h"

#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fb::ui;

class ProviderFirstWalletTest : public QObject
{
    Q_OBJECT

private slots:
    void setUpWalletThenOnboardingWithoutSignInStep()
    {
        QVERIFY(initSodium());
        QTemporaryDir dir;
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackProviderFirstWalletTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dir.path() + QStringLiteral("/settings"));
        testkit::LocalMarket market(dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        testkit::UserRobot robot;
        ProviderPage page(market.context);
        page.resize(1000, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.state(), ProviderPage::State::NoWallet);

        robot.expectWalletSetup(); // and no password prompt after it
        page.findChild<QPushButton *>(QStringLiteral("providerGateAction"))->click();
        QVERIFY(market.context.wallet->exists());
        QVERIFY(!market.context.wallet->security()->isLocked());
        QTRY_COMPARE_WITH_TIMEOUT(page.state(), ProviderPage::State::Onboarding, 30000);
        QVERIFY(market.context.accounts->signedIn());
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
    }
};

QTEST_MAIN(ProviderFirstWalletTest)
#include "tst_providerfirstwallet.moc"
