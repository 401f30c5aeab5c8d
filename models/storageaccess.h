// StorageAccess: the store a provider sells from (an S3 bucket or, on the development network, a
// local folder) as a typed value, and its one JSON form: the plaintext a provider seals to a
// deal's consumer (docs/API.md "Sealed access plaintext"), which is also what the storage layer's
// makeBackend() opens. The S3 secret key lives in SecretBytes in memory only; toJson() copies it
// for sealing or a backend and the copy must not outlive that call.
#pragma once

#include "wallet/secretbytes.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace fb {

struct StorageAccess
{
    QString type = QStringLiteral("local"); // local | s3
    QString path;                           // local: absolute folder
    QString endpoint;                       // s3: http(s)://host:port
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    QString accessKey;
    bool pathStyle = true;
    std::shared_ptr<const SecretBytes> secretKey; // s3: never written anywhere

    bool isValid() const;
    bool isLocal() const { return type == QLatin1String("local"); }
    bool needsSecret() const { return type == QLatin1String("s3") && !secretKey; }
    // The offer's endpoint field: file:///abs/dir or the S3 URL.
    QString offerEndpoint() const;
    // The access one deal's consumer receives: a local store gives each deal a folder of its own
    // under path; an S3 store is shared as it is.
    StorageAccess forDeal(const QString &dealId) const;
    // The sealed-access plaintext. Contains the secret key: hand it straight to sealing or to a
    // backend, never log or store it.
    QJsonObject toJson() const;
};

} // namespace fb
