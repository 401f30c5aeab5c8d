// The SLA wizard's quote page. The node's itemised quote for the chosen plan, in the display currency and the coin paid.
#pragma once

class QWizardPage;

namespace fb::ui {

class SlaWizard;
QWizardPage *createQuotePage(SlaWizard *wizard);

} // namespace fb::ui
