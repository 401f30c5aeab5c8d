// PurchaseSession: buying storage, from a priced order to funded deals, as a state machine the
// SLA wizard only shows. One session makes at most one agreement: pressing Pay again after a
// failure reuses the deals already created instead of creating new ones.
//
//   start() ─▶ SigningIn (asks passwordNeeded() unless signed in with this wallet)
//           ─▶ CreatingDeals ─▶ RequestingIntents (one per accepted deal)
//   wallet:  ─▶ Preparing (balance, sequence, nonce or coins; one chain payment per intent: a
//              Stellar payment (XLM), an Algorand pay transaction (ALGO), a PSBT with coin
//              selection, OP_RETURN memo and change (BTC) or a Starknet INVOKE v3 STRK transfer
//              to the intent's own deposit address (STRK))
//           ─▶ AwaitingSignature (signatureNeeded(reviews)) ─▶ Signing ─▶ Submitting
//           ─▶ Confirming (BTC: until the chain confirmed every payment and the deals are
//              Funded; the session never mines, the network does) ─▶ Paid
//   card:    ─▶ AwaitingCheckout (checkoutReady(url) per deal; polls until Funded) ─▶ Paid
//   any step ─▶ Failed (error(); start() again resumes) or Stopped (stop()).
// "Nothing to pay yet" (no provider accepted yet) ends in Paid with paidCount() == 0.
// Sign on another device: in AwaitingSignature, signingRequests() exports the unsigned payments
// with the agreement's terms (offlinetx signing requests), addSignedPayment() takes each signed
// one back (checked against what was exported) and submitSignedElsewhere() submits them; from
// there the flow is the same (Submitting, Confirming, Paid). purchasesigning.cpp.
#pragma once

#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/paymentservice.h"
#include "models/signelsewhere.h"
#include "wallet/algorand.h"
#include "wallet/offlinetx.h"
#include "wallet/psbt.h"
#include "wallet/secretbytes.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"
#include "wallet/txreview.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace fb {

class AccountService;
class WalletService;

class PurchaseSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        SigningIn,
        CreatingDeals,
        RequestingIntents,
        Preparing,
        AwaitingSignature,
        Signing,
        Submitting,
        Confirming,
        AwaitingCheckout,
        Paid,
        Failed,
        Stopped
    };
    Q_ENUM(State)

    PurchaseSession(DealService *deals, PaymentService *payments, AccountService *accounts,
                    WalletService *wallet, QObject *parent = nullptr);

    // One payment as built for the review: the deal, the amount in the coin, the network fee
    // the wallet adds (base units of the same coin) and the transaction id once signed.
    struct PreparedPayment
    {
        QString dealId;
        Amount amount;
        qint64 fee = 0;
        QString txid;
    };

    // The order: what to buy, and how ("USD": the platform's card checkout; "XLM", "ALGO",
    // "BTC" or "STRK": the wallet pays in that coin). Changing the order forgets deals made for
    // another.
    void setOrder(const QuoteRequest &order, const QString &payCurrency);
    QuoteRequest order() const { return m_order; }
    bool payByCard() const { return m_currency == QLatin1String("USD"); }
    QString payCurrency() const { return m_currency; }

    // Pays for deals made earlier (the SLAs page's Pay): they become this session's agreement,
    // and start() re-reads them from the node and pays the accepted, unpaid ones among them.
    void resume(const QString &slaId, const QList<Deal> &deals,
                const QString &payCurrency = QStringLiteral("XLM"));
    bool resuming() const { return !m_resumeIds.isEmpty(); }
    // Starts, or resumes after a failure (deals already created are reused).
    void start();
    // Answers passwordNeeded(): the wallet's password signs the login message.
    void signIn(std::shared_ptr<const SecretBytes> password);
    // Answers signatureNeeded(): unlock and sign every payment, then submit them.
    void sign(std::shared_ptr<const SecretBytes> password);
    // The user closed the review or the sign-in without answering: nothing was paid.
    void decline();
    // Stops at once; deals already created stay on the node (the SLAs page shows them).
    void stop();
    // Card: asks the node now whether the deal in checkout is funded (else every 2 s).
    void checkCheckout();

    State state() const { return m_state; }
    bool busy() const;
    Error error() const { return m_error; }
    QString slaId() const { return m_slaId; }
    QList<Deal> deals() const { return m_deals; }
    QList<PaymentIntent> intents() const { return m_intents; }
    int paidCount() const { return m_paid; }
    // Step of 5 for a progress bar, and what is happening, in words.
    int step() const { return m_step; }
    QString statusText() const { return m_status; }

    // Before Pay: whether the paying account covers the amount and the network fees. The
    // fees are the session's own per payment (XLM 100 stroops, ALGO the ledger's minimum fee,
    // BTC a one-input payment with its memo at the development network's 2 sat/vB, STRK none
    // on the development network, which meters no gas). account: null when the ledger does
    // not know the address yet (never funded: a zero balance).
    struct Funding
    {
        QString coin;
        qint64 balance = 0;
        qint64 amount = 0; // what the deals cost in the coin
        qint64 fees = 0;   // the network fees of `payments` payments
        bool developmentNetwork = false;
        qint64 needed() const { return amount + fees; }
        bool enough() const { return balance >= needed(); }
        // "Your XLM balance (0 XLM) is short of 4.73 XLM plus about 0.00002 XLM of network
        // fees. …": empty when enough.
        QString message() const;
    };
    static Funding funding(const LedgerAccount *account, const QString &coin, qint64 amountUnits,
                           int payments);
    // The network fee of one payment in coin (base units), as the session will add it.
    static qint64 estimatedFee(const QString &coin, const LedgerAccount *account);

    // The USD total of the deals to pay now (accepted, unpaid).
    qint64 dueUsd7() const;
    // Once the intents are known (intentsReady()): the exact amount in the coin, base units.
    qint64 dueUnits() const;
    // The payments built for the last review (amounts, fees, and txids once signed).
    QList<PreparedPayment> prepared() const { return m_prepared; }

    // ---- Sign on another device (purchasesigning.cpp) ----
    // One unsigned payment for another device: a signing request (JSON, docs/WALLET.md) that
    // carries the chain's own unsigned transaction and the agreement's terms.
    struct SigningRequest
    {
        QString dealId;
        offlinetx::Chain chain = offlinetx::Chain::Stellar;
        QByteArray request;    // the signing request's bytes (a file, or a ur:bytes QR)
        QString fileName;      // "payment-1-of-2-stellar.json"
        QString transactionId; // what the signed one must match
        offlinetx::SlaTerms terms;
        QString summary; // the terms in plain words (also inside the request)
    };
    // The unsigned payments awaiting a signature, one request per payment (empty in any other
    // state). providerNames: provider id -> name, as the user knows them.
    QList<SigningRequest> signingRequests(const QHash<QString, QString> &providerNames = {}) const;
    // The agreement's terms as the export states them, in plain words (several lines).
    static QString termsText(const offlinetx::SlaTerms &terms);
    // Takes back one payment signed on another device (any form the signer writes: file text,
    // binary, or a QR payload). It must be one of the exported payments, unchanged, and carry a
    // valid signature of this wallet's account. Returns the payment's index. Errors:
    // wrong_state, not_a_transaction (and the decoder's), not_this_payment, not_signed.
    Result<int> addSignedPayment(QByteArrayView bytes);
    // Payments signed elsewhere so far (of prepared().size()).
    int signedElsewhereCount() const;
    bool signedElsewhereComplete() const;
    // Submits the payments signed elsewhere once all are in, and follows them to Funded.
    // Errors: wrong_state, not_complete.
    Result<Ok> submitSignedElsewhere();
    // All of the above as one SignElsewhereFlow (what SignElsewhereDialog shows); it must not
    // outlive the session.
    std::unique_ptr<SignElsewhereFlow>
    signElsewhereFlow(const QHash<QString, QString> &providerNames = {});

signals:
    void stateChanged(fb::PurchaseSession::State state);
    void progress(int step, const QString &text);
    void passwordNeeded();
    // Review these payments, then sign(password) or decline().
    void signatureNeeded(const QList<fb::TxReview> &reviews);
    // A wrong password (or another signing failure): ask again, then sign() or decline().
    void signingFailed(const QString &message);
    // Card: show the platform's checkout page for deal index of count.
    void checkoutReady(int index, int count, const QUrl &url, qint64 usd7);
    void slaCreated(const QString &slaId);
    // Every intent of this payment is known: intents() and dueUnits() give the exact amounts.
    void intentsReady();
    void dealsChanged();
    void finished();

private:
    void setState(State s);
    void setProgress(int step, const QString &text);
    void fail(const Error &e);
    bool alive(quint64 run) const { return run == m_run && m_state != State::Stopped; }
    void createDeals();
    void requestIntents(int i);
    void requestIntent(int i);
    void prepare();
    void prepareStellar();
    void prepareAlgorand();
    void prepareBitcoin();
    void prepareStarknet();
    // Runs one of the wallet's signing calls (off the GUI thread; it answers the signed
    // transactions), turns each into the envelope the node takes and submits them in order. A
    // failure (a wrong password) asks again.
    template <typename T>
    void signWith(const std::function<void(Reply<QList<T>>)> &signCall,
                  const std::function<QString(const T &)> &envelope);
    void askSignatureAgain(const Error &e);
    void submit(int i);
    void confirm();
    Error paymentError(int i, const Error &e) const;
    Error insufficientFunds(const QString &coin, qint64 balance, qint64 needed,
                            bool developmentNetwork) const;
    void startCheckout(int i);
    void finishPaid();

    DealService *m_service;
    PaymentService *m_payments;
    AccountService *m_accounts;
    WalletService *m_wallet;
    QuoteRequest m_order;
    QString m_currency = QStringLiteral("XLM");
    State m_state = State::Idle;
    Error m_error;
    int m_step = 0;
    QString m_status;
    quint64 m_run = 0; // bumped by start() and stop(): late replies of an older run are dropped
    QString m_slaId;
    QStringList m_resumeIds; // resume(): the deals to pay, of the SLA's
    QList<Deal> m_deals;
    QList<PaymentIntent> m_intents;
    QList<stellar::Envelope> m_envelopes;
    QList<stellar::Network> m_networks;
    QList<algorand::Transaction> m_algorand;
    QList<psbt::Psbt> m_psbts;
    QList<starknet::InvokeV3> m_starknet;
    QList<PreparedPayment> m_prepared;
    QStringList m_signed;
    // Sign on another device: the submissions signed elsewhere, by payment, for run m_remoteRun.
    QHash<int, QString> m_remoteSigned;
    quint64 m_remoteRun = 0;
    QStringList m_confirming; // BTC: deals paid, waiting for their confirmations
    QTimer m_confirmTimer;
    int m_paid = 0;
    int m_checkoutDeal = -1;
    bool m_checking = false;
    QTimer m_checkoutTimer;
};

} // namespace fb
