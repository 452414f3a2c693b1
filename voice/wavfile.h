// RIFF/WAVE files of 16-bit PCM (the committed voice fixtures, a recording to replay) read into an AudioClip.
#pragma once

#include "assistant/speechrecognizer.h"
#include "common/error.h"

namespace nexus {

class WavFile final
{
public:
    // 16-bit PCM, any rate; several channels are mixed down to mono. Errors name the file ("wav").
    [[nodiscard]] static Result<AudioClip> read(const QString &path);
};

} // namespace nexus
