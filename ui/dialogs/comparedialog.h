// CompareDialog: up to four offers side by side, one attribute per row, the best value of each
// comparable row highlighted (lowest price and latency, highest tier, uptime, reputation, room).
#pragma once

#include "wire/domain.h"
#include "ui/widgets/priceformat.h"

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace fb::ui {

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // providers: by id (a missing one shows the offer's provider id).
    CompareDialog(const QList<Offer> &offers, const QHash<QString, Provider> &providers,
                  const PriceFormat &price, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Role on a cell: true when it holds its row's best value.
    static constexpr int BestRole = Qt::UserRole + 1;

Q_SIGNALS:
    void slaRequested(const QStringList &offerIds);

private:
    QTableWidget *m_table;
};

} // namespace fb::ui
