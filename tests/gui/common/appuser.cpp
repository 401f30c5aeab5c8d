#include "appuser.h"

#include "wallet/slip10.h"
#include "wallet/stellar.h"
#include "wallet/strkey.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>

namespace fb::testkit {

AppUser::AppUser(SecretBytes seed)
    : m_seed(std::move(seed))
{
    if (m_seed.isEmpty()) {
        m_seed = SecretBytes(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_seed.data()), 8);
    }
    m_address = strkey::accountId(slip10::ed25519PublicKey(m_seed));
}

AppUser::~AppUser()
{
    // The services hold the client: they go first.
    providers.reset();
    accounts.reset();
    payments.reset();
    deals.reset();
    api.reset();
}

QByteArray AppUser::publicKey() const
{
    return slip10::ed25519PublicKey(m_seed);
}

void AppUser::connect(const QUrl &base)
{
    providers.reset();
    accounts.reset();
    payments.reset();
    deals.reset();
    api = std::make_unique<ApiClient>(base, std::make_shared<AuthSession>());
    deals = std::make_unique<DealService>(api.get(), QSqlDatabase(), nullptr);
    payments = std::make_unique<PaymentService>(api.get(), nullptr);
    accounts = std::make_unique<AccountService>(api.get(), nullptr);
    providers = std::make_unique<ProviderService>(api.get(), nullptr);
}

Status AppUser::signIn(int timeoutMs)
{
    if (!api)
        return Status::failure(QStringLiteral("offline"), QStringLiteral("connect() first"));
    std::optional<Status> out;
    api->login(
        m_address, [this](const QByteArray &m) { return slip10::ed25519Sign(m_seed, m); },
        [&out](Status s) { out.emplace(std::move(s)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return Status::failure(QStringLiteral("test_timeout"), QStringLiteral("no sign-in reply"));
    return std::move(*out);
}

Status AppUser::connectAndSignIn(const QUrl &base)
{
    connect(base);
    return signIn();
}

Result<LedgerAccount> AppUser::faucet(const QString &currency)
{
    return await<LedgerAccount>([&](QObject *c, Reply<LedgerAccount> done) {
        accounts->faucet(m_address, currency, c, done);
    });
}

Result<PaymentReceipt> AppUser::payXlm(const QString &dealId)
{
    auto account = await<LedgerAccount>(
        [&](QObject *c, Reply<LedgerAccount> done) { accounts->account(m_address, c, done); });
    if (!account)
        return account.error();
    auto in = await<PaymentIntent>([&](QObject *c, Reply<PaymentIntent> done) {
        payments->intent(dealId, QStringLiteral("XLM"), c, done);
    });
    if (!in)
        return in.error();
    stellar::PaymentParams p;
    p.source = m_address;
    p.destination = in->escrowAddress;
    p.amount = in->amount.units;
    p.asset = QStringLiteral("XLM");
    p.sequence = account->sequence + 1;
    p.fee = 100;
    p.maxTime = quint64(QDateTime::currentSecsSinceEpoch() + 600);
    p.memo.type = stellar::MemoText;
    p.memo.text = in->memo.toUtf8();
    auto env = stellar::buildPayment(p);
    if (!env)
        return env.error();
    if (auto s = stellar::sign(*env, m_seed, stellar::network(in->networkPassphrase)); !s)
        return s.error();
    const QString envelope = QString::fromLatin1(stellar::encodeBase64(*env));
    return await<PaymentReceipt>([&](QObject *c, Reply<PaymentReceipt> done) {
        payments->submitPayment(dealId, envelope, c, done);
    });
}

ApiResponse AppUser::call(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    std::optional<ApiResponse> out;
    auto done = [&out](const ApiResponse &r) { out = r; };
    if (verb == "GET")
        api->get(path, {}, done);
    else
        api->post(path, body, done);
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000)) {
        ApiResponse timeout;
        timeout.error = Error{QStringLiteral("test_timeout"), QStringLiteral("no reply")};
        return timeout;
    }
    return *out;
}

} // namespace fb::testkit
