// The SLA wizard's recommendation page. The optimizer's plans (recommended, cheapest, most reliable) costed with the node's fee,
// each placement with the reasons it was chosen.
#pragma once

class QWizardPage;

namespace fb::ui {

class SlaWizard;
QWizardPage *createRecommendationPage(SlaWizard *wizard);

} // namespace fb::ui
