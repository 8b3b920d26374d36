#include <doctest/doctest.h>

#include "pop/check_file.h"
#include "pop/checklist.h"
#include "pop/rules.h"

using namespace pop;

namespace {

using S = std::string;

// A policy that switches on all three completeness settings.
Policy complete_policy() {
    Policy p;
    p.require_sign_off = true;
    p.require_current_goal = true;
    p.require_conversation = true;
    return p;
}

// The checklist of a POP text on 2026-11-22 under the complete policy, rendered.
S checklist_of(const S& text, std::string_view path = "e.demir.pop.yaml", Lang lang = Lang::En) {
    Policy policy = complete_policy();
    CheckContext ctx{Date{2026, 11, 22}, &policy};
    std::vector<Finding> findings = check_file(text, FileKind::Pop, ctx);
    return render_checklist(policy_checklist(text, findings, path, ctx.today), lang);
}

const S kNew =
    "format_version: 1\n"
    "person:\n"
    "  id: e.demir\n"
    "  name: Elif Demir\n"
    "  manager: Marieke de Groot\n"
    "period:\n"
    "  start: 2026-08-01\n"
    "  end: 2030-07-31\n";

}  // namespace

TEST_CASE("completeness, reminders and history describe the cycle; mistakes in the file do not") {
    CHECK(describes_the_cycle("complete.sign-off"));
    CHECK(describes_the_cycle("complete.goal"));
    CHECK(describes_the_cycle("complete.conversation"));
    CHECK(describes_the_cycle("reminder.period-ended"));
    CHECK(describes_the_cycle("history.stale"));
    CHECK_FALSE(describes_the_cycle("dates.order"));
    CHECK_FALSE(describes_the_cycle("structure.required"));
    CHECK_FALSE(describes_the_cycle("smarti.agreed"));
    CHECK_FALSE(describes_the_cycle("no.such-rule"));  // unknown ids block: mistakes show
}

TEST_CASE("a new POP under a complete policy: sign twice, a goal, the start conversation, each with its command") {
    CHECK(checklist_of(kNew) ==
          "Still to do for this POP:\n"
          "  - the employee signs: pop sign --pop e.demir.pop.yaml --employee 'Elif Demir'\n"
          "  - the manager signs: pop sign --pop e.demir.pop.yaml --manager 'Marieke de Groot'\n"
          "  - a goal that runs today (2026-11-22): pop goal add --pop e.demir.pop.yaml\n"
          "  - record the start conversation: pop talk add --pop e.demir.pop.yaml --kind start --date 2026-11-22\n");
}

TEST_CASE("the checklist in Dutch, a placeholder for an unknown manager, and a path the shell must quote") {
    S no_manager = kNew;
    no_manager.erase(no_manager.find("  manager: Marieke de Groot\n"), 28);
    S text = checklist_of(no_manager, "pops/mijn pop.pop.yaml", Lang::Nl);
    CHECK(text.starts_with("Nog te doen voor dit POP:\n"));
    CHECK(text.find("  - de leidinggevende ondertekent: pop sign --pop 'pops/mijn pop.pop.yaml' --manager NAAM\n") !=
          S::npos);
    CHECK(text.find("leg het startgesprek vast") != S::npos);
}

TEST_CASE("only what is missing: one signature, a conversation that is due rather than a start") {
    S text = kNew +
             "sign_off:\n  employee: {name: Elif Demir, date: 2026-08-20}\n"
             "goals:\n  - id: lezen\n    title: Lezen\n    start: 2026-09-01\n    end: 2027-07-10\n"
             "conversations:\n  - kind: start\n    date: 2025-09-01\n";
    S list = checklist_of(text);
    CHECK(list.find("--employee") == S::npos);
    CHECK(list.find("--manager 'Marieke de Groot'") != S::npos);
    CHECK(list.find("pop goal add") == S::npos);
    CHECK(list.find("hold a conversation and record it: pop talk add --pop e.demir.pop.yaml --kind progress") != S::npos);
}

TEST_CASE("a POP that gives the policy all it asks has no checklist") {
    S text = kNew +
             "sign_off:\n  employee: {name: Elif Demir, date: 2026-08-20}\n"
             "  manager: {name: Marieke de Groot, date: 2026-08-21}\n"
             "goals:\n  - id: lezen\n    title: Lezen\n    start: 2026-09-01\n    end: 2027-07-10\n"
             "conversations:\n  - kind: start\n    date: 2026-09-10\n";
    CHECK(checklist_of(text).empty());
}

TEST_CASE("shell words: safe ones as they are, the rest in single quotes the shell reads back") {
    CHECK(shell_word("a.jansen.pop.yaml") == "a.jansen.pop.yaml");
    CHECK(shell_word("pops/2026/x.pop.yaml") == "pops/2026/x.pop.yaml");
    CHECK(shell_word("Elif Demir") == "'Elif Demir'");
    CHECK(shell_word("O'Neill") == "'O'\\''Neill'");
    CHECK(shell_word("") == "''");
    CHECK(shell_word("$HOME") == "'$HOME'");
}
