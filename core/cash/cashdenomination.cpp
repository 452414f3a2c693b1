// The MXN denomination list and its labels.
#include "cash/cashdenomination.h"

#include <algorithm>

namespace nexus {

const std::vector<qint64> &mxnDenominations()
{
    static const std::vector<qint64> list { 100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50 };
    return list;
}

bool isMxnDenomination(qint64 cents)
{
    const std::vector<qint64> &list = mxnDenominations();
    return std::find(list.begin(), list.end(), cents) != list.end();
}

QString denominationLabel(qint64 cents)
{
    const QString full = Money(cents).format(QLocale(QLocale::Spanish, QLocale::Mexico));
    return cents % 100 == 0 ? full.left(full.size() - 3) : full;
}

} // namespace nexus
