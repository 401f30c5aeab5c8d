// SignDialog: the plain-words review of a transaction before the wallet signs it — network
// (a red banner for test networks), source, every operation, fee, memo, validity, hash and the
// warnings — and the wallet password. Nothing is signed until the user presses Sign.
#pragma once

#include "wallet/secretbytes.h"
#include "wallet/txreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace fb::ui {

class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(const TxReview &review, const QString &purpose, QWidget *parent = nullptr);
    SignDialog(const QList<TxReview> &reviews, const QString &purpose, QWidget *parent = nullptr);
    ~SignDialog() override;

    // The password typed, moved into guarded memory (the field is cleared).
    SecretBytes takePassword();
    // Shows an error under the password field (e.g. a wrong password) and keeps the dialog open.
    void showError(const QString &message);

    static QString reviewHtml(const TxReview &review);

    // A further way out of the review (e.g. "Sign on another device…"): a button that closes
    // the dialog with exec() returning result (above QDialog::Accepted), the password cleared.
    QPushButton *addAlternative(const QString &text, const QString &toolTip, int result);

private:
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_sign;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fb::ui
