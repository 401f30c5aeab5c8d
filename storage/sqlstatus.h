// The storage layer's SQL failures as values: a failed statement is logged with its SQL text
// (placeholders only, never the bound values) and returned as an fb::Error for the caller, and a
// transaction guard checks BEGIN and COMMIT and rolls back whatever was not committed.
#pragma once

#include "wallet/result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace fb::storage {

// code: the error code the caller sees ("cache_error", "journal"); what: the failing step, in
// people's words, for the log and the message.
fb::Error sqlFailure(const QSqlQuery &q, const QString &code);
fb::Error sqlFailure(const QSqlDatabase &db, const QString &statement, const QString &code);

// BEGIN on construction (begin() tells whether it worked), ROLLBACK on destruction unless
// commit() succeeded. A failed COMMIT is rolled back at once.
class SqlTransaction
{
public:
    SqlTransaction(QSqlDatabase db, QString code);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_code;
    bool m_open = false;
};

} // namespace fb::storage
