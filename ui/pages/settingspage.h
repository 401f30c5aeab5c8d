// SettingsPage: preferences: language, theme, the platform node to use, and where the data lives.
#pragma once

#include "ui/page.h"

class QComboBox;
class QLineEdit;
class QLabel;

namespace fb::ui {

class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/settings.svg"); }

    // Shown beside the platform URL: the connection state as the main window knows it.
    void setConnectionText(const QString &text);

Q_SIGNALS:
    void themeChanged();
    void platformUrlChanged(const QString &url);

private:
    void applyPlatformUrl();

    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_platformUrl;
    QLabel *m_connection;
    QLabel *m_languageNote;
};

} // namespace fb::ui
