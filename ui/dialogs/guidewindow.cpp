#include "ui/dialogs/guidewindow.h"

#include "ui/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

QString guideLanguage(const QString &language)
{
    const QString code = (language.isEmpty() ? QLocale().name() : language).left(2).toLower();
    return QFile::exists(QStringLiteral(":/guide/%1.md").arg(code)) ? code : QStringLiteral("en");
}

// Enter and Shift+Enter in the find field: the next and the previous match.
class FindField : public QLineEdit
{
public:
    FindField(std::function<void(bool)> find, QWidget *parent)
        : QLineEdit(parent)
        , m_find(std::move(find))
    {}

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            m_find(event->modifiers() & Qt::ShiftModifier);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }

private:
    std::function<void(bool)> m_find;
};

} // namespace

QString GuideWindow::markdown(const QString &language)
{
    QFile f(QStringLiteral(":/guide/%1.md").arg(guideLanguage(language)));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

GuideWindow::GuideWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_language(guideLanguage(language))
    , m_browser(new QTextBrowser(this))
    , m_contents(new QListWidget(this))
    , m_find(nullptr)
    , m_findStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(tr("Flashback Help"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/flashback.svg")));

    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->document()->setDocumentMargin(16);
    m_browser->setMarkdown(markdown(m_language));

    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setFrameShape(QFrame::NoFrame);
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setSpacing(2);
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level == 0)
            continue;
        auto *item = new QListWidgetItem(
            QString(qMax(0, level - 2) * 4, QLatin1Char(' ')) + b.text(), m_contents);
        if (level <= 2) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        m_headingPositions << b.position();
    }
    connect(m_contents, &QListWidget::currentRowChanged, this, &GuideWindow::showHeading);

    m_find = new FindField([this](bool backward) { findNext(backward); }, this);
    m_find->setObjectName(QStringLiteral("guideFind"));
    m_find->setPlaceholderText(tr("Find in the guide (Ctrl+F)"));
    m_find->setAccessibleName(tr("Find in the guide"));
    m_find->setToolTip(tr("Enter: next match. Shift+Enter: previous match."));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Search as the user types, from the top of the current match.
        QTextCursor c = m_browser->textCursor();
        c.setPosition(c.selectionStart());
        m_browser->setTextCursor(c);
        if (m_find->text().isEmpty())
            m_findStatus->clear();
        else
            findNext();
    });
    m_findStatus->setObjectName(QStringLiteral("guideFindStatus"));
    Theme::setTextColor(m_findStatus, ThemeColor::Danger);

    auto *focusFind = new QAction(this);
    focusFind->setShortcut(QKeySequence::Find);
    focusFind->setShortcutContext(Qt::WindowShortcut);
    connect(focusFind, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(focusFind);
    auto *nextMatch = new QAction(this);
    nextMatch->setShortcuts(QKeySequence::FindNext);
    connect(nextMatch, &QAction::triggered, this, [this] { findNext(false); });
    addAction(nextMatch);
    auto *previousMatch = new QAction(this);
    previousMatch->setShortcuts(QKeySequence::FindPrevious);
    connect(previousMatch, &QAction::triggered, this, [this] { findNext(true); });
    addAction(previousMatch);
    // Escape clears the search first, then closes the window.
    auto *close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, [this] {
        if (m_find->hasFocus() && !m_find->text().isEmpty()) {
            m_find->clear();
            m_findStatus->clear();
            return;
        }
        QWidget::close();
    });
    addAction(close);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findStatus);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(findRow);
    rightLayout->addWidget(m_browser, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(920, 660);
    setTabOrder(m_find, m_browser);
    setTabOrder(m_browser, m_contents);
    m_browser->setFocus();
}

QStringList GuideWindow::headings() const
{
    QStringList out;
    for (int i = 0; i < m_contents->count(); ++i)
        out << m_contents->item(i)->text().trimmed();
    return out;
}

void GuideWindow::showHeading(int index)
{
    if (index < 0 || index >= m_headingPositions.size())
        return;
    QTextDocument *doc = m_browser->document();
    const QTextBlock block = doc->findBlock(m_headingPositions.at(index));
    QTextCursor c(block);
    m_browser->setTextCursor(c);
    const QRectF r = doc->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(r.top()));
}

bool GuideWindow::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around: from the other end.
        QTextCursor c = m_browser->textCursor();
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(c);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

} // namespace fb::ui
