// Where the signer window gets an unsigned transaction and where it sends the signed one. The
// window shows one button per source and per sink; a source hands over bytes, a sink receives
// the signed result in both its forms. Files and the clipboard are here; QR frames (images or a
// camera in, an animated player out) plug in as further PayloadSource / PayloadSink classes
// through SignerWindow::addSource / addSink, with no change to the window.
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace fb::ui {

// The signed transaction as the sinks receive it.
struct SignedPayload
{
    QByteArray bytes;      // in the form the unsigned one came in (binary file or base64 text)
    QByteArray text;       // always base64 text (what a clipboard carries)
    QByteArray binary;     // always the binary form (what a QR code's UR carries)
    QString chain;         // "stellar", "algorand", "bitcoin"
    QString suggestedName; // a file name: "stellar-1a2b3c4d-signed.xdr"
};

class PayloadSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString label() const = 0; // button text, with a mnemonic ("&Open file…")
    virtual QString toolTip() const = 0;
    virtual QKeySequence shortcut() const { return {}; }
    // Starts getting a payload (a dialog, a reader). Emits loaded() or failed() once, or nothing
    // when the user cancels.
    virtual void request(QWidget *parent) = 0;

Q_SIGNALS:
    // bytes: the payload exactly as read; origin: what the user is told ("file /x/y.psbt").
    void loaded(const QByteArray &bytes, const QString &origin);
    void failed(const QString &message);
};

class PayloadSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString label() const = 0;
    virtual QString toolTip() const = 0;
    virtual QKeySequence shortcut() const { return {}; }
    virtual void deliver(QWidget *parent, const SignedPayload &payload) = 0;

Q_SIGNALS:
    void delivered(const QString &where); // "saved to /x/y.xdr", "copied"
    void failed(const QString &message);
};

// Chooses a path (a file dialog by default; tests give their own).
using PathChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

// Reads a transaction file (at most kMaxFileBytes).
class FileSource : public PayloadSource
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxFileBytes = 4 << 20;
    explicit FileSource(QObject *parent = nullptr);
    QString label() const override;
    QString toolTip() const override;
    QKeySequence shortcut() const override { return QKeySequence::Open; }
    void request(QWidget *parent) override;
    void setPathChooser(PathChooser chooser) { m_choose = std::move(chooser); }
    // Reads path and emits loaded() or failed().
    void read(const QString &path);

private:
    PathChooser m_choose;
};

// Writes the signed transaction to a file the user chooses (atomically).
class FileSink : public PayloadSink
{
    Q_OBJECT
public:
    explicit FileSink(QObject *parent = nullptr);
    QString label() const override;
    QString toolTip() const override;
    QKeySequence shortcut() const override { return QKeySequence::Save; }
    void deliver(QWidget *parent, const SignedPayload &payload) override;
    void setPathChooser(PathChooser chooser) { m_choose = std::move(chooser); }

private:
    PathChooser m_choose;
};

// Copies the signed transaction as base64 text.
class ClipboardSink : public PayloadSink
{
    Q_OBJECT
public:
    using PayloadSink::PayloadSink;
    QString label() const override;
    QString toolTip() const override;
    QKeySequence shortcut() const override { return QKeySequence(tr("Ctrl+Shift+C")); }
    void deliver(QWidget *parent, const SignedPayload &payload) override;
};

} // namespace fb::ui
