#include <doctest/doctest.h>

#include "pop/edit/cycle_edits.h"

using namespace pop;

namespace {

const Date kOn = *parse_date("2026-03-02").date;

YamlDocument tree(const char* yaml) {
    ReadResult read = read_yaml(yaml);
    REQUIRE_FALSE(read.fatal);
    return std::move(read.doc);
}

}  // namespace

TEST_CASE("sign_off_edits: the whole sign_off, one signature, or its two values") {
    SignOffEdits none = sign_off_edits(tree("person: {id: a}\n"), "employee", "Tess", kOn);
    REQUIRE(none.sets.size() == 1);
    CHECK(none.sets[0].path == NodePath{std::string("sign_off")});
    CHECK(none.sets[0].value.fields[0].first == "employee");
    CHECK(none.replaced.empty());

    SignOffEdits other = sign_off_edits(tree("sign_off:\n  manager: {name: M, date: 2026-01-01}\n"), "employee",
                                        "Tess", kOn);
    REQUIRE(other.sets.size() == 1);
    CHECK(other.sets[0].path == NodePath{std::string("sign_off"), std::string("employee")});

    SignOffEdits again = sign_off_edits(tree("sign_off:\n  employee: {name: Tess, date: 2025-09-01}\n"),
                                        "employee", "Tess", kOn);
    REQUIRE(again.sets.size() == 2);
    CHECK(again.sets[1].value.scalar == "2026-03-02");
    CHECK(again.replaced == "Tess, 2025-09-01");
    SignOffEdits same = sign_off_edits(tree("sign_off:\n  employee: {name: Tess, date: 2026-03-02}\n"),
                                       "employee", "Tess", kOn);
    CHECK(same.replaced.empty());
    CHECK(sign_off_edits(tree("sign_off:\n"), "manager", "M", kOn).sets[0].path == NodePath{std::string("sign_off")});
}

TEST_CASE("new_conversation checks kind and date and keeps the list in date order") {
    YamlDocument doc = tree(
        "conversations:\n  - {kind: start, date: 2026-01-10}\n  - {kind: progress, date: 2026-05-01}\n");
    NewConversation talk{"progress", "2026-03-01", "Mila", "", "", true};
    auto made = new_conversation(doc, talk);
    REQUIRE(std::holds_alternative<ConversationInsert>(made));
    const ConversationInsert& c = std::get<ConversationInsert>(made);
    CHECK(c.index == 1);
    CHECK(c.date.to_string() == "2026-03-01");
    REQUIRE(c.value.fields.size() == 4);
    CHECK(c.value.fields[2].first == "with");
    CHECK(c.value.fields[3].first == "private");
    talk.kind = "voortgang";
    CHECK(std::get<UsageProblem>(new_conversation(doc, talk)).detail_key.starts_with("structure.enum"));
    talk.kind = "progress";
    talk.date = "1-3-2026";
    CHECK(std::get<UsageProblem>(new_conversation(doc, talk)).detail_key == "dates.format.suggest");
}

TEST_CASE("evidence: a new item, and the item a number names") {
    NewValue item = new_evidence_value(kOn, "Filmpje", "", "bewijs/les.mp4", false);
    REQUIRE(item.fields.size() == 3);
    CHECK(item.fields[2].first == "file");
    YamlDocument doc = tree("goals:\n  - id: lezen\n    evidence:\n      - {date: 2026-01-02, what: Foto}\n"
                            "      - {date: 2026-02-03, what: Film}\n  - id: rekenen\n");
    CHECK(std::get<std::size_t>(find_evidence(doc, 0, "lezen", "2")) == 1);
    UsageProblem bad = std::get<UsageProblem>(find_evidence(doc, 0, "lezen", "3"));
    CHECK(bad.key == "edit.evidence-number");
    CHECK(bad.args[2].value == "1: 2026-01-02 Foto; 2: 2026-02-03 Film");
    CHECK(std::get<UsageProblem>(find_evidence(doc, 1, "rekenen", "1")).key == "edit.no-evidence");
}
