// Logging categories of the data layer: cache (SQLite), sync engine, API client, app runtime.
#pragma once

#include "wire/wirelog.h" // lcApp, lcDb

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
