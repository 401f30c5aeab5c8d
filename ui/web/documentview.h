// DocumentView: a locked-down web view for documents a provider publishes (compliance papers,
// its public page): JavaScript off, and leaving the document's host needs the user's consent.
#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

class QWidget;

namespace fb::web {

class DocumentPage : public QWebEnginePage
{
    Q_OBJECT
public:
    // Asked before a navigation to another host; true lets it through.
    using Confirm = std::function<bool(const QUrl &target)>;

    DocumentPage(const QUrl &document, QObject *parent = nullptr);
    QUrl document() const { return m_document; }
    // Replaces the default question (a QMessageBox over the view); for tests and embedding.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Whether target stays on the document's origin (scheme, host and port).
    bool isSameHost(const QUrl &target) const;
    // The navigation decision, without a web engine event (what acceptNavigationRequest runs).
    bool decide(const QUrl &target, NavigationType type, bool isMainFrame);
    int refusedCount() const { return m_refused; }
    // The last flashback:// link the document followed (the app handles those itself).
    QUrl appLink() const { return m_appLink; }

signals:
    void appLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    bool askUser(const QUrl &target);

    QUrl m_document;
    Confirm m_confirm;
    QUrl m_appLink;
    int m_refused = 0;
};

// A QWebEngineView showing url through a DocumentPage. Matches AppContext::documentView.
QWidget *createDocumentView(const QUrl &url, QWidget *parent);

} // namespace fb::web
