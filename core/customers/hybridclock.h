// Hybrid logical clock stamps for last-writer-wins edits (DESIGN.md "Conflicts"): wall-clock milliseconds, a counter
// for edits within the same millisecond or behind a clock seen from another device, and the device id as the tie
// breaker. Stamps compare as plain strings: "0001767225600000.00000.<device id>".
#pragma once

#include <QString>

namespace nexus {

struct HlcStamp
{
    qint64 ms = 0;
    int counter = 0;
    QString deviceId;

    [[nodiscard]] QString toString() const;
    [[nodiscard]] static HlcStamp parse(const QString &text); // ms 0 when the text is not a stamp
};

// The stamp of a new local edit: later than both the wall clock and `latestSeen` (the greatest stamp this device
// has stored, its own or pulled from the server), so an edit always wins over what its editor saw.
[[nodiscard]] QString nextHlc(qint64 nowMs, const QString &latestSeen, const QString &deviceId);

// True when `candidate` was written after `current` (an empty stamp is older than any stamp).
[[nodiscard]] inline bool hlcIsNewer(const QString &candidate, const QString &current)
{
    return candidate > current;
}

} // namespace nexus
