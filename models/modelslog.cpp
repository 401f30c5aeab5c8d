#include "models/modelslog.h"

Q_LOGGING_CATEGORY(lcCache, "flashback.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "flashback.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "flashback.api", QtInfoMsg)
