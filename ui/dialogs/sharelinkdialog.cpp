#include "ui/dialogs/sharelinkdialog.h"

#include "models/formats.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

ShareLinkDialog::ShareLinkDialog(const QString &fileName, const QUrl &url, const QDateTime &expires,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shareLinkDialog"));
    setWindowTitle(tr("Share link for %1").arg(fileName));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Anyone with this link can download the encrypted object of <b>%1</b> until it "
           "expires. They also need the file key to read it.")
            .arg(fileName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(url.toString(QUrl::FullyEncoded), this);
    edit->setObjectName(QStringLiteral("shareUrl"));
    edit->setAccessibleName(tr("Share link"));
    edit->setReadOnly(true);
    edit->setMinimumWidth(420);
    row->addWidget(edit, 1);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyLink"));
    copy->setAccessibleName(tr("Copy the link"));
    connect(copy, &QPushButton::clicked, this, [edit, copy] {
        QApplication::clipboard()->setText(edit->text());
        copy->setText(tr("Copied"));
    });
    row->addWidget(copy);
    layout->addLayout(row);
    auto *exp = new QLabel(tr("Expires %1").arg(Formats().dateTime(expires)), this);
    exp->setObjectName(QStringLiteral("shareExpiry"));
    layout->addWidget(exp);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace fb::ui
