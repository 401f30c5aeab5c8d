#include "models/savedfilters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace fb {

namespace {
QJsonArray readSaved()
{
    const QByteArray raw = QSettings().value(SavedFilters::settingsKey()).toByteArray();
    return QJsonDocument::fromJson(raw).array();
}
void writeSaved(const QJsonArray &a)
{
    QSettings().setValue(SavedFilters::settingsKey(),
                         QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
}
} // namespace

QString SavedFilters::settingsKey()
{
    return QStringLiteral("marketplace/savedFilters");
}

QJsonObject SavedFilters::toJson(const OfferFilter &f)
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("text", f.text);
    put("region", f.region);
    put("country", f.country);
    put("minTier", f.minTier);
    put("protocol", f.protocol);
    put("certification", f.certification);
    if (f.certifiedOnly)
        o.insert(QStringLiteral("certifiedOnly"), true);
    if (f.maxPriceStorage)
        o.insert(QStringLiteral("maxPriceStorageUsd7"), double(*f.maxPriceStorage));
    if (f.minReputation)
        o.insert(QStringLiteral("minReputation"), *f.minReputation);
    if (f.minFreeBytes)
        o.insert(QStringLiteral("minFreeBytes"), double(*f.minFreeBytes));
    if (f.unlockedOnly)
        o.insert(QStringLiteral("unlockedOnly"), true);
    return o;
}

OfferFilter SavedFilters::fromJson(const QJsonObject &o)
{
    OfferFilter f;
    f.text = o.value(QStringLiteral("text")).toString();
    f.region = o.value(QStringLiteral("region")).toString();
    f.country = o.value(QStringLiteral("country")).toString();
    f.minTier = o.value(QStringLiteral("minTier")).toString();
    f.protocol = o.value(QStringLiteral("protocol")).toString();
    f.certification = o.value(QStringLiteral("certification")).toString();
    f.certifiedOnly = o.value(QStringLiteral("certifiedOnly")).toBool();
    if (o.contains(QStringLiteral("maxPriceStorageUsd7")))
        f.maxPriceStorage = qint64(o.value(QStringLiteral("maxPriceStorageUsd7")).toDouble());
    if (o.contains(QStringLiteral("minReputation")))
        f.minReputation = o.value(QStringLiteral("minReputation")).toInt();
    if (o.contains(QStringLiteral("minFreeBytes")))
        f.minFreeBytes = qint64(o.value(QStringLiteral("minFreeBytes")).toDouble());
    f.unlockedOnly = o.value(QStringLiteral("unlockedOnly")).toBool();
    return f;
}

QStringList SavedFilters::names()
{
    QStringList names;
    for (const QJsonValue &v : readSaved())
        names << v.toObject().value(QStringLiteral("name")).toString();
    return names;
}

void SavedFilters::save(const QString &name, const OfferFilter &filter)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return;
    QJsonArray saved = readSaved();
    QJsonObject entry{{QStringLiteral("name"), n}, {QStringLiteral("filter"), toJson(filter)}};
    bool replaced = false;
    for (int i = 0; i < saved.size(); ++i) {
        if (saved.at(i).toObject().value(QStringLiteral("name")).toString() == n) {
            saved.replace(i, entry);
            replaced = true;
        }
    }
    if (!replaced)
        saved.append(entry);
    writeSaved(saved);
}

std::optional<OfferFilter> SavedFilters::load(const QString &name)
{
    for (const QJsonValue &v : readSaved()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == name)
            return fromJson(o.value(QStringLiteral("filter")).toObject());
    }
    return std::nullopt;
}

void SavedFilters::remove(const QString &name)
{
    QJsonArray saved = readSaved();
    for (int i = saved.size() - 1; i >= 0; --i) {
        if (saved.at(i).toObject().value(QStringLiteral("name")).toString() == name)
            saved.removeAt(i);
    }
    writeSaved(saved);
}

} // namespace fb
