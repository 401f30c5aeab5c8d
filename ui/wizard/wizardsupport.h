// What the SLA wizard's pages share: money and size in words, the red error line, short tables.
#pragma once

#include <QString>

class QLabel;
class QTableWidget;
class QWidget;

namespace fb::ui::wizard {

constexpr qint64 kGB = 1000000000;

// What Formats says (models/formats.h), in the user's locale:
// USD from USD×10^7. Small sums keep four decimals so a fee of a fraction of a cent does not
// read as zero.
QString usd(qint64 usd7);
// An exact amount of a coin ("10.455 ALGO", "0.00003485 BTC").
QString coin(qint64 units, const QString &currency);
QString bytesText(qint64 bytes);
// A short table takes the height of its rows, not the whole page.
void fitRows(QTableWidget *table);
// A hidden, word-wrapped error line (object name "error").
QLabel *errorLabel(QWidget *parent);

} // namespace fb::ui::wizard
