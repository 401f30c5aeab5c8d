// AppUser: another person's app in a test against a real node: its own ed25519 key (a Stellar
// account), its own API client and the typed services a page holds, signed in with its key. The
// consumer who buys from the provider under test, the admin who certifies it, or each of the
// parties of a service-level test. await() runs one asynchronous service call to its reply.
#pragma once

#include "models/accountservice.h"
#include "models/apiclient.h"
#include "models/dealservice.h"
#include "models/paymentservice.h"
#include "models/providerservice.h"
#include "wallet/secretbytes.h"

#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

namespace fb::testkit {

// Runs one asynchronous service call and waits for its reply on the test's own event loop (the
// services never wait): call(context, reply).
template <typename T, typename Call> Result<T> await(Call call, int timeoutMs = 60000)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return Error{QStringLiteral("test_timeout"),
                     QStringLiteral("no reply in %1 s").arg(timeoutMs / 1000)};
    return std::move(*out);
}

// "code: message" of a failed result (for QVERIFY2), empty on success.
template <typename T> QString why(const Result<T> &r)
{
    return r ? QString() : r.error().code + QStringLiteral(": ") + r.error().message;
}

class AppUser
{
public:
    // A new random key, or the 32-byte ed25519 seed given.
    explicit AppUser(SecretBytes seed = {});
    AppUser(const AppUser &) = delete;
    AppUser &operator=(const AppUser &) = delete;
    ~AppUser();

    const QString &address() const { return m_address; }
    QByteArray publicKey() const;
    const SecretBytes &seed() const { return m_seed; }

    // A new API client for the node at base and the services over it (not signed in).
    void connect(const QUrl &base);
    // Signs in by the node's nonce flow with this key.
    Status signIn(int timeoutMs = 30000);
    // connect() and signIn() in one step.
    Status connectAndSignIn(const QUrl &base);
    // Development funds in currency ("XLM", "ALGO", ...) for this account.
    Result<LedgerAccount> faucet(const QString &currency = QStringLiteral("XLM"));
    // Pays a deal's XLM intent with an envelope built and signed with this key, as the wallet
    // does: the receipt (the deposit and the deal after it).
    Result<PaymentReceipt> payXlm(const QString &dealId);
    // A request of the node as this user (GET or POST): its reply; a timeout is an error.
    ApiResponse call(const QByteArray &verb, const QString &path, const QJsonObject &body = {});

    std::unique_ptr<ApiClient> api;
    std::unique_ptr<DealService> deals;
    std::unique_ptr<PaymentService> payments;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<ProviderService> providers;

private:
    SecretBytes m_seed;
    QString m_address;
};

} // namespace fb::testkit
