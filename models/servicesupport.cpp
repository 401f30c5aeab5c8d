#include "models/servicesupport.h"

namespace fb {

namespace {

// The next step for a failure the user can do something about.
QString nextStep(const QString &code, int status)
{
    if (code == QLatin1String("offline"))
        return QCoreApplication::translate(
            "fb::Services", "Check the connection, or the node address in Settings.");
    if (code == QLatin1String("timeout"))
        return QCoreApplication::translate("fb::Services", "Try again in a moment.");
    if (code == QLatin1String("tls"))
        return QString(); // the transport's message already says where to look
    if (code == QLatin1String("unauthorized") || code == QLatin1String("token_expired") ||
        status == 401)
        return QCoreApplication::translate("fb::Services", "Sign in again with your wallet.");
    if (code == QLatin1String("not_certified"))
        return QCoreApplication::translate(
            "fb::Services", "Request certification on the Provider page and wait for an admin's "
                            "approval.");
    if (code == QLatin1String("offer_locked"))
        return QCoreApplication::translate(
            "fb::Services",
            "Wait until the agreements on it end, or publish a changed copy as a new "
            "offer.");
    if (code == QLatin1String("already_exists"))
        return QCoreApplication::translate(
            "fb::Services", "Refresh to see the existing record and change that one.");
    if (code == QLatin1String("forbidden") || status == 403)
        return QCoreApplication::translate("fb::Services", "Your account may not do this.");
    if (code == QLatin1String("not_found") || status == 404)
        return QCoreApplication::translate("fb::Services",
                                           "It may have been removed; refresh and try again.");
    if (code == QLatin1String("bad_reply"))
        return QCoreApplication::translate("fb::Services",
                                           "The node may run another version; check Settings.");
    if (status == 429)
        return QCoreApplication::translate("fb::Services",
                                           "The node is busy; wait a moment and try again.");
    if (status >= 500)
        return QCoreApplication::translate("fb::Services", "The node failed; try again later.");
    return QString();
}

} // namespace

Error platformError(const ApiResponse &r, const QString &what)
{
    const Error e = r.error
                        ? *r.error
                        : Error{QStringLiteral("unknown"),
                                QCoreApplication::translate("fb::Services", "Unknown failure.")};
    const QString code = r.serverCode.isEmpty() ? e.code : r.serverCode;
    QString message =
        what.isEmpty() ? e.message
                       : QCoreApplication::translate("fb::Services", "%1: %2").arg(what, e.message);
    const QString next = nextStep(code, r.httpStatus);
    if (!next.isEmpty())
        message += QLatin1Char(' ') + next;
    return Error{code, message};
}

Error badReply(const QString &what, const QString &detail)
{
    return Error{QStringLiteral("bad_reply"),
                 QCoreApplication::translate(
                     "fb::Services",
                     "%1: the node's reply cannot be read (%2). The node may run another "
                     "version; check Settings.")
                     .arg(what, detail)};
}

Error notConnected()
{
    return Error{QStringLiteral("offline"),
                 QCoreApplication::translate(
                     "fb::Services",
                     "Not connected to a platform node; check the node address in Settings.")};
}

} // namespace fb
