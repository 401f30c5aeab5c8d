// StorageEndpoint: where a provider sells from (models/storageaccess.h's StorageAccess) kept per
// provider in QSettings, and the live probe that proves it works (list, put, get, delete a probe
// object through the storage layer's backends). The S3 secret key lives in SecretBytes in memory
// only: QSettings keeps the rest, and the panel asks for the secret again after a restart or
// once the wallet locked (ProviderSession drops it then).
#pragma once

#include "models/storageaccess.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace fb::storage {
class Backend;
class BackendOp;
} // namespace fb::storage

namespace fb::ui {

struct StorageEndpoint : StorageAccess
{
    // Per provider id, without the secret.
    void save(const QString &providerId) const;
    static StorageEndpoint load(const QString &providerId);
    // The folder suggested on the embedded development network: under the node's own
    // demo-storage, the only place its QoS oracle may probe file:// endpoints.
    static QString suggestedLocalFolder(const QString &appDataDir, const QString &name);
};

// Lists, puts, reads back and deletes a probe object. finished(ok, message) once; step(text)
// on each stage. Abort by deleting it.
class StorageProbe : public QObject
{
    Q_OBJECT
public:
    explicit StorageProbe(QObject *parent = nullptr);
    ~StorageProbe() override;
    void start(const StorageEndpoint &endpoint);
    bool running() const { return m_stage >= 0; }

Q_SIGNALS:
    void step(const QString &text);
    void finished(bool ok, const QString &message);

private:
    void next();
    void fail(const QString &what, const QString &why);
    std::unique_ptr<storage::Backend> m_backend;
    QPointer<storage::BackendOp> m_op;
    QString m_key;
    QByteArray m_payload;
    int m_stage = -1;
};

} // namespace fb::ui
