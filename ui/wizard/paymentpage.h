// The SLA wizard's payment page. The purchase as the PurchaseSession runs it: wallet set-up, sign-in, deals, one escrow
// payment per provider reviewed in plain words and signed (or the card checkout).
#pragma once

#include "wallet/keystore.h"

class QWizardPage;

namespace fb::ui {

class SlaWizard;
QWizardPage *createPaymentPage(SlaWizard *wizard);
// Tests set up wallets with libsodium's cheapest key stretching.
void setPaymentPageWalletSetupParams(QWizardPage *page, const keystore::Params &params);

} // namespace fb::ui
