// WalletAccountsModel: the wallet page's accounts table: per chain and account index, the
// address, the balance on the platform's ledger and its value in USD x 10^7 at the node's
// rates (the page formats it in the user's currency). Refreshing reads every account at once.
#pragma once

#include "models/walletservice.h"
#include "wire/domain.h"

#include <QAbstractTableModel>

#include <functional>

namespace fb {

class AccountService;
class MarketService;

class WalletAccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ChainColumn,
        IndexColumn,
        AddressColumn,
        BalanceColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role {
        ChainRole = Qt::UserRole + 1, // "stellar", ...
        AddressRole,
        CurrencyRole,  // "XLM", "ALGO", "BTC", "STRK"
        UnitsRole,     // qint64 base units, -1 before the ledger answered
        Usd7Role,      // qint64 USD x 10^7, -1 without a rate
        WatchOnlyRole, // bool
        IndexRole,     // account index
    };

    WalletAccountsModel(WalletService *wallet, AccountService *accounts, MarketService *market,
                        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reloads the accounts the wallet caches, then their balances and the rates.
    void refresh();
    bool loading() const { return m_pending > 0; }
    WalletService::Account account(int row) const;
    qint64 units(int row) const;
    int rowOf(const QString &address) const;
    // How the Value column shows USD x 10^7 (the page's display currency); default "$1.23".
    void setValueFormatter(std::function<QString(qint64 usd7)> format);
    // What units of currency are worth at the node's rates, formatted as the Value column
    // ("$0.19"); empty without a rate.
    QString valueText(qint64 units, const QString &currency) const;
    // Whether the platform's ledgers are a development network (a faucet exists).
    bool developmentNetwork() const { return m_development; }

    static QString currencyOfChain(const QString &chain);
    static QString chainName(const QString &chain);
    // The chain an address belongs to by its format, or empty: G… (56) stellar, 58 characters
    // algorand, tb1…/bc1… bitcoin, 0x… starknet.
    static QString chainOfAddress(const QString &address);
    // "12.5 XLM" from base units.
    static QString formatAmount(qint64 units, const QString &currency);

signals:
    void refreshed();
    void failed(const QString &message);

private:
    struct Row
    {
        WalletService::Account account;
        qint64 units = -1;
        bool funded = false;
        QString error;
    };
    void settle();
    qint64 usd7(const Row &r) const;
    qint64 usd7(qint64 units, const QString &currency) const;

    WalletService *m_wallet;
    AccountService *m_accounts;
    MarketService *m_market;
    QList<Row> m_rows;
    QHash<QString, qint64> m_rates; // currency -> USD x 10^7 per coin
    std::function<QString(qint64)> m_format;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_development = false;
    QStringList m_errors;
};

} // namespace fb
