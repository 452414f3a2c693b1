// A clock tests set and advance by hand.
#pragma once

#include "common/clock.h"


namespace nexus::test {

class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC)) : m_now(start) {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace nexus::test
