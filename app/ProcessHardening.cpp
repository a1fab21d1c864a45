#include "app/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace clientele {

void hardenProcess()
{
#ifdef Q_OS_LINUX
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#ifdef NDEBUG
    prctl(PR_SET_DUMPABLE, 0);
#endif
#endif
}

} // namespace clientele
