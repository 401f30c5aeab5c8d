// EmptyState: what a page shows when it has no data yet: an icon, a title, a sentence saying
// why, and the action that gets the user further.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fb::ui {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &iconPath, const QString &title, const QString &text,
               QWidget *parent = nullptr);
    // Adds a button; returns it so the page can connect it. The first one is the default.
    QPushButton *addAction(const QString &text, const QString &toolTip = QString());
    void setText(const QString &text);

private:
    void fitText();
    QLabel *m_title;
    QLabel *m_text;
    QWidget *m_buttons;
};

} // namespace fb::ui
