// What every typed platform service shares: the reply type of an asynchronous call, the guard
// that drops a reply whose receiver is gone, and the translation of a wire failure into an error
// a person can act on (what failed, why, and the next step).
//
// A service call takes a context object and a callback, like QFuture::then(context, ...): the
// callback runs on the context's thread, once, and never after the context was destroyed.
#pragma once

#include "models/apiclient.h"
#include "wallet/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace fb {

template <typename T> using Reply = std::function<void(Result<T>)>;

// done, unless context was given and is gone by the time the reply arrives.
template <typename T> Reply<T> guarded(QObject *context, Reply<T> done)
{
    const bool bound = context != nullptr;
    QPointer<QObject> alive(context);
    return [bound, alive, done = std::move(done)](Result<T> r) {
        if (bound && !alive)
            return;
        if (done)
            done(std::move(r));
    };
}

// The failure of a platform call, for people: "<what>: <why>. <next step>". The code stays
// machine-readable: the node's own code when it sent one ("payment_refused"), else the client's
// ("offline", "timeout", "unauthorized", "bad_reply", ...).
Error platformError(const ApiResponse &r, const QString &what);
// A reply that parsed as JSON but not as the expected type.
Error badReply(const QString &what, const QString &detail);

// Parses reply.json["items"] as a list of T (T::fromJson); any malformed item fails the list.
template <typename T>
Result<QList<T>> parseItems(const QJsonObject &json, const QString &what,
                            const QString &key = QStringLiteral("items"))
{
    const QJsonValue items = json.value(key);
    if (!items.isArray())
        return badReply(
            what, QCoreApplication::translate("fb::Services", "\"%1\" is not a list.").arg(key));
    QList<T> out;
    out.reserve(items.toArray().size());
    for (const QJsonValue &v : items.toArray()) {
        if (!v.isObject())
            return badReply(
                what, QCoreApplication::translate("fb::Services", "an entry is not an object."));
        auto item = T::fromJson(v.toObject());
        if (!item)
            return badReply(what, item.error().message);
        out.append(std::move(*item));
    }
    return out;
}

// Parses a whole reply object as T (T::fromJson); a malformed reply is badReply(what, ...).
template <typename T> Result<T> parseReply(const QJsonObject &json, const QString &what)
{
    auto v = T::fromJson(json);
    if (!v)
        return badReply(what, v.error().message);
    return std::move(*v);
}

// The ApiClient callback of a call whose reply is one T: failures become platformError(r, what),
// a success is parsed with parseReply<T>; after (if any) runs first on a success (a service
// asks the sync engine for the new state there).
template <typename T>
std::function<void(const ApiResponse &)> typedReply(Reply<T> reply, const QString &what,
                                                    std::function<void()> after = {})
{
    return [reply = std::move(reply), what, after = std::move(after)](const ApiResponse &r) {
        if (!r.ok()) {
            reply(platformError(r, what));
            return;
        }
        if (after)
            after();
        reply(parseReply<T>(r.json, what));
    };
}

// The same for a reply that is a list of T under "items".
template <typename T>
std::function<void(const ApiResponse &)> typedListReply(Reply<QList<T>> reply, const QString &what)
{
    return [reply = std::move(reply), what](const ApiResponse &r) {
        if (!r.ok()) {
            reply(platformError(r, what));
            return;
        }
        reply(parseItems<T>(r.json, what));
    };
}

// The error of a call made without a node (nothing configured, or not reachable yet).
Error notConnected();

} // namespace fb
