#include "models/wallethistorymodel.h"

#include "models/formats.h"

#include "models/accountservice.h"
#include "models/walletaccountsmodel.h"

#include <algorithm>

namespace fb {

WalletHistoryModel::WalletHistoryModel(AccountService *accounts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_accounts(accounts)
{}

int WalletHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WalletHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WalletHistoryModel::kindText(const LedgerEntry &e)
{
    const bool in = e.incoming();
    if (e.kind == QLatin1String("transfer"))
        return in ? tr("Received") : tr("Sent");
    if (e.kind == QLatin1String("faucet"))
        return tr("Faucet");
    if (e.kind == QLatin1String("deposit"))
        return in ? tr("Deal deposit received") : tr("Deal payment");
    if (e.kind == QLatin1String("release"))
        return in ? tr("Deal earnings") : tr("Deal release");
    if (e.kind == QLatin1String("refund"))
        return in ? tr("Deal refund") : tr("Refund paid");
    if (e.kind == QLatin1String("slash"))
        return in ? tr("Deal penalty received") : tr("Deal penalty");
    if (e.kind == QLatin1String("fee"))
        return tr("Platform fee");
    return e.kind;
}

QVariant WalletHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const LedgerEntry &e = r.entry;
    const qint64 signedUnits = e.incoming() ? e.amount.units : -e.amount.units;
    switch (role) {
    case HashRole:
        return e.hash;
    case DealIdRole:
        return e.dealId;
    case IncomingRole:
        return e.incoming();
    case UnitsRole:
        return signedUnits;
    case Qt::ToolTipRole:
        if (index.column() == DealColumn && !e.dealId.isEmpty())
            return tr("Deal %1. Double-click to open the agreement.").arg(e.dealId);
        return tr("Transaction %1").arg(e.hash);
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                              : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return Formats().dateTime(e.at);
    case AccountColumn:
        return tr("%1 #%2")
            .arg(WalletAccountsModel::chainName(r.account.chain))
            .arg(r.account.index);
    case KindColumn:
        return kindText(e);
    case AmountColumn: {
        QString text = WalletAccountsModel::formatAmount(e.amount.units, e.amount.currency);
        text.prepend(e.incoming() ? QChar(u'+') : QChar(u'\u2212'));
        return text;
    }
    case CounterpartyColumn:
        if (e.kind == QLatin1String("faucet"))
            return tr("development faucet");
        return e.incoming() ? e.from : e.to;
    case MemoColumn:
        return e.memo;
    case DealColumn:
        return m_agreementNames.value(e.dealId, e.dealId);
    default:
        return {};
    }
}

void WalletHistoryModel::setAgreementNames(std::function<QString(const QString &)> nameOfDeal)
{
    m_nameOfDeal = std::move(nameOfDeal);
    refreshNames();
}

void WalletHistoryModel::refreshNames()
{
    m_agreementNames.clear();
    if (m_nameOfDeal) {
        for (const Row &r : std::as_const(m_rows)) {
            if (r.entry.dealId.isEmpty() || m_agreementNames.contains(r.entry.dealId))
                continue;
            const QString name = m_nameOfDeal(r.entry.dealId);
            if (!name.isEmpty())
                m_agreementNames.insert(r.entry.dealId, name);
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DealColumn), index(int(m_rows.size()) - 1, DealColumn));
}

QVariant WalletHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AccountColumn:
        return tr("Account");
    case KindColumn:
        return tr("What");
    case AmountColumn:
        return tr("Amount");
    case CounterpartyColumn:
        return tr("From / to");
    case MemoColumn:
        return tr("Memo");
    case DealColumn:
        return tr("Agreement");
    default:
        return {};
    }
}

bool WalletHistoryModel::containsHash(const QString &hash) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [&](const Row &r) { return r.entry.hash == hash; });
}

void WalletHistoryModel::refresh(const QList<WalletService::Account> &accounts)
{
    const quint64 generation = ++m_generation;
    m_incoming.clear();
    m_errors.clear();
    m_pending = 1;
    if (!m_accounts || !m_accounts->connected()) {
        m_pending = 0;
        emit failed(tr("Not connected to a platform node: the history is unavailable."));
        emit refreshed();
        return;
    }
    for (const WalletService::Account &a : accounts) {
        ++m_pending;
        m_accounts->history(a.address, this, [this, generation, a](Result<QList<LedgerEntry>> r) {
            if (generation != m_generation)
                return;
            if (r) {
                for (LedgerEntry &e : *r)
                    m_incoming.append({a, std::move(e)});
            } else {
                m_errors << r.error().message;
            }
            settle();
        });
    }
    settle();
}

void WalletHistoryModel::settle()
{
    if (--m_pending > 0)
        return;
    std::stable_sort(m_incoming.begin(), m_incoming.end(),
                     [](const Row &a, const Row &b) { return a.entry.at > b.entry.at; });
    beginResetModel();
    m_rows = std::move(m_incoming);
    m_incoming.clear();
    endResetModel();
    refreshNames();
    if (!m_errors.isEmpty())
        emit failed(m_errors.first());
    emit refreshed();
}

namespace {
QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(QLatin1Char('"')) || t.contains(QLatin1Char(',')) ||
        t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r'))) {
        t.replace(QLatin1String("\""), QLatin1String("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}
} // namespace

QByteArray WalletHistoryModel::csv(const QList<int> &rows) const
{
    QByteArray out = "date,chain,account,address,kind,direction,amount,currency,fee,from,to,memo,"
                     "deal,transaction\r\n";
    QList<int> which = rows;
    if (which.isEmpty()) {
        for (int i = 0; i < m_rows.size(); ++i)
            which << i;
    }
    for (int i : std::as_const(which)) {
        if (i < 0 || i >= m_rows.size())
            continue;
        const Row &r = m_rows.at(i);
        const LedgerEntry &e = r.entry;
        const int decimals = qMax(0, currencyDecimals(e.amount.currency));
        const QStringList fields{
            e.at.toUTC().toString(Qt::ISODate), r.account.chain, QString::number(r.account.index),
            r.account.address, e.kind, e.direction,
            (e.incoming() ? QString() : QStringLiteral("-")) +
                formatUnits(QString::number(e.amount.units), decimals),
            e.amount.currency, QString::number(e.fee), e.from, e.to,
            // A memo comes from whoever paid: never let a spreadsheet read it as a formula.
            (!e.memo.isEmpty() && QStringLiteral("=+-@\t\r").contains(e.memo.front()))
                ? QLatin1Char('\'') + e.memo
                : e.memo,
            e.dealId, e.hash};
        QList<QByteArray> cells;
        for (const QString &f : fields)
            cells << csvField(f);
        out += cells.join(',') + "\r\n";
    }
    return out;
}

} // namespace fb
