#include "wallet/derivationpath.h"

#include <QStringList>

namespace fb {

Result<DerivationPath> parseDerivationPath(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.isEmpty() || parts.first() != QLatin1String("m")) {
        return Result<DerivationPath>::failure(
            QStringLiteral("bad_path"),
            QStringLiteral("A derivation path starts with \"m\", e.g. m/44'/148'/0'."));
    }
    DerivationPath path;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString p = parts[i];
        bool hardened = false;
        if (p.endsWith(QLatin1Char('\'')) || p.endsWith(QLatin1Char('h')) ||
            p.endsWith(QLatin1Char('H'))) {
            hardened = true;
            p.chop(1);
        }
        bool ok = false;
        const qulonglong v = p.toULongLong(&ok);
        if (!ok || v >= kHardened || p.isEmpty() || !p.at(0).isDigit()) {
            return Result<DerivationPath>::failure(
                QStringLiteral("bad_path"),
                QStringLiteral("Level %1 of the derivation path (\"%2\") is not an index below "
                               "2^31.")
                    .arg(i)
                    .arg(parts[i]));
        }
        path.append(quint32(v) | (hardened ? kHardened : 0));
    }
    return path;
}

QString formatDerivationPath(const DerivationPath &path)
{
    QString s = QStringLiteral("m");
    for (quint32 i : path) {
        s += QLatin1Char('/') + QString::number(i & ~kHardened);
        if (i & kHardened)
            s += QLatin1Char('\'');
    }
    return s;
}

} // namespace fb
