#include "models/storageaccess.h"

#include <QDir>
#include <QUrl>

namespace fb {

bool StorageAccess::isValid() const
{
    if (isLocal())
        return !path.isEmpty() && QDir::isAbsolutePath(path);
    const QUrl u(endpoint);
    return type == QLatin1String("s3") && u.isValid() &&
           (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https")) &&
           !bucket.isEmpty() && !accessKey.isEmpty();
}

QString StorageAccess::offerEndpoint() const
{
    if (isLocal())
        return QUrl::fromLocalFile(QDir::cleanPath(path)).toString();
    return endpoint;
}

StorageAccess StorageAccess::forDeal(const QString &dealId) const
{
    StorageAccess a = *this;
    if (isLocal())
        a.path = dealId.isEmpty() ? QDir::cleanPath(path)
                                  : QDir::cleanPath(path + QLatin1Char('/') + dealId);
    return a;
}

QJsonObject StorageAccess::toJson() const
{
    if (isLocal())
        return {{QStringLiteral("type"), QStringLiteral("local")},
                {QStringLiteral("path"), QDir::cleanPath(path)}};
    return {
        {QStringLiteral("type"), QStringLiteral("s3")},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("region"), region},
        {QStringLiteral("bucket"), bucket},
        {QStringLiteral("accessKey"), accessKey},
        {QStringLiteral("secretKey"), secretKey ? QString::fromUtf8(secretKey->view()) : QString()},
        {QStringLiteral("pathStyle"), pathStyle}};
}

} // namespace fb
