// RIFF/WAVE for Chalán's audio: a clip written as a 16-bit mono PCM WAV (what the online transcription endpoint is
// sent) and a PCM WAV read back into a clip (test fixtures, a recording), mixed down to mono and converted to 16-bit.
#pragma once

#include "assistant/speechrecognizer.h"
#include "common/error.h"

#include <QByteArray>

namespace nexus {

// A canonical 44-byte-header WAV: PCM, 1 channel, 16 bits, clip.sampleRate.
[[nodiscard]] QByteArray toWav(const AudioClip &clip);
// PCM (8/16/24/32-bit integer) or IEEE float (32-bit) WAV, any number of channels: the clip at the file's rate.
// Anything else (compressed, truncated, not RIFF/WAVE) is InvalidInput naming the field "wav".
[[nodiscard]] Result<AudioClip> fromWav(const QByteArray &wav);
// fromWav over a file (the committed voice fixtures, a recording to replay); a file that cannot be read names "wav".
[[nodiscard]] Result<AudioClip> readWavFile(const QString &path);

} // namespace nexus
