#include "server/node.h"

#include "server/devnetwork.h"
#include "server/nodelog.h"
#include "server/stellarkeys.h"
#include "wallet/starknettx.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <sodium.h>

namespace fb::node {

// ---- helpers --------------------------------------------------------------------------------

QString randomToken(int bytes)
{
    QByteArray buf(bytes, Qt::Uninitialized);
    randombytes_buf(buf.data(), size_t(buf.size()));
    return QString::fromLatin1(
        buf.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newId(const char *prefix)
{
    QByteArray buf(12, Qt::Uninitialized);
    randombytes_buf(buf.data(), size_t(buf.size()));
    return QLatin1String(prefix) + QLatin1Char('_') + QString::fromLatin1(buf.toHex());
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QDateTime msToTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

qint64 timeToMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> parseJsonObject(const QString &text)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !d.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("db_error"),
                                            QStringLiteral("Stored entity is not JSON."));
    return d.object();
}

namespace {
ApiReply unauthorized()
{
    return ApiReply::error(401, QStringLiteral("unauthorized"),
                           QCoreApplication::translate(
                               "Node", "Sign in first: GET /v1/auth/nonce, then POST "
                                       "/v1/auth/web3, and send Authorization: Bearer <token>."));
}
} // namespace

// ---- Node -----------------------------------------------------------------------------------

Node::Node(NodeConfig config, NodeDb db, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_endpoints{m_config.allowPrivateEndpoints,
                  QDir::cleanPath(QDir(m_config.dataDir)
                                      .absoluteFilePath(m_config.fileEndpointRoot.isEmpty()
                                                            ? QStringLiteral("demo-storage")
                                                            : m_config.fileEndpointRoot))}
    , m_db(std::move(db))
    , m_ledger(std::make_unique<DevLedger>(m_db))
    , m_algo(std::make_unique<AlgoLedger>(m_db, *m_ledger))
    , m_btc(std::make_unique<BtcLedger>(m_db, m_config.btcBlockSeconds))
    , m_strk(std::make_unique<StrkLedger>(m_db, *m_ledger))
    , m_instanceId(newId("node"))
{
    connect(&m_timer, &QTimer::timeout, this, &Node::runCycle);
    m_demoTimer.setSingleShot(true);
    m_demoTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_demoTimer, &QTimer::timeout, this,
            [this] { runDemoAgentScheduled(NodeDb::nowMs()); });
}

Node::~Node() = default;

Status Node::start()
{
    // Development-network exchange rates, recorded with their source; an admin replaces them
    // with PUT /v1/rates/{currency}.
    Status rates = m_db.write([&]() -> Status {
        const QList<std::pair<QString, qint64>> defaults = {
            {currency::XLM, 2500000},          {currency::USD, 10000000},
            {QStringLiteral("EUR"), 10800000}, {currency::ALGO, 2000000},
            {currency::BTC, 600000000000},     {currency::STRK, 4000000}};
        for (const auto &[cur, rate] : defaults) {
            auto have =
                m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM rates WHERE currency = ?"), {cur});
            if (!have)
                return have.error();
            if (have->toInt() > 0)
                continue;
            auto ins = m_db.exec(
                QStringLiteral("INSERT INTO rates (currency, usd7_per_coin, "
                               "source, updated_at) VALUES (?, ?, ?, ?)"),
                {cur, rate, QStringLiteral("development network fixed rate"), NodeDb::nowMs()});
            if (!ins)
                return ins.error();
        }
        return success();
    });
    if (!rates)
        return rates;
    if (m_config.seedDemo)
        if (auto s = seedDemo(); !s)
            return s;
    if (auto s = refreshDemoNetwork(); !s)
        return s;
    // Sessions a demo provider's account opened before sign-in was refused to it end now.
    if (auto s = m_db.write([&]() -> Status {
            auto up = m_db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE revoked = 0 "
                                               "AND address IN (SELECT address FROM providers "
                                               "WHERE demo = 1)"));
            return up ? success() : Status(up.error());
        });
        !s)
        return s;
    if (m_config.seedOffers > 0)
        if (auto s = seedSyntheticOffers(m_config.seedOffers); !s)
            return s;
    m_timer.start(std::max(1, m_config.qosIntervalSec) * 1000);
    QTimer::singleShot(0, this, &Node::runCycle);
    scheduleDemoAgent();
    return success();
}

void Node::registerRoutes(ApiServer &s)
{
    auto bind = [this](ApiReply (Node::*fn)(ApiRequest &)) {
        return [this, fn](ApiRequest &r) { return (this->*fn)(r); };
    };
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/health"), [](ApiRequest &) {
        return ApiReply::json({{QStringLiteral("status"), QStringLiteral("ok")},
                               {QStringLiteral("version"), QStringLiteral(FB_VERSION)}});
    });
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/info"), bind(&Node::info));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/auth/nonce"), bind(&Node::authNonce));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/auth/web3"), bind(&Node::authWeb3));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/auth/refresh"), bind(&Node::authRefresh));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/auth/logout"), bind(&Node::authLogout));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/me"), bind(&Node::me));

    s.add(QStringLiteral("GET"), QStringLiteral("/v1/providers"), bind(&Node::listProviders));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/providers"), bind(&Node::createProvider));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/providers/{}"), bind(&Node::getProvider));
    s.add(QStringLiteral("PUT"), QStringLiteral("/v1/providers/{}"), bind(&Node::updateProvider));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/providers/{}/certification"),
          bind(&Node::requestCertification));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/providers/{}/certification/approve"),
          [this](ApiRequest &r) { return decideCertification(r, true); });
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/providers/{}/certification/reject"),
          [this](ApiRequest &r) { return decideCertification(r, false); });

    s.add(QStringLiteral("GET"), QStringLiteral("/v1/offers"), bind(&Node::listOffers));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/offers"), bind(&Node::createOffer));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/offers/{}"), bind(&Node::getOffer));
    s.add(QStringLiteral("PUT"), QStringLiteral("/v1/offers/{}"), bind(&Node::updateOffer));
    s.add(QStringLiteral("DELETE"), QStringLiteral("/v1/offers/{}"), bind(&Node::deleteOffer));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/offers/{}/qos"), bind(&Node::offerQos));

    s.add(QStringLiteral("POST"), QStringLiteral("/v1/quotes"), bind(&Node::quote));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals"), bind(&Node::createDeals));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/deals"), bind(&Node::listDeals));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/deals/{}"), bind(&Node::getDeal));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/accept"), bind(&Node::acceptDeal));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/reject"), bind(&Node::rejectDeal));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/intent"), bind(&Node::createIntent));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/payments"),
          bind(&Node::submitPayment));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/deals/{}/payments"),
          bind(&Node::listDealPayments));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/activate"),
          bind(&Node::activateDeal));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/complete"),
          bind(&Node::completeDeal));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/cancel"), bind(&Node::cancelDeal));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/breach"), bind(&Node::breachDeal));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/deals/{}/qos"), bind(&Node::dealQos));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/disputes"),
          bind(&Node::openDispute));

    s.add(QStringLiteral("GET"), QStringLiteral("/v1/disputes"), bind(&Node::listDisputes));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/disputes/{}"), bind(&Node::getDispute));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/disputes/{}/resolve"),
          bind(&Node::resolveDispute));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/disputes/{}/respond"),
          bind(&Node::respondDispute));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/notifications"),
          bind(&Node::listNotifications));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/notifications/{}/read"),
          bind(&Node::markNotificationRead));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/changes"), bind(&Node::changes));

    s.add(QStringLiteral("GET"), QStringLiteral("/v1/rates"), bind(&Node::listRates));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/deals/{}/checkout"),
          bind(&Node::createCheckout));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/checkout/{}"), bind(&Node::checkoutPage));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/checkout/{}"), bind(&Node::checkoutPay));
    s.add(QStringLiteral("PUT"), QStringLiteral("/v1/rates/{}"), bind(&Node::setRate));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/dev/faucet"), bind(&Node::faucet));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/dev/accounts/{}"), bind(&Node::devAccount));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/dev/accounts/{}/history"),
          bind(&Node::devHistory));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/dev/transfers"), bind(&Node::devTransfer));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/dev/bitcoin/blocks"),
          bind(&Node::mineBlocks));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/dev/bitcoin/fee-estimate"),
          bind(&Node::bitcoinFeeEstimate));
    s.add(QStringLiteral("GET"), QStringLiteral("/v1/me/payout-addresses"),
          bind(&Node::getPayoutAddresses));
    s.add(QStringLiteral("PUT"), QStringLiteral("/v1/me/payout-addresses"),
          bind(&Node::setPayoutAddresses));
    s.add(QStringLiteral("POST"), QStringLiteral("/v1/admin/cycle"), bind(&Node::adminCycle));
}

ApiReply Node::info(ApiRequest &)
{
    QJsonArray admins;
    for (const QString &a : std::as_const(m_config.admins))
        admins.append(a);
    return ApiReply::json({
        {QStringLiteral("name"), m_config.name},
        {QStringLiteral("version"), QStringLiteral(FB_VERSION)},
        {QStringLiteral("network"), devNetworkName()},
        {QStringLiteral("networkPassphrase"), devNetworkPassphrase()},
        {QStringLiteral("developmentNetwork"), true},
        {QStringLiteral("escrowAddress"), escrowAddress()},
        {QStringLiteral("usdIssuer"), usdIssuerAddress()},
        {QStringLiteral("feeBps"), kFeeBps},
        {QStringLiteral("currencies"),
         QJsonArray{currency::XLM, currency::ALGO, currency::BTC, currency::STRK, currency::USD}},
        {QStringLiteral("algorand"),
         QJsonObject{{QStringLiteral("genesisId"), algodev::genesisId()},
                     {QStringLiteral("genesisHash"),
                      QString::fromLatin1(algodev::genesisHash().toBase64())},
                     {QStringLiteral("escrowAddress"), algodev::escrowAddress()},
                     {QStringLiteral("minFee"), qint64(algodev::kMinFee)}}},
        {QStringLiteral("bitcoin"),
         QJsonObject{{QStringLiteral("addressNetwork"), btcdev::kAddressNetwork},
                     {QStringLiteral("escrowAddress"), btcdev::escrowAddress()},
                     {QStringLiteral("minFeeRateSatPerVbyte"), m_config.btcMinFeeRate},
                     {QStringLiteral("confirmationsRequired"), m_config.btcConfirmations},
                     {QStringLiteral("blockSeconds"), m_config.btcBlockSeconds}}},
        {QStringLiteral("starknet"),
         QJsonObject{{QStringLiteral("chainId"), strkdev::chainIdText()},
                     {QStringLiteral("token"), starknet::formatAddress(starknet::strkToken())},
                     {QStringLiteral("friPerUnit"), strkdev::kFriPerUnit},
                     {QStringLiteral("escrow"), QStringLiteral("per-intent deposit address")},
                     {QStringLiteral("platformFeeAddress"), strkdev::platformFeeAddress()}}},
        {QStringLiteral("qosIntervalSec"), m_config.qosIntervalSec},
        {QStringLiteral("database"),
         m_db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("admins"), admins},
    });
}

// ---- auth -----------------------------------------------------------------------------------

// Demo providers' keys derive from published labels: anyone could sign as them. The
// development-network agent acts for them instead, and nobody signs in as one.
Status Node::refuseDemoAccount(const QString &address)
{
    auto demo = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM providers WHERE address = ? AND demo = 1"), {address});
    if (!demo)
        return demo.error();
    if (demo->toLongLong() > 0)
        return Status::failure(QStringLiteral("forbidden"),
                               tr("%1 is a demo provider of the development network; its agent "
                                  "acts for it and nobody signs in as it.")
                                   .arg(address));
    return success();
}

ApiReply Node::authNonce(ApiRequest &r)
{
    const QString address = r.queryValue(QStringLiteral("address"));
    if (auto key = stellarPublicKey(address); !key)
        return ApiReply::fromError(key.error());
    if (auto demo = refuseDemoAccount(address); !demo)
        return ApiReply::fromError(demo.error());
    const qint64 now = NodeDb::nowMs();
    AuthNonce n;
    n.nonce = randomToken(24);
    n.expiresAt = msToTime(now + qint64(m_config.nonceTtlSec) * 1000);
    n.message =
        QStringLiteral("Sign in to Flashback\nnode: %1\nnetwork: %2\naddress: %3\n"
                       "nonce: %4\nexpires: %5")
            .arg(m_config.name, devNetworkName(), address, n.nonce, timestampToJson(n.expiresAt));
    Status s = m_db.write([&]() -> Status {
        // Expired challenges are dropped as new ones are made.
        if (auto d =
                m_db.exec(QStringLiteral("DELETE FROM auth_nonces WHERE expires_at < ?"), {now});
            !d)
            return d.error();
        auto ins = m_db.exec(QStringLiteral("INSERT INTO auth_nonces (nonce, address, message, "
                                            "expires_at) VALUES (?, ?, ?, ?)"),
                             {n.nonce, address, n.message, timeToMs(n.expiresAt)});
        return ins ? success() : Status(ins.error());
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(n.toJson());
}

Result<AuthTokens> Node::issueTokens(const QString &address)
{
    if (auto demo = refuseDemoAccount(address); !demo)
        return demo.error();
    const qint64 now = NodeDb::nowMs();
    AuthTokens t;
    t.address = address;
    t.accessToken = QStringLiteral("fba_") + randomToken(32);
    t.refreshToken = QStringLiteral("fbr_") + randomToken(32);
    t.expiresAt = msToTime(now + qint64(m_config.accessTtlSec) * 1000);
    t.refreshExpiresAt = msToTime(now + qint64(m_config.refreshTtlSec) * 1000);
    Status s = m_db.write([&]() -> Status {
        auto ins = m_db.exec(
            QStringLiteral("INSERT INTO sessions (id, address, access_hash, refresh_hash, "
                           "access_expires, refresh_expires, created_at) VALUES (?, ?, ?, ?, ?, "
                           "?, ?)"),
            {newId("ses"), address, sha256Hex(t.accessToken.toLatin1()),
             sha256Hex(t.refreshToken.toLatin1()), timeToMs(t.expiresAt),
             timeToMs(t.refreshExpiresAt), now});
        return ins ? success() : Status(ins.error());
    });
    if (!s)
        return s.error();
    t.roles = rolesOf(address);
    return t;
}

QStringList Node::rolesOf(const QString &address)
{
    QStringList roles{QStringLiteral("consumer")};
    auto q = m_db.exec(QStringLiteral("SELECT role FROM providers WHERE address = ? ORDER BY role"),
                       {address});
    if (q)
        while (q->next())
            roles.append(q->value(0).toString());
    if (m_config.admins.contains(address))
        roles.append(QStringLiteral("admin"));
    return roles;
}

ApiReply Node::authWeb3(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString address = body->value(QStringLiteral("address")).toString();
    const QString network = body->value(QStringLiteral("network")).toString();
    const QString nonce = body->value(QStringLiteral("nonce")).toString();
    const QString signatureB64 = body->value(QStringLiteral("signature")).toString();
    if (auto key = stellarPublicKey(address); !key)
        return ApiReply::fromError(key.error());
    if (network != devNetworkName())
        return ApiReply::error(400, QStringLiteral("wrong_network"),
                               tr("This node serves the \"%1\" network; the login asked for "
                                  "\"%2\".")
                                   .arg(devNetworkName(), network));
    const QByteArray signature = QByteArray::fromBase64(signatureB64.toLatin1());
    if (signature.size() != 64)
        return ApiReply::error(401, QStringLiteral("bad_signature"),
                               tr("\"signature\" must be the base64 of a 64-byte ed25519 "
                                  "signature."));
    const qint64 now = NodeDb::nowMs();
    QString refusal;
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT address, message, expires_at, used FROM "
                                          "auth_nonces WHERE nonce = ?"),
                           {nonce});
        if (!q)
            return q.error();
        if (!q->next()) {
            refusal = tr("Unknown login nonce; ask for a new one with GET /v1/auth/nonce.");
            return success();
        }
        if (q->value(0).toString() != address) {
            refusal = tr("This nonce was issued to another address.");
            return success();
        }
        if (q->value(3).toInt() != 0) {
            refusal = tr("This nonce was already used; ask for a new one.");
            return success();
        }
        if (q->value(2).toLongLong() < now) {
            refusal = tr("This nonce expired; ask for a new one.");
            return success();
        }
        const QByteArray message = q->value(1).toString().toUtf8();
        if (!verifyStellarSignature(address, message, signature)) {
            refusal =
                tr("The signature does not verify with %1 over the nonce message.").arg(address);
            return success();
        }
        auto used = m_db.exec(QStringLiteral("UPDATE auth_nonces SET used = 1 WHERE nonce = ? AND "
                                             "used = 0"),
                              {nonce});
        if (!used)
            return used.error();
        if (used->numRowsAffected() != 1)
            refusal = tr("This nonce was already used; ask for a new one.");
        return success();
    });
    if (!s)
        return ApiReply::fromError(s.error());
    if (!refusal.isEmpty())
        return ApiReply::error(401, QStringLiteral("bad_signature"), refusal);
    auto tokens = issueTokens(address);
    if (!tokens)
        return ApiReply::fromError(tokens.error());
    qCInfo(lcNode) << "signed in:" << address;
    return ApiReply::json(tokens->toJson());
}

ApiReply Node::authRefresh(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString refresh = body->value(QStringLiteral("refreshToken")).toString();
    const qint64 now = NodeDb::nowMs();
    QString address;
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT id, address, refresh_expires, revoked FROM "
                                          "sessions WHERE refresh_hash = ?"),
                           {sha256Hex(refresh.toLatin1())});
        if (!q)
            return q.error();
        if (!q->next() || q->value(3).toInt() != 0 || q->value(2).toLongLong() < now)
            return success();
        const QString id = q->value(0).toString();
        address = q->value(1).toString();
        // Rotation: the old session (and its refresh token) ends now.
        auto up = m_db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ? AND "
                                           "revoked = 0"),
                            {id});
        if (!up)
            return up.error();
        if (up->numRowsAffected() != 1)
            address.clear();
        return success();
    });
    if (!s)
        return ApiReply::fromError(s.error());
    if (address.isEmpty())
        return ApiReply::error(401, QStringLiteral("unauthorized"),
                               tr("The refresh token is unknown, expired or already used; "
                                  "sign in again."));
    auto tokens = issueTokens(address);
    if (!tokens)
        return ApiReply::fromError(tokens.error());
    return ApiReply::json(tokens->toJson());
}

ApiReply Node::authLogout(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString refresh = body->value(QStringLiteral("refreshToken")).toString();
    if (r.bearer.isEmpty() && refresh.isEmpty())
        return unauthorized();
    int revoked = 0;
    Status s = m_db.write([&]() -> Status {
        auto up = m_db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE (access_hash = ? "
                                           "OR refresh_hash = ?) AND revoked = 0"),
                            {sha256Hex(r.bearer), sha256Hex(refresh.toLatin1())});
        if (!up)
            return up.error();
        revoked = up->numRowsAffected();
        return success();
    });
    if (!s)
        return ApiReply::fromError(s.error());
    // An unknown or already revoked token signs nobody out.
    if (revoked == 0)
        return ApiReply::error(401, QStringLiteral("unauthorized"),
                               tr("The token is unknown or was already revoked; nothing to sign "
                                  "out."));
    return ApiReply::json({{QStringLiteral("loggedOut"), true}});
}

Result<Caller> Node::caller(const ApiRequest &r, bool required)
{
    Caller c;
    if (r.bearer.isEmpty()) {
        if (required)
            return Result<Caller>::failure(QStringLiteral("unauthorized"),
                                           tr("Sign in first: GET /v1/auth/nonce, then POST "
                                              "/v1/auth/web3, and send Authorization: Bearer."));
        return c;
    }
    auto q = m_db.exec(QStringLiteral("SELECT address, access_expires, revoked FROM sessions "
                                      "WHERE access_hash = ?"),
                       {sha256Hex(r.bearer)});
    if (!q)
        return q.error();
    if (!q->next() || q->value(2).toInt() != 0)
        return Result<Caller>::failure(QStringLiteral("unauthorized"),
                                       tr("The access token is unknown or was revoked; sign in "
                                          "again."));
    if (q->value(1).toLongLong() < NodeDb::nowMs())
        return Result<Caller>::failure(QStringLiteral("token_expired"),
                                       tr("The access token expired; refresh it with POST "
                                          "/v1/auth/refresh."));
    c.address = q->value(0).toString();
    c.admin = m_config.admins.contains(c.address);
    return c;
}

ApiReply Node::me(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    QJsonArray providers;
    auto q =
        m_db.exec(QStringLiteral("SELECT data FROM providers WHERE address = ?"), {c->address});
    if (!q)
        return ApiReply::fromError(q.error());
    while (q->next())
        if (auto o = parseJsonObject(q->value(0).toString()))
            providers.append(*o);
    QJsonArray roles;
    for (const QString &role : rolesOf(c->address))
        roles.append(role);
    return ApiReply::json({{QStringLiteral("address"), c->address},
                           {QStringLiteral("roles"), roles},
                           {QStringLiteral("providers"), providers}});
}

// ---- notifications and the changes feed -----------------------------------------------------

Status Node::notifyEach(const QStringList &recipients, const QString &kind, const QString &title,
                        const QString &body, const QString &entity, const QString &entityId)
{
    for (const QString &who : recipients) {
        if (who.isEmpty())
            continue;
        if (auto s = notify(who, kind, title, body, entity, entityId); !s)
            return s;
    }
    return success();
}

Status Node::notify(const QString &recipient, const QString &kind, const QString &title,
                    const QString &body, const QString &entity, const QString &entityId)
{
    Notification n;
    n.id = newId("ntf");
    n.recipient = recipient;
    n.kind = kind;
    n.title = title;
    n.body = body;
    n.entity = entity;
    n.entityId = entityId;
    n.createdAt = msToTime(NodeDb::nowMs());
    const QByteArray data = compactJson(n.toJson());
    auto ins = m_db.exec(QStringLiteral("INSERT INTO notifications (id, recipient, created_at, "
                                        "data) VALUES (?, ?, ?, ?)"),
                         {n.id, recipient, timeToMs(n.createdAt), QString::fromUtf8(data)});
    if (!ins)
        return ins.error();
    return m_db.appendChange(QStringLiteral("notification"), n.id, QStringLiteral("upsert"), data,
                             recipient);
}

ApiReply Node::listNotifications(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto q = m_db.exec(QStringLiteral("SELECT data FROM notifications WHERE recipient = ? ORDER "
                                      "BY created_at DESC LIMIT 500"),
                       {c->address});
    if (!q)
        return ApiReply::fromError(q.error());
    QByteArray out = "{\"items\":[";
    bool first = true;
    while (q->next()) {
        if (!first)
            out += ',';
        first = false;
        out += q->value(0).toString().toUtf8();
    }
    out += "]}";
    return ApiReply::rawJson(out);
}

ApiReply Node::markNotificationRead(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    QJsonObject result;
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral("SELECT data FROM notifications WHERE id = ? AND recipient = ?"),
            {r.param(0), c->address});
        if (!q)
            return q.error();
        if (!q->next())
            return Status::failure(QStringLiteral("not_found"), tr("No such notification."));
        auto o = parseJsonObject(q->value(0).toString());
        if (!o)
            return o.error();
        o->insert(QStringLiteral("read"), true);
        result = *o;
        const QByteArray data = compactJson(*o);
        auto up = m_db.exec(QStringLiteral("UPDATE notifications SET data = ? WHERE id = ?"),
                            {QString::fromUtf8(data), r.param(0)});
        if (!up)
            return up.error();
        return m_db.appendChange(QStringLiteral("notification"), r.param(0),
                                 QStringLiteral("upsert"), data, c->address);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(result);
}

ApiReply Node::changes(ApiRequest &r)
{
    auto c = caller(r, false);
    if (!c)
        return ApiReply::fromError(c.error());
    bool ok = true;
    const QString sinceText = r.queryValue(QStringLiteral("since"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"since\" must be a cursor returned as \"next\" (an integer "
                                  ">= 0; 0 reads from the start)."));
    const QString limitText = r.queryValue(QStringLiteral("limit"));
    int limit = limitText.isEmpty() ? 1000 : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"limit\" must be an integer from 1 to 5000."));
    limit = std::min(limit, 5000);
    // One more row than asked says whether there is more.
    Result<QSqlQuery> q =
        c->admin             ? m_db.exec(QStringLiteral("SELECT seq, entity, entity_id, op, data "
                                                                    "FROM changes WHERE seq > ? ORDER BY seq "
                                                                    "LIMIT ?"),
                                         {since, limit + 1})
        : c->authenticated() ? m_db.exec(QStringLiteral("SELECT seq, entity, entity_id, op, data "
                                                        "FROM changes WHERE seq > ? AND "
                                                        "(viewer_a = '*' OR viewer_a = ? OR "
                                                        "viewer_b = ?) ORDER BY seq LIMIT ?"),
                                         {since, c->address, c->address, limit + 1})
                             : m_db.exec(QStringLiteral("SELECT seq, entity, entity_id, op, data "
                                                        "FROM changes WHERE seq > ? AND viewer_a "
                                                        "= '*' ORDER BY seq LIMIT ?"),
                                         {since, limit + 1});
    if (!q)
        return ApiReply::fromError(q.error());
    QByteArray out;
    out.reserve(limit * 600);
    out += "{\"changes\":[";
    qint64 next = since;
    int n = 0;
    bool more = false;
    while (q->next()) {
        if (n == limit) {
            more = true;
            break;
        }
        if (n > 0)
            out += ',';
        next = q->value(0).toLongLong();
        const QString op = q->value(3).toString();
        out +=
            "{\"seq\":" + QByteArray::number(next) + ",\"entity\":\"" +
            q->value(1).toString().toUtf8() + "\",\"id\":" +
            QJsonDocument(QJsonArray{q->value(2).toString()})
                .toJson(QJsonDocument::Compact)
                .mid(1)
                .chopped(1) +
            ",\"op\":\"" + op.toUtf8() + "\",\"data\":" +
            (op == QLatin1String("delete") ? QByteArray("{}") : q->value(4).toString().toUtf8()) +
            '}';
        ++n;
    }
    out += "],\"next\":" + QByteArray::number(next) +
           ",\"hasMore\":" + (more ? QByteArray("true") : QByteArray("false")) + '}';
    ApiReply reply = ApiReply::rawJson(out);
    // The page's cursor in headers too: a client starts fetching the next page before it has
    // parsed this one (it checks them against the body).
    reply.headers = {{QByteArrayLiteral("Flashback-Next-Cursor"), QByteArray::number(next)},
                     {QByteArrayLiteral("Flashback-Has-More"),
                      more ? QByteArrayLiteral("true") : QByteArrayLiteral("false")}};
    return reply;
}

// ---- schedule -------------------------------------------------------------------------------

bool Node::leaseJob(const QString &name, int seconds)
{
    const qint64 now = NodeDb::nowMs();
    bool held = false;
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT holder, expires_at FROM leases WHERE name = ?"),
                           {name});
        if (!q)
            return q.error();
        if (q->next()) {
            if (q->value(0).toString() != m_instanceId && q->value(1).toLongLong() > now)
                return success();
            auto up = m_db.exec(
                QStringLiteral("UPDATE leases SET holder = ?, expires_at = ? WHERE name = ?"),
                {m_instanceId, now + qint64(seconds) * 1000, name});
            if (!up)
                return up.error();
        } else {
            auto ins = m_db.exec(
                QStringLiteral("INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)"),
                {name, m_instanceId, now + qint64(seconds) * 1000});
            if (!ins)
                return ins.error();
        }
        held = true;
        return success();
    });
    return s && held;
}

ApiReply Node::adminCycle(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    if (!c->admin)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               tr("Only an admin of this node can run the cycle."));
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    runCycle();
    if (body->value(QStringLiteral("reputation")).toBool())
        if (auto s = runReputation(NodeDb::nowMs(), true); !s)
            return ApiReply::fromError(s.error());
    return ApiReply::json({{QStringLiteral("ran"), true}});
}

} // namespace fb::node
