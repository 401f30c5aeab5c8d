#include "models/nodeprobe.h"

#include "models/apiclient.h"

namespace fb {

NodeProbe::NodeProbe(QObject *parent)
    : QObject(parent)
{}

NodeProbe::~NodeProbe() = default;

QByteArray NodeProbe::fingerprint(const QSslCertificate &cert)
{
    return ApiClient::certificateSha256(cert);
}

void NodeProbe::probe(const QUrl &url, const QByteArray &pinnedSha256, QObject *context,
                      Reply<NodeHealth> done)
{
    auto reply = guarded(context, std::move(done));
    m_client = std::make_unique<ApiClient>(url, std::make_shared<AuthSession>());
    m_client->setDefaultTimeoutMs(10000);
    m_client->setMaxGetAttempts(1);
    m_client->setPinnedCertificateSha256(pinnedSha256);
    const quint64 generation = ++m_generation;
    QPointer<NodeProbe> self(this);
    RequestOptions o;
    o.auth = false;
    m_client->get(
        QStringLiteral("/v1/health"), {},
        [self, generation, url, reply](const ApiResponse &r) {
            if (!self || generation != self->m_generation)
                return; // a newer probe replaced this one
            if (!r.ok()) {
                reply(*r.error);
                return;
            }
            reply(NodeHealth{url, r.json.value(QStringLiteral("version")).toString()});
        },
        o);
}

void NodeProbe::certificate(QObject *context, Reply<QSslCertificate> done)
{
    auto reply = guarded(context, std::move(done));
    if (!m_client) {
        reply(Error{QStringLiteral("offline"), tr("No node was tested yet.")});
        return;
    }
    const quint64 generation = m_generation;
    QPointer<NodeProbe> self(this);
    m_client->fetchServerCertificate([self, generation, reply](Result<QSslCertificate> c) {
        if (!self || generation != self->m_generation)
            return;
        reply(std::move(c));
    });
}

} // namespace fb
