#include "ui/dialogs/helpdialogs.h"

#include "ui/aboutdialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb::ui {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    QTreeWidgetItem *section = nullptr;
    for (const ShortcutEntry &e : entries) {
        if (!section || section->text(0) != e.section) {
            section = new QTreeWidgetItem(m_list, {e.section});
            QFont f = section->font(0);
            f.setBold(true);
            section->setFont(0, f);
            section->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(section, {e.action, e.keys.toString(QKeySequence::NativeText)});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 520);
}

QString ReportProblemDialog::buildReport(const QString &logPath, int lastLines)
{
    QStringList out;
    out << QStringLiteral("Flashback %1").arg(QStringLiteral(FB_VERSION));
    out << QStringLiteral("System: %1 (%2, %3)")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(),
                    QSysInfo::currentCpuArchitecture());
    out << QStringLiteral("Qt: %1 (built with %2), platform %3")
               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                    QGuiApplication::platformName());
    out << QStringLiteral("Components: %1").arg(AboutDialog::componentVersions().join(u", "));
    out << QString();
    QFile log(logPath);
    if (logPath.isEmpty() || !log.open(QIODevice::ReadOnly | QIODevice::Text)) {
        out << QStringLiteral("(no log file)");
        return out.join(QLatin1Char('\n'));
    }
    // The tail of the log: at most the last 256 KiB, then its last lines.
    if (log.size() > 256 * 1024)
        log.seek(log.size() - 256 * 1024);
    QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() > lastLines)
        lines = lines.mid(lines.size() - lastLines);
    static const QRegularExpression secret(
        QStringLiteral("mnemonic|password|passphrase|secret|private.?key|seed|token|bearer"),
        QRegularExpression::CaseInsensitiveOption);
    out << QStringLiteral("Last %1 log lines of %2:").arg(lines.size()).arg(logPath);
    for (const QString &line : std::as_const(lines))
        out << (line.contains(secret) ? QStringLiteral("[line left out: it names a secret]")
                                      : line);
    return out.join(QLatin1Char('\n'));
}

ReportProblemDialog::ReportProblemDialog(const QString &logPath, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reportProblemDialog"));
    setWindowTitle(tr("Report a Problem"));
    auto *intro = new QLabel(tr("Describe what you did and what happened, then paste this "
                                "report below your description. It holds the versions and the "
                                "app's recent log, with no keys, passwords or recovery "
                                "phrases. Read it before you send it."),
                             this);
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("report"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlainText(buildReport(logPath));
    m_text->setAccessibleName(tr("Problem report"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(mono);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReport"));
    copy->setDefault(true);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(report());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 520);
}

QString ReportProblemDialog::report() const
{
    return m_text->toPlainText();
}

ColumnsDialog::ColumnsDialog(QHeaderView *header, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("columnsDialog"));
    setWindowTitle(tr("Columns"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Show these columns:"), this));
    QAbstractItemModel *model = header ? header->model() : nullptr;
    const int count = model ? model->columnCount() : 0;
    for (int i = 0; i < count; ++i) {
        QString name = model->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
        if (name.isEmpty())
            name = tr("Column %1").arg(i + 1);
        auto *box = new QCheckBox(name, this);
        box->setChecked(!header->isSectionHidden(i));
        connect(box, &QCheckBox::toggled, header, [header, i, this](bool on) {
            header->setSectionHidden(i, !on);
            // At least one column stays: the last visible one cannot be unchecked.
            int visible = 0;
            for (int s = 0; s < header->count(); ++s)
                visible += header->isSectionHidden(s) ? 0 : 1;
            const auto boxes = findChildren<QCheckBox *>();
            for (QCheckBox *b : boxes)
                b->setEnabled(visible > 1 || !b->isChecked());
        });
        layout->addWidget(box);
    }
    if (count == 0)
        layout->addWidget(new QLabel(tr("This page has no table."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace fb::ui
