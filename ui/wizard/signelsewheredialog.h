// "Sign on another device": the wizard's payments leave for an offline signer as files or QR
// frames, with the agreement's terms readable beside them, and come back signed (a file or the
// signer's QR frames); once every payment is back, Submit hands them to the purchase session,
// which submits them and follows the deals to Funded. The flow is PurchaseSession's; this
// dialog only shows it.
#pragma once

#include "models/purchasesession.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fb::ui {

class SignElsewhereDialog : public QDialog
{
    Q_OBJECT
public:
    // providerNames: provider id -> name, as the wizard knows them.
    SignElsewhereDialog(PurchaseSession *session, const QHash<QString, QString> &providerNames,
                        QWidget *parent = nullptr);

    // The export, as the buttons do it once a folder is chosen: one signing request file per
    // payment, or the QR frames of each (PNG files; a sub-folder per payment when several).
    // Return false and show why on failure.
    bool exportFiles(const QString &dir);
    bool exportQrFrames(const QString &dir);
    // The way back: signed transaction files and QR images (the frames of one payment at a
    // time). Returns the payments they completed (0 and an error shown when none).
    int importSigned(const QStringList &paths);
    // Hands the signed payments to the session (Submit). False (and why) when some are missing.
    bool submit();

    QString termsText() const;
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

public:
    // Plays each payment's signing request as an animated QR (ui/qr/QrPlayer), one tab per
    // payment, for the offline signer's camera.
    void showQrPlayer();

private:
    void showError(const QString &message);
    void updateState();
    // The one place frames are written; an animated QR player shows the same frames later.
    bool writeFrames(const QString &dir, const QByteArray &request, QString *error, int *frames);

    PurchaseSession *m_session;
    QList<PurchaseSession::SigningRequest> m_requests;
    std::function<QString(QWidget *)> m_chooseFolder;
    std::function<QStringList(QWidget *)> m_chooseFiles;
    QPlainTextEdit *m_terms;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_saveFiles;
    QPushButton *m_saveQr;
    QPushButton *m_showQr;
    QPushButton *m_import;
    QPushButton *m_submit;
};

} // namespace fb::ui
