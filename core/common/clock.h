// The time source every service reads, so tests can stop and move time.
#pragma once

#include <QDateTime>

namespace nexus {

class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    [[nodiscard]] qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }

    [[nodiscard]] static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace nexus
