// UUID v7: 48-bit Unix milliseconds, version, 12-bit counter, variant, 62 random bits.
#include "common/idgenerator.h"

#include "common/clock.h"

#include <QMutexLocker>

#include <array>

namespace nexus {

IdGenerator::IdGenerator(const Clock &clock) : m_clock(clock), m_random(std::random_device{}()) {}

IdGenerator &IdGenerator::instance()
{
    static IdGenerator generator(Clock::system());
    return generator;
}

QUuid IdGenerator::next()
{
    QMutexLocker lock(&m_mutex);
    std::int64_t ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        ms = m_lastMs;
        if (++m_counter > 0xFFF) { // counter exhausted: borrow the next millisecond
            ++ms;
            m_counter = static_cast<std::uint32_t>(m_random() & 0x3FF);
        }
    } else {
        m_counter = static_cast<std::uint32_t>(m_random() & 0x3FF); // leave headroom to count up
    }
    m_lastMs = ms;

    const std::uint64_t randomBits = m_random();
    std::array<uchar, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<uchar>(static_cast<std::uint64_t>(ms) >> (40 - 8 * i));
    bytes[6] = static_cast<uchar>(0x70 | ((m_counter >> 8) & 0x0F));
    bytes[7] = static_cast<uchar>(m_counter & 0xFF);
    bytes[8] = static_cast<uchar>(0x80 | ((randomBits >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<uchar>(randomBits >> (8 * (15 - i)));
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16));
}

std::int64_t IdGenerator::timestampMs(const QUuid &id)
{
    const QByteArray bytes = id.toRfc4122();
    if ((static_cast<uchar>(bytes.at(6)) >> 4) != 7)
        return 0;
    std::int64_t ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<uchar>(bytes.at(i));
    return ms;
}

} // namespace nexus
