// The local cache's schema history. Add a migration by appending to cacheMigrations() in
// cacheschema.cpp with the next version number; never edit a released one.
#pragma once

#include "models/schemamigrator.h"

namespace fb {

QList<Migration> cacheMigrations();
const SchemaMigrator &cacheMigrator();

} // namespace fb
