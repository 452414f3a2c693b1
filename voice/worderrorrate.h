// Word error rate of a transcript against what was said: (substitutions + deletions + insertions) / words said,
// on SearchText words (case, accents and punctuation do not count) with numbers as digits ("dos" = "2").
#pragma once

#include <QStringView>

namespace nexus {

struct WordErrors
{
    int errors = 0; // word-level edit distance
    int reference = 0; // words said
};

[[nodiscard]] WordErrors wordErrors(QStringView reference, QStringView hypothesis);

} // namespace nexus
