// The names of GoalStatus and ConversationKind: words, parsing, catalog keys, and agreement with
// the spec's allowed values and the message catalog.
#include <doctest/doctest.h>

#include <string>

#include "pop/format/spec.h"
#include "pop/i18n/messages.h"
#include "pop/model/names.h"

using namespace pop;

namespace {

std::span<const Choice> choices_of(std::string_view list, std::string_view key) {
    const FieldSpec* f = find_field(spec_for(FileKind::Pop), list);
    REQUIRE(f);
    const FieldSpec* field = find_field(*f->type.object, key);
    REQUIRE(field);
    return field->type.choices;
}

}  // namespace

TEST_CASE("every goal status has a word that reads back, and a catalog key with a text") {
    CHECK(goal_status_word(GoalStatus::Achieved) == "achieved");
    CHECK(goal_status_key(GoalStatus::Paused) == "status.paused");
    for (GoalStatus s : kGoalStatuses) {
        CAPTURE(goal_status_word(s));
        CHECK(parse_goal_status(goal_status_word(s)) == s);
        CHECK(goal_status_key(s) == "status." + std::string(goal_status_word(s)));
        CHECK(message_template(goal_status_key(s), Lang::Nl));
    }
    CHECK_FALSE(parse_goal_status("behaald"));
    CHECK_FALSE(parse_goal_status("Achieved"));
    CHECK_FALSE(parse_goal_status(""));
}

TEST_CASE("every conversation kind has a word that reads back, and a catalog key with a text") {
    CHECK(conversation_kind_word(ConversationKind::Performance) == "performance");
    CHECK(conversation_kind_key(ConversationKind::Start) == "conversation.start");
    for (ConversationKind k : kConversationKinds) {
        CAPTURE(conversation_kind_word(k));
        CHECK(parse_conversation_kind(conversation_kind_word(k)) == k);
        CHECK(conversation_word(k) == conversation_kind_word(k));
        CHECK(conversation_kind_key(k) == "conversation." + std::string(conversation_kind_word(k)));
        CHECK(message_template(conversation_kind_key(k), Lang::En));
    }
    CHECK(conversation_word(std::nullopt) == "?");
    CHECK_FALSE(parse_conversation_kind("startgesprek"));
}

TEST_CASE("the names are the spec's allowed values, in the same order") {
    auto statuses = choices_of("goals", "status");
    REQUIRE(statuses.size() == std::size(kGoalStatuses));
    for (std::size_t i = 0; i < statuses.size(); ++i) CHECK(statuses[i].value == goal_status_word(kGoalStatuses[i]));
    auto kinds = choices_of("conversations", "kind");
    REQUIRE(kinds.size() == std::size(kConversationKinds));
    for (std::size_t i = 0; i < kinds.size(); ++i) CHECK(kinds[i].value == conversation_kind_word(kConversationKinds[i]));
}
