// Time-ordered UUIDs (RFC 9562 version 7) generated on the device; Qt 6.4's QUuid has no v7.
#pragma once

#include <QMutex>
#include <QUuid>

#include <cstdint>
#include <random>

namespace nexus {

class Clock;

class IdGenerator final
{
public:
    explicit IdGenerator(const Clock &clock);

    // Strictly increasing within this generator, even when the clock stands still or steps back.
    [[nodiscard]] QUuid next();
    // Lower-case text without braces: the form stored in SQLite and sent on the wire.
    [[nodiscard]] QString nextString() { return next().toString(QUuid::WithoutBraces); }

    // The process-wide generator on the system clock.
    [[nodiscard]] static IdGenerator &instance();
    // Milliseconds since the epoch encoded in a v7 id (0 for other versions).
    [[nodiscard]] static std::int64_t timestampMs(const QUuid &id);

private:
    const Clock &m_clock;
    QMutex m_mutex;
    std::mt19937_64 m_random;
    std::int64_t m_lastMs = 0;
    std::uint32_t m_counter = 0; // 12 bits of rand_a used as a counter within one millisecond
};

} // namespace nexus
