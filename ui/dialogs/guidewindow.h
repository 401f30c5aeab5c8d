// GuideWindow: the user guide built into the app (docs/guide/<language>.md, compiled in as
// :/guide/<language>.md), shown in a window of its own beside the main window (not modal): the
// contents (the guide's headings) on the left, the guide on the right, and a find field
// (Ctrl+F; Enter for the next match, Shift+Enter for the previous one). Escape clears the
// search, then closes the window. Help > Documentation
// (F1) opens it in the UI language; a language without a guide gets the English one.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace fb::ui {

class GuideWindow : public QWidget
{
    Q_OBJECT
public:
    // language: "en", "fr", "de"; empty: the UI language (QLocale()).
    explicit GuideWindow(const QString &language = QString(), QWidget *parent = nullptr);

    // The guide's Markdown for a language (English when there is none for it).
    static QString markdown(const QString &language);
    // The language whose guide is shown.
    QString language() const { return m_language; }
    // The guide's headings in order, as the contents list shows them.
    QStringList headings() const;
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *findField() const { return m_find; }
    // Scrolls to the index-th heading.
    void showHeading(int index);
    // Selects the next (or previous) match of the find field's text, wrapping around; false
    // when the guide does not contain it.
    bool findNext(bool backward = false);

private:
    QString m_language;
    QTextBrowser *m_browser;
    QListWidget *m_contents;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QList<int> m_headingPositions;
};

} // namespace fb::ui
