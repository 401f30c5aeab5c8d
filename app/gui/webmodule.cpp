// flashback-web: the document view (QtWebEngine) as a module that flashback loads the first time a
// page shows a web document (app/gui/main.cpp), so starting the app neither maps nor relocates
// QtWebEngine's libraries (a large part of its time before main(): bench/RESULTS.md).
#include "ui/web/documentview.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT QWidget *fb_create_document_view(const QUrl &url, QWidget *parent)
{
    return fb::web::createDocumentView(url, parent);
}
