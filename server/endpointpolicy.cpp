#include "server/endpointpolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fb::node {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointPolicy", text);
}

bool inAny(const QHostAddress &a, std::initializer_list<const char *> subnets)
{
    for (const char *s : subnets)
        if (a.isInSubnet(QHostAddress::parseSubnet(QLatin1String(s))))
            return true;
    return false;
}

QString normalName(QString host)
{
    host = host.toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

// Names that mean this machine whatever DNS says.
bool loopbackName(const QString &host)
{
    const QString h = normalName(host);
    return h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost"));
}

// Names of cloud metadata services.
bool metadataName(const QString &host)
{
    const QString h = normalName(host);
    return h == QLatin1String("metadata.google.internal") || h == QLatin1String("metadata") ||
           h == QLatin1String("instance-data");
}

} // namespace

bool EndpointPolicy::addressAllowed(const QHostAddress &address) const
{
    QHostAddress a = address;
    bool v4 = false;
    const quint32 mapped = a.toIPv4Address(&v4); // ::ffff:a.b.c.d is judged as a.b.c.d
    if (v4)
        a = QHostAddress(mapped);
    if (a.isNull() || a.isMulticast() || a.isBroadcast() || a.isLinkLocal() ||
        a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6)
        return false;
    // 0/8 "this network", 169.254/16 link-local and metadata, 240/4 reserved, the NAT64 and
    // 6to4/Teredo prefixes that embed an IPv4 address, fe80::/10, fec0::/10 site-local.
    if (inAny(a, {"0.0.0.0/8", "169.254.0.0/16", "240.0.0.0/4", "64:ff9b::/96", "2002::/16",
                  "2001::/32", "fe80::/10", "fec0::/10"}))
        return false;
    const bool local = a.isLoopback() || inAny(a, {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                                                   "100.64.0.0/10", "198.18.0.0/15", "fc00::/7"});
    return !local || allowPrivate;
}

bool EndpointPolicy::fileAllowed(const QString &localPath) const
{
    if (fileRoot.isEmpty() || !QDir::isAbsolutePath(localPath))
        return false;
    const QString root = QDir::cleanPath(fileRoot);
    auto under = [&root](const QString &p) {
        return p == root || p.startsWith(root + QLatin1Char('/'));
    };
    const QString clean = QDir::cleanPath(localPath);
    if (!under(clean))
        return false;
    // Inside the root by its text; a link inside it must not lead out either.
    const QString resolved = QFileInfo(clean).canonicalFilePath();
    const QString resolvedRoot = QFileInfo(root).canonicalFilePath();
    return resolved.isEmpty() || resolvedRoot.isEmpty() || resolved == resolvedRoot ||
           resolved.startsWith(resolvedRoot + QLatin1Char('/'));
}

QString EndpointPolicy::refusal(const QString &endpoint) const
{
    const QUrl u(endpoint, QUrl::StrictMode);
    if (u.isLocalFile()) {
        if (!u.host().isEmpty() || !fileAllowed(u.toLocalFile()))
            return tr("file:// endpoints must name a directory under %1 on this node.")
                .arg(fileRoot.isEmpty() ? tr("(none configured)") : fileRoot);
        return QString();
    }
    if (u.host().isEmpty())
        return tr("\"endpoint\" must name a host.");
    if (!u.userInfo().isEmpty())
        return tr("\"endpoint\" must not carry a user name or password.");
    const QHostAddress literal(u.host());
    const bool refused = literal.isNull()
                             ? metadataName(u.host()) || (loopbackName(u.host()) && !allowPrivate)
                             : !addressAllowed(literal);
    if (refused)
        return tr("\"endpoint\" must be a public address: loopback, private, link-local and "
                  "metadata addresses are not probed.");
    return QString();
}

} // namespace fb::node
