// IdTableModel<T>: the scaffolding the provider's tables share: a list of records with an `id`
// (Deal, Offer), replaced as a whole (a model reset), looked up by id, and a way to tell views
// that some columns changed when what they depend on (the other list) changes. Subclasses add
// Q_OBJECT, their columns and data().
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

template <typename T> class IdTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<T> &items)
    {
        beginResetModel();
        m_items = items;
        endResetModel();
    }
    const QList<T> &items() const { return m_items; }

    std::optional<T> find(const QString &id) const
    {
        for (const T &item : m_items)
            if (item.id == id)
                return item;
        return std::nullopt;
    }

    QModelIndex indexOf(const QString &id) const
    {
        for (int r = 0; r < m_items.size(); ++r)
            if (m_items[r].id == id)
                return index(r, 0);
        return {};
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

protected:
    // The record behind a valid index of this model, or nullptr.
    const T *itemAt(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && index.row() < m_items.size()
                   ? &m_items[index.row()]
                   : nullptr;
    }
    // Columns first..last of every row changed.
    void columnsChanged(int first, int last)
    {
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, first), index(int(m_items.size()) - 1, last));
    }

private:
    QList<T> m_items;
};

} // namespace fb
