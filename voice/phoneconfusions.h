// The en-us acoustic model's phones and what it costs, in the phone aligner's edit distance, to hear one Spanish
// phone (spelt in those phones) as another, to miss it or to hear one that was not said: -log of how often the phone
// loop did so on the development set (tests/voice/make-dev-set.py, tests/voice/learn-phone-costs.py), never on the
// test fixtures.
#pragma once

#include <QStringView>

#include <array>

namespace nexus {

class PhoneConfusions final
{
public:
    static constexpr int kPhoneCount = 39;
    static const std::array<const char *, kPhoneCount> kPhones; // "AA" … "ZH", the ids below index it

    // The id of a CMU phone ("AA"); -1 for silence, fillers and anything else.
    [[nodiscard]] static int id(QStringView phone);
    [[nodiscard]] static float substitution(int expected, int heard);
    [[nodiscard]] static float deletion(int expected);
    [[nodiscard]] static float insertion(int heard);
};

} // namespace nexus
