// Language: loads the translation for the chosen UI language ("" follows the system) from
// the embedded .qm files and Qt's own translations.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace fb::ui {

class Language
{
public:
    // (code, native name) of each language shipped, English first.
    static QList<QPair<QString, QString>> available();
    // Installs translators for code ("" = system locale). Returns the code in effect.
    static QString install(const QString &code);
};

} // namespace fb::ui
