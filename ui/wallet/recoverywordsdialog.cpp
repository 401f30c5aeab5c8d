#include "ui/wallet/recoverywordsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {
// The words of a phrase. They become QStrings only to be drawn; the labels are cleared on close.
QStringList wordsOf(const SecretBytes &phrase)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(phrase.data()),
                                     qsizetype(phrase.size()));
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    SecretBytes::wipe(text);
    return words;
}
} // namespace

RecoveryWordsDialog::RecoveryWordsDialog(const SecretBytes &phrase, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryWordsDialog"));
    setWindowTitle(tr("Recovery words"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(
        tr("Anyone who sees these words can take everything in this wallet. Write them down on "
           "paper, in order, and keep them offline. Never type them into a website."),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *grid = new QGridLayout;
    QStringList words = wordsOf(phrase);
    const int columns = 3;
    const int rows = int((words.size() + columns - 1) / columns);
    for (int i = 0; i < words.size(); ++i) {
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(words[i]), this);
        label->setObjectName(QStringLiteral("word%1").arg(i + 1));
        label->setTextInteractionFlags(Qt::NoTextInteraction); // no selection, no copy
        label->setContextMenuPolicy(Qt::NoContextMenu);
        grid->addWidget(label, i % rows, i / rows);
        m_words << label;
    }
    for (QString &w : words)
        SecretBytes::wipe(w);
    layout->addLayout(grid);
    m_allowCopy = new QCheckBox(tr("Let me select the words (to paste them into a password "
                                   "manager)"),
                                this);
    m_allowCopy->setObjectName(QStringLiteral("allowCopy"));
    connect(m_allowCopy, &QCheckBox::toggled, this, [this](bool on) {
        for (QLabel *l : std::as_const(m_words))
            l->setTextInteractionFlags(on ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    });
    layout->addWidget(m_allowCopy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

RecoveryWordsDialog::~RecoveryWordsDialog()
{
    clearWords();
}

void RecoveryWordsDialog::clearWords()
{
    for (QLabel *l : std::as_const(m_words)) {
        QString t = l->text();
        SecretBytes::wipe(t);
        l->clear();
    }
}

void RecoveryWordsDialog::done(int result)
{
    clearWords();
    QDialog::done(result);
}

VerifyBackupDialog::VerifyBackupDialog(const SecretBytes &phrase, QList<int> positions,
                                       QWidget *parent)
    : QDialog(parent)
    , m_phrase(phrase.copy())
    , m_positions(std::move(positions))
{
    setObjectName(QStringLiteral("verifyBackupDialog"));
    setWindowTitle(tr("Verify your backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Type these words from your written backup. A mistake here means "
                                "the backup could not restore this wallet."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (int i = 0; i < m_positions.size(); ++i) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QStringLiteral("word%1").arg(i + 1));
        e->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Word %1:").arg(m_positions.at(i)), e);
        m_fields << e;
    }
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(QStringLiteral("check"));
    checkButton->setDefault(true);
    connect(checkButton, &QPushButton::clicked, this, &VerifyBackupDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

VerifyBackupDialog::~VerifyBackupDialog()
{
    for (QLineEdit *e : std::as_const(m_fields))
        e->clear();
}

QList<int> VerifyBackupDialog::pickPositions(int wordCount, int count)
{
    QList<int> all;
    for (int i = 1; i <= wordCount; ++i)
        all << i;
    std::shuffle(all.begin(), all.end(), *QRandomGenerator::system());
    all.resize(qMin(count, wordCount));
    std::sort(all.begin(), all.end());
    return all;
}

void VerifyBackupDialog::check()
{
    QStringList words = wordsOf(m_phrase);
    int wrong = 0;
    for (int i = 0; i < m_fields.size(); ++i) {
        const int p = m_positions.at(i);
        QString typed = m_fields.at(i)->text().trimmed().toLower();
        if (p < 1 || p > words.size() || typed != words.at(p - 1))
            ++wrong;
        SecretBytes::wipe(typed);
    }
    for (QString &w : words)
        SecretBytes::wipe(w);
    m_verified = wrong == 0;
    m_result->setText(m_verified
                          ? tr("Your backup is right: it restores this wallet.")
                          : tr("%n word(s) do not match. Check your written backup; if a word "
                               "is missing, write the words down again from \"Show recovery "
                               "words\".",
                               nullptr, wrong));
}

} // namespace fb::ui
