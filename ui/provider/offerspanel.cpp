#include "ui/provider/offerspanel.h"

#include "models/providerservice.h"
#include "ui/emptystate.h"
#include "ui/provider/offereditordialog.h"
#include "ui/provider/pricingassistantpanel.h"
#include "ui/provider/providersession.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fb::ui {

OffersPanel::OffersPanel(ProviderSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
{
    m_proxy->setSourceModel(session->offers());
    m_proxy->setSortRole(ProviderOffersModel::SortRole);
    m_table->setObjectName(QStringLiteral("providerOffers"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProviderOffersModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Your offers"));

    auto *empty = new EmptyState(QStringLiteral(":/icons/provider.svg"), tr("No offers yet"),
                                 tr("An offer is what consumers buy: capacity at a price, in a "
                                    "region, with QoS targets. Publishing needs an approved "
                                    "certification."),
                                 m_stack);
    QPushButton *first =
        empty->addAction(tr("Publish a first offer…"), tr("Opens the offer editor (Ctrl+N)"));
    first->setObjectName(QStringLiteral("firstOffer"));
    connect(first, &QPushButton::clicked, this, &OffersPanel::newOffer);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);

    m_new = new QPushButton(tr("&New offer…"), this);
    m_new->setObjectName(QStringLiteral("newOffer"));
    // Ctrl+N reaches it through the window's File > New (ProviderPage::newItem()): a shortcut
    // of its own would make the key ambiguous, and then neither would run.
    m_new->setToolTip(tr("Publish a new offer (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editOffer"));
    m_duplicate = new QPushButton(tr("D&uplicate…"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateOffer"));
    m_duplicate->setToolTip(tr("Publish a copy of the selected offer under another name"));
    m_withdraw = new QPushButton(tr("&Withdraw"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawOffer"));
    m_lockNote = new QLabel(this);
    m_lockNote->setObjectName(QStringLiteral("offerLockNote"));
    m_lockNote->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("offersError"));
    m_error->setWordWrap(true);
    Theme::setTextColor(m_error, ThemeColor::Danger);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_withdraw);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_lockNote);
    layout->addWidget(m_error);

    connect(m_new, &QPushButton::clicked, this, &OffersPanel::newOffer);
    connect(m_edit, &QPushButton::clicked, this, &OffersPanel::editOffer);
    connect(m_duplicate, &QPushButton::clicked, this, &OffersPanel::duplicateOffer);
    connect(m_withdraw, &QPushButton::clicked, this, &OffersPanel::withdrawOffer);
    connect(m_table, &QTableView::activated, this, &OffersPanel::editOffer);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OffersPanel::updateActions);
    connect(session->offers(), &QAbstractItemModel::modelReset, this, &OffersPanel::updateActions);
    connect(session->offers(), &QAbstractItemModel::dataChanged, this, &OffersPanel::updateActions);
    updateActions();
}

QString OffersPanel::selectedOfferId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ProviderOffersModel::OfferIdRole).toString() : QString();
}

void OffersPanel::updateActions()
{
    const bool any = m_session->offers()->rowCount() > 0;
    m_stack->setCurrentIndex(any ? 1 : 0);
    if (any && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    const QString id = selectedOfferId();
    const bool locked = !id.isEmpty() && m_session->offers()->isLocked(id);
    m_edit->setEnabled(!id.isEmpty() && !locked);
    m_withdraw->setEnabled(!id.isEmpty() && !locked);
    m_duplicate->setEnabled(!id.isEmpty());
    const QString lockedWhy = tr("Locked while a deal uses it: its terms stay as the consumer "
                                 "agreed. Duplicate it to offer other terms.");
    m_edit->setToolTip(locked ? lockedWhy : tr("Change the selected offer's terms (Enter)"));
    m_withdraw->setToolTip(locked ? lockedWhy
                                  : tr("Remove the selected offer from the Marketplace"));
    if (locked) {
        const QStringList deals = m_session->offers()->lockingDeals(id);
        m_lockNote->setText(deals.isEmpty()
                                ? lockedWhy
                                : tr("This offer is locked by %1. %2")
                                      .arg(deals.join(QStringLiteral(", ")), lockedWhy));
        m_lockNote->show();
    } else {
        m_lockNote->hide();
    }
}

void OffersPanel::newOffer()
{
    openEditor(int(OfferEditorDialog::Mode::Create), QString());
}

void OffersPanel::editOffer()
{
    const QString id = selectedOfferId();
    if (id.isEmpty() || m_session->offers()->isLocked(id))
        return;
    openEditor(int(OfferEditorDialog::Mode::Edit), id);
}

void OffersPanel::duplicateOffer()
{
    const QString id = selectedOfferId();
    if (!id.isEmpty())
        openEditor(int(OfferEditorDialog::Mode::Duplicate), id);
}

void OffersPanel::openEditor(int mode, const QString &offerId)
{
    Offer start;
    if (!offerId.isEmpty()) {
        const auto o = m_session->offers()->offer(offerId);
        if (!o)
            return;
        start = *o;
    } else {
        const Certification &c = m_session->provider().certification;
        start.name = m_session->provider().name;
        start.region = c.regions.value(0);
        start.country = m_session->provider().jurisdiction.left(2).toUpper();
        start.protocols = {m_session->storage().type == QLatin1String("s3")
                               ? QStringLiteral("s3")
                               : QStringLiteral("local")};
        start.priceStoragePerGbMonthUsd7 = 200000; // $0.02
        start.priceEgressPerGbUsd7 = 500000;       // $0.05
        start.capacityBytes = qint64(1000) * 1000000000;
        start.currencies = {QStringLiteral("XLM"), QStringLiteral("ALGO"), QStringLiteral("BTC")};
        start.endpoint = m_session->storage().offerEndpoint();
    }
    auto *editor = new OfferEditorDialog(m_session->context().providers,
                                         OfferEditorDialog::Mode(mode), start, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // The pricing assistant beside the form: the market for this region, tier and protocol.
    auto *pricing = new PricingAssistantPanel(m_session->context(), editor);
    // In a scroll area: its chart and wrapped sentences need more height than the form on a
    // small screen or in a longer language, and would otherwise be drawn over each other.
    auto *pricingScroll = new QScrollArea(editor);
    pricingScroll->setObjectName(QStringLiteral("pricingScroll"));
    pricingScroll->setWidgetResizable(true);
    pricingScroll->setFrameShape(QFrame::NoFrame);
    pricingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    pricingScroll->setWidget(pricing);
    pricingScroll->setMinimumWidth(300);
    editor->sidePanelLayout()->addWidget(pricingScroll);
    // Room for the assistant beside the form, within the screen.
    const QRect screen = editor->screen() ? editor->screen()->availableGeometry() : QRect();
    editor->resize(screen.isValid() ? qMin(screen.width() - 40, 980) : 980,
                   screen.isValid() ? qMin(screen.height() - 60, 600) : 600);
    pricing->setDraft(editor->draft());
    connect(editor, &OfferEditorDialog::draftChanged, pricing,
            [editor, pricing] { pricing->setDraft(editor->draft()); });
    connect(pricing, &PricingAssistantPanel::suggestionAccepted, editor,
            &OfferEditorDialog::setStoragePrice);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const QString id = editor->published().id;
        m_error->hide();
        m_session->reload();
        Q_EMIT offerPublished(id);
    });
    Q_EMIT editorOpened(editor);
    editor->open();
}

void OffersPanel::withdrawOffer()
{
    const QString id = selectedOfferId();
    const auto o = m_session->offers()->offer(id);
    if (!o || m_session->offers()->isLocked(id))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Withdraw offer"),
                    tr("Withdraw \"%1\" from the Marketplace?").arg(o->name), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("confirmWithdraw"));
    box.setInformativeText(tr("Consumers can no longer choose it. Deals already made are not "
                              "affected. This cannot be undone; you can publish it again as a "
                              "new offer."));
    QPushButton *yes = box.addButton(tr("Withdraw"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    m_session->context().providers->deleteOffer(id, this, [this](Result<Ok> r) {
        if (!r) {
            m_error->setText(r.error().message);
            m_error->show();
            return;
        }
        m_error->hide();
        m_session->reload();
    });
}

} // namespace fb::ui
