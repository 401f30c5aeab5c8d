#include "ui/wizard/recommendationpage.h"

#include "ui/wizard/slawizard.h"
#include "ui/wizard/wizardsupport.h"
#include "models/accountservice.h"
#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "models/walletservice.h"
#include "wallet/stellar.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {

using namespace wizard;

class RecommendationPage : public QWizardPage
{
public:
    explicit RecommendationPage(SlaWizard *w)
        : QWizardPage(w)
        , m_w(w)
    {
        setTitle(SlaWizard::tr("Recommended providers"));
        setSubTitle(SlaWizard::tr("The cheapest set that meets every requirement, never two "
                                  "copies with one provider. Pick an alternative if you prefer."));
        m_choices = new QVBoxLayout;
        m_group = new QButtonGroup(this);
        m_tree = new QTreeWidget(this);
        m_tree->setObjectName(QStringLiteral("placements"));
        m_tree->setHeaderLabels({SlaWizard::tr("Provider, offer and why it was chosen"),
                                 SlaWizard::tr("Cost over the term")});
        m_tree->setAccessibleName(SlaWizard::tr("Chosen providers"));
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tree->header()->setStretchLastSection(false);
        m_error = errorLabel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_choices);
        layout->addWidget(m_tree, 1);
        layout->addWidget(m_error);
        connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { show(id); });
    }

    void initializePage() override
    {
        qDeleteAll(m_group->buttons());
        m_plans.clear();
        m_tree->clear();
        m_error->hide();
        auto market = m_w->context().market
                          ? m_w->context().market->snapshot()
                          : Result<MarketSnapshot>::failure(QStringLiteral("offline"), QString());
        if (!market) {
            fail(SlaWizard::tr("The marketplace is not available yet: %1")
                     .arg(market.error().message));
            return;
        }
        if (!m_w->preselected().isEmpty()) {
            QList<Offer> only;
            for (const Offer &o : std::as_const(market->offers)) {
                if (m_w->preselected().contains(o.id))
                    only << o;
            }
            market->offers = only;
        }
        // Costed with the node's own fee (GET /v1/info), so the plan is what the quote will say.
        const int generation = ++m_generation;
        m_w->context().market->info(
            this, [this, generation, snapshot = *market](Result<NodeInfo> info) {
                if (generation != m_generation)
                    return; // the page was entered again meanwhile
                if (!info) {
                    fail(SlaWizard::tr("The node's fee is needed to cost a plan: %1")
                             .arg(info.error().message));
                    return;
                }
                showPlans(snapshot, sla::Terms{info->feeBps});
            });
    }

    void showPlans(const MarketSnapshot &market, const sla::Terms &terms)
    {
        auto rec = sla::recommend(m_w->requirements, market.offers, market.providers, terms);
        if (!rec) {
            fail(rec.error().message);
            return;
        }
        m_plans << rec->recommended;
        if (rec->cheapest)
            m_plans << *rec->cheapest;
        if (rec->mostReliable)
            m_plans << *rec->mostReliable;
        for (int i = 0; i < m_plans.size(); ++i) {
            auto *b = new QRadioButton(
                QStringLiteral("%1 — %2").arg(m_plans[i].label, m_plans[i].summary), this);
            b->setObjectName(QStringLiteral("plan%1").arg(i));
            m_group->addButton(b, i);
            m_choices->addWidget(b);
        }
        m_group->button(0)->setChecked(true);
        QWidget *prev = nullptr;
        for (QAbstractButton *b : m_group->buttons()) {
            if (prev)
                setTabOrder(prev, b);
            prev = b;
        }
        if (prev)
            setTabOrder(prev, m_tree);
        QTimer::singleShot(0, m_group->button(0),
                           [b = m_group->button(0)] { b->setFocus(Qt::TabFocusReason); });
        show(0);
        emit completeChanged();
    }

    bool isComplete() const override { return !m_plans.isEmpty(); }

    bool validatePage() override
    {
        m_w->chosenPlan = m_plans.value(m_group->checkedId());
        return !m_w->chosenPlan.placements.isEmpty();
    }

private:
    void fail(const QString &message)
    {
        m_error->setText(message);
        m_error->show();
        emit completeChanged();
    }

    void show(int i)
    {
        m_tree->clear();
        for (const auto &p : m_plans.value(i).placements) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(0, p.offer.name.contains(p.provider.name)
                                 ? p.offer.name
                                 : QStringLiteral("%1 — %2").arg(p.provider.name, p.offer.name));
            item->setText(1, m_w->display.format(p.costUsd7()));
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (const QString &reason : p.reasons)
                new QTreeWidgetItem(item, {reason});
        }
        m_tree->expandAll();
        m_tree->resizeColumnToContents(1);
    }

    SlaWizard *m_w;
    QVBoxLayout *m_choices;
    QButtonGroup *m_group;
    QTreeWidget *m_tree;
    QLabel *m_error;
    QList<sla::Plan> m_plans;
    int m_generation = 0;
};

} // namespace

QWizardPage *createRecommendationPage(SlaWizard *wizard)
{
    return new RecommendationPage(wizard);
}

} // namespace fb::ui
