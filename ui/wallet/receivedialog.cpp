#include "ui/wallet/receivedialog.h"

#include "qr/qrcode.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fb::ui {

ReceiveDialog::ReceiveDialog(const QString &chainText, const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_address(address)
    , m_image(qr::encode(address, 6, qr::ErrorCorrection::Medium))
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Receive on %1").arg(chainText));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ask the payer to send to this address, or to scan the code. "
                                "Only send %1 to it.")
                                 .arg(chainText),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *qr = new QLabel(this);
    qr->setObjectName(QStringLiteral("qr"));
    qr->setAlignment(Qt::AlignCenter);
    qr->setPixmap(QPixmap::fromImage(m_image));
    qr->setAccessibleName(tr("QR code of the address"));
    layout->addWidget(qr);

    auto *text = new QLabel(address, this);
    text->setObjectName(QStringLiteral("address"));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    QFont mono = text->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    text->setFont(mono);
    layout->addWidget(text);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyButton = buttons->addButton(tr("&Copy address"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copy"));
    copyButton->setToolTip(tr("Copy the address to the clipboard."));
    auto *saveButton = buttons->addButton(tr("&Save QR as PNG…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("savePng"));
    saveButton->setToolTip(tr("Save the QR code as an image to share it."));
    connect(copyButton, &QPushButton::clicked, this, &ReceiveDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &ReceiveDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ReceiveDialog::copy()
{
    QApplication::clipboard()->setText(m_address);
    m_status->setText(tr("Address copied."));
}

bool ReceiveDialog::savePng(const QString &path, QString *error) const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (m_image.isNull() || !m_image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("The QR code could not be drawn.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ReceiveDialog::save()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the QR code"),
        dir + QStringLiteral("/address-%1.png").arg(m_address.left(8)), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(savePng(path, &error) ? tr("Saved to %1.").arg(path) : error);
}

} // namespace fb::ui
