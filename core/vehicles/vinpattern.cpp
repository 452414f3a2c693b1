// vPIC pattern keys compiled to one bit mask per match-key position (see vinpattern.h for the rules).
#include "vehicles/vinpattern.h"

namespace nexus {

namespace {

constexpr int kOtherBit = 39;
constexpr quint64 kAnyChar = (quint64(1) << (kOtherBit + 1)) - 1;
// vpic.fValidCharsInRegEx tries only these characters against a class with a range or a negation.
constexpr char16_t kVinCharacters[] = u"ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

// A bracket class from just after '[' up to (not including) ']': the characters it accepts.
quint64 classMask(QStringView body)
{
    bool negate = false;
    if (body.startsWith(u'^')) {
        negate = true;
        body = body.mid(1);
    }
    quint64 set = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char16_t from = body[i].unicode();
        if (i + 2 < body.size() && body[i + 1] == u'-') {
            const char16_t to = body[i + 2].unicode();
            for (char16_t c = from; c <= to; ++c)
                set |= VinPattern::bit(QChar(c));
            i += 2;
            continue;
        }
        set |= VinPattern::bit(QChar(from));
    }
    return negate ? (kAnyChar & ~set) : set;
}

// vpic.fValidCharsInRegEx: a class without '-' or '^' lists its characters; otherwise the VIN characters it accepts.
quint64 classValidChars(QStringView body)
{
    if (!body.contains(u'-') && !body.contains(u'^')) {
        quint64 set = 0;
        for (const QChar c : body)
            if (c != u'*' && c != u'|')
                set |= VinPattern::bit(c);
        return set;
    }
    const quint64 accepted = classMask(body);
    quint64 set = 0;
    for (const QChar c : QStringView(kVinCharacters))
        if (accepted & VinPattern::bit(c))
            set |= VinPattern::bit(c);
    return set;
}

} // namespace

quint64 VinPattern::bit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return quint64(1) << (u - u'0');
    if (u >= u'A' && u <= u'Z')
        return quint64(1) << (10 + u - u'A');
    switch (u) {
    case u'|':
        return quint64(1) << 36;
    case u'#':
        return quint64(1) << 37;
    case u'_':
        return quint64(1) << 38;
    default:
        return quint64(1) << kOtherBit;
    }
}

QString VinPattern::characters(quint64 mask)
{
    static constexpr char16_t kOrder[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString out;
    for (int i = 0; i < 36; ++i)
        if (mask & (quint64(1) << i))
            out.append(QChar(kOrder[i]));
    return out;
}

QString VinPattern::matchKey(QStringView vin)
{
    return vin.mid(3, 5).toString() + QLatin1Char('|') + vin.mid(9, 8).toString();
}

VinPattern::Masks VinPattern::keyBits(QStringView matchKey)
{
    Masks bits {};
    for (qsizetype i = 0; i < matchKey.size() && i < kKeyLength; ++i)
        bits[static_cast<std::size_t>(i)] = bit(matchKey[i]);
    return bits;
}

std::optional<VinPattern> VinPattern::compile(QStringView keys)
{
    const QString raw = keys.toString().toUpper();
    VinPattern pattern;
    pattern.m_formulaFirst = static_cast<int>(raw.indexOf(QLatin1Char('#')));
    pattern.m_formulaLast = static_cast<int>(raw.lastIndexOf(QLatin1Char('#')));
    const bool regex = raw.contains(QLatin1Char('['));

    // Matching. Formula keys: SQL LIKE against the match key with digits read as '#'. Keys with a class: NHTSA's
    // regular expression (after its "1-A" → "1A" rewrite). Other keys: SQL LIKE ('*' → '_').
    const QString text
        = regex && !pattern.isFormula() ? QString(raw).replace(QStringLiteral("1-A"), QStringLiteral("1A")) : raw;
    int position = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++position) {
        const QChar c = text[i];
        quint64 mask = 0;
        if (c == u'*') {
            mask = kAnyChar;
        } else if (pattern.isFormula()) {
            if (c == u'%')
                break; // the rest of the key matches anything
            mask = c == u'#' ? kDigits : (c == u'_' ? kAnyChar : (c.isDigit() ? 0 : bit(c)));
        } else if (regex && c == u'[') {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0 || close == i + 1)
                return std::nullopt;
            mask = classMask(QStringView(text).mid(i + 1, close - i - 1));
            i = close;
        } else if (!regex && c == u'_') {
            mask = kAnyChar;
        } else if (!regex && c == u'%') {
            break;
        } else {
            mask = bit(c);
        }
        if (position < kKeyLength)
            pattern.m_match[static_cast<std::size_t>(position)] = mask;
    }
    pattern.m_length = std::min(position, kKeyLength);
    pattern.m_tooLong = position > kKeyLength;

    // Valid characters per position, from the key as stored (vpic.fValidCharsInKey).
    position = 0;
    for (qsizetype i = 0; i < raw.size(); ++i, ++position) {
        const QChar c = raw[i];
        quint64 valid = 0;
        if (c == u'[') {
            const qsizetype close = raw.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0)
                break;
            valid = classValidChars(QStringView(raw).mid(i + 1, close - i - 1));
            i = close;
        } else if (c == u'#') {
            valid = kDigits;
        } else if (c != u'*') {
            valid = bit(c);
        }
        if (position < kKeyLength)
            pattern.m_valid[static_cast<std::size_t>(position)] = valid;
    }
    return pattern;
}

bool VinPattern::matches(const Masks &keyBits) const
{
    if (m_tooLong)
        return false;
    for (int i = 0; i < m_length; ++i)
        if ((m_match[static_cast<std::size_t>(i)] & keyBits[static_cast<std::size_t>(i)]) == 0)
            return false;
    return true;
}

QString VinPattern::formulaValue(QStringView matchKey) const
{
    if (!isFormula())
        return {};
    return matchKey.mid(m_formulaFirst, m_formulaLast - m_formulaFirst + 1).toString();
}

} // namespace nexus
