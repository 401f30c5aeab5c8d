#include "ui/pages/providerpage.h"

#include "models/formats.h"

#include "models/accountservice.h"
#include "models/providerservice.h"
#include "models/syncengine.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/provider/certificationpanel.h"
#include "ui/provider/dealinbox.h"
#include "ui/provider/offerspanel.h"
#include "ui/provider/onboardingwizard.h"
#include "ui/provider/overviewpanel.h"
#include "ui/provider/providerdashboard.h"
#include "ui/provider/providersession.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fb::ui {

ProviderPage::ProviderPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("provider"), context, parent)
    , m_stack(new QStackedWidget(this))
    , m_session(new ProviderSession(context, this))
    , m_poll(new QTimer(this))
{
    setHeader(title(), tr("Sell storage: publish offers, accept SLAs, follow QoS and earnings."));

    // The gate: what is missing before the account can act, and the step that fixes it.
    m_gate = new QWidget(m_stack);
    m_gate->setObjectName(QStringLiteral("providerGate"));
    m_gateTitle = new QLabel(m_gate);
    m_gateTitle->setObjectName(QStringLiteral("providerGateTitle"));
    QFont tf = m_gateTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    m_gateTitle->setFont(tf);
    m_gateTitle->setAlignment(Qt::AlignCenter);
    m_gateText = new QLabel(m_gate);
    m_gateText->setObjectName(QStringLiteral("providerGateText"));
    m_gateText->setWordWrap(true);
    m_gateText->setAlignment(Qt::AlignCenter);
    m_gateButton = new QPushButton(m_gate);
    m_gateButton->setObjectName(QStringLiteral("providerGateAction"));
    m_gateButton->setDefault(true);
    auto *gateLayout = new QVBoxLayout(m_gate);
    gateLayout->addStretch();
    gateLayout->addWidget(m_gateTitle);
    gateLayout->addWidget(m_gateText);
    gateLayout->addWidget(m_gateButton, 0, Qt::AlignHCenter);
    gateLayout->addStretch(2);
    connect(m_gateButton, &QPushButton::clicked, this, &ProviderPage::gateAction);

    m_onboarding = new OnboardingWizard(context, m_stack);
    connect(m_onboarding, &OnboardingWizard::registered, this,
            [this](const Provider &p, const StorageEndpoint &e) {
                m_session->setProvider(p);
                m_session->setStorage(e);
                setState(State::Panel);
                m_tabs->setCurrentIndex(OverviewTab);
                m_session->reload();
            });

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("providerTabs"));
    m_overview = new OverviewPanel(m_session, m_tabs);
    m_certification = new CertificationPanel(m_session, m_tabs);
    m_offers = new OffersPanel(m_session, m_tabs);
    m_inbox = new DealInbox(m_session, m_tabs);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->setTabToolTip(OverviewTab, tr("Reputation, certification and what to do next"));
    m_tabs->addTab(m_certification, tr("&Certification"));
    m_tabs->setTabToolTip(CertificationTab, tr("Request certification and follow the decision"));
    m_tabs->addTab(m_offers, tr("O&ffers"));
    m_tabs->setTabToolTip(OffersTab, tr("The offers consumers find in the Marketplace"));
    m_tabs->addTab(m_inbox, tr("&Deals"));
    // Earnings, capacity, QoS against targets, the revenue chart and disputes.
    auto *dashboard = new ProviderDashboard(context, m_tabs);
    dashboard->setObjectName(QStringLiteral("providerDashboard"));
    m_tabs->addTab(dashboard, tr("&Earnings and QoS"));
    m_tabs->setTabToolTip(DealsTab, tr("Deals to accept, activate, and their history"));
    connect(m_overview, &OverviewPanel::certificationRequested, this,
            [this] { m_tabs->setCurrentIndex(CertificationTab); });
    connect(m_overview, &OverviewPanel::newOfferRequested, this, [this] {
        m_tabs->setCurrentIndex(OffersTab);
        m_offers->newOffer();
    });
    connect(m_overview, &OverviewPanel::inboxRequested, this, [this] {
        m_tabs->setCurrentIndex(DealsTab);
        m_inbox->setView(DealInbox::Pending);
        m_inbox->table()->setFocus();
    });

    m_stack->addWidget(m_gate);
    m_stack->addWidget(m_onboarding);
    m_stack->addWidget(m_tabs);
    body()->addWidget(m_stack, 1);

    connect(m_session, &ProviderSession::newPendingDeals, this, &ProviderPage::onNewDeals);
    connect(m_session, &ProviderSession::loaded, this, &ProviderPage::updateDealsTabTitle);
    if (context.sync) {
        connect(context.sync, &SyncEngine::pageApplied, this, [this] {
            if (m_state == State::Panel)
                m_session->reload();
        });
    }
    // Deals made through other nodes' clients reach us through the sync engine; the poll is a
    // fallback while the panel is open.
    m_poll->setInterval(30000);
    connect(m_poll, &QTimer::timeout, m_session, &ProviderSession::reload);

    refresh();
}

QString ProviderPage::title() const
{
    return tr("Provider");
}

bool ProviderPage::newItem()
{
    if (m_state != State::Panel || m_tabs->currentIndex() != OffersTab)
        return false;
    m_offers->newOffer();
    return true;
}

int ProviderPage::addPanelTab(QWidget *widget, const QString &title)
{
    return m_tabs->addTab(widget, title);
}

void ProviderPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_state != State::Panel && m_state != State::Onboarding)
        refresh();
    else if (m_state == State::Panel)
        m_session->reload();
}

void ProviderPage::setState(State s)
{
    m_state = s;
    if (s == State::Onboarding)
        m_stack->setCurrentWidget(m_onboarding);
    else if (s == State::Panel)
        m_stack->setCurrentWidget(m_tabs);
    else
        m_stack->setCurrentWidget(m_gate);
    if (s == State::Panel)
        m_poll->start();
    else
        m_poll->stop();
}

void ProviderPage::showGate(State s, const QString &title, const QString &text,
                            const QString &action)
{
    m_gateTitle->setText(title);
    m_gateText->setText(text);
    m_gateButton->setText(action);
    m_gateButton->setVisible(!action.isEmpty());
    setState(s);
}

void ProviderPage::refresh()
{
    AppContext &ctx = context();
    if (!ctx.providers || !ctx.accounts) {
        showGate(State::Offline, tr("Not connected to a platform node"),
                 tr("The provider panel works on the platform node: the status bar shows the "
                    "connection. Check it, or choose a node in Settings."),
                 tr("Open Settings"));
        return;
    }
    if (!ctx.wallet || !ctx.wallet->exists()) {
        showGate(State::NoWallet, tr("Step 1: a wallet"),
                 tr("Your provider account is your wallet's account: it signs you in and "
                    "receives your earnings. Create a wallet (or restore one from its recovery "
                    "phrase) to start."),
                 tr("Set up a wallet…"));
        return;
    }
    if (!ctx.accounts->signedIn()) {
        showGate(State::SignedOut, tr("Step 2: sign in"),
                 tr("Sign in to %1 with your wallet: your password unlocks it on this computer "
                    "to sign the login. Nothing is sent but the signature.")
                     .arg(ctx.networkDisplayName().isEmpty() ? tr("the platform")
                                                             : ctx.networkDisplayName()),
                 tr("Sign in…"));
        return;
    }
    if (m_checking)
        return;
    m_checking = true;
    showGate(State::Loading, tr("Loading your provider account…"), QString(), QString());
    ctx.providers->me(this, [this](Result<AccountProfile> r) {
        m_checking = false;
        if (!r) {
            showGate(State::Error, tr("The platform did not answer"), r.error().message,
                     tr("Try again"));
            return;
        }
        auto p = r->providerOfRole(QStringLiteral("provider"));
        if (!p)
            p = r->providerOfRole(QStringLiteral("service"));
        if (!p) {
            if (m_state != State::Onboarding)
                m_onboarding->restartFresh();
            setState(State::Onboarding);
            return;
        }
        m_session->setProvider(*p);
        setState(State::Panel);
        m_session->reload();
    });
}

void ProviderPage::gateAction()
{
    switch (m_state) {
    case State::Offline:
        Q_EMIT navigateRequested(QStringLiteral("settings"));
        return;
    case State::NoWallet: {
        WalletSetupDialog d(context().wallet, this);
        d.exec();
        refresh();
        // The wallet just set up is unlocked: sign in with it at once rather than show a
        // "Sign in" step that would not even ask for the password.
        if (m_state == State::SignedOut && context().wallet && context().wallet->exists() &&
            !context().wallet->security()->isLocked())
            signIn();
        return;
    }
    case State::SignedOut:
        signIn();
        return;
    default:
        refresh();
    }
}

void ProviderPage::signIn()
{
    auto pw = walletPassword(this, context().wallet, tr("Sign in"),
                             tr("Your wallet password signs you in to %1:")
                                 .arg(context().networkDisplayName().isEmpty()
                                          ? tr("the platform")
                                          : context().networkDisplayName()));
    if (!pw)
        return;
    m_gateButton->setEnabled(false);
    m_gateText->setText(tr("Signing in…"));
    context().accounts->signIn(pw, this, [this](Result<Ok> r) {
        m_gateButton->setEnabled(true);
        if (!r) {
            showGate(State::SignedOut, tr("Sign-in failed"), r.error().message,
                     tr("Sign in again…"));
            return;
        }
        refresh();
    });
}

void ProviderPage::onNewDeals(const QList<Deal> &deals)
{
    const QString text =
        deals.size() == 1
            ? tr("A consumer asks you to store %1 for %n day(s). Accept or reject it in "
                 "Provider → Deals.",
                 "", deals.first().durationDays)
                  .arg(Formats().size(deals.first().sizeBytes))
            : tr("%n new deal(s) await your answer in Provider → Deals.", "", int(deals.size()));
    Q_EMIT dealsArrived(int(deals.size()), text);
    QWidget *w = window();
    const bool background = !w || !w->isActiveWindow() || !isVisible();
    if (!background || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/flashback.svg")), this);
        m_tray->setToolTip(tr("Flashback"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (QWidget *top = window()) {
                top->showNormal();
                top->raise();
                top->activateWindow();
            }
            m_tabs->setCurrentIndex(DealsTab);
            m_inbox->setView(DealInbox::Pending);
        });
    }
    m_tray->show();
    m_tray->showMessage(tr("New deal awaiting your answer"), text);
}

void ProviderPage::updateDealsTabTitle()
{
    int pending = 0;
    for (const Deal &d : m_session->deals()->deals())
        pending += d.state == DealState::Pending ? 1 : 0;
    m_tabs->setTabText(DealsTab, pending > 0 ? tr("&Deals (%1)").arg(pending) : tr("&Deals"));
}

} // namespace fb::ui
