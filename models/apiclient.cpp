#include "models/apiclient.h"

#include "models/modelslog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutexLocker>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace fb {

// ---- AuthSession ----------------------------------------------------------------------------

void AuthSession::setTokens(const AuthTokens &t)
{
    QMutexLocker l(&m_mutex);
    m_tokens = t;
    ++m_generation;
}

void AuthSession::clear()
{
    QMutexLocker l(&m_mutex);
    m_tokens = AuthTokens{};
    ++m_generation;
}

bool AuthSession::isSignedIn() const
{
    QMutexLocker l(&m_mutex);
    return !m_tokens.accessToken.isEmpty();
}

QString AuthSession::accessToken() const
{
    QMutexLocker l(&m_mutex);
    return m_tokens.accessToken;
}

QString AuthSession::refreshToken() const
{
    QMutexLocker l(&m_mutex);
    return m_tokens.refreshToken;
}

QString AuthSession::address() const
{
    QMutexLocker l(&m_mutex);
    return m_tokens.address;
}

QStringList AuthSession::roles() const
{
    QMutexLocker l(&m_mutex);
    return m_tokens.roles;
}

quint64 AuthSession::generation() const
{
    QMutexLocker l(&m_mutex);
    return m_generation;
}

bool AuthSession::beginRefresh()
{
    QMutexLocker l(&m_mutex);
    if (m_refreshing)
        return false;
    m_refreshing = true;
    return true;
}

void AuthSession::endRefresh()
{
    QMutexLocker l(&m_mutex);
    m_refreshing = false;
}

bool AuthSession::refreshing() const
{
    QMutexLocker l(&m_mutex);
    return m_refreshing;
}

// ---- helpers --------------------------------------------------------------------------------

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            QStringLiteral("bad_reply"),
            QObject::tr("The server sent malformed JSON (%1 at byte %2).")
                .arg(pe.errorString())
                .arg(pe.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("bad_reply"), QObject::tr("The server's reply is not a JSON object."));
    return doc.object();
}

namespace {

ApiResponse failure(int status, Error e, QString serverCode = {})
{
    ApiResponse r;
    r.httpStatus = status;
    r.error = std::move(e);
    r.serverCode = std::move(serverCode);
    return r;
}
Error err(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

bool retryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}
} // namespace

Error ApiClient::toError(const ApiResponse &r)
{
    return r.error ? *r.error : Error{};
}

QByteArray ApiClient::certificateSha256(const QSslCertificate &cert)
{
    return cert.digest(QCryptographicHash::Sha256);
}

// ---- ApiClient ------------------------------------------------------------------------------

struct ApiClient::Call
{
    QByteArray verb;
    QString path;
    QUrlQuery query;
    QByteArray body;
    Callback done;
    RequestOptions options;
    int attempt = 0;
    int maxAttempts = 1;
    bool sentBearer = false;
    quint64 generation = 0;
    bool refreshed = false;
    // per attempt
    QByteArray buffer;
    bool tooLarge = false;
    bool canceled = false;
    QString tlsError;
    QPointer<QNetworkReply> reply;
};

ApiClient::ApiClient(QObject *parent)
    : ApiClient(QUrl(), std::make_shared<AuthSession>(), parent)
{}

ApiClient::ApiClient(QUrl baseUrl, std::shared_ptr<AuthSession> session, QObject *parent)
    : QObject(parent)
    , m_base(std::move(baseUrl))
    , m_session(session ? std::move(session) : std::make_shared<AuthSession>())
{
    m_nam.setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    *m_alive = false;
    for (const std::shared_ptr<Call> &c : m_calls)
        c->done = nullptr; // nobody to tell any more
    abortAll();
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    QString p = u.path();
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

void ApiClient::request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, Callback done, RequestOptions o)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->path = path;
    call->query = query;
    call->body = body;
    call->done = std::move(done);
    call->options = o;
    call->maxAttempts = o.maxAttempts > 0 ? o.maxAttempts : (verb == "GET" ? m_getAttempts : 1);
    send(call);
}

void ApiClient::get(const QString &path, const QUrlQuery &query, Callback done, RequestOptions o)
{
    request("GET", path, query, {}, std::move(done), o);
}

void ApiClient::post(const QString &path, const QJsonObject &body, Callback done, RequestOptions o)
{
    request("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done),
            o);
}

void ApiClient::put(const QString &path, const QJsonObject &body, Callback done, RequestOptions o)
{
    request("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done),
            o);
}

void ApiClient::del(const QString &path, Callback done, RequestOptions o)
{
    request("DELETE", path, {}, {}, std::move(done), o);
}

void ApiClient::send(const std::shared_ptr<Call> &call)
{
    ++call->attempt;
    call->buffer.clear();
    call->tooLarge = false;
    call->tlsError.clear();

    if (!m_base.isValid() || m_base.scheme().isEmpty()) {
        complete(call, failure(0, err("offline", tr("No platform URL is configured."))));
        return;
    }
    QNetworkRequest req(urlFor(call->path, call->query));
    req.setTransferTimeout(call->options.timeoutMs > 0 ? call->options.timeoutMs : m_timeoutMs);
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!call->body.isEmpty() || call->verb == "POST" || call->verb == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    call->generation = m_session->generation();
    call->sentBearer = false;
    if (call->options.auth) {
        const QString token = m_session->accessToken();
        if (!token.isEmpty()) {
            req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            call->sentBearer = true;
        }
    }
    QNetworkReply *reply = nullptr;
    if (call->verb == "GET")
        reply = m_nam.get(req);
    else
        reply = m_nam.sendCustomRequest(req, call->verb, call->body);
    reply->setReadBufferSize(0);
    call->reply = reply;
    if (!m_calls.contains(call))
        m_calls.append(call);
    const qint64 cap = m_maxReplyBytes;

    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, call, cap] {
        const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid() && len.toLongLong() > cap && !call->tooLarge) {
            call->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, call, cap] {
        if (call->tooLarge)
            return;
        if (reply->isOpen())
            call->buffer += reply->readAll();
        if (call->buffer.size() > cap) {
            call->tooLarge = true;
            call->buffer.clear();
            reply->abort();
        }
    });
    const QByteArray pin = m_pin;
    connect(reply, &QNetworkReply::sslErrors, this,
            [reply, call, pin](const QList<QSslError> &errors) {
                if (!pin.isEmpty() &&
                    certificateSha256(reply->sslConfiguration().peerCertificate()) == pin) {
                    reply->ignoreSslErrors();
                    return;
                }
                QStringList texts;
                for (const QSslError &e : errors)
                    texts << e.errorString();
                call->tlsError = texts.join(QStringLiteral("; "));
            });
    connect(reply, &QNetworkReply::encrypted, this, [reply, call, pin] {
        if (!pin.isEmpty() &&
            certificateSha256(reply->sslConfiguration().peerCertificate()) != pin) {
            call->tlsError = tr("The server's certificate is not the one you trusted (pinned).");
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
}

void ApiClient::finish(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    call->reply = nullptr;
    reply->deleteLater();
    if (!call->tooLarge && reply->isOpen()) {
        call->buffer += reply->readAll();
        if (call->buffer.size() > m_maxReplyBytes)
            call->tooLarge = true;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const bool idempotent = call->verb == "GET";
    auto canRetry = [&] { return idempotent && call->attempt < call->maxAttempts; };

    if (call->canceled) {
        complete(call, failure(status, err("canceled", tr("The request was canceled."))));
        return;
    }
    if (call->tooLarge) {
        complete(call,
                 failure(status, err("too_large", tr("The server's reply is larger than %1 bytes; "
                                                     "it was refused.")
                                                      .arg(m_maxReplyBytes))));
        return;
    }
    if (!call->tlsError.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        const QString why = call->tlsError.isEmpty() ? reply->errorString() : call->tlsError;
        complete(call, failure(0, err("tls", tr("The secure connection was refused: %1. Check the "
                                                "node address or trust its certificate in "
                                                "Settings.")
                                                 .arg(why))));
        return;
    }
    if (status == 0) {
        Error e;
        if (netError == QNetworkReply::TimeoutError ||
            netError == QNetworkReply::OperationCanceledError)
            e = err("timeout", tr("The server did not answer in time."));
        else if (netError == QNetworkReply::NoError)
            e = err("bad_reply", tr("The server's reply is not HTTP."));
        else if (netError == QNetworkReply::ProtocolFailure ||
                 netError == QNetworkReply::ProtocolUnknownError)
            e = err("bad_reply",
                    tr("The server's reply is not valid HTTP: %1").arg(reply->errorString()));
        else
            e = err("offline", tr("Cannot reach the server: %1").arg(reply->errorString()));
        qCDebug(lcApi) << call->verb << call->path << "failed:" << e.code << "attempt"
                       << call->attempt;
        if (canRetry() && e.code != QLatin1String("bad_reply")) {
            retryLater(call, call->attempt);
            return;
        }
        complete(call, failure(0, e));
        return;
    }
    if (status >= 300) {
        QString serverCode;
        QString message;
        if (auto body = parseJsonObject(call->buffer)) {
            if (auto se = errorFromJson(*body)) {
                serverCode = se->code;
                message = se->message;
            }
        }
        qCDebug(lcApi) << call->verb << call->path << "->" << status << serverCode;
        if (status == 401 && serverCode == QLatin1String("token_expired") && call->sentBearer &&
            !call->refreshed) {
            refreshThenRetry(call);
            return;
        }
        if (retryableStatus(status) && canRetry()) {
            retryLater(call, call->attempt);
            return;
        }
        if (message.isEmpty())
            message = tr("The server answered HTTP %1.").arg(status);
        complete(call, failure(status, Error{QStringLiteral("http_%1").arg(status), message},
                               serverCode));
        return;
    }
    if (call->options.rawBody) {
        complete(
            call,
            ApiResponse{
                status, {}, std::nullopt, {}, std::move(call->buffer), reply->rawHeaderPairs()});
        return;
    }
    auto body = parseJsonObject(call->buffer);
    if (!body) {
        complete(call, failure(status, body.error()));
        return;
    }
    complete(call, ApiResponse{status, *body, std::nullopt, {}, {}, {}});
}

void ApiClient::complete(const std::shared_ptr<Call> &call, ApiResponse r)
{
    m_calls.removeAll(call);
    Callback done = std::move(call->done);
    call->done = nullptr;
    if (done)
        done(r);
}

void ApiClient::retryLater(const std::shared_ptr<Call> &call, int attempt)
{
    const qint64 base =
        std::min<qint64>(qint64(m_backoffBaseMs) << std::min(attempt - 1, 20), m_backoffMaxMs);
    // +-50 % jitter so clients that lost the server together do not return together.
    const qint64 delay = base / 2 + QRandomGenerator::global()->bounded(base + 1);
    std::weak_ptr<bool> alive = m_alive;
    QTimer::singleShot(int(delay), this, [this, call, alive] {
        if (alive.expired() || !*alive.lock())
            return;
        if (call->canceled) {
            complete(call, failure(0, err("canceled", tr("The request was canceled."))));
            return;
        }
        send(call);
    });
}

void ApiClient::refreshThenRetry(const std::shared_ptr<Call> &call)
{
    call->refreshed = true;
    if (m_session->generation() != call->generation) { // somebody refreshed meanwhile
        send(call);
        return;
    }
    auto afterRefresh = [this, call](Status s) {
        if (s) {
            send(call);
            return;
        }
        complete(call, failure(401, s.error(), QStringLiteral("token_expired")));
    };
    refresh(afterRefresh);
}

void ApiClient::refresh(std::function<void(Status)> done)
{
    if (!m_session->beginRefresh()) {
        // Another client is refreshing: wait for it and use its tokens.
        const quint64 gen = m_session->generation();
        auto waited = std::make_shared<int>(0);
        auto poll = std::make_shared<std::function<void()>>();
        *poll = [this, gen, waited, done, poll]() mutable {
            if (!m_session->refreshing() || *waited > 600) {
                if (m_session->generation() != gen && m_session->isSignedIn())
                    done(success());
                else
                    done(Status::failure(QStringLiteral("unauthorized"),
                                         tr("The session ended; sign in again.")));
                poll.reset();
                return;
            }
            ++*waited;
            auto self = poll;
            QTimer::singleShot(50, this, [self] { (*self)(); });
        };
        QTimer::singleShot(50, this, [poll] { (*poll)(); });
        return;
    }
    const QString token = m_session->refreshToken();
    if (token.isEmpty()) {
        m_session->endRefresh();
        done(Status::failure(QStringLiteral("unauthorized"),
                             tr("Not signed in; sign in with your wallet.")));
        return;
    }
    RequestOptions o;
    o.auth = false;
    o.maxAttempts = 1; // single-use token: never resend blindly
    post(
        QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refreshToken"), token}},
        [this, done](const ApiResponse &r) {
            if (!r.ok()) {
                m_session->endRefresh();
                if (r.httpStatus == 401 || r.httpStatus == 400) {
                    m_session->clear();
                    qCInfo(lcApi) << "session ended: refresh refused";
                    emit sessionExpired();
                    done(Status::failure(QStringLiteral("unauthorized"),
                                         tr("The session expired; sign in again.")));
                } else {
                    done(Status(*r.error));
                }
                return;
            }
            auto t = AuthTokens::fromJson(r.json);
            if (!t || t->accessToken.isEmpty() || t->refreshToken.isEmpty()) {
                m_session->endRefresh();
                done(Status::failure(QStringLiteral("bad_reply"),
                                     tr("The server's token reply is malformed.")));
                return;
            }
            m_session->setTokens(*t);
            m_session->endRefresh();
            qCDebug(lcApi) << "tokens refreshed";
            done(success());
        },
        o);
}

void ApiClient::login(const QString &address, MessageSigner signer,
                      std::function<void(Status)> done)
{
    loginAsync(
        address,
        [signer = std::move(signer)](const QByteArray &message,
                                     std::function<void(QByteArray)> signature) {
            signature(signer ? signer(message) : QByteArray());
        },
        std::move(done));
}

void ApiClient::loginAsync(const QString &address, AsyncMessageSigner signer,
                           std::function<void(Status)> done)
{
    RequestOptions o;
    o.auth = false;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("address"), address);
    QPointer<ApiClient> self(this);
    get(
        QStringLiteral("/v1/auth/nonce"), q,
        [self, address, signer = std::move(signer), done](const ApiResponse &r) {
            if (!r.ok()) {
                done(Status(*r.error));
                return;
            }
            auto nonce = AuthNonce::fromJson(r.json);
            if (!nonce) {
                done(Status::failure(QStringLiteral("bad_reply"), nonce.error().message));
                return;
            }
            const QString nonceText = nonce->nonce;
            auto answer = [self, address, nonceText, done](QByteArray signature) {
                if (!self) {
                    done(Status::failure(QStringLiteral("canceled"),
                                         tr("The sign-in was abandoned.")));
                    return;
                }
                self->submitLogin(address, nonceText, signature, done);
            };
            if (!signer) {
                answer({});
                return;
            }
            signer(nonce->message.toUtf8(), answer);
        },
        o);
}

void ApiClient::submitLogin(const QString &address, const QString &nonce,
                            const QByteArray &signature, std::function<void(Status)> done)
{
    if (signature.size() != 64) {
        done(Status::failure(QStringLiteral("bad_signature"),
                             tr("The wallet did not sign the login message.")));
        return;
    }
    RequestOptions po;
    po.auth = false;
    post(
        QStringLiteral("/v1/auth/web3"),
        {{QStringLiteral("address"), address},
         {QStringLiteral("network"), m_network},
         {QStringLiteral("nonce"), nonce},
         {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}},
        [this, address, done](const ApiResponse &r2) {
            if (!r2.ok()) {
                if (!r2.serverCode.isEmpty())
                    done(Status::failure(r2.serverCode, r2.error->message));
                else
                    done(Status(*r2.error));
                return;
            }
            auto t = AuthTokens::fromJson(r2.json);
            if (!t || t->accessToken.isEmpty() || t->refreshToken.isEmpty() ||
                t->address != address) {
                done(Status::failure(QStringLiteral("bad_reply"),
                                     tr("The server's token reply is malformed.")));
                return;
            }
            m_session->setTokens(*t);
            qCInfo(lcApi) << "signed in as" << address;
            done(success());
        },
        po);
}

void ApiClient::logout(std::function<void(Status)> done)
{
    const QString refreshToken = m_session->refreshToken();
    if (!m_session->isSignedIn()) {
        done(success());
        return;
    }
    QJsonObject body;
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refreshToken"), refreshToken);
    post(QStringLiteral("/v1/auth/logout"), body, [this, done](const ApiResponse &r) {
        m_session->clear(); // signed out locally whatever the server said
        done(r.ok() ? success() : Status(*r.error));
    });
}

Result<ChangesPage> ApiClient::parseChangesPage(const QByteArray &body, qint64 since)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    auto page = ChangesPage::fromJson(*json);
    if (!page)
        return Error{QStringLiteral("bad_reply"), page.error().message};
    // The feed's contract: ascending seqs after the cursor, next = the last seq.
    qint64 prev = since;
    for (const Change &c : page->changes) {
        if (c.seq <= prev || c.id.isEmpty() || c.entity.isEmpty() ||
            (c.op != QLatin1String("upsert") && c.op != QLatin1String("delete")))
            return Error{
                QStringLiteral("bad_reply"),
                QObject::tr("The changes feed is out of order or malformed at seq %1.").arg(c.seq)};
        prev = c.seq;
    }
    if (page->next < since || (!page->changes.isEmpty() && page->next != prev) ||
        (page->changes.isEmpty() && page->hasMore))
        return Error{QStringLiteral("bad_reply"),
                     QObject::tr("The changes feed's cursor is inconsistent.")};
    return page;
}

Result<ChangesPage> ApiClient::parseChangesBody(const ChangesBody &reply)
{
    auto page = parseChangesPage(reply.body, reply.since);
    if (page && reply.next && (page->next != *reply.next || page->hasMore != reply.hasMore))
        return Error{QStringLiteral("bad_reply"),
                     QObject::tr("The changes feed's cursor headers disagree with its page.")};
    return page;
}

void ApiClient::changesBody(qint64 since, int limit, std::function<void(Result<ChangesBody>)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(since));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    RequestOptions o;
    o.rawBody = true;
    get(
        QStringLiteral("/v1/changes"), q,
        [since, done](const ApiResponse &r) {
            if (!r.ok()) {
                done(*r.error);
                return;
            }
            ChangesBody out{r.body, since, std::nullopt, false};
            QByteArray next;
            QByteArray more;
            for (const auto &[name, value] : r.headers) {
                if (name.compare("Flashback-Next-Cursor", Qt::CaseInsensitive) == 0)
                    next = value.trimmed();
                else if (name.compare("Flashback-Has-More", Qt::CaseInsensitive) == 0)
                    more = value.trimmed();
            }
            if (!next.isNull() || !more.isNull()) {
                // Sent, so it must make sense: a cursor that moves on unless the feed ended.
                bool ok = false;
                const qint64 n = next.toLongLong(&ok);
                const bool hasMore = more == "true";
                if (!ok || n < since || (hasMore && n == since) || (!hasMore && more != "false")) {
                    done(Error{QStringLiteral("bad_reply"),
                               QObject::tr("The changes feed's cursor headers are malformed.")});
                    return;
                }
                out.next = n;
                out.hasMore = hasMore;
            }
            done(std::move(out));
        },
        o);
}

void ApiClient::offers(const QUrlQuery &filters, std::function<void(Result<QList<Offer>>)> done)
{
    get(QStringLiteral("/v1/offers"), filters, [done](const ApiResponse &r) {
        if (!r.ok()) {
            done(*r.error);
            return;
        }
        const QJsonValue items = r.json.value(QStringLiteral("items"));
        if (!items.isArray()) {
            done(Error{QStringLiteral("bad_reply"), QObject::tr("\"items\" is not an array.")});
            return;
        }
        QList<Offer> out;
        for (const QJsonValue &v : items.toArray()) {
            if (!v.isObject()) {
                done(Error{QStringLiteral("bad_reply"), QObject::tr("An offer is not an object.")});
                return;
            }
            auto o = Offer::fromJson(v.toObject());
            if (!o) {
                done(Error{QStringLiteral("bad_reply"), o.error().message});
                return;
            }
            out.append(*o);
        }
        done(out);
    });
}

void ApiClient::offerQos(const QString &offerId, std::function<void(Result<QList<QosSample>>)> done)
{
    get(QStringLiteral("/v1/offers/%1/qos")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(offerId))),
        {}, [done](const ApiResponse &r) {
            if (!r.ok()) {
                done(*r.error);
                return;
            }
            const QJsonValue series = r.json.value(QStringLiteral("series"));
            if (!series.isArray()) {
                done(
                    Error{QStringLiteral("bad_reply"), QObject::tr("\"series\" is not an array.")});
                return;
            }
            QList<QosSample> out;
            for (const QJsonValue &v : series.toArray()) {
                auto s = v.isObject() ? QosSample::fromJson(v.toObject())
                                      : Result<QosSample>::failure(QStringLiteral("bad_json"),
                                                                   QStringLiteral("not an object"));
                if (!s) {
                    done(Error{QStringLiteral("bad_reply"), s.error().message});
                    return;
                }
                out.append(*s);
            }
            done(out);
        });
}

void ApiClient::fetchServerCertificate(std::function<void(Result<QSslCertificate>)> done)
{
    QNetworkRequest req(urlFor(QStringLiteral("/v1/health"), {}));
    req.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam.get(req);
    auto cert = std::make_shared<QSslCertificate>();
    connect(reply, &QNetworkReply::sslErrors, this, [reply, cert](const QList<QSslError> &) {
        *cert = reply->sslConfiguration().peerCertificate();
    });
    connect(reply, &QNetworkReply::encrypted, this,
            [reply, cert] { *cert = reply->sslConfiguration().peerCertificate(); });
    connect(reply, &QNetworkReply::finished, this, [reply, cert, done] {
        reply->deleteLater();
        if (!cert->isNull())
            done(*cert);
        else
            done(Result<QSslCertificate>::failure(
                QStringLiteral("tls"),
                tr("The server did not present a certificate (%1).").arg(reply->errorString())));
    });
}

void ApiClient::abortAll()
{
    const auto calls = m_calls;
    for (const std::shared_ptr<Call> &c : calls) {
        c->canceled = true;
        if (c->reply)
            c->reply->abort();
    }
}

} // namespace fb
