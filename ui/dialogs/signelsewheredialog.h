// "Sign on another device": a flow's unsigned payments (the SLA wizard's, one per provider, or
// the Wallet page's Send) leave for an offline signer as files or as QR codes (a QrPlayer per
// payment: animated on screen, or saved as numbered PNG frames with its "Save frames…"), with a
// summary readable beside them (the agreement's terms; from, to, amount, fee), and come back
// signed (a file, or the signer's QR codes read by a QrReader: images, a folder of frames or the
// camera); once every payment is back, Submit hands them to the flow, which submits them and
// follows them. The flow is a SignElsewhereFlow (models/); this dialog only shows it.
#pragma once

#include "models/signelsewhere.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fb::ui {

class QrPlayer;
class QrReader;

class SignElsewhereDialog : public QDialog
{
    Q_OBJECT
public:
    // flow must outlive the dialog.
    explicit SignElsewhereDialog(SignElsewhereFlow *flow, QWidget *parent = nullptr);

    // The export, as "Save as file…" does it once a folder is chosen: one signing request file
    // per payment. Returns false and shows why on failure.
    bool exportFiles(const QString &dir);
    // The way back: signed transaction files and QR images (the frames of one payment at a
    // time, or a folder of them, read by a QrReader). Returns the payments they completed (0
    // and an error shown when none).
    int importSigned(const QStringList &paths);
    // "Read signed QR…": a window with a QrReader (images, a folder of frames, the camera)
    // whose completed UR is imported as a signed payment. Not blocking.
    void readSignedQr();
    QrReader *signedQrReader() const;
    // Hands the signed payments to the session (Submit). False (and why) when some are missing.
    bool submit();

    // What is exported, in plain words (the flow's summary and each payment's transaction).
    QString summaryText() const { return m_summary; }
    QString statusText() const;
    QString errorText() const;
    int paymentCount() const { return int(m_requests.size()); }

    // Test hooks: what the folder and file dialogs return.
    void setFolderChooser(std::function<QString(QWidget *)> chooser)
    {
        m_chooseFolder = std::move(chooser);
    }
    void setFilesChooser(std::function<QStringList(QWidget *)> chooser)
    {
        m_chooseFiles = std::move(chooser);
    }

    // "Show as QR…": plays each payment's signing request as an animated QR (ui/qr/QrPlayer),
    // one tab per payment, for the offline signer's camera; each player's "Save frames…" writes
    // its frames as PNG images for a signer that reads files. Not blocking.
    void showQrPlayer();
    QList<QrPlayer *> qrPlayers() const;

private:
    void showError(const QString &message);
    void updateState();
    // Hands one signed payload (a file's bytes, a UR's payload) to the session; false and the
    // reason in *error when refused.
    bool addSigned(const QByteArray &bytes, const QString &origin, QString *error);

    SignElsewhereFlow *m_flow;
    QList<SigningExport> m_requests; // as exported when the dialog opened
    QString m_summary;
    std::function<QString(QWidget *)> m_chooseFolder;
    std::function<QStringList(QWidget *)> m_chooseFiles;
    QPlainTextEdit *m_terms;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_saveFiles;
    QPushButton *m_showQr;
    QPushButton *m_import;
    QPushButton *m_readQr;
    QPointer<QDialog> m_playerDialog;
    QPointer<QDialog> m_readerDialog;
    QPushButton *m_submit;
};

} // namespace fb::ui
