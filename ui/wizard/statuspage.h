// The SLA wizard's status page. The agreement's live states after payment.
#pragma once

class QWizardPage;

namespace fb::ui {

class SlaWizard;
QWizardPage *createStatusPage(SlaWizard *wizard);

} // namespace fb::ui
