// QR frames as image files for the signer window: a source that reads the frames of a UR from
// image files (a signing request or a bare transaction, any order) and a sink that writes the
// signed transaction as numbered PNG frames in a folder (ur:crypto-psbt for Bitcoin, ur:bytes
// otherwise). They plug in through SignerWindow::addSource / addSink; an animated player and a
// camera reader plug in the same way.
#pragma once

#include "ui/signer/payloadio.h"

#include <QStringList>

#include <functional>

namespace fb::ui {

// Chooses image files (a file dialog by default; tests give their own).
using PathsChooser = std::function<QStringList(QWidget *parent)>;

class QrFramesSource : public PayloadSource
{
    Q_OBJECT
public:
    explicit QrFramesSource(QObject *parent = nullptr);
    QString label() const override;
    QString toolTip() const override;
    void request(QWidget *parent) override;
    void setPathsChooser(PathsChooser chooser) { m_choose = std::move(chooser); }
    // Reads the frames (image files, or a folder of them) and emits loaded() or failed().
    void read(const QStringList &paths);

private:
    PathsChooser m_choose;
};

class QrFramesSink : public PayloadSink
{
    Q_OBJECT
public:
    explicit QrFramesSink(QObject *parent = nullptr);
    QString label() const override;
    QString toolTip() const override;
    void deliver(QWidget *parent, const SignedPayload &payload) override;
    // Chooses the folder (suggested: a name for it).
    void setPathChooser(PathChooser chooser) { m_choose = std::move(chooser); }

private:
    PathChooser m_choose;
};

} // namespace fb::ui
