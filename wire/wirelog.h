// Logging categories of the wire layer: databases (opening, migrations) and each executable's
// runtime (start-up, data directory).
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
