#include "wallet/txreview.h"

#include <QJsonArray>

#include <limits>

namespace fb {

bool TxReview::hasWarning(const QString &code) const
{
    for (const auto &w : warnings) {
        if (w.code == code)
            return true;
    }
    return false;
}

static QString severityName(TxReviewWarning::Severity s)
{
    switch (s) {
    case TxReviewWarning::Notice:
        return QStringLiteral("notice");
    case TxReviewWarning::Caution:
        return QStringLiteral("caution");
    case TxReviewWarning::Danger:
        return QStringLiteral("danger");
    }
    return {};
}

QJsonObject TxReview::toJson() const
{
    QJsonArray jl;
    for (const auto &l : lines) {
        QJsonObject o{{QStringLiteral("kind"), l.kind}};
        if (!l.destination.isEmpty())
            o.insert(QStringLiteral("destination"), l.destination);
        if (!l.amountBase.isEmpty()) {
            o.insert(QStringLiteral("amountBase"), l.amountBase);
            o.insert(QStringLiteral("amount"), l.amount);
        }
        if (!l.asset.isEmpty())
            o.insert(QStringLiteral("asset"), l.asset);
        if (!l.details.isEmpty())
            o.insert(QStringLiteral("details"), QJsonArray::fromStringList(l.details));
        jl.append(o);
    }
    QJsonArray jw;
    for (const auto &w : warnings) {
        jw.append(QJsonObject{{QStringLiteral("severity"), severityName(w.severity)},
                              {QStringLiteral("code"), w.code},
                              {QStringLiteral("text"), w.text}});
    }
    return {{QStringLiteral("chain"), chain},
            {QStringLiteral("network"), network},
            {QStringLiteral("testNetwork"), testNetwork},
            {QStringLiteral("source"), source},
            {QStringLiteral("operations"), jl},
            {QStringLiteral("feeBase"), feeBase},
            {QStringLiteral("fee"), fee},
            {QStringLiteral("memo"), memo},
            {QStringLiteral("validity"), validity},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("signableInputs"), signableInputs},
            {QStringLiteral("warnings"), jw}};
}

QString TxReview::toText() const
{
    QStringList out;
    out << QStringLiteral("Chain:     %1").arg(chain);
    out << QStringLiteral("Network:   %1%2")
               .arg(network, testNetwork ? QStringLiteral(" (test network)") : QString());
    if (!source.isEmpty())
        out << QStringLiteral("Source:    %1").arg(source);
    int n = 0;
    for (const auto &l : lines) {
        QString head = QStringLiteral("  %1. %2").arg(++n).arg(l.kind);
        if (!l.amountBase.isEmpty())
            head += QStringLiteral(" %1 (%2 base units)").arg(l.amount, l.amountBase);
        if (!l.destination.isEmpty())
            head += QStringLiteral(" to %1").arg(l.destination);
        out << head;
        for (const auto &d : l.details)
            out << QStringLiteral("       %1").arg(d);
    }
    if (!feeBase.isEmpty())
        out << QStringLiteral("Fee:       %1 (%2 base units)").arg(fee, feeBase);
    if (!memo.isEmpty())
        out << QStringLiteral("Memo:      %1").arg(memo);
    if (!validity.isEmpty())
        out << QStringLiteral("Validity:  %1").arg(validity);
    if (!hash.isEmpty())
        out << QStringLiteral("Hash:      %1").arg(hash);
    if (signableInputs < 0)
        out << QStringLiteral("Signable:  not checked (give the wallet's keys to see what it can "
                              "sign)");
    else
        out << QStringLiteral("Signable:  %1 (signatures this wallet's keys can add)")
                   .arg(signableInputs);
    for (const auto &w : warnings)
        out << QStringLiteral("WARNING (%1): %2").arg(severityName(w.severity), w.text);
    return out.join(QLatin1Char('\n'));
}

QString formatUnits(const QString &baseUnits, int decimals)
{
    QString digits = baseUnits;
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    while (digits.size() <= decimals)
        digits.prepend(QLatin1Char('0'));
    QString whole = digits.left(digits.size() - decimals);
    QString frac = digits.right(decimals);
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString s = frac.isEmpty() ? whole : whole + QLatin1Char('.') + frac;
    return negative ? QLatin1Char('-') + s : s;
}

Result<qint64> parseUnits(const QString &text, int decimals)
{
    const QString t = text.trimmed();
    const auto parts = t.split(QLatin1Char('.'));
    auto bad = [&] {
        return Result<qint64>::failure(
            QStringLiteral("bad_amount"),
            QStringLiteral("\"%1\" is not an amount: use digits with at most %2 decimals, e.g. "
                           "12.5.")
                .arg(t)
                .arg(decimals));
    };
    if (t.isEmpty() || parts.size() > 2 || parts[0].isEmpty())
        return bad();
    const QString frac = parts.size() == 2 ? parts[1] : QString();
    if (frac.size() > decimals || (parts.size() == 2 && frac.isEmpty()))
        return bad();
    for (const auto &p : parts) {
        for (QChar c : p) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return bad();
        }
    }
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    bool ok = false;
    const qint64 whole = parts[0].toLongLong(&ok);
    if (!ok || whole > std::numeric_limits<qint64>::max() / scale - 1)
        return bad();
    const qint64 f =
        frac.isEmpty()
            ? 0
            : QString(frac + QString(decimals - frac.size(), QLatin1Char('0'))).toLongLong();
    return whole * scale + f;
}

} // namespace fb
