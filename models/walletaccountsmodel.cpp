#include "models/walletaccountsmodel.h"

#include "models/accountservice.h"
#include "models/formats.h"
#include "models/marketservice.h"
#include "wallet/txreview.h"
#include "wire/economics.h"

namespace fb {

WalletAccountsModel::WalletAccountsModel(WalletService *wallet, AccountService *accounts,
                                         MarketService *market, QObject *parent)
    : QAbstractTableModel(parent)
    , m_wallet(wallet)
    , m_accounts(accounts)
    , m_market(market)
{
    m_format = [](qint64 usd7) { return Formats().usd(usd7); };
}

QString WalletAccountsModel::currencyOfChain(const QString &chain)
{
    if (chain == QLatin1String("stellar"))
        return currency::XLM;
    if (chain == QLatin1String("algorand"))
        return currency::ALGO;
    if (chain == QLatin1String("bitcoin"))
        return currency::BTC;
    if (chain == QLatin1String("starknet"))
        return QStringLiteral("STRK");
    return {};
}

QString WalletAccountsModel::chainName(const QString &chain)
{
    if (chain == QLatin1String("stellar"))
        return tr("Stellar");
    if (chain == QLatin1String("algorand"))
        return tr("Algorand");
    if (chain == QLatin1String("bitcoin"))
        return tr("Bitcoin");
    if (chain == QLatin1String("starknet"))
        return tr("Starknet");
    return chain;
}

QString WalletAccountsModel::chainOfAddress(const QString &address)
{
    const QString a = address.trimmed();
    if (a.size() == 56 && a.startsWith(QLatin1Char('G')))
        return QStringLiteral("stellar");
    if (a.size() == 58)
        return QStringLiteral("algorand");
    if (a.startsWith(QLatin1String("tb1")) || a.startsWith(QLatin1String("bc1")))
        return QStringLiteral("bitcoin");
    if (a.startsWith(QLatin1String("0x")))
        return QStringLiteral("starknet");
    return {};
}

QString WalletAccountsModel::formatAmount(qint64 units, const QString &currency)
{
    // The node's ledgers count STRK in nano-STRK (9 decimals), like every platform amount.
    return Formats().coin(units, currency);
}

int WalletAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WalletAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 WalletAccountsModel::usd7(const Row &r) const
{
    return usd7(r.units, currencyOfChain(r.account.chain));
}

qint64 WalletAccountsModel::usd7(qint64 units, const QString &cur) const
{
    const qint64 rate = m_rates.value(cur, -1);
    const int decimals = currencyDecimals(cur);
    if (units < 0 || rate < 0 || decimals < 0)
        return -1;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return economics::mulDivFloor(units, rate, scale);
}

QString WalletAccountsModel::valueText(qint64 units, const QString &currency) const
{
    const qint64 v = usd7(units, currency);
    return v < 0 ? QString() : m_format(v);
}

QVariant WalletAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const QString cur = currencyOfChain(r.account.chain);
    switch (role) {
    case ChainRole:
        return r.account.chain;
    case AddressRole:
        return r.account.address;
    case CurrencyRole:
        return cur;
    case UnitsRole:
        return r.units;
    case Usd7Role:
        return usd7(r);
    case WatchOnlyRole:
        return r.account.watchOnly;
    case IndexRole:
        return r.account.index;
    case Qt::ToolTipRole:
        if (!r.error.isEmpty())
            return r.error;
        if (index.column() == AddressColumn)
            return r.account.address;
        if (r.account.watchOnly)
            return tr("Watch-only: this wallet holds no key for this address.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BalanceColumn || index.column() == ValueColumn ||
            index.column() == IndexColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ChainColumn:
        return r.account.watchOnly ? tr("%1 (%2), watch-only").arg(chainName(r.account.chain), cur)
                                   : tr("%1 (%2)").arg(chainName(r.account.chain), cur);
    case IndexColumn:
        return r.account.watchOnly ? QString() : QString::number(r.account.index);
    case AddressColumn:
        return r.account.address;
    case BalanceColumn:
        if (!r.error.isEmpty())
            return tr("unavailable");
        if (r.units < 0)
            return tr("…");
        return formatAmount(r.units, cur);
    case ValueColumn: {
        const qint64 v = usd7(r);
        return v < 0 ? QString() : m_format(v);
    }
    default:
        return {};
    }
}

QVariant WalletAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChainColumn:
        return tr("Chain");
    case IndexColumn:
        return tr("Index");
    case AddressColumn:
        return tr("Address");
    case BalanceColumn:
        return tr("Balance");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

WalletService::Account WalletAccountsModel::account(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).account : WalletService::Account{};
}

qint64 WalletAccountsModel::units(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).units : -1;
}

int WalletAccountsModel::rowOf(const QString &address) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).account.address == address)
            return i;
    }
    return -1;
}

void WalletAccountsModel::setValueFormatter(std::function<QString(qint64)> format)
{
    m_format = std::move(format);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(int(m_rows.size()) - 1, ValueColumn));
}

void WalletAccountsModel::refresh()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    QHash<QString, qint64> previous;
    for (const Row &r : std::as_const(m_rows))
        previous.insert(r.account.address, r.units);
    m_rows.clear();
    if (m_wallet) {
        for (const WalletService::Account &a : m_wallet->accounts())
            m_rows.append({a, previous.value(a.address, -1), false, {}});
    }
    endResetModel();
    m_errors.clear();
    m_pending = 1; // held until every call is made, so a synchronous answer cannot settle early
    if (!m_accounts || !m_accounts->connected()) {
        m_pending = 0;
        emit failed(tr("Not connected to a platform node: balances are unavailable."));
        emit refreshed();
        return;
    }
    if (m_market) {
        ++m_pending;
        m_market->rates(this, [this, generation](Result<QList<Rate>> rates) {
            if (generation != m_generation)
                return;
            if (rates) {
                m_rates.clear();
                for (const Rate &r : std::as_const(*rates))
                    m_rates.insert(r.currency, r.usd7PerCoin);
            }
            settle();
        });
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const WalletService::Account a = m_rows.at(i).account;
        ++m_pending;
        m_accounts->account(a.address, this, [this, generation, a](Result<LedgerAccount> r) {
            if (generation != m_generation)
                return;
            const int row = rowOf(a.address);
            if (row >= 0) {
                Row &target = m_rows[row];
                if (r) {
                    target.units = r->balance(currencyOfChain(a.chain));
                    target.funded = true;
                    target.error.clear();
                    if (r->developmentNetwork || r->network == QLatin1String("dev"))
                        m_development = true;
                } else if (r.error().code == QLatin1String("not_found")) {
                    target.units = 0; // never funded: nothing on the ledger yet
                    target.funded = false;
                    target.error.clear();
                    m_development = true; // only the development ledgers answer accounts
                } else {
                    target.error = r.error().message;
                    m_errors << r.error().message;
                }
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            settle();
        });
    }
    settle();
}

void WalletAccountsModel::settle()
{
    if (--m_pending > 0)
        return;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (!m_errors.isEmpty())
        emit failed(m_errors.first());
    emit refreshed();
}

} // namespace fb
