#include "ui/wallet/senddialog.h"

#include "models/accountservice.h"
#include "models/formats.h"
#include "models/walletaccountsmodel.h"
#include "models/walletsecurity.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/signelsewheredialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fb::ui {

namespace {
constexpr int kSignElsewhere = 2; // SignDialog's result for "Sign on another device"
}

SendDialog::SendDialog(WalletService *wallet, AccountService *accounts,
                       const QList<WalletService::Account> &from, int preferred, QWidget *parent)
    : QDialog(parent)
    , m_wallet(wallet)
    , m_from(from)
    , m_send(new WalletSend(wallet, accounts, this))
{
    setObjectName(QStringLiteral("sendDialog"));
    setWindowTitle(tr("Send"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_form = form;
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("from"));
    for (const WalletService::Account &a : std::as_const(m_from)) {
        m_account->addItem(tr("%1 #%2 — %3")
                               .arg(WalletAccountsModel::chainName(a.chain))
                               .arg(a.index)
                               .arg(a.address.left(10) + QStringLiteral("…")));
    }
    if (preferred >= 0 && preferred < m_from.size())
        m_account->setCurrentIndex(preferred);
    form->addRow(tr("&From:"), m_account);
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destination"));
    form->addRow(tr("&To:"), m_destination);
    m_addressHint = new QLabel(this);
    m_addressHint->setObjectName(QStringLiteral("addressHint"));
    m_addressHint->setWordWrap(true);
    m_addressHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_addressHint);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("e.g. %1").arg(Formats().coinExample()));
    form->addRow(tr("&Amount:"), m_amount);
    m_memo = new QLineEdit(this);
    m_memo->setObjectName(QStringLiteral("memo"));
    form->addRow(tr("&Memo:"), m_memo);
    m_feeChoice = new QComboBox(this);
    m_feeChoice->setObjectName(QStringLiteral("feeChoice"));
    m_feeChoice->setToolTip(tr("A higher fee rate gets the payment into a block sooner."));
    form->addRow(tr("&Fee:"), m_feeChoice);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_review = buttons->addButton(tr("&Review…"), QDialogButtonBox::AcceptRole);
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setToolTip(tr("Build the payment and show it in plain words before signing."));
    m_review->setDefault(true);
    connect(m_review, &QPushButton::clicked, this, &SendDialog::review);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_account, &QComboBox::currentIndexChanged, this, &SendDialog::onFromChanged);
    connect(m_destination, &QLineEdit::textChanged, this, &SendDialog::checkAddress);
    connect(m_send, &WalletSend::stateChanged, this, &SendDialog::onState);
    connect(m_send, &WalletSend::reviewReady, this, [this] { askSignature(QString()); });
    connect(m_send, &WalletSend::passwordRejected, this, &SendDialog::askSignature);
    onFromChanged();
    fillFeeChoice();
    if (accounts && accounts->connected()) {
        accounts->bitcoinFeeEstimate(this, [this](Result<BitcoinFeeEstimate> e) {
            if (!e)
                return; // the network's floor stays the only choice
            m_estimate = *e;
            fillFeeChoice();
        });
    }
}

SendDialog::~SendDialog() = default;

void SendDialog::setAccountsModel(const WalletAccountsModel *model)
{
    m_model = model;
    for (int i = 0; i < m_from.size() && model; ++i) {
        const WalletService::Account &a = m_from.at(i);
        const int row = model->rowOf(a.address);
        const qint64 units = row < 0 ? -1 : model->units(row);
        if (units < 0)
            continue;
        m_account->setItemText(i,
                               tr("%1 #%2 — %3 — %4")
                                   .arg(WalletAccountsModel::chainName(a.chain))
                                   .arg(a.index)
                                   .arg(a.address.left(10) + QStringLiteral("…"),
                                        WalletAccountsModel::formatAmount(
                                            units, WalletAccountsModel::currencyOfChain(a.chain))));
    }
    fillFeeChoice();
}

// Economy, Normal and Priority from the node's estimate (Normal chosen), each with the fee of
// a one-coin payment with change in BTC and in the user's currency; the network's floor alone
// while the node has not answered.
void SendDialog::fillFeeChoice()
{
    // The user's choice among the node's rates stays; the floor alone was no choice.
    const qint64 chosen = m_feeChoice->count() > 1 ? m_feeChoice->currentData().toLongLong() : 0;
    m_feeChoice->clear();
    auto add = [this](const QString &name, qint64 rate) {
        const qint64 fee = intentpay::estimateVsize(1, 2, -1) * rate;
        const QString btc = WalletAccountsModel::formatAmount(fee, QStringLiteral("BTC"));
        const QString value = m_model ? m_model->valueText(fee, QStringLiteral("BTC")) : QString();
        m_feeChoice->addItem(
            value.isEmpty()
                ? tr("%1 — %2 sat/vB, about %3").arg(name).arg(rate).arg(btc)
                : tr("%1 — %2 sat/vB, about %3 (%4)").arg(name).arg(rate).arg(btc, value),
            rate);
    };
    if (m_estimate.targets.isEmpty()) {
        add(tr("Network minimum"), WalletSend::kBitcoinFeeRate);
        return;
    }
    int normal = 0;
    for (const BitcoinFeeEstimate::Target &t : std::as_const(m_estimate.targets)) {
        if (t.name == QLatin1String("normal"))
            normal = m_feeChoice->count();
        const QString name = t.name == QLatin1String("economy")
                                 ? tr("Economy (about %n block(s))", nullptr, t.blocks)
                             : t.name == QLatin1String("priority")
                                 ? tr("Priority (next block)")
                                 : tr("Normal (about %n block(s))", nullptr, t.blocks);
        add(name, t.rate);
    }
    const int kept = chosen > 0 ? m_feeChoice->findData(chosen) : -1;
    m_feeChoice->setCurrentIndex(kept >= 0 ? kept : normal);
}

QString SendDialog::chain() const
{
    const int i = m_account->currentIndex();
    return i >= 0 && i < m_from.size() ? m_from.at(i).chain : QString();
}

void SendDialog::checkAddress()
{
    const QString text = m_destination->text().trimmed();
    if (text.isEmpty() || chain().isEmpty()) {
        m_addressHint->clear();
        return;
    }
    const Status s = WalletSend::validateAddress(chain(), text);
    if (s) {
        m_addressHint->setText(
            tr("A valid %1 address.").arg(WalletAccountsModel::chainName(chain())));
        return;
    }
    // The message quotes what was typed; the field right above shows it whole, and an address
    // is one unbreakable word that would widen the dialog past the screen.
    QString message = s.error().message;
    if (text.size() > 16)
        message.replace(text, text.left(8) + QStringLiteral("…") + text.right(6));
    m_addressHint->setText(message);
}

void SendDialog::onFromChanged()
{
    const int i = m_account->currentIndex();
    const bool ok =
        i >= 0 && i < m_from.size() && WalletSend::supportedChains().contains(m_from.at(i).chain);
    m_review->setEnabled(ok);
    if (m_from.isEmpty()) {
        m_note->setText(tr("The wallet has no account to send from."));
        return;
    }
    if (!ok) {
        m_note->setText(tr("Sending %1 from this page is not available.")
                            .arg(WalletAccountsModel::currencyOfChain(m_from.at(i).chain)));
        return;
    }
    const QString c = m_from.at(i).chain;
    m_form->setRowVisible(m_feeChoice, c == QLatin1String("bitcoin"));
    const int memo = WalletSend::memoBytes(c);
    m_memo->setEnabled(memo > 0);
    m_memo->setMaxLength(memo > 0 ? memo : 0);
    if (memo == 0)
        m_memo->clear();
    if (c == QLatin1String("algorand")) {
        m_destination->setPlaceholderText(tr("58 characters, A–Z and 2–7"));
        m_memo->setPlaceholderText(tr("optional note, readable by anyone"));
        m_note->setText(tr("Amounts are in ALGO (6 decimals). The network fee is %1.")
                            .arg(Formats().coin(WalletSend::flatFee(c), QStringLiteral("ALGO"))));
    } else if (c == QLatin1String("bitcoin")) {
        m_destination->setPlaceholderText(tr("tb1q… (development network, testnet format)"));
        m_memo->setPlaceholderText(tr("Bitcoin transfers carry no memo"));
        m_note->setText(tr("Amounts are in BTC (8 decimals). The fee is the rate you choose "
                           "times the payment's size, paid from your coins; the review shows it "
                           "exactly. The payment is confirmed once a block holds it."));
    } else if (c == QLatin1String("starknet")) {
        m_destination->setPlaceholderText(tr("0x… (up to 64 hexadecimal digits)"));
        m_memo->setPlaceholderText(tr("Starknet transfers carry no memo"));
        m_note->setText(tr("Amounts are in STRK (up to 9 decimals). The development network "
                           "charges no fee."));
    } else {
        m_destination->setPlaceholderText(tr("G… (56 characters)"));
        m_memo->setPlaceholderText(tr("optional, up to 28 characters"));
        m_note->setText(tr("Amounts are in XLM. The network fee is %1.")
                            .arg(Formats().coin(WalletSend::flatFee(c), QStringLiteral("XLM"))));
    }
    checkAddress();
}

void SendDialog::review()
{
    const int i = m_account->currentIndex();
    if (i < 0 || i >= m_from.size())
        return;
    const QString c = m_from.at(i).chain;
    if (auto a = WalletSend::validateAddress(c, m_destination->text()); !a) {
        m_status->setText(a.error().message);
        m_destination->setFocus();
        return;
    }
    auto units = Formats().parseCoin(m_amount->text(), WalletSend::decimalsOf(c));
    if (!units) {
        m_status->setText(tr("The amount: %1").arg(units.error().message));
        m_amount->setFocus();
        return;
    }
    WalletSend::Request r;
    r.chain = c;
    r.index = m_from.at(i).index;
    r.source = m_from.at(i).address;
    r.destination = m_destination->text();
    r.units = *units;
    r.memo = m_memo->text();
    if (c == QLatin1String("bitcoin"))
        r.feeRate = m_feeChoice->currentData().toLongLong();
    m_send->prepare(r);
}

void SendDialog::askSignature(const QString &error)
{
    if (!m_sign || error.isEmpty()) {
        m_sign = std::make_unique<SignDialog>(
            m_send->review(),
            tr("This payment leaves your wallet for good once the ledger takes it. Check the "
               "recipient and the amount, then sign."),
            this);
        m_sign->setObjectName(QStringLiteral("sendReview"));
        if (m_wallet) // an unlocked wallet signs without asking for the password again
            m_sign->useUnlockedSession(m_wallet->security()->password());
        m_sign
            ->addAlternative(tr("Sign on another &device…"),
                             tr("Export this payment (a file or QR codes) to an offline signer "
                                "that holds this wallet's keys, then import the signed result "
                                "here and send it."),
                             kSignElsewhere)
            ->setObjectName(QStringLiteral("signElsewhere"));
    }
    if (!error.isEmpty())
        m_sign->showError(error);
    const int result = m_sign->exec();
    if (result == kSignElsewhere) {
        QTimer::singleShot(0, this, &SendDialog::signElsewhere);
        return;
    }
    if (result != QDialog::Accepted) {
        m_sign.reset();
        m_send->cancel();
        m_status->setText(tr("Not sent."));
        return;
    }
    m_send->sign(m_sign->password());
}

void SendDialog::signElsewhere()
{
    SignElsewhereDialog d(m_send, this);
    if (d.exec() == QDialog::Accepted)
        return; // submitted: the session follows it to confirmation
    if (m_send->state() == WalletSend::State::AwaitingSignature)
        askSignature(QString()); // back to the review
}

void SendDialog::onState(WalletSend::State state)
{
    m_status->setText(m_send->statusText());
    const bool busy =
        state == WalletSend::State::Preparing || state == WalletSend::State::Signing ||
        state == WalletSend::State::Submitting || state == WalletSend::State::Confirming;
    for (QWidget *w : {static_cast<QWidget *>(m_account), static_cast<QWidget *>(m_destination),
                       static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_memo),
                       static_cast<QWidget *>(m_feeChoice)})
        w->setEnabled(!busy && state != WalletSend::State::Confirmed);
    if (WalletSend::memoBytes(chain()) == 0)
        m_memo->setEnabled(false);
    m_review->setEnabled(!busy && state != WalletSend::State::Confirmed);
    if (state == WalletSend::State::Confirmed) {
        m_sign.reset();
        emit sent();
    }
}

} // namespace fb::ui
