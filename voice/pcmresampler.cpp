// Windowed-sinc resampling of mono 16-bit PCM.
#include "pcmresampler.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace nexus {

AudioClip PcmResampler::resample(const AudioClip &clip, int rate)
{
    if (clip.sampleRate == rate)
        return clip;
    AudioClip out;
    out.sampleRate = rate;
    if (clip.sampleRate <= 0 || rate <= 0)
        return out;
    const qint64 inCount = clip.samples();
    std::vector<double> in(static_cast<size_t>(inCount));
    for (qint64 i = 0; i < inCount; ++i)
        in[size_t(i)] = qFromLittleEndian<qint16>(clip.pcm16.constData() + 2 * i);
    const double step = double(clip.sampleRate) / rate;
    const double cutoff = std::min(1.0, 1.0 / step); // of the input's Nyquist
    constexpr int kHalfTaps = 16;
    const qint64 outCount = qint64(std::floor(double(inCount) / step));
    out.pcm16.resize(outCount * 2);
    for (qint64 o = 0; o < outCount; ++o) {
        const double centre = o * step;
        const qint64 first = qint64(std::floor(centre)) - kHalfTaps + 1;
        double sum = 0;
        double weights = 0;
        for (qint64 i = first; i < first + 2 * kHalfTaps; ++i) {
            if (i < 0 || i >= inCount)
                continue;
            const double x = (double(i) - centre) * cutoff;
            const double sinc = x == 0 ? 1.0 : std::sin(std::numbers::pi * x) / (std::numbers::pi * x);
            const double window = 0.5 + 0.5 * std::cos(std::numbers::pi * (double(i) - centre) / kHalfTaps);
            const double w = sinc * window;
            sum += in[size_t(i)] * w;
            weights += w;
        }
        const double value = weights != 0 ? sum / weights : 0;
        qToLittleEndian<qint16>(qint16(std::clamp(std::lround(value), -32768L, 32767L)), out.pcm16.data() + 2 * o);
    }
    return out;
}

} // namespace nexus
