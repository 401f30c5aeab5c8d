// ChangePasswordDialog: the current password, the new one twice; the keystore is re-encrypted
// off the GUI thread and replaced atomically (the old password stops working, nothing else
// changes).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fb {
class WalletService;
}

namespace fb::ui {

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(WalletService *wallet, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

private:
    void change();
    void clearFields();

    WalletService *m_wallet;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_status;
    QPushButton *m_ok;
};

} // namespace fb::ui
