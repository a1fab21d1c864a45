#pragma once

#include "core/Result.h"

namespace clientele {

class SqlCipherDatabase;

// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded, so an error
// return from anywhere inside leaves the database as it was.
class SqlTransaction final
{
public:
    static Result<SqlTransaction> begin(SqlCipherDatabase& db);
    ~SqlTransaction();
    SqlTransaction(SqlTransaction&& other) noexcept;
    SqlTransaction& operator=(SqlTransaction&&) = delete;
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    Result<void> commit();

private:
    explicit SqlTransaction(SqlCipherDatabase* db);
    SqlCipherDatabase* m_db = nullptr;
};

} // namespace clientele
