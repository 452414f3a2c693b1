// When a close's difference is worth head office's attention.
#include "cash/tillclose.h"

namespace nexus {

bool TenderCount::flagged() const
{
    const qint64 difference = counted.centavos() - expected.centavos();
    return (difference < 0 ? -difference : difference) > cashDifferenceTolerance(method).centavos();
}

bool TillClose::flagged() const
{
    for (const TenderCount &tender : tenders)
        if (tender.flagged())
            return true;
    return false;
}

} // namespace nexus
