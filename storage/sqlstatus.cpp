#include "storage/sqlstatus.h"

#include "storage/storagelog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fb::storage {

namespace {

fb::Error failure(const QString &statement, const QSqlError &e, const QString &code)
{
    // The statement's text holds placeholders only: bound values (names, manifests) stay out of
    // the log, and no secret is ever bound in storage/.
    qCWarning(lcStorage).noquote() << "SQL failed:" << statement.simplified() << "--" << e.text();
    return {code, QCoreApplication::translate("fb::storage::Sql", "Database error: %1")
                      .arg(e.text().isEmpty() ? QStringLiteral("unknown") : e.text())};
}

} // namespace

fb::Error sqlFailure(const QSqlQuery &q, const QString &code)
{
    return failure(q.lastQuery(), q.lastError(), code);
}

fb::Error sqlFailure(const QSqlDatabase &db, const QString &statement, const QString &code)
{
    return failure(statement, db.lastError(), code);
}

SqlTransaction::SqlTransaction(QSqlDatabase db, QString code)
    : m_db(std::move(db))
    , m_code(std::move(code))
{}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

Status SqlTransaction::begin()
{
    if (!m_db.transaction())
        return sqlFailure(m_db, QStringLiteral("BEGIN"), m_code);
    m_open = true;
    return success();
}

Status SqlTransaction::commit()
{
    if (!m_open)
        return Status::failure(m_code,
                               QCoreApplication::translate("fb::storage::Sql", "Database error: %1")
                                   .arg(QStringLiteral("no transaction")));
    if (!m_db.commit()) {
        const fb::Error e = sqlFailure(m_db, QStringLiteral("COMMIT"), m_code);
        rollback();
        return e;
    }
    m_open = false;
    return success();
}

void SqlTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (!m_db.rollback())
        sqlFailure(m_db, QStringLiteral("ROLLBACK"), m_code);
}

} // namespace fb::storage
