// The second pass of the offline command recognizer: the phones a free phone loop heard, aligned to every command the
// grammar can say (its word network, each word spelt in the en-us phones) by a weighted edit distance whose costs are
// how the English acoustic model hears Spanish phones (PhoneConfusions). Where the first pass (pocketsphinx's Viterbi
// search over the grammar) commits to the words whose HMMs fit the frames best, this pass asks which command's phone
// string is nearest to the phones the model heard with no grammar at all: when both read the same command, it is
// taken; when they disagree, the utterance is not trusted.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nexus {

// A grammar as a word network (pocketsphinx's FSG): states, word arcs and null arcs.
struct WordNetwork
{
    struct Arc
    {
        int from = 0;
        int to = 0;
        int word = -1; // index in words; -1: a null transition
    };
    int states = 0;
    int start = 0;
    int final = 0;
    std::vector<Arc> arcs;
    QStringList words; // as written in the transcript ("dia", not "dia(2)")
    std::vector<std::vector<int>> phones; // per word, PhoneConfusions phone ids; empty: the word is skipped
};

class PhoneAligner final
{
public:
    explicit PhoneAligner(const WordNetwork &network);

    struct Alignment
    {
        QStringList words; // empty when the network cannot be reached
        double cost = 0; // the weighted edit distance
        int heard = 0; // phones heard
        int expected = 0; // phones of the aligned command
        // The cost per phone of the longer of the two strings: 0 is a perfect match, about 1 unrelated.
        [[nodiscard]] double distance() const { return cost / std::max(1, std::max(heard, expected)); }
    };

    // The command nearest to `heard` (PhoneConfusions ids). Fast: one column of the network per phone heard.
    [[nodiscard]] Alignment align(const std::vector<int> &heard) const;
    // The weighted edit distance between two phone strings (the same costs, for a given command's phones).
    [[nodiscard]] static double distance(const std::vector<int> &expected, const std::vector<int> &heard);

    [[nodiscard]] qsizetype nodes() const { return qsizetype(m_nodeCount); }

private:
    struct Edge
    {
        int from = 0;
        int to = 0;
        int phone = -1; // -1: a null transition (no phone)
        int word = -1; // the word this edge finishes (its last phone), else -1
    };
    std::vector<Edge> m_edges; // sorted by the topological rank of `from`
    QStringList m_words;
    std::vector<int> m_wordPhones; // phones per word
    int m_nodeCount = 0;
    int m_start = 0;
    int m_final = 0;
};

} // namespace nexus
