// Hybrid logical clock: max(wall clock, latest seen), a counter on ties, fixed-width text so strings order as stamps.
#include "customers/hybridclock.h"

#include <QStringList>

#include <algorithm>

namespace nexus {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1.%2.%3")
        .arg(ms, 16, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(deviceId);
}

HlcStamp HlcStamp::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    HlcStamp stamp;
    if (parts.size() < 3 || parts.at(0).size() != 16 || parts.at(1).size() != 5)
        return stamp;
    bool msOk = false;
    bool counterOk = false;
    const qint64 ms = parts.at(0).toLongLong(&msOk);
    const int counter = parts.at(1).toInt(&counterOk);
    if (!msOk || !counterOk)
        return stamp;
    stamp.ms = ms;
    stamp.counter = counter;
    stamp.deviceId = parts.mid(2).join(QLatin1Char('.'));
    return stamp;
}

QString nextHlc(qint64 nowMs, const QString &latestSeen, const QString &deviceId)
{
    const HlcStamp seen = HlcStamp::parse(latestSeen);
    HlcStamp next { std::max(nowMs, seen.ms), 0, deviceId };
    if (next.ms == seen.ms) {
        next.counter = seen.counter + 1;
        if (next.counter > 99999) { // 100 000 edits within one millisecond: move to the next one
            next.ms += 1;
            next.counter = 0;
        }
    }
    return next.toString();
}

} // namespace nexus
