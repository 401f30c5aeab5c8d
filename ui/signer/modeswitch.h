// Switching between the online app and the air-gapped offline signer: the menu item asks, then
// closes the windows; the composition root (app/gui/main.cpp) starts the other mode once this
// process has let go of its data folder (the single-instance lock), then exits.
#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace fb::ui::modeswitch {

inline const QString kOfflineSignerOption = QStringLiteral("--offline-signer");

// Asks for confirmation, records the request and closes every window. False when declined.
bool requestRestart(QWidget *parent, bool offlineSigner);
// The command line of the process to start after the event loop ends, if a restart was asked.
std::optional<QStringList> pendingRestartArguments();
// The current arguments (without the program) adjusted for the other mode.
QStringList argumentsFor(const QStringList &current, bool offlineSigner);

} // namespace fb::ui::modeswitch
