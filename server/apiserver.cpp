#include "server/apiserver.h"

#include <QTimer>

#include "wire/domain.h"
#include "server/nodelog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

namespace fb::node {

Result<QJsonObject> ApiRequest::json() const
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            QStringLiteral("bad_json"),
            QCoreApplication::translate("Api", "The request body is not valid JSON: %1 at byte %2.")
                .arg(err.errorString())
                .arg(err.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("bad_json"),
            QCoreApplication::translate("Api", "The request body must be a JSON object."));
    return doc.object();
}

ApiReply ApiReply::json(const QJsonObject &o, int status)
{
    return ApiReply{status,
                    QJsonDocument(o).toJson(QJsonDocument::Compact),
                    QByteArrayLiteral("application/json"),
                    {}};
}

ApiReply ApiReply::rawJson(QByteArray body, int status)
{
    return ApiReply{status, std::move(body), QByteArrayLiteral("application/json"), {}};
}

ApiReply ApiReply::error(int status, const QString &code, const QString &message)
{
    return json(errorToJson(Error{code, message}), status);
}

ApiReply ApiReply::fromError(const Error &e)
{
    return error(statusForCode(e.code), e.code, e.message);
}

namespace {
// Every error code the node answers with and its status, as listed in docs/API.md.
const QHash<QString, int> &errorStatuses()
{
    static const QHash<QString, int> statuses = {
        {QStringLiteral("bad_json"), 400},
        {QStringLiteral("bad_request"), 400},
        {QStringLiteral("bad_address"), 400},
        {QStringLiteral("bad_signature"), 401},
        {QStringLiteral("unauthorized"), 401},
        {QStringLiteral("token_expired"), 401},
        {QStringLiteral("bad_nonce"), 401},
        {QStringLiteral("forbidden"), 403},
        {QStringLiteral("not_certified"), 403},
        {QStringLiteral("not_found"), 404},
        {QStringLiteral("conflict"), 409},
        {QStringLiteral("offer_locked"), 409},
        {QStringLiteral("bad_state"), 409},
        {QStringLiteral("already_exists"), 409},
        {QStringLiteral("payment_replayed"), 409},
        {QStringLiteral("too_large"), 413},
        {QStringLiteral("payment_refused"), 422},
        {QStringLiteral("unprocessable"), 422},
        {QStringLiteral("insufficient_capacity"), 422},
        {QStringLiteral("out_of_range"), 422},
        {QStringLiteral("amount_too_large"), 422},
        {QStringLiteral("text_too_long"), 422},
        {QStringLiteral("endpoint_not_allowed"), 422},
        {QStringLiteral("intent_expired"), 410},
        {QStringLiteral("too_many_unpaid_deals"), 429},
        {QStringLiteral("unsupported"), 501},
        {QStringLiteral("wrong_network"), 400},
        {QStringLiteral("method_not_allowed"), 405},
        {QStringLiteral("db_error"), 500},
    };
    return statuses;
}
} // namespace

int statusForCode(const QString &code)
{
    return errorStatuses().value(code, 500);
}

QStringList knownErrorCodes()
{
    return errorStatuses().keys();
}

// ---- LimitedTcpServer -----------------------------------------------------------------------

LimitedTcpServer::LimitedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_max(maxRequestBytes)
{}

void LimitedTcpServer::setTls(const QSslConfiguration &config)
{
    m_tls = config;
}

void LimitedTcpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(handle)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(*m_tls);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError> &errors) {
            qCInfo(lcNodeHttp) << "TLS handshake failed:" << errors.value(0).errorString();
            ssl->abort();
        });
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
    }
    // Replies go out as headers then body: without TCP_NODELAY, Nagle's algorithm and the
    // client's delayed ACK hold the body back for ~40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before the HTTP server's own handler, so it sees each chunk first. The
    // counter restarts whenever the node writes a reply.
    auto *received = new qint64(0);
    connect(socket, &QObject::destroyed, socket, [received] { delete received; });
    connect(socket, &QIODevice::bytesWritten, socket, [received](qint64) { *received = 0; });
    // Once refused, the rest of the upload is read and dropped, and the connection closes
    // when the client goes quiet: closing at once would reset it before it reads the 413.
    auto *drain = new QTimer(socket);
    drain->setSingleShot(true);
    drain->setInterval(500);
    connect(drain, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    connect(socket, &QIODevice::readyRead, socket, [this, socket, received, drain] {
        if (drain->property("refused").toBool()) {
            socket->readAll();
            drain->start();
            return;
        }
        *received += socket->bytesAvailable();
        if (*received <= m_max)
            return;
        const QByteArray body =
            QJsonDocument(errorToJson(Error{QStringLiteral("too_large"),
                                            QCoreApplication::translate(
                                                "Api", "The request is larger than %1 bytes; "
                                                       "send less data per request.")
                                                .arg(m_max)}))
                .toJson(QJsonDocument::Compact);
        qCInfo(lcNodeHttp) << "request from" << socket->peerAddress().toString() << "over" << m_max
                           << "bytes: refused with 413";
        socket->readAll(); // discard: the HTTP parser must not buffer it
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        drain->setProperty("refused", true);
        drain->start();
    });
    addPendingConnection(socket);
    emit newConnection();
}

QUrlQuery ApiRequest::form() const
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

ApiReply ApiReply::html(const QString &page, int status)
{
    ApiReply r;
    r.status = status;
    r.body = page.toUtf8();
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    return r;
}

// ---- ApiServer ------------------------------------------------------------------------------

ApiServer::ApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

void ApiServer::add(const QString &method, const QString &pattern, Handler handler)
{
    m_routes.append(
        Route{method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

namespace {
QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}
} // namespace

ApiReply ApiServer::dispatch(ApiRequest &req)
{
    const QStringList segs = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathMatched = false;
    for (const Route &r : std::as_const(m_routes)) {
        if (r.segments.size() != segs.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; i < segs.size() && match; ++i) {
            if (r.segments.at(i) == QLatin1String("{}"))
                params.append(segs.at(i));
            else
                match = r.segments.at(i) == segs.at(i);
        }
        if (!match)
            continue;
        pathMatched = true;
        if (r.method != req.method)
            continue;
        req.params = params;
        return r.handler(req);
    }
    if (pathMatched)
        return ApiReply::error(405, QStringLiteral("method_not_allowed"),
                               QCoreApplication::translate("Api", "%1 is not allowed on %2.")
                                   .arg(req.method, req.path));
    return ApiReply::error(404, QStringLiteral("not_found"),
                           QCoreApplication::translate("Api", "No endpoint %1 %2; see docs/API.md.")
                               .arg(req.method, req.path));
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ++m_count;
    ApiRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    req.query = request.query();
    req.body = request.body();
    req.remote = request.remoteAddress().toString();
    {
        QUrl origin = request.url();
        origin.setPath(QString());
        origin.setQuery(QString());
        origin.setFragment(QString());
        req.origin = origin;
    }
    const QByteArray auth = request.value(QByteArrayLiteral("authorization"));
    if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
        req.bearer = auth.mid(7).trimmed();
    const ApiReply reply = dispatch(req);
    auto responder = makeResponder(request, socket);
    // write(body, headers, status) spelled out: the reply's own headers are not a fixed list.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    qCInfo(lcNodeHttp).noquote() << req.remote << req.method << req.path << reply.status
                                 << reply.body.size() << "B" << timer.elapsed() << "ms";
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiReply reply =
        ApiReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
    makeResponder(request, socket)
        .write(reply.body, {{QByteArrayLiteral("Content-Type"), reply.contentType}},
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace fb::node
