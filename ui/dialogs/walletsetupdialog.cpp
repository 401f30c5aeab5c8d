#include "ui/dialogs/walletsetupdialog.h"

#include "models/walletservice.h"
#include "wallet/bip39.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {

SecretBytes secretFrom(QString text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes s = SecretBytes::fromBytes(utf8);
    SecretBytes::wipe(utf8);
    SecretBytes::wipe(text);
    return s;
}

// A page whose Next button waits for a field (registerField is protected in QWizardPage).
class FieldPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;
};

QStringList splitPhrase(const SecretBytes &phrase)
{
    return QString::fromUtf8(phrase.view()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

WalletSetupDialog::WalletSetupDialog(WalletService *wallet, QWidget *parent)
    : QWizard(parent)
    , m_wallet(wallet)
{
    setWindowTitle(tr("Set up your wallet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    buildIntro();
    buildPhrase();
    buildCheck();
    buildRestore();
    buildPassword();
    // The header of a wizard page gives its subtitle one or two lines whatever its length, so
    // a long one (or its translation) was cut. Each page's explanation is its first paragraph
    // instead, wrapped with all the room it needs.
    for (int id : pageIds()) {
        QWizardPage *p = page(id);
        const QString lead = p->subTitle();
        if (lead.isEmpty())
            continue;
        auto *label = new QLabel(lead, p);
        label->setObjectName(QStringLiteral("pageLead"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        if (auto *box = qobject_cast<QBoxLayout *>(p->layout())) {
            box->insertWidget(0, label);
            box->insertSpacing(1, 8);
        } else if (auto *form = qobject_cast<QFormLayout *>(p->layout())) {
            form->insertRow(0, label);
        } else {
            delete label;
            continue;
        }
        p->setSubTitle(QString());
    }
    setStartId(IntroPage);
    resize(640, 520);
}

WalletSetupDialog::~WalletSetupDialog()
{
    wipeShownWords();
}

void WalletSetupDialog::wipeShownWords()
{
    for (QLabel *l : std::as_const(m_wordLabels))
        l->clear();
    if (m_restoreEdit)
        m_restoreEdit->clear();
    for (QLineEdit *e : {m_passphrase, m_password, m_confirm}) {
        if (e)
            e->clear();
    }
}

void WalletSetupDialog::buildIntro()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your wallet"));
    page->setSubTitle(tr("Flashback pays providers from a wallet that lives only on this "
                         "computer. Its keys come from a recovery phrase: whoever has the "
                         "phrase has the money."));
    m_create = new QRadioButton(tr("&Create a new wallet"), page);
    m_create->setChecked(true);
    m_create->setAccessibleName(tr("Create a new wallet"));
    m_restore = new QRadioButton(tr("&Restore a wallet from its recovery phrase"), page);
    m_restore->setAccessibleName(tr("Restore a wallet"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_create);
    layout->addWidget(m_restore);
    layout->addStretch();
    setPage(IntroPage, page);
}

void WalletSetupDialog::buildPhrase()
{
    auto *page = new FieldPage(this);
    page->setTitle(tr("Write down your recovery phrase"));
    page->setSubTitle(tr("Write these 24 words on paper, in order, and keep it somewhere safe "
                         "and offline. They are shown only now. Anyone who sees them can take "
                         "your funds; without them a lost computer means lost funds."));
    auto *grid = new QGridLayout;
    for (int i = 0; i < 24; ++i) {
        auto *l = new QLabel(page);
        l->setObjectName(QStringLiteral("word%1").arg(i + 1));
        l->setTextInteractionFlags(Qt::NoTextInteraction); // no copying to the clipboard
        l->setMinimumWidth(120);
        grid->addWidget(l, i % 8, i / 8);
        m_wordLabels.append(l);
    }
    m_wroteDown = new QCheckBox(tr("I have &written the 24 words down"), page);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_wroteDown);
    page->registerField(QStringLiteral("wroteDown*"), m_wroteDown);
    setPage(PhrasePage, page);
}

void WalletSetupDialog::buildCheck()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check your copy"));
    page->setSubTitle(tr("Type the words at these positions from your paper copy."));
    auto *form = new QFormLayout(page);
    for (int i = 0; i < 3; ++i) {
        auto *label = new QLabel(page);
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("check%1").arg(i));
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_checkLabels.append(label);
        m_checkEdits.append(edit);
    }
    setPage(CheckPage, page);
}

void WalletSetupDialog::buildRestore()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Restore from your recovery phrase"));
    page->setSubTitle(tr("Type the 12 or 24 words of your BIP39 recovery phrase, separated by "
                         "spaces."));
    m_restoreEdit = new QPlainTextEdit(page);
    m_restoreEdit->setObjectName(QStringLiteral("restorePhrase"));
    m_restoreEdit->setAccessibleName(tr("Recovery phrase"));
    m_restoreEdit->setTabChangesFocus(true);
    m_restoreHint = new QLabel(page);
    m_restoreHint->setWordWrap(true);
    m_passphrase = new QLineEdit(page);
    m_passphrase->setObjectName(QStringLiteral("bip39Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Only if your phrase was made with one"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_restoreEdit);
    layout->addWidget(m_restoreHint);
    auto *form = new QFormLayout;
    form->addRow(tr("Optional &passphrase:"), m_passphrase);
    layout->addLayout(form);
    connect(m_restoreEdit, &QPlainTextEdit::textChanged, this,
            &WalletSetupDialog::updateRestoreHint);
    setPage(RestorePage, page);
}

void WalletSetupDialog::buildPassword()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose a password"));
    page->setSubTitle(tr("The password encrypts the wallet on this computer. Typed once, it "
                         "keeps the wallet unlocked until you are away for a while (Settings › "
                         "Wallet security). It cannot be recovered; your recovery phrase can "
                         "always restore the wallet."));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_passwordHint = new QLabel(tr("At least 8 characters; a few unrelated words make a strong "
                                   "password."),
                                page);
    m_passwordHint->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_confirm);
    form->addRow(m_passwordHint);
    setPage(PasswordPage, page);
}

void WalletSetupDialog::newPhrase()
{
    auto phrase = bip39::generate(24);
    if (!phrase)
        return;
    m_phrase = std::move(*phrase);
    const QStringList words = splitPhrase(m_phrase);
    for (int i = 0; i < m_wordLabels.size() && i < words.size(); ++i)
        m_wordLabels[i]->setText(QStringLiteral("%1. <b>%2</b>").arg(i + 1).arg(words[i]));
    QList<int> all;
    for (int i = 0; i < 24; ++i)
        all.append(i);
    std::shuffle(all.begin(), all.end(), *QRandomGenerator::global());
    m_checkPositions = all.mid(0, 3);
    std::sort(m_checkPositions.begin(), m_checkPositions.end());
    for (int i = 0; i < 3; ++i) {
        m_checkLabels[i]->setText(tr("Word &%1:").arg(m_checkPositions[i] + 1));
        m_checkEdits[i]->clear();
    }
}

QStringList WalletSetupDialog::wordsForTest() const
{
    return splitPhrase(m_phrase);
}

void WalletSetupDialog::updateRestoreHint()
{
    const QString text = m_restoreEdit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_restoreHint->clear();
        return;
    }
    auto r = bip39::normalise(secretFrom(text));
    m_restoreHint->setText(r ? tr("The phrase is valid.") : r.error().message);
}

int WalletSetupDialog::nextId() const
{
    switch (currentId()) {
    case IntroPage:
        return m_restore->isChecked() ? RestorePage : PhrasePage;
    case PhrasePage:
        return CheckPage;
    case CheckPage:
    case RestorePage:
        return PasswordPage;
    default:
        return -1;
    }
}

bool WalletSetupDialog::validateCurrentPage()
{
    switch (currentId()) {
    case IntroPage:
        if (m_create->isChecked())
            newPhrase();
        return true;
    case CheckPage: {
        const QStringList words = splitPhrase(m_phrase);
        for (int i = 0; i < 3; ++i) {
            if (m_checkEdits[i]->text().trimmed().toLower() != words.value(m_checkPositions[i])) {
                QMessageBox::warning(this, tr("Check your copy"),
                                     tr("Word %1 does not match. Look at your paper copy again; "
                                        "go back to see the words if you need to.")
                                         .arg(m_checkPositions[i] + 1));
                m_checkEdits[i]->setFocus();
                return false;
            }
        }
        return true;
    }
    case RestorePage: {
        auto r = bip39::normalise(secretFrom(m_restoreEdit->toPlainText()));
        if (!r) {
            QMessageBox::warning(this, tr("Recovery phrase"), r.error().message);
            return false;
        }
        m_phrase = std::move(*r);
        return true;
    }
    case PasswordPage: {
        if (m_created)
            return true;
        if (m_creating)
            return false;
        if (m_password->text().size() < 8) {
            QMessageBox::warning(this, tr("Password"), tr("Use at least 8 characters."));
            return false;
        }
        if (m_password->text() != m_confirm->text()) {
            QMessageBox::warning(this, tr("Password"), tr("The two passwords differ."));
            return false;
        }
        const bool restoring = m_restore->isChecked();
        auto secrets = keystore::fromBip39(m_phrase, restoring ? secretFrom(m_passphrase->text())
                                                               : SecretBytes());
        if (!secrets) {
            QMessageBox::warning(this, tr("Wallet"), secrets.error().message);
            return false;
        }
        // Argon2 runs on a worker: the dialog keeps painting and finishes when the file is
        // written.
        m_creating = true;
        for (WizardButton b : {BackButton, FinishButton, CancelButton})
            if (QAbstractButton *w = button(b))
                w->setEnabled(false);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto keys = std::make_shared<const keystore::Secrets>(std::move(*secrets));
        auto password = std::make_shared<const SecretBytes>(secretFrom(m_password->text()));
        m_wallet->createAsync(keys, password, m_params, this, [this](Status s) {
            QApplication::restoreOverrideCursor();
            m_creating = false;
            for (WizardButton b : {BackButton, FinishButton, CancelButton})
                if (QAbstractButton *w = button(b))
                    w->setEnabled(true);
            if (!s) {
                QMessageBox::critical(
                    this, tr("Wallet"),
                    tr("The wallet could not be saved: %1").arg(s.error().message));
                return;
            }
            m_created = true;
            m_phrase.clear();
            wipeShownWords();
            accept(); // validateCurrentPage now says yes
        });
        return false;
    }
    default:
        return true;
    }
}

} // namespace fb::ui
