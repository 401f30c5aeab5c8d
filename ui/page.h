// Page: the base of every sidebar page: a header (title and one-line purpose) over the page's
// own content. Pages are thin: they bind widgets to models and forward user intent.
#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QHeaderView;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace fb::ui {

class Page : public QWidget
{
    Q_OBJECT
public:
    Page(const QString &pageId, AppContext &context, QWidget *parent = nullptr);
    QString pageId() const { return m_pageId; }
    virtual QString title() const = 0;
    virtual QString iconPath() const = 0;
    // Edit > Find focuses this field; nullptr when the page has nothing to search.
    virtual QLineEdit *searchField() const { return nullptr; }
    // View > Columns… shows and hides the sections of this header (the page's main table);
    // nullptr when the page has no table.
    virtual QHeaderView *columnsHeader() const { return nullptr; }
    // File > New (Ctrl+N) asks the page first: true when the page made a new item of its own
    // (the provider's Offers tab: a new offer); false lets the window open the SLA wizard.
    virtual bool newItem() { return false; }

Q_SIGNALS:
    // Asks the main window to show another page (e.g. "marketplace" from an empty state).
    void navigateRequested(const QString &pageId);

protected:
    void setHeader(const QString &title, const QString &subtitle);
    QVBoxLayout *body() const { return m_body; }
    AppContext &context() const { return m_context; }

private:
    QString m_pageId;
    AppContext &m_context;
    QLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_body;
};

} // namespace fb::ui
