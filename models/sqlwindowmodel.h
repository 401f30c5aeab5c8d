// SqlWindowModel: the common machinery of the cache's table models (providers, deals, payments).
// The subclass supplies the SELECT (its columns in a fixed order), the WHERE clause of its filter
// and the ORDER BY expression of each sortable column; the base runs one LIMITed query per window
// (fetchMore), so a filter change re-runs a single indexed query instead of copying the table.
// Rows are kept as the selected values; data() of the subclass reads them with value().
#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariantList>

namespace fb {

class SqlWindowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    void setBatchSize(int n) { m_batch = std::max(1, n); }
    int batchSize() const { return m_batch; }
    // Re-runs the query from the first window (after a sync, or a filter change); keeps the sort.
    void refresh();
    // Rows matching the filter (one COUNT query; not needed for scrolling).
    qint64 totalCount() const;
    QString lastError() const { return m_error; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The statement of one window (for tests): select + where + order by + LIMIT ? OFFSET ?.
    QString windowSql(QVariantList *binds) const;

protected:
    SqlWindowModel(QSqlDatabase db, int sortColumn, Qt::SortOrder order, QObject *parent);

    // "SELECT ... FROM ... [JOIN ...]": the row values, in the order value() indexes them.
    virtual QString selectSql() const = 0;
    // " WHERE ..." (or empty) for the current filter, appending its bind values.
    virtual QString whereSql(QVariantList *binds) const = 0;
    // The ORDER BY expression of a column; empty: not sortable.
    virtual QString sortExpression(int column) const = 0;
    // The unique tie-breaker appended to every ORDER BY (stable windows).
    virtual QString keyExpression() const { return QStringLiteral("id"); }

    QVariant value(int row, int field) const;
    QSqlDatabase database() const { return m_db; }

private:
    QList<QVariantList> load(int offset, int limit);

    QSqlDatabase m_db;
    int m_sortColumn;
    Qt::SortOrder m_order;
    int m_batch = 200;
    QList<QVariantList> m_rows;
    bool m_more = false;
    QString m_error;
};

// "%text%" for LIKE ... ESCAPE '\' with the text's own wildcards taken literally.
QString likeContains(const QString &text);
// A stored ISO timestamp as Formats shows it (local date and time, or the date alone); empty
// when unset or unparsable.
enum class TimestampShows { DateTime, Date };
QString displayTimestamp(const QString &iso, TimestampShows shows = TimestampShows::DateTime);

} // namespace fb
