// Spelling rules of Mexican Spanish (seseo: c/z/s → S; yeísmo: ll/y → Y; j, g before e/i → HH; silent h; ñ → N Y;
// qu/gu before e/i; diphthongs onto the English ones) written in CMU phones.
#include "spanishphones.h"

#include "cfdi/amountinwords.h"

#include <QHash>

#include <algorithm>

namespace nexus {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"aeiouáéíóúü").contains(c);
}

bool isAccented(QChar c)
{
    return QStringView(u"áéíóú").contains(c);
}

QChar base(QChar c)
{
    switch (c.unicode()) {
    case u'á':
        return u'a';
    case u'é':
        return u'e';
    case u'í':
        return u'i';
    case u'ó':
        return u'o';
    case u'ú':
    case u'ü':
        return u'u';
    default:
        return c;
    }
}

QString vowelPhone(QChar c)
{
    switch (base(c).unicode()) {
    case u'a':
        return QStringLiteral("AA");
    case u'e':
        return QStringLiteral("EH");
    case u'i':
        return QStringLiteral("IY");
    case u'o':
        return QStringLiteral("OW");
    default:
        return QStringLiteral("UW");
    }
}

// A strong vowel and an unaccented i/y or u after it: the English diphthongs are the nearest sounds.
QString diphthong(QChar strong, QChar weak)
{
    const QChar a = base(strong);
    if (weak == u'i' || weak == u'y') {
        if (a == u'a')
            return QStringLiteral("AY");
        if (a == u'e')
            return QStringLiteral("EY");
        if (a == u'o')
            return QStringLiteral("OY");
    }
    if (weak == u'u' && a == u'a')
        return QStringLiteral("AW");
    return {};
}

// Words of the counter that come from English, respelt as a Mexican says them.
const QHash<QString, QString> &loanwords()
{
    static const QHash<QString, QString> kLoanwords {
        { QStringLiteral("clutch"), QStringLiteral("cloch") }, { QStringLiteral("shock"), QStringLiteral("chok") },
        { QStringLiteral("shocks"), QStringLiteral("choks") }, { QStringLiteral("stop"), QStringLiteral("estop") },
        { QStringLiteral("relay"), QStringLiteral("rilei") }, { QStringLiteral("chevy"), QStringLiteral("chevi") },
        { QStringLiteral("jeep"), QStringLiteral("yip") }, { QStringLiteral("volkswagen"), QStringLiteral("folksvaguen") },
        { QStringLiteral("spark"), QStringLiteral("espark") }, { QStringLiteral("plug"), QStringLiteral("plog") },
        { QStringLiteral("bushing"), QStringLiteral("bushin") }, { QStringLiteral("throttle"), QStringLiteral("trotel") },
        { QStringLiteral("ok"), QStringLiteral("okei") }, { QStringLiteral("whatsapp"), QStringLiteral("guatsap") },
    };
    return kLoanwords;
}

QString letterName(QChar c)
{
    static const QHash<QChar, QString> kNames {
        { u'a', QStringLiteral("a") }, { u'b', QStringLiteral("be") }, { u'c', QStringLiteral("ce") },
        { u'd', QStringLiteral("de") }, { u'e', QStringLiteral("e") }, { u'f', QStringLiteral("efe") },
        { u'g', QStringLiteral("ge") }, { u'h', QStringLiteral("hache") }, { u'i', QStringLiteral("i") },
        { u'j', QStringLiteral("jota") }, { u'k', QStringLiteral("ka") }, { u'l', QStringLiteral("ele") },
        { u'm', QStringLiteral("eme") }, { u'n', QStringLiteral("ene") }, { u'ñ', QStringLiteral("eñe") },
        { u'o', QStringLiteral("o") }, { u'p', QStringLiteral("pe") }, { u'q', QStringLiteral("cu") },
        { u'r', QStringLiteral("erre") }, { u's', QStringLiteral("ese") }, { u't', QStringLiteral("te") },
        { u'u', QStringLiteral("u") }, { u'v', QStringLiteral("ve") }, { u'w', QStringLiteral("doble u") },
        { u'x', QStringLiteral("equis") }, { u'y', QStringLiteral("ye") }, { u'z', QStringLiteral("zeta") },
    };
    return kNames.value(base(c));
}

// "300" → "trescientos", "2015" → "dos mil quince"; a code's long or zero-led digits one by one.
QString digitsAsWords(const QString &digits)
{
    if (digits.size() > 4 || (digits.size() > 1 && digits.front() == u'0')) {
        QStringList each;
        for (const QChar d : digits)
            each.append(numberInWords(d.digitValue()));
        return each.join(QLatin1Char(' ')).toLower();
    }
    return numberInWords(digits.toLongLong()).toLower();
}

// The word as Spanish text to read: loanwords respelt, letter runs without a vowel spelt, digit runs as numbers.
QString readable(QStringView word)
{
    const QString lower = word.toString().toLower();
    if (const auto loan = loanwords().constFind(lower); loan != loanwords().constEnd())
        return *loan;
    QStringList pieces;
    QString run;
    bool digits = false;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        if (digits) {
            pieces.append(digitsAsWords(run));
        } else if (std::none_of(run.cbegin(), run.cend(), isVowel)) {
            for (const QChar c : run)
                pieces.append(letterName(c));
        } else {
            pieces.append(run);
        }
        run.clear();
    };
    for (const QChar c : lower) {
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!run.isEmpty() && c.isDigit() != digits)
            flush();
        digits = c.isDigit();
        run.append(c);
    }
    flush();
    return pieces.join(QLatin1Char(' '));
}

} // namespace

QStringList SpanishPhones::letterToSound(QStringView text, bool glides)
{
    QStringList phones;
    const auto at = [&](qsizetype i) { return i >= 0 && i < text.size() ? text.at(i) : QChar(u' '); };
    const auto emit = [&](const QString &phone) {
        if (phones.isEmpty() || phones.back() != phone)
            phones.append(phone);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = at(i + 1);
        if (isVowel(c)) {
            const QChar b = base(c);
            const bool weak = (b == u'i' || b == u'u') && !isAccented(c);
            if (glides && weak && isVowel(next) && c != u'ü') {
                emit(b == u'i' ? QStringLiteral("Y") : QStringLiteral("W"));
                continue;
            }
            if (glides && !weak && !isAccented(next) && (next == u'i' || next == u'u' || (next == u'y' && !isVowel(at(i + 2))))) {
                if (const QString both = diphthong(c, next); !both.isEmpty()) {
                    emit(both);
                    ++i;
                    continue;
                }
            }
            if (c == u'ü') {
                emit(QStringLiteral("W"));
                continue;
            }
            emit(vowelPhone(c));
            continue;
        }
        switch (c.unicode()) {
        case u'b':
        case u'v':
            emit(QStringLiteral("B"));
            break;
        case u'c':
            if (next == u'h') {
                emit(QStringLiteral("CH"));
                ++i;
            } else if (base(next) == u'e' || base(next) == u'i') {
                emit(QStringLiteral("S"));
            } else {
                emit(QStringLiteral("K"));
            }
            break;
        case u'q':
            emit(QStringLiteral("K"));
            if (next == u'u')
                ++i;
            break;
        case u'g':
            if (base(next) == u'e' || base(next) == u'i') {
                emit(QStringLiteral("HH"));
            } else if (next == u'u' && (base(at(i + 2)) == u'e' || base(at(i + 2)) == u'i')) {
                emit(QStringLiteral("G"));
                ++i; // "guerra", "guía": the u is silent
            } else {
                emit(QStringLiteral("G"));
            }
            break;
        case u'j':
            emit(QStringLiteral("HH"));
            break;
        case u'h':
            break; // silent
        case u'l':
            if (next == u'l') {
                emit(QStringLiteral("Y"));
                ++i;
            } else {
                emit(QStringLiteral("L"));
            }
            break;
        case u'ñ':
            emit(QStringLiteral("N"));
            emit(QStringLiteral("Y"));
            break;
        case u'x':
            emit(QStringLiteral("K"));
            emit(QStringLiteral("S"));
            break;
        case u'y':
            emit(isVowel(next) ? QStringLiteral("Y") : QStringLiteral("IY"));
            break;
        case u'z':
        case u's':
            emit(QStringLiteral("S"));
            break;
        case u'w':
            emit(QStringLiteral("W"));
            break;
        case u'k':
            emit(QStringLiteral("K"));
            break;
        case u'd':
            emit(QStringLiteral("D"));
            break;
        case u'f':
            emit(QStringLiteral("F"));
            break;
        case u'm':
            emit(QStringLiteral("M"));
            break;
        case u'n':
            emit(QStringLiteral("N"));
            break;
        case u'p':
            emit(QStringLiteral("P"));
            break;
        case u'r':
            emit(QStringLiteral("R"));
            break;
        case u't':
            emit(QStringLiteral("T"));
            break;
        default:
            break; // spaces and anything that is not a Spanish letter
        }
    }
    return phones;
}

QList<QStringList> SpanishPhones::pronounce(QStringView word)
{
    const QString text = readable(word);
    QList<QStringList> readings;
    const QStringList usual = letterToSound(text, true);
    if (usual.isEmpty())
        return readings;
    readings.append(usual);
    const QStringList apart = letterToSound(text, false);
    if (apart != usual)
        readings.append(apart);
    return readings;
}

} // namespace nexus
