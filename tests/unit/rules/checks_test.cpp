#include <doctest/doctest.h>

#include "pop/workspace/check_file.h"
#include "pop/rules/checks.h"
#include "pop/i18n/messages.h"
#include <tuple>

#include "test_support.h"

using namespace pop;
using pop::test::positions;

namespace {

const Date kToday{2026, 11, 22};

// A clean POP; tests replace one line to make one mistake.
const std::string kClean =
    "format_version: 1\n"                                           // 1
    "person: {id: jan, name: Jan}\n"                                // 2
    "period: {start: 2025-08-01, end: 2027-07-31}\n"                // 3
    "sign_off:\n"                                                   // 4
    "  employee: {name: Jan, date: 2025-09-01}\n"                   // 5
    "  manager: {name: Els, date: 2025-09-02}\n"                    // 6
    "goals:\n"                                                      // 7
    "  - id: lezen\n"                                               // 8
    "    title: Begrijpend lezen in de brugklas\n"                  // 9
    "    specific: Ik geef in brugklas 1B elke week een les begrijpend lezen met de methode Nieuwsbegrip.\n"  // 10
    "    measurable: In juni 2026 scoort 80% van de klas voldoende op de toets.\n"  // 11
    "    realistic: {hours: 40}\n"                                  // 12
    "    start: 2025-09-01\n"                                       // 13
    "    end: 2026-06-30\n"                                         // 14
    "    inspiring: Lezen opent voor leerlingen de wereld.\n"       // 15
    "    steps:\n"                                                  // 16
    "      - {what: Methode kiezen, due: 2025-10-01, done: 2025-09-20}\n";  // 17

std::string with(std::string_view from, std::string_view to, std::string text = kClean) {
    auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    text.replace(pos, from.size(), to);
    return text;
}

std::string check(const std::string& yaml, const Policy* policy = nullptr, const Roster* roster = nullptr,
                  const SchoolGoals* goals = nullptr) {
    return positions(check_file(yaml, FileKind::Pop, CheckContext{kToday, policy, roster, goals}));
}

}  // namespace

TEST_CASE("the clean POP is clean") { CHECK(check(kClean) == ""); }

TEST_CASE("Specifiek: missing, too short, vague") {
    CHECK(check(with("    specific: Ik geef in brugklas 1B elke week een les begrijpend lezen met de methode Nieuwsbegrip.\n", "")) ==
          "8:5 smarti.specific");
    CHECK(check(with("Ik geef in brugklas 1B elke week een les begrijpend lezen met de methode Nieuwsbegrip.",
                     "Beter lesgeven.")) == "10:15 smarti.specific");
    CHECK(check(with("Ik geef in brugklas 1B elke week een les begrijpend lezen met de methode Nieuwsbegrip.",
                     "Ik wil beter worden en meer verbeteren en mij goed ontwikkelen in het onderwijs.")) ==
          "10:15 smarti.specific");
}

TEST_CASE("Meetbaar: missing and without a number") {
    CHECK(check(with("    measurable: In juni 2026 scoort 80% van de klas voldoende op de toets.\n", "")) ==
          "8:5 smarti.measurable");
    CHECK(check(with("In juni 2026 scoort 80% van de klas voldoende op de toets.", "De klas leest beter.")) ==
          "11:17 smarti.measurable-concrete");
    CHECK(check(with("In juni 2026 scoort 80% van de klas voldoende op de toets.", "Drie collega's bezoeken mijn les.")) == "");
}

TEST_CASE("Acceptabel: a goal is agreed by the POP sign-off or its own `agreed`") {
    std::string unsigned_pop = with("  manager: {name: Els, date: 2025-09-02}\n", "");
    CHECK(check(unsigned_pop) == "7:5 smarti.agreed");
    CHECK(check(with("    realistic: {hours: 40}\n", "    realistic: {hours: 40}\n    agreed: {name: Els, date: 2025-09-02}\n",
                     unsigned_pop)) == "");
    CHECK(check(with("date: 2025-09-02}", "date: 2027-01-01}")) == "6:30 dates.future");
}

TEST_CASE("Realistisch: hours planned, goal duration, hours per year") {
    CHECK(check(with("    realistic: {hours: 40}\n", "")) == "8:5 smarti.realistic");
    CHECK(check(with("end: 2026-06-30", "end: 2027-07-31", with("start: 2025-09-01", "start: 2025-08-01"))) == "");
    Policy tight = policy_preset("vo");
    tight.max_goal_months = 6;
    CHECK(check(kClean, &tight) == "14:10 smarti.realistic");
    Policy vo = policy_preset("vo");  // 83 h a year over a two-year period: 166 h
    CHECK(check(kClean, &vo) == "");
    CHECK(check(with("hours: 40", "hours: 200"), &vo) == "8:3 smarti.realistic-hours");
}

TEST_CASE("Realistisch: budget per year against budget_per_year, like hours") {
    Policy vo = policy_preset("vo");  // 600 euros a year over a two-year period: 1200 euros
    CHECK(check(with("hours: 40", "hours: 40, budget: 1200"), &vo) == "");
    std::vector<Finding> over =
        check_file(with("hours: 40", "hours: 40, budget: 1201"), FileKind::Pop, CheckContext{kToday, &vo, nullptr, nullptr});
    CHECK(positions(over) == "8:3 smarti.realistic-budget");
    REQUIRE(over.size() == 1);
    CHECK(finding_message(over[0], Lang::En) ==
          "the goals plan 601 euros a year; the budget is 600 (Realistisch)");
    CHECK(check(with("hours: 40", "hours: 40, budget: 9000"), nullptr) == "");  // no budget_per_year: no limit
    Policy tight = vo;
    tight.budget_per_year = 0;
    CHECK(check(with("hours: 40", "hours: 40, budget: 1"), &tight) == "8:3 smarti.realistic-budget");
    CHECK(check(with("hours: 40", "hours: 40, budget: 0"), &tight) == "");
    // A dropped goal plans nothing.
    CHECK(check(with("hours: 40}\n", "hours: 40, budget: 9000}\n    status: dropped\n"), &vo) == "");
}

TEST_CASE("Tijdgebonden and date order") {
    CHECK(check(with("    start: 2025-09-01\n", "")) == "8:5 smarti.time-bound");
    CHECK(check(with("end: 2026-06-30", "end: 2025-06-30")) == "14:10 dates.order");
    CHECK(check(with("end: 2027-07-31}", "end: 2024-07-31}")) == "3:34 dates.order");
}

TEST_CASE("goals inside the period, steps inside their goal, nothing done in the future") {
    CHECK(check(with("start: 2025-09-01", "start: 2025-07-01")) == "13:12 dates.goal-in-period");
    CHECK(check(with("end: 2026-06-30", "end: 2027-08-31")) == "14:10 dates.goal-in-period");
    CHECK(check(with("due: 2025-10-01", "due: 2026-10-01")) == "17:37 dates.step-in-goal");
    CHECK(check(with("done: 2025-09-20", "done: 2025-08-20")) == "17:55 dates.step-in-goal");
    CHECK(check(with("done: 2025-09-20", "done: 2026-07-15")) == "17:55 dates.step-in-goal");  // after the goal ended
    std::string longer = with("end: 2026-06-30", "end: 2027-06-30");
    CHECK(check(with("done: 2025-09-20", "done: 2026-11-23", longer)) == "17:55 dates.future");
    CHECK(check(with("done: 2025-09-20", "done: 2026-11-22", longer)) == "");  // today is not the future
}

TEST_CASE("Inspirerend") {
    CHECK(check(with("    inspiring: Lezen opent voor leerlingen de wereld.\n", "")) == "8:5 smarti.inspiring");
}

TEST_CASE("a misspelled SMARTI key is reported once, as an unknown key") {
    CHECK(check(with("    measurable:", "    measureable:")) == "11:5 structure.unknown-key");
    // `status` is a known key close to `start`: it does not stand in for a missing start.
    CHECK(check(with("    start: 2025-09-01\n", "    status: active\n")) == "8:5 smarti.time-bound");
}

TEST_CASE("links to the roster and the school goals") {
    Roster roster;
    roster.staff.push_back(StaffMember{{"jan.devries", {}, 1}, "Jan", "", true});
    CHECK(check(kClean, nullptr, &roster) == "2:14 links.person");
    SchoolGoals goals;
    goals.goals.push_back(SchoolGoal{{"lezen", {}, 1}, "Lezen", ""});
    CHECK(check(with("    steps:\n", "    school_goals: [lezen, rekenen]\n    steps:\n"), nullptr, nullptr, &goals) ==
          "16:27 links.school-goal");
}

TEST_CASE("a POP without goals gets one warning") {
    CHECK(check("format_version: 1\nperson: {id: jan, name: Jan}\nperiod: {start: 2025-08-01, end: 2027-07-31}\n"
                "goals: []\n") == "4:8 structure.no-goals");
}

TEST_CASE("words_of splits on punctuation and lowercases") {
    CHECK(words_of("Ik geef, in 1B: lessen!") == std::vector<std::string>{"ik", "geef", "in", "1b", "lessen"});
}

TEST_CASE("a goal that runs on past its POP is flagged while the period runs, not once it is over") {
    std::string running_on = with("    end: 2026-06-30\n", "    end: 2027-08-20\n");
    CHECK(check(running_on) == "14:10 dates.goal-in-period");
    // the same POP after its period: a record whose goal was taken into the next POP
    std::string ended = with("period: {start: 2025-08-01, end: 2027-07-31}", "period: {start: 2022-08-01, end: 2026-07-31}",
                             with("    end: 2026-06-30\n", "    end: 2027-06-20\n"));
    CHECK(check(ended) == "");
    // a goal that starts before the period is flagged either way
    CHECK(check(with("    start: 2025-09-01\n", "    start: 2025-07-01\n")) == "13:12 dates.goal-in-period");
}

TEST_CASE("superseded_pops: a person's earlier POPs are records once a later one exists") {
    auto summary = [](const char* id, std::optional<Date> start) {
        PopSummary s;
        s.person_id.value = id;
        s.start = start;
        return s;
    };
    std::vector<PopSummary> pops{summary("a", Date{2023, 8, 1}), summary("a", Date{2027, 8, 1}),
                                 summary("b", Date{2023, 8, 1}), summary("", Date{2020, 1, 1}),
                                 summary("", Date{2024, 1, 1}), summary("c", std::nullopt), summary("c", Date{2027, 1, 1})};
    CHECK(superseded_pops(pops) == std::vector<bool>{true, false, false, false, false, false, false});
}

TEST_CASE("reminders leave records and people who left alone") {
    // A POP whose period ended: a reminder to renew it, unless a later POP took over or its person left.
    std::string ended = with("period: {start: 2025-08-01, end: 2027-07-31}", "period: {start: 2022-08-01, end: 2026-07-31}");
    CheckContext context{kToday, nullptr, nullptr, nullptr, true};
    auto rules = [&](const CheckContext& c) { return positions(check_file(ended, FileKind::Pop, c)); };
    CHECK(rules(context).find("reminder.period-ended") != std::string::npos);
    CheckContext record = context;
    record.superseded = true;
    CHECK(rules(record).find("reminder.") == std::string::npos);
    Roster roster;
    roster.staff.push_back({Located<std::string>{"jan", {}}, "Jan", "", false});
    CheckContext left = context;
    left.roster = &roster;
    CHECK(rules(left).find("reminder.") == std::string::npos);
}

TEST_CASE("a goal's competence is an area of the policy's framework; a Dutch or Flemish name gets its id") {
    auto goal_with = [](std::string_view area) {
        return with("    steps:\n", "    competence: " + std::string(area) + "\n    steps:\n");
    };
    auto first = [](const std::string& yaml, const Policy* policy) {
        std::vector<Finding> f = check_file(yaml, FileKind::Pop, CheckContext{kToday, policy, nullptr, nullptr});
        REQUIRE(f.size() == 1);
        return f.front();
    };
    Policy none = policy_preset("");    // no framework: the Dutch areas, as the key always allowed
    Policy vlaanderen = policy_preset("vlaanderen");
    Policy vo = policy_preset("vo");
    CHECK(check(goal_with("pedagogical"), &none) == "");
    CHECK(check(goal_with("pedagogical"), &vo) == "");
    CHECK(check(goal_with("educator"), &vlaanderen) == "");
    CHECK(check(goal_with("educator"), &vo) == "16:17 competence.area");
    CHECK(check(goal_with("pedagogical"), &vlaanderen) == "16:17 competence.area");
    // Suggestions: by the area's Dutch name or its first word, and by spelling.
    for (auto [written, policy, meant] : {std::tuple{"pedagogisch", &none, "pedagogical"},
                                          std::tuple{"vakdidactiek", &vo, "subject_didactics"},
                                          std::tuple{"Vakinhoudelijk_bekwaam", &vo, "subject_matter"},
                                          std::tuple{"opvoeder", &vlaanderen, "educator"},
                                          std::tuple{"cultuurparticipant", &vlaanderen, "culture_participant"},
                                          std::tuple{"educater", &vlaanderen, "educator"}}) {
        CAPTURE(written);
        Finding f = first(goal_with(written), policy);
        CHECK(f.message == "competence.area.suggest");
        CHECK(test::arg(f, "suggestion") == meant);
    }
    Finding far = first(goal_with("sport"), &vlaanderen);
    CHECK(far.message == "competence.area");
    CHECK(test::arg(far, "framework") == "vl-basiscompetenties-2018");
    CHECK(test::arg(far, "areas").starts_with("learning_guide, educator, content_expert"));
}
