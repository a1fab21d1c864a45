// Fuzz target: the vCard importer (VCardReader: 2.1 quoted-printable, 3.0, 4.0).
#include <QByteArray>

#include "core/interchange/VCardReader.h"
#include "tests/fuzz/FuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)clientele::interchange::VCardReader::read(input);
    return 0;
}
