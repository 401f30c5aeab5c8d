#include "server/requestinput.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace fb::node::input {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Api", text);
}

Result<qint64> outOfRange(const QString &key, qint64 min, qint64 max)
{
    return Result<qint64>::failure(QStringLiteral("out_of_range"),
                                   tr("\"%1\" must be from %2 to %3.").arg(key).arg(min).arg(max));
}

Result<qint64> notInteger(const QString &key, qint64 min, qint64 max)
{
    return Result<qint64>::failure(
        QStringLiteral("bad_request"),
        tr("\"%1\" must be an integer (a number without fraction) from %2 to %3.")
            .arg(key)
            .arg(min)
            .arg(max));
}

} // namespace

Result<qint64> integer(const QJsonObject &body, const QString &key, qint64 min, qint64 max,
                       std::optional<qint64> absent)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (absent)
            return *absent;
        return notInteger(key, min, max);
    }
    if (!v.isDouble())
        return notInteger(key, min, max);
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d)
        return notInteger(key, min, max);
    // Whole, but beyond what a qint64 holds: out of every field's range.
    if (d >= 0x1p63 || d < -0x1p63)
        return outOfRange(key, min, max);
    const qint64 n = v.toInteger();
    if (n < min || n > max)
        return outOfRange(key, min, max);
    return n;
}

Result<qint64> queryInteger(const ApiRequest &r, const QString &key, qint64 min, qint64 max,
                            std::optional<qint64> absent)
{
    const QString text = r.queryValue(key);
    if (text.isEmpty()) {
        if (absent)
            return *absent;
        return notInteger(key, min, max);
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok) {
        // Digits only, but too long for 64 bits: a whole number out of range.
        static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
        if (digits.match(text).hasMatch())
            return outOfRange(key, min, max);
        return notInteger(key, min, max);
    }
    if (n < min || n > max)
        return outOfRange(key, min, max);
    return n;
}

Result<QString> text(const QJsonObject &body, const QString &key, bool required, int maxChars)
{
    const QJsonValue v = body.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        return Result<QString>::failure(QStringLiteral("bad_request"),
                                        tr("\"%1\" must be a string.").arg(key));
    const QString t = v.toString().trimmed();
    if (t.isEmpty() && required)
        return Result<QString>::failure(
            QStringLiteral("bad_request"),
            tr("Say why in \"%1\" (1 to %2 characters).").arg(key).arg(maxChars));
    if (t.size() > maxChars)
        return Result<QString>::failure(QStringLiteral("text_too_long"),
                                        tr("\"%1\" has %2 characters; at most %3 are kept.")
                                            .arg(key)
                                            .arg(t.size())
                                            .arg(maxChars));
    return t;
}

} // namespace fb::node::input
