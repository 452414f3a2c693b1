// RFC construction following the SAT's "instructivo" in its main rules (enough for realistic demo customers).
#include "demo/rfcbuilder.h"

#include "customers/rfc.h"

#include <QStringList>

#include <array>

namespace nexus::demo {

namespace {

constexpr std::array kParticles { "DE", "DEL", "LA", "LAS", "LOS", "Y", "E", "EL", "EN", "CON", "PARA", "POR", "MC",
    "MAC", "VAN", "VON", "A" };
constexpr std::array kInconvenient { "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COJA",
    "COJE", "COJI", "COJO", "CULO", "FETO", "GUEY", "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KAKA", "KOGE", "KOJO",
    "KULO", "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MION", "MOCO", "MULA", "PEDA", "PEDO", "PENE", "PUTA", "PUTO",
    "QULO", "RATA", "RUIN" };
// The homoclave uses these (no 0, no O, no Ñ/&).
const QString kHomoclaveChars = QStringLiteral("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ");

QStringList significantWords(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool particle = false;
        for (const char *p : kParticles)
            particle = particle || word == QLatin1String(p);
        if (!particle)
            words.append(word);
    }
    return words;
}

QChar firstInnerVowel(const QString &word)
{
    for (qsizetype i = 1; i < word.size(); ++i)
        if (QStringLiteral("AEIOU").contains(word.at(i)))
            return word.at(i);
    return QLatin1Char('X');
}

QString dateAndHomoclave(QString rfc, const QDate &date, Rng &rng)
{
    rfc += date.toString(QStringLiteral("yyMMdd"));
    rfc += kHomoclaveChars.at(static_cast<qsizetype>(rng.index(static_cast<std::size_t>(kHomoclaveChars.size()))));
    rfc += kHomoclaveChars.at(static_cast<qsizetype>(rng.index(static_cast<std::size_t>(kHomoclaveChars.size()))));
    return rfc + rfcCheckDigit(rfc);
}

} // namespace

QString rfcForPerson(const PersonName &person, const QDate &birth, Rng &rng)
{
    const QStringList paternal = significantWords(person.paternal);
    const QStringList maternal = significantWords(person.maternal);
    QStringList given = significantWords(person.given);
    if (given.size() > 1 && (given.first() == QLatin1String("MARIA") || given.first() == QLatin1String("JOSE")))
        given.removeFirst();
    const QString surname = paternal.isEmpty() ? QStringLiteral("X") : paternal.first();
    QString letters;
    letters += surname.at(0);
    letters += firstInnerVowel(surname);
    letters += maternal.isEmpty() ? QLatin1Char('X') : maternal.first().at(0);
    letters += given.isEmpty() ? QLatin1Char('X') : given.first().at(0);
    for (const char *word : kInconvenient)
        if (letters == QLatin1String(word))
            letters[3] = QLatin1Char('X');
    return dateAndHomoclave(letters, birth, rng);
}

QString rfcForBusiness(const QString &businessName, const QDate &incorporated, Rng &rng)
{
    const QStringList words = significantWords(businessName);
    QString letters;
    if (words.size() >= 3)
        letters = QString(words.at(0).at(0)) + words.at(1).at(0) + words.at(2).at(0);
    else if (words.size() == 2)
        letters = words.at(0).at(0) + words.at(1).left(2);
    else
        letters = QString(words.value(0) + QStringLiteral("XXX")).left(3);
    return dateAndHomoclave(letters, incorporated, rng);
}

} // namespace nexus::demo
