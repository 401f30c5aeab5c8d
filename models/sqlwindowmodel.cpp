#include "models/sqlwindowmodel.h"

#include "models/formats.h"

#include "wire/domain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fb {

QString likeContains(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + s + QLatin1Char('%');
}

QString displayTimestamp(const QString &iso, TimestampShows shows)
{
    const std::optional<QDateTime> at = timestampFromJson(iso);
    if (!at || !at->isValid())
        return QString();
    const Formats f;
    return shows == TimestampShows::Date ? f.date(*at) : f.dateTime(*at);
}

SqlWindowModel::SqlWindowModel(QSqlDatabase db, int sortColumn, Qt::SortOrder order,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_sortColumn(sortColumn)
    , m_order(order)
{}

QString SqlWindowModel::windowSql(QVariantList *binds) const
{
    const QString dir =
        m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order = QStringLiteral(" ORDER BY ");
    const QString expr = sortExpression(m_sortColumn);
    if (!expr.isEmpty())
        order += expr + dir + QStringLiteral(", ");
    order += keyExpression() + dir;
    return selectSql() + whereSql(binds) + order + QStringLiteral(" LIMIT ? OFFSET ?");
}

QList<QVariantList> SqlWindowModel::load(int offset, int limit)
{
    QVariantList binds;
    const QString sql = windowSql(&binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<QVariantList> out;
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return out;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    m_error.clear();
    const int fields = q.record().count();
    out.reserve(limit);
    while (q.next()) {
        QVariantList row;
        row.reserve(fields);
        for (int i = 0; i < fields; ++i)
            row << q.value(i);
        out << std::move(row);
    }
    return out;
}

void SqlWindowModel::refresh()
{
    beginResetModel();
    m_rows = load(0, m_batch);
    m_more = m_rows.size() == m_batch;
    endResetModel();
}

qint64 SqlWindowModel::totalCount() const
{
    QVariantList binds;
    const QString where = whereSql(&binds);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (") + selectSql() + where + QLatin1Char(')'));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int SqlWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool SqlWindowModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void SqlWindowModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QList<QVariantList> more = load(int(m_rows.size()), m_batch);
    m_more = more.size() == m_batch;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void SqlWindowModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || sortExpression(column).isEmpty())
        return;
    m_sortColumn = column;
    m_order = order;
    refresh();
}

QVariant SqlWindowModel::value(int row, int field) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).value(field);
}

} // namespace fb
