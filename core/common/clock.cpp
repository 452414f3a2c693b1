// The system clock singleton.
#include "common/clock.h"

namespace nexus {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace nexus
