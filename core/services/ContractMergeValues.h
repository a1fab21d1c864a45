#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace clientele::domain {
class Booking;
class Client;
class Invoice;
class Service;
struct PracticeProfile;
} // namespace clientele::domain

namespace clientele {

// The values of a contract template's merge fields (ContractTemplate::knownFields()) for one client
// and, when there is one, their booking, its service and its invoice. Text is written the way the
// practice's documents are: numbers, money and dates in QLocale(profile.localeName), instants in the
// practice's time zone, a booking's date and time where the session takes place (its schedule's
// zone, which is the practice's unless the session is elsewhere).
//
// A key is present only when there is something to write: fields of a record that was not given, and
// values the record does not have (a client without an email, an invoice without a number), are
// left out, so ContractTemplate::render() names them instead of printing a blank into a contract.
// `now` fills contract.date; without it that field is left out too.
QHash<QString, QString> contractMergeValues(const domain::PracticeProfile& profile, const domain::Client& client,
    const domain::Booking* booking, const domain::Service* service, const domain::Invoice* invoice,
    const QDateTime& now = {});

} // namespace clientele
