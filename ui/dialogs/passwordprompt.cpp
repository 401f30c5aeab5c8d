#include "ui/dialogs/passwordprompt.h"

#include "models/walletsecurity.h"
#include "models/walletservice.h"

#include <QInputDialog>
#include <QLineEdit>

namespace fb::ui {

std::optional<SecretBytes> askPassword(QWidget *parent, const QString &title, const QString &text)
{
    bool ok = false;
    QString pw = QInputDialog::getText(parent, title, text, QLineEdit::Password, QString(), &ok);
    if (!ok || pw.isEmpty()) {
        SecretBytes::wipe(pw);
        return std::nullopt;
    }
    QByteArray utf8 = pw.toUtf8();
    SecretBytes s = SecretBytes::fromBytes(utf8);
    SecretBytes::wipe(utf8);
    SecretBytes::wipe(pw);
    return s;
}

std::shared_ptr<const SecretBytes> walletPassword(QWidget *parent, WalletService *wallet,
                                                  const QString &title, const QString &text)
{
    if (wallet) {
        if (auto kept = wallet->security()->password())
            return kept;
    }
    auto typed = askPassword(parent, title, text);
    if (!typed)
        return nullptr;
    return std::make_shared<const SecretBytes>(std::move(*typed));
}

} // namespace fb::ui
