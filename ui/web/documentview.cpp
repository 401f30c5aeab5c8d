#include "ui/web/documentview.h"

#include <QMessageBox>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace fb::web {

DocumentPage::DocumentPage(const QUrl &document, QObject *parent)
    : QWebEnginePage(parent)
    , m_document(document)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
}

bool DocumentPage::isSameHost(const QUrl &target) const
{
    return target.scheme() == m_document.scheme() &&
           target.host().compare(m_document.host(), Qt::CaseInsensitive) == 0 &&
           target.port() == m_document.port();
}

bool DocumentPage::decide(const QUrl &target, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    // flashback:// links hand control back to the app (the checkout's "Return to Flashback"):
    // never loaded, never asked about; the view exposes the last one as its "appLink" property.
    if (target.scheme() == QLatin1String("flashback")) {
        m_appLink = target;
        if (QObject *view = parent())
            view->setProperty("appLink", target);
        emit appLinkActivated(target);
        return false;
    }
    // Sub-frames stay on their own; a different host in the main frame needs consent.
    if (!isMainFrame || isSameHost(target) || target.scheme() == QLatin1String("data"))
        return true;
    const bool ok = m_confirm ? m_confirm(target) : askUser(target);
    if (!ok)
        ++m_refused;
    return ok;
}

bool DocumentPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    return decide(url, type, isMainFrame);
}

bool DocumentPage::askUser(const QUrl &target)
{
    QWidget *parent = qobject_cast<QWidget *>(this->parent());
    return QMessageBox::question(
               parent, tr("Leave the document?"),
               tr("This link leads away from %1 to %2. Open it?")
                   .arg(m_document.host().isEmpty() ? tr("the document") : m_document.host(),
                        target.toDisplayString()),
               QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Open;
}

QWidget *createDocumentView(const QUrl &url, QWidget *parent)
{
    auto *view = new QWebEngineView(parent);
    view->setAccessibleName(QWebEnginePage::tr("Document"));
    auto *page = new DocumentPage(url, view);
    view->setPage(page);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    page->load(url);
    return view;
}

} // namespace fb::web
