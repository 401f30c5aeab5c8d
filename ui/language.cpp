#include "ui/language.h"

#include "models/formats.h"
#include "ui/uilog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fb::ui {

QList<QPair<QString, QString>> Language::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString Language::install(const QString &code)
{
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    if (app) {
        QCoreApplication::removeTranslator(app);
        QCoreApplication::removeTranslator(qt);
    } else {
        app = new QTranslator(QCoreApplication::instance());
        qt = new QTranslator(QCoreApplication::instance());
    }
    QString effective = code;
    if (effective.isEmpty()) {
        effective = QStringLiteral("en");
        const QStringList ui = QLocale::system().uiLanguages();
        for (const QString &lang : ui) {
            const QString two = lang.left(2).toLower();
            for (const auto &[c, name] : available()) {
                if (c == two) {
                    effective = c;
                    break;
                }
            }
            if (effective != QLatin1String("en") || lang.startsWith(QLatin1String("en")))
                break;
        }
    }
    // An installed copy (share/flashback/translations beside bin/, as the package lays it out)
    // wins over the embedded one, so an updated translation needs no rebuild.
    const QString name = QStringLiteral("flashback_") + effective;
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/flashback/translations");
    if (app->load(name, installed)) {
        QCoreApplication::installTranslator(app);
        qCDebug(lcUi).noquote() << "translation" << QDir::cleanPath(app->filePath());
    } else if (app->load(name, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
        qCDebug(lcUi).noquote() << "translation" << QDir::cleanPath(app->filePath());
    }
    if (qt->load(QStringLiteral("qtbase_") + effective,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(effective));
    Formats::installReviewFormatter(QLocale(effective));
    qCDebug(lcUi) << "language" << effective;
    return effective;
}

} // namespace fb::ui
