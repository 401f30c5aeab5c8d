#include "ui/pages/walletpage.h"

#include "models/accountservice.h"
#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/syncengine.h"
#include "models/walletaccountsmodel.h"
#include "models/wallethistorymodel.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/emptystate.h"
#include "ui/wallet/changepassworddialog.h"
#include "ui/wallet/receivedialog.h"
#include "ui/wallet/recoverywordsdialog.h"
#include "ui/wallet/senddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

QTableView *makeTable(const char *name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QPushButton *makeButton(const char *name, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}

} // namespace

WalletPage::WalletPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("wallet"), context, parent)
{
    setHeader(title(), tr("Your keys stay on this computer, encrypted under your password."));
    m_stack = new QStackedWidget(this);
    body()->addWidget(m_stack);

    m_empty = new EmptyState(
        iconPath(), tr("No wallet yet"),
        tr("A wallet pays for SLAs in XLM, ALGO, BTC or STRK and signs you in to the platform. "
           "Create "
           "one now, or restore one from your recovery words; the first payment for an SLA "
           "offers the same."),
        this);
    // Files' "Set up a wallet" leads here: the same set-up as the wizard's, not a dead end.
    QPushButton *setUp = m_empty->addAction(tr("Set &up a wallet…"));
    setUp->setObjectName(QStringLiteral("setUpWallet"));
    connect(setUp, &QPushButton::clicked, this, [this] {
        WalletSetupDialog d(this->context().wallet, this);
        d.setObjectName(QStringLiteral("walletSetup"));
        d.exec();
        updateView();
        if (this->context().wallet && this->context().wallet->exists())
            refresh();
    });
    m_stack->addWidget(m_empty);

    m_main = new QWidget(this);
    auto *main = new QVBoxLayout(m_main);
    main->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_main);

    // The session: the public view (accounts, addresses, balances, history) always shows; the
    // bar says whether the keys are unlocked and for how long, with Unlock or Lock now.
    auto *sessionBar = new QFrame(m_main);
    sessionBar->setObjectName(QStringLiteral("sessionBar"));
    sessionBar->setFrameShape(QFrame::StyledPanel);
    {
        auto *l = new QHBoxLayout(sessionBar);
        l->setContentsMargins(8, 4, 8, 4);
        m_sessionState = new QLabel(sessionBar);
        m_sessionState->setObjectName(QStringLiteral("sessionState"));
        m_sessionState->setWordWrap(true);
        l->addWidget(m_sessionState, 1);
        m_unlock = makeButton("unlock", tr("&Unlock…"),
                              tr("Type the wallet password once: sending, signing and the "
                                 "recovery words then use it until the wallet locks."),
                              sessionBar);
        connect(m_unlock, &QPushButton::clicked, this, &WalletPage::unlock);
        l->addWidget(m_unlock);
        m_lockNow = makeButton("lockWalletNow", tr("Loc&k now"),
                               tr("Forget the wallet's password now: the next signature, "
                                  "sign-in or file unlock asks for it again (Ctrl+Shift+L)."),
                               sessionBar);
        connect(m_lockNow, &QAbstractButton::clicked, this, [this] {
            if (m_security)
                m_security->lock();
        });
        l->addWidget(m_lockNow);
    }
    main->addWidget(sessionBar);
    m_sessionTick.setInterval(1000);
    connect(&m_sessionTick, &QTimer::timeout, this, &WalletPage::updateSession);

    if (context.wallet) {
        m_accounts =
            new WalletAccountsModel(context.wallet, context.accounts, context.market, this);
        m_history = new WalletHistoryModel(context.accounts, this);
        if (DealService *deals = context.deals) {
            // The agreement's name, the one the SLAs and Files pages show (the id in a tooltip).
            m_history->setAgreementNames(
                [deals](const QString &dealId) { return deals->slaNameOfDeal(dealId); });
            connect(deals, &DealService::slaNamesChanged, m_history,
                    &WalletHistoryModel::refreshNames);
        }
        m_security = context.wallet->security(); // the app's one unlocked session
    }

    // Actions.
    auto *actions = new QHBoxLayout;
    auto *receiveButton = makeButton(
        "receive", tr("Re&ceive…"), tr("Show the selected account's address and QR code."), m_main);
    auto *sendButton =
        makeButton("send", tr("Se&nd…"), tr("Pay someone from the selected account."), m_main);
    m_faucet =
        makeButton("faucet", tr("Fauce&t"),
                   tr("Credit development coins (no value) to the selected account."), m_main);
    m_faucet->hide(); // only on a development network
    auto *refreshButton = makeButton("refresh", tr("&Refresh"),
                                     tr("Read the balances and the history again."), m_main);
    // A push button with a menu: its size leaves room for the arrow beside the text.
    auto *security = new QPushButton(tr("Securit&y"), m_main);
    security->setObjectName(QStringLiteral("security"));
    auto *menu = new QMenu(security);
    auto addAction = [this, menu](const char *name, const QString &text, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    addAction("lockNow", tr("&Lock now"), [this] {
        if (m_security)
            m_security->lock();
    });
    addAction("changePassword", tr("Change &password…"), &WalletPage::changePassword);
    menu->addSeparator();
    addAction("showWords", tr("Show &recovery words…"), &WalletPage::showRecoveryWords);
    addAction("verifyBackup", tr("&Verify your backup…"), &WalletPage::verifyBackup);
    menu->addSeparator();
    addAction("addAccount", tr("&Add an account…"), &WalletPage::addAccount);
    addAction("watchAddress", tr("&Watch an address…"), &WalletPage::watchAddress);
    security->setMenu(menu);
    m_autoLock = new QComboBox(m_main);
    m_autoLock->setObjectName(QStringLiteral("autoLock"));
    m_autoLock->setToolTip(tr("Lock the wallet after this long without keyboard or mouse input."));
    for (int minutes : WalletSecurity::autoLockChoices()) {
        m_autoLock->addItem(minutes == 0 ? tr("Never") : tr("%n minute(s)", nullptr, minutes),
                            minutes);
    }
    if (m_security)
        m_autoLock->setCurrentIndex(qMax(0, m_autoLock->findData(m_security->autoLockMinutes())));
    connect(m_autoLock, &QComboBox::activated, this, [this](int i) {
        if (m_security)
            m_security->setAutoLockMinutes(m_autoLock->itemData(i).toInt());
        updateSession();
    });
    actions->addWidget(receiveButton);
    actions->addWidget(sendButton);
    actions->addWidget(m_faucet);
    actions->addWidget(refreshButton);
    actions->addStretch();
    actions->addWidget(new QLabel(tr("Auto-lock:"), m_main));
    actions->addWidget(m_autoLock);
    actions->addWidget(security);
    main->addLayout(actions);

    m_derive = makeButton("deriveAccounts", tr("Show my ALGO and BTC accounts…"),
                          tr("Open the wallet once to find its Algorand and Bitcoin addresses; "
                             "only the addresses are kept."),
                          m_main);
    m_derive->hide();
    connect(m_derive, &QPushButton::clicked, this, &WalletPage::deriveOtherChains);
    main->addWidget(m_derive, 0, Qt::AlignLeft);

    m_accountsView = makeTable("accounts", m_accounts, m_main);
    m_accountsView->setMaximumHeight(200);
    if (m_accounts) {
        m_accountsView->horizontalHeader()->setSectionResizeMode(WalletAccountsModel::AddressColumn,
                                                                 QHeaderView::Stretch);
        m_accountsView->horizontalHeader()->setStretchLastSection(false);
        // The amounts are read whole; a long address gives way in its middle (its tooltip and
        // Receive show it whole).
        for (int column :
             {int(WalletAccountsModel::ChainColumn), int(WalletAccountsModel::IndexColumn),
              int(WalletAccountsModel::BalanceColumn), int(WalletAccountsModel::ValueColumn)})
            m_accountsView->horizontalHeader()->setSectionResizeMode(column,
                                                                     QHeaderView::ResizeToContents);
        m_accountsView->setTextElideMode(Qt::ElideMiddle);
    }
    main->addWidget(m_accountsView);
    m_total = new QLabel(m_main);
    m_total->setObjectName(QStringLiteral("total"));
    main->addWidget(m_total);

    auto *historyHeader = new QHBoxLayout;
    auto *historyTitle = new QLabel(tr("<b>History</b>"), m_main);
    historyHeader->addWidget(historyTitle);
    m_search = new QLineEdit(m_main);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search payments: address, memo, agreement, amount…"));
    m_search->setClearButtonEnabled(true);
    historyHeader->addWidget(m_search, 1);
    auto *exportButton = makeButton("exportCsv", tr("E&xport CSV…"),
                                    tr("Save the payments shown as a CSV file."), m_main);
    historyHeader->addWidget(exportButton);
    main->addLayout(historyHeader);
    m_historyFilter = new QSortFilterProxyModel(this);
    m_historyFilter->setSourceModel(m_history);
    m_historyFilter->setFilterKeyColumn(-1);
    m_historyFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_historyView = makeTable("history", m_historyFilter, m_main);
    if (m_history) {
        // Short columns as wide as what they say; the addresses and memos at a width the user
        // can drag; the agreement's name takes the rest.
        QHeaderView *h = m_historyView->horizontalHeader();
        for (int column :
             {int(WalletHistoryModel::DateColumn), int(WalletHistoryModel::AccountColumn),
              int(WalletHistoryModel::KindColumn), int(WalletHistoryModel::AmountColumn)})
            h->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(WalletHistoryModel::CounterpartyColumn, QHeaderView::Interactive);
        h->setSectionResizeMode(WalletHistoryModel::MemoColumn, QHeaderView::Interactive);
        h->resizeSection(WalletHistoryModel::CounterpartyColumn, 160);
        h->resizeSection(WalletHistoryModel::MemoColumn, 120);
        m_historyView->setTextElideMode(Qt::ElideMiddle);
    }
    // No payment yet: the history says how the first one comes, instead of an empty grid.
    m_noHistory = new QLabel(
        tr("No payments yet: use Faucet on the development network, or Receive to show your "
           "address to whoever pays you."),
        m_main);
    m_noHistory->setObjectName(QStringLiteral("noHistory"));
    m_noHistory->setWordWrap(true);
    m_noHistory->setAlignment(Qt::AlignCenter);
    m_noHistory->setForegroundRole(QPalette::PlaceholderText);
    m_historyStack = new QStackedWidget(m_main);
    m_historyStack->addWidget(m_historyView);
    m_historyStack->addWidget(m_noHistory);
    main->addWidget(m_historyStack, 1);
    m_status = new QLabel(m_main);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    main->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_historyFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(receiveButton, &QPushButton::clicked, this, &WalletPage::receive);
    connect(sendButton, &QPushButton::clicked, this, &WalletPage::send);
    connect(m_faucet, &QPushButton::clicked, this, &WalletPage::faucet);
    connect(refreshButton, &QPushButton::clicked, this, &WalletPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &WalletPage::exportCsv);
    connect(m_accountsView, &QTableView::doubleClicked, this, &WalletPage::receive);
    connect(m_historyView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (!i.data(WalletHistoryModel::DealIdRole).toString().isEmpty())
            emit navigateRequested(QStringLiteral("slas"));
    });

    // Opened before the local node is up (a start on this page), the first refresh found no
    // platform: balances and history come once the first sync is done, not on a manual Refresh.
    if (context.sync)
        connect(context.sync, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
            if (state != SyncEngine::State::UpToDate || m_syncedOnce)
                return;
            m_syncedOnce = true;
            if (isVisible() && this->context().wallet && this->context().wallet->exists())
                refresh();
        });

    if (m_accounts) {
        connect(m_accounts, &WalletAccountsModel::refreshed, this, [this] {
            m_faucet->setVisible(m_accounts->developmentNetwork());
            updateTotal();
            if (m_accountsView->selectionModel() && !m_accountsView->currentIndex().isValid() &&
                m_accounts->rowCount() > 0)
                m_accountsView->selectRow(0);
        });
        connect(m_accounts, &WalletAccountsModel::failed, this, &WalletPage::setStatus);
        connect(m_history, &WalletHistoryModel::refreshed, this, &WalletPage::updateHistoryState);
        connect(m_history, &WalletHistoryModel::failed, this, &WalletPage::setStatus);
        connect(m_security, &WalletSecurity::lockedChanged, this, &WalletPage::updateSession);
        connect(context.wallet, &WalletService::changed, this, [this] {
            updateView();
            if (isVisible())
                refresh();
        });
    }
    applyDisplayCurrency();
    // Settings > Prices in: the values and the total follow at once.
    connect(PriceFormat::notifier(), &DisplayCurrencyNotifier::changed, this,
            &WalletPage::applyDisplayCurrency);
    updateView();
    updateSession();
    updateHistoryState();
}

void WalletPage::updateTotal()
{
    if (!m_accounts)
        return;
    qint64 total = 0;
    bool any = false;
    for (int r = 0; r < m_accounts->rowCount(); ++r) {
        const QModelIndex i = m_accounts->index(r, 0);
        const qint64 v = i.data(WalletAccountsModel::Usd7Role).toLongLong();
        if (v > 0 && !i.data(WalletAccountsModel::WatchOnlyRole).toBool()) {
            total += v;
            any = true;
        }
    }
    m_total->setText(any ? tr("Total: %1").arg(m_price.format(total)) : QString());
}

void WalletPage::updateHistoryState()
{
    // The grid while there are payments (or while loading), else the words about the first.
    const bool none = !m_history || (m_history->rowCount() == 0 && !m_history->loading());
    m_historyStack->setCurrentWidget(none ? static_cast<QWidget *>(m_noHistory) : m_historyView);
}

WalletPage::~WalletPage() = default;

QHeaderView *WalletPage::columnsHeader() const
{
    return m_historyView->horizontalHeader();
}

QString WalletPage::title() const
{
    return tr("Wallet");
}

void WalletPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_security) // Settings may have changed it meanwhile
        m_autoLock->setCurrentIndex(qMax(0, m_autoLock->findData(m_security->autoLockMinutes())));
    updateSession();
    if (!m_shownOnce && context().wallet && context().wallet->exists()) {
        m_shownOnce = true;
        refresh();
    }
}

void WalletPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void WalletPage::updateView()
{
    WalletService *wallet = context().wallet;
    if (!wallet || !wallet->exists()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_main);
    bool algo = false, btc = false;
    for (const WalletService::Account &a : wallet->accounts()) {
        algo |= a.chain == QLatin1String("algorand") && !a.watchOnly;
        btc |= a.chain == QLatin1String("bitcoin") && !a.watchOnly;
    }
    m_derive->setVisible(!algo || !btc);
}

void WalletPage::applyDisplayCurrency()
{
    if (!m_accounts)
        return;
    const QString code = PriceFormat::preferredCurrency();
    auto apply = [this] {
        m_accounts->setValueFormatter([this](qint64 usd7) { return m_price.format(usd7); });
        updateTotal();
    };
    if (code == QLatin1String("USD") || !context().market || !context().market->connected()) {
        m_price.setCurrency(QStringLiteral("USD"), 1.0);
        apply();
        return;
    }
    apply();
    QPointer<WalletPage> self(this);
    context().market->rates(this, [self, code, apply](Result<QList<Rate>> r) {
        if (!self || !r || code != PriceFormat::preferredCurrency())
            return;
        self->m_price.setFromRates(code, *r);
        apply();
    });
}

void WalletPage::refresh()
{
    if (!m_accounts || !context().wallet || !context().wallet->exists())
        return;
    setStatus(QString());
    if (m_price.currency() != PriceFormat::preferredCurrency())
        applyDisplayCurrency(); // the node had no rates yet when the page was built
    m_accounts->refresh();
    m_history->refresh(context().wallet->accounts());
}

int WalletPage::selectedRow() const
{
    const QModelIndex i = m_accountsView->currentIndex();
    return i.isValid() ? i.row() : (m_accounts && m_accounts->rowCount() > 0 ? 0 : -1);
}

void WalletPage::updateSession()
{
    const bool locked = !m_security || m_security->isLocked();
    m_unlock->setVisible(locked && m_security);
    m_lockNow->setVisible(!locked);
    QString text;
    if (locked) {
        text = tr("<b>Locked.</b> Your accounts and balances stay visible; sending, signing and "
                  "the recovery words ask for your password once.");
    } else if (const auto left = m_security->timeUntilAutoLock()) {
        const qint64 s = (left->count() + 999) / 1000;
        text = tr("<b>Unlocked.</b> Locks in %1 without keyboard or mouse input, when the "
                  "computer sleeps or with Lock now.")
                   .arg(QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    } else {
        text = tr("<b>Unlocked</b> until you lock it, the screen locks or the computer sleeps.");
    }
    m_sessionState->setText(text);
    const bool tick = !locked && m_security->timeUntilAutoLock().has_value() && isVisible();
    if (tick && !m_sessionTick.isActive())
        m_sessionTick.start();
    else if (!tick)
        m_sessionTick.stop();
}

void WalletPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_sessionTick.stop();
}

void WalletPage::unlock()
{
    if (!m_security)
        return;
    auto pw = askPassword(this, tr("Unlock the wallet"), tr("Wallet password:"));
    if (!pw)
        return;
    setStatus(tr("Unlocking…"));
    m_security->unlock(std::make_shared<const SecretBytes>(std::move(*pw)), this, [this](Status s) {
        if (!s) {
            setStatus(QString());
            QMessageBox box(QMessageBox::Warning, tr("Wallet still locked"),
                            s.error().code == QLatin1String("wrong_password")
                                ? tr("That password does not open the "
                                     "wallet. Try again.")
                                : s.error().message,
                            QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("unlockFailed"));
            box.exec();
            return;
        }
        setStatus(QString());
    });
}

void WalletPage::receive()
{
    const int row = selectedRow();
    if (!m_accounts || row < 0)
        return;
    const WalletService::Account a = m_accounts->account(row);
    ReceiveDialog dialog(
        QStringLiteral("%1 (%2)").arg(WalletAccountsModel::chainName(a.chain),
                                      WalletAccountsModel::currencyOfChain(a.chain)),
        a.address, this);
    dialog.exec();
}

void WalletPage::send()
{
    if (!m_accounts)
        return;
    // Locked, the review asks the password (after the payment is checked); the signature that
    // it opens unlocks the session (WalletService reports it), so the next one asks nothing.
    QList<WalletService::Account> from;
    int preferred = -1;
    const WalletService::Account selected = m_accounts->account(selectedRow());
    for (const WalletService::Account &a : context().wallet->accounts()) {
        if (a.watchOnly)
            continue;
        if (a == selected)
            preferred = int(from.size());
        from << a;
    }
    SendDialog dialog(context().wallet, context().accounts, from, preferred, this);
    dialog.setAccountsModel(m_accounts);
    connect(&dialog, &SendDialog::sent, this, &WalletPage::refresh);
    dialog.exec();
}

void WalletPage::faucet()
{
    const int row = selectedRow();
    if (!m_accounts || row < 0 || !context().accounts)
        return;
    const WalletService::Account a = m_accounts->account(row);
    const QString currency = WalletAccountsModel::currencyOfChain(a.chain);
    // STRK: the first credit deploys the account contract for the wallet's public key.
    QString publicKey;
    if (a.chain == QLatin1String("starknet") && !a.watchOnly) {
        publicKey = context().wallet->starknetPublicKey(a.index);
        if (publicKey.isEmpty() && a.index > 0) {
            setStatus(tr("Add Starknet account #%1 again (\"Add an account\") so the wallet "
                         "knows the public key its deployment needs.")
                          .arg(a.index));
            return;
        }
        if (publicKey.isEmpty()) {
            auto pw = walletPassword(this, context().wallet, tr("Deploy your Starknet account"),
                                     tr("Your wallet password opens the wallet once to find its "
                                        "Starknet public key (nothing secret is kept):"));
            if (!pw)
                return;
            context().wallet->rememberCoinAccountsAsync(pw, this, [this](Result<Ok> r) {
                if (!r) {
                    setStatus(r.error().message);
                    return;
                }
                if (!context().wallet->starknetPublicKey().isEmpty())
                    faucet();
            });
            return;
        }
    }
    m_faucet->setEnabled(false);
    setStatus(tr("Asking the faucet for development %1…").arg(currency));
    context().accounts->faucet(
        a.address, currency, this,
        [this, currency](Result<LedgerAccount> r) {
            m_faucet->setEnabled(true);
            if (!r) {
                setStatus(r.error().message);
                return;
            }
            setStatus(tr("The faucet credited development %1 (no value).").arg(currency));
            refresh();
        },
        0, publicKey);
}

bool WalletPage::exportHistory(const QString &path, QString *error) const
{
    if (!m_history)
        return false;
    QList<int> rows;
    for (int r = 0; r < m_historyFilter->rowCount(); ++r)
        rows << m_historyFilter->mapToSource(m_historyFilter->index(r, 0)).row();
    if (rows.isEmpty() && m_history->rowCount() > 0)
        rows << -1; // the search hides everything: export the header only
    const QByteArray csv = m_history->csv(rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void WalletPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the payments"),
                                                      dir + QStringLiteral("/wallet-history.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    setStatus(
        exportHistory(path, &error)
            ? tr("%n payment(s) exported to %1.", nullptr, m_historyFilter->rowCount()).arg(path)
            : error);
}

void WalletPage::withSecrets(const QString &title, const QString &text,
                             std::function<void(const keystore::Secrets &)> use)
{
    // The unlocked session's password, else one typed now (which then unlocks the session).
    auto pw = walletPassword(this, context().wallet, title, text);
    if (!pw)
        return;
    setStatus(tr("Opening the wallet…"));
    context().wallet->unlockAsync(pw, this, [this, use](Result<keystore::Secrets> s) {
        if (!s) {
            setStatus(s.error().code == QLatin1String("wrong_password")
                          ? tr("That password does not open the wallet.")
                          : s.error().message);
            return;
        }
        setStatus(QString());
        use(*s);
    });
}

void WalletPage::changePassword()
{
    ChangePasswordDialog dialog(context().wallet, this);
    if (dialog.exec() == QDialog::Accepted)
        setStatus(tr("The wallet password was changed."));
}

void WalletPage::showRecoveryWords()
{
    QMessageBox confirm(QMessageBox::Warning, tr("Show your recovery words?"),
                        tr("Anyone who sees your recovery words can take your funds. Make sure "
                           "no one can see your screen and nothing is recording it."),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmRecoveryWords"));
    QPushButton *show = confirm.addButton(tr("Show the words"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != show)
        return;
    withSecrets(tr("Show recovery words"), tr("Wallet password:"),
                [this](const keystore::Secrets &s) {
                    if (s.kind != keystore::kKindBip39) {
                        setStatus(tr("This wallet was imported from a single secret key: it has "
                                     "no recovery words. Keep a copy of that key instead."));
                        return;
                    }
                    RecoveryWordsDialog dialog(s.mnemonic, this);
                    dialog.exec();
                });
}

void WalletPage::verifyBackup()
{
    withSecrets(
        tr("Verify your backup"), tr("Wallet password:"), [this](const keystore::Secrets &s) {
            if (s.kind != keystore::kKindBip39) {
                setStatus(tr("This wallet has no recovery words to check."));
                return;
            }
            const int words =
                int(QByteArrayView(s.mnemonic.data(), qsizetype(s.mnemonic.size())).count(' ')) + 1;
            VerifyBackupDialog dialog(s.mnemonic, VerifyBackupDialog::pickPositions(words, 3),
                                      this);
            dialog.exec();
            if (dialog.verified())
                setStatus(tr("Your backup was checked."));
        });
}

void WalletPage::deriveOtherChains()
{
    auto pw = walletPassword(this, context().wallet, tr("Show your other accounts"),
                             tr("The wallet opens once to find its Algorand and Bitcoin "
                                "addresses.\nWallet password:"));
    if (!pw)
        return;
    setStatus(tr("Finding your accounts…"));
    context().wallet->deriveAccountsAsync(
        {{QStringLiteral("algorand"), 0u}, {QStringLiteral("bitcoin"), 0u}}, pw, this,
        [this](Result<QList<WalletService::Account>> r) {
            if (!r) {
                setStatus(r.error().code == QLatin1String("wrong_password")
                              ? tr("That password does not open the wallet.")
                              : tr("No other accounts: %1").arg(r.error().message));
                return;
            }
            setStatus(QString());
        });
}

void WalletPage::addAccount()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addAccountDialog"));
    dialog.setWindowTitle(tr("Add an account"));
    auto *form = new QFormLayout(&dialog);
    auto *chain = new QComboBox(&dialog);
    chain->setObjectName(QStringLiteral("chain"));
    for (const QString &c : WalletService::derivableChains())
        chain->addItem(WalletAccountsModel::chainName(c), c);
    auto *index = new QSpinBox(&dialog);
    index->setObjectName(QStringLiteral("index"));
    index->setRange(0, 1000);
    index->setValue(1);
    index->setToolTip(tr("Each index is a separate account of the same recovery words."));
    form->addRow(tr("&Chain:"), chain);
    form->addRow(tr("Account &index:"), index);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString c = chain->currentData().toString();
    const quint32 i = quint32(index->value());
    auto pw = walletPassword(this, context().wallet, tr("Add an account"), tr("Wallet password:"));
    if (!pw)
        return;
    setStatus(tr("Adding the account…"));
    context().wallet->deriveAccountsAsync(
        {{c, i}}, pw, this, [this](Result<QList<WalletService::Account>> r) {
            setStatus(r ? tr("Account added.")
                        : tr("The account was not added: %1").arg(r.error().message));
        });
}

void WalletPage::watchAddress()
{
    bool ok = false;
    const QString address =
        QInputDialog::getText(this, tr("Watch an address"),
                              tr("An address to follow (Stellar G…, Algorand, Bitcoin tb1…). "
                                 "The wallet holds no key for it and cannot spend from it."),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || address.isEmpty())
        return;
    const QString chain = WalletAccountsModel::chainOfAddress(address);
    if (chain.isEmpty() || chain == QLatin1String("starknet")) {
        setStatus(tr("\"%1\" is not a Stellar, Algorand or Bitcoin address.").arg(address));
        return;
    }
    context().wallet->addWatchOnly(chain, address);
}

} // namespace fb::ui
