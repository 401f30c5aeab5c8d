// Asks for the wallet password (masked); the text is moved into guarded memory and wiped.
#pragma once

#include "wallet/secretbytes.h"

#include <QString>

#include <optional>

class QWidget;

namespace fb::ui {

std::optional<SecretBytes> askPassword(QWidget *parent, const QString &title, const QString &text);

} // namespace fb::ui
