// Logging category of the wallet layer. Never log a secret through it: SecretBytes has no
// QDebug operator on purpose.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWallet)
