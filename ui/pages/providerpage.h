// ProviderPage: the provider's control panel. Until the account can act it says what is missing
// and offers the step (connect, set up a wallet, sign in); an account without a provider record
// gets the onboarding wizard; a provider gets its panel: Overview (reputation, certification,
// what next), Certification, Offers and Deals. New deals awaiting an answer raise a tray
// notification while the window is in the background.
#pragma once

#include "ui/page.h"
#include "wire/domain.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;
class QTimer;

namespace fb::ui {

class CertificationPanel;
class DealInbox;
class OffersPanel;
class OnboardingWizard;
class OverviewPanel;
class ProviderSession;

class ProviderPage : public Page
{
    Q_OBJECT
public:
    enum class State { Offline, NoWallet, SignedOut, Loading, Onboarding, Panel, Error };
    enum Tab { OverviewTab, CertificationTab, OffersTab, DealsTab };

    explicit ProviderPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/provider.svg"); }
    // Ctrl+N on the Offers tab: a new offer.
    bool newItem() override;

    State state() const { return m_state; }
    ProviderSession *session() const { return m_session; }
    OnboardingWizard *onboarding() const { return m_onboarding; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewPanel *overview() const { return m_overview; }
    CertificationPanel *certification() const { return m_certification; }
    OffersPanel *offers() const { return m_offers; }
    DealInbox *inbox() const { return m_inbox; }
    // Adds a tab to the panel (e.g. a dashboard with charts), after the built-in ones.
    int addPanelTab(QWidget *widget, const QString &title);

public Q_SLOTS:
    // Looks again at the wallet, the sign-in and the account's provider record.
    void refresh();

Q_SIGNALS:
    // New deals awaiting an answer arrived (after the panel's first load): count and a sentence.
    void dealsArrived(int count, const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setState(State s);
    void showGate(State s, const QString &title, const QString &text, const QString &action);
    void gateAction();
    void signIn();
    void onNewDeals(const QList<fb::Deal> &deals);
    void updateDealsTabTitle();

    State m_state = State::Offline;
    QStackedWidget *m_stack;
    QWidget *m_gate;
    QLabel *m_gateTitle;
    QLabel *m_gateText;
    QPushButton *m_gateButton;
    OnboardingWizard *m_onboarding;
    QTabWidget *m_tabs;
    ProviderSession *m_session;
    OverviewPanel *m_overview;
    CertificationPanel *m_certification;
    OffersPanel *m_offers;
    DealInbox *m_inbox;
    QTimer *m_poll;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_checking = false;
};

} // namespace fb::ui
