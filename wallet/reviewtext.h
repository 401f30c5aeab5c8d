// ReviewText: the words and values of a transaction review (TxReview) in the user's language.
// Words go through QCoreApplication::translate with the context "fb::wallet::Review"; amounts,
// plain integers and dates go through a formatter the app fills when the user's language is not
// English (the wallet library has no idea of the user's locale). Without a translator and a
// formatter (the command-line tools, the C and English locales) every text is the plain English
// form the CLI prints: "1.5 XLM", "15000000", "2026-12-07 02:32:31 UTC".
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace fb::review {

struct Formatter
{
    // (base units as digits, decimals of the unit, unit) -> "1,5 XLM"; unit may be empty.
    std::function<QString(const QString &baseUnits, int decimals, const QString &unit)> amount;
    // digits -> "15 000 000"
    std::function<QString(const QString &digits)> integer;
    // an instant -> "7 déc. 2026 03:32 CET"
    std::function<QString(const QDateTime &t)> dateTime;
};

// Installs f (its empty members keep the plain forms); Formatter{} restores the plain forms.
void setFormatter(const Formatter &f);

QString amount(const QString &baseUnits, int decimals, const QString &unit);
QString integer(const QString &digits);
QString integer(qint64 n);
QString dateTime(const QDateTime &t);
QString dateTime(qint64 secsSinceEpoch);
// Whether the app installed a date formatter (texts that have their own plain form use it then).
bool hasDateFormatter();
// An operation kind ("payment", "create_account", "output", ...) in the user's language, the
// chain's own name kept in parentheses where it is a technical term: "paiement (payment)".
// English: the kind itself.
QString kindLabel(const QString &kind);

} // namespace fb::review
