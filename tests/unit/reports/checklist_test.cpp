#include <doctest/doctest.h>

#include <set>

#include "pop/workspace/check_file.h"
#include "pop/reports/checklist.h"
#include "pop/rules/rules.h"

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
    CHECK(describes_the_cycle(rule::complete_sign_off));
    CHECK(describes_the_cycle(rule::complete_goal));
    CHECK(describes_the_cycle(rule::complete_conversation));
    CHECK(describes_the_cycle(rule::reminder_period_ended));
    CHECK(describes_the_cycle(rule::history_stale));
    CHECK(describes_the_cycle(rule::roster_missing_pop));
    CHECK_FALSE(describes_the_cycle(rule::dates_order));
    CHECK_FALSE(describes_the_cycle(rule::structure_required));
    CHECK_FALSE(describes_the_cycle(rule::smarti_agreed));
    CHECK_FALSE(describes_the_cycle(rule::input_leftover_temp));
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

namespace {

// The warnings of a POP text on 2026-11-22 under the default policy.
std::vector<Finding> warnings_of(const S& text) {
    Policy policy;
    CheckContext ctx{Date{2026, 11, 22}, &policy};
    std::vector<Finding> out;
    for (Finding& f : check_file(text, FileKind::Pop, ctx))
        if (severity_of(f.rule) == Severity::Warning) out.push_back(std::move(f));
    return out;
}

const Finding* find_message(const std::vector<Finding>& findings, std::string_view message) {
    for (const Finding& f : findings)
        if (f.message == message) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("command hints: the pop command that fixes a warning, with the goal and the POP filled in") {
    S text = kNew +
             "goals:\n  - id: lezen\n    title: Lezen\n    measurable: 3 boeken\n    start: 2026-09-01\n"
             "    end: 2027-07-10\n    steps:\n      - what: Boek kiezen\n        due: 2027-08-15\n";
    std::vector<Finding> warnings = warnings_of(text);
    const Finding* hours = find_message(warnings, "smarti.realistic.hours");
    REQUIRE(hours);
    CHECK(command_hint(*hours, "e.demir.pop.yaml", Lang::En) ==
          "estimate the clock hours the goal needs, e.g. `pop goal set --pop e.demir.pop.yaml lezen hours 20`");
    CHECK(command_hint(*hours, "pops/mijn pop.pop.yaml", Lang::Nl) ==
          "schat hoeveel klokuren het doel kost, bijv. `pop goal set --pop 'pops/mijn pop.pop.yaml' lezen hours 20`");
    // pop check keeps the hint that says what to write in the file.
    CHECK(finding_hint(*hours, Lang::En) == "estimate the clock hours the goal needs, e.g. `realistic: {hours: 20}`");
    // A step due after the goal's end: move the end (before the start: the start).
    const Finding* step = find_message(warnings, "dates.step-in-goal.due");
    REQUIRE(step);
    CHECK(command_hint(*step, "e.demir.pop.yaml", Lang::En).starts_with(
        "let the goal include 2027-08-15: `pop goal set --pop e.demir.pop.yaml lezen end 2027-08-15`"));
    S early = text;
    early.replace(early.find("due: 2027-08-15"), 15, "due: 2026-08-15");
    std::vector<Finding> early_warnings = warnings_of(early);
    const Finding* early_step = find_message(early_warnings, "dates.step-in-goal.due");
    REQUIRE(early_step);
    CHECK(command_hint(*early_step, "e.demir.pop.yaml", Lang::En).find("lezen start 2026-08-15`") != S::npos);
    // No goal in the message: the command names it as a placeholder; the POP has no goals: pop goal add.
    std::vector<Finding> no_goals = warnings_of(kNew + "goals: []\n");
    const Finding* none = find_message(no_goals, "structure.no-goals");
    REQUIRE(none);
    CHECK(command_hint(*none, "e.demir.pop.yaml", Lang::En).find("`pop goal add --pop e.demir.pop.yaml`") != S::npos);
}

TEST_CASE("command hints fall back to the usual hint: no command for it, or a goal without an id") {
    S no_id = kNew + "goals:\n  - title: Lezen in klas 2\n    measurable: 3 boeken\n    start: 2026-09-01\n"
                     "    end: 2027-07-10\n";
    std::vector<Finding> no_id_warnings = warnings_of(no_id);
    const Finding* hours = find_message(no_id_warnings, "smarti.realistic.hours");
    REQUIRE(hours);
    CHECK(command_hint(*hours, "e.demir.pop.yaml", Lang::En) == finding_hint(*hours, Lang::En));
    // Evidence dated in the future: no pop command changes the date of evidence.
    S future = kNew + "goals:\n  - id: lezen\n    title: Lezen\n    measurable: 3 boeken\n    start: 2026-09-01\n"
                      "    end: 2027-07-10\n    evidence:\n      - what: Verslag\n        date: 2027-01-10\n";
    std::vector<Finding> future_warnings = warnings_of(future);
    const Finding* later = find_message(future_warnings, "dates.future");
    REQUIRE(later);
    CHECK(command_hint(*later, "e.demir.pop.yaml", Lang::En) == finding_hint(*later, Lang::En));
}

TEST_CASE("every command hint goes with a hint, names a pop command, and says where the POP is") {
    for (const CatalogEntry& e : catalog()) {
        if (!e.key.ends_with(".hint.command")) continue;
        CAPTURE(e.key);
        CHECK(message_template(e.key.substr(0, e.key.size() - 8), Lang::En));  // <message>.hint
        for (std::string_view text : {e.en, e.nl}) {
            CHECK(text.find("`pop ") != std::string_view::npos);
            CHECK(text.find("--pop {path}") != std::string_view::npos);
        }
    }
}

TEST_CASE("every warning an edit can add has a command hint, unless no pop command fixes it") {
    // Edits check the POP itself (no reminders, history or leftover files); links.* are fixed in the
    // roster or the school goals; dates.future names no goal, and no command changes the date of
    // evidence or of a log entry (dates.log-in-period).
    const std::set<std::string_view> without_command{"dates.future", "dates.log-in-period"};
    for (const CatalogEntry& e : catalog()) {
        if (!e.key.ends_with(".hint")) continue;
        std::string_view message = e.key.substr(0, e.key.size() - 5);
        const Rule* rule = nullptr;
        for (const Rule& r : all_rules())
            if (message == r.id.text() || message.starts_with(std::string(r.id.text()) + ".")) rule = &r;
        if (!rule || rule->severity != Severity::Warning) continue;
        if (rule->group != RuleGroup::Structure && rule->group != RuleGroup::Dates && rule->group != RuleGroup::Smarti)
            continue;
        if (without_command.contains(message)) continue;
        CAPTURE(message);
        CHECK(message_template(std::string(message) + ".hint.command", Lang::En));
    }
}
