#include <doctest/doctest.h>

#include "pop/edit/step_edits.h"
#include "pop/i18n/messages.h"

using namespace pop;

namespace {

const char* kPop = R"(goals:
  - id: lezen
    steps:
      - id: video
        what: Eerste les op video opnemen en met de coach bekijken
        done: 2026-01-10
      - what: Lesbezoek 3 bij een collega
      - what: Lesbezoek bij de sectie
  - id: rekenen
)";

std::vector<StepInfo> steps() {
    ReadResult read = read_yaml(kPop);
    REQUIRE_FALSE(read.fatal);
    return steps_of(read.doc, 0);
}

}  // namespace

TEST_CASE("steps_of reads id, what and done of each step") {
    std::vector<StepInfo> s = steps();
    REQUIRE(s.size() == 3);
    CHECK(s[0].id == "video");
    CHECK(s[0].done == "2026-01-10");
    CHECK(s[1].what == "Lesbezoek 3 bij een collega");
    CHECK(s[1].id.empty());
    ReadResult read = read_yaml(kPop);
    CHECK(steps_of(read.doc, 1).empty());
    CHECK(steps_of(read.doc, 7).empty());
}

TEST_CASE("step_list numbers the steps and cuts long texts") {
    CHECK(step_list(steps(), {0, 2}) ==
          "1 (video): Eerste les op video opnemen en met de co...; 3: Lesbezoek bij de sectie");
}

TEST_CASE("find_step by id, by number (never by text), or by a unique part of the text") {
    std::vector<StepInfo> s = steps();
    CHECK(std::get<std::size_t>(find_step(s, "lezen", "video")) == 0);
    CHECK(std::get<std::size_t>(find_step(s, "lezen", "2")) == 1);
    CHECK(std::get<std::size_t>(find_step(s, "lezen", "003")) == 2);
    CHECK(std::get<UsageProblem>(find_step(s, "lezen", "4")).key == "edit.step-number");
    CHECK(std::get<std::size_t>(find_step(s, "lezen", "SECTIE")) == 2);
    UsageProblem two = std::get<UsageProblem>(find_step(s, "lezen", "lesbezoek"));
    CHECK(two.key == "edit.ambiguous-step");
    CHECK(two.args[1].value == "2");
    CHECK(std::get<UsageProblem>(find_step(s, "lezen", "vidoe")).key == "edit.no-step.suggest");
    CHECK(std::get<UsageProblem>(find_step({}, "lezen", "1")).key == "edit.no-steps");
}

TEST_CASE("find_step_field suggests the field a Dutch word or a typo means, in both languages") {
    auto suggestion = [](const std::string& written) {
        auto found = find_step_field(written);
        if (!std::holds_alternative<UsageProblem>(found)) return std::string("(a field)");
        for (const MessageArg& a : std::get<UsageProblem>(found).args)
            if (a.name == "suggestion") return a.value;
        return std::string("(none)");
    };
    CHECK(suggestion("deadline") == "due");
    CHECK(suggestion("uiterlijk") == "due");
    CHECK(suggestion("afgerond") == "done");
    CHECK(suggestion("Gedaan op") == "done");
    CHECK(suggestion("wat") == "what");
    CHECK(suggestion("prive") == "private");
    CHECK(suggestion("dun") == "due");     // an English typo
    CHECK(suggestion("wanneer") == "(none)");
    CHECK(suggestion("what") == "(a field)");

    UsageProblem p = std::get<UsageProblem>(find_step_field("deadline"));
    CHECK(p.key == "edit.step.unknown-field.suggest");
    CHECK(render_message(p.key, Lang::Nl, p.args) ==
          "`deadline` is geen veld van een stap; bedoel je `due`? (velden: id, what, due, done, private)");
    CHECK(render_message(p.key, Lang::En, p.args) ==
          "`deadline` is not a field of a step; did you mean `due`? (fields: id, what, due, done, private)");
    UsageProblem none = std::get<UsageProblem>(find_step_field("wanneer"));
    CHECK(render_message(none.key, Lang::Nl, none.args) == "`wanneer` is geen veld van een stap; velden: id, what, due, done, private");
}

TEST_CASE("step fields and a new step") {
    CHECK(canonical_step_field("Due") == "due");
    REQUIRE(step_field("due"));
    CHECK(step_field("what")->required);
    CHECK(step_field("hours") == nullptr);
    REQUIRE(std::holds_alternative<const FieldSpec*>(find_step_field("Due")));
    CHECK(std::get<const FieldSpec*>(find_step_field("Due"))->key == "due");
    CHECK(step_id_taken(steps(), "lezen", "video")->key == "edit.step-exists");
    CHECK_FALSE(step_id_taken(steps(), "lezen", "audio"));

    NewStep step{"Coach vragen", "2026-02-01", "coach", true};
    auto value = new_step_value(step, steps(), "lezen");
    REQUIRE(std::holds_alternative<NewValue>(value));
    const NewValue& v = std::get<NewValue>(value);
    REQUIRE(v.fields.size() == 4);
    CHECK(v.fields[0].first == "id");
    CHECK(v.fields[2].second.scalar == "2026-02-01");
    CHECK(v.fields[3].second.scalar == "true");
    step.id = "video";
    CHECK(std::get<UsageProblem>(new_step_value(step, steps(), "lezen")).key == "edit.step-exists");
    step.id.clear();
    step.due = "morgen";
    CHECK(std::get<UsageProblem>(new_step_value(step, steps(), "lezen")).key == "edit.bad-argument");
}
