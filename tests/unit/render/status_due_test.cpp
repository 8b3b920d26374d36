// The renderers of `pop status` and `pop due`, each against a small value made by hand.
#include <doctest/doctest.h>

#include <string>

#include "pop/render/status.h"

using namespace pop;

namespace {

/// One person, two goals (one with steps, one achieved without), a conversation held and one planned.
StatusView small_status() {
    StatusView v;
    v.name = "Anouk Jansen";
    v.id = "a.jansen";
    v.start = Date{2026, 8, 1};
    v.end = Date{2027, 7, 31};
    v.days_left = 251;
    GoalView g;
    g.id = "klassenmanagement";
    g.title = "Rust in de klas";
    g.status = GoalStatus::Active;
    g.steps_done = 1;
    g.steps_total = 4;
    g.days_left = -3;
    g.next_step = "Lesbezoek plannen";
    g.next_step_due = Date{2026, 12, 1};
    g.latest_evidence = "Observatieverslag";
    g.latest_evidence_date = Date{2026, 11, 2};
    GoalView done;
    done.id = "ouders";
    done.title = "Ouders betrekken";
    done.status = GoalStatus::Achieved;
    done.days_left = -30;  // not shown: the goal is closed
    v.goals = {g, done};
    v.last_conversation = ConversationView{"start", Date{2026, 9, 15}};
    v.next_conversation = ConversationView{"progress", Date{2027, 1, 20}};
    return v;
}

DueLine due(Date date, DueKind kind, std::string goal, std::string text, std::string person, bool planned = true) {
    DueLine l;
    l.item.date = date;
    l.item.kind = kind;
    l.item.goal = std::move(goal);
    l.item.text = std::move(text);
    l.item.planned = planned;
    l.item.at = Mark{12, 5, 200};
    l.item.overdue = date < Date{2026, 11, 22};
    l.path = "pops/" + person + ".pop.yaml";
    l.person = std::move(person);
    return l;
}

}  // namespace

TEST_CASE("status text: heading, conversations, a bar per goal with steps, the next step and evidence") {
    CHECK(render_status_text(small_status(), "pops/a.jansen.pop.yaml", Lang::En, false) ==
          "Anouk Jansen (a.jansen), POP 2026-08-01 – 2027-07-31, 251 days left\n"
          "  last conversation: start conversation on 2026-09-15\n"
          "  next conversation (planned): progress conversation on 2027-01-20\n"
          "\n"
          "  [###-------] 1/4  klassenmanagement  active, ended 3 days ago\n"
          "      Rust in de klas\n"
          "      next step (by 2026-12-01): Lesbezoek plannen\n"
          "      latest evidence (2026-11-02): Observatieverslag\n"
          "  (no steps)        ouders  achieved\n"
          "      Ouders betrekken\n"
          "\n"
          "Nothing overdue or due soon.\n");
}

TEST_CASE("status text in Dutch, without conversations or a period") {
    StatusView v;
    v.name = "Jasmijn";
    v.id = "j.smit";
    std::string out = render_status_text(v, "j.pop.yaml", Lang::Nl, false);
    CHECK(out == "Jasmijn (j.smit), POP ?\n  nog geen gesprek gevoerd\n\n\nNiets is te laat of moet binnenkort af.\n");
}

TEST_CASE("status json: the pop-status document") {
    std::string out = render_status_json(small_status(), "pops/a.jansen.pop.yaml", Lang::En, Date{2026, 11, 22});
    CHECK(out.starts_with("{\n  \"format\": \"pop-status\",\n  \"version\": 1,\n  \"today\": \"2026-11-22\",\n"
                          "  \"path\": \"pops/a.jansen.pop.yaml\",\n"));
    CHECK(out.find("\"last_conversation\": {\n    \"kind\": \"start\",\n    \"date\": \"2026-09-15\"\n  }") !=
          std::string::npos);
    CHECK(out.find("\"status\": \"active\"") != std::string::npos);
    CHECK(out.find("\"status\": \"achieved\"") != std::string::npos);
    CHECK(out.find("\"days_left\": -3") != std::string::npos);
    CHECK(out.find("\"next_step\": {\n        \"what\": \"Lesbezoek plannen\",\n        \"due\": \"2026-12-01\"\n") !=
          std::string::npos);
    CHECK(out.find("\"reminders\": []") != std::string::npos);
    CHECK(out.ends_with("}\n"));
}

TEST_CASE("due text: a line per item with how far off it is, then the count and what privacy left out") {
    std::vector<DueLine> lines{
        due(Date{2026, 11, 20}, DueKind::Step, "klassenmanagement", "Lesbezoek plannen", "a.jansen"),
        due(Date{2026, 11, 22}, DueKind::Conversation, "", "progress", "j.smit"),
        due(Date{2026, 12, 2}, DueKind::Conversation, "", "", "m.elbaz", false),
        due(Date{2027, 7, 31}, DueKind::PeriodEnd, "", "", "a.jansen")};
    CHECK(render_due_text(lines, Date{2026, 11, 22}, Lang::En, 2) ==
          "2026-11-20  2 days overdue  a.jansen  step of `klassenmanagement`: Lesbezoek plannen\n"
          "2026-11-22  today           j.smit    progress conversation (planned)\n"
          "2026-12-02  in 10 days      m.elbaz   a conversation is required by the policy\n"
          "2027-07-31  in 251 days     a.jansen  end of the POP period\n"
          "4 items; 2 private items left out\n");
    CHECK(render_due_text({}, Date{2026, 11, 22}, Lang::Nl, 0) == "geen punten\n");
    // Aligned by display width: "Zoë" is three wide (four bytes); a width cuts the person, then the item.
    std::vector<DueLine> named{due(Date{2026, 11, 20}, DueKind::PeriodEnd, "", "", "Zoë"),
                               due(Date{2026, 11, 21}, DueKind::PeriodEnd, "", "", "Zoe Maria-Louise van den Heuvel")};
    CHECK(render_due_text(named, Date{2026, 11, 22}, Lang::En, 0) ==
          "2026-11-20  2 days overdue  Zoë                              end of the POP period\n"
          "2026-11-21  1 day overdue   Zoe Maria-Louise van den Heuvel  end of the POP period\n"
          "2 items\n");
    CHECK(render_due_text(named, Date{2026, 11, 22}, Lang::En, 0, DueOutputOptions{60, {}}) ==
          "2026-11-20  2 days overdue  Zoë         end of the POP peri…\n"
          "2026-11-21  1 day overdue   Zoe Maria…  end of the POP peri…\n"
          "2 items\n");
    CHECK(render_due_text(named, Date{2026, 11, 22}, Lang::En, 0, DueOutputOptions{0, {"x.pop.yaml"}})
              .starts_with("INCOMPLETE: left out because missing or unreadable: x.pop.yaml\n\n2026-11-20"));
    CHECK(render_due_text({lines[0]}, Date{2026, 11, 22}, Lang::Nl, 0).ends_with("\n1 punt\n"));
}

TEST_CASE("due json: the pop-due document") {
    std::vector<DueLine> lines{due(Date{2026, 11, 20}, DueKind::GoalEnd, "ouders", "Ouders betrekken", "a.jansen")};
    std::string out = render_due_json(lines, Date{2026, 11, 22}, 1);
    CHECK(out == "{\n  \"format\": \"pop-due\",\n  \"version\": 1,\n  \"today\": \"2026-11-22\",\n  \"items\": [\n"
                 "    {\n      \"date\": \"2026-11-20\",\n      \"kind\": \"goal-end\",\n      \"overdue\": true,\n"
                 "      \"planned\": true,\n      \"path\": \"pops/a.jansen.pop.yaml\",\n"
                 "      \"person\": \"a.jansen\",\n"
                 "      \"goal\": \"ouders\",\n      \"text\": \"Ouders betrekken\",\n      \"line\": 12\n    }\n  ],\n"
                 "  \"private_left_out\": 1\n}\n");
}
