#pragma once

#include <QCborValue>
#include <QList>

#include "core/Result.h"

namespace clientele {

class SqlStatement;
struct FieldSpec;

// How a register's value (CBOR, as change_log keeps it) lands in its columns; shared by the write
// path (ChangeWriter) and the apply path (ChangeApplier), so a value reads back as it was written.

// Binds one column's value: integers, booleans, text, bytes and UUIDs (as 16 bytes); NULL otherwise.
void bindChangeValue(SqlStatement& statement, int index, const QCborValue& value);

// The column values of one field: a group's array, or a single value. A group whose array does not
// match its columns is reported as Internal.
Result<QList<QCborValue>> fieldColumnValues(const FieldSpec& field, const QCborValue& value);

// change_id = device id ‖ hlc (big-endian): unique for good, because a device never issues an hlc twice.
QByteArray changeIdOf(const QByteArray& deviceId, qint64 hlc);

} // namespace clientele
