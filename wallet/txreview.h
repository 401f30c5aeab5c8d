// TxReview: the plain-words summary of a transaction shown before signing, built only from the
// decoded bytes. Every chain codec fills one; the CLI prints it (text or JSON) and the GUI shows
// it in the signing dialog.
#pragma once

#include "wallet/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

struct TxReviewLine
{
    QString kind;        // "payment", "create_account", "output", "input", "change_trust", ...
    QString destination; // address, or empty when the operation has none
    QString amountBase;  // integer in base units (stroops, microalgos, satoshis), "" if none
    QString amount;      // same amount in display units, e.g. "12.5000000 XLM"
    QString asset;       // "XLM", "USDC:GA5Z…", "ALGO", "ASA 31566704", "BTC"
    QStringList details; // further facts in plain words ("source override: G…", "ours: m/84'…")
};

struct TxReviewWarning
{
    enum Severity { Notice, Caution, Danger };
    Severity severity = Caution;
    QString code; // stable: "unknown_network", "high_fee", "foreign_change", "unsignable_input"
    QString text; // for people
};

struct TxReview
{
    QString chain;   // "stellar", "algorand", "bitcoin"
    QString network; // "public", "testnet", "mainnet", or the raw passphrase / genesis id
    bool testNetwork = false;
    QString source; // sending account, or empty (Bitcoin: inputs are listed as lines)
    QList<TxReviewLine> lines;
    QString feeBase;        // base units
    QString fee;            // display units
    QString memo;           // "text: hello", "id: 42", "note: 6869" ...
    QString validity;       // "sequence 123, valid until 2026-12-01 10:00 UTC" ...
    QString hash;           // transaction id as the chain's explorers show it
    int signableInputs = 0; // how many signatures this wallet can add
    QList<TxReviewWarning> warnings;

    void warn(TxReviewWarning::Severity severity, const QString &code, const QString &text)
    {
        warnings.append({severity, code, text});
    }
    bool hasWarning(const QString &code) const;

    QJsonObject toJson() const;
    QString toText() const; // the review as the CLI prints it
};

// Formats an integer amount of base units with the given decimals ("125000000", 7 -> "12.5").
QString formatUnits(const QString &baseUnits, int decimals);
// Parses a non-negative decimal amount with at most `decimals` places into base units
// ("12.5", 7 -> 125000000). Error bad_amount names the text and the rule.
Result<qint64> parseUnits(const QString &text, int decimals);

} // namespace fb
