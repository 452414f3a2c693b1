// Deterministic pseudo-random numbers for the demo data: SplitMix64 seeding, xoshiro256**, integer-only draws.
// Never std::*_distribution (their output is implementation-defined) nor time/random_device: same seed, same data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace nexus::demo {

// SplitMix64 step: advances `state` and returns a well-mixed 64-bit value.
[[nodiscard]] constexpr std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A stable 64-bit name for a stream family ("parts", "sales"…), so streams never overlap by accident.
[[nodiscard]] constexpr std::uint64_t streamDomain(std::string_view name)
{
    std::uint64_t hash = 0xCBF29CE484222325ULL; // FNV-1a
    for (const char c : name) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

class Rng final
{
public:
    // The stream for (seed, domain, index): independent of every other stream and of the order they are used in,
    // so part 1,000,000 is the same whether or not parts 0…999,999 were generated first.
    [[nodiscard]] static constexpr Rng stream(std::uint64_t seed, std::uint64_t domain, std::uint64_t index = 0)
    {
        std::uint64_t state = seed ^ (domain * 0xD1B54A32D192ED03ULL) ^ (index * 0x8CB92BA72F3D8DD7ULL);
        state = splitMix64(state) ^ index; // one extra round so nearby indices differ in every bit
        Rng rng;
        for (std::uint64_t &word : rng.m_s)
            word = splitMix64(state);
        return rng;
    }

    // xoshiro256** (Blackman & Vigna).
    constexpr std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, bound), bound > 0, without modulo bias (rejects the short top slice).
    constexpr std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t threshold = (0 - bound) % bound; // 2^64 mod bound
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % bound;
        }
    }
    // Uniform in [lo, hi], lo <= hi.
    constexpr std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }
    // True with probability perMille / 1000.
    constexpr bool chance(std::uint32_t perMille) { return below(1000) < perMille; }
    // An index into a non-empty container of `size` elements.
    constexpr std::size_t index(std::size_t size) { return static_cast<std::size_t>(below(size)); }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4] = {};
};

// Picks indices with probability proportional to integer weights (cumulative table + binary search).
class WeightedTable final
{
public:
    WeightedTable() = default;
    explicit WeightedTable(std::span<const std::uint32_t> weights)
    {
        m_cumulative.reserve(weights.size());
        std::uint64_t total = 0;
        for (const std::uint32_t w : weights)
            m_cumulative.push_back(total += w);
    }
    void add(std::uint32_t weight)
    {
        m_cumulative.push_back((m_cumulative.empty() ? 0 : m_cumulative.back()) + weight);
    }
    [[nodiscard]] bool empty() const { return m_cumulative.empty() || m_cumulative.back() == 0; }
    [[nodiscard]] std::size_t size() const { return m_cumulative.size(); }

    [[nodiscard]] std::size_t pick(Rng &rng) const
    {
        const std::uint64_t r = rng.below(m_cumulative.back());
        std::size_t lo = 0;
        std::size_t hi = m_cumulative.size() - 1;
        while (lo < hi) { // first entry whose cumulative weight exceeds r
            const std::size_t mid = (lo + hi) / 2;
            if (m_cumulative[mid] > r)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    std::vector<std::uint64_t> m_cumulative;
};

// A bijection of [0, n) (affine map with a multiplier prime to n): spreads sequential numbers over the range
// so SKUs, barcodes and popularity ranks look shuffled yet stay unique without any bookkeeping.
class Permutation final
{
public:
    Permutation() = default;
    Permutation(std::uint64_t n, std::uint64_t salt) : m_n(n)
    {
        if (n <= 1)
            return;
        std::uint64_t multiplier = salt % n;
        if (multiplier < n / 3)
            multiplier += n / 3; // avoid tiny multipliers that keep neighbours close
        while (gcd(multiplier, n) != 1)
            ++multiplier;
        m_multiplier = multiplier % n;
        m_offset = (salt >> 17) % n;
    }
    [[nodiscard]] std::uint64_t operator()(std::uint64_t x) const
    {
        if (m_n <= 1)
            return 0;
        // (a·x + b) mod n without overflow for n < 2^40: split a·x.
        return static_cast<std::uint64_t>((static_cast<unsigned __int128>(m_multiplier) * x + m_offset) % m_n);
    }

private:
    static std::uint64_t gcd(std::uint64_t a, std::uint64_t b)
    {
        while (b != 0) {
            const std::uint64_t t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
    std::uint64_t m_n = 1;
    std::uint64_t m_multiplier = 1;
    std::uint64_t m_offset = 0;
};

} // namespace nexus::demo
