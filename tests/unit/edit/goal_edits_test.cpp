#include <doctest/doctest.h>

#include "pop/edit/goal_edits.h"
#include "pop/i18n/messages.h"

using namespace pop;

namespace {

const Date kToday = *parse_date("2026-03-02").date;

// The keys of a mapping value, in order: "id title realistic(hours)".
std::string keys(const NewValue& value) {
    std::string out;
    for (const auto& [key, v] : value.fields) {
        out += (out.empty() ? "" : " ") + key;
        if (v.is_mapping) out += "(" + keys(v) + ")";
    }
    return out;
}

NewGoal complete_goal() {
    NewGoal g;
    g.id = "lezen";
    g.title = "Lezen";
    g.measurable = "De klas leest";
    g.start = "2026-01-05";
    g.end = "2026-06-30";
    return g;
}

}  // namespace

TEST_CASE("goal_fields: every goal field but steps and evidence, with realistic and agreed by their parts") {
    std::vector<std::string> names;
    for (const GoalField& f : goal_fields()) names.push_back(f.name);
    CHECK(std::find(names.begin(), names.end(), "title") != names.end());
    CHECK(std::find(names.begin(), names.end(), "realistic.hours") != names.end());
    CHECK(std::find(names.begin(), names.end(), "agreed.name") != names.end());
    CHECK(std::find(names.begin(), names.end(), "steps") == names.end());
    CHECK(std::find(names.begin(), names.end(), "evidence") == names.end());
    CHECK(std::find(names.begin(), names.end(), "realistic") == names.end());
}

TEST_CASE("find_goal_field takes the names users write, and suggests one for a typo") {
    CHECK(canonical_goal_field("Hours") == "realistic.hours");
    CHECK(canonical_goal_field("agreed-by") == "agreed.name");
    CHECK(canonical_goal_field("agreed_on") == "agreed.date");
    CHECK(canonical_goal_field("school-goals") == "school_goals");
    CHECK(canonical_goal_field("method") == "methods");
    auto hours = find_goal_field("hours");
    REQUIRE(std::holds_alternative<GoalField>(hours));
    CHECK(std::get<GoalField>(hours).path == std::vector<std::string>{"realistic", "hours"});
    auto typo = find_goal_field("titel");
    REQUIRE(std::holds_alternative<UsageProblem>(typo));
    CHECK(std::get<UsageProblem>(typo).key == "edit.unknown-field.suggest");
    CHECK(std::get<UsageProblem>(find_goal_field("xyzzy-plugh")).key == "edit.unknown-field");
}

TEST_CASE("find_goal_field suggests the field a Dutch word means, in both languages") {
    auto suggestion = [](const std::string& written) {
        auto found = find_goal_field(written);
        if (!std::holds_alternative<UsageProblem>(found)) return std::string("(a field)");
        for (const MessageArg& a : std::get<UsageProblem>(found).args)
            if (a.name == "suggestion") return a.value;
        return std::string("(none)");
    };
    CHECK(suggestion("uren") == "realistic.hours");
    CHECK(suggestion("Klokuren") == "realistic.hours");
    CHECK(suggestion("urenn") == "realistic.hours");
    CHECK(suggestion("toelichting") == "realistic.note");
    CHECK(suggestion("titel") == "title");
    CHECK(suggestion("werkvormen") == "methods");
    CHECK(suggestion("einddatum") == "end");
    CHECK(suggestion("privé") == "private");
    CHECK(suggestion("Meetbaar") == "measurable");
    CHECK(suggestion("schooldoelen") == "school_goals");
    CHECK(suggestion("datum") == "(none)");  // the date of an agreement is not meant by a bare "datum"
    CHECK(suggestion("budget") == "(a field)");
    CHECK(suggestion("xyzzy-plugh") == "(none)");

    UsageProblem p = std::get<UsageProblem>(find_goal_field("uren"));
    CHECK(p.key == "edit.unknown-field.suggest");
    std::string nl = render_message(p.key, Lang::Nl, p.args);
    CHECK(nl.starts_with("`uren` is geen veld van een doel; bedoel je `realistic.hours`? (velden: id, title, "));
    std::string en = render_message(p.key, Lang::En, p.args);
    CHECK(en.starts_with("`uren` is not a field of a goal; did you mean `realistic.hours`? (fields: id, title, "));
}

TEST_CASE("goal_field_edit adds a missing group with its one field, and an agreement with today's date") {
    GoalField name = std::get<GoalField>(find_goal_field("agreed-by"));
    ValueAt whole = goal_field_edit(name, 1, NewValue::text("Mila"), false, kToday);
    CHECK(whole.path == NodePath{std::string("goals"), std::size_t{1}, std::string("agreed")});
    CHECK(keys(whole.value) == "name date");
    CHECK(whole.value.fields[1].second.scalar == "2026-03-02");
    ValueAt one = goal_field_edit(name, 1, NewValue::text("Mila"), true, kToday);
    CHECK(one.path == NodePath{std::string("goals"), std::size_t{1}, std::string("agreed"), std::string("name")});
    CHECK(one.value.scalar == "Mila");
    GoalField title = std::get<GoalField>(find_goal_field("title"));
    CHECK(goal_field_edit(title, 0, NewValue::text("X"), false, kToday).path ==
          NodePath{std::string("goals"), std::size_t{0}, std::string("title")});
}

TEST_CASE("new_goal_problem: missing options, a bad or taken id, --agreed-on alone") {
    NewGoal g = complete_goal();
    CHECK_FALSE(new_goal_problem(g, {"rekenen"}, "t.pop.yaml"));
    CHECK(new_goal_problem(g, {"lezen"}, "t.pop.yaml")->key == "edit.goal-exists");
    NewGoal empty;
    auto missing = new_goal_problem(empty, {}, "t.pop.yaml");
    REQUIRE(missing);
    CHECK(missing->key == "edit.missing-options");
    CHECK(missing->args[0].value == list_arg(std::vector<std::string>{"--id", "--title"}));
    g.agreed_on = "2026-01-05";
    CHECK(new_goal_problem(g, {}, "t.pop.yaml")->args[0].value == "--agreed-by");
    g.id = "Lezen Nu";
    CHECK(new_goal_problem(g, {}, "t.pop.yaml")->key == "edit.bad-argument");
}

TEST_CASE("new_goal_value writes the fields in the format's order, each checked") {
    NewGoal g = complete_goal();
    g.hours = "010";
    g.agreed_by = "Mila";
    g.methods = {"coaching", "training"};
    g.is_private = true;
    auto value = new_goal_value(g, kToday);
    REQUIRE(std::holds_alternative<NewValue>(value));
    const NewValue& goal = std::get<NewValue>(value);
    CHECK(keys(goal) == "id title measurable agreed(name date) realistic(hours) start end methods private");
    CHECK(goal.fields[3].second.fields[1].second.scalar == "2026-03-02");
    CHECK(goal.fields[4].second.fields[0].second.scalar == "10");
    CHECK(goal.fields[7].second.items.size() == 2);

    g.start = "5-1-2026";
    g.status = "klaar";
    auto bad = new_goal_value(g, kToday);
    REQUIRE(std::holds_alternative<UsageProblem>(bad));
    CHECK(std::get<UsageProblem>(bad).args[0].value == "--start");  // the first problem
}

TEST_CASE("incomplete_goal_problem names what smarti.measurable and smarti.time-bound would report") {
    NewGoal g = complete_goal();
    CHECK_FALSE(incomplete_goal_problem(g));
    g.measurable.clear();
    g.end.clear();
    auto p = incomplete_goal_problem(g);
    REQUIRE(p);
    CHECK(p->key == "edit.goal-incomplete");
    CHECK(p->args[0].value == list_arg(std::vector<std::string>{"--measurable", "--end"}));
}
