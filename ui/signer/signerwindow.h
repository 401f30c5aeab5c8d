// SignerWindow: "Sign a transaction". An unsigned transaction comes in from a source (a file,
// dropped or opened; pasted text; QR readers plug in as further sources), is reviewed in plain
// words (every operation, fee, network, the accounts that must sign with this wallet's own
// highlighted, the validity window against the clock), is signed with the keystore password
// after an explicit confirmation when it is expired or about to expire, and goes out through a
// sink (a file, the clipboard; a QR player plugs in as a further sink). It is a plain widget:
// a window of its own from the main window, a tab in the offline signer.
#pragma once

#include "ui/signer/payloadio.h"
#include "wallet/offlinetx.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace fb {
class WalletService;
}

namespace fb::ui {

class QrSink;
class QrSource;

class SignerWindow : public QWidget
{
    Q_OBJECT
public:
    // wallet may be null (no keystore service): the review works, signing says what is missing.
    explicit SignerWindow(WalletService *wallet, QWidget *parent = nullptr);
    ~SignerWindow() override;

    // A further input (a button in the input row; its shortcut works in the window). The
    // window takes ownership. Its loaded(bytes, origin) goes to loadBytes().
    void addSource(PayloadSource *source);
    // A further output (a button in the result row, enabled once something is signed).
    void addSink(PayloadSink *sink);
    FileSource *fileSource() const { return m_fileSource; }
    FileSink *fileSink() const { return m_fileSink; }
    QrSource *qrSource() const { return m_qrSource; }
    QrSink *qrSink() const { return m_qrSink; }

    // Decodes bytes from any source and shows the review; on malformed input shows why and keeps
    // what was there (the pasted text stays in its box). Returns false on malformed input.
    bool loadBytes(const QByteArray &bytes, const QString &origin);
    bool loadFile(const QString &path);

    // The transaction as loaded (and signed, once signed), or null.
    const offlinetx::Transaction *transaction() const;
    bool isSigned() const { return m_signed; }
    // What the sinks receive, once signed.
    SignedPayload signedPayload() const;
    // The review as the user reads it (plain text), and the validity line.
    QString reviewText() const;
    QString validityText() const;
    QString errorText() const;

    // The clock the validity window is judged against (tests set a fixed one).
    void setClock(std::function<QDateTime()> clock);

Q_SIGNALS:
    void transactionLoaded();
    void loadFailed(const QString &message);
    void transactionSigned();
    void signFailed(const QString &message);
    void exported(const QString &where);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void pastedTextChanged();
    void showError(const QString &message);
    void refresh();
    void networkChanged();
    void sign();
    void finishSigning(keystore::Secrets secrets);
    void deliver(PayloadSink *sink);
    bool confirmRisks();
    offlinetx::OurAccounts knownAccounts() const;
    QString validityHtml(const offlinetx::Validity &v) const;

    WalletService *m_wallet;
    std::function<QDateTime()> m_clock;
    std::optional<offlinetx::Transaction> m_tx;
    std::optional<offlinetx::OurAccounts> m_unlockedAccounts; // after an unlock, this index
    QList<TxReview> m_keyedReviews; // reviews from this wallet's point of view, after an unlock
    bool m_signed = false;
    bool m_exported = false;
    bool m_busy = false;
    bool m_loadingFile = false;

    FileSource *m_fileSource;
    FileSink *m_fileSink;
    ClipboardSink *m_clipboardSink;
    QrSource *m_qrSource;
    QrSink *m_qrSink;
    QList<QPushButton *> m_sinkButtons;

    QHBoxLayout *m_sourceRow;
    QHBoxLayout *m_sinkRow;
    QPlainTextEdit *m_paste;
    QLabel *m_origin;
    QLabel *m_error;
    QComboBox *m_stellarNetwork;
    QLineEdit *m_passphrase;
    QLabel *m_stellarNetworkLabel;
    QComboBox *m_bitcoinNetwork;
    QLabel *m_bitcoinNetworkLabel;
    QSpinBox *m_index;
    QTextBrowser *m_review;
    QLabel *m_validity;
    QPushButton *m_signButton;
    QLabel *m_status;
    QPlainTextEdit *m_result;
};

} // namespace fb::ui
