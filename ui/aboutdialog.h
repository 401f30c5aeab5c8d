// AboutDialog: what Flashback is, and the versions of Qt, libsodium, OpenSSL and SQLite in use.
#pragma once

#include <QDialog>

namespace fb::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    // "Qt 6.4.2", "libsodium 1.0.18", ... as shown in the dialog.
    static QStringList componentVersions();
};

} // namespace fb::ui
