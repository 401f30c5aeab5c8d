// Logging categories of the platform node.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNode)
Q_DECLARE_LOGGING_CATEGORY(lcNodeHttp)
