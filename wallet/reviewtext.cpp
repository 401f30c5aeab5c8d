#include "wallet/reviewtext.h"

#include "wallet/txreview.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

namespace fb::review {

namespace {

QMutex &formatterMutex()
{
    static QMutex m;
    return m;
}

Formatter &formatter()
{
    static Formatter f;
    return f;
}

Formatter current()
{
    QMutexLocker lock(&formatterMutex());
    return formatter();
}

} // namespace

void setFormatter(const Formatter &f)
{
    QMutexLocker lock(&formatterMutex());
    formatter() = f;
}

QString amount(const QString &baseUnits, int decimals, const QString &unit)
{
    const Formatter f = current();
    if (f.amount)
        return f.amount(baseUnits, decimals, unit);
    return formatUnits(baseUnits, decimals) + QLatin1Char(' ') + unit;
}

QString integer(const QString &digits)
{
    const Formatter f = current();
    return f.integer ? f.integer(digits) : digits;
}

QString integer(qint64 n)
{
    return integer(QString::number(n));
}

QString dateTime(const QDateTime &t)
{
    const Formatter f = current();
    if (f.dateTime)
        return f.dateTime(t);
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString dateTime(qint64 secsSinceEpoch)
{
    return dateTime(QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC));
}

bool hasDateFormatter()
{
    return bool(current().dateTime);
}

QString kindLabel(const QString &kind)
{
    struct Kind
    {
        const char *key;
        const char *label;
    };
    // The English label is the kind itself; translations keep it in parentheses.
    static const Kind kinds[] = {
        {"payment", QT_TRANSLATE_NOOP("fb::wallet::Review", "payment")},
        {"create_account", QT_TRANSLATE_NOOP("fb::wallet::Review", "create_account")},
        {"change_trust", QT_TRANSLATE_NOOP("fb::wallet::Review", "change_trust")},
        {"manage_data", QT_TRANSLATE_NOOP("fb::wallet::Review", "manage_data")},
        {"invoke_host_function", QT_TRANSLATE_NOOP("fb::wallet::Review", "invoke_host_function")},
        {"asset_opt_in", QT_TRANSLATE_NOOP("fb::wallet::Review", "asset_opt_in")},
        {"asset_transfer", QT_TRANSLATE_NOOP("fb::wallet::Review", "asset_transfer")},
        {"input", QT_TRANSLATE_NOOP("fb::wallet::Review", "input")},
        {"output", QT_TRANSLATE_NOOP("fb::wallet::Review", "output")},
        {"change", QT_TRANSLATE_NOOP("fb::wallet::Review", "change")},
        {"memo", QT_TRANSLATE_NOOP("fb::wallet::Review", "memo")},
        {"transfer", QT_TRANSLATE_NOOP("fb::wallet::Review", "transfer")},
        {"approve", QT_TRANSLATE_NOOP("fb::wallet::Review", "approve")},
        {"call", QT_TRANSLATE_NOOP("fb::wallet::Review", "call")},
        {"fee_bounds", QT_TRANSLATE_NOOP("fb::wallet::Review", "fee_bounds")},
    };
    for (const Kind &k : kinds) {
        if (kind == QLatin1String(k.key))
            return QCoreApplication::translate("fb::wallet::Review", k.label);
    }
    return kind;
}

} // namespace fb::review
