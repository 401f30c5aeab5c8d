#include "ui/signer/qrio.h"

#include "ui/qr/qrplayer.h"
#include "ui/qr/qrreader.h"
#include "wallet/ur.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace fb::ui {

QString urTypeForChain(const QString &chain)
{
    return chain == QLatin1String("bitcoin") ? ur::kTypePsbt : ur::kTypeBytes;
}

QrSource::QrSource(QObject *parent)
    : PayloadSource(parent)
{}

QString QrSource::label() const
{
    return tr("From &QR codes…");
}

QString QrSource::toolTip() const
{
    return tr("Read the unsigned transaction from QR codes: images of them (an animated code's "
              "frames in any order, or the folder they were saved in) or this computer's camera. "
              "PSBTs come as ur:crypto-psbt, Stellar, Algorand and Starknet transactions as "
              "ur:bytes.");
}

void QrSource::request(QWidget *parent)
{
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    delete m_dialog; // a closed one not yet deleted
    auto *d = new QDialog(parent);
    d->setObjectName(QStringLiteral("qrReaderDialog"));
    d->setWindowTitle(tr("Read the transaction's QR codes"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    auto *intro = new QLabel(tr("Open or drop the QR images the other device made (or the folder "
                                "of its frames), or hold its screen in front of the camera. An "
                                "animated code's frames can "
                                "come in any order; missed frames are made up by later ones."),
                             d);
    intro->setWordWrap(true);
    auto *reader = new QrReader(d);
    reader->setAcceptedTypes({ur::kTypeBytes, ur::kTypePsbt});
    if (m_choose)
        reader->setImagesChooser(m_choose);
    if (m_chooseFolder)
        reader->setFolderChooser(m_chooseFolder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, d);
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(intro);
    layout->addWidget(reader, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    connect(reader, &QrReader::completed, this,
            [this, d, reader](const QString &type, const QByteArray &payload) {
                const int parts = reader->partsRead();
                d->accept();
                Q_EMIT loaded(payload,
                              tr("QR codes (ur:%1, %n frame(s))", nullptr, parts).arg(type));
            });
    d->resize(560, 520);
    m_dialog = d;
    d->open();
}

QrReader *QrSource::reader() const
{
    return m_dialog && m_dialog->isVisible() ? m_dialog->findChild<QrReader *>() : nullptr;
}

void QrSource::readImages(QWidget *parent, const QStringList &paths)
{
    request(parent);
    if (QrReader *r = reader())
        r->addImageFiles(paths);
}

QrSink::QrSink(QObject *parent)
    : PayloadSink(parent)
{}

QString QrSink::label() const
{
    return tr("Show as Q&R…");
}

QString QrSink::toolTip() const
{
    return tr("Show the signed transaction as a QR code for the online device's camera, "
              "animated when it does not fit one code; or save its frames as numbered PNG "
              "images");
}

void QrSink::deliver(QWidget *parent, const SignedPayload &payload)
{
    if (payload.binary.isEmpty()) {
        Q_EMIT failed(tr("There is no signed transaction to show."));
        return;
    }
    delete m_dialog;
    auto *d = new QDialog(parent);
    d->setObjectName(QStringLiteral("qrPlayerDialog"));
    d->setWindowTitle(tr("Signed transaction as QR codes"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    const QString type = urTypeForChain(payload.chain);
    auto *player = new QrPlayer(d);
    player->setPayload(type, payload.binary, m_maxFragmentLen);
    if (m_chooseFolder)
        player->setFolderChooser(m_chooseFolder);
    // The type as one word when the line wraps: "crypto‑psbt" with a non-breaking hyphen.
    const QString shownType = QString(type).replace(QLatin1Char('-'), QChar(0x2011));
    auto *intro = new QLabel(
        player->isAnimated() ? tr("Scan these frames with the online device until it has "
                                  "read the whole ur:%1. It takes them in any order.")
                                   .arg(shownType)
                             : tr("Scan this code with the online device (ur:%1).").arg(shownType),
        d);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(intro);
    layout->addWidget(player, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    d->resize(520, 640);
    m_dialog = d;
    d->show();
    Q_EMIT delivered(player->isAnimated()
                         ? tr("Shown as an animated QR code (ur:%1, %n frame(s) a round).", nullptr,
                              player->frameCount())
                               .arg(type)
                         : tr("Shown as a QR code (ur:%1).").arg(type));
}

QrPlayer *QrSink::player() const
{
    return m_dialog ? m_dialog->findChild<QrPlayer *>() : nullptr;
}

} // namespace fb::ui
