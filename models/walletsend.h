// WalletSend: one payment from the wallet's page, as a flow the Send dialog only shows:
// prepare (the ledger's network and the account's state, then the chain's own transaction and
// its plain-words review), sign with the password (off the GUI thread), submit to the ledger,
// then follow it until the ledger lists it (confirmed). From any of the wallet's accounts of
// that chain (the request's index; a Starknet one once deployed): an Algorand pay
// transaction, a Bitcoin PSBT (coin selection over that account's unspent outputs at the fee
// rate chosen, by default the node's "normal" estimate, change back to the same address) and a
// Starknet INVOKE v3 STRK transfer. A Bitcoin transfer is confirmed once a block holds it; the
// others when the ledger lists them. Instead of the password, the prepared transaction may
// leave for an offline signer (a SignElsewhereFlow: a signing request file or QR codes, with a
// summary) and come back signed; it is then submitted and followed the same way.
#pragma once

#include "models/servicesupport.h"
#include "models/signelsewhere.h"
#include "models/walletledger.h"
#include "wallet/algorand.h"
#include "wallet/psbt.h"
#include "wallet/secretbytes.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"
#include "wallet/txreview.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace fb {

class AccountService;
class WalletService;

class WalletSend : public QObject, public SignElsewhereFlow
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Preparing,
        AwaitingSignature,
        Signing,
        Submitting,
        Confirming,
        Confirmed,
        Failed
    };
    Q_ENUM(State)

    struct Request
    {
        QString chain = QStringLiteral("stellar"); // "stellar", "algorand", "bitcoin", "starknet"
        quint32 index = 0;                         // the wallet's account index on that chain
        QString source;                            // its address
        QString destination;
        qint64 units = 0;   // base units: stroops, microalgos, satoshis, nano-STRK
        QString memo;       // Stellar: text memo (28 bytes); Algorand: the note; none elsewhere
        qint64 feeRate = 0; // Bitcoin: sat/vB; 0 asks the node's "normal" estimate
    };

    // The fee rate of a Bitcoin transfer (sat/vB) when the node suggests none: what the
    // development network asks at least.
    static constexpr qint64 kBitcoinFeeRate = 2;

    WalletSend(WalletService *wallet, AccountService *accounts, QObject *parent = nullptr);

    // Chains Send can pay from.
    static QStringList supportedChains();
    // The coin a chain's transfer moves ("XLM", "ALGO", "BTC", "STRK") and its decimals.
    static QString currencyOf(const QString &chain);
    static int decimalsOf(const QString &chain);
    // The memo a chain's transfer carries, in bytes (0: none).
    static int memoBytes(const QString &chain);
    // The network's fee for a plain payment, in the coin's units, where it is flat: Stellar's
    // base fee, Algorand's minimum. 0 for chains whose fee depends on the payment.
    static qint64 flatFee(const QString &chain);
    // Whether text is an address a transfer on chain can pay (bad_address, wrong_network with
    // the reason in words).
    static Status validateAddress(const QString &chain, const QString &text);
    // Checks a request before anything is asked of the node (bad_address, bad_amount,
    // memo_too_long, not_supported).
    static Status validate(const Request &request);

    void prepare(const Request &request);
    void sign(std::shared_ptr<const SecretBytes> password);
    void cancel();

    State state() const { return m_state; }
    const TxReview &review() const { return m_review; }
    const LedgerTransfer &receipt() const { return m_receipt; }
    // The prepared payment's network fee in the chain's base units (0 before prepare).
    qint64 fee() const { return m_fee; }
    // Bitcoin: the prepared payment's fee rate (sat/vB) and estimated virtual size (0 before).
    qint64 feeRate() const { return m_feeRate; }
    qint64 vsize() const { return m_vsize; }
    const Request &request() const { return m_request; }
    // Bitcoin: confirmations of the submitted transfer (0 while unconfirmed); -1 elsewhere.
    int confirmations() const { return m_confirmations; }
    Error error() const { return m_error; }
    QString statusText() const;
    // How long confirmation is followed before giving up (the transfer stays submitted).
    // A Bitcoin transfer waits for a block: its own, longer, timeout.
    void setConfirmationTimeout(int ms) { m_confirmTimeoutMs = ms; }
    void setBitcoinConfirmationTimeout(int ms) { m_bitcoinConfirmTimeoutMs = ms; }

    // ---- Sign on another device ----
    // The prepared transaction as a signing request for an offline signer (AwaitingSignature
    // only; wrong_state otherwise): the chain's own unsigned transaction with a summary (from,
    // to, amount, fee, network, when and at which round or height it was made). Its QR form is
    // the request in ur:bytes, but a bare PSBT in ur:crypto-psbt for Bitcoin.
    Result<SigningExport> unsignedRequest() const;
    // Takes the transaction back signed, then submits it and follows it to confirmation as
    // sign() does. Errors: as addSigned(), and wrong_state.
    Result<Ok> submitSigned(QByteArrayView bytes);

    // SignElsewhereFlow: one transaction.
    QList<SigningExport> signingExports() const override;
    QString exportSummary() const override;
    Result<int> addSigned(QByteArrayView bytes) override;
    int signedCount() const override { return m_signedElsewhere.isEmpty() ? 0 : 1; }
    bool signedComplete() const override
    {
        return m_state == State::AwaitingSignature && !m_signedElsewhere.isEmpty();
    }
    Result<Ok> submitSigned() override;
    // The prepared transaction's id as explorers show it (empty before prepare).
    QString transactionId() const;

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
    void prepareStellar(quint64 generation);
    void prepareAlgorand(quint64 generation);
    void prepareBitcoin(quint64 generation);
    void prepareBitcoinAt(quint64 generation, qint64 feeRate);
    void prepareStarknet(quint64 generation);
    // Reports a signing failure (a wrong password keeps the review); true when it was one.
    bool signingFailed(const Error &e);
    template <typename T, typename ToEnvelope>
    std::function<void(Result<QList<T>>)> onSigned(quint64 generation, ToEnvelope toEnvelope);
    void submit(quint64 generation, const QString &envelope);
    void reviewed(TxReview review);
    QString unitsText(qint64 units) const;

    WalletService *m_wallet;
    AccountService *m_accounts;
    State m_state = State::Idle;
    Request m_request;
    stellar::Envelope m_envelope;
    stellar::Network m_network;
    algorand::Transaction m_algorand;
    psbt::Psbt m_psbt;
    starknet::InvokeV3 m_starknet;
    qint64 m_fee = 0;
    qint64 m_feeRate = 0;
    qint64 m_vsize = 0;
    int m_confirmations = -1;
    TxReview m_review;
    LedgerTransfer m_receipt;
    Error m_error;
    QTimer m_poll;
    qint64 m_confirmDeadline = 0;
    int m_confirmTimeoutMs = 30000;
    int m_bitcoinConfirmTimeoutMs = 15 * 60 * 1000;
    quint64 m_generation = 0;
    // When the prepared transaction was made, and the ledger's round (Algorand), tip height
    // (Bitcoin), account sequence (Stellar) or nonce (Starknet) it was made at.
    QDateTime m_madeAt;
    qint64 m_madeAtLedger = -1;
    QString m_signedElsewhere; // the submission signed on another device, once imported
};

} // namespace fb
