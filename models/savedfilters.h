// SavedFilters: the marketplace's named offer filters, kept across runs in QSettings as compact
// JSON text (nothing secret). Names keep the order they were first saved in.
#pragma once

#include "models/offersmodel.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace fb {

class SavedFilters
{
public:
    static QString settingsKey();
    static QStringList names();
    // Saves (or replaces) name; an empty name is ignored.
    static void save(const QString &name, const OfferFilter &filter);
    static std::optional<OfferFilter> load(const QString &name);
    static void remove(const QString &name);

    static QJsonObject toJson(const OfferFilter &f);
    static OfferFilter fromJson(const QJsonObject &o);
};

} // namespace fb
