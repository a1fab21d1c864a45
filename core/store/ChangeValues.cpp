#include "core/store/ChangeValues.h"

#include <QCborArray>
#include <QtEndian>

#include "core/store/SqlStatement.h"
#include "core/store/TableSpec.h"

namespace clientele {

void bindChangeValue(SqlStatement& statement, int index, const QCborValue& value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        statement.bind(index, value.toInteger());
        break;
    case QCborValue::False:
    case QCborValue::True:
        statement.bind(index, value.toBool());
        break;
    case QCborValue::String:
        statement.bind(index, value.toString());
        break;
    case QCborValue::ByteArray:
        statement.bindBlob(index, value.toByteArray());
        break;
    case QCborValue::Uuid:
        statement.bindBlob(index, value.toUuid().toRfc4122());
        break;
    default:
        statement.bindNull(index);
        break;
    }
}

Result<QList<QCborValue>> fieldColumnValues(const FieldSpec& field, const QCborValue& value)
{
    if (field.columns.size() == 1) {
        return QList<QCborValue> {value};
    }
    const QCborArray array = value.toArray();
    if (!value.isArray() || array.size() != field.columns.size()) {
        return Error(Error::Code::Internal, QStringLiteral("The change could not be saved."),
            QStringLiteral("group %1 needs %2 values").arg(field.name).arg(field.columns.size()));
    }
    QList<QCborValue> values;
    for (const auto& item : array) {
        values.append(QCborValue(item));
    }
    return values;
}

QByteArray changeIdOf(const QByteArray& deviceId, qint64 hlc)
{
    QByteArray id = deviceId;
    id.resize(deviceId.size() + 8);
    qToBigEndian(static_cast<quint64>(hlc), id.data() + deviceId.size());
    return id;
}

} // namespace clientele
