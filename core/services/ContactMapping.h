#pragma once

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <functional>

#include "core/Result.h"
#include "core/domain/Client.h"
#include "core/interchange/ContactRecord.h"
#include "core/interchange/ImportProblem.h"

namespace clientele {

// Between the neutral records of CSV and vCard files and our clients. Phones are normalised to
// E.164 in the default region; a row whose email or phone cannot be understood is refused as a
// whole, with its line and the reason, so nothing half-right is stored.
namespace ContactMapping {

struct Mapped
{
    QList<domain::Client> clients;
    QList<int> lines; // source line of each client
    QList<interchange::ImportProblem> problems;
};

// newId makes the id of each client; importedAt stamps creation and the import consent evidence.
Mapped toClients(const QList<interchange::ContactRecord>& records, const QString& defaultRegion,
    const QDateTime& importedAt, const std::function<QUuid()>& newId);

interchange::ContactRecord toRecord(const domain::Client& client);

} // namespace ContactMapping

} // namespace clientele
