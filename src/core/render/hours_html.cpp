// The hours section of `pop report --format html`: `pop hours`' overview of the school year (its
// report values, pop/reports/hours.h, computed once) as two tables: one row per person (no split by
// kind of learning, no text of any entry; private entries counted as hours only, as in every
// multi-person output of `pop hours`) and one row per team with the school's totals below (the
// split by kind of learning only for groups of at least min_group_size people). People without
// personal hours in their policy (Flanders) show what they spent only. Labels from the catalog.
#include <functional>
#include <string>
#include <string_view>

#include "catalog_keys.h"
#include "hours_internal.h"
#include "pop/base/text.h"
#include "pop/render/escape.h"

namespace pop {
namespace {

using hours_render::msg;

std::string esc(std::string_view text) { return xml_escape(printable_text(text), true); }

const std::string kDash = "<span class=\"none\">–</span>";

/// A figure; a dash when absent; a negative "left" marked (spent beyond the allowance).
std::string cell(const std::optional<double>& value, bool left = false) {
    if (!value) return "<td class=\"n\">" + kDash + "</td>";
    std::string text = rounded_text(*value);
    if (left && text.starts_with("-")) return "<td class=\"n\"><span class=\"tag\">" + text + "</span></td>";
    return "<td class=\"n\">" + text + "</td>";
}

std::optional<double> some(bool any, double value) { return any ? std::optional<double>(value) : std::nullopt; }

class HoursSection {
public:
    HoursSection(const HoursReport& report, Lang lang, std::string& out, const std::function<void()>& spill)
        : r_(report), lang_(lang), out_(out), spill_(spill) {}

    void render() {
        out_ += "<section id=\"hours\" aria-labelledby=\"hours-h\">\n";
        out_ += "<h2 id=\"hours-h\">" + t("html.section.hours.heading") + "</h2>\n";
        out_ += "<p class=\"intro\">" +
                t("html.hours.intro", {{"year", school_year_name(r_.year, r_.start_month)},
                                       {"first", r_.first_day.to_string()},
                                       {"last", r_.last_day.to_string()}}) +
                "</p>\n";
        if (r_.people.empty()) {
            out_ += "<p class=\"none\">" + t("html.empty") + "</p>\n</section>\n";
            return;
        }
        people();
        groups();
        bool any_without = false;
        for (const HoursPerson& p : r_.people) any_without = any_without || !p.account.allowance.hours;
        if (any_without) out_ += "<p>" + t("html.hours.no-allowance") + "</p>\n";
        out_ += "<p>" + t(render_keys::small_groups_key("html.hours.privacy", r_.min_group_size), {{"min", std::to_string(r_.min_group_size)}}) + "</p>\n";
        out_ += "</section>\n";
    }

private:
    const HoursReport& r_;
    Lang lang_;
    std::string& out_;
    const std::function<void()>& spill_;

    std::string t(std::string_view key, std::vector<MessageArg> args = {}) const { return esc(msg(key, lang_, args)); }
    std::string th(std::string_view key, bool numeric = true) const {
        return std::string("<th scope=\"col\"") + (numeric ? " class=\"n\"" : "") + ">" + t(key) + "</th>";
    }
    std::string team(const std::string& name) const {
        return name.empty() ? "<span class=\"none\">" + t("html.no-team") + "</span>" : esc(name);
    }

    void people() {
        out_ += "<div class=\"table-wrap\"><table class=\"hours-people\">\n<caption>" + t("html.hours.people-caption") +
                "</caption>\n<thead><tr>";
        out_ += th("html.col.name", false) + th("html.col.team", false) + th("html.hours.col.fte") +
                th("html.hours.col.allowance") + th("html.hours.col.carried") + th("html.hours.col.planned") +
                th("html.hours.col.spent") + th("html.hours.col.left") + th("html.hours.col.euros-spent") +
                th("html.hours.col.euros-left");
        out_ += "</tr></thead>\n<tbody>\n";
        for (const HoursPerson& p : r_.people) {
            const YearAccount& a = p.account;
            out_ += "<tr><td class=\"name\">" + esc(p.name.empty() ? p.id : p.name) + "<span class=\"id\">" + esc(p.id) +
                    "</span></td>";
            out_ += "<td>" + team(p.team) + "</td>";
            out_ += "<td class=\"n\">" + rounded_text(p.terms.fte) + "</td>";
            out_ += cell(a.allowance.hours);
            out_ += cell(some(a.allowance.hours.has_value(), a.carried_hours));
            out_ += cell(a.amounts.planned_hours);
            out_ += cell(a.amounts.spent_hours());
            out_ += cell(a.left_hours, true);
            out_ += cell(a.amounts.spent_euros());
            out_ += cell(a.left_euros, true);
            out_ += "</tr>\n";
            spill_();
        }
        out_ += "</tbody>\n</table></div>\n";
    }

    /// One row of the team table (the school's in the footer).
    std::string group_row(const HoursGroup& g, const std::string& label_cell) const {
        std::string row = label_cell + "<td class=\"n\">" + std::to_string(g.people) + "</td>";
        row += cell(some(g.any_allowance, g.allowance_hours));
        row += cell(some(g.any_allowance, g.carried_hours));
        row += cell(g.amounts.planned_hours);
        row += cell(g.amounts.spent_hours());
        if (g.suppressed) {
            row += "<td colspan=\"4\"><span class=\"suppressed\">" +
                   t("hours.small-group", {{"n", std::to_string(r_.min_group_size)}}) + "</span></td>";
        } else {
            for (std::size_t k = 0; k < kLearningKinds; ++k) row += cell(g.amounts.hours[k]);
        }
        row += cell(some(g.any_allowance, g.left_hours), true);
        row += cell(g.amounts.spent_euros());
        row += cell(some(g.any_budget, g.left_euros), true);
        return row;
    }

    void groups() {
        out_ += "<div class=\"table-wrap\"><table class=\"hours-teams\">\n<caption>" + t("html.hours.teams-caption") +
                "</caption>\n<thead><tr>";
        out_ += th("html.col.team", false) + th("html.col.people") + th("html.hours.col.allowance") +
                th("html.hours.col.carried") + th("html.hours.col.planned") + th("html.hours.col.spent") +
                th("html.learning-kind.formal") + th("html.learning-kind.non_formal") + th("html.learning-kind.informal") + th("html.hours.col.unspecified") +
                th("html.hours.col.left") + th("html.hours.col.euros-spent") + th("html.hours.col.euros-left");
        out_ += "</tr></thead>\n<tbody>\n";
        for (const HoursGroup& g : r_.teams)
            out_ += "<tr>" + group_row(g, "<th scope=\"row\">" + team(g.team) + "</th>") + "</tr>\n";
        out_ += "</tbody>\n<tfoot><tr>" + group_row(r_.school, "<td>" + t("html.total") + "</td>") +
                "</tr></tfoot>\n</table></div>\n";
    }
};

}  // namespace

namespace hours_render {

void write_hours_html(const HoursReport& report, Lang lang, std::string& out, const std::function<void()>& spill) {
    HoursSection(report, lang, out, spill).render();
}

}  // namespace hours_render
}  // namespace pop
