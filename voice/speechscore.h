// How well a speech recognizer serves Chalán over spoken fixtures: each WAV is heard, its transcript goes through
// the real intent parser and is judged like a row of the intent table. Word error rate, intent accuracy, rejected
// speech and false actions (speech that must be rejected but produced an intent), decode time per utterance.
#pragma once

#include <QList>
#include <QString>

#include "speechcase.h"

namespace nexus {

class IntentParser;
class SpeechRecognizer;

struct SpeechResult
{
    SpeechCase spoken;
    QString heard; // the transcript ("" when nothing was understood)
    QString mismatch; // IntentCase::mismatch of the parsed transcript; empty when right
    QString error; // the recognizer failed (log message)
    int wordErrors = 0;
    int words = 0;
    double decodeMs = 0;
    double audioSeconds = 0;
};

struct SpeechScore
{
    QList<SpeechResult> results;
    int right = 0; // intent and slots as the manifest says
    int mustReject = 0;
    int rejected = 0;
    int falseActions = 0;
    int misheard = 0; // commands heard as another request or other slots (not as nothing): acted on wrongly
    int wordErrors = 0; // over the rows that must give an intent (chatter has no reference words in the grammar)
    int words = 0;

    [[nodiscard]] double intentAccuracy() const { return results.isEmpty() ? 0 : double(right) / results.size(); }
    [[nodiscard]] double wordErrorRate() const { return words > 0 ? double(wordErrors) / words : 0; }
};

[[nodiscard]] SpeechScore scoreSpeech(SpeechRecognizer &recognizer, const IntentParser &parser,
    const QList<SpeechCase> &cases);

} // namespace nexus
