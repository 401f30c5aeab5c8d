// ReceiveDialog: an account's address to be paid at, as text and as a QR code, with copy to the
// clipboard and save as PNG.
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;

namespace fb::ui {

class ReceiveDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiveDialog(const QString &chainText, const QString &address, QWidget *parent = nullptr);

    QString address() const { return m_address; }
    QImage qrImage() const { return m_image; }
    // Writes the QR code as a PNG at path (atomically); false with *error on failure.
    bool savePng(const QString &path, QString *error = nullptr) const;

private:
    void copy();
    void save();

    QString m_address;
    QImage m_image;
    QLabel *m_status;
};

} // namespace fb::ui
