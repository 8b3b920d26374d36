// What the renderers of `pop hours` share: labels and the rows of an account.
#include <fmt/format.h>

#include "hours_internal.h"

namespace pop {


namespace hours_render {

std::string msg(std::string_view key, Lang lang, std::vector<MessageArg> args) {
    return render_message(key, lang, args);
}

std::string amount(const std::optional<double>& value) { return value ? rounded_text(*value) : "-"; }

std::string heading(const HoursReport& report, Lang lang) {
    return msg(report.statement ? "hours.heading.statement" : "hours.heading.overview", lang,
               {{"year", school_year_name(report.year, report.start_month)},
                {"first", report.first_day.to_string()},
                {"last", report.last_day.to_string()}});
}

std::string terms_text(const HoursPerson& person, Lang lang) {
    std::string out = msg(person.terms.support ? "hours.role.support" : "hours.role.teacher", lang);
    out += ", " + msg("hours.fte", lang, {{"fte", rounded_text(person.terms.fte)}});
    if (person.account.allowance.starter)
        out += ", " + msg("hours.starter", lang, {{"hours", rounded_text(person.account.allowance.starter_hours)}});
    if (person.terms.start_date && person.account.allowance.share < 1)
        out += ", " + msg("hours.started", lang, {{"date", person.terms.start_date->to_string()}});
    if (!person.on_roster) out += ", " + msg("hours.not-on-roster", lang);
    return out;
}

std::string kind_label(LearningKind kind, Lang lang) {
    return msg(std::string("hours.kind.") + std::string(learning_key(kind)), lang);
}

namespace {

void add_split(std::vector<AccountRow>& rows, const YearAmounts& a, Lang lang) {
    for (std::size_t k = 0; k < kLearningKinds; ++k) {
        if (a.hours[k] == 0 && a.euros[k] == 0) continue;
        rows.push_back({kind_label(static_cast<LearningKind>(k), lang), rounded_text(a.hours[k]),
                        rounded_text(a.euros[k]), true});
    }
}

}  // namespace

std::vector<AccountRow> account_rows(const YearAccount& account, bool split, Lang lang) {
    std::vector<AccountRow> rows;
    // Without any allowance (Flanders) only what was planned and spent.
    bool allowance = account.allowance.hours || account.allowance.euros;
    if (allowance) {
        rows.push_back({msg("hours.row.allowance", lang), amount(account.allowance.hours), amount(account.allowance.euros)});
        rows.push_back({msg("hours.row.carried", lang),
                        account.allowance.hours ? rounded_text(account.carried_hours) : "-",
                        account.allowance.euros ? rounded_text(account.carried_euros) : "-"});
    }
    rows.push_back({msg("hours.row.planned", lang), rounded_text(account.amounts.planned_hours),
                    rounded_text(account.amounts.planned_euros)});
    rows.push_back({msg("hours.row.spent", lang), rounded_text(account.amounts.spent_hours()),
                    rounded_text(account.amounts.spent_euros())});
    if (split) add_split(rows, account.amounts, lang);
    if (allowance) rows.push_back({msg("hours.row.left", lang), amount(account.left_hours), amount(account.left_euros)});
    return rows;
}

std::vector<AccountRow> group_rows(const HoursGroup& group, Lang lang) {
    std::vector<AccountRow> rows;
    auto some = [](bool any, double v) { return any ? rounded_text(v) : std::string("-"); };
    bool allowance = group.any_allowance || group.any_budget;
    if (allowance)
        rows.push_back({msg("hours.row.allowance", lang), some(group.any_allowance, group.allowance_hours),
                        some(group.any_budget, group.allowance_euros)});
    rows.push_back({msg("hours.row.planned", lang), rounded_text(group.amounts.planned_hours),
                    rounded_text(group.amounts.planned_euros)});
    rows.push_back({msg("hours.row.spent", lang), rounded_text(group.amounts.spent_hours()),
                    rounded_text(group.amounts.spent_euros())});
    if (!group.suppressed) add_split(rows, group.amounts, lang);
    if (allowance)
        rows.push_back({msg("hours.row.left", lang), some(group.any_allowance, group.left_hours),
                        some(group.any_budget, group.left_euros)});
    return rows;
}

std::string team_label(const std::string& team, Lang lang) { return team.empty() ? msg("hours.no-team", lang) : team; }

std::string account_note(const YearAccount& account, Lang lang) {
    if (!account.allowance.hours) return msg("hours.note.no-allowance", lang);
    if (account.left_hours && *account.left_hours < 0)
        return msg("hours.note.over", lang, {{"hours", rounded_text(-*account.left_hours)}});
    return {};
}

}  // namespace hours_render
}  // namespace pop
