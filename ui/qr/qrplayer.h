// QrPlayer: shows a payload as QR codes for another device's camera. A payload that fits one
// fragment is one still QR code; a longer one plays BC-UR fountain parts at a steady rate, with
// Pause/Play, a "Frame 3 of 12" counter and "Save frames…" (numbered PNGs, one cycle, to a
// folder); a still code has "Save as image…". Frames are upper-case URs, which QR codes carry
// in their compact alphanumeric mode.
//
// Use:
//     auto *player = new QrPlayer(parent);
//     player->setPayload(ur::kTypeBytes, signedXdr);   // or ur::kTypePsbt, psbt.serialize()
//
// After the first cycle through the fragments the player keeps going with fresh fountain
// mixtures, so a reader that missed frames completes without waiting for the same ones again.
#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace fb::ur {
class Encoder;
}

namespace fb::ui {

class QrPlayer : public QWidget
{
    Q_OBJECT
public:
    explicit QrPlayer(QWidget *parent = nullptr);
    ~QrPlayer() override;

    // Shows payload as a ur:<urType> ("bytes", "crypto-psbt") carried as a CBOR byte string,
    // cut in fragments of at most maxFragmentLen bytes. Starts playing when animated.
    void setPayload(const QString &urType, const QByteArray &payload, int maxFragmentLen = 0);
    // Shows these frames (UR parts, or any text) in a loop, in this order; one frame is still.
    void setFrames(const QStringList &frames);
    void clear();

    bool isAnimated() const { return frameCount() > 1; }
    bool isPlaying() const;
    // Frames in one cycle (the fragments; 1 for a still code, 0 when empty), and the position
    // of the one shown in its cycle, from 1.
    int frameCount() const;
    int currentFrame() const;
    // Frames shown since the payload was set (keeps counting past the first cycle).
    int framesShown() const { return m_shown; }
    QString currentText() const { return m_text; }
    QImage currentImage() const; // the frame shown, 4 pixels a module
    QString counterText() const;

    // The steady rate; 4 frames a second unless the user chose another (kept in the settings).
    double framesPerSecond() const;
    void setFramesPerSecond(int fps);

    // Writes one cycle as <dir>/frame-001.png, … (a still code as frame-001.png). Refuses a
    // folder that already holds frame-*.png. Returns the number written, 0 on error.
    int saveFrames(const QString &dir, QString *error = nullptr) const;
    bool saveImage(const QString &path, QString *error = nullptr) const;
    // Where "Save frames…" and "Save as image…" write (a dialog by default; tests give their own).
    void setFolderChooser(std::function<QString(QWidget *)> chooser)
    {
        m_chooseFolder = std::move(chooser);
    }
    void setFileChooser(std::function<QString(QWidget *)> chooser)
    {
        m_chooseFile = std::move(chooser);
    }

public Q_SLOTS:
    void play();
    void pause();
    // Shows the next frame now (what the timer does at each tick).
    void advance();

Q_SIGNALS:
    void frameChanged(int frame);
    void playingChanged(bool playing);
    void saved(const QString &where);
    void saveFailed(const QString &message);

private:
    class View;
    void showFrame(const QString &text);
    void refreshControls();
    void saveFramesClicked();
    void saveImageClicked();

    std::unique_ptr<ur::Encoder> m_encoder;
    QString m_urType;
    QByteArray m_payload;
    int m_maxFragmentLen = 0;
    QStringList m_frames; // setFrames(), or empty when frames come from m_encoder
    int m_index = -1;     // in m_frames
    int m_shown = 0;
    QString m_text;

    View *m_view;
    QTimer *m_timer;
    QLabel *m_counter;
    QPushButton *m_playPause;
    QSpinBox *m_speed;
    QPushButton *m_saveFrames;
    QPushButton *m_saveImage;
    QLabel *m_status;
    std::function<QString(QWidget *)> m_chooseFolder;
    std::function<QString(QWidget *)> m_chooseFile;
};

} // namespace fb::ui
