#include <doctest/doctest.h>

#include "pop/reports/pop_diff.h"

using namespace pop;

namespace {

Pop parse(const std::string& yaml) {
    ReadResult r = read_yaml(yaml);
    REQUIRE_FALSE(r.fatal);
    return build_pop(r.doc);
}

const std::string kBefore =
    "format_version: 1\n"
    "person: {id: jan, name: Jan}\n"
    "period: {start: 2025-08-01, end: 2027-07-31}\n"
    "sign_off:\n  employee: {name: Jan, date: 2025-09-01}\n"
    "goals:\n"
    "  - id: lezen\n    title: Lezen\n    status: active\n    measurable: 3 lessen\n"
    "    steps:\n      - {what: Methode kiezen, due: 2025-10-01}\n"
    "  - id: oud\n    title: Oud doel\n";

}  // namespace

TEST_CASE("diff_pops tells what changed in domain terms") {
    std::string after_yaml =
        "format_version: 1\n"
        "person: {id: jan, name: Jan}\n"
        "period: {start: 2025-08-01, end: 2027-07-31}\n"
        "sign_off:\n  employee: {name: Jan, date: 2025-09-01}\n  manager: {name: Els, date: 2025-09-03}\n"
        "goals:\n"
        "  - id: lezen\n    title: Lezen\n    status: achieved\n    measurable: 5 lessen\n"
        "    steps:\n      - {what: Methode kiezen, due: 2025-10-01, done: 2025-09-28}\n"
        "      - {what: Lesbezoek, due: 2025-11-01}\n"
        "    evidence:\n      - {date: 2025-10-02, what: Lesplan}\n"
        "  - id: nieuw\n    title: Nieuw doel\n    status: active\n"
        "conversations:\n  - {kind: progress, date: 2025-11-10}\n";
    auto changes = diff_pops(parse(kBefore), parse(after_yaml));
    std::string text = render_diff_text(changes, Lang::En, "jan.pop.yaml", "HEAD~1");
    CHECK(text ==
          "jan.pop.yaml: changes since HEAD~1\n"
          "  ✓ signed by Els on 2025-09-03\n"
          "  ~ goal `lezen`: status active → achieved\n"
          "  ~ goal `lezen`: changed measurable\n"
          "  ✓ step done for `lezen` on 2025-09-28: Methode kiezen\n"
          "  + step for `lezen`: Lesbezoek\n"
          "  + evidence for `lezen` (2025-10-02): Lesplan\n"
          "  + goal `nieuw` added: Nieuw doel\n"
          "  - goal `oud` removed: Oud doel\n"
          "  + conversation: progress conversation on 2025-11-10\n"
          "9 changes\n");
}

TEST_CASE("no changes, and a POP that did not exist before") {
    CHECK(diff_pops(parse(kBefore), parse(kBefore)).empty());
    auto all_new = diff_pops(Pop{}, parse(kBefore));
    REQUIRE(all_new.size() == 4);  // sign-off, two goals, one step
    CHECK(all_new[0].kind == ChangeKind::SignedOff);
    CHECK(all_new[1].kind == ChangeKind::GoalAdded);
    Pop now = parse(kBefore);
    std::string json = render_diff_json(all_new, "jan.pop.yaml", "2025-01-01", now.person);
    CHECK(json.find("\"kind\": \"goal-added\"") != std::string::npos);
    CHECK(json.find("\"person\": {\n    \"id\": \"jan\",\n    \"name\": \"Jan\"\n  }") != std::string::npos);
}

TEST_CASE("the Dutch rendering translates statuses and conversation kinds") {
    std::string after = kBefore;
    after.replace(after.find("status: active"), 14, "status: paused");
    auto text = render_diff_text(diff_pops(parse(kBefore), parse(after)), Lang::Nl, "jan.pop.yaml", "HEAD");
    CHECK(text == "jan.pop.yaml: veranderingen sinds HEAD\n  ~ doel `lezen`: status bezig → gepauzeerd\n1 verandering\n");
}

TEST_CASE("every sign-off change: signed again (another date or name) and removed") {
    std::string resigned = kBefore;
    resigned.replace(resigned.find("date: 2025-09-01}"), 17, "date: 2026-09-01}");
    auto changes = diff_pops(parse(kBefore), parse(resigned));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].kind == ChangeKind::SignedAgain);
    CHECK(render_diff_text(changes, Lang::En, "jan.pop.yaml", "HEAD") ==
          "jan.pop.yaml: changes since HEAD\n  ~ signed again by Jan on 2026-09-01 (was Jan, 2025-09-01)\n1 change\n");
    CHECK(render_diff_json(changes, "jan.pop.yaml", "HEAD", Person{}).find("\"kind\": \"signed-again\"") != std::string::npos);

    std::string unsigned_pop = kBefore;
    unsigned_pop.replace(unsigned_pop.find("sign_off:\n  employee: {name: Jan, date: 2025-09-01}\n"), 51, "");
    changes = diff_pops(parse(kBefore), parse(unsigned_pop));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].kind == ChangeKind::SignatureRemoved);
    CHECK(render_diff_text(changes, Lang::Nl, "jan.pop.yaml", "HEAD").find(
              "  - handtekening van Jan (2025-09-01) weggehaald\n") != std::string::npos);
}
