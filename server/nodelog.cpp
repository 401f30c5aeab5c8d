#include "server/nodelog.h"

Q_LOGGING_CATEGORY(lcNode, "flashback.node", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNodeHttp, "flashback.node.http", QtInfoMsg)
