// Spanish cardinal and ordinal words up to 999.
#include "assistant/numberwords.h"

#include <QHash>

namespace nexus {

namespace {

const QHash<QString, int> &units()
{
    static const QHash<QString, int> kUnits {
        { QStringLiteral("cero"), 0 }, { QStringLiteral("uno"), 1 }, { QStringLiteral("dos"), 2 },
        { QStringLiteral("tres"), 3 }, { QStringLiteral("cuatro"), 4 }, { QStringLiteral("cinco"), 5 },
        { QStringLiteral("seis"), 6 }, { QStringLiteral("siete"), 7 }, { QStringLiteral("ocho"), 8 },
        { QStringLiteral("nueve"), 9 }, { QStringLiteral("diez"), 10 }, { QStringLiteral("once"), 11 },
        { QStringLiteral("doce"), 12 }, { QStringLiteral("trece"), 13 }, { QStringLiteral("catorce"), 14 },
        { QStringLiteral("quince"), 15 }, { QStringLiteral("dieciseis"), 16 }, { QStringLiteral("diecisiete"), 17 },
        { QStringLiteral("dieciocho"), 18 }, { QStringLiteral("diecinueve"), 19 }, { QStringLiteral("veinte"), 20 },
        { QStringLiteral("veintiuno"), 21 }, { QStringLiteral("veintiun"), 21 }, { QStringLiteral("veintiuna"), 21 },
        { QStringLiteral("veintidos"), 22 }, { QStringLiteral("veintitres"), 23 },
        { QStringLiteral("veinticuatro"), 24 }, { QStringLiteral("veinticinco"), 25 },
        { QStringLiteral("veintiseis"), 26 }, { QStringLiteral("veintisiete"), 27 },
        { QStringLiteral("veintiocho"), 28 }, { QStringLiteral("veintinueve"), 29 },
    };
    return kUnits;
}

const QHash<QString, int> &tens()
{
    static const QHash<QString, int> kTens {
        { QStringLiteral("treinta"), 30 }, { QStringLiteral("cuarenta"), 40 }, { QStringLiteral("cincuenta"), 50 },
        { QStringLiteral("sesenta"), 60 }, { QStringLiteral("setenta"), 70 }, { QStringLiteral("ochenta"), 80 },
        { QStringLiteral("noventa"), 90 },
    };
    return kTens;
}

const QHash<QString, int> &hundreds()
{
    static const QHash<QString, int> kHundreds {
        { QStringLiteral("cien"), 100 }, { QStringLiteral("ciento"), 100 }, { QStringLiteral("doscientos"), 200 },
        { QStringLiteral("doscientas"), 200 }, { QStringLiteral("trescientos"), 300 },
        { QStringLiteral("trescientas"), 300 }, { QStringLiteral("cuatrocientos"), 400 },
        { QStringLiteral("cuatrocientas"), 400 }, { QStringLiteral("quinientos"), 500 },
        { QStringLiteral("quinientas"), 500 }, { QStringLiteral("seiscientos"), 600 },
        { QStringLiteral("seiscientas"), 600 }, { QStringLiteral("setecientos"), 700 },
        { QStringLiteral("setecientas"), 700 }, { QStringLiteral("ochocientos"), 800 },
        { QStringLiteral("ochocientas"), 800 }, { QStringLiteral("novecientos"), 900 },
        { QStringLiteral("novecientas"), 900 },
    };
    return kHundreds;
}

// Below 100: "siete", "veintidos", "treinta", "treinta y cinco".
std::optional<SpokenNumber> readBelowHundred(const QStringList &words, qsizetype start)
{
    if (start >= words.size())
        return std::nullopt;
    const QString &word = words.at(start);
    if (const auto unit = units().constFind(word); unit != units().constEnd())
        return SpokenNumber { *unit, 1 };
    const auto ten = tens().constFind(word);
    if (ten == tens().constEnd())
        return std::nullopt;
    if (start + 2 < words.size() && words.at(start + 1) == u"y") {
        const auto unit = units().constFind(words.at(start + 2));
        if (unit != units().constEnd() && *unit >= 1 && *unit <= 9)
            return SpokenNumber { *ten + *unit, 3 };
    }
    return SpokenNumber { *ten, 1 };
}

} // namespace

std::optional<SpokenNumber> NumberWords::read(const QStringList &words, qsizetype start)
{
    if (start < 0 || start >= words.size())
        return std::nullopt;
    const QString &word = words.at(start);
    bool isNumber = false;
    const int digits = word.toInt(&isNumber);
    if (isNumber)
        return SpokenNumber { digits, 1 };
    const QString next = start + 1 < words.size() ? words.at(start + 1) : QString();
    if ((word == u"un" || word == u"una") && next == u"par")
        return SpokenNumber { 2, 2 };
    if ((word == u"un" || word == u"una") && next == u"docena")
        return SpokenNumber { 12, 2 };
    if (word == u"media" && next == u"docena")
        return SpokenNumber { 6, 2 };
    if (word == u"docena")
        return SpokenNumber { 12, 1 };
    if (word == u"par")
        return SpokenNumber { 2, 1 };
    if (const auto hundred = hundreds().constFind(word); hundred != hundreds().constEnd()) {
        if (const std::optional<SpokenNumber> rest = readBelowHundred(words, start + 1); rest && *hundred != 100)
            return SpokenNumber { *hundred + rest->value, 1 + rest->length };
        if (word == u"ciento") {
            if (const std::optional<SpokenNumber> rest = readBelowHundred(words, start + 1))
                return SpokenNumber { 100 + rest->value, 1 + rest->length };
        }
        return SpokenNumber { *hundred, 1 };
    }
    return readBelowHundred(words, start);
}

std::optional<int> NumberWords::ordinal(const QString &word)
{
    static const QHash<QString, int> kOrdinals {
        { QStringLiteral("primero"), 1 }, { QStringLiteral("primera"), 1 }, { QStringLiteral("primer"), 1 },
        { QStringLiteral("segundo"), 2 }, { QStringLiteral("segunda"), 2 }, { QStringLiteral("tercero"), 3 },
        { QStringLiteral("tercera"), 3 }, { QStringLiteral("tercer"), 3 }, { QStringLiteral("cuarto"), 4 },
        { QStringLiteral("cuarta"), 4 }, { QStringLiteral("quinto"), 5 }, { QStringLiteral("quinta"), 5 },
        { QStringLiteral("sexto"), 6 }, { QStringLiteral("sexta"), 6 }, { QStringLiteral("septimo"), 7 },
        { QStringLiteral("septima"), 7 }, { QStringLiteral("octavo"), 8 }, { QStringLiteral("octava"), 8 },
        { QStringLiteral("noveno"), 9 }, { QStringLiteral("novena"), 9 }, { QStringLiteral("decimo"), 10 },
        { QStringLiteral("decima"), 10 }, { QStringLiteral("ultimo"), -1 }, { QStringLiteral("ultima"), -1 },
    };
    const auto found = kOrdinals.constFind(word);
    if (found == kOrdinals.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace nexus
