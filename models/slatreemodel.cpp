#include "models/slatreemodel.h"

#include "wire/domain.h"

namespace fb {

namespace {

constexpr quintptr kSlaRow = 0; // internal id of an SLA row; a deal row holds its SLA's row + 1

} // namespace

SlaTreeModel::SlaTreeModel(std::unique_ptr<DealsModel> deals, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(std::move(deals))
{
    if (m_source) {
        // Every re-read of the cache (a sync page, a filter, a sort) ends in a reset.
        connect(m_source.get(), &QAbstractItemModel::modelReset, this, &SlaTreeModel::rebuild);
        connect(m_source.get(), &QAbstractItemModel::rowsInserted, this, [this] {
            if (!m_loading)
                rebuild();
        });
        m_source->refresh(); // the first read; its reset groups the rows
    } else {
        rebuild();
    }
}

SlaTreeModel::~SlaTreeModel() = default;

void SlaTreeModel::refresh()
{
    if (m_source)
        m_source->refresh();
}

void SlaTreeModel::setUsage(UsageFunction usage)
{
    m_usage = std::move(usage);
    for (int i = 0; i < m_slas.size(); ++i)
        m_slas[i].usedBytes = m_usage ? m_usage(m_slas[i].id) : std::nullopt;
    if (!m_slas.isEmpty())
        Q_EMIT dataChanged(index(0, Size), index(int(m_slas.size()) - 1, Size));
}

void SlaTreeModel::setNames(NameFunction names, RenameFunction rename)
{
    m_names = std::move(names);
    m_rename = std::move(rename);
    refreshNames();
}

void SlaTreeModel::setFormats(const Formats &formats)
{
    m_formats = formats;
    if (!m_slas.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_slas.size()) - 1, ColumnCount - 1));
    for (int i = 0; i < m_slas.size(); ++i) {
        const QModelIndex parent = index(i, 0);
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, 0, parent),
                               index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

void SlaTreeModel::refreshNames()
{
    for (SlaRow &sla : m_slas)
        sla.name = m_names ? m_names(sla.id) : QString();
    if (!m_slas.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(int(m_slas.size()) - 1, Name));
}

Qt::ItemFlags SlaTreeModel::flags(const QModelIndex &idx) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(idx);
    if (idx.isValid() && idx.internalId() == kSlaRow && idx.column() == Name && m_rename)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SlaTreeModel::setData(const QModelIndex &idx, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !idx.isValid() || idx.internalId() != kSlaRow ||
        idx.column() != Name || !m_rename)
        return false;
    SlaRow &sla = m_slas[idx.row()];
    if (!m_rename(sla.id, value.toString()))
        return false;
    sla.name = m_names ? m_names(sla.id) : value.toString();
    Q_EMIT dataChanged(idx, idx);
    return true;
}

void SlaTreeModel::rebuild()
{
    beginResetModel();
    m_slas.clear();
    if (m_source) {
        // The agreements of one consumer are few: group them all (newest SLA first, the order
        // of the deals model).
        m_loading = true;
        while (m_source->canFetchMore())
            m_source->fetchMore();
        m_loading = false;
        QHash<QString, int> at;
        for (int r = 0; r < m_source->rowCount(); ++r) {
            auto v = [&](int role, int column = 0) {
                return m_source->index(r, column).data(role);
            };
            DealRow d;
            d.id = v(DealsModel::IdRole).toString();
            d.slaId = v(DealsModel::SlaIdRole).toString();
            d.offerId = v(DealsModel::OfferIdRole).toString();
            d.providerName = v(Qt::DisplayRole, DealsModel::Provider).toString();
            d.state = v(DealsModel::StateRole).toString();
            d.sizeBytes = v(DealsModel::SizeBytesRole).toLongLong();
            d.totalUnits = v(DealsModel::TotalUnitsRole).toLongLong();
            d.paidUnits = v(DealsModel::PaidUnitsRole).toLongLong();
            d.paidCurrency = v(DealsModel::PaidCurrencyRole).toString();
            d.paidUsd = v(DealsModel::PaidUsdRole).toLongLong();
            d.durationDays = v(DealsModel::DurationDaysRole).toInt();
            d.complianceBps = v(DealsModel::ComplianceRole).toInt();
            d.start = v(DealsModel::StartRole).toDateTime();
            d.end = v(DealsModel::EndRole).toDateTime();
            d.upcoming = v(DealsModel::UpcomingStartRole).toDateTime();
            d.created =
                timestampFromJson(v(DealsModel::SortValueRole, DealsModel::Created).toString())
                    .value_or(QDateTime());
            d.awaiting = v(DealsModel::AwaitingPaymentRole).toBool();
            auto it = at.constFind(d.slaId);
            if (it == at.constEnd()) {
                it = at.insert(d.slaId, int(m_slas.size()));
                m_slas.append(SlaRow{d.slaId, {}, std::nullopt, QString()});
            }
            m_slas[*it].deals.append(d);
        }
        for (SlaRow &sla : m_slas) {
            if (m_usage)
                sla.usedBytes = m_usage(sla.id);
            if (m_names)
                sla.name = m_names(sla.id);
        }
    }
    endResetModel();
}

QModelIndex SlaTreeModel::slaIndex(const QString &slaId) const
{
    for (int i = 0; i < m_slas.size(); ++i)
        if (m_slas[i].id == slaId)
            return index(i, 0);
    return {};
}

QModelIndex SlaTreeModel::dealIndex(const QString &dealId) const
{
    for (int i = 0; i < m_slas.size(); ++i)
        for (int j = 0; j < m_slas[i].deals.size(); ++j)
            if (m_slas[i].deals[j].id == dealId)
                return index(j, 0, index(i, 0));
    return {};
}

QStringList SlaTreeModel::dealIds(const QModelIndex &idx) const
{
    QStringList out;
    if (!idx.isValid() || idx.model() != this)
        return out;
    if (idx.internalId() == kSlaRow) {
        for (const DealRow &d : m_slas.at(idx.row()).deals)
            out << d.id;
    } else {
        out << m_slas.at(int(idx.internalId() - 1)).deals.at(idx.row()).id;
    }
    return out;
}

QStringList SlaTreeModel::awaitingPaymentIds(const QModelIndex &idx) const
{
    QStringList out;
    if (!idx.isValid() || idx.model() != this)
        return out;
    const SlaRow &sla =
        m_slas.at(idx.internalId() == kSlaRow ? idx.row() : int(idx.internalId() - 1));
    for (int j = 0; j < sla.deals.size(); ++j) {
        if (idx.internalId() != kSlaRow && j != idx.row())
            continue;
        if (sla.deals[j].awaiting)
            out << sla.deals[j].id;
    }
    return out;
}

QModelIndex SlaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_slas.size() ? createIndex(row, column, kSlaRow) : QModelIndex();
    if (parent.internalId() != kSlaRow || parent.row() >= m_slas.size() ||
        row >= m_slas[parent.row()].deals.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SlaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSlaRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSlaRow);
}

int SlaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_slas.size());
    if (parent.column() != 0 || parent.internalId() != kSlaRow)
        return 0;
    return int(m_slas.at(parent.row()).deals.size());
}

int SlaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SlaTreeModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid))
        return {};
    if (idx.internalId() == kSlaRow)
        return slaData(m_slas.at(idx.row()), idx.column(), role);
    const SlaRow &sla = m_slas.at(int(idx.internalId() - 1));
    return dealData(sla.deals.at(idx.row()), idx.column(), role);
}

// What was deposited in its coin, and about what that is in the display currency:
// "10.7273 XLM (≈ 1,09 €)".
QString SlaTreeModel::withDisplayValue(const QString &coinText, qint64 usd7) const
{
    if (usd7 <= 0 || coinText.contains(m_formats.currency()))
        return coinText;
    return tr("%1 (≈ %2)").arg(coinText, m_formats.money(usd7));
}

qint64 SlaTreeModel::paidUsd(const SlaRow &sla)
{
    qint64 usd7 = 0;
    for (const DealRow &d : sla.deals)
        usd7 += d.paidUsd;
    return usd7;
}

QString SlaTreeModel::paidText(const DealRow &d) const
{
    const QString text = DealsModel::paidText(d.paidUnits, d.paidCurrency, d.state);
    return d.paidUnits != 0 ? withDisplayValue(text, d.paidUsd) : text;
}

QString SlaTreeModel::slaPaidText(const SlaRow &sla) const
{
    qint64 paid = 0;
    QStringList coins;
    bool awaiting = false;
    for (const DealRow &d : sla.deals) {
        awaiting |= d.awaiting;
        if (d.paidUnits == 0)
            continue;
        paid += d.paidUnits;
        for (const QString &c : d.paidCurrency.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!coins.contains(c))
                coins << c;
    }
    QString text;
    if (paid != 0)
        text = withDisplayValue(DealsModel::paidText(paid, coins.join(QLatin1Char(',')), QString()),
                                paidUsd(sla));
    if (awaiting)
        return text.isEmpty() ? tr("Awaiting payment")
                              : tr("%1, the rest awaiting payment").arg(text);
    return text.isEmpty() ? tr("Not paid") : text;
}

QVariant SlaTreeModel::slaData(const SlaRow &sla, int column, int role) const
{
    switch (role) {
    case SlaIdRole:
        return sla.id;
    case IsSlaRole:
        return true;
    case SearchRole:
        return QString(sla.id + QLatin1Char('\n') + sla.name);
    case Qt::EditRole:
        return column == Name ? QVariant(sla.name) : QVariant();
    case AwaitingPaymentRole:
        return std::any_of(sla.deals.cbegin(), sla.deals.cend(),
                           [](const DealRow &d) { return d.awaiting; });
    case PaidTextRole:
        return slaPaidText(sla);
    case Qt::ToolTipRole:
        if (column == Size)
            return tr("Stored in the Files page under this agreement / the size agreed with each "
                      "provider");
        if (column == Name && m_rename)
            return tr("%1 (agreement %2). F2 renames it.").arg(sla.name, sla.id);
        // The states and payments of several deals run long: whole here when the cell elides.
        if (column == State || column == Paid)
            return slaData(sla, column, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    qint64 total = 0, size = 0, paidUsd = 0;
    QStringList states;
    QDateTime created;
    for (const DealRow &d : sla.deals) {
        total += d.totalUnits;
        paidUsd += d.paidUsd;
        size = qMax(size, d.sizeBytes);
        const QString s = DealsModel::stateText(d.state, d.upcoming);
        if (!states.contains(s))
            states << s;
        if (!created.isValid() || d.created > created)
            created = d.created;
    }
    switch (column) {
    case Name:
        if (sort)
            return created;
        return sla.name.isEmpty()
                   ? tr("Agreement with %n provider(s)", nullptr, int(sla.deals.size()))
                   : sla.name;
    case State:
        return states.join(QStringLiteral(", "));
    case Period:
        return sort ? QVariant(created) : QVariant();
    case Size: {
        if (sort)
            return size;
        return sla.usedBytes
                   ? tr("%1 / %2").arg(m_formats.size(*sla.usedBytes), m_formats.size(size))
                   : m_formats.size(size);
    }
    case Cost:
        return sort ? QVariant(total) : QVariant(m_formats.money(total));
    case Paid:
        return sort ? QVariant(paidUsd) : QVariant(slaPaidText(sla));
    case Qos:
        return sort ? QVariant(-1) : QVariant();
    default:
        return {};
    }
}

QVariant SlaTreeModel::dealData(const DealRow &d, int column, int role) const
{
    switch (role) {
    case DealIdRole:
        return d.id;
    case SlaIdRole:
        return d.slaId;
    case IsSlaRole:
        return false;
    case StateRole:
        return d.state;
    case OfferIdRole:
        return d.offerId;
    case AwaitingPaymentRole:
        return d.awaiting;
    case PaidTextRole:
        return paidText(d);
    case PaidUnitsRole:
        return d.paidUnits;
    case SearchRole:
        return QStringList{d.id, d.providerName, DealsModel::stateText(d.state, d.upcoming),
                           d.state}
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole: {
        // The whole deal on every cell (a narrow window elides them), and on Paid what the
        // amount means.
        QString tip = dealSummary(d);
        if (column == Paid && d.paidUnits != 0)
            tip += QStringLiteral("\n\n") +
                   tr("Deposited into escrow for this deal (%1)").arg(m_formats.money(d.paidUsd));
        else if (column == Paid && d.awaiting)
            tip += QStringLiteral("\n\n") +
                   (d.state == QLatin1String("Pending")
                        ? tr("The provider has not accepted yet; you pay once it does.")
                        : tr("Accepted by the provider: pay to fund the escrow."));
        return tip;
    }
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case Name:
        return d.providerName;
    case State:
        return DealsModel::stateText(d.state, d.upcoming);
    case Period:
        if (sort)
            return d.start.isValid() ? d.start : d.created;
        return d.start.isValid() ? tr("%1 – %2").arg(m_formats.date(d.start), m_formats.date(d.end))
                                 : tr("%n day(s), not started", nullptr, d.durationDays);
    case Size:
        return sort ? QVariant(d.sizeBytes) : QVariant(m_formats.size(d.sizeBytes));
    case Cost:
        return sort ? QVariant(d.totalUnits) : QVariant(m_formats.money(d.totalUnits));
    case Paid:
        return sort ? QVariant(d.paidUsd) : QVariant(paidText(d));
    case Qos:
        if (sort)
            return d.complianceBps;
        return d.complianceBps < 0 ? tr("no samples yet") : m_formats.percentBps(d.complianceBps);
    default:
        return {};
    }
}

QString SlaTreeModel::dealSummary(const DealRow &d) const
{
    // Each line titled as its column is, but Size: that column's title ("Used / agreed") is
    // the agreement's.
    const auto line = [](const QString &title, const QString &value) {
        return tr("%1: %2").arg(title, value);
    };
    const auto cell = [this, &d](int column) { return dealData(d, column, Qt::DisplayRole); };
    return QStringList{d.providerName,
                       line(headerData(State, Qt::Horizontal).toString(), cell(State).toString()),
                       line(headerData(Period, Qt::Horizontal).toString(), cell(Period).toString()),
                       line(tr("Size"), cell(Size).toString()),
                       line(headerData(Cost, Qt::Horizontal).toString(), cell(Cost).toString()),
                       line(headerData(Paid, Qt::Horizontal).toString(), cell(Paid).toString()),
                       line(headerData(Qos, Qt::Horizontal).toString(), cell(Qos).toString())}
        .join(QLatin1Char('\n'));
}

QVariant SlaTreeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Agreement / provider");
    case State:
        return tr("State");
    case Period:
        return tr("Period");
    case Size:
        return tr("Used / agreed");
    case Cost:
        return tr("Cost");
    case Paid:
        return tr("Paid");
    case Qos:
        return tr("QoS");
    default:
        return {};
    }
}

} // namespace fb
