#pragma once

#include <QString>
#include <cstdio>
#include <memory>

#include "core/FutureWait.h"
#include "core/store/Store.h"

namespace clientele::test {

// For the child desktops the tests kill (command_sender_child, email_sender_child): opens the practice
// at CLIENTELE_TEST_PRACTICE with the key in CLIENTELE_TEST_KEY (hex). False, with a line on stderr,
// when it does not open.
inline bool openChildPractice(Store& store)
{
    const QByteArray keyBytes = QByteArray::fromHex(qEnvironmentVariable("CLIENTELE_TEST_KEY").toLatin1());
    std::shared_ptr<const SecureBytes> key = std::make_shared<SecureBytes>(
        reinterpret_cast<const unsigned char*>(keyBytes.constData()), static_cast<std::size_t>(keyBytes.size()));
    const std::optional<Result<void>> opened =
        waitFor(store.open(PracticeFiles {qEnvironmentVariable("CLIENTELE_TEST_PRACTICE")},
                    [key]() -> Result<std::shared_ptr<const SecureBytes>> { return key; }),
            std::chrono::minutes(1));
    if (!opened || !opened->hasValue()) {
        std::fprintf(stderr, "could not open the practice\n");
        return false;
    }
    return true;
}

} // namespace clientele::test
