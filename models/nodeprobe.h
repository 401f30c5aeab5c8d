// NodeProbe: "Test connection" in Settings. Asks another node's /v1/health with its own client
// (no session, one attempt, a short timeout), and on a certificate this computer does not trust
// fetches that certificate so the user can compare its fingerprint before pinning it.
#pragma once

#include "models/servicesupport.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace fb {

class ApiClient;

struct NodeHealth
{
    QUrl url;
    QString version; // empty when the node does not say
};

class NodeProbe : public QObject
{
    Q_OBJECT

public:
    explicit NodeProbe(QObject *parent = nullptr);
    ~NodeProbe() override;

    // Probes url (pinnedSha256: a certificate fingerprint the user trusts, or empty). A newer
    // probe replaces a running one, whose answer is then dropped. Errors: the ApiClient codes,
    // "tls" for an untrusted certificate (then certificate() may help).
    void probe(const QUrl &url, const QByteArray &pinnedSha256, QObject *context,
               Reply<NodeHealth> done);
    // The last probed node's certificate, for the user to inspect.
    void certificate(QObject *context, Reply<QSslCertificate> done);
    static QByteArray fingerprint(const QSslCertificate &cert);

private:
    std::unique_ptr<ApiClient> m_client;
    quint64 m_generation = 0;
};

} // namespace fb
