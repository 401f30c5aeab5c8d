// Sign on another device, the part every flow shares: what leaves for an offline signer (a
// signing request file, and what a QR code carries) and the check that what comes back is the
// very transaction exported, signed by this wallet. A flow that pays (the SLA wizard's
// PurchaseSession, the Wallet page's WalletSend) offers itself as a SignElsewhereFlow, and one
// dialog (ui/dialogs/SignElsewhereDialog) shows any of them.
#pragma once

#include "wallet/offlinetx.h"
#include "wallet/result.h"
#include "wallet/stellar.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace fb {

// One unsigned transaction for another device.
struct SigningExport
{
    QString label;         // "Payment 1 of 2", "The payment"
    QString fileName;      // "payment-1-of-2-stellar.json", "send-algorand-1a2b3c4d.json"
    QByteArray request;    // the signing request file (offlinetx::signingRequest, JSON)
    QString urType;        // what the QR code carries: "bytes" (the request) or
    QByteArray urPayload;  // "crypto-psbt" (the bare PSBT, for Sparrow and hardware signers)
    QString transactionId; // what the signed one must match
};

class SignElsewhereFlow
{
public:
    virtual ~SignElsewhereFlow() = default;
    // The unsigned transactions waiting for a signature (empty when none is).
    virtual QList<SigningExport> signingExports() const = 0;
    // What is exported, in plain words (several lines), for the online side to compare with
    // the signer's review.
    virtual QString exportSummary() const = 0;
    // Takes back one signed transaction, in any form the signer writes (file text, binary, a
    // QR payload). Returns its index among signingExports(). Errors: wrong_state, the
    // decoder's, not_this_payment, not_signed.
    virtual Result<int> addSigned(QByteArrayView bytes) = 0;
    virtual int signedCount() const = 0;
    virtual bool signedComplete() const = 0;
    // Submits what was signed once everything is, and follows it as password signing does.
    virtual Result<Ok> submitSigned() = 0;
};

namespace signelsewhere {

// Who must have signed a transaction that came back.
struct Signer
{
    stellar::Network stellarNetwork; // Stellar: the network the signature is made for
    QByteArray stellarSource;        // Stellar: the source account's 32-byte key
    QString starknetPublicKey;       // Starknet: 0x hex of the account's key (empty: unknown,
                                     // the node checks)
};

// Checks that tx (already matched to an exported transaction by its id) carries a valid
// signature of this wallet's account (Bitcoin: every input signed, finalised) and returns what
// the ledger takes (AccountService::transfer's envelope). what names it in the error
// ("Payment 2", "The payment"). Errors: not_signed.
Result<QString> signedSubmission(const offlinetx::Transaction &tx, const Signer &signer,
                                 const QString &what);

} // namespace signelsewhere
} // namespace fb
