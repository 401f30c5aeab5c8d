#include "ui/widgets/offerfilterpanel.h"

#include "models/savedfilters.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {
constexpr double kBytesPerTb = 1e12;

QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &tip)
{
    auto *c = new QComboBox(parent);
    c->setAccessibleName(name);
    c->setToolTip(tip);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(10);
    return c;
}
} // namespace

OfferFilterPanel::OfferFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_region(makeCombo(this, tr("Region"), tr("Only offers in this region")))
    , m_country(makeCombo(this, tr("Country"), tr("Only offers whose data stays in this country")))
    , m_tier(makeCombo(this, tr("Minimum QoS tier"), tr("Only offers of this QoS tier or better")))
    , m_protocol(makeCombo(this, tr("Protocol"), tr("Only offers speaking this storage protocol")))
    , m_certified(new QCheckBox(tr("Certified providers only"), this))
    , m_maxPrice(new QDoubleSpinBox(this))
    , m_minReputation(new QSpinBox(this))
    , m_minFreeTb(new QDoubleSpinBox(this))
    , m_saved(makeCombo(this, tr("Saved filters"), tr("Apply a filter you saved")))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
{
    setObjectName(QStringLiteral("offerFilterPanel"));
    m_search->setObjectName(QStringLiteral("offerSearch"));
    m_search->setPlaceholderText(tr("Search offers, providers"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search offers"));
    m_search->setToolTip(tr("Matches offer and provider names (Ctrl+F)"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_applying)
            m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &OfferFilterPanel::emitNow);

    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_protocol->setObjectName(QStringLiteral("protocolFilter"));
    m_certified->setObjectName(QStringLiteral("certifiedFilter"));
    m_maxPrice->setObjectName(QStringLiteral("maxPriceFilter"));
    m_minReputation->setObjectName(QStringLiteral("minReputationFilter"));
    m_minFreeTb->setObjectName(QStringLiteral("minFreeFilter"));
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_save->setObjectName(QStringLiteral("saveFilter"));
    m_delete->setObjectName(QStringLiteral("deleteFilter"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));

    m_tier->addItem(tr("Any tier"), QString());
    m_tier->addItem(tr("Bronze or better"), QStringLiteral("bronze"));
    m_tier->addItem(tr("Silver or better"), QStringLiteral("silver"));
    m_tier->addItem(tr("Gold or better"), QStringLiteral("gold"));
    m_tier->addItem(tr("Platinum"), QStringLiteral("platinum"));
    setChoices({}, {}, {});

    m_certified->setAccessibleName(tr("Certified providers only"));
    m_certified->setToolTip(tr("Only providers whose certification is approved and not expired"));

    m_maxPrice->setDecimals(4);
    m_maxPrice->setRange(0, 1000);
    m_maxPrice->setSingleStep(0.001);
    m_maxPrice->setSpecialValueText(tr("Any price"));
    m_maxPrice->setAccessibleName(tr("Maximum storage price per GB-month"));
    m_maxPrice->setToolTip(tr("Highest storage price per GB and month; 0 means any"));
    m_minReputation->setRange(0, 100);
    m_minReputation->setSpecialValueText(tr("Any"));
    m_minReputation->setAccessibleName(tr("Minimum reputation"));
    m_minReputation->setToolTip(tr("Lowest provider reputation (0 to 100); 0 means any"));
    m_minFreeTb->setDecimals(1);
    m_minFreeTb->setRange(0, 1e6);
    m_minFreeTb->setSuffix(tr(" TB"));
    m_minFreeTb->setSpecialValueText(tr("Any"));
    m_minFreeTb->setAccessibleName(tr("Minimum free capacity in terabytes"));
    m_minFreeTb->setToolTip(tr("Only offers with at least this much free capacity; 0 means any"));
    setPriceFormat(PriceFormat());

    m_save->setAccessibleName(tr("Save the current filter"));
    m_save->setToolTip(tr("Save the current filter under a name"));
    m_delete->setAccessibleName(tr("Delete the selected saved filter"));
    m_delete->setToolTip(tr("Delete the selected saved filter"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every offer again"));

    for (QComboBox *c : {m_region, m_country, m_tier, m_protocol})
        connect(c, &QComboBox::currentIndexChanged, this, &OfferFilterPanel::emitNow);
    connect(m_certified, &QCheckBox::toggled, this, &OfferFilterPanel::emitNow);
    connect(m_maxPrice, &QDoubleSpinBox::valueChanged, this, &OfferFilterPanel::emitNow);
    connect(m_minReputation, &QSpinBox::valueChanged, this, &OfferFilterPanel::emitNow);
    connect(m_minFreeTb, &QDoubleSpinBox::valueChanged, this, &OfferFilterPanel::emitNow);
    connect(m_clear, &QPushButton::clicked, this, &OfferFilterPanel::clear);
    connect(m_save, &QPushButton::clicked, this, &OfferFilterPanel::promptSave);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() > 0)
            deleteSavedFilter(m_saved->currentText());
    });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedFilter(m_saved->itemText(index));
        m_delete->setEnabled(index > 0);
    });

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(4);
    form->addRow(tr("&Region"), m_region);
    form->addRow(tr("Cou&ntry"), m_country);
    form->addRow(tr("Minimum &tier"), m_tier);
    form->addRow(tr("Protoco&l"), m_protocol);
    form->addRow(tr("Max storage price / GB-month"), m_maxPrice);
    form->addRow(tr("Min reputation"), m_minReputation);
    form->addRow(tr("Min free capacity"), m_minFreeTb);

    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_save);
    savedRow->addWidget(m_delete);

    // The search stays at the top, always in view; the filters under it scroll when the window
    // is short (1024x640 in French or German).
    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("offerFilterBody"));
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_certified);
    layout->addWidget(m_clear);
    layout->addSpacing(8);
    auto *savedLabel = new QLabel(tr("Saved filters"), this);
    QFont bold = savedLabel->font();
    bold.setBold(true);
    savedLabel->setFont(bold);
    layout->addWidget(savedLabel);
    layout->addWidget(m_saved);
    layout->addLayout(savedRow);
    layout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("offerFilterScroll"));
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // As wide as the filters need in the current language (French labels are longer), plus the
    // scroll bar.
    m_scroll->setFixedWidth(std::max(220, body->minimumSizeHint().width() +
                                              m_scroll->verticalScrollBar()->sizeHint().width() +
                                              4));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_search);
    outer->addSpacing(4);
    outer->addWidget(m_scroll, 1);
    // Whatever brings the keyboard to a filter (Tab, Shift+Tab, a mnemonic, a click) scrolls it
    // into view: a focused control is never under the fold.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !m_scroll->widget() || !m_scroll->widget()->isAncestorOf(now))
            return;
        // All of it, with a little room: ensureWidgetVisible() settles for a text field's
        // cursor, and a spin box could stay cut at the fold.
        const QPoint centre = now->mapTo(m_scroll->widget(), now->rect().center());
        m_scroll->ensureVisible(centre.x(), centre.y(), now->width() / 2 + 4,
                                now->height() / 2 + 8);
    });

    setTabOrder(m_search, m_region);
    setTabOrder(m_region, m_country);
    setTabOrder(m_country, m_tier);
    setTabOrder(m_tier, m_protocol);
    setTabOrder(m_protocol, m_maxPrice);
    setTabOrder(m_maxPrice, m_minReputation);
    setTabOrder(m_minReputation, m_minFreeTb);
    setTabOrder(m_minFreeTb, m_certified);
    setTabOrder(m_certified, m_clear);
    setTabOrder(m_clear, m_saved);
    setTabOrder(m_saved, m_save);
    setTabOrder(m_save, m_delete);
    reloadSaved();
}

void OfferFilterPanel::setComboValue(QComboBox *combo, const QString &value)
{
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(value, value); // a saved value the cache does not list (yet)
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

void OfferFilterPanel::setChoices(const QStringList &regions, const QStringList &countries,
                                  const QStringList &protocols)
{
    const bool was = m_applying;
    m_applying = true;
    auto fill = [](QComboBox *c, const QString &any, const QStringList &values) {
        const QString current = c->currentData().toString();
        c->clear();
        c->addItem(any, QString());
        for (const QString &v : values)
            c->addItem(v, v);
        const int i = c->findData(current);
        c->setCurrentIndex(i < 0 ? 0 : i);
    };
    fill(m_region, tr("Any region"), regions);
    fill(m_country, tr("Any country"), countries);
    fill(m_protocol, tr("Any protocol"), protocols);
    m_applying = was;
}

void OfferFilterPanel::setPriceFormat(const PriceFormat &format)
{
    const std::optional<qint64> max = filter().maxPriceStorage;
    m_price = format;
    const bool was = m_applying;
    m_applying = true;
    m_maxPrice->setSuffix(QLatin1Char(' ') + format.currency());
    m_maxPrice->setValue(max ? m_price.toDisplay(*max) : 0.0);
    m_applying = was;
}

OfferFilter OfferFilterPanel::filter() const
{
    OfferFilter f;
    f.text = m_search->text().trimmed();
    f.region = m_region->currentData().toString();
    f.country = m_country->currentData().toString();
    f.minTier = m_tier->currentData().toString();
    f.protocol = m_protocol->currentData().toString();
    f.certifiedOnly = m_certified->isChecked();
    if (m_maxPrice->value() > 0)
        f.maxPriceStorage = m_price.fromDisplay(m_maxPrice->value());
    if (m_minReputation->value() > 0)
        f.minReputation = m_minReputation->value();
    if (m_minFreeTb->value() > 0)
        f.minFreeBytes = qint64(m_minFreeTb->value() * kBytesPerTb);
    return f;
}

void OfferFilterPanel::setFilter(const OfferFilter &f)
{
    m_applying = true;
    m_search->setText(f.text);
    setComboValue(m_region, f.region);
    setComboValue(m_country, f.country);
    setComboValue(m_tier, f.minTier);
    setComboValue(m_protocol, f.protocol);
    m_certified->setChecked(f.certifiedOnly);
    m_maxPrice->setValue(f.maxPriceStorage ? m_price.toDisplay(*f.maxPriceStorage) : 0.0);
    m_minReputation->setValue(f.minReputation.value_or(0));
    m_minFreeTb->setValue(f.minFreeBytes ? double(*f.minFreeBytes) / kBytesPerTb : 0.0);
    m_applying = false;
    emitNow();
}

void OfferFilterPanel::clear()
{
    m_saved->setCurrentIndex(0);
    m_delete->setEnabled(false);
    setFilter(OfferFilter());
}

void OfferFilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OfferFilterPanel::emitNow()
{
    if (m_applying)
        return;
    m_debounce->stop();
    Q_EMIT filterChanged(filter());
}

QString OfferFilterPanel::savedFiltersKey()
{
    return SavedFilters::settingsKey();
}

QStringList OfferFilterPanel::savedFilterNames() const
{
    return SavedFilters::names();
}

void OfferFilterPanel::saveFilter(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    SavedFilters::save(name, filter());
    reloadSaved(name.trimmed());
}

bool OfferFilterPanel::applySavedFilter(const QString &name)
{
    auto f = SavedFilters::load(name);
    if (!f)
        return false;
    setFilter(*f);
    reloadSaved(name);
    return true;
}

void OfferFilterPanel::deleteSavedFilter(const QString &name)
{
    SavedFilters::remove(name);
    reloadSaved();
}

void OfferFilterPanel::reloadSaved(const QString &select)
{
    m_saved->clear();
    const QStringList names = savedFilterNames();
    m_saved->addItem(names.isEmpty() ? tr("No saved filters") : tr("Choose a saved filter"));
    for (const QString &n : names)
        m_saved->addItem(n);
    const int i = select.isEmpty() ? 0 : m_saved->findText(select);
    m_saved->setCurrentIndex(i < 0 ? 0 : i);
    m_saved->setEnabled(!names.isEmpty());
    m_delete->setEnabled(m_saved->currentIndex() > 0);
}

void OfferFilterPanel::promptSave()
{
    bool ok = false;
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of this filter:"),
                                               QLineEdit::Normal, current, &ok);
    if (ok)
        saveFilter(name);
}

} // namespace fb::ui
