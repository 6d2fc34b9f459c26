#include "planner/type_swap.h"

#include "catalog/dependencies.h"
#include "catalog/sql_name.h"
#include "planner/ddl.h"

namespace pgfleet {
namespace {

const std::string kAside = "__pgfleet_old";

struct MovingColumn {
    QualifiedName table;
    const Column* before;
    const Column* after;
};

// Columns present on both sides that keep storing the type (or its companion).
std::vector<MovingColumn> moving_columns(const Change& c, const TypeSwap& swap, const PlanInput& in) {
    QualifiedName type{c.key.schema, c.key.name};
    std::vector<MovingColumn> out;
    for (const auto& [tname, table] : in.to.tables) {
        auto old_table = in.from.tables.find(tname);
        // A table the plan builds again is created with the new type.
        if (old_table == in.from.tables.end() || in.online.rebuilt(tname)) continue;
        for (const auto& col : table.columns) {
            const Column* old_col = old_table->second.find_column(col.name);
            auto stored = referenced_type(col.type);
            if (!old_col || !stored || old_col->type != col.type) continue;
            if (*stored == type || (!swap.companion.name.empty() && *stored == swap.companion))
                out.push_back({tname, old_col, &col});
        }
    }
    return out;
}

class SwapSteps {
public:
    SwapSteps(const Change& c, PlanBuilder& plan) : c_(c), plan_(plan) {}

    Statement step(const std::string& sql, const ObjectKey& object) {
        return {.sql = sql, .object = object, .action = ChangeAction::Alter, .phase = Phase::Alter};
    }

    std::string alter_column(const MovingColumn& m) {
        return ddl::alter_relation(plan_.in.to, m.table) + " ALTER COLUMN " + sql_ident(m.after->name);
    }

    void drop_default(const MovingColumn& m) {
        if (!m.before->default_value) return;
        Statement s = step(alter_column(m) + " DROP DEFAULT", column_key(m.table, m.after->name));
        s.removes = {default_key(m.table, m.after->name)};
        plan_.add(std::move(s));
    }

    // Parking takes a column out of its old form (removes), its return brings the new form
    // (creates): dropping the old type then waits for the parking alone. A column moved in
    // one step is changed in place (modifies).
    enum class Role { Park, Return, Move };

    void retype(const MovingColumn& m, const std::string& type, const std::string& conversion, Role role) {
        ObjectKey ck = column_key(m.table, m.after->name);
        Statement s = step(alter_column(m) + " TYPE " + type + " USING " + conversion, ck);
        if (role == Role::Park) s.removes = {ck};
        else if (role == Role::Return) s.creates = {ck};
        else s.modifies = {ck};
        if (role != Role::Park) s.needs = {c_.key};
        plan_.add(std::move(s));
    }

    void restore_default(const MovingColumn& m) {
        if (!m.after->default_value) return;
        Statement s = step(alter_column(m) + " SET DEFAULT " + m.after->default_value->sql, column_key(m.table, m.after->name));
        s.creates = {default_key(m.table, m.after->name)};
        plan_.add(std::move(s));
    }

    void add(Statement s) { plan_.add(std::move(s)); }

private:
    const Change& c_;
    PlanBuilder& plan_;
};

}  // namespace

std::string convert_through_text(const std::string& column_sql, const std::string& new_type) {
    return column_sql + "::text::" + new_type;
}

void plan_type_swap(const Change& c, const TypeSwap& swap, PlanBuilder& plan) {
    QualifiedName type{c.key.schema, c.key.name};
    std::string old_reference = ddl::object_reference(plan.in.from, c.key);
    std::string kind_word = old_reference.substr(0, old_reference.find(' '));
    std::vector<MovingColumn> columns = moving_columns(c, swap, plan.in);
    SwapSteps steps(c, plan);
    if (swap.park_columns_as_text) {
        for (const auto& m : columns) {
            steps.drop_default(m);
            steps.retype(m, "text", sql_ident(m.after->name) + "::text", SwapSteps::Role::Park);
        }
        Statement drop = steps.step("DROP " + old_reference, c.key);
        drop.removes = {c.key};
        steps.add(std::move(drop));
    } else {
        Statement rename = steps.step("ALTER " + old_reference + " RENAME TO " + sql_ident(type.name + kAside), c.key);
        rename.modifies = {c.key};
        steps.add(std::move(rename));
    }
    plan_creation(c.key, swap.create, plan);
    for (const auto& m : columns) {
        if (!swap.park_columns_as_text) steps.drop_default(m);
        std::string conversion = swap.park_columns_as_text ? sql_ident(m.after->name) + "::" + m.after->type
                                                           : swap.convert(sql_ident(m.after->name), m.after->type);
        steps.retype(m, m.after->type, conversion,
                     swap.park_columns_as_text ? SwapSteps::Role::Return : SwapSteps::Role::Move);
        steps.restore_default(m);
    }
    if (swap.park_columns_as_text) return;
    Statement drop = steps.step("DROP " + kind_word + " " + ddl::name({type.schema, type.name + kAside}), c.key);
    drop.releases = {c.key};
    steps.add(std::move(drop));
}

}  // namespace pgfleet
