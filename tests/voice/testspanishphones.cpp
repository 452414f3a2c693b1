// The pure half of Chalán's offline speech: Mexican Spanish letter-to-sound onto the en-us phones, the pronunciation
// dictionary and the command grammar generated from a vocabulary (bounded, every word pronounceable, and what it can
// say parses to the intended request), word error rate, WAV reading and resampling.
#include "assistant/intentparser.h"
#include "commandgrammar.h"
#include "pcmresampler.h"
#include "pronunciationdictionary.h"
#include "spanishphones.h"
#include "voicelexicon.h"
#include "assistant/wavfile.h"
#include "why.h"
#include "worderrorrate.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace nexus;

namespace {

VoiceLexicon smallLexicon()
{
    VoiceLexicon lexicon;
    for (const char16_t *part : { u"Balatas", u"Filtro de aceite", u"Bujía", u"Amortiguador", u"Bomba de agua" })
        lexicon.addPartPhrase(QString::fromUtf16(part));
    lexicon.addBrand(QStringLiteral("NGK"));
    lexicon.addBrand(QStringLiteral("Ina")); // too short to be told from noise: left out of the grammar
    lexicon.addVehicle(QStringLiteral("Nissan"), QStringLiteral("Tsuru"));
    lexicon.addVehicle(QStringLiteral("Volkswagen"), QStringLiteral("Jetta"));
    lexicon.addVehicle(QStringLiteral("Ford"), QStringLiteral("Ka"));
    lexicon.addPlace(QStringLiteral("Bodega 2"));
    lexicon.addPerson(QStringLiteral("Juan Pérez"));
    return lexicon;
}

// The JSGF rules as name → body.
QHash<QString, QString> rules(const QString &jsgf)
{
    QHash<QString, QString> out;
    static const QRegularExpression kRule(QStringLiteral("^(?:public )?<(\\w+)> = (.*);$"),
        QRegularExpression::MultilineOption);
    for (QRegularExpressionMatchIterator it = kRule.globalMatch(jsgf); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out.insert(match.captured(1), match.captured(2));
    }
    return out;
}

// One random sentence of a JSGF body: alternatives, ( ) groups, [ ] options, <rule> references.
class Walker final
{
public:
    Walker(const QHash<QString, QString> &rules, quint32 seed) : m_rules(rules), m_random(seed) { }

    QStringList say(const QString &rule) { return sequence(tokens(m_rules.value(rule)), 0).first; }

private:
    static QStringList tokens(const QString &body) { return body.split(QLatin1Char(' '), Qt::SkipEmptyParts); }

    // Alternatives from `at` until the closing bracket; returns the words and the index after it.
    std::pair<QStringList, qsizetype> sequence(const QStringList &t, qsizetype at)
    {
        QList<QStringList> alternatives { {} };
        while (at < t.size() && t.at(at) != u")" && t.at(at) != u"]") {
            const QString &token = t.at(at);
            if (token == u"|") {
                alternatives.append(QStringList());
                ++at;
            } else if (token == u"(" || token == u"[") {
                auto [words, next] = sequence(t, at + 1);
                if (token == u"(" || m_random.bounded(2) == 0)
                    alternatives.back() += words;
                at = next + 1;
            } else if (token.startsWith(QLatin1Char('<'))) {
                alternatives.back() += say(token.mid(1, token.size() - 2));
                ++at;
            } else {
                alternatives.back().append(token);
                ++at;
            }
        }
        return { alternatives.at(m_random.bounded(int(alternatives.size()))), at };
    }

    const QHash<QString, QString> &m_rules;
    QRandomGenerator m_random;
};

QString phones(QStringView word)
{
    const QList<QStringList> readings = SpanishPhones::pronounce(word);
    return readings.isEmpty() ? QString() : readings.front().join(QLatin1Char(' '));
}

} // namespace

class TestSpanishPhones final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void letterToSound_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("phones");
        QTest::newRow("seseo c") << QStringLiteral("aceite") << QStringLiteral("AA S EY T EH");
        QTest::newRow("seseo z") << QStringLiteral("zapopan") << QStringLiteral("S AA P OW P AA N");
        QTest::newRow("qu") << QStringLiteral("quince") << QStringLiteral("K IY N S EH");
        QTest::newRow("ll yeismo") << QStringLiteral("llave") << QStringLiteral("Y AA B EH");
        QTest::newRow("y before vowel") << QStringLiteral("yarda") << QStringLiteral("Y AA R D AA");
        QTest::newRow("j") << QStringLiteral("jetta") << QStringLiteral("HH EH T AA");
        QTest::newRow("g before e") << QStringLiteral("gente") << QStringLiteral("HH EH N T EH");
        QTest::newRow("gu before e") << QStringLiteral("guerra") << QStringLiteral("G EH R AA");
        QTest::newRow("gu before a") << QStringLiteral("agua") << QStringLiteral("AA G W AA");
        QTest::newRow("gü") << QStringLiteral("pingüino") << QStringLiteral("P IY N G W IY N OW");
        QTest::newRow("ñ") << QStringLiteral("añade") << QStringLiteral("AA N Y AA D EH");
        QTest::newRow("h silent") << QStringLiteral("hoy") << QStringLiteral("OY");
        QTest::newRow("ch") << QStringLiteral("chalán") << QStringLiteral("CH AA L AA N");
        QTest::newRow("rr") << QStringLiteral("carro") << QStringLiteral("K AA R OW");
        QTest::newRow("glide ue") << QStringLiteral("cuantas") << QStringLiteral("K W AA N T AA S");
        QTest::newRow("accent keeps hiatus") << QStringLiteral("bujías") << QStringLiteral("B UW HH IY AA S");
        QTest::newRow("ai diphthong") << QStringLiteral("hay") << QStringLiteral("AY");
        QTest::newRow("v is b") << QStringLiteral("venta") << QStringLiteral("B EH N T AA");
        QTest::newRow("x") << QStringLiteral("taxi") << QStringLiteral("T AA K S IY");
        QTest::newRow("upper case") << QStringLiteral("TSURU") << QStringLiteral("T S UW R UW");
        QTest::newRow("spelt letters") << QStringLiteral("NGK") << QStringLiteral("EH N EH HH EH K AA");
        QTest::newRow("year") << QStringLiteral("2015") << QStringLiteral("D OW S M IY L K IY N S EH");
        QTest::newRow("letters and digits") << QStringLiteral("NP300")
                                            << QStringLiteral("EH N EH P EH T R EH S Y EH N T OW S");
        QTest::newRow("loanword") << QStringLiteral("clutch") << QStringLiteral("K L OW CH");
        QTest::newRow("nothing to say") << QStringLiteral("¿?") << QString();
    }
    void letterToSound()
    {
        QFETCH(QString, word);
        QFETCH(QString, phones);
        QCOMPARE(::phones(word), phones);
    }

    void unaccentedGlideHasASecondReading()
    {
        const QList<QStringList> readings = SpanishPhones::pronounce(u"dia");
        QCOMPARE(readings.size(), 2);
        QCOMPARE(readings.at(0).join(QLatin1Char(' ')), QStringLiteral("D Y AA"));
        QCOMPARE(readings.at(1).join(QLatin1Char(' ')), QStringLiteral("D IY AA"));
        QCOMPARE(SpanishPhones::pronounce(u"día").size(), 1);
    }

    void lexiconAddsTheOtherNumberAndStaysBounded()
    {
        VoiceLexicon lexicon;
        lexicon.addPartPhrase(QStringLiteral("Filtro de aceite"));
        lexicon.addPartPhrase(QStringLiteral("Amortiguadores"));
        lexicon.addPartPhrase(QStringLiteral("Luz"));
        QVERIFY(lexicon.partPhrases.contains(QStringLiteral("filtros de aceite")));
        QVERIFY(lexicon.partPhrases.contains(QStringLiteral("amortiguador")));
        QVERIFY(lexicon.partPhrases.contains(QStringLiteral("luces")));
        for (int i = 0; i < VoiceLexicon::kMaxPeople + 50; ++i)
            lexicon.addPerson(QStringLiteral("Cliente ") + QString::number(i));
        QCOMPARE(lexicon.people.size(), VoiceLexicon::kMaxPeople);
    }

    void grammarAndDictionaryCoverEachOther()
    {
        const CommandGrammar grammar = CommandGrammar::build(smallLexicon());
        QVERIFY(grammar.jsgf().startsWith(QStringLiteral("#JSGF V1.0;")));
        QVERIFY(grammar.jsgf().contains(QStringLiteral("public <command> = ")));
        // Tokens are what the parser reads (no accents), spelt with accents for their pronunciation.
        QCOMPARE(grammar.words().value(QStringLiteral("bujias")), QStringLiteral("bujías"));
        QCOMPARE(grammar.words().value(QStringLiteral("perez")), QStringLiteral("pérez"));
        QVERIFY(grammar.words().contains(QStringLiteral("2015")));
        QVERIFY(grammar.words().contains(QStringLiteral("ngk")));
        QVERIFY(!grammar.words().contains(QStringLiteral("ina")));
        QVERIFY(!grammar.words().contains(QStringLiteral("ka")));
        const QString dictionary = PronunciationDictionary::write(grammar.words());
        QSet<QString> said;
        for (const QString &line : dictionary.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char(' '));
            QVERIFY2(fields.size() >= 2, qPrintable(line));
            said.insert(fields.front().section(QLatin1Char('('), 0, 0));
        }
        static const QRegularExpression kWord(QStringLiteral("(?<![<\\w])[a-z0-9]+(?![\\w>])"));
        for (const QString &body : rules(grammar.jsgf())) {
            for (QRegularExpressionMatchIterator it = kWord.globalMatch(body); it.hasNext();) {
                const QString word = it.next().captured();
                QVERIFY2(said.contains(word), qPrintable(word + QStringLiteral(" has no pronunciation")));
            }
        }
    }

    // What the grammar can say is what the parser understands: random sentences of each command rule parse to that
    // request, and the refusals parse to nothing.
    void grammarSaysWhatTheParserUnderstands_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("kind");
        QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("search");
        QTest::newRow("stock") << QStringLiteral("stock") << QStringLiteral("stock");
        QTest::newRow("add") << QStringLiteral("add") << QStringLiteral("add");
        QTest::newRow("remove") << QStringLiteral("remove") << QStringLiteral("remove");
        QTest::newRow("quantity") << QStringLiteral("quantity") << QStringLiteral("quantity");
        QTest::newRow("order") << QStringLiteral("order") << QStringLiteral("order");
        QTest::newRow("customer") << QStringLiteral("customer") << QStringLiteral("customer");
        QTest::newRow("sales") << QStringLiteral("sales") << QStringLiteral("sales");
        QTest::newRow("refused") << QStringLiteral("refused") << QStringLiteral("unknown");
    }
    void grammarSaysWhatTheParserUnderstands()
    {
        QFETCH(QString, rule);
        QFETCH(QString, kind);
        const VoiceLexicon lexicon = smallLexicon();
        IntentVocabulary vocabulary;
        for (const QString &part : lexicon.partPhrases)
            vocabulary.addPartPhrase(part);
        vocabulary.addPartPhrase(QStringLiteral("NGK"));
        for (const VoiceLexicon::Vehicle &vehicle : lexicon.vehicles)
            vocabulary.addVehicle(vehicle.make, vehicle.model);
        vocabulary.addPlace(QStringLiteral("Bodega 2"));
        const IntentParser parser(std::move(vocabulary));
        const QHash<QString, QString> grammar = rules(CommandGrammar::build(lexicon).jsgf());
        QVERIFY(grammar.contains(rule));
        Walker walker(grammar, 7);
        for (int i = 0; i < 200; ++i) {
            const QString sentence = walker.say(rule).join(QLatin1Char(' '));
            const QString parsed = intentKindCode(parser.parse(sentence).kind);
            QVERIFY2(parsed == kind, qPrintable(sentence + QStringLiteral(" → ") + parsed));
        }
    }

    void wordErrorRate_data()
    {
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("heard");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("words");
        QTest::newRow("same") << QStringLiteral("¿Tienes balatas?") << QStringLiteral("tienes balatas") << 0 << 2;
        QTest::newRow("numbers as digits") << QStringLiteral("bodega 2") << QStringLiteral("bodega dos") << 0 << 2;
        QTest::newRow("substitution") << QStringLiteral("quita la línea 2") << QStringLiteral("quita la linea 3") << 1
                                      << 4;
        QTest::newRow("deletion and insertion") << QStringLiteral("agrega dos filtros de aceite")
                                                << QStringLiteral("agrega filtros de aceite ya") << 2 << 5;
        QTest::newRow("nothing heard") << QStringLiteral("borra todo") << QString() << 2 << 2;
    }
    void wordErrorRate()
    {
        QFETCH(QString, said);
        QFETCH(QString, heard);
        QFETCH(int, errors);
        QFETCH(int, words);
        const WordErrors counted = wordErrors(said, heard);
        QCOMPARE(counted.errors, errors);
        QCOMPARE(counted.reference, words);
    }

    void wavFileAndResampling()
    {
        Result<AudioClip> clip = readWavFile(QStringLiteral(NEXUS_VOICE_FIXTURES "/sales-01.wav"));
        QVERIFY2(clip.has_value(), test::why(clip).constData());
        QCOMPARE(clip->sampleRate, 16000);
        QVERIFY(clip->seconds() > 1.0 && clip->seconds() < 5.0);
        Result<AudioClip> missing = readWavFile(QStringLiteral(NEXUS_VOICE_FIXTURES "/manifest.tsv"));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().field(), QStringLiteral("wav"));

        // A 1 kHz tone at 48 kHz keeps its pitch and loudness at 16 kHz; a 12 kHz tone (above 8 kHz) is filtered out.
        const auto tone = [](double hertz) {
            AudioClip high { QByteArray(48000 * 2, '\0'), 48000 };
            for (int i = 0; i < 48000; ++i)
                qToLittleEndian<qint16>(qint16(10000 * std::sin(2 * M_PI * hertz * i / 48000)), high.pcm16.data() + 2 * i);
            return PcmResampler::resample(high, 16000);
        };
        const auto rms = [](const AudioClip &audio) {
            double sum = 0;
            for (qint64 i = 100; i < audio.samples() - 100; ++i) {
                const double v = qFromLittleEndian<qint16>(audio.pcm16.constData() + 2 * i);
                sum += v * v;
            }
            return std::sqrt(sum / double(audio.samples() - 200));
        };
        const AudioClip low = tone(1000);
        QCOMPARE(low.sampleRate, 16000);
        QCOMPARE(low.samples(), 16000);
        QVERIFY2(qAbs(rms(low) - 10000 / std::sqrt(2.0)) < 300, qPrintable(QString::number(rms(low))));
        QVERIFY2(rms(tone(12000)) < 700, qPrintable(QString::number(rms(tone(12000)))));
    }
};

QTEST_GUILESS_MAIN(TestSpanishPhones)
#include "testspanishphones.moc"
