// Normalisation and word rules of the catalogue search.
#include "catalog/searchtext.h"

#include <array>

namespace nexus {

namespace {

// Appends the base letter(s) of a non-ASCII character, or nothing for a mark, or a separator.
void foldNonAscii(QChar c, QString &out, bool &pendingSpace)
{
    if (c.isMark())
        return; // a combining accent of decomposed input ("a\u0301")
    QChar base = c;
    const QString decomposition = c.decomposition();
    if (!decomposition.isEmpty()) {
        base = decomposition.front(); // á → a, ñ → n, ü → u, ² → 2 (compatibility forms)
        if (base.isMark())
            return;
    }
    if (!base.isLetterOrNumber()) {
        pendingSpace = !out.isEmpty();
        return;
    }
    if (pendingSpace) {
        out.append(QLatin1Char(' '));
        pendingSpace = false;
    }
    if (base.unicode() < 128)
        out.append(QChar(base.unicode() >= u'A' && base.unicode() <= u'Z' ? base.unicode() + 32 : base.unicode()));
    else
        out.append(base.toLower());
}

} // namespace

QString SearchText::normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 128) {
            const bool digit = u >= u'0' && u <= u'9';
            const bool lower = u >= u'a' && u <= u'z';
            const bool upper = u >= u'A' && u <= u'Z';
            if (!digit && !lower && !upper) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(QLatin1Char(' '));
                pendingSpace = false;
            }
            out.append(QChar(upper ? u + 32 : u));
            continue;
        }
        foldNonAscii(c, out, pendingSpace);
    }
    return out;
}

QStringList SearchText::words(QStringView text)
{
    return normalize(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList SearchText::contentWords(QStringView text)
{
    QStringList result = words(text);
    result.removeIf([](const QString &word) { return isStopWord(word); });
    return result;
}

QString SearchText::normalizeCode(QStringView text)
{
    QString out = normalize(text);
    out.remove(QLatin1Char(' '));
    return out.toUpper();
}

bool SearchText::isStopWord(QStringView word)
{
    static constexpr std::array<std::u16string_view, 23> kStopWords = {
        u"a",
        u"al",
        u"con",
        u"de",
        u"del",
        u"e",
        u"el",
        u"en",
        u"la",
        u"las",
        u"lo",
        u"los",
        u"o",
        u"p",
        u"para",
        u"por",
        u"sin",
        u"u",
        u"un",
        u"una",
        u"unas",
        u"unos",
        u"y",
    };
    const std::u16string_view view(word.utf16(), static_cast<std::size_t>(word.size()));
    for (const std::u16string_view stop : kStopWords) {
        if (stop == view)
            return true;
    }
    return false;
}

bool SearchText::isModelYear(QStringView word)
{
    if (word.size() != 4)
        return false;
    bool ok = false;
    const int year = word.toInt(&ok);
    return ok && year >= kFirstModelYear && year <= kLastModelYear;
}

QString SearchText::singular(QStringView word)
{
    const qsizetype n = word.size();
    if (n >= 5 && word.endsWith(u"es")) {
        const QChar before = word.at(n - 3);
        // "-ores", "-ales", "-ines", "-des" are plurals of words ending in a consonant; "-tes", "-jes" are not.
        if (before == u'r' || before == u'l' || before == u'n' || before == u'd')
            return word.left(n - 2).toString();
    }
    if (n >= 4 && word.endsWith(u's') && !word.endsWith(u"ss"))
        return word.left(n - 1).toString();
    return word.toString();
}

} // namespace nexus
