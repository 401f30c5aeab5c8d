// Typing into the provider onboarding wizard as a user types: the wizard is embedded in the
// Provider page of the real main window (signed in on the embedded node, no provider record
// yet), the user clicks a field and types key by key. Every key goes to the widget that has the
// keyboard focus (not to the field directly), so a field that loses focus after the first
// character (QWizard hides its page area while it updates its buttons on every change of
// completeness, and the main window would take the focus) shows up as a truncated text. Then
// Ctrl+N on the panel's Offers tab opens the offer editor.
#include "appuser.h"
#include "localmarket.h"
#include "models/accountservice.h"
#include "models/walletsecurity.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/mainwindow.h"
#include "ui/pages/providerpage.h"
#include "ui/provider/onboardingwizard.h"
#include "ui/provider/providersession.h"
#include "userrobot.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace fb;
using namespace fb::ui;

class OnboardingTypingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testkit::LocalMarket> m_market;
    std::unique_ptr<testkit::UserRobot> m_robot;
    std::unique_ptr<MainWindow> m_window;

    AppContext &ctx() { return m_market->context; }
    OnboardingWizard *wizard()
    {
        auto *page = qobject_cast<ProviderPage *>(m_window->page(QStringLiteral("provider")));
        return page ? page->onboarding() : nullptr;
    }
    QLineEdit *field(const QString &name) { return wizard()->findChild<QLineEdit *>(name); }
    static QString focusName()
    {
        QWidget *w = QApplication::focusWidget();
        return w ? QStringLiteral("%1 (%2)").arg(w->objectName(), w->metaObject()->className())
                 : QStringLiteral("nothing");
    }

    // Clicks the field, as the user does, and types text one key at a time into whatever has
    // the keyboard focus; after each key the field must still have it.
    void typeInto(QLineEdit *edit, const QString &text)
    {
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(10, edit->height() / 2));
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        for (int i = 0; i < text.size(); ++i) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY2(target == edit,
                     qPrintable(QStringLiteral("before key %1 of \"%2\" the focus is on %3")
                                    .arg(i + 1)
                                    .arg(text, focusName())));
            QTest::keyClick(target, text.at(i).toLatin1());
            QCoreApplication::processEvents();
        }
        QCOMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(edit->text(), text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackOnboardingTypingTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
        m_market = std::make_unique<testkit::LocalMarket>(m_dir.path());
        QVERIFY2(m_market->start(), qPrintable(m_market->error()));
        m_robot = std::make_unique<testkit::UserRobot>();
        {
            WalletSetupDialog setup(ctx().wallet);
            setup.setKeystoreParams(keystore::fastParams());
            m_robot->expectWalletSetup();
            setup.exec();
        }
        QVERIFY(ctx().wallet->exists());
        auto in = testkit::await<Ok>([&](QObject *c, Reply<Ok> done) {
            ctx().accounts->signIn(std::make_shared<const SecretBytes>(
                                       SecretBytes::fromBytes(testkit::kRobotPassword.toUtf8())),
                                   c, done);
        });
        QVERIFY2(in, qPrintable(testkit::why(in)));
        QVERIFY(ctx().accounts->signedIn());

        m_window = std::make_unique<MainWindow>(ctx());
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void typingKeepsTheFocusInEachField()
    {
        // Ctrl+Shift+P: the provider role and its page, as the user reaches it.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("provider"));
        auto *page = qobject_cast<ProviderPage *>(m_window->page(QStringLiteral("provider")));
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), ProviderPage::State::Onboarding, 30000);
        QVERIFY(wizard()->isVisible());
        QCOMPARE(wizard()->currentId(), int(OnboardingWizard::BusinessPage));
        QAbstractButton *next = wizard()->button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());

        typeInto(field(QStringLiteral("businessName")), QStringLiteral("Rhein Storage GmbH"));
        typeInto(field(QStringLiteral("jurisdiction")), QStringLiteral("DE"));
        QVERIFY(!next->isEnabled()); // the contact is still missing
        typeInto(field(QStringLiteral("contact")), QStringLiteral("ops@rhein.example"));
        // The last key made the page complete: Next is on, and the field kept the keyboard.
        QVERIFY(next->isEnabled());
        QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("contact")));

        // Erasing the contact makes the page incomplete again: still the same field.
        QLineEdit *contact = field(QStringLiteral("contact"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QCOMPARE(contact->text(), QStringLiteral("ops@rhein.exam"));
        contact->selectAll();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QVERIFY(contact->text().isEmpty());
        QVERIFY(!next->isEnabled());
        QCOMPARE(QApplication::focusWidget(), contact);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ops@rhein.example"));
        QCOMPARE(contact->text(), QStringLiteral("ops@rhein.example"));

        // Tab still leaves the field for the next one (the description), Enter on a complete
        // page goes on to the storage page.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(),
                 wizard()->findChild<QPlainTextEdit *>(QStringLiteral("description")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Two sites."));
        QCOMPARE(
            wizard()->findChild<QPlainTextEdit *>(QStringLiteral("description"))->toPlainText(),
            QStringLiteral("Two sites."));

        // Enter in a field of the complete page goes on (Next is the default button), and the
        // keyboard lands on the storage page, not in the sidebar.
        QLineEdit *jurisdiction = field(QStringLiteral("jurisdiction"));
        QTest::mouseClick(jurisdiction, Qt::LeftButton, {}, QPoint(10, jurisdiction->height() / 2));
        QTRY_COMPARE(QApplication::focusWidget(), jurisdiction);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(OnboardingWizard::StoragePage));
        QVERIFY2(QApplication::focusWidget() &&
                     wizard()->isAncestorOf(QApplication::focusWidget()) &&
                     QApplication::focusWidget()->isVisible(),
                 qPrintable(focusName()));

        // The folder field (each key invalidates the store's test): edit its end and put it back.
        QLineEdit *folder = field(QStringLiteral("storageFolder"));
        const QString suggested = folder->text();
        QVERIFY2(suggested.endsWith(QStringLiteral("rhein-storage-gmbh")), qPrintable(suggested));
        QTest::mouseClick(folder, Qt::LeftButton, {}, QPoint(10, folder->height() / 2));
        QTRY_COMPARE(QApplication::focusWidget(), folder);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QCOMPARE(QApplication::focusWidget(), folder);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("gmbh"));
        QCOMPARE(QApplication::focusWidget(), folder);
        QCOMPARE(folder->text(), suggested);

        // Test the store; once it works the keyboard is on Next: Enter, then Enter registers.
        wizard()->findChild<QAbstractButton *>(QStringLiteral("testStorage"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        QTRY_COMPARE(QApplication::focusWidget(), next);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard()->currentId(), int(OnboardingWizard::ReviewPage));
        QVERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->isVisible() &&
                     wizard()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(focusName()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), ProviderPage::State::Panel, 20000);
        QCOMPARE(page->session()->provider().name, QStringLiteral("Rhein Storage GmbH"));
        QCOMPARE(page->session()->provider().jurisdiction, QStringLiteral("DE"));
        QCOMPARE(page->session()->provider().contact, QStringLiteral("ops@rhein.example"));

        QString why;
        QVERIFY2(m_robot->verify(&why), qPrintable(why));
    }

    void ctrlNOnTheOffersTabOpensTheOfferEditor()
    {
        // The window's File > New storage agreement and the Offers tab's New offer both say
        // Ctrl+N: on the Offers tab the key makes a new offer (it used to be ambiguous, and
        // then nothing happened at all).
        auto *page = qobject_cast<ProviderPage *>(m_window->page(QStringLiteral("provider")));
        QCOMPARE(page->state(), ProviderPage::State::Panel);
        page->tabs()->setCurrentIndex(ProviderPage::OffersTab);
        m_robot->allowWindow(QStringLiteral("offerEditor"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QDialog *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<QDialog *>(QStringLiteral("offerEditor"))) &&
                    editor->isVisible());
        for (QWidget *top : QApplication::topLevelWidgets()) // no SLA wizard as well
            QVERIFY2(!(qobject_cast<QWizard *>(top) && top->isVisible()),
                     qPrintable(top->objectName()));
        // The pricing assistant beside the form: its chart and sentences each get their own
        // place (it scrolls when the window is short), none drawn over another.
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QWidget *pricing = editor->findChild<QWidget *>(QStringLiteral("pricingAssistant"));
        QVERIFY(pricing);
        // A region with demo offers to compare with.
        editor->findChild<QLineEdit *>(QStringLiteral("offerRegion"))
            ->setText(QStringLiteral("eu-central-1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            pricing->findChild<QLabel *>(QStringLiteral("pricingPercentile"))->isVisible(), 10000);
        // As short as a 1024x640 screen leaves it, with its title bar and the panel beside.
        editor->resize(760, 430);
        QTest::qWait(50);
        QList<QWidget *> parts;
        for (QWidget *c : pricing->findChildren<QWidget *>())
            if (c->isVisible() && c->parentWidget() && c->parentWidget()->layout() &&
                c->parentWidget()->layout()->indexOf(c) >= 0 && c->parentWidget() != pricing &&
                c->height() > 0)
                parts << c;
        QVERIFY(parts.size() >= 3);
        for (int i = 0; i < parts.size(); ++i)
            for (int j = i + 1; j < parts.size(); ++j) {
                if (parts[i]->parentWidget() != parts[j]->parentWidget())
                    continue;
                QVERIFY2(!parts[i]->geometry().intersects(parts[j]->geometry()),
                         qPrintable(QStringLiteral("%1 %2 overlaps %3 %4")
                                        .arg(QLatin1String(parts[i]->metaObject()->className()),
                                             parts[i]->objectName(),
                                             QLatin1String(parts[j]->metaObject()->className()),
                                             parts[j]->objectName())));
            }
        editor->reject();
        QString why;
        QVERIFY2(m_robot->verify(&why), qPrintable(why));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_robot.reset();
        m_market.reset();
    }
};

QTEST_MAIN(OnboardingTypingTest)
#include "tst_onboardingtyping.moc"
