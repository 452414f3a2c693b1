// pocketsphinx's decoder behind SpeechRecognizer: one grammar search and one phone-loop search on the same audio.
#include "pocketsphinxrecognizer.h"

#include "commandgrammar.h"
#include "pcmresampler.h"
#include "phonealigner.h"
#include "phoneconfusions.h"
#include "pronunciationdictionary.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QTemporaryDir>
#include <QtEndian>

#include <pocketsphinx.h>
#include <sphinxbase/fsg_model.h>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcPocketsphinx, "nexus.voice.pocketsphinx")

namespace nexus {

namespace {

constexpr const char *kGrammarSearch = "commands";
constexpr const char *kPhoneSearch = "phones";
constexpr int kRate = 16000;
// One dictionary word per phone ("ph_aa AA"; no grammar token has '_') and the loop grammar over them.
std::pair<QString, QString> phoneLoop()
{
    QString dictionary;
    QStringList words;
    // The en-us model's phones: a free loop of them is the yardstick a grammar word is measured against.
    for (const char *phone : PhoneConfusions::kPhones) {
        const QString word = QStringLiteral("ph_") + QString::fromLatin1(phone).toLower();
        dictionary += word + QLatin1Char(' ') + QLatin1String(phone) + QLatin1Char('\n');
        words.append(word);
    }
    return { dictionary,
        QStringLiteral("#JSGF V1.0;\ngrammar phones;\npublic <loop> = ( ") + words.join(QStringLiteral(" | "))
            + QStringLiteral(" )+;\n") };
}

struct Segment
{
    QString word;
    int start = 0;
    int end = 0;
    int acoustic = 0;
};

bool isFiller(const QString &word)
{
    return word.isEmpty() || word.startsWith(QLatin1Char('<')) || word.startsWith(QLatin1Char('['))
        || word == u"(NULL)";
}

QString withoutAlternate(QString word)
{
    if (const qsizetype alternate = word.indexOf(QLatin1Char('(')); alternate > 0)
        word.truncate(alternate); // "dia(2)": the second pronunciation
    return word;
}

// The grammar search's network (pocketsphinx's FSG of the JSGF) with each word's phones from the dictionary.
WordNetwork wordNetwork(ps_decoder_t *ps, const char *search)
{
    WordNetwork network;
    fsg_model_t *fsg = ps_get_fsg(ps, search);
    if (!fsg)
        return network;
    network.states = fsg_model_n_state(fsg);
    network.start = fsg_model_start_state(fsg);
    network.final = fsg_model_final_state(fsg);
    for (int w = 0; w < fsg_model_n_word(fsg); ++w) {
        const QString word = QString::fromUtf8(fsg_model_word_str(fsg, w));
        network.words.append(withoutAlternate(word));
        std::vector<int> phones;
        const char *spelt
            = isFiller(word) || fsg_model_is_filler(fsg, w) ? nullptr : ps_lookup_word(ps, fsg_model_word_str(fsg, w));
        for (const QString &phone :
            QString::fromLatin1(spelt ? spelt : "").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (const int id = PhoneConfusions::id(phone); id >= 0)
                phones.push_back(id);
        }
        network.phones.push_back(std::move(phones));
    }
    for (int state = 0; state < network.states; ++state) {
        for (fsg_arciter_t *arc = fsg_model_arcs(fsg, state); arc; arc = fsg_arciter_next(arc)) {
            const fsg_link_t *link = fsg_arciter_get(arc);
            network.arcs.push_back({ link->from_state, link->to_state, link->wid });
        }
    }
    return network;
}

} // namespace

struct PocketsphinxRecognizer::Decoder
{
    QTemporaryDir files;
    ps_decoder_t *ps = nullptr;
    QString lastHypothesis;
    int lastScore = 0;
    std::unique_ptr<PhoneAligner> aligner;
    PocketsphinxRecognizer::Trace trace;

    ~Decoder()
    {
        if (ps)
            ps_free(ps);
    }

    // Decodes the whole utterance with `search`; the segments in order, fillers included.
    std::vector<Segment> decode(const char *search, const std::vector<int16> &samples)
    {
        std::vector<Segment> segments;
        if (ps_set_search(ps, search) < 0 || ps_start_utt(ps) < 0)
            return segments;
        ps_process_raw(ps, samples.data(), samples.size(), FALSE, TRUE);
        ps_end_utt(ps);
        int32 score = 0;
        if (!ps_get_hyp(ps, &score))
            return segments;
        for (ps_seg_t *seg = ps_seg_iter(ps); seg; seg = ps_seg_next(seg)) {
            Segment segment;
            segment.word = QString::fromUtf8(ps_seg_word(seg));
            ps_seg_frames(seg, &segment.start, &segment.end);
            int32 acoustic = 0;
            int32 language = 0;
            int32 backoff = 0;
            ps_seg_prob(seg, &acoustic, &language, &backoff);
            segment.acoustic = acoustic;
            segments.push_back(segment);
        }
        return segments;
    }
};

QString PocketsphinxOptions::defaultModelDir()
{
    return QStringLiteral(NEXUS_POCKETSPHINX_MODEL_DIR);
}

std::optional<int> PocketsphinxOptions::parseMinScore(const QString &text, std::optional<int> fallback)
{
    if (text.trimmed().compare(u"off", Qt::CaseInsensitive) == 0)
        return std::nullopt;
    bool ok = false;
    const int line = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(line) : fallback;
}

PocketsphinxRecognizer::PocketsphinxRecognizer(const CommandGrammar &grammar, PocketsphinxOptions options)
    : m_options(std::move(options))
{
    const QDir model(m_options.modelDir);
    const QString acoustic = model.filePath(QStringLiteral("en-us"));
    if (!QFileInfo(QDir(acoustic).filePath(QStringLiteral("mdef"))).isFile()) {
        m_problem = Error(ErrorCode::NotFound,
            NX_ERR("The speech model is not installed in %1 (Debian package pocketsphinx-en-us)"),
            { m_options.modelDir }, QStringLiteral("model"));
        return;
    }
    auto decoder = std::make_unique<Decoder>();
    const QString dictionaryPath = decoder->files.filePath(QStringLiteral("chalan.dic"));
    QFile dictionary(dictionaryPath);
    const auto [loopWords, loopGrammar] = phoneLoop();
    if (!decoder->files.isValid() || !dictionary.open(QIODevice::WriteOnly)
        || dictionary.write((PronunciationDictionary::write(grammar.words()) + loopWords).toUtf8()) < 0) {
        m_problem = Error(ErrorCode::Io, NX_ERR("Cannot write the speech dictionary: %1"), { dictionary.errorString() },
            QStringLiteral("dictionary"));
        return;
    }
    dictionary.close();
    const QByteArray acousticPath = acoustic.toUtf8();
    const QByteArray dictPath = dictionaryPath.toUtf8();
    cmd_ln_t *config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", acousticPath.constData(), "-dict",
        dictPath.constData(), "-logfn", "/dev/null", "-samprate", "16000",
        // Wider than the defaults: with the default beams a long command often loses every path to the grammar's end
        // (an English model scoring Spanish) and nothing at all is heard.
        "-beam", "1e-80", "-pbeam", "1e-80", "-wbeam", "1e-60", nullptr);
    decoder->ps = config ? ps_init(config) : nullptr;
    if (config)
        cmd_ln_free_r(config); // ps_init holds its own reference
    const QByteArray jsgf = grammar.jsgf().toUtf8();
    if (!decoder->ps || ps_set_jsgf_string(decoder->ps, kGrammarSearch, jsgf.constData()) < 0
        || ps_set_jsgf_string(decoder->ps, kPhoneSearch, loopGrammar.toUtf8().constData()) < 0) {
        m_problem = Error(ErrorCode::Internal, NX_ERR("The speech recognizer could not load its model from %1"),
            { m_options.modelDir }, QStringLiteral("model"));
        return;
    }
    decoder->aligner = std::make_unique<PhoneAligner>(wordNetwork(decoder->ps, kGrammarSearch));
    m_decoder = std::move(decoder);
}

PocketsphinxRecognizer::~PocketsphinxRecognizer() = default;

QString PocketsphinxRecognizer::problem() const
{
    return m_decoder ? QString() : m_problem.message();
}

QString PocketsphinxRecognizer::lastGrammarHypothesis() const
{
    QMutexLocker lock(&m_mutex);
    return m_decoder ? m_decoder->lastHypothesis : QString();
}

int PocketsphinxRecognizer::lastScore() const
{
    QMutexLocker lock(&m_mutex);
    return m_decoder ? m_decoder->lastScore : 0;
}

PocketsphinxRecognizer::Trace PocketsphinxRecognizer::lastTrace() const
{
    QMutexLocker lock(&m_mutex);
    return m_decoder ? m_decoder->trace : Trace {};
}

Result<Transcript> PocketsphinxRecognizer::recognize(const AudioClip &clip)
{
    QMutexLocker lock(&m_mutex);
    if (!m_decoder)
        return std::unexpected(m_problem);
    const AudioClip audio = PcmResampler::resample(clip, kRate);
    std::vector<int16> samples(size_t(audio.samples()));
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = qFromLittleEndian<qint16>(audio.pcm16.constData() + 2 * i);
    Transcript transcript;
    transcript.engine = name();
    m_decoder->lastHypothesis.clear();
    m_decoder->lastScore = 0;
    m_decoder->trace = {};
    if (samples.empty())
        return transcript;

    const std::vector<Segment> words = m_decoder->decode(kGrammarSearch, samples);
    const std::vector<Segment> phones = m_decoder->decode(kPhoneSearch, samples);
    // The phone loop's acoustic score up to each frame (a phone's score spread over its frames).
    const int frames = std::max(ps_get_n_frames(m_decoder->ps), words.empty() ? 0 : words.back().end + 1);
    std::vector<double> loop(size_t(frames) + 1, 0.0);
    for (const Segment &phone : phones) {
        const int length = phone.end - phone.start + 1;
        for (int f = std::max(0, phone.start); f <= phone.end && f < frames; ++f)
            loop[size_t(f) + 1] += double(phone.acoustic) / length;
    }
    for (size_t f = 1; f < loop.size(); ++f)
        loop[f] += loop[f - 1];

    QStringList heard;
    double margin = 0; // grammar words minus phone loop over the words' frames
    int wordFrames = 0;
    for (const Segment &word : words) {
        if (isFiller(word.word))
            continue;
        const int start = std::clamp(word.start, 0, frames);
        const int end = std::clamp(word.end + 1, start, frames);
        margin += word.acoustic - (loop[size_t(end)] - loop[size_t(start)]);
        wordFrames += end - start;
        heard.append(withoutAlternate(word.word));
    }
    const int score = int(margin / std::max(1, wordFrames));
    m_decoder->lastHypothesis = heard.join(QLatin1Char(' '));
    m_decoder->lastScore = score;
    // The second pass: the phones heard with no grammar, aligned to the grammar's commands.
    Trace &trace = m_decoder->trace;
    std::vector<int> phoneIds;
    for (const Segment &phone : phones) {
        if (phone.word.startsWith(u"ph_")) {
            trace.phones.append(phone.word.mid(3).toUpper());
            phoneIds.push_back(PhoneConfusions::id(trace.phones.back()));
        }
    }
    const PhoneAligner::Alignment aligned = m_decoder->aligner->align(phoneIds);
    trace.aligned = aligned.words.join(QLatin1Char(' '));
    trace.alignedDistance = aligned.distance();
    trace.grammar = m_decoder->lastHypothesis;
    trace.score = score;
    qCDebug(lcPocketsphinx).noquote() << "heard\t" << m_decoder->lastHypothesis << "\tscore\t" << score << "\taligned\t"
                                      << trace.aligned << "\tdistance\t" << trace.alignedDistance;
    const bool agreed = !heard.isEmpty() && trace.aligned == m_decoder->lastHypothesis;
    const bool trusted = m_options.minScore && score >= *m_options.minScore;
    if (heard.isEmpty() || !(agreed || trusted))
        return transcript; // nothing said, or not what the grammar can say: heard as nothing
    transcript.text = m_decoder->lastHypothesis;
    // Both reasons to take it, or one of them.
    transcript.confidence = agreed && trusted ? 1.0 : 0.75;
    return transcript;
}

} // namespace nexus
