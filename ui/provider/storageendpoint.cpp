#include "ui/provider/storageendpoint.h"

#include "storage/backend.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>

namespace fb::ui {

void StorageEndpoint::save(const QString &providerId) const
{
    QSettings s;
    s.beginGroup(QStringLiteral("provider/%1/storage").arg(providerId));
    s.setValue(QStringLiteral("type"), type);
    s.setValue(QStringLiteral("path"), path);
    s.setValue(QStringLiteral("endpoint"), endpoint);
    s.setValue(QStringLiteral("region"), region);
    s.setValue(QStringLiteral("bucket"), bucket);
    s.setValue(QStringLiteral("accessKey"), accessKey);
    s.setValue(QStringLiteral("pathStyle"), pathStyle);
    s.endGroup();
}

StorageEndpoint StorageEndpoint::load(const QString &providerId)
{
    StorageEndpoint e;
    QSettings s;
    s.beginGroup(QStringLiteral("provider/%1/storage").arg(providerId));
    e.type = s.value(QStringLiteral("type"), e.type).toString();
    e.path = s.value(QStringLiteral("path")).toString();
    e.endpoint = s.value(QStringLiteral("endpoint")).toString();
    e.region = s.value(QStringLiteral("region"), e.region).toString();
    e.bucket = s.value(QStringLiteral("bucket")).toString();
    e.accessKey = s.value(QStringLiteral("accessKey")).toString();
    e.pathStyle = s.value(QStringLiteral("pathStyle"), true).toBool();
    s.endGroup();
    return e;
}

QString StorageEndpoint::suggestedLocalFolder(const QString &appDataDir, const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower())
        slug += c.isLetterOrNumber() ? c : QLatin1Char('-');
    if (slug.isEmpty())
        slug = QStringLiteral("my-storage");
    return QDir::cleanPath(QDir(appDataDir).filePath(QStringLiteral("node/demo-storage/")) +
                           QLatin1Char('/') + slug);
}

// ---- StorageProbe ----

StorageProbe::StorageProbe(QObject *parent)
    : QObject(parent)
{}

StorageProbe::~StorageProbe()
{
    if (m_op)
        m_op->abort();
}

void StorageProbe::start(const StorageEndpoint &endpoint)
{
    if (m_op)
        m_op->abort();
    if (endpoint.isLocal())
        QDir().mkpath(endpoint.path); // a new folder is fine: the probe then writes into it
    QJsonObject access = endpoint.toJson();
    auto backend = storage::makeBackend(QStringLiteral("probe"), access);
    access = QJsonObject(); // the secret copy goes now; the backend holds it in SecretBytes
    if (!backend) {
        m_stage = -1;
        Q_EMIT finished(false,
                        tr("These settings cannot reach a store: %1").arg(backend.error().message));
        return;
    }
    m_backend = std::move(*backend);
    m_key = QStringLiteral("flashback-probe-%1.txt")
                .arg(QRandomGenerator::global()->generate64(), 0, 16);
    m_payload = QByteArrayLiteral("Flashback storage probe ") + m_key.toUtf8();
    m_stage = 0;
    next();
}

void StorageProbe::fail(const QString &what, const QString &why)
{
    m_stage = -1;
    Q_EMIT finished(false, tr("%1 failed: %2").arg(what, why));
}

void StorageProbe::next()
{
    // Stages: prepare, list, put, get (compare), delete.
    static const int kStages = 5;
    if (m_stage >= kStages) {
        m_stage = -1;
        Q_EMIT finished(true, tr("The store works: a probe object was listed, written, read back "
                                 "and deleted."));
        return;
    }
    storage::BackendOp *op = nullptr;
    QString what;
    switch (m_stage) {
    case 0:
        what = tr("Opening the bucket or folder");
        op = m_backend->prepare();
        break;
    case 1:
        what = tr("Listing objects");
        op = m_backend->list();
        break;
    case 2:
        what = tr("Writing a probe object");
        op = m_backend->putData(m_key, m_payload);
        break;
    case 3:
        what = tr("Reading it back");
        op = m_backend->get(m_key);
        break;
    case 4:
        what = tr("Deleting it");
        op = m_backend->remove(m_key);
        break;
    }
    Q_EMIT step(what + QStringLiteral("…"));
    m_op = op;
    op->setParent(this);
    auto done = [this, op, what] {
        op->deleteLater();
        if (!op->ok()) {
            fail(what, op->error().message);
            return;
        }
        if (m_stage == 3 && op->data() != m_payload) {
            fail(what, tr("the object read back differs from what was written"));
            return;
        }
        ++m_stage;
        next();
    };
    if (op->isFinished())
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
    else
        connect(op, &storage::BackendOp::finished, this, done);
}

} // namespace fb::ui
