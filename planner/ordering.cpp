#include "planner/ordering.h"

#include <algorithm>
#include <map>
#include <queue>
#include <set>

#include "catalog/sql_name.h"
#include "planner/enum_values.h"

namespace pgfleet {
namespace {

using StatementIndex = size_t;  // a statement, by position

// Relations share one namespace per schema: an index, a table, a sequence, and the index of
// a primary key / unique / exclusion constraint cannot have the same name at the same time.
std::string relation_name(const Catalog& c, const ObjectKey& k) {
    switch (k.kind) {
        case ObjectKind::Table:
        case ObjectKind::Sequence:
        case ObjectKind::View:
        case ObjectKind::Index: return k.schema + "." + k.name;
        case ObjectKind::Constraint: {
            auto t = c.tables.find({k.schema, k.name});
            if (t == c.tables.end()) return "";
            const Constraint* con = t->second.find_constraint(k.sub);
            if (con && con->type != ConstraintType::Check && con->type != ConstraintType::ForeignKey)
                return k.schema + "." + k.sub;
            return "";
        }
        default: return "";
    }
}

class Graph {
public:
    explicit Graph(size_t n) : out_(n), in_degree_(n, 0) {}
    void edge(StatementIndex from, StatementIndex to) {
        if (from == to || !seen_.insert({from, to}).second) return;
        out_[from].push_back(to);
        ++in_degree_[to];
    }
    std::vector<std::vector<StatementIndex>> out_;
    std::vector<int> in_degree_;

private:
    std::set<std::pair<StatementIndex, StatementIndex>> seen_;
};

std::string describe_statement(const Statement& s) { return describe(s.object) + " (" + action_name(s.action) + ")"; }

[[noreturn]] void report_cycle(const PlanBuilder& plan, const Graph& g, const std::vector<bool>& done) {
    // Every statement left over waits on another left-over statement: walk those waits
    // backwards until one repeats; that loop is the cycle.
    std::vector<std::vector<StatementIndex>> waits_on(g.out_.size());
    for (StatementIndex from = 0; from < g.out_.size(); ++from)
        for (StatementIndex to : g.out_[from])
            if (!done[from] && !done[to]) waits_on[to].push_back(from);
    StatementIndex cur = 0;
    while (done[cur]) ++cur;
    std::vector<StatementIndex> path;
    std::map<StatementIndex, size_t> position;
    while (!position.count(cur)) {
        position[cur] = path.size();
        path.push_back(cur);
        cur = waits_on[cur].front();
    }
    std::vector<StatementIndex> loop(path.begin() + static_cast<long>(position[cur]), path.end());
    std::string text;
    for (auto it = loop.rbegin(); it != loop.rend(); ++it) text += describe_statement(plan.statements[*it]) + " -> ";
    text += describe_statement(plan.statements[loop.back()]);
    throw PlanCycleError("dependency cycle: " + text);
}

// Whether what `key` is built on includes `type`, directly or one step down (a default is
// built on its column, the column on its type).
bool built_on(const DependencyGraph& graph, const ObjectKey& key, const ObjectKey& type) {
    for (const auto& d : graph.dependencies_of(key)) {
        if (d == type) return true;
        const auto& below = graph.dependencies_of(d);
        if (std::find(below.begin(), below.end(), type) != below.end()) return true;
    }
    return false;
}

// An enum label the plan adds exists before a statement that names it on something of that
// type (a default, a CHECK): the label is a literal there, which no key shows.
void order_after_enum_additions(const PlanBuilder& plan, Graph& g) {
    const auto& st = plan.statements;
    std::vector<std::pair<StatementIndex, std::string>> adders;
    for (StatementIndex i = 0; i < st.size(); ++i)
        if (std::string label = added_enum_label(st[i]); !label.empty()) adders.emplace_back(i, label);
    if (adders.empty()) return;
    for (StatementIndex i = 0; i < st.size(); ++i) {
        if (!added_enum_label(st[i]).empty()) continue;
        for (const auto& [adder, label] : adders) {
            if (st[i].sql.find(label) == std::string::npos) continue;
            const ObjectKey& type = st[adder].object;
            bool uses = false;
            for (const auto* keys : {&st[i].creates, &st[i].modifies})
                for (const auto& k : *keys) uses = uses || built_on(plan.in.to_graph, k, type);
            if (uses) g.edge(adder, i);
        }
    }
}

}  // namespace

std::vector<Statement> order_statements(const PlanBuilder& plan) {
    const auto& st = plan.statements;
    const PlanInput& in = plan.in;
    Graph g(st.size());
    std::map<ObjectKey, std::vector<StatementIndex>> providers, removers, touchers;
    std::map<std::string, std::vector<StatementIndex>> freed_names;
    for (StatementIndex i = 0; i < st.size(); ++i) {
        for (const auto& k : st[i].creates) providers[k].push_back(i);
        // Changing an object in place does not provide it: it existed before.
        for (const auto& k : st[i].modifies) touchers[k].push_back(i);
        for (const auto& k : st[i].removes) {
            removers[k].push_back(i);
            touchers[k].push_back(i);
            std::string rel = relation_name(in.from, k);
            if (!rel.empty()) freed_names[rel].push_back(i);
        }
        // Dropping the renamed-aside old form of a rebuilt type finishes that object too: a
        // type it was built on can only go after it.
        for (const auto& k : st[i].releases) touchers[k].push_back(i);
    }
    for (StatementIndex i = 1; i < st.size(); ++i)
        if (plan.groups[i] == plan.groups[i - 1]) g.edge(i - 1, i);
    order_after_enum_additions(plan, g);
    // An extension is used in ways the model does not see (a GiST index on integer columns
    // takes btree_gist's default operator class): it goes after everything else that goes,
    // schemas aside.
    for (StatementIndex i = 0; i < st.size(); ++i) {
        if (st[i].object.kind != ObjectKind::Extension || !std::count(st[i].removes.begin(), st[i].removes.end(), st[i].object))
            continue;
        for (StatementIndex r = 0; r < st.size(); ++r)
            if (r != i && std::any_of(st[r].removes.begin(), st[r].removes.end(), [](const ObjectKey& k) {
                    return k.kind != ObjectKind::Schema && k.kind != ObjectKind::Extension;
                }))
                g.edge(r, i);
    }
    for (StatementIndex i = 0; i < st.size(); ++i) {
        const Statement& s = st[i];
        // What a statement creates or changes needs its dependencies in place first.
        std::vector<ObjectKey> needs = s.needs;
        for (const auto* keys : {&s.creates, &s.modifies})
            for (const auto& k : *keys) {
                const auto& deps = in.to_graph.dependencies_of(k);
                needs.insert(needs.end(), deps.begin(), deps.end());
            }
        for (const auto& k : needs) {
            auto it = providers.find(k);
            if (it == providers.end()) continue;
            // Within one change the statements keep their order: a later one providing the
            // same object (a rebuilt table's rows) is for what comes after.
            for (StatementIndex p : it->second)
                if (plan.groups[p] != plan.groups[i] || p < i) g.edge(p, i);
        }
        for (const auto& k : s.follows_removal_of) {
            auto it = removers.find(k);
            if (it != removers.end())
                for (StatementIndex r : it->second) g.edge(r, i);
        }
        for (const auto& k : s.follows_changes_of) {
            auto it = touchers.find(k);
            if (it != touchers.end())
                for (StatementIndex t : it->second)
                    if (t != i) g.edge(t, i);
        }
        // Before an object goes, whatever depends on it is changed or removed.
        std::vector<ObjectKey> going = s.removes;
        going.insert(going.end(), s.releases.begin(), s.releases.end());
        for (const auto& k : going)
            for (const auto& dep : in.from_graph.dependents_of(k)) {
                auto it = touchers.find(dep);
                if (it == touchers.end()) continue;
                // Two statements that each take a shared dependent along (an index or CHECK
                // on two dropped columns) need no order: the first one takes it.
                bool takes_it_too = std::count(s.removes.begin(), s.removes.end(), dep) > 0;
                for (StatementIndex t : it->second) {
                    // Later statements of the same change work on what it makes again (a
                    // rebuilt table's column settings).
                    if (plan.groups[t] == plan.groups[i] && t > i) continue;
                    if (!takes_it_too || !std::count(st[t].removes.begin(), st[t].removes.end(), dep)) g.edge(t, i);
                }
            }
        // A name is reused only after the old object holding it is gone.
        for (const auto& k : s.creates) {
            auto it = removers.find(k);
            if (it != removers.end())
                for (StatementIndex r : it->second) g.edge(r, i);
            std::string rel = relation_name(in.to, k);
            auto freed = freed_names.find(rel);
            if (!rel.empty() && freed != freed_names.end())
                for (StatementIndex r : freed->second) g.edge(r, i);
        }
    }

    // Steps that cannot share the plan's transaction (CONCURRENTLY, VALIDATE on its own) wait
    // until nothing transactional is ready, so the transactional steps stay together in as
    // few transactions as the dependencies allow: a failure then leaves less half done.
    using Key = std::tuple<bool, int, StatementIndex>;
    auto key = [&](StatementIndex n) { return Key{!st[n].transactional || st[n].own_transaction, static_cast<int>(st[n].phase), n}; };
    std::priority_queue<Key, std::vector<Key>, std::greater<Key>> ready;
    std::vector<int> degree = g.in_degree_;
    for (StatementIndex i = 0; i < st.size(); ++i)
        if (degree[i] == 0) ready.push(key(i));
    std::vector<Statement> out;
    std::vector<bool> done(st.size(), false);
    while (!ready.empty()) {
        StatementIndex i = std::get<2>(ready.top());
        ready.pop();
        done[i] = true;
        out.push_back(st[i]);
        for (StatementIndex n : g.out_[i])
            if (--degree[n] == 0) ready.push(key(n));
    }
    if (out.size() != st.size()) report_cycle(plan, g, done);
    return out;
}

}  // namespace pgfleet
