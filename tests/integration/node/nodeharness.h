// NodeHarness: what the node integration tests drive: real flashback-node processes on free
// loopback ports, a private PostgreSQL cluster, a blocking JSON client and test accounts that
// sign with their own ed25519 keys and build Stellar payments with the reference SDK.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fbtest {

struct Reply
{
    int status = 0;
    QByteArray raw;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString errorCode() const;
};

class NodeProcess
{
public:
    ~NodeProcess();
    // Starts flashback-node with --data-dir dataDir --listen 127.0.0.1:0 and extra args;
    // returns false (and the process output in error) when it does not come up.
    bool start(const QString &dataDir, const QStringList &extraArgs, QString *error,
               int timeoutMs = 120000);
    void stop();
    QString baseUrl() const { return m_baseUrl; }
    QByteArray output() const { return m_output; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_baseUrl;
    QByteArray m_output;
};

class PostgresCluster
{
public:
    ~PostgresCluster();
    bool start(QString *error);
    void stop();
    // A fresh database in the cluster; returns its postgresql:// URL.
    QString createDatabase(const QString &name, QString *error);

private:
    bool run(const QStringList &command, QString *error);
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
};

class Client
{
public:
    explicit Client(QString baseUrl)
        : m_base(std::move(baseUrl))
    {}
    Reply call(const QString &method, const QString &path, const QJsonObject &body = {},
               const QString &token = {});
    Reply get(const QString &path, const QString &token = {})
    {
        return call("GET", path, {}, token);
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return call("POST", path, body, token);
    }
    Reply sendRaw(const QString &method, const QString &path, const QByteArray &body,
                  const QString &token = {});
    QString baseUrl() const { return m_base; }

private:
    QString m_base;
    QNetworkAccessManager m_net;
};

// An account with its own ed25519 key.
class Account
{
public:
    Account();
    QString address() const { return m_address; }
    QByteArray publicKey() const { return m_pk; }
    QByteArray sign(const QByteArray &message) const;
    // Signs in through the nonce/web3 flow; returns the access token or empty (and error).
    QString login(Client &c, QString *error = nullptr);
    // Opens a sealed box addressed to this account's key.
    QByteArray openSealed(const QByteArray &box) const;
    QByteArray seedHex() const { return m_seed.toHex(); }

private:
    QByteArray m_seed;
    QByteArray m_pk;
    QByteArray m_sk;
    QString m_address;
};

// Runs tests/integration/node/stellar_tool.js with one JSON request.
QJsonObject stellarTool(const QJsonObject &request, QString *error);
// Seals plaintext to an account's key (what a provider does at acceptance).
QByteArray sealTo(const Account &a, const QByteArray &plaintext);
QString stellarAddressFromSeed(const QByteArray &seed, QString *error);

} // namespace fbtest
