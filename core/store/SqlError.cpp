#include "core/store/SqlError.h"

#include <QCoreApplication>
#include <sqlcipher/sqlite3.h>

namespace clientele {

Error sqlError(sqlite3* db, int resultCode, const QString& what)
{
    const QString detail =
        what + u": " + (db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory"));
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
        return Error(Error::Code::WrongKey,
            QCoreApplication::translate("SqlError", "The key does not open the practice database."), detail);
    case SQLITE_CORRUPT:
        return Error(Error::Code::CorruptData,
            QCoreApplication::translate("SqlError", "The practice database is damaged."), detail);
    case SQLITE_FULL:
        return Error(Error::Code::Io,
            QCoreApplication::translate("SqlError", "The disk is full. Free some space and try again."), detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error(Error::Code::Io,
            QCoreApplication::translate("SqlError", "The practice database could not be read or written."), detail);
    case SQLITE_CONSTRAINT:
        return Error(Error::Code::Conflict,
            QCoreApplication::translate("SqlError", "The change conflicts with data already stored."), detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(Error::Code::Unavailable,
            QCoreApplication::translate("SqlError", "The practice database is busy."), detail, true);
    default:
        return Error(
            Error::Code::Internal, QCoreApplication::translate("SqlError", "A database operation failed."), detail);
    }
}

bool isPassingTrouble(const Error& error)
{
    switch (error.code()) {
    case Error::Code::Io:
    case Error::Code::Locked:
    case Error::Code::Timeout:
    case Error::Code::Unavailable:
    case Error::Code::Network:
        return true;
    default:
        return false;
    }
}

} // namespace clientele
