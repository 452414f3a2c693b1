// Chalán's spoken commands as a JSGF grammar for pocketsphinx, generated from the intents the parser understands
// (IntentParser's phrasings: search, stock, add, remove, quantity, order, customer, sales, and the requests it
// refuses, so those are heard as themselves and refused) and the data words of a VoiceLexicon. Every word of the
// grammar is a SearchText token, so a transcript goes straight into the intent parser.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include "voicelexicon.h"

namespace nexus {

class CommandGrammar final
{
public:
    [[nodiscard]] static CommandGrammar build(const VoiceLexicon &lexicon);

    // The shortest data names the grammar takes, in phones (shorter ones match any noise on the en-us model).
    static constexpr qsizetype kMinPartPhones = 5;
    static constexpr qsizetype kMinBrandPhones = 6;
    static constexpr qsizetype kMinVehiclePhones = 4;

    // "#JSGF V1.0; grammar chalan; public <command> = …;"
    [[nodiscard]] const QString &jsgf() const { return m_jsgf; }
    // Every token of the grammar → how it is spelt, for its pronunciation ("bujias" → "bujías", "2015" → "2015").
    [[nodiscard]] const QMap<QString, QString> &words() const { return m_words; }

private:
    void rule(const QString &name, const QStringList &alternatives, bool isPublic = false);
    // A template alternative: spelt words, <rules>, ( ) [ ] |; the words become tokens.
    QString tokens(const QString &alternative);

    QString m_jsgf;
    QMap<QString, QString> m_words;
};

} // namespace nexus
