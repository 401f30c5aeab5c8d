// The signer window's one QR input and one QR output: QrSource reads an unsigned transaction
// from QR codes (image files, a folder of PNG frames or a camera, through QrReader) and QrSink
// shows the signed one as QR codes (through QrPlayer, whose "Save frames…" writes numbered PNG
// frames). PSBTs travel as ur:crypto-psbt; Stellar XDR, Algorand msgpack and Starknet JSON as
// ur:bytes, always in their binary form.
#pragma once

#include "ui/signer/payloadio.h"

#include <QPointer>
#include <QStringList>

#include <functional>

class QDialog;

namespace fb::ui {

class QrPlayer;
class QrReader;

// The UR type that carries a chain's transactions ("bitcoin" → crypto-psbt, else bytes).
QString urTypeForChain(const QString &chain);

class QrSource : public PayloadSource
{
    Q_OBJECT
public:
    explicit QrSource(QObject *parent = nullptr);
    QString label() const override;
    QString toolTip() const override;
    // Opens the reader's window (window-modal, not blocking); loaded() once the QR codes are read.
    void request(QWidget *parent) override;
    // The reader of the open window, or null.
    QrReader *reader() const;
    // Opens the reader's window with these QR images read (files dropped on the signer).
    void readImages(QWidget *parent, const QStringList &paths);
    // Chooses the images for the reader's "Open images…" (tests give their own).
    void setImagesChooser(std::function<QStringList(QWidget *)> chooser)
    {
        m_choose = std::move(chooser);
    }
    // Chooses the folder for the reader's "Open folder…" (tests give their own).
    void setFolderChooser(std::function<QString(QWidget *)> chooser)
    {
        m_chooseFolder = std::move(chooser);
    }

private:
    QPointer<QDialog> m_dialog;
    std::function<QStringList(QWidget *)> m_choose;
    std::function<QString(QWidget *)> m_chooseFolder;
};

class QrSink : public PayloadSink
{
    Q_OBJECT
public:
    explicit QrSink(QObject *parent = nullptr);
    QString label() const override;
    QString toolTip() const override;
    // Opens the player's window (not blocking) with the signed transaction.
    void deliver(QWidget *parent, const SignedPayload &payload) override;
    // The player of the open window, or null.
    QrPlayer *player() const;
    // The most bytes a frame carries (0: the UR default); tests make small frames.
    void setMaxFragmentLen(int bytes) { m_maxFragmentLen = bytes; }
    // Chooses the folder for the player's "Save frames…" (tests give their own).
    void setFolderChooser(std::function<QString(QWidget *)> chooser)
    {
        m_chooseFolder = std::move(chooser);
    }

private:
    QPointer<QDialog> m_dialog;
    int m_maxFragmentLen = 0;
    std::function<QString(QWidget *)> m_chooseFolder;
};

} // namespace fb::ui
