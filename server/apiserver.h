// ApiServer: the HTTP front of the node. Routes /v1 requests to handlers that return JSON
// replies, enforces a request-size limit on the socket, speaks TLS when configured and logs
// every request. Built on Qt HttpServer (QAbstractHttpServer) for the HTTP protocol itself.
#pragma once

#include "wallet/result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace fb::node {

struct ApiRequest
{
    QString method;     // GET, POST, PUT, DELETE
    QString path;       // full path, "/v1/offers/abc"
    QStringList params; // values of the {placeholders} of the matched route, in order
    QUrlQuery query;
    QByteArray body;
    QByteArray bearer; // Authorization: Bearer value, if any
    QString remote;
    QUrl origin; // scheme, host and port the client used ("http://127.0.0.1:8080")

    // The body as a form (application/x-www-form-urlencoded): key to value, '+' read as space.
    QUrlQuery form() const;
    // The body as a JSON object, or a bad_json error saying why.
    Result<QJsonObject> json() const;
    QString param(int i) const { return params.value(i); }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers; // beyond Content-Type and Cache-Control

    static ApiReply json(const QJsonObject &o, int status = 200);
    static ApiReply rawJson(QByteArray body, int status = 200);
    static ApiReply html(const QString &page, int status = 200);
    static ApiReply error(int status, const QString &code, const QString &message);
    // An Error from a lower layer, with the status its code implies.
    static ApiReply fromError(const Error &e);
};

// Accepts connections for ApiServer: plain TCP or TLS, and cuts a connection that sends more
// than maxRequestBytes before the node answered (oversized body or headers) with a 413 reply.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit LimitedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);
    void setTls(const QSslConfiguration &config);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_max;
    std::optional<QSslConfiguration> m_tls;
};

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiReply(ApiRequest &)>;
    explicit ApiServer(QObject *parent = nullptr);

    // pattern like "/v1/offers/{}/qos"; "{}" captures one path segment.
    void add(const QString &method, const QString &pattern, Handler handler);
    // Called for every request before routing (e.g. for metrics); may be empty.
    qint64 requestCount() const { return m_count; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
    };
    ApiReply dispatch(ApiRequest &req);
    QList<Route> m_routes;
    qint64 m_count = 0;
};

// Maps an error code to its HTTP status (400, 401, 403, 404, 409, 422, ...).
int statusForCode(const QString &code);
// Every code statusForCode knows (the list docs/API.md documents).
QStringList knownErrorCodes();

} // namespace fb::node
