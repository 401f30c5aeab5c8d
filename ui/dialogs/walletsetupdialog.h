// WalletSetupDialog: the minimal wallet set-up on the way to a first payment. Create a wallet
// (24 new words, shown once, then three of them asked back to prove they were written down) or
// restore one from a recovery phrase, then protect it with a password.
#pragma once

#include "wallet/keystore.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QCheckBox;

namespace fb {
class WalletService;
}

namespace fb::ui {

class WalletSetupDialog : public QWizard
{
    Q_OBJECT
public:
    enum PageId { IntroPage, PhrasePage, CheckPage, RestorePage, PasswordPage };

    explicit WalletSetupDialog(WalletService *wallet, QWidget *parent = nullptr);
    ~WalletSetupDialog() override;

    // Tests use libsodium's cheapest Argon2id parameters to stay fast.
    void setKeystoreParams(const keystore::Params &params) { m_params = params; }
    // The new phrase's words (create path), for tests that play the user.
    QStringList wordsForTest() const;
    QList<int> checkedPositions() const { return m_checkPositions; }

    int nextId() const override;
    bool validateCurrentPage() override;

private:
    void buildIntro();
    void buildPhrase();
    void buildCheck();
    void buildRestore();
    void buildPassword();
    void newPhrase();
    void wipeShownWords();
    void updateRestoreHint();

    WalletService *m_wallet;
    keystore::Params m_params = keystore::defaultParams();
    bool m_creating = false; // the keystore is being written (off the GUI thread)
    bool m_created = false;
    SecretBytes m_phrase;
    QList<int> m_checkPositions;

    QRadioButton *m_create = nullptr;
    QRadioButton *m_restore = nullptr;
    QList<QLabel *> m_wordLabels;
    QCheckBox *m_wroteDown = nullptr;
    QList<QLineEdit *> m_checkEdits;
    QList<QLabel *> m_checkLabels;
    QPlainTextEdit *m_restoreEdit = nullptr;
    QLabel *m_restoreHint = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_passwordHint = nullptr;
};

} // namespace fb::ui
