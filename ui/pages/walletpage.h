// WalletPage: the embedded wallet: accounts per chain with balances and their value, receive
// (address and QR code), send (reviewed and signed here), the history of payments with their
// agreements, and security: lock, auto-lock, password change, recovery words, backup check,
// more accounts and watch-only addresses. The public view always shows; a bar shows the wallet's
// one session (WalletSecurity): locked, or unlocked with the time left before it locks itself.
#pragma once

#include "ui/page.h"
#include "ui/widgets/priceformat.h"
#include "wallet/keystore.h"

#include <QTimer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace fb {
class WalletAccountsModel;
class WalletHistoryModel;
class WalletSecurity;
} // namespace fb

namespace fb::ui {

class EmptyState;

class WalletPage : public Page
{
    Q_OBJECT
public:
    explicit WalletPage(AppContext &context, QWidget *parent = nullptr);
    QLineEdit *searchField() const override { return m_search; }
    QHeaderView *columnsHeader() const override;
    ~WalletPage() override;
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/wallet.svg"); }

    WalletAccountsModel *accountsModel() const { return m_accounts; }
    WalletHistoryModel *historyModel() const { return m_history; }
    WalletSecurity *security() const { return m_security; }
    // Writes the history rows the search shows as CSV at path (atomically).
    bool exportHistory(const QString &path, QString *error = nullptr) const;
    // Reloads balances and history.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateView();
    // The session bar: locked or unlocked, and the time left before the idle time locks.
    void updateSession();
    // Asks the password and unlocks the session (WalletSecurity).
    void unlock();
    void receive();
    void send();
    void faucet();
    void exportCsv();
    void changePassword();
    void showRecoveryWords();
    void verifyBackup();
    void addAccount();
    void watchAddress();
    void deriveOtherChains();
    void applyDisplayCurrency();
    // "Total: …" under the accounts, in the display currency.
    void updateTotal();
    // The history's grid, or what to do for a first payment when it has none.
    void updateHistoryState();
    int selectedRow() const;
    void setStatus(const QString &text);
    // Opens the keystore with a password the user types (title names why); answers with the
    // secrets, or nothing when cancelled or wrong (the page says so).
    void withSecrets(const QString &title, const QString &text,
                     std::function<void(const keystore::Secrets &)> use);

    WalletAccountsModel *m_accounts = nullptr;
    WalletHistoryModel *m_history = nullptr;
    WalletSecurity *m_security = nullptr;
    QSortFilterProxyModel *m_historyFilter = nullptr;
    PriceFormat m_price;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_main;
    QLabel *m_sessionState = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_lockNow = nullptr;
    QTimer m_sessionTick;
    QTableView *m_accountsView;
    QTableView *m_historyView;
    QStackedWidget *m_historyStack = nullptr;
    QLabel *m_noHistory = nullptr;
    QLineEdit *m_search;
    QPushButton *m_faucet;
    QPushButton *m_derive;
    QComboBox *m_autoLock;
    QLabel *m_total;
    QLabel *m_status;
    bool m_shownOnce = false;
    bool m_syncedOnce = false; // the first sync after start refreshes a page already shown
};

} // namespace fb::ui
