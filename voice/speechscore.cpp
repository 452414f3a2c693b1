// WAV → recognizer → transcript → intent parser → judged.
#include "speechscore.h"

#include "assistant/intentparser.h"
#include "assistant/speechrecognizer.h"
#include "assistant/wavfile.h"
#include "worderrorrate.h"

#include <QElapsedTimer>

namespace nexus {

SpeechScore scoreSpeech(SpeechRecognizer &recognizer, const IntentParser &parser, const QList<SpeechCase> &cases)
{
    SpeechScore score;
    for (const SpeechCase &spoken : cases) {
        SpeechResult result { spoken, {}, {}, {}, 0, 0, 0, 0 };
        Result<AudioClip> clip = readWavFile(spoken.wavPath);
        if (clip) {
            result.audioSeconds = clip->seconds();
            QElapsedTimer timer;
            timer.start();
            Result<Transcript> transcript = recognizer.recognize(*clip);
            result.decodeMs = double(timer.nsecsElapsed()) / 1e6;
            if (transcript)
                result.heard = transcript->text;
            else
                result.error = transcript.error().logMessage();
        } else {
            result.error = clip.error().logMessage();
        }
        const Intent intent = parser.parse(result.heard);
        result.mismatch = result.error.isEmpty() ? spoken.intent.mismatch(intent) : result.error;
        score.right += result.mismatch.isEmpty() ? 1 : 0;
        if (spoken.intent.kind == u"unknown") {
            ++score.mustReject;
            if (intent.kind == IntentKind::Unknown)
                ++score.rejected;
            else
                ++score.falseActions;
        } else {
            score.misheard += !result.mismatch.isEmpty() && intent.kind != IntentKind::Unknown ? 1 : 0;
            const WordErrors errors = wordErrors(spoken.intent.phrase, result.heard);
            result.wordErrors = errors.errors;
            result.words = errors.reference;
            score.wordErrors += errors.errors;
            score.words += errors.reference;
        }
        score.results.append(result);
    }
    return score;
}

} // namespace nexus
