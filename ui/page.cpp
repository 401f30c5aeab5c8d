#include "ui/page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fb::ui {

Page::Page(const QString &pageId, AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_pageId(pageId)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_body(new QVBoxLayout)
{
    setObjectName(pageId + QStringLiteral("Page"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(m_body, 1);
}

void Page::setHeader(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    setAccessibleName(title);
}

} // namespace fb::ui
