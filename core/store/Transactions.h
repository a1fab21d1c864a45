#pragma once

#include <type_traits>

#include "core/Result.h"
#include "core/store/StoreSession.h"

namespace clientele {

// Runs write(WriteScope&) in one transaction with its change capture and commits it when write
// succeeds; on any error the transaction rolls back and nothing of it is kept. write returns a
// Result<T>; so does this.
template<typename Write>
auto inTransaction(StoreSession& session, Write write) -> std::invoke_result_t<Write, WriteScope&>
{
    using R = std::invoke_result_t<Write, WriteScope&>;
    Result<WriteScope> scope = session.beginWrite();
    if (!scope) {
        return R(scope.error());
    }
    R result = write(scope.value());
    if (!result) {
        return result;
    }
    if (Result<void> committed = scope.value().commit(); !committed) {
        return R(committed.error());
    }
    return result;
}

} // namespace clientele
