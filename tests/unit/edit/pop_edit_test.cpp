#include <doctest/doctest.h>

#include "pop/edit/pop_edit.h"

using namespace pop;

namespace {

const char* kPop = "person:\n  id: t.test\ngoals:\n  - id: lezen\n    title: Lezen\n  - title: Zonder id\n";

}  // namespace

TEST_CASE("find_node, scalar_at and goal_ids walk the tree") {
    ReadResult read = read_yaml(kPop);
    REQUIRE_FALSE(read.fatal);
    CHECK(scalar_at(read.doc, {std::string("person"), std::string("id")}) == "t.test");
    CHECK(find_node(read.doc, {std::string("goals"), std::size_t{2}}) == nullptr);
    CHECK(find_node(read.doc, {std::string("person"), std::size_t{0}}) == nullptr);
    CHECK(scalar_at(read.doc, {std::string("goals")}).empty());
    CHECK(goal_ids(read.doc) == std::vector<std::string>{"lezen", ""});
}

TEST_CASE("find_goal by id or number, else a problem that suggests an id") {
    std::vector<std::string> ids{"lezen", "rekenen"};
    CHECK(std::get<std::size_t>(find_goal(ids, "rekenen", "p")) == 1);
    CHECK(std::get<std::size_t>(find_goal(ids, "1", "p")) == 0);
    UsageProblem typo = std::get<UsageProblem>(find_goal(ids, "lezn", "p"));
    CHECK(typo.key == "edit.no-goal.suggest");
    CHECK(typo.args[2].value == "lezen, rekenen");
    CHECK(std::get<UsageProblem>(find_goal(ids, "3", "p")).key == "edit.no-goal");
    CHECK(std::get<UsageProblem>(find_goal({}, "lezen", "p")).key == "edit.no-goals");
}

TEST_CASE("PopEdit applies edits one after the other on the result of the last") {
    CHECK_FALSE(PopEdit::start("- a list\n"));
    CHECK_FALSE(PopEdit::start("key: [unclosed\n"));
    auto edit = PopEdit::start(kPop);
    REQUIRE(edit);
    CHECK_FALSE(edit->changed());
    CHECK_FALSE(edit->set({std::string("goals"), std::size_t{0}, std::string("title")}, NewValue::text("Lezen 2")));
    CHECK_FALSE(edit->append({std::string("goals"), std::size_t{0}, std::string("steps")},
                             NewValue::mapping({{"what", NewValue::text("Boek kiezen")}})));
    CHECK(edit->scalar({std::string("goals"), std::size_t{0}, std::string("steps"), std::size_t{0},
                        std::string("what")}) == "Boek kiezen");
    CHECK_FALSE(edit->remove({std::string("goals"), std::size_t{1}}));
    CHECK(edit->changed());
    CHECK(edit->original() == kPop);
    CHECK(edit->bytes() ==
          "person:\n  id: t.test\ngoals:\n  - id: lezen\n    title: Lezen 2\n    steps:\n      - what: Boek kiezen\n");
    auto error = edit->set({std::string("goals"), std::size_t{5}, std::string("title")}, NewValue::text("x"));
    REQUIRE(error);
    CHECK_FALSE(error->message_key.empty());
}
