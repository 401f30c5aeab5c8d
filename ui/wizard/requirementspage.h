// The SLA wizard's requirements page. What the user needs: size, downloads, term, redundancy, QoS tier, regions, protocol,
// currency and budget.
#pragma once

class QWizardPage;

namespace fb::ui {

class SlaWizard;
QWizardPage *createRequirementsPage(SlaWizard *wizard);

} // namespace fb::ui
