// QrReader: reads a BC-UR from QR codes, from image files (Open images…, Open folder… of PNG
// frames, or dropped on it) or, when Qt Multimedia finds a camera, from the camera ("Scan with
// camera": the QVideoSink's frames go to addVideoFrame(), which hands the luminance plane of a
// YUV frame, or the picture of an RGB one, to libzbar). The frames of an animated UR come in any
// order; duplicates, missed frames and surplus fountain frames are fine. It shows its progress ("32
// % — 5 parts read") and emits completed() once with the UR's type and payload (the CBOR byte
// string of ur:bytes and ur:crypto-psbt). A QR code that is not a UR, or a UR of a type not
// accepted, is a clear error and changes nothing read so far. Without a camera the camera button is
// disabled and says so; images still work.
//
// Use:
//     auto *reader = new QrReader(parent);
//     reader->setAcceptedTypes({ur::kTypeBytes, ur::kTypePsbt});
//     connect(reader, &QrReader::completed, this, [](const QString &type, const QByteArray &p)
//     {…});
#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QVideoFrame;

namespace fb::ur {
class Decoder;
}

namespace fb::ui {

class QrReader : public QWidget
{
    Q_OBJECT
public:
    explicit QrReader(QWidget *parent = nullptr);
    ~QrReader() override;

    // The UR types taken ("bytes", "crypto-psbt"); empty (the default) takes any.
    void setAcceptedTypes(const QStringList &types) { m_types = types; }
    // Chooses image files for "Open images…" (a dialog by default; tests give their own).
    void setImagesChooser(std::function<QStringList(QWidget *)> chooser)
    {
        m_choose = std::move(chooser);
    }
    // Chooses the folder for "Open folder…" (a dialog by default; tests give their own).
    void setFolderChooser(std::function<QString(QWidget *)> chooser)
    {
        m_chooseFolder = std::move(chooser);
    }

    // Reads the QR codes of image files, in the order given (any order of frames works); a
    // folder stands for the images in it, in name order (frame-001.png, …).
    // Returns false when one could not be used (the error is shown; the rest are still read).
    bool addImageFiles(const QStringList &paths);
    // Reads the QR codes of one camera frame (what the camera's QVideoSink delivers): NV12,
    // NV21, YUV420P, YV12 and Y8 through their luminance plane, ARGB32 and the other RGB
    // formats as pictures. A frame without a QR code is no error (the camera shows many);
    // returns whether it carried a frame of the UR that was taken. Without Qt Multimedia in
    // the build it takes nothing.
    bool addVideoFrame(const QVideoFrame &frame);
    // Reads the QR codes of one picture (a file's, a camera frame's); origin names it in errors.
    bool addImage(const QImage &image, const QString &origin);
    // Takes one QR code's text.
    bool addText(const QString &text, const QString &origin = {});
    // Forgets every frame read and the error: ready for another UR.
    void reset();

    bool isComplete() const;
    double progress() const; // 0..1
    int partsRead() const;   // frames taken (duplicates included)
    QString statusText() const;
    QString errorText() const;

    // Whether a camera was found (Qt Multimedia, at least one video input).
    bool cameraAvailable() const;
    bool isScanning() const;
    static QString noCameraMessage();

public Q_SLOTS:
    void startCamera();
    void stopCamera();

Q_SIGNALS:
    void progressChanged(double progress);
    void completed(const QString &type, const QByteArray &payload);
    void errorChanged(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Camera;
    void openImages();
    void openFolder();
    void setError(const QString &message);
    void refresh();
    void refreshCameras();
    void showPicture(const QImage &image); // the last picture read, in the preview
    bool typeAccepted(const QString &type) const;
    QString typeList() const;

    std::unique_ptr<ur::Decoder> m_decoder;
    std::unique_ptr<Camera> m_camera;
    QStringList m_types;
    bool m_done = false;
    QString m_error;
    std::function<QStringList(QWidget *)> m_choose;
    std::function<QString(QWidget *)> m_chooseFolder;

    QPushButton *m_open;
    QPushButton *m_openFolder;
    QPushButton *m_scan;
    QPushButton *m_restart;
    QLabel *m_preview;
    QLabel *m_hint;
    QProgressBar *m_bar;
    QLabel *m_status;
    QLabel *m_errorLabel;
};

} // namespace fb::ui
