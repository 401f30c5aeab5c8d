#include "wallet/walletlog.h"

Q_LOGGING_CATEGORY(lcWallet, "flashback.wallet", QtInfoMsg)
