// Weighted edit distance against a word network: one dynamic-programming column per phone heard over the network's
// nodes (its states and one node between each two phones of a word arc), visited in topological order so a missed
// phone or a null arc is followed within the column. The words of the best path travel with it as a history list.
#include "phonealigner.h"

#include "phoneconfusions.h"

#include <algorithm>
#include <limits>

namespace nexus {

namespace {

constexpr float kUnreached = std::numeric_limits<float>::infinity();
// Paths further than this behind a column's best are dropped (about eight phones heard wrong): it keeps the pass to a
// few milliseconds without changing the best path on the development set.
constexpr float kBeam = 30.0f;

struct Cell
{
    float cost = kUnreached;
    int history = -1; // index into the history list: the words before
    int word = -1; // a word just finished here, not yet in the history list
};

struct History
{
    int previous = -1;
    int word = -1;
};

} // namespace

PhoneAligner::PhoneAligner(const WordNetwork &network)
    : m_words(network.words), m_nodeCount(network.states), m_start(network.start), m_final(network.final)
{
    std::vector<Edge> edges;
    for (const WordNetwork::Arc &arc : network.arcs) {
        if (arc.word < 0) {
            edges.push_back({ arc.from, arc.to, -1, -1 });
            continue;
        }
        const std::vector<int> &phones = network.phones.at(size_t(arc.word));
        if (phones.empty())
            continue; // silence and fillers: the phone loop's silences are dropped too
        int from = arc.from;
        for (size_t i = 0; i < phones.size(); ++i) {
            const bool last = i + 1 == phones.size();
            const int to = last ? arc.to : m_nodeCount++;
            edges.push_back({ from, to, phones[i], last ? arc.word : -1 });
            from = to;
        }
    }
    m_wordPhones.resize(size_t(m_words.size()));
    for (qsizetype w = 0; w < m_words.size(); ++w)
        m_wordPhones[size_t(w)] = int(network.phones.at(size_t(w)).size());
    // Topological ranks (Kahn); a cycle (not in a command grammar) leaves its nodes last, in any order.
    std::vector<int> indegree(size_t(m_nodeCount), 0);
    std::vector<std::vector<int>> out(static_cast<size_t>(m_nodeCount));
    for (size_t e = 0; e < edges.size(); ++e) {
        ++indegree[size_t(edges[e].to)];
        out[size_t(edges[e].from)].push_back(int(e));
    }
    std::vector<int> rank(size_t(m_nodeCount), m_nodeCount);
    std::vector<int> ready;
    for (int n = 0; n < m_nodeCount; ++n) {
        if (indegree[size_t(n)] == 0)
            ready.push_back(n);
    }
    int next = 0;
    while (!ready.empty()) {
        const int n = ready.back();
        ready.pop_back();
        rank[size_t(n)] = next++;
        for (const int e : out[size_t(n)]) {
            if (--indegree[size_t(edges[size_t(e)].to)] == 0)
                ready.push_back(edges[size_t(e)].to);
        }
    }
    std::stable_sort(edges.begin(), edges.end(),
        [&](const Edge &a, const Edge &b) { return rank[size_t(a.from)] < rank[size_t(b.from)]; });
    m_edges = std::move(edges);
}

PhoneAligner::Alignment PhoneAligner::align(const std::vector<int> &heard) const
{
    Alignment result;
    result.heard = int(heard.size());
    if (m_nodeCount == 0)
        return result;
    std::vector<History> history;
    std::vector<Cell> previous(static_cast<size_t>(m_nodeCount));
    std::vector<Cell> column(static_cast<size_t>(m_nodeCount));
    const auto settle = [&](Cell &cell) {
        if (cell.word >= 0) {
            history.push_back({ cell.history, cell.word });
            cell.history = int(history.size()) - 1;
            cell.word = -1;
        }
    };
    float limit = kUnreached; // the beam: the previous column's best + kBeam
    // Within a column: missed phones (deletions) and null arcs, in topological order.
    const auto within = [&](std::vector<Cell> &cells) {
        for (const Edge &edge : m_edges) {
            Cell &from = cells[size_t(edge.from)];
            if (from.cost > limit)
                continue;
            settle(from);
            const float cost = from.cost + (edge.phone < 0 ? 0.0f : PhoneConfusions::deletion(edge.phone));
            Cell &to = cells[size_t(edge.to)];
            if (cost < to.cost)
                to = Cell { cost, from.history, edge.word };
        }
        float best = kUnreached;
        for (Cell &cell : cells) {
            settle(cell);
            best = std::min(best, cell.cost);
        }
        limit = best + kBeam;
    };
    column[size_t(m_start)].cost = 0;
    within(column);
    for (const int phone : heard) {
        std::swap(previous, column);
        const float inserted = PhoneConfusions::insertion(phone);
        for (int n = 0; n < m_nodeCount; ++n) {
            const Cell &stay = previous[size_t(n)];
            column[size_t(n)] = stay.cost > limit ? Cell {} : Cell { stay.cost + inserted, stay.history, -1 };
        }
        for (const Edge &edge : m_edges) {
            if (edge.phone < 0)
                continue;
            const Cell &from = previous[size_t(edge.from)];
            if (from.cost > limit)
                continue;
            const float cost = from.cost + PhoneConfusions::substitution(edge.phone, phone);
            Cell &to = column[size_t(edge.to)];
            if (cost < to.cost)
                to = Cell { cost, from.history, edge.word };
        }
        within(column);
    }
    const Cell &end = column[size_t(m_final)];
    if (end.cost == kUnreached)
        return result;
    result.cost = end.cost;
    QStringList words;
    for (int h = end.history; h >= 0; h = history[size_t(h)].previous) {
        const int word = history[size_t(h)].word;
        words.prepend(m_words.at(word));
        result.expected += m_wordPhones[size_t(word)];
    }
    result.words = words;
    return result;
}

double PhoneAligner::distance(const std::vector<int> &expected, const std::vector<int> &heard)
{
    std::vector<double> row(heard.size() + 1, 0.0);
    for (size_t j = 1; j <= heard.size(); ++j)
        row[j] = row[j - 1] + PhoneConfusions::insertion(heard[j - 1]);
    for (const int want : expected) {
        double diagonal = row[0];
        row[0] += PhoneConfusions::deletion(want);
        for (size_t j = 1; j <= heard.size(); ++j) {
            const double above = row[j];
            row[j] = std::min(
                { above + PhoneConfusions::deletion(want), row[j - 1] + PhoneConfusions::insertion(heard[j - 1]),
                    diagonal + PhoneConfusions::substitution(want, heard[j - 1]) });
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace nexus
