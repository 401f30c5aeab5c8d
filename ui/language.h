// Language: loads the translation for the chosen UI language ("" follows the system) from
// the installed .qm files (share/flashback/translations), else the embedded ones, and Qt's own.
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
