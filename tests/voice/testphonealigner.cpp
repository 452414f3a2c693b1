// The second pass of offline command recognition without audio: phones aligned to a small word network by the
// learned edit costs pick the command whose phones they are, survive the confusions the en-us model makes, agree with
// the plain string distance on a single path, and an unreachable network gives no command.
#include "phonealigner.h"
#include "phoneconfusions.h"
#include "spanishphones.h"

#include <QTest>

using namespace nexus;

namespace {

std::vector<int> ids(const QStringList &phones)
{
    std::vector<int> out;
    for (const QString &phone : phones)
        out.push_back(PhoneConfusions::id(phone));
    return out;
}

std::vector<int> said(const QString &text)
{
    std::vector<int> out;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        const std::vector<int> phones = ids(SpanishPhones::pronounce(word).front());
        out.insert(out.end(), phones.begin(), phones.end());
    }
    return out;
}

// [ oye ] ( quita eso | agrega dos | agrega diez balatas ): states 0 → (oye) 1 → …, a null arc 0 → 1.
WordNetwork network()
{
    WordNetwork net;
    net.words = { QStringLiteral("oye"), QStringLiteral("quita"), QStringLiteral("eso"), QStringLiteral("agrega"),
        QStringLiteral("dos"), QStringLiteral("diez"), QStringLiteral("balatas") };
    for (const QString &word : std::as_const(net.words))
        net.phones.push_back(said(word));
    net.states = 6;
    net.start = 0;
    net.final = 5;
    net.arcs
        = { { 0, 1, 0 }, { 0, 1, -1 }, { 1, 2, 1 }, { 2, 5, 2 }, { 1, 3, 3 }, { 3, 5, 4 }, { 3, 4, 5 }, { 4, 5, 6 } };
    return net;
}

} // namespace

class TestPhoneAligner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneIdsAreTheModelsPhones()
    {
        QCOMPARE(PhoneConfusions::id(u"AA"), 0);
        QCOMPARE(PhoneConfusions::id(u"ZH"), PhoneConfusions::kPhoneCount - 1);
        QCOMPARE(PhoneConfusions::id(u"SIL"), -1);
        // Learned, not assumed: most phones Spanish is spelt in are heard as themselves more often than as anything
        // else, and the Spanish d between vowels (a fricative) is heard as the English DH, so that is cheap.
        for (const char *phone : { "AA", "IY", "UW", "CH", "G", "K", "M", "N", "P", "R", "S", "Y" }) {
            const int id = PhoneConfusions::id(QString::fromLatin1(phone));
            for (int other = 0; other < PhoneConfusions::kPhoneCount; ++other) {
                if (other != id)
                    QVERIFY2(PhoneConfusions::substitution(id, id) < PhoneConfusions::substitution(id, other),
                        qPrintable(QLatin1String(phone) + QLatin1Char('/')
                            + QLatin1String(PhoneConfusions::kPhones[size_t(other)])));
            }
        }
        const int d = PhoneConfusions::id(u"D");
        QVERIFY(PhoneConfusions::substitution(d, PhoneConfusions::id(u"DH")) < PhoneConfusions::substitution(d, d));
        QVERIFY(PhoneConfusions::deletion(d) > 0 && PhoneConfusions::insertion(d) > 0);
    }

    void exactPhonesPickTheirCommand()
    {
        const PhoneAligner aligner(network());
        QVERIFY(aligner.nodes() > 6);
        for (const QString &command : { QStringLiteral("quita eso"), QStringLiteral("agrega dos"),
                 QStringLiteral("agrega diez balatas"), QStringLiteral("oye agrega dos") }) {
            const PhoneAligner::Alignment best = aligner.align(said(command));
            QCOMPARE(best.words.join(QLatin1Char(' ')), command);
            QCOMPARE(best.expected, int(said(command).size()));
            QCOMPARE(best.heard, int(said(command).size()));
        }
    }

    // "agrega dos" as the en-us model hears espeak's Spanish: vowels drift, an extra phone, one missed.
    void confusedPhonesStillPickTheirCommand()
    {
        const PhoneAligner aligner(network());
        const std::vector<int> heard = ids(
            { QStringLiteral("AH"), QStringLiteral("G"), QStringLiteral("R"), QStringLiteral("EY"), QStringLiteral("G"),
                QStringLiteral("AH"), QStringLiteral("D"), QStringLiteral("OW"), QStringLiteral("Z") });
        const PhoneAligner::Alignment best = aligner.align(heard);
        QCOMPARE(best.words, QStringList({ QStringLiteral("agrega"), QStringLiteral("dos") }));
        QVERIFY(best.distance() > aligner.align(said(QStringLiteral("agrega dos"))).distance());
        // On a single path the network's cost is the plain distance to that path's phones.
        QVERIFY(qAbs(best.cost - PhoneAligner::distance(said(QStringLiteral("agrega dos")), heard)) < 1e-3);
        QVERIFY(PhoneAligner::distance(said(QStringLiteral("quita eso")), heard) > best.cost);
    }

    void unreachableNetworkGivesNoCommand()
    {
        WordNetwork broken = network();
        broken.final = 4; // after "agrega diez": taken out below, so nothing leads there
        broken.arcs.erase(broken.arcs.begin() + 6);
        const PhoneAligner::Alignment none = PhoneAligner(broken).align(said(QStringLiteral("agrega diez")));
        QVERIFY(none.words.isEmpty());
        QVERIFY(PhoneAligner(WordNetwork {}).align(said(QStringLiteral("eso"))).words.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhoneAligner)
#include "testphonealigner.moc"
