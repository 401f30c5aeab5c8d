// OfferFilterPanel: the marketplace's filter controls (search, location, tier, protocol,
// certification, price, reputation, free capacity) and the user's saved filters. Emits the
// OfferFilter to apply; the search text is debounced so typing re-queries once per pause. The
// search field stays on top; the filters below it scroll, following the keyboard focus.
#pragma once

#include "models/offersmodel.h"
#include "ui/widgets/priceformat.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace fb::ui {

class OfferFilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OfferFilterPanel(QWidget *parent = nullptr);

    OfferFilter filter() const;
    void setFilter(const OfferFilter &f);
    // The values the combos offer (from the cache); keeps the current choice when still listed.
    void setChoices(const QStringList &regions, const QStringList &countries,
                    const QStringList &protocols);
    void setPriceFormat(const PriceFormat &format);
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }
    // The scrolling part: every filter but the search.
    QScrollArea *filtersArea() const { return m_scroll; }

    // Saved filters: names in the order saved; stored in QSettings under savedFiltersKey().
    QStringList savedFilterNames() const;
    void saveFilter(const QString &name);
    bool applySavedFilter(const QString &name);
    void deleteSavedFilter(const QString &name);
    static QString savedFiltersKey();

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void filterChanged(const fb::OfferFilter &filter);

private:
    void emitNow();
    void reloadSaved(const QString &select = QString());
    void promptSave();
    static void setComboValue(QComboBox *combo, const QString &value);

    QLineEdit *m_search;
    QScrollArea *m_scroll = nullptr;
    QTimer *m_debounce;
    QComboBox *m_region;
    QComboBox *m_country;
    QComboBox *m_tier;
    QComboBox *m_protocol;
    QCheckBox *m_certified;
    QDoubleSpinBox *m_maxPrice;
    QSpinBox *m_minReputation;
    QDoubleSpinBox *m_minFreeTb;
    QComboBox *m_saved;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_clear;
    PriceFormat m_price;
    bool m_applying = false;
};

} // namespace fb::ui
