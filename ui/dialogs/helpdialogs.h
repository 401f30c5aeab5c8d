// The Help and View menus' small dialogs: the keyboard shortcuts (generated from the window's
// actions), a problem report (version, system, Qt and the last log lines, to copy), and the
// columns of a page's table.
#pragma once

#include <QDialog>
#include <QKeySequence>

class QHeaderView;
class QPlainTextEdit;
class QTreeWidget;

namespace fb::ui {

struct ShortcutEntry
{
    QString section; // the menu ("File", "Go", ...) or "Window"
    QString action;  // the action's text, without mnemonics or ellipsis
    QKeySequence keys;
};

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

class ReportProblemDialog : public QDialog
{
    Q_OBJECT
public:
    // logPath: the running log file; its last lines go into the report.
    ReportProblemDialog(const QString &logPath, QWidget *parent = nullptr);
    // The report as it would be copied.
    QString report() const;
    // The report's text: version, system, Qt, components, then the last lines of the log
    // (lines that name a secret are left out, whatever the log's own scrubbing did).
    static QString buildReport(const QString &logPath, int lastLines = 80);

private:
    QPlainTextEdit *m_text;
};

class ColumnsDialog : public QDialog
{
    Q_OBJECT
public:
    // Shows one check box per section of header; unchecking hides the column at once.
    ColumnsDialog(QHeaderView *header, QWidget *parent = nullptr);
};

} // namespace fb::ui
