#include "ui/emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

EmptyState::EmptyState(const QString &iconPath, const QString &title, const QString &text,
                       QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_buttons(new QWidget(this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setAccessibleName(title);

    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setFixedWidth(480);
    fitText();
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 8, 0, 0);
    buttons->addStretch();
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addWidget(m_buttons);
    layout->addStretch(3);
    m_buttons->hide();
}

QPushButton *EmptyState::addAction(const QString &text, const QString &toolTip)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    auto *button = new QPushButton(text, m_buttons);
    button->setToolTip(toolTip);
    if (layout->count() == 2)
        button->setDefault(true);
    layout->insertWidget(layout->count() - 1, button);
    m_buttons->show();
    return button;
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    fitText();
}

void EmptyState::fitText()
{
    // The width is fixed, so the height the wrapped text needs is known: a centred item in a box
    // layout gets its size hint, which would cut a long (translated) text after three lines.
    m_text->setMinimumHeight(
        std::max(m_text->fontMetrics().lineSpacing() * 3, m_text->heightForWidth(m_text->width())));
}

} // namespace fb::ui
