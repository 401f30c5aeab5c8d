// AppContext: the services the composition root (app/) hands to the widgets layer. Pages reach
// data only through what is here: item models, the sync engine, the wallet service.
#pragma once

#include <QString>

namespace fb::ui {

struct AppContext
{
    QString dataDir;
};

} // namespace fb::ui
