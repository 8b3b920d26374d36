#include <doctest/doctest.h>

#include "pop/rules/reminders.h"
#include "pop/render/status.h"
#include "test_support.h"

using namespace pop;

namespace {

Pop parse(const std::string& yaml) {
    ReadResult r = read_yaml(yaml);
    REQUIRE_FALSE(r.fatal);
    return build_pop(r.doc);
}

const std::string kPop =
    "format_version: 1\n"
    "person: {id: jan, name: Jan}\n"
    "period: {start: 2025-08-01, end: 2027-01-10}\n"
    "goals:\n"
    "  - id: lezen\n    title: Lezen\n    status: active\n    start: 2025-09-01\n    end: 2026-12-31\n"
    "    steps:\n"
    "      - {what: Klaar, due: 2025-10-01, done: 2025-10-01}\n"
    "      - {what: Te laat, due: 2026-11-01}\n"
    "      - {what: Binnenkort, due: 2026-11-30, private: true}\n"
    "  - id: oud\n    title: Oud\n    status: achieved\n    start: 2025-09-01\n    end: 2026-01-31\n"
    "conversations:\n  - {kind: start, date: 2025-09-15}\n";

const Date kToday{2026, 11, 22};

}  // namespace

TEST_CASE("due_items lists open steps, goal ends, conversations, the period end; achieved goals drop out") {
    auto items = due_items(parse(kPop), policy_preset("vo"), kToday);
    std::string got;
    for (const DueItem& i : items)
        got += i.date.to_string() + (i.overdue ? "!" : "") + (i.is_private ? "p" : "") + " ";
    // conversation required 12 months after 2025-09-15; renewal (2029) lies after the period's end
    CHECK(got == "2026-09-15! 2026-11-01! 2026-11-30p 2026-12-31 2027-01-10 ");
}

TEST_CASE("reminders: most urgent first, each at its spot") {
    auto findings = check_reminders(parse(kPop), policy_preset("vo"), kToday);
    CHECK(pop::test::positions(findings) ==
          "5:5 reminder.goal-inactive, 20:3 reminder.conversation-due, 12:30 reminder.step-overdue, "
          "13:33 reminder.step-due, 3:34 reminder.period-ending");
}

TEST_CASE("a paused goal is not inactive") {
    std::string paused = kPop;
    paused.replace(paused.find("status: active"), 14, "status: paused");
    auto findings = check_reminders(parse(paused), policy_preset("vo"), kToday);
    CHECK(pop::test::positions(findings).find("goal-inactive") == std::string::npos);
}

TEST_CASE("build_status counts steps and picks the next step by due date") {
    StatusView view = build_status(parse(kPop), policy_preset("vo"), kToday);
    REQUIRE(view.goals.size() == 2);
    CHECK(view.goals[0].steps_done == 1);
    CHECK(view.goals[0].steps_total == 3);
    CHECK(view.goals[0].next_step == "Te laat");
    CHECK(*view.goals[0].days_left == 39);
    CHECK(*view.days_left == 49);
}

TEST_CASE("status: the last conversation held and the next planned, with their kinds") {
    std::string text = kPop;
    text += "  - {kind: progress, date: 2026-03-02}\n  - {kind: performance, date: 2027-01-05}\n";
    Policy policy;
    StatusView view = build_status(parse(text), policy, kToday);
    REQUIRE(view.last_conversation);
    CHECK(view.last_conversation->kind == "progress");
    CHECK(view.last_conversation->date == Date{2026, 3, 2});
    REQUIRE(view.next_conversation);
    CHECK(view.next_conversation->kind == "performance");
    std::string out = render_status_text(view, "jan.pop.yaml", Lang::En, false);
    CHECK(out.find("  last conversation: progress conversation on 2026-03-02\n") != std::string::npos);
    CHECK(out.find("  next conversation (planned): performance conversation on 2027-01-05\n") != std::string::npos);
    CHECK(render_status_json(view, "jan.pop.yaml", Lang::En, kToday)
              .find("\"next_conversation\": {\n    \"kind\": \"performance\",") != std::string::npos);
    // none held yet
    std::string none = kPop.substr(0, kPop.find("conversations:"));
    std::string nl = render_status_text(build_status(parse(none), policy, kToday), "jan.pop.yaml", Lang::Nl, false);
    CHECK(nl.find("  nog geen gesprek gevoerd\n") != std::string::npos);
}

TEST_CASE("status: an ended period comes first, and a goal without steps shows no empty bar") {
    Policy policy;
    StatusView view = build_status(parse(kPop), policy, Date{2027, 2, 1});
    REQUIRE_FALSE(view.reminders.empty());
    CHECK(view.reminders.front().rule.text() == "reminder.period-ended");
    CHECK(finding_hint(view.reminders.front(), Lang::En).find("pop renew") != std::string::npos);
    std::string out = render_status_text(view, "jan.pop.yaml", Lang::En, false);
    CHECK(out.find("(no steps)        oud  achieved") != std::string::npos);
    CHECK(out.find("0/0") == std::string::npos);
}
