// One spoken fixture (tests/fixtures/voice/manifest.tsv): a WAV file, the phrase said in it and the intent it must
// give, judged like a row of the intent table. The voice test and `nexus-bench voice` read the same manifest.
#pragma once

#include <QList>
#include <QString>

#include "assistant/intentcase.h"
#include "common/error.h"

namespace nexus {

struct SpeechCase
{
    QString wavPath; // absolute
    IntentCase intent; // phrase = what was said
};

// The manifest: the cases, and the store they are spoken in (its places and customers, which a real store's
// nexus.db would give the vocabulary).
struct SpeechFixtures
{
    QList<SpeechCase> cases;
    QStringList places;
    QStringList customers;

    // Lines "wav<TAB>phrase<TAB>kind<TAB>slots" (wav relative to the manifest), "@place<TAB>name",
    // "@customer<TAB>name"; '#' and blank lines skipped. Errors name the line ("manifest").
    [[nodiscard]] static Result<SpeechFixtures> read(const QString &manifestPath);
};

} // namespace nexus
