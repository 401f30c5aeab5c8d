// WalletSend: one payment from the wallet's page, as a flow the Send dialog only shows:
// prepare (the ledger's network and the account's sequence, then the chain's transaction and
// its plain-words review), sign with the password (off the GUI thread), submit to the ledger,
// then follow it until the ledger lists it (confirmed). Stellar (XLM) today; ALGO and BTC keep
// the same states once the wallet signs them for plain payments.
#pragma once

#include "models/servicesupport.h"
#include "models/walletledger.h"
#include "wallet/secretbytes.h"
#include "wallet/stellar.h"
#include "wallet/txreview.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace fb {

class AccountService;
class WalletService;

class WalletSend : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, AwaitingSignature, Signing, Submitting, Confirming,
                       Confirmed, Failed };
    Q_ENUM(State)

    struct Request
    {
        QString chain = QStringLiteral("stellar");
        quint32 index = 0;  // the wallet's account index on that chain
        QString source;     // its address
        QString destination;
        qint64 units = 0;   // base units (stroops)
        QString memo;       // text, at most 28 bytes on Stellar
    };

    WalletSend(WalletService *wallet, AccountService *accounts, QObject *parent = nullptr);

    // Chains Send can pay from today.
    static QStringList supportedChains();
    // Checks a request before anything is asked of the node (bad_address, bad_amount,
    // memo_too_long, not_supported).
    static Status validate(const Request &request);

    void prepare(const Request &request);
    void sign(std::shared_ptr<const SecretBytes> password);
    void cancel();

    State state() const { return m_state; }
    const TxReview &review() const { return m_review; }
    const LedgerTransfer &receipt() const { return m_receipt; }
    Error error() const { return m_error; }
    QString statusText() const;
    // How long confirmation is followed before giving up (the transfer stays submitted).
    void setConfirmationTimeout(int ms) { m_confirmTimeoutMs = ms; }

signals:
    void stateChanged(fb::WalletSend::State state);
    void reviewReady(const fb::TxReview &review);
    // A wrong password: the review stays, ask again.
    void passwordRejected(const QString &message);
    void finished();

private:
    void setState(State s);
    void fail(const Error &e);
    void pollConfirmation();

    WalletService *m_wallet;
    AccountService *m_accounts;
    State m_state = State::Idle;
    Request m_request;
    stellar::Envelope m_envelope;
    stellar::Network m_network;
    TxReview m_review;
    LedgerTransfer m_receipt;
    Error m_error;
    QTimer m_poll;
    qint64 m_confirmDeadline = 0;
    int m_confirmTimeoutMs = 30000;
    quint64 m_generation = 0;
};

} // namespace fb
