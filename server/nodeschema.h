// NodeSchema: the node database's migrations (schema sequence "node"). Portable SQL that runs
// unchanged on SQLite and PostgreSQL: TEXT, INTEGER, BIGINT only; times are epoch milliseconds.
#pragma once

#include "wire/schemamigrator.h"

namespace fb::node {

const SchemaMigrator &nodeMigrator();

} // namespace fb::node
