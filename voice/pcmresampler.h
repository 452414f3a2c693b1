// Brings an AudioClip to the sample rate an engine listens at (pocketsphinx: 16 kHz), band-limited so a 44.1/48 kHz
// microphone does not fold its highs into the speech band.
#pragma once

#include "assistant/speechrecognizer.h"

namespace nexus {

class PcmResampler final
{
public:
    // The same clip when it is already at `rate`; an empty clip when its rate is not positive.
    [[nodiscard]] static AudioClip resample(const AudioClip &clip, int rate);
};

} // namespace nexus
