// WelcomeDialog: the greeting on first start (and Help > Welcome later): what the app does,
// that the network is a development network with play money, and the three roles, each with a
// button that takes the user there. "Don't show this again" is kept in QSettings.
#pragma once

#include <QDialog>

class QCheckBox;

namespace fb::ui {

class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    // True until the user asked not to see the greeting again (QSettings "ui/welcomeDone").
    static bool shouldShowAtStart();
    static void setShowAtStart(bool show);

    QCheckBox *dontShowAgain() const { return m_dontShow; }

Q_SIGNALS:
    // The user picked a role to start with: "consumer", "provider" or "signer".
    void roleChosen(const QString &role);

protected:
    void done(int result) override;
    void showEvent(QShowEvent *event) override;

private:
    QCheckBox *m_dontShow;
};

} // namespace fb::ui
