#include "ui/wizard/recommendationpage.h"

#include "models/accountservice.h"
#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "models/walletservice.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/wizard/slawizard.h"
#include "ui/wizard/wizardsupport.h"
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
        // Whether there are alternatives to pick is said below (alternativesNote), not here.
        setSubTitle(SlaWizard::tr("The cheapest set that meets every requirement, never two "
                                  "copies with one provider."));
        m_alternatives = new QLabel(this);
        m_alternatives->setObjectName(QStringLiteral("alternativesNote"));
        m_alternatives->setWordWrap(true);
        m_alternatives->hide();
        m_choices = new QVBoxLayout;
        m_group = new QButtonGroup(this);
        m_tree = new QTreeWidget(this);
        m_tree->setObjectName(QStringLiteral("placements"));
        m_tree->setHeaderLabels({SlaWizard::tr("Provider, offer and why it was chosen"),
                                 SlaWizard::tr("Cost over the term")});
        m_tree->setAccessibleName(SlaWizard::tr("Chosen providers"));
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        // The cost column as wide as its title and amounts, in any language.
        m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_tree->header()->setStretchLastSection(false);
        m_error = errorLabel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_alternatives);
        layout->addLayout(m_choices);
        layout->addWidget(m_tree, 1);
        layout->addWidget(m_error);
        connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { show(id); });
    }

    void initializePage() override
    {
        qDeleteAll(m_group->buttons());
        m_plans.clear();
        m_alternatives->hide();
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
        // The recommendation and its alternatives (next cheapest, cheapest without spreading,
        // most reliable), each a choice; the one picked is what the quote prices.
        m_plans = rec->choices();
        const qint64 base = m_plans.first().totalUsd7;
        for (int i = 0; i < m_plans.size(); ++i) {
            const sla::Plan &p = m_plans[i];
            QString text = SlaWizard::tr("%1: %2").arg(planLabel(p.label), p.summary);
            if (i > 0 && p.totalUsd7 != base)
                text +=
                    SlaWizard::tr(" (%1 %2 than recommended)")
                        .arg(m_w->display.format(qAbs(p.totalUsd7 - base)),
                             p.totalUsd7 > base ? SlaWizard::tr("more") : SlaWizard::tr("less"));
            auto *b = new QRadioButton(text, this);
            b->setObjectName(QStringLiteral("plan%1").arg(i));
            b->setProperty("planLabel", p.label);
            b->setAccessibleName(planLabel(p.label));
            b->setToolTip(p.summary);
            m_group->addButton(b, i);
            m_choices->addWidget(b);
        }
        m_alternatives->setText(
            m_plans.size() > 1
                ? SlaWizard::tr("%n alternative(s) below the recommendation: pick one to see "
                                "its providers and why; the quote follows your choice.",
                                nullptr, int(m_plans.size() - 1))
                : SlaWizard::tr("No other set of offers meets every requirement, so there is no "
                                "alternative to pick. Relax a requirement on the previous page "
                                "for more choice."));
        m_alternatives->show();
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
    // The optimizer's plan labels, in the user's language.
    static QString planLabel(const QString &label)
    {
        if (label == QLatin1String("Recommended"))
            return SlaWizard::tr("Recommended");
        if (label == QLatin1String("Next cheapest"))
            return SlaWizard::tr("Next cheapest");
        if (label == QLatin1String("Cheapest"))
            return SlaWizard::tr("Cheapest without spreading");
        if (label == QLatin1String("Most reliable"))
            return SlaWizard::tr("Most reliable");
        return label;
    }

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
    QLabel *m_alternatives;
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
