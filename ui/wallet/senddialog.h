// SendDialog: a payment from one of the wallet's accounts (XLM, ALGO, BTC or STRK; the From
// list shows each with its balance when the page's accounts model is given), recipient
// (checked as it is typed, per chain), amount in the chain's unit and memo where the chain has
// one, for BTC the fee rate (Economy, Normal or Priority from the node's estimate, with the
// fee it makes in BTC and in the user's currency), then the same plain-words review as the command
// line (SignDialog) with the fee, the password (or "Sign on another device…": SignElsewhereDialog
// over the same WalletSend), and the ledger's confirmation (a Bitcoin block for BTC). The flow
// itself is WalletSend (models/); this dialog only shows it.
#pragma once

#include "models/walletsend.h"
#include "models/walletservice.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fb {
class WalletAccountsModel;
}

namespace fb::ui {

class SignDialog;

class SendDialog : public QDialog
{
    Q_OBJECT
public:
    SendDialog(WalletService *wallet, AccountService *accounts,
               const QList<WalletService::Account> &from, int preferred, QWidget *parent = nullptr);
    ~SendDialog() override;

    WalletSend *session() const { return m_send; }
    // Balances in the From list and the fee's value in the user's currency, from the page's
    // accounts table.
    void setAccountsModel(const WalletAccountsModel *model);

signals:
    // The payment was confirmed (the page refreshes balances and history).
    void sent();

private:
    void review();
    void askSignature(const QString &error);
    // The review's "Sign on another device…": export, sign there, import, submit; back from
    // it without submitting, the review opens again.
    void signElsewhere();
    void onState(WalletSend::State state);
    void onFromChanged();
    void checkAddress();
    QString chain() const;
    void fillFeeChoice();

    WalletService *m_wallet;
    QList<WalletService::Account> m_from;
    WalletSend *m_send;
    QComboBox *m_account;
    QLineEdit *m_destination;
    QLabel *m_addressHint;
    QLineEdit *m_amount;
    QLineEdit *m_memo;
    QFormLayout *m_form;
    QComboBox *m_feeChoice;
    BitcoinFeeEstimate m_estimate;
    const WalletAccountsModel *m_model = nullptr;
    QLabel *m_note;
    QLabel *m_status;
    QPushButton *m_review;
    std::unique_ptr<SignDialog> m_sign;
};

} // namespace fb::ui
