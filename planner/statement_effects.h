#pragma once
// What one planned statement does to a live database, read from its parse tree the way
// PostgreSQL would execute it: the locks it takes and the hazards it may carry.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "planner/hazard.h"
#include "pgast/node.h"

namespace pgfleet {

// PostgreSQL's table lock modes, weakest first.
enum class LockMode { None, AccessShare, RowShare, RowExclusive, ShareUpdateExclusive, Share, ShareRowExclusive,
                      Exclusive, AccessExclusive };

const char* lock_mode_name(LockMode mode);

struct RelationLock {
    QualifiedName relation;
    LockMode mode = LockMode::None;
    // True when the lock is held while the statement works through the table (scan,
    // rewrite, index build), not only for a catalog update.
    bool long_held = false;
};

// A hazard that applies only when `relation` already holds data (not created by this plan);
// an empty relation name means it always applies.
struct HazardCandidate {
    Hazard hazard;
    QualifiedName relation;
};

struct StatementEffects {
    std::vector<RelationLock> locks;
    std::vector<HazardCandidate> hazards;
};

// What the walk over a plan has learned so far.
struct EffectContext {
    const Catalog& from;
    const Catalog& to;
    // Relations created by earlier statements of the plan (empty when they are first used).
    std::set<QualifiedName> fresh;
    // NOT VALID checks "col IS NOT NULL" added by the plan: (table, constraint) -> column.
    std::map<std::pair<QualifiedName, std::string>, std::string> not_null_checks;
    // Columns a validated check proves NOT NULL, so SET NOT NULL needs no scan.
    std::set<std::pair<QualifiedName, std::string>> proven_not_null;

    // Tables whose rows a rebuild copied to a temporary table, with the columns copied.
    std::map<QualifiedName, std::set<std::string>> rows_copied;

    bool holds_data(const QualifiedName& relation) const;
};

// The effects of one statement; updates the context for the statements after it.
StatementEffects statement_effects(const pgast::Node& statement, EffectContext& context);

// ALTER TABLE, the statement with the most varied effects.
void alter_table_effects(const pgast::Node& body, EffectContext& context, StatementEffects& out);

// ALTER DOMAIN: checks of stored values.
void alter_domain_effects(const pgast::Node& body, EffectContext& context, StatementEffects& out);

// Shared helpers of the effect readers.
QualifiedName range_var_name(const pgast::Node& range_var);
void add_lock(StatementEffects& out, const QualifiedName& relation, LockMode mode, bool long_held = false);
void add_hazard(StatementEffects& out, const char* name, const std::string& detail, const QualifiedName& relation = {});

}  // namespace pgfleet
