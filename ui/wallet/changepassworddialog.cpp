#include "ui/wallet/changepassworddialog.h"

#include "models/walletservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

namespace {
std::shared_ptr<const SecretBytes> takeSecret(QLineEdit *field)
{
    QString text = field->text();
    QByteArray utf8 = text.toUtf8();
    auto secret = std::make_shared<const SecretBytes>(SecretBytes::fromBytes(utf8));
    SecretBytes::wipe(utf8);
    SecretBytes::wipe(text);
    field->clear();
    return secret;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(WalletService *wallet, QWidget *parent)
    : QDialog(parent)
    , m_wallet(wallet)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change the wallet password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The keystore is encrypted again under the new password. Copies "
                                "of the keystore made before still open with the old one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto field = [this, form](const char *name, const QString &label) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setEchoMode(QLineEdit::Password);
        form->addRow(label, e);
        return e;
    };
    m_current = field("current", tr("&Current password:"));
    m_new = field("newPassword", tr("&New password:"));
    m_confirm = field("confirm", tr("Con&firm:"));
    m_new->setToolTip(tr("At least 8 characters."));
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("C&hange password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("change"));
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    clearFields();
}

void ChangePasswordDialog::clearFields()
{
    m_current->clear();
    m_new->clear();
    m_confirm->clear();
}

void ChangePasswordDialog::change()
{
    if (m_new->text().size() < 8) {
        m_status->setText(tr("The new password needs at least 8 characters."));
        return;
    }
    if (m_new->text() != m_confirm->text()) {
        m_status->setText(tr("The two new passwords differ; type them again."));
        m_confirm->clear();
        return;
    }
    if (m_new->text() == m_current->text()) {
        m_status->setText(tr("The new password is the current one."));
        return;
    }
    auto oldPw = takeSecret(m_current);
    auto newPw = takeSecret(m_new);
    m_confirm->clear();
    m_ok->setEnabled(false);
    m_status->setText(tr("Encrypting the wallet under the new password…"));
    m_wallet->changePasswordAsync(oldPw, newPw, this, [this](Status s) {
        m_ok->setEnabled(true);
        if (!s) {
            m_status->setText(s.error().code == QLatin1String("wrong_password")
                                  ? tr("The current password is not right.")
                                  : tr("The password was not changed: %1").arg(s.error().message));
            m_current->setFocus();
            return;
        }
        accept();
    });
}

} // namespace fb::ui
