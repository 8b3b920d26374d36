// The smarti.* family: every goal against the SMARTI letters (Specifiek, Meetbaar, Acceptabel,
// Realistisch, Tijdgebonden, Inspirerend), and the hours and budget planned per year against the allowances.
//
// Where each rule is: all of them here, in check_smarti (one goal at a time, in the order of the
// letters as the findings show them), with their word lists and helpers (words_of, names_a_number).
// Messages: the catalog keys smarti.* in src/core/i18n/messages.cpp.

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "pop/model/facts.h"
#include "pop/rules/families.h"

namespace pop {
namespace {

// Function words that say nothing about what a goal is about (Dutch and English).
constexpr std::array<std::string_view, 48> kFunctionWords{
    "ik",   "wil",  "mijn",  "me",    "mij",   "in",    "de",   "het",  "een",  "en",   "om",   "te",
    "van",  "op",   "met",   "voor",  "worden", "word", "zijn", "is",   "kan",  "kunnen", "dat", "die",
    "er",   "als",  "nog",   "ook",   "aan",   "bij",   "door", "naar", "i",    "want", "to",   "be",
    "the",  "a",    "my",    "in",    "and",   "of",    "at",   "more", "better", "get", "become", "zo"};

constexpr std::array<std::string_view, 26> kNumberWords{
    "twee",  "drie",  "vier",   "vijf",  "zes",    "zeven",  "acht",    "negen", "tien",
    "elf",   "twaalf", "twintig", "dertig", "veertig", "vijftig", "honderd", "two",   "three",
    "four",  "five",  "six",    "seven", "eight",  "nine",   "ten",     "hundred"};

// smarti.measurable-concrete: whether a success criterion names a number (a digit, a percentage or
// a number word).
bool names_a_number(std::string_view text) {
    if (text.find_first_of("0123456789%") != std::string_view::npos) return true;
    for (const std::string& w : words_of(text))
        if (std::find(kNumberWords.begin(), kNumberWords.end(), w) != kNumberWords.end()) return true;
    return false;
}

// smarti.time-bound: the goal has a start and an end.
void time_bound(PopCheck& check, const Goal& g, const std::string& name) {
    if (g.written.start && g.written.end) return;
    std::string_view missing = !g.written.start && !g.written.end ? "start, end" : (!g.written.start ? "start" : "end");
    check.add(rule::smarti_time_bound, g.at, 1, "smarti.time-bound", {{"goal", name}, {"missing", std::string(missing)}});
}

// smarti.specific: a description of at least min_specific_words words, three of them meaningful.
void specific(PopCheck& check, const Goal& g, const std::string& name) {
    const Policy& policy = check.policy;
    if (!g.written.specific) {
        check.add(rule::smarti_specific, g.at, 1, "smarti.specific.missing", {{"goal", name}});
        return;
    }
    if (!g.specific) return;  // present but unusable: the structure check reported it
    std::vector<std::string> words = words_of(g.specific->value);
    if (static_cast<int>(words.size()) < policy.min_specific_words) {
        check.add_at(rule::smarti_specific, *g.specific, "smarti.specific.short",
                     {{"goal", name}, {"words", std::to_string(words.size())},
                      {"minimum", std::to_string(policy.min_specific_words)}});
        return;
    }
    std::size_t meaningful = 0;
    for (const std::string& w : words) {
        bool vague = std::find(policy.vague_words.begin(), policy.vague_words.end(), w) != policy.vague_words.end();
        bool function = std::find(kFunctionWords.begin(), kFunctionWords.end(), w) != kFunctionWords.end();
        if (!vague && !function) ++meaningful;
    }
    if (meaningful < 3) check.add_at(rule::smarti_specific, *g.specific, "smarti.specific.vague", {{"goal", name}});
}

// smarti.measurable (no success criterion) and smarti.measurable-concrete (one without a number).
void measurable(PopCheck& check, const Goal& g, const std::string& name) {
    if (!g.written.measurable)
        check.add(rule::smarti_measurable, g.at, 1, "smarti.measurable", {{"goal", name}});
    else if (g.measurable && !names_a_number(g.measurable->value))
        check.add_at(rule::smarti_measurable_concrete, *g.measurable, "smarti.measurable-concrete", {{"goal", name}});
}

// smarti.agreed: the goal is agreed on its own, or by both signing the POP.
void agreed(PopCheck& check, const Goal& g, const std::string& name) {
    if (!g.written.agreed && !signed_by_both(check.pop))
        check.add(rule::smarti_agreed, g.at, 1, "smarti.agreed", {{"goal", name}});
}

// smarti.realistic: hours are planned, and the goal runs no longer than max_goal_months.
void realistic(PopCheck& check, const Goal& g, const std::string& name) {
    if (!g.written.hours) check.add(rule::smarti_realistic, g.realistic_at, 1, "smarti.realistic.hours", {{"goal", name}});
    if (g.start && g.end && goal_dates_in_order(g)) {
        Date limit = g.start->value.plus_months(check.policy.max_goal_months);
        if (limit < g.end->value)
            check.add_at(rule::smarti_realistic, *g.end, "smarti.realistic.duration",
                         {{"goal", name}, {"months", std::to_string(check.policy.max_goal_months)}});
    }
}

// smarti.inspiring: the goal has a personal motivation.
void inspiring(PopCheck& check, const Goal& g, const std::string& name) {
    if (!g.written.inspiring) check.add(rule::smarti_inspiring, g.at, 1, "smarti.inspiring", {{"goal", name}});
}

// smarti.realistic-hours: the hours of the goals not dropped, per year of the period, stay within
// the policy's hours_per_year.
void hours_per_year(PopCheck& check) {
    const Pop& pop = check.pop;
    const Policy& policy = check.policy;
    if (!policy.hours_per_year) return;
    std::optional<double> per_year = planned_hours_per_year(pop);
    if (per_year && *per_year > *policy.hours_per_year + 1e-9)
        check.add(rule::smarti_realistic_hours, pop.goals_at, 1, "smarti.realistic-hours",
                  {{"per_year", fmt::format("{:.0f}", std::ceil(*per_year))},
                   {"allowance", fmt::format("{}", *policy.hours_per_year)},
                   {"total", fmt::format("{}", planned_hours(pop))}});
}

// smarti.realistic-budget: the euros of the goals not dropped, per year of the period, stay within
// the policy's budget_per_year (as smarti.realistic-hours does for hours).
void budget_per_year(PopCheck& check) {
    const Pop& pop = check.pop;
    const Policy& policy = check.policy;
    if (!policy.budget_per_year) return;
    std::optional<double> per_year = planned_budget_per_year(pop);
    if (per_year && *per_year > *policy.budget_per_year + 1e-9)
        check.add(rule::smarti_realistic_budget, pop.goals_at, 1, "smarti.realistic-budget",
                  {{"per_year", fmt::format("{:.0f}", std::ceil(*per_year))},
                   {"allowance", fmt::format("{}", *policy.budget_per_year)},
                   {"total", fmt::format("{}", planned_budget(pop))}});
}

}  // namespace

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    for (unsigned char c : text) {
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (letter) {
            current.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

void check_smarti(PopCheck& check) {
    for (const Goal& g : check.pop.goals) {
        std::string name(goal_label(g));
        time_bound(check, g, name);
        specific(check, g, name);
        measurable(check, g, name);
        agreed(check, g, name);
        realistic(check, g, name);
        inspiring(check, g, name);
    }
    hours_per_year(check);
    budget_per_year(check);
}

}  // namespace pop
