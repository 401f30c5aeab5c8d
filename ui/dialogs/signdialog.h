// SignDialog: the plain-words review of a transaction before the wallet signs it — network
// (a red banner for test networks), source, every operation, fee, memo, validity, hash and the
// warnings — and the wallet password, unless the wallet is unlocked (the session's password
// signs and the field is hidden). Nothing is signed until the user presses Sign.
#pragma once

#include "wallet/secretbytes.h"
#include "wallet/txreview.h"

#include <QDialog>

#include <memory>

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
    // The wallet is unlocked (WalletSecurity): this password signs, the field is hidden and Sign
    // is enabled at once. A later showError() (the password no longer opens the wallet) drops it
    // and shows the field again.
    void useUnlockedSession(std::shared_ptr<const SecretBytes> password);
    bool usesUnlockedSession() const { return m_kept != nullptr; }
    // What signs: the session's password, or the one typed (the field is cleared).
    std::shared_ptr<const SecretBytes> password();
    // Shows an error under the password field (e.g. a wrong password) and keeps the dialog open.
    void showError(const QString &message);

    static QString reviewHtml(const TxReview &review);

    // A further way out of the review (e.g. "Sign on another device…"): a button that closes
    // the dialog with exec() returning result (above QDialog::Accepted), the password cleared.
    QPushButton *addAlternative(const QString &text, const QString &toolTip, int result);

private:
    QLineEdit *m_password;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_unlockedNote = nullptr;
    std::shared_ptr<const SecretBytes> m_kept;
    QLabel *m_error;
    QPushButton *m_sign;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fb::ui
