// Fuzz target: the .ics importer (IcsReader, with VTIMEZONE rules and recurrence expansion).
#include <QByteArray>
#include <QDate>

#include "core/interchange/IcsOccurrences.h"
#include "core/interchange/IcsReader.h"
#include "tests/fuzz/FuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto read = clientele::interchange::IcsReader::read(input, QStringLiteral("Europe/Berlin"));
    if (read) {
        // What an import does next: occurrences of a small window, few per event to stay fast.
        clientele::interchange::expandOccurrences(
            read.value().events, QStringLiteral("Europe/Berlin"), QDate(2026, 1, 1), QDate(2026, 12, 31), 50);
    }
    return 0;
}
