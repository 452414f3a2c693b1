// The pocketsphinx dictionary of a grammar's words: "token PHONES", a second reading as "token(2) PHONES".
#pragma once

#include <QMap>
#include <QString>

namespace nexus {

class PronunciationDictionary final
{
public:
    // `words`: token → spelling (CommandGrammar::words()). Tokens with nothing to say are left out.
    [[nodiscard]] static QString write(const QMap<QString, QString> &words);
};

} // namespace nexus
