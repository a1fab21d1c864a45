#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/Result.h"

namespace clientele {

struct RelayReply;

// The device id the relay appends its own sealed events under (relay/lib/store/RelayRecords.h).
inline constexpr auto kRelayEventsDevice = "00000000-0000-0000-0000-000000000000";

// One entry of the vault's log: a device's sealed change batch, or an event the relay sealed.
struct RelayLogEntry
{
    qint64 seq = 0;
    QString batchId;
    QString deviceId;
    QByteArray blob;

    bool isRelayEvent() const { return deviceId == QLatin1String(kRelayEventsDevice); }
};

struct RelayLogPage
{
    QList<RelayLogEntry> entries; // after the cursor, in the log's order
    // The last seq this page covers: the cursor to ask from next. Equal to the cursor asked from when
    // nothing came; 0 when the relay's log ends before that cursor (reset or restored), so the log is
    // read again from the start (what was seen before is known by its ids).
    qint64 lastSeq = 0;
    qint64 headSeq = 0; // the log's end at the relay when it answered
};

// The relay's answer to GET /v1/vaults/{vault}/batches?after=… (relay/lib/MailboxRoutes), shared by
// the inbox (the relay's events) and the sync (the devices' batches): entries whose seq does not grow
// are not trusted to move the cursor back. The relay's failures as relayError says; an answer that is
// not a relay's log as Incompatible.
Result<RelayLogPage> readRelayLogPage(const RelayReply& reply, qint64 after);

} // namespace clientele
