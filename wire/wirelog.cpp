#include "wire/wirelog.h"

Q_LOGGING_CATEGORY(lcDb, "flashback.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "flashback.app", QtInfoMsg)
