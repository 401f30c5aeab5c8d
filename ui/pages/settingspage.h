// SettingsPage: preferences: language, theme, the platform node to use, and where the data lives.
// The "Platform node" section chooses between the local network (a node Flashback runs on this
// computer) and another node by URL, tests a connection with a temporary API client (GET
// /v1/health), offers to trust (pin) a node's self-signed certificate after showing its SHA-256
// fingerprint, and shows the current connection state of the sync engine.
#pragma once

#include "ui/page.h"

#include <QPointer>
#include <QSslCertificate>

#include <memory>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QRadioButton;

namespace fb {
class NodeProbe;
class SyncEngine;
} // namespace fb

namespace fb::ui {

class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(AppContext &context, QWidget *parent = nullptr);
    ~SettingsPage() override;
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/settings.svg"); }

    // Chooses the theme ("light", "dark" or "system") as the Theme field would: applied at
    // once and kept. The View menu uses it so the field and the menu agree.
    void selectTheme(const QString &name);
    QString themeName() const;

    // Shown as the connection state: the status bar's text as the main window knows it.
    void setConnectionText(const QString &text);

    // The hex SHA-256 fingerprint "AB:CD:..." of a certificate, as shown to the user.
    static QString fingerprintText(const QByteArray &sha256);

Q_SIGNALS:
    void themeChanged();
    // The saved platform URL (empty: local network); it applies on the next start.
    void platformUrlChanged(const QString &url);
    // A connection test ended (ok: the node answered /v1/health).
    void connectionTested(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateNodeChoice();
    void testConnection();
    void trustCertificate();
    void save();
    void watchSync();
    void showSyncState();
    QUrl chosenUrl(QString *error) const;

    QComboBox *m_language;
    QComboBox *m_theme;
    QLabel *m_languageNote;
    QRadioButton *m_local;
    QRadioButton *m_remote;
    QLineEdit *m_platformUrl;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_testResult;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QLabel *m_saveNote;
    QLabel *m_connection;
    NodeProbe *m_probe = nullptr;
    QUrl m_probeUrl;
    QSslCertificate m_untrusted;
    QPointer<SyncEngine> m_watched;
};

} // namespace fb::ui
