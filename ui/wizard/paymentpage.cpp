#include "ui/wizard/paymentpage.h"

#include "models/accountservice.h"
#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/signelsewheredialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/wizard/slawizard.h"
#include "ui/wizard/wizardsupport.h"
#include "wallet/stellar.h"
#include "wire/economics.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {

using namespace wizard;

class PaymentPage : public QWizardPage
{
    static constexpr int kSignElsewhere = 2; // SignDialog's result for "Sign on another device"

public:
    explicit PaymentPage(SlaWizard *w)
        : QWizardPage(w)
        , m_w(w)
    {
        setTitle(SlaWizard::tr("Pay into escrow"));
        setCommitPage(true); // once paid, there is no going back to change the order
        setSubTitle(SlaWizard::tr("Your wallet signs one payment per provider into the "
                                  "platform's escrow. You see each transaction before signing."));
        // Paying deals made earlier (the SLAs page's Pay): the coin is chosen here.
        m_payWith = new QComboBox(this);
        m_payWith->setObjectName(QStringLiteral("resumePayWith"));
        m_payWith->addItem(SlaWizard::tr("XLM from the embedded wallet"), QStringLiteral("XLM"));
        m_payWith->addItem(SlaWizard::tr("ALGO from the embedded wallet"), QStringLiteral("ALGO"));
        m_payWith->addItem(SlaWizard::tr("BTC from the embedded wallet"), QStringLiteral("BTC"));
        m_payWith->addItem(SlaWizard::tr("STRK from the embedded wallet"), QStringLiteral("STRK"));
        m_payWith->addItem(SlaWizard::tr("Card (platform checkout)"), QStringLiteral("USD"));
        m_payWith->setToolTip(SlaWizard::tr("The wallet pays in XLM (Stellar), ALGO (Algorand), "
                                            "BTC (Bitcoin) or STRK (Starknet) from its own "
                                            "account on that chain, or the card pays through "
                                            "the platform's checkout page."));
        m_payWith->setAccessibleName(SlaWizard::tr("Pay with"));
        m_payWithLabel = new QLabel(SlaWizard::tr("Pay &with:"), this);
        m_payWithLabel->setBuddy(m_payWith);
        m_wallet = new QLabel(this);
        m_wallet->setObjectName(QStringLiteral("walletState"));
        m_wallet->setWordWrap(true);
        m_setup = new QPushButton(SlaWizard::tr("&Set up a wallet…"), this);
        m_setup->setObjectName(QStringLiteral("setupWallet"));
        m_fund = new QPushButton(SlaWizard::tr("Get &development funds (no value)"), this);
        m_fund->setObjectName(QStringLiteral("faucet"));
        m_fund->setToolTip(SlaWizard::tr("The local network's faucet credits test XLM to your "
                                         "wallet."));
        m_addresses = new QPushButton(SlaWizard::tr("Show my &addresses…"), this);
        m_addresses->setObjectName(QStringLiteral("showAddresses"));
        m_addresses->setToolTip(SlaWizard::tr("Your wallet was made before it kept its Algorand "
                                              "and Bitcoin addresses: your password opens it once "
                                              "to find them (nothing secret is kept)."));
        m_addresses->setAccessibleName(SlaWizard::tr("Show my Algorand and Bitcoin addresses"));
        m_addresses->hide();
        m_amount = new QLabel(this);
        m_amount->setObjectName(QStringLiteral("coinAmount"));
        m_amount->setWordWrap(true);
        m_amount->hide();
        m_pay = new QPushButton(this);
        m_pay->setObjectName(QStringLiteral("pay"));
        m_pay->setDefault(true);
        m_cancel = new QPushButton(SlaWizard::tr("S&top"), this);
        m_cancel->setObjectName(QStringLiteral("stop"));
        m_cancel->hide();
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("progress"));
        m_progress->setRange(0, 5);
        m_progress->hide();
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("status"));
        m_status->setWordWrap(true);
        m_error = errorLabel(this);
        // Before Pay: the balance does not cover the amount and the network fees.
        m_shortage = errorLabel(this);
        m_shortage->setObjectName(QStringLiteral("shortage"));
        m_shortage->setAccessibleName(SlaWizard::tr("Not enough funds"));
        m_recheck = new QTimer(this);
        m_recheck->setSingleShot(true);
        m_recheck->setInterval(4000);
        // Funded elsewhere meanwhile (another window, another wallet): the page notices.
        connect(m_recheck, &QTimer::timeout, this, [this] {
            if (isVisible() && !session()->busy() && m_short)
                refreshWallet();
        });
        m_setup->setAccessibleName(SlaWizard::tr("Set up a wallet"));
        m_fund->setAccessibleName(SlaWizard::tr("Get development funds"));
        m_pay->setAccessibleName(SlaWizard::tr("Pay"));
        m_cancel->setAccessibleName(SlaWizard::tr("Stop paying"));
        m_progress->setAccessibleName(SlaWizard::tr("Payment progress"));
        // The card checkout (the node's page, in a web view made by AppContext::documentView).
        m_checkoutBox = new QWidget(this);
        m_checkoutBox->setObjectName(QStringLiteral("checkoutBox"));
        m_checkoutLayout = new QVBoxLayout(m_checkoutBox);
        m_checkoutLayout->setContentsMargins(0, 0, 0, 0);
        m_checkoutBox->hide();
        m_checkoutTimer = new QTimer(this);
        m_checkoutTimer->setInterval(500);
        connect(m_checkoutTimer, &QTimer::timeout, this, [this] { checkoutTick(); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_setup);
        buttons->addWidget(m_addresses);
        buttons->addWidget(m_fund);
        buttons->addStretch();
        buttons->addWidget(m_cancel);
        buttons->addWidget(m_pay);
        auto *payWithRow = new QHBoxLayout;
        payWithRow->addWidget(m_payWithLabel);
        payWithRow->addWidget(m_payWith);
        payWithRow->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(payWithRow);
        layout->addWidget(m_wallet);
        layout->addWidget(m_amount);
        layout->addWidget(m_shortage);
        layout->addLayout(buttons);
        layout->addWidget(m_progress);
        layout->addWidget(m_status);
        layout->addWidget(m_error);
        layout->addWidget(m_checkoutBox, 1);
        m_stretch = new QWidget(this);
        layout->addWidget(m_stretch, 1);
        setTabOrder(m_payWith, m_setup);
        setTabOrder(m_setup, m_addresses);
        setTabOrder(m_addresses, m_fund);
        setTabOrder(m_fund, m_cancel);
        setTabOrder(m_cancel, m_pay);
        connect(m_setup, &QPushButton::clicked, this, [this] {
            WalletSetupDialog d(m_w->context().wallet, this);
            if (m_setupParams)
                d.setKeystoreParams(*m_setupParams);
            d.exec();
            refreshWallet();
            focusNextAction();
        });
        connect(m_fund, &QPushButton::clicked, this, [this] { faucet(); });
        connect(m_addresses, &QPushButton::clicked, this, [this] { rememberAddresses(); });
        connect(m_pay, &QPushButton::clicked, this, [this] { pay(); });
        connect(m_payWith, &QComboBox::currentIndexChanged, this, [this] { changeResumedCoin(); });
        connect(m_cancel, &QPushButton::clicked, this, [this] { session()->stop(); });

        PurchaseSession *s = session();
        connect(s, &PurchaseSession::progress, this, [this](int step, const QString &text) {
            m_progress->setValue(step);
            m_status->setText(text);
        });
        connect(
            s, &PurchaseSession::passwordNeeded, this, [this] { askSignInPassword(); },
            Qt::QueuedConnection);
        connect(
            s, &PurchaseSession::signatureNeeded, this,
            [this](const QList<TxReview> &reviews) { review(reviews); }, Qt::QueuedConnection);
        connect(
            s, &PurchaseSession::signingFailed, this,
            [this](const QString &message) { reviewAgain(message); }, Qt::QueuedConnection);
        connect(s, &PurchaseSession::checkoutReady, this, &PaymentPage::showCheckout);
        connect(s, &PurchaseSession::slaCreated, m_w, &SlaWizard::slaCreated);
        connect(s, &PurchaseSession::intentsReady, this, [this] { showExactAmount(); });
        connect(s, &PurchaseSession::finished, this, [this] { onFinished(); });
    }

    // Tests create wallets with cheap key stretching.
    std::optional<keystore::Params> m_setupParams;

    void initializePage() override
    {
        m_error->hide();
        m_status->clear();
        closeCheckout();
        if (!session()->resuming()) // else: paying deals made earlier (the SLAs page's Pay)
            session()->setOrder(m_w->order(), m_w->requirements.currency);
        m_payWithLabel->setVisible(session()->resuming());
        m_payWith->setVisible(session()->resuming());
        {
            const QSignalBlocker quiet(m_payWith);
            m_payWith->setCurrentIndex(std::max(0, m_payWith->findData(coin())));
        }
        showCoin();
        focusNextAction();
    }

    // What depends on the coin paid in: the title, the Pay and faucet buttons, the account.
    void showCoin()
    {
        // "Pay 10.7273 XLM (about 1,09 €)": the coin that leaves the wallet, and what it is worth
        // in the user's currency; by card, the dollars charged (and their worth).
        QString amount =
            m_w->payByCard() ? m_w->money(qMax<qint64>(0, m_w->dueUsd7())) : m_w->dueText();
        if (const QString inCoin = m_w->dueCoinText(); !inCoin.isEmpty() && !m_w->payByCard())
            amount = m_w->display.currency() == coin()
                         ? inCoin
                         : SlaWizard::tr("%1 (about %2)").arg(inCoin, m_w->dueText());
        m_amount->hide();
        if (m_w->payByCard()) {
            setTitle(SlaWizard::tr("Pay by card"));
            setSubTitle(SlaWizard::tr("Your wallet signs you in (it is your account on the "
                                      "platform); then the platform's checkout page takes the card "
                                      "payment into escrow, once per provider."));
            m_pay->setText(SlaWizard::tr("&Pay %1 by card").arg(amount));
        } else {
            setTitle(SlaWizard::tr("Pay into escrow in %1").arg(coin()));
            setSubTitle(
                SlaWizard::tr("Your wallet signs one payment per provider into the "
                              "platform's escrow. You see each transaction before signing."));
            m_pay->setText(SlaWizard::tr("&Pay %1").arg(amount));
        }
        m_fund->setVisible(!m_w->payByCard());
        m_fund->setText(SlaWizard::tr("Get &test funds (%1, no value)").arg(coin()));
        m_fund->setToolTip(SlaWizard::tr("The development network's faucet credits test %1 to "
                                         "your wallet. It has no value.")
                               .arg(coin()));
        m_fund->setAccessibleName(SlaWizard::tr("Get test funds in %1").arg(coin()));
        refreshWallet();
    }

    // Paying deals made earlier: another coin (or the card) for the same deals.
    void changeResumedCoin()
    {
        const QString chosen = m_payWith->currentData().toString();
        if (!session()->resuming() || session()->busy() || chosen == coin())
            return;
        session()->resume(session()->slaId(), session()->deals(), chosen);
        m_error->hide();
        m_status->clear();
        m_amount->hide();
        showCoin();
    }

    void cleanupPage() override { closeCheckout(); }

    bool isComplete() const override { return session()->state() == PurchaseSession::State::Paid; }

    // Enter pays once a wallet exists and its balance covers the payments; before that it opens
    // the wallet set-up, or takes test funds. Deferred: the
    // wizard re-assigns its own default button after initializePage and completeChanged.
    void focusNextAction()
    {
        QTimer::singleShot(0, this, [this] {
            if (isComplete() || !isVisible() || QApplication::activeModalWidget())
                return;
            // Back from a modal dialog (wallet set-up), the wizard takes the keyboard again.
            if (!window()->isActiveWindow())
                window()->activateWindow();
            if (m_setup->isVisible() && m_setup->isEnabled()) {
                m_setup->setDefault(true);
                m_setup->setFocus(Qt::TabFocusReason);
            } else if (m_short && m_fund->isVisible() && m_fund->isEnabled()) {
                // Short of funds on a development network: Enter takes test funds.
                m_fund->setDefault(true);
                m_fund->setFocus(Qt::TabFocusReason);
            } else if (m_pay->isEnabled()) {
                m_pay->setDefault(true);
                m_pay->setFocus(Qt::TabFocusReason);
            }
        });
    }

private:
    WalletService *wallet() const { return m_w->context().wallet; }
    PurchaseSession *session() const { return m_w->session(); }
    bool connected() const
    {
        return m_w->context().accounts && m_w->context().accounts->connected();
    }

    // The coin the wallet pays in: "XLM", "ALGO", "BTC" or "STRK" ("USD" for the card).
    QString coin() const { return m_w->payCurrency(); }

    // The wallet's account on the chain of the coin (empty when not known).
    QString payingAddress() const
    {
        if (!wallet())
            return {};
        if (coin() == QLatin1String("ALGO"))
            return wallet()->algorandAddress();
        if (coin() == QLatin1String("BTC"))
            return wallet()->bitcoinAccount().address;
        if (coin() == QLatin1String("STRK"))
            return wallet()->starknetAddress();
        return wallet()->stellarAddress();
    }

    QString chainName() const
    {
        if (coin() == QLatin1String("ALGO"))
            return SlaWizard::tr("Algorand");
        if (coin() == QLatin1String("BTC"))
            return SlaWizard::tr("Bitcoin");
        if (coin() == QLatin1String("STRK"))
            return SlaWizard::tr("Starknet");
        return SlaWizard::tr("Stellar");
    }

    // What the payments cost in the coin (base units) and how many there are, when known
    // before paying: the quote at the node's rate, or the intents of a resumed payment. -1:
    // not known (the session checks the balance itself then).
    qint64 expectedUnits(int *payments) const
    {
        const QString currency = coin();
        if (!session()->intents().isEmpty()) {
            *payments = int(session()->intents().size());
            return session()->dueUnits();
        }
        if (m_w->quote && m_w->payRateUsd7 > 0 && !session()->resuming()) {
            *payments = int(m_w->quote->lines.size());
            return sla::payUnits(*m_w->quote, currency, m_w->payRateUsd7);
        }
        return -1;
    }

    // The balance against what paying needs: Pay only when it covers both, else the shortfall
    // in words and, on a development network, the faucet.
    void showFunding(const LedgerAccount *account)
    {
        int payments = 1;
        const qint64 units = expectedUnits(&payments);
        m_short = false;
        if (units < 0) {
            m_shortage->hide();
            m_pay->setEnabled(!session()->busy());
            return;
        }
        const PurchaseSession::Funding f =
            PurchaseSession::funding(account, coin(), units, payments);
        m_short = !f.enough();
        if (m_short) {
            m_shortage->setText(f.message());
            m_shortage->show();
            m_pay->setEnabled(false);
            m_fund->setVisible(f.developmentNetwork);
            m_fund->setEnabled(f.developmentNetwork);
            m_recheck->start();
        } else {
            m_shortage->hide();
            // A failed payment for want of funds is over once the balance covers it.
            if (session()->error().code == QLatin1String("insufficient_funds"))
                m_error->hide();
            m_pay->setEnabled(!session()->busy());
        }
        focusNextAction();
    }

    void refreshWallet()
    {
        const bool has = wallet() && wallet()->exists();
        m_setup->setVisible(!has);
        m_shortage->hide();
        m_short = false;
        m_pay->setEnabled(has && connected() && !session()->busy());
        m_fund->setEnabled(has && connected());
        m_addresses->hide();
        if (!has) {
            m_wallet->setText(SlaWizard::tr("You have no wallet yet. Set one up: it takes a "
                                            "minute, and its recovery phrase is yours alone."));
            return;
        }
        if (m_w->payByCard()) {
            // The card pays; the wallet only signs in (no balance needed).
            m_wallet->setText(SlaWizard::tr("Your platform account: %1\nYour wallet signs you in; "
                                            "the card pays.")
                                  .arg(wallet()->stellarAddress()));
            return;
        }
        const QString address = payingAddress();
        if (address.isEmpty()) {
            m_fund->setEnabled(false);
            if (!wallet()->coinAccountsKnown() && coin() != QLatin1String("STRK")) {
                m_addresses->show();
                m_wallet->setText(SlaWizard::tr("Your wallet's %1 address is not known yet: "
                                                "show your addresses once (your password opens "
                                                "the wallet), then pay.")
                                      .arg(chainName()));
            } else {
                m_pay->setEnabled(false);
                const QString why =
                    SlaWizard::tr("This wallet has no %1 account: it was made from a single "
                                  "Stellar secret key, and %1 accounts come from a recovery "
                                  "phrase.")
                        .arg(chainName());
                const QString next =
                    session()->resuming()
                        ? SlaWizard::tr("Choose XLM or the card in \"Pay with\" above.")
                        : SlaWizard::tr("Go back and pay with XLM or by card, or set up a "
                                        "wallet from a recovery phrase to pay in %1.")
                              .arg(coin());
                m_wallet->setText(why + QLatin1Char('\n') + next);
            }
            return;
        }
        m_wallet->setText(
            SlaWizard::tr("Paying from your %1 account %2").arg(chainName(), address));
        if (!connected())
            return;
        const QString currency = coin();
        // Pay waits for the balance: an unfunded account must not pay into an error.
        int payments = 1;
        if (expectedUnits(&payments) >= 0)
            m_pay->setEnabled(false);
        m_w->context().accounts->account(
            address, this, [this, address, currency](Result<LedgerAccount> r) {
                if (currency != coin())
                    return; // the page shows another coin now
                const QString network = m_w->context().networkDisplayName().isEmpty()
                                            ? SlaWizard::tr("network")
                                            : m_w->context().networkDisplayName();
                if (!r && r.error().code == QLatin1String("not_found")) {
                    // A development account exists once the faucet funded it.
                    m_wallet->setText(
                        SlaWizard::tr("Paying from your %1 account %2\nBalance on "
                                      "the %3: %4")
                            .arg(chainName(), address, network, wizard::coin(0, currency)));
                    showFunding(nullptr);
                    return;
                }
                if (!r) {
                    m_wallet->setText(SlaWizard::tr("Paying from your %1 account %2 (balance "
                                                    "unknown: %3)")
                                          .arg(chainName(), address, r.error().message));
                    m_pay->setEnabled(!session()->busy()); // the session checks it itself
                    return;
                }
                // The faucet exists on a development network only.
                if (currency != QLatin1String("XLM"))
                    m_fund->setVisible(r->developmentNetwork);
                QString amount = wizard::coin(r->balance(currency), currency);
                // In the user's currency too, at the node's rate (display only, rounded down).
                if (m_w->payRateUsd7 > 0 && currencyDecimals(currency) >= 0) {
                    qint64 scale = 1;
                    for (int i = 0; i < currencyDecimals(currency); ++i)
                        scale *= 10;
                    const qint64 usd7 =
                        economics::mulDivFloor(r->balance(currency), m_w->payRateUsd7, scale);
                    if (usd7 >= 0)
                        amount = SlaWizard::tr("%1, worth %2").arg(amount, m_w->money(usd7));
                }
                QString text =
                    SlaWizard::tr("Paying from your %1 account %2\nBalance on the %3: %4")
                        .arg(chainName(), address, network, amount);
                if (currency == QLatin1String("BTC"))
                    text += SlaWizard::tr(" in %n coin(s)", nullptr, int(r->utxos.size()));
                m_wallet->setText(text);
                showFunding(&*r);
            });
    }

    void faucet()
    {
        const QString currency = m_w->payByCard() ? QString() : coin();
        // STRK: the first credit deploys the account, for the wallet's public key.
        QString publicKey;
        if (currency == QLatin1String("STRK")) {
            publicKey = wallet()->starknetPublicKey();
            if (publicKey.isEmpty()) {
                rememberAddresses([this] {
                    if (!wallet()->starknetPublicKey().isEmpty())
                        faucet();
                });
                return;
            }
        }
        m_fund->setEnabled(false);
        m_w->context().accounts->faucet(
            payingAddress(), currency, this,
            [this](Result<LedgerAccount> r) {
                m_fund->setEnabled(true);
                if (!r)
                    showError(r.error().message);
                else
                    m_error->hide();
                refreshWallet();
                focusNextAction();
            },
            0, publicKey);
    }

    // A wallet made before its Algorand and Bitcoin addresses were kept: open it once.
    // STRK: a wallet made before it kept its Starknet public key opens once for it too. then
    // runs after a success.
    void rememberAddresses(std::function<void()> then = {})
    {
        auto pw = walletPassword(this, wallet(), SlaWizard::tr("Show my addresses"),
                                 SlaWizard::tr("Your wallet password opens the wallet once to find "
                                               "its Algorand, Bitcoin and Starknet addresses:"));
        if (!pw)
            return;
        m_addresses->setEnabled(false);
        wallet()->rememberCoinAccountsAsync(pw, this, [this, then](Result<Ok> r) {
            m_addresses->setEnabled(true);
            if (!r)
                showError(r.error().message);
            refreshWallet();
            focusNextAction();
            if (r && then)
                then();
        });
    }

    // The node fixed the amounts: show them exactly, in the coin and in the user's currency.
    void showExactAmount()
    {
        const QList<PaymentIntent> intents = session()->intents();
        if (intents.isEmpty() || m_w->payByCard())
            return;
        qint64 usd7 = 0;
        for (const PaymentIntent &in : intents)
            usd7 += in.amountUsd.units;
        const QString currency = intents.first().amount.currency;
        m_amount->setText(SlaWizard::tr("You pay exactly %1 (%2) at the node's rate of %3 per "
                                        "%4, plus the network's fee.")
                              .arg(wizard::coin(session()->dueUnits(), currency), m_w->money(usd7),
                                   usd(intents.first().rateUsd7PerCoin), currency));
        m_amount->show();
    }

    void showError(const QString &m)
    {
        m_error->setText(m);
        m_error->show();
    }

    void pay()
    {
        m_error->hide();
        m_pay->setEnabled(false);
        m_payWith->setEnabled(false);
        m_cancel->show();
        m_progress->show();
        session()->start();
    }

    void askSignInPassword()
    {
        if (session()->state() != PurchaseSession::State::SigningIn)
            return;
        // An unlocked wallet signs in without asking (WalletSecurity keeps its password).
        auto pw = walletPassword(this, wallet(), SlaWizard::tr("Sign in"),
                                 SlaWizard::tr("Your wallet password signs you in to %1:")
                                     .arg(m_w->context().networkDisplayName()));
        if (!pw) {
            session()->decline();
            return;
        }
        session()->signIn(pw);
    }

    void review(const QList<TxReview> &reviews)
    {
        QString amount = m_w->dueText();
        if (!session()->intents().isEmpty() && !m_w->payByCard())
            amount = SlaWizard::tr("%1 (%2)").arg(
                wizard::coin(session()->dueUnits(), session()->intents().first().amount.currency),
                amount);
        m_sign = std::make_unique<SignDialog>(
            reviews,
            SlaWizard::tr("These payments put %1 into the platform's escrow for your storage "
                          "agreement. Check the amounts and the memo, then sign.")
                .arg(amount),
            this);
        m_sign->setObjectName(QStringLiteral("paymentReview"));
        if (wallet()) // an unlocked wallet signs without asking for the password again
            m_sign->useUnlockedSession(wallet()->security()->password());
        m_sign
            ->addAlternative(SlaWizard::tr("Sign on another &device…"),
                             SlaWizard::tr("Export these payments with the agreement's terms "
                                           "(a file or QR frames) to an offline signer, then "
                                           "import the signed result here."),
                             kSignElsewhere)
            ->setObjectName(QStringLiteral("signElsewhere"));
        reviewAgain(QString());
    }

    // The review's "Sign on another device…": export, sign there, import, submit. Back from it
    // without submitting, the review opens again.
    void signElsewhere()
    {
        QHash<QString, QString> names;
        if (const MarketService *market = m_w->context().market)
            for (const Deal &d : session()->deals())
                if (const auto p = market->provider(d.providerId))
                    names.insert(d.providerId, p->name);
        for (const auto &p : m_w->chosenPlan.placements)
            names.insert(p.provider.id, p.provider.name);
        const auto flow = session()->signElsewhereFlow(names);
        SignElsewhereDialog d(flow.get(), this);
        if (d.exec() == QDialog::Accepted) {
            m_sign.reset();
            return; // the session submits and follows the deals to Funded
        }
        reviewAgain(QString());
    }

    // The review stays the same dialog across a wrong password.
    void reviewAgain(const QString &error)
    {
        if (!m_sign)
            return;
        if (!error.isEmpty())
            m_sign->showError(error);
        const int result = m_sign->exec();
        if (result == kSignElsewhere) {
            QTimer::singleShot(0, this, [this] { signElsewhere(); });
            return;
        }
        if (result != QDialog::Accepted) {
            m_sign.reset();
            session()->decline();
            return;
        }
        session()->sign(m_sign->password());
    }

    void onFinished()
    {
        m_payWith->setEnabled(session()->state() != PurchaseSession::State::Paid);
        m_progress->hide();
        m_cancel->hide();
        closeCheckout();
        const PurchaseSession::State st = session()->state();
        if (st == PurchaseSession::State::Paid) {
            m_sign.reset();
            m_pay->setEnabled(false);
            m_status->setText(session()->statusText());
            emit completeChanged();
            if (session()->paidCount() > 0)
                m_w->next();
            return;
        }
        m_pay->setEnabled(wallet() && wallet()->exists() && connected());
        if (st == PurchaseSession::State::Failed || st == PurchaseSession::State::Stopped) {
            m_status->clear();
            showError(session()->error().message);
        } else {
            m_status->clear(); // declined the sign-in: back where it started
        }
        if (!m_w->payByCard())
            refreshWallet(); // the balance again: Pay only when it covers the payments
        if (session()->error().code != QLatin1String("not_signed"))
            m_sign.reset();
        emit completeChanged();
        focusNextAction();
    }

    // ---- card: the node's checkout page, one deal after the other ----

    void showCheckout(int index, int count, const QUrl &url, qint64 usd7)
    {
        closeCheckout();
        m_checkoutTicks = 0;
        m_status->setText(SlaWizard::tr("Card payment %1 of %2 (%3): fill in the checkout below. "
                                        "It is the platform's page, served by %4.")
                              .arg(index + 1)
                              .arg(count)
                              .arg(usd(usd7), url.host()));
        if (m_w->context().documentView) {
            m_checkoutView = m_w->context().documentView(url, m_checkoutBox);
            m_checkoutView->setObjectName(QStringLiteral("checkoutView"));
            m_checkoutView->setAccessibleName(SlaWizard::tr("Checkout page"));
            m_checkoutView->setMinimumHeight(260);
            m_checkoutLayout->addWidget(m_checkoutView);
            m_checkoutBox->show();
            m_stretch->hide();
            m_checkoutView->setFocus(Qt::TabFocusReason);
        } else {
            // No web engine in this build: the system browser shows the same page.
            QDesktopServices::openUrl(url);
            m_status->setText(m_status->text() + QLatin1Char(' ') +
                              SlaWizard::tr("It opened in your web browser; this page goes on "
                                            "by itself once the payment is recorded."));
        }
        m_checkoutTimer->start();
    }

    void closeCheckout()
    {
        m_checkoutTimer->stop();
        m_checkoutTitle.clear();
        if (m_checkoutView) {
            m_checkoutView->hide();
            m_checkoutView->deleteLater();
            m_checkoutView = nullptr;
        }
        m_checkoutBox->hide();
        m_stretch->show();
    }

    // The web view's title changes with each page (the form, then the result): each change asks
    // the node at once whether the deal is funded (the session also asks every two seconds).
    void checkoutTick()
    {
        if (!m_checkoutView)
            return;
        bool check = false;
        const QString title = m_checkoutView->property("title").toString();
        if (title != m_checkoutTitle) {
            m_checkoutTitle = title;
            check = true;
        }
        if (m_checkoutView->property("appLink").toUrl().scheme() == QLatin1String("flashback"))
            check = true;
        if (check)
            session()->checkCheckout();
    }

    SlaWizard *m_w;
    QComboBox *m_payWith;
    QLabel *m_payWithLabel;
    QLabel *m_wallet, *m_status, *m_error, *m_shortage;
    QTimer *m_recheck;
    bool m_short = false;
    QPushButton *m_setup, *m_fund, *m_pay, *m_cancel, *m_addresses;
    QLabel *m_amount;
    QWidget *m_checkoutBox, *m_stretch;
    QVBoxLayout *m_checkoutLayout;
    QPointer<QWidget> m_checkoutView;
    QTimer *m_checkoutTimer;
    QString m_checkoutTitle;
    int m_checkoutTicks = 0;
    QProgressBar *m_progress;
    std::unique_ptr<SignDialog> m_sign;
};

} // namespace

QWizardPage *createPaymentPage(SlaWizard *wizard)
{
    return new PaymentPage(wizard);
}

void setPaymentPageWalletSetupParams(QWizardPage *page, const keystore::Params &params)
{
    static_cast<PaymentPage *>(page)->m_setupParams = params;
}

} // namespace fb::ui
