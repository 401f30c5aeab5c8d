// ApiClient: the platform API (docs/API.md) over QNetworkAccessManager. Asynchronous; lives in
// the thread that created it (the sync engine makes its own in its worker thread). Tokens are
// kept in an AuthSession shared between clients (thread-safe, memory only, never logged).
//
// Errors (ApiResponse::error->code): offline, timeout, tls, too_large, bad_reply, canceled,
// unauthorized (no session / refresh failed), bad_signature (login), http_<status> (with the
// node's own code in ApiResponse::serverCode, e.g. "token_expired").
#pragma once

#include "wire/domain.h"
#include "wallet/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;
class QSslCertificate;

namespace fb {

struct ApiResponse
{
    int httpStatus = 0;
    QJsonObject json;           // the reply object on success
    std::optional<Error> error; // set on failure
    QString serverCode;         // the node's error code for HTTP errors ("token_expired", ...)
    QByteArray body;            // instead of json, with RequestOptions::rawBody
    QList<QNetworkReply::RawHeaderPair> headers; // with RequestOptions::rawBody
    bool ok() const { return !error.has_value(); }
};

// Tokens of one signed-in account, shared by every ApiClient of the app. Thread-safe. The refresh
// token never leaves memory. beginRefresh/endRefresh serialise the single-use refresh.
class AuthSession
{
public:
    void setTokens(const AuthTokens &t);
    void clear();
    bool isSignedIn() const;
    QString accessToken() const;
    QString refreshToken() const;
    QString address() const;
    QStringList roles() const;
    // Generation: bumped whenever the tokens change (a request can tell whether somebody else
    // refreshed meanwhile).
    quint64 generation() const;
    // Returns true when the caller owns the refresh (and must call endRefresh).
    bool beginRefresh();
    void endRefresh();
    bool refreshing() const;

private:
    mutable QMutex m_mutex;
    AuthTokens m_tokens;
    quint64 m_generation = 0;
    bool m_refreshing = false;
};

// Signs the login message with the account key; the key stays in the wallet layer. Returns the
// 64-byte ed25519 signature (anything else fails the login).
using MessageSigner = std::function<QByteArray(const QByteArray &message)>;
// The same, answering later (the key is opened off the GUI thread): calls signature once with
// the 64-byte signature, or an empty array to refuse.
using AsyncMessageSigner =
    std::function<void(const QByteArray &message, std::function<void(QByteArray)> signature)>;

struct RequestOptions
{
    int timeoutMs = -1;   // -1: the client's default
    int maxAttempts = -1; // -1: the client's default for the method (GET retries, others not)
    bool auth = true;     // send the bearer token when signed in
    // Hand a successful reply's body over unparsed (ApiResponse::body), for a caller that parses
    // it off this thread. Error replies are parsed as usual.
    bool rawBody = false;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);
    ApiClient(QUrl baseUrl, std::shared_ptr<AuthSession> session, QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    std::shared_ptr<AuthSession> session() const { return m_session; }
    void setSession(std::shared_ptr<AuthSession> s) { m_session = std::move(s); }

    // TLS: verification is always on. A self-signed certificate is accepted only when its
    // SHA-256 fingerprint (of the DER) was pinned by the user; with a pin set, any other
    // certificate is refused even when a CA vouches for it.
    void setPinnedCertificateSha256(const QByteArray &sha256) { m_pin = sha256; }
    QByteArray pinnedCertificateSha256() const { return m_pin; }
    static QByteArray certificateSha256(const QSslCertificate &cert);
    // Connects to the base URL and returns the server's certificate (for the user to inspect and
    // pin); fails with "tls"/"offline" when there is none to show.
    void fetchServerCertificate(std::function<void(Result<QSslCertificate>)> done);

    void setDefaultTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxGetAttempts(int n) { m_getAttempts = std::max(1, n); }
    // Backoff before retry i (1-based): base * 2^(i-1), capped, with +-50 % jitter.
    void setBackoff(int baseMs, int maxMs)
    {
        m_backoffBaseMs = baseMs;
        m_backoffMaxMs = maxMs;
    }
    void setMaxReplyBytes(qint64 n) { m_maxReplyBytes = n; }
    qint64 maxReplyBytes() const { return m_maxReplyBytes; }
    void setNetwork(const QString &network) { m_network = network; }

    // Generic JSON calls. path is below the base URL ("/v1/offers").
    void get(const QString &path, const QUrlQuery &query, Callback done, RequestOptions o = {});
    void post(const QString &path, const QJsonObject &body, Callback done, RequestOptions o = {});
    void put(const QString &path, const QJsonObject &body, Callback done, RequestOptions o = {});
    void del(const QString &path, Callback done, RequestOptions o = {});

    // Auth flow: nonce, signature by signer, tokens into the session.
    void login(const QString &address, MessageSigner signer, std::function<void(Status)> done);
    void loginAsync(const QString &address, AsyncMessageSigner signer,
                    std::function<void(Status)> done);
    void refresh(std::function<void(Status)> done);
    void logout(std::function<void(Status)> done);

    // Typed calls.
    // A page of the changes feed as its reply body, for parseChangesBody() on another thread,
    // with the page's cursor when the node also sends it in headers (Flashback-Next-Cursor,
    // Flashback-Has-More): the next page can then be fetched before this one is parsed. The
    // headers are only a hint; the parsed body must agree with them.
    struct ChangesBody
    {
        QByteArray body;
        qint64 since = 0;
        std::optional<qint64> next; // from the headers, if sent
        bool hasMore = false;       // from the headers, with next
    };
    void changesBody(qint64 since, int limit, std::function<void(Result<ChangesBody>)> done);
    // parseChangesPage() of the body, which must also say what its cursor headers said.
    // Thread-safe.
    static Result<ChangesPage> parseChangesBody(const ChangesBody &reply);
    // Parses a changes page and checks the feed's contract (ascending seqs after since, next =
    // the last seq). Thread-safe.
    static Result<ChangesPage> parseChangesPage(const QByteArray &body, qint64 since);
    void offers(const QUrlQuery &filters, std::function<void(Result<QList<Offer>>)> done);
    void offerQos(const QString &offerId, std::function<void(Result<QList<QosSample>>)> done);

    // Cancels every request in flight (their callbacks get "canceled").
    void abortAll();
    int inFlight() const { return int(m_calls.size()); }

    static Error toError(const ApiResponse &r);

signals:
    // The session ended (refresh refused): the user must sign in again.
    void sessionExpired();

private:
    struct Call;
    void send(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void complete(const std::shared_ptr<Call> &call, ApiResponse r);
    void retryLater(const std::shared_ptr<Call> &call, int attempt);
    void refreshThenRetry(const std::shared_ptr<Call> &call);
    void request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                 const QByteArray &body, Callback done, RequestOptions o);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    void submitLogin(const QString &address, const QString &nonce, const QByteArray &signature,
                     std::function<void(Status)> done);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    std::shared_ptr<AuthSession> m_session;
    QByteArray m_pin;
    QString m_network = QStringLiteral("dev");
    int m_timeoutMs = 15000;
    int m_getAttempts = 4;
    int m_backoffBaseMs = 250;
    int m_backoffMaxMs = 8000;
    qint64 m_maxReplyBytes = 64LL * 1024 * 1024;
    QList<std::shared_ptr<Call>> m_calls;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

// Parses a reply body strictly: one JSON object, nothing else. Error code "bad_reply".
Result<QJsonObject> parseJsonObject(const QByteArray &body);

} // namespace fb
