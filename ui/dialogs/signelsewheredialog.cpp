#include "ui/dialogs/signelsewheredialog.h"

#include "ui/qr/qrplayer.h"
#include "ui/qr/qrreader.h"
#include "ui/theme.h"
#include "wallet/ur.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

constexpr qint64 kMaxSignedFileBytes = 4 << 20;

bool isImage(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("png"),  QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                      QStringLiteral("gif"),  QStringLiteral("webp")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

SignElsewhereDialog::SignElsewhereDialog(SignElsewhereFlow *flow, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_requests(flow->signingExports())
    , m_chooseFolder([](QWidget *w) {
        return QFileDialog::getExistingDirectory(w, tr("Choose an empty folder for the export"),
                                                 QDir::homePath());
    })
    , m_chooseFiles([](QWidget *w) {
        return QFileDialog::getOpenFileNames(
            w, tr("Import the signed payment"), QDir::homePath(),
            tr("Signed transactions and QR images (*.xdr *.b64 *.stxn *.psbt *.txt *.json *.png "
               "*.jpg *.jpeg);;All files (*)"));
    })
{
    setObjectName(QStringLiteral("signElsewhereDialog"));
    setWindowTitle(tr("Sign on another device"));
    m_summary = m_flow->exportSummary();
    auto *intro = new QLabel(
        (m_requests.size() > 1
             ? tr("<b>1.</b> Export the unsigned payments (one per provider) as files or as "
                  "QR codes (shown on screen, or saved as frames), and open them in the offline "
                  "signer on the other device (<i>flashback --offline-signer</i>). ")
             : tr("<b>1.</b> Export the unsigned payment as a file or as a QR code (shown on "
                  "screen, or saved as frames), and open it in the offline signer on the other "
                  "device (<i>flashback --offline-signer</i>). ")) +
            tr("<b>2.</b> Check the summary below against what the signer shows, and sign there. "
               "<b>3.</b> Import what the signer wrote (its file or its QR codes) here and "
               "submit."),
        this);
    intro->setWordWrap(true);
    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setReadOnly(true);
    m_terms->setAccessibleName(tr("What is exported: the summary and the payments"));
    m_terms->setPlainText(m_summary);
    m_saveFiles = new QPushButton(tr("Save as &file…"), this);
    m_saveFiles->setObjectName(QStringLiteral("saveFiles"));
    m_saveFiles->setToolTip(tr("Write one signing request file per payment (JSON: the "
                               "transaction and its summary) into a folder you choose, e.g. on a "
                               "USB stick."));
    m_showQr = new QPushButton(tr("Show as &QR…"), this);
    m_showQr->setObjectName(QStringLiteral("showQr"));
    m_showQr->setToolTip(tr("Play the payments as QR codes on this screen, for the offline "
                            "signer's camera (it reads the frames in any order), or save their "
                            "frames as numbered PNG images for it to open."));
    m_import = new QPushButton(tr("&Import signed…"), this);
    m_import->setObjectName(QStringLiteral("importSigned"));
    m_import->setToolTip(tr("Open what the signer wrote: the signed file, or every QR frame of "
                            "one signed payment."));
    m_readQr = new QPushButton(tr("&Read signed QR…"), this);
    m_readQr->setObjectName(QStringLiteral("readSignedQr"));
    m_readQr->setToolTip(tr("Read the signer's QR codes: with this computer's camera, or from "
                            "its saved frames (images or their folder)."));
    m_submit = new QPushButton(
        m_requests.size() > 1 ? tr("S&ubmit payments") : tr("S&ubmit the payment"), this);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setToolTip(tr("Send what was signed to the ledger and follow it until it is "
                            "confirmed."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    Theme::setTextColor(m_error, ThemeColor::Danger);
    m_error->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    close->button(QDialogButtonBox::Cancel)->setText(tr("&Back to the review"));
    close->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Back to the payment's review, to sign with this wallet or cancel."));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_saveFiles);
    exportRow->addWidget(m_showQr);
    exportRow->addStretch();
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addWidget(m_readQr);
    importRow->addStretch();
    importRow->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_terms, 1);
    layout->addLayout(exportRow);
    layout->addLayout(importRow);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_saveFiles, &QPushButton::clicked, this, [this] {
        const QString dir = m_chooseFolder(this);
        if (!dir.isEmpty())
            exportFiles(dir);
    });
    connect(m_showQr, &QPushButton::clicked, this, &SignElsewhereDialog::showQrPlayer);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_chooseFiles(this);
        if (!paths.isEmpty())
            importSigned(paths);
    });
    connect(m_readQr, &QPushButton::clicked, this, &SignElsewhereDialog::readSignedQr);
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(); });
    if (m_requests.isEmpty())
        showError(tr("There is no payment waiting for a signature."));
    updateState();
    resize(680, 520);
}

QString SignElsewhereDialog::statusText() const
{
    return m_status->text();
}

QString SignElsewhereDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignElsewhereDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignElsewhereDialog::updateState()
{
    const int done = m_flow->signedCount();
    const int n = int(m_requests.size());
    m_submit->setEnabled(n > 0 && m_flow->signedComplete());
    m_import->setEnabled(n > 0);
    m_readQr->setEnabled(n > 0);
    m_saveFiles->setEnabled(n > 0);
    m_showQr->setEnabled(n > 0);
    if (n > 0 && done > 0)
        m_status->setText(
            done == n ? (n > 1 ? tr("Every payment is signed: submit them.")
                               : tr("The payment is signed: submit it."))
                      : tr("%1 of %2 payments signed: import the others.").arg(done).arg(n));
    if (m_submit->isEnabled())
        m_submit->setDefault(true);
}

bool SignElsewhereDialog::exportFiles(const QString &dir)
{
    showError(QString());
    if (!QDir().mkpath(dir)) {
        showError(tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    QStringList written;
    for (const auto &r : std::as_const(m_requests)) {
        const QString path = QDir(dir).filePath(r.fileName);
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(r.request) != r.request.size() ||
            !f.commit()) {
            showError(tr("%1 cannot be written: %2. Choose another folder.")
                          .arg(QDir::toNativeSeparators(path), f.errorString()));
            return false;
        }
        written << QFileInfo(path).fileName();
    }
    m_status->setText(tr("Saved %1 in %2. Open it in the offline signer, sign, and import what "
                         "it writes.")
                          .arg(written.join(QStringLiteral(", ")), QDir::toNativeSeparators(dir)));
    return true;
}

void SignElsewhereDialog::showQrPlayer()
{
    showError(QString());
    if (m_playerDialog && m_playerDialog->isVisible()) {
        m_playerDialog->raise();
        m_playerDialog->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("qrPlayerDialog"));
    dialog->setWindowTitle(tr("Payments as QR codes"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *intro = new QLabel(tr("Hold the offline signer's camera to the code until it has read "
                                "the payment; frames may be read in any order. Or save the "
                                "frames and open them on the signer."),
                             dialog);
    intro->setWordWrap(true);
    auto *tabs = new QTabWidget(dialog);
    for (int i = 0; i < m_requests.size(); ++i) {
        auto *player = new QrPlayer(tabs);
        player->setObjectName(QStringLiteral("payment%1").arg(i + 1));
        player->setPayload(m_requests[i].urType, m_requests[i].urPayload);
        player->setFolderChooser(m_chooseFolder);
        const QString label = m_requests[i].label;
        connect(player, &QrPlayer::saved, this, [this, label](const QString &where) {
            m_status->setText(tr("%1: %2 Open them in the offline signer, sign, and import what "
                                 "it writes.")
                                  .arg(label, where));
        });
        connect(player, &QrPlayer::saveFailed, this, &SignElsewhereDialog::showError);
        tabs->addTab(player, label);
    }
    tabs->tabBar()->setVisible(m_requests.size() > 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    dialog->resize(520, 640);
    delete m_playerDialog; // a closed one not yet deleted
    m_playerDialog = dialog;
    dialog->open();
}

QList<QrPlayer *> SignElsewhereDialog::qrPlayers() const
{
    return m_playerDialog && m_playerDialog->isVisible()
               ? m_playerDialog->findChildren<QrPlayer *>()
               : QList<QrPlayer *>();
}

void SignElsewhereDialog::readSignedQr()
{
    showError(QString());
    if (m_readerDialog && m_readerDialog->isVisible()) {
        m_readerDialog->raise();
        m_readerDialog->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("qrReaderDialog"));
    dialog->setWindowTitle(tr("Read the signed payment's QR codes"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *intro = new QLabel(tr("Show the offline signer's QR code to the camera, or open the "
                                "frames it saved (the images, or their folder). One payment at "
                                "a time; frames in any order."),
                             dialog);
    intro->setWordWrap(true);
    auto *reader = new QrReader(dialog);
    reader->setAcceptedTypes({ur::kTypeBytes, ur::kTypePsbt});
    if (m_chooseFiles)
        reader->setImagesChooser(m_chooseFiles);
    if (m_chooseFolder)
        reader->setFolderChooser(m_chooseFolder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(reader, &QrReader::completed, this,
            [this, dialog, reader](const QString &, const QByteArray &payload) {
                QString error;
                const QString origin = tr("%n QR frame(s)", nullptr, reader->partsRead());
                if (addSigned(payload, origin, &error)) {
                    dialog->accept();
                    showError(QString());
                } else {
                    dialog->reject();
                    showError(error);
                }
                updateState();
            });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(reader, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    delete m_readerDialog; // a closed one not yet deleted
    m_readerDialog = dialog;
    dialog->open();
}

QrReader *SignElsewhereDialog::signedQrReader() const
{
    return m_readerDialog && m_readerDialog->isVisible() ? m_readerDialog->findChild<QrReader *>()
                                                         : nullptr;
}

bool SignElsewhereDialog::addSigned(const QByteArray &bytes, const QString &origin, QString *error)
{
    auto r = m_flow->addSigned(bytes);
    if (!r) {
        *error = tr("%1: %2").arg(origin, r.error().message);
        return false;
    }
    return true;
}

int SignElsewhereDialog::importSigned(const QStringList &paths)
{
    showError(QString());
    QStringList images;
    QList<std::pair<QString, QByteArray>> payloads;
    for (const QString &p : paths) {
        if (isImage(p) || QFileInfo(p).isDir()) {
            images << p;
            continue;
        }
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxSignedFileBytes) {
            showError(
                tr("%1 cannot be read as a signed transaction%2.")
                    .arg(QDir::toNativeSeparators(p),
                         f.isOpen() ? tr(" (too large)") : QStringLiteral(": ") + f.errorString()));
            return 0;
        }
        payloads.emplaceBack(QDir::toNativeSeparators(p), f.readAll());
    }
    if (!images.isEmpty()) {
        // The same reader as "Read signed QR…", without its window.
        QrReader reader;
        reader.setAcceptedTypes({ur::kTypeBytes, ur::kTypePsbt});
        QByteArray payload;
        connect(&reader, &QrReader::completed, this,
                [&payload](const QString &, const QByteArray &p) { payload = p; });
        reader.addImageFiles(images);
        if (!reader.isComplete()) {
            showError(
                !reader.errorText().isEmpty()
                    ? tr("The QR frames cannot be read: %1").arg(reader.errorText())
                    : tr("The QR frames do not hold the whole payment: %1. Open every frame the "
                         "signer saved.")
                          .arg(reader.statusText()));
            return 0;
        }
        if (payload.isEmpty()) {
            showError(tr("The QR frames cannot be read: %1").arg(reader.errorText()));
            return 0;
        }
        payloads.emplaceBack(tr("%n QR frame(s)", nullptr, reader.partsRead()), payload);
    }
    int completed = 0;
    QStringList errors;
    for (const auto &[origin, bytes] : std::as_const(payloads)) {
        QString error;
        if (addSigned(bytes, origin, &error))
            ++completed;
        else
            errors << error;
    }
    if (!errors.isEmpty())
        showError(errors.join(QLatin1Char('\n')));
    updateState();
    return completed;
}

bool SignElsewhereDialog::submit()
{
    auto r = m_flow->submitSigned();
    if (!r) {
        showError(r.error().message);
        return false;
    }
    accept();
    return true;
}

} // namespace fb::ui
