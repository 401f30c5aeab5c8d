// WalletHistoryModel: the movements of the wallet's accounts on the platform's ledgers, newest
// first: transfers in and out, faucet credits and deal payments (with their deal), for the
// wallet page's history table (searched through a proxy) and its CSV export.
#pragma once

#include "models/walletledger.h"
#include "models/walletservice.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace fb {

class AccountService;

class WalletHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        AccountColumn,
        KindColumn,
        AmountColumn,
        CounterpartyColumn,
        MemoColumn,
        DealColumn,
        ColumnCount
    };
    enum Role {
        HashRole = Qt::UserRole + 1,
        DealIdRole,
        IncomingRole, // bool
        UnitsRole,    // qint64, signed: negative when leaving the account
    };

    explicit WalletHistoryModel(AccountService *accounts, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the history of every account (watch-only ones too).
    void refresh(const QList<WalletService::Account> &accounts);
    bool loading() const { return m_pending > 0; }
    const LedgerEntry &entry(int row) const { return m_rows.at(row).entry; }
    bool containsHash(const QString &hash) const;

    // RFC 4180 CSV of these rows (all when empty), with a header line; amounts as exact
    // decimals, dates in UTC ISO 8601.
    QByteArray csv(const QList<int> &rows = {}) const;

    static QString kindText(const LedgerEntry &e);

    // Names the agreement of a deal id (DealService::slaNameOfDeal: the name the SLAs page
    // shows); the Agreement column shows it, the deal id in its tooltip. Unnamed: the id.
    void setAgreementNames(std::function<QString(const QString &dealId)> nameOfDeal);
    // Asks the names again (an agreement was renamed).
    void refreshNames();

signals:
    void refreshed();
    void failed(const QString &message);

private:
    struct Row
    {
        WalletService::Account account;
        LedgerEntry entry;
    };
    void settle();

    AccountService *m_accounts;
    std::function<QString(const QString &)> m_nameOfDeal;
    QHash<QString, QString> m_agreementNames; // deal id -> agreement name, asked once
    QList<Row> m_rows;
    QList<Row> m_incoming;
    int m_pending = 0;
    quint64 m_generation = 0;
    QStringList m_errors;
};

} // namespace fb
