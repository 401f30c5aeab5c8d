// RecoveryWordsDialog: shows the wallet's recovery words (after the page asked for the password
// and a confirmation), in labels that cannot be selected or copied unless the user allows it,
// cleared when the dialog closes. VerifyBackupDialog asks for some of the words back to check
// a written backup.
#pragma once

#include "wallet/secretbytes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fb::ui {

class RecoveryWordsDialog : public QDialog
{
    Q_OBJECT
public:
    // phrase: the normalised BIP39 phrase (UTF-8, single spaces).
    RecoveryWordsDialog(const SecretBytes &phrase, QWidget *parent = nullptr);
    ~RecoveryWordsDialog() override;

    int wordCount() const { return int(m_words.size()); }

protected:
    void done(int result) override;

private:
    void clearWords();
    QList<QLabel *> m_words;
    QCheckBox *m_allowCopy;
};

class VerifyBackupDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks for the words at positions (1-based) of phrase.
    VerifyBackupDialog(const SecretBytes &phrase, QList<int> positions, QWidget *parent = nullptr);
    ~VerifyBackupDialog() override;

    QList<int> positions() const { return m_positions; }
    // Random distinct positions among wordCount words.
    static QList<int> pickPositions(int wordCount, int count);
    bool verified() const { return m_verified; }

private:
    void check();

    SecretBytes m_phrase;
    QList<int> m_positions;
    QList<QLineEdit *> m_fields;
    QLabel *m_result;
    bool m_verified = false;
};

} // namespace fb::ui
