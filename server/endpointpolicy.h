// EndpointPolicy: which storage endpoints an offer may name and the QoS oracle may probe. By
// default no loopback, private, link-local (cloud metadata), multicast or unspecified address,
// and file:// endpoints only under one configured directory; the development network's local
// providers are allowed by an explicit flag. Names are checked again, resolved, at probe time.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace fb::node {

struct EndpointPolicy
{
    // --allow-private-endpoints: loopback and private (RFC 1918, unique-local) addresses may be
    // probed, as the development network's local providers need. Link-local (where cloud
    // metadata services live), multicast and unspecified addresses are refused even then.
    bool allowPrivate = false;
    // --file-endpoint-root: file:// endpoints must lie under this directory (absolute, clean).
    QString fileRoot;

    // Empty when an offer may publish endpoint; else why not (for the provider).
    QString refusal(const QString &endpoint) const;
    // Whether the oracle may connect to a resolved address.
    bool addressAllowed(const QHostAddress &address) const;
    // Whether a file:// endpoint's directory is under the root (decided on the path's text first,
    // then on its resolved form, so neither ".." nor a symbolic link leads out).
    bool fileAllowed(const QString &localPath) const;
};

} // namespace fb::node
