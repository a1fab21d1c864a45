#include "core/Failpoint.h"

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace clientele {

void failpoint(const char* name)
{
    const char* wanted = std::getenv("CLIENTELE_FAILPOINT");
    if (wanted && std::strcmp(wanted, name) == 0) {
        std::raise(SIGKILL);
    }
}

} // namespace clientele
