#include "ui/uilog.h"

Q_LOGGING_CATEGORY(lcUi, "flashback.ui", QtInfoMsg)
