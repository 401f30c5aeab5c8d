#include "ui/signer/payloadio.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace fb::ui {

FileSource::FileSource(QObject *parent)
    : PayloadSource(parent)
    , m_choose([](QWidget *w, const QString &) {
        return QFileDialog::getOpenFileName(
            w, tr("Open an unsigned transaction"), QDir::homePath(),
            tr("Transactions (*.xdr *.txt *.b64 *.txn *.tx *.psbt *.json);;All files (*)"));
    })
{}

QString FileSource::label() const
{
    return tr("&Open file…");
}

QString FileSource::toolTip() const
{
    return tr("Open an unsigned transaction file: a Stellar XDR envelope, an Algorand transaction "
              "file, a PSBT, a Starknet INVOKE v3 (JSON) or a signing request (%1). You can also "
              "drop the file on this window.")
        .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
}

void FileSource::request(QWidget *parent)
{
    const QString path = m_choose(parent, QString());
    if (!path.isEmpty())
        read(path);
}

void FileSource::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(
            tr("%1 cannot be opened: %2.").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    if (f.size() > kMaxFileBytes) {
        Q_EMIT failed(tr("%1 is %2 MiB: far larger than a transaction. Choose the unsigned "
                         "transaction file itself.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(f.size() >> 20));
        return;
    }
    const QByteArray bytes = f.readAll();
    Q_EMIT loaded(bytes, tr("file %1").arg(QDir::toNativeSeparators(path)));
}

FileSink::FileSink(QObject *parent)
    : PayloadSink(parent)
    , m_choose([](QWidget *w, const QString &suggested) {
        return QFileDialog::getSaveFileName(w, tr("Save the signed transaction"),
                                            QDir::home().filePath(suggested));
    })
{}

QString FileSink::label() const
{
    return tr("&Save to file…");
}

QString FileSink::toolTip() const
{
    return tr("Save the signed transaction to a file, in the form it came in, to carry it to the "
              "online computer (%1)")
        .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
}

void FileSink::deliver(QWidget *parent, const SignedPayload &payload)
{
    const QString path = m_choose(parent, payload.suggestedName);
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(payload.bytes) != payload.bytes.size() ||
        !f.commit()) {
        Q_EMIT failed(tr("The signed transaction could not be saved to %1: %2. Choose another "
                         "place; the signature is kept until you do.")
                          .arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    Q_EMIT delivered(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

QString ClipboardSink::label() const
{
    return tr("&Copy text");
}

QString ClipboardSink::toolTip() const
{
    return tr("Copy the signed transaction as base64 text (%1)")
        .arg(shortcut().toString(QKeySequence::NativeText));
}

void ClipboardSink::deliver(QWidget *, const SignedPayload &payload)
{
    QGuiApplication::clipboard()->setText(QString::fromLatin1(payload.text.trimmed()));
    Q_EMIT delivered(tr("Copied to the clipboard as text."));
}

} // namespace fb::ui
