/// `pop report --format html`: the team report as one self-contained HTML5 page.
/// No scripts, no external assets: inline CSS, and inline SVG for the bars and charts, so the page
/// opens offline, makes no network requests and prints (A4 landscape) without background graphics.
/// Every text from users' files is escaped; every label comes from the message catalog (html.*).
/// The output depends only on the report and the options: no clock, no random ids.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pop/render/escape.h"
#include "pop/base/rounding.h"
#include "pop/base/text.h"
#include "pop/base/utf8.h"
#include "pop/reports/report.h"
#include "hours_internal.h"
#include "catalog_keys.h"
#include "report_internal.h"

namespace pop {
namespace {

/// Text made safe for HTML element content and attribute values (double or single quoted).
std::string esc(std::string_view text) { return html_escape(text); }

/// Escaped catalog text with `code` marked up as <code>code</code> (pairs of backticks).
std::string code_spans(const std::string& escaped) { return html_code_spans(escaped); }

/// A number for SVG coordinates: at most one decimal, no trailing ".0".
std::string coord(double value) {
    std::string s = fmt::format("{:.1f}", value);
    if (s.ends_with(".0")) s.resize(s.size() - 2);
    if (s == "-0") s = "0";
    return s;
}

std::string num(int n) { return std::to_string(n); }

/// Hours or euros as every format shows them (rounded_text: one decimal, half away from zero).
std::string hours(double h) { return rounded_text(h); }

/// A row's hours or euros: a dash without a current POP, a marked "?" when left out for an error.
std::string amount_html(const PersonRow& p, bool invalid, double value, const std::string& left_out_title) {
    if (!p.has_current_pop) return "<span class=\"none\">–</span>";
    if (invalid) return "<span class=\"tag left-out\" title=\"" + left_out_title + "\">?</span>";
    return hours(value);
}

std::string date_html(const std::optional<Date>& date) {
    if (!date) return "<span class=\"none\">–</span>";
    std::string d = date->to_string();
    return "<time datetime=\"" + d + "\">" + d + "</time>";
}

/// The kinds of rows in charts, for their labels.
enum class Kind { Method, Learning, Competence, SchoolGoal, Theme };

class Page {
public:
    Page(const TeamReport& report, const PeopleRows& people, const ReportOptions& options, const ReportSink& sink)
        : r_(report), people_(people), lang_(options.lang), missing_(options.missing), hours_(options.hours), sink_(sink) {}

    void render() {
        head();
        out_ += "<body>\n";
        if (!missing_.empty())  // --partial: before anything else on the page
            out_ += "<p class=\"partial\" role=\"alert\" style=\"margin: 0; padding: 12px 24px; color: #fff; "
                    "background: var(--warn)\"><strong>" +
                    esc(report_render::partial_notice(missing_, lang_)) + "</strong></p>\n";
        header();
        out_ += "<main>\n";
        summary();
        people();
        teams();
        if (hours_) hours_render::write_hours_html(*hours_, lang_, out_, [this] { spill(); });
        school_goals();
        chart_section("methods", "html.section.methods.heading", "html.section.methods.intro", r_.methods,
                      Kind::Method);
        chart_section("learning", "html.section.learning.heading", "html.section.learning.intro", r_.learning,
                      Kind::Learning);
        chart_section("competences", "html.section.competences.heading", "html.section.competences.intro",
                      r_.competences, Kind::Competence);
        assessments();
        themes();
        privacy();
        out_ += "</main>\n";
        out_ += "<footer><p>" + t("html.footer", {{"date", r_.today.to_string()}}) + "</p></footer>\n";
        out_ += "</body>\n</html>\n";
        sink_(out_);
        out_.clear();
    }

private:
    const TeamReport& r_;
    const PeopleRows& people_;
    Lang lang_;
    const std::vector<std::string>& missing_;
    const HoursReport* hours_;
    const ReportSink& sink_;
    std::string out_;

    /// Hands what is written so far to the sink once it is large, so the page is never held whole.
    void spill() {
        if (out_.size() < (1u << 16)) return;
        sink_(out_);
        out_.clear();
    }

    /// A catalog text, escaped for HTML (user values in args included).
    std::string t(std::string_view key, std::vector<MessageArg> args = {}) const {
        return esc(render_message(key, lang_, args));
    }
    /// "1 goal" / "3 goals": a catalog message whose plural selector takes the count as {n}.
    std::string count(std::string_view key, int n) const {
        return t(key, {{"n", num(n)}});
    }
    /// The label of a catalog key when there is one, else the fallback (escaped).
    std::string label_or(const std::string& key, const std::string& fallback) const {
        if (message_template(key, lang_)) return t(key);
        return esc(fallback);
    }
    std::string team_label(const std::string& team) const {
        return team.empty() ? "<span class=\"none\">" + t("html.no-team") + "</span>" : esc(team);
    }
    /// The plain (unescaped) label of a count row.
    std::string row_label(const CountRow& row, Kind kind) const {
        auto from_catalog = [&](const std::string& key) -> std::optional<std::string> {
            if (auto tmpl = message_template(key, lang_)) return std::string(*tmpl);
            return std::nullopt;
        };
        if (row.key.empty() && row.label.empty()) return render_message("html.unspecified", lang_);
        switch (kind) {
            case Kind::Method:
                if (auto l = from_catalog("html.method." + row.key)) return *l;
                break;
            case Kind::Learning:
                if (auto l = from_catalog("html.learning-kind." + row.key)) return *l;
                break;
            case Kind::Competence:
                return report_render::area_label(row.key, r_.competence_areas, lang_);
            case Kind::Theme:
                return row.key;
            case Kind::SchoolGoal:
                if (!row.label.empty()) return row.label;
                break;
        }
        if (!row.label.empty()) return row.label;
        std::string key = row.key;
        std::replace(key.begin(), key.end(), '_', ' ');
        return key;
    }

    /// An inline SVG bar with its numbers as text beside it: done of total.
    std::string progress(int done, int total, std::string_view aria_key) const {
        if (total <= 0) return "<span class=\"none\">–</span>";
        constexpr double kWidth = 80;
        double fill = kWidth * std::clamp(static_cast<double>(done) / total, 0.0, 1.0);
        std::string aria = t(aria_key, {{"done", num(done)}, {"total", num(total)}});
        return "<span class=\"progress\"><svg class=\"bar\" width=\"80\" height=\"10\" viewBox=\"0 0 80 10\" "
               "role=\"img\" aria-label=\"" + aria + "\"><title>" + aria +
               "</title><rect class=\"track\" x=\"0.5\" y=\"0.5\" width=\"79\" height=\"9\" rx=\"2\"/>"
               "<rect class=\"fill\" width=\"" + coord(fill) + "\" height=\"10\" rx=\"2\"/></svg> "
               "<span class=\"num\">" + num(done) + "/" + num(total) + "</span></span>";
    }

    void head() {
        out_ += "<!DOCTYPE html>\n";
        out_ += fmt::format("<html lang=\"{}\">\n<head>\n", lang_tag(lang_));
        out_ += "<meta charset=\"utf-8\">\n";
        out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out_ += "<meta name=\"generator\" content=\"pop report\">\n";
        out_ += "<title>" + t("html.title", {{"date", r_.today.to_string()}}) + "</title>\n";
        out_ += "<style>\n";
        out_ += R"css(:root { color-scheme: light; --ink: #1f2933; --muted: #5a6775; --line: #d5dde5; --bar: #3f6f9f;
  --track: #e6ebf0; --warn: #8a3b12; --ok: #2f6b3a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans",
    "DejaVu Sans", sans-serif; }
header, main, footer { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
h1 { font-size: 1.7rem; font-weight: 600; margin: 28px 0 2px; }
h2 { font-size: 1.2rem; font-weight: 600; margin: 36px 0 10px; padding-bottom: 4px;
  border-bottom: 1px solid var(--line); }
p { margin: 6px 0 10px; max-width: 78ch; }
.date-line { color: var(--muted); margin: 0 0 10px; }
ul.counts { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 10px; }
ul.counts li { border: 1px solid var(--line); border-radius: 4px; padding: 2px 10px; }
ul.counts strong { font-variant-numeric: tabular-nums; }
nav { margin: 12px 0 0; font-size: 0.9rem; color: var(--muted); }
nav ul { list-style: none; padding: 0; margin: 4px 0 0; display: flex; flex-wrap: wrap; gap: 2px 16px; }
nav a { color: var(--bar); text-decoration: none; }
nav a:hover { text-decoration: underline; }
.intro { color: var(--muted); }
ul.missing { margin: 4px 0 0; padding-left: 20px; }
ul.missing li { margin: 2px 0; }
.all-good { color: var(--ok); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
caption { text-align: left; color: var(--muted); padding: 0 0 6px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
thead th { font-size: 0.78rem; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--line);
  vertical-align: bottom; }
tfoot td { font-weight: 600; border-top: 2px solid var(--line); border-bottom: none; }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { font-weight: 500; white-space: nowrap; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; white-space: nowrap; }
.id { display: block; color: var(--muted); font-size: 0.78rem; font-weight: 400; }
.id-inline { color: var(--muted); font-size: 0.85em; }
time { white-space: nowrap; font-variant-numeric: tabular-nums; }
.none { color: var(--muted); }
.progress { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap;
  font-variant-numeric: tabular-nums; }
svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
svg .track { fill: var(--track); stroke: #b9c4cf; stroke-width: 1; }
svg .fill { fill: var(--bar); }
svg text { fill: var(--ink); font-size: 13px; font-family: inherit; }
svg text.value { fill: var(--muted); font-variant-numeric: tabular-nums; }
.tag { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 5px; margin: 1px 3px 1px 0;
  font-size: 0.76rem; line-height: 1.45; color: var(--warn); white-space: nowrap; }
tr.no-current td.name { border-left: 3px solid var(--warn); }
ul.examples { margin: 0; padding-left: 16px; }
svg.bar { vertical-align: middle; }
ul.examples li { margin: 0; }
.suppressed { color: var(--muted); font-style: italic; white-space: nowrap; }
figure.chart { margin: 8px 0 0; }
figure.chart svg { max-width: 100%; height: auto; }
dl.left-out { display: grid; grid-template-columns: max-content max-content; gap: 2px 16px; margin: 8px 0; }
dl.left-out dt { color: var(--muted); }
dl.left-out dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
footer { color: var(--muted); font-size: 0.8rem; margin-top: 40px; padding-bottom: 24px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { font-size: 9.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  h1 { margin-top: 0; }
  h2 { margin-top: 18px; break-after: avoid; page-break-after: avoid; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, figure, dl, ul.missing li, section.chart { break-inside: avoid; page-break-inside: avoid; }
  /* Keep a heading and an intro with what follows: they reserve room below themselves. */
  h2, p.intro { break-inside: avoid; page-break-inside: avoid; }
  h2::after, p.intro::after { content: ""; display: block; height: 35mm; margin-bottom: -35mm; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 6px; }
  a { color: inherit; text-decoration: none; }
}
)css";
        out_ += "</style>\n</head>\n";
    }

    void header() {
        out_ += "<header>\n";
        out_ += "<h1>" + t("html.heading") + "</h1>\n";
        std::string long_date = fmt::format("{} {} {}", r_.today.day,
                                            render_message("month." + num(r_.today.month), lang_), r_.today.year);
        out_ += "<p class=\"date-line\">" +
                t("html.as-of", {{"date", long_date}}) + " (<time datetime=\"" + r_.today.to_string() + "\">" +
                r_.today.to_string() + "</time>)</p>\n";
        int current = 0;
        people_.each([&](const PersonRow& p) { current += p.has_current_pop ? 1 : 0; });
        int people = static_cast<int>(people_.size());
        int teams = static_cast<int>(r_.teams.size());
        out_ += "<ul class=\"counts\">\n";
        out_ += "<li>" + count("html.count.people", people) + "</li>\n";
        out_ += "<li>" + t("html.count.current", {{"current", num(current)}, {"total", num(people)}}) + "</li>\n";
        out_ += "<li>" + count("html.count.pops", r_.pops) + "</li>\n";
        out_ += "<li>" + count("html.count.teams", teams) + "</li>\n";
        out_ += "<li>" + esc(report_render::allowance_text(r_.allowance, lang_)) + "</li>\n";
        out_ += "</ul>\n";
        out_ += "<nav aria-label=\"" + t("html.nav") + "\">" + t("html.nav") + ":<ul>\n";
        for (auto [id, key] : std::initializer_list<std::pair<const char*, const char*>>{
                 {"summary", "html.section.summary.heading"},
                 {"people", "html.section.people.heading"},
                 {"teams", "html.section.teams.heading"},
                 {"hours", "html.section.hours.heading"},
                 {"school-goals", "html.section.school-goals.heading"},
                 {"methods", "html.section.methods.heading"},
                 {"learning", "html.section.learning.heading"},
                 {"competences", "html.section.competences.heading"},
                 {"assessments", "report.assessment.section"},
                 {"themes", "html.section.themes.heading"},
                 {"privacy", "html.section.privacy.heading"}})
            if ((std::string_view(id) != "hours" || hours_) && (std::string_view(id) != "assessments" || !r_.assessments.empty()))
                out_ += std::string("<li><a href=\"#") + id + "\">" + t(key) + "</a></li>\n";
        out_ += "</ul></nav>\n";
        out_ += "</header>\n";
    }

    void section_start(const char* id, std::string_view heading_key, bool chart = false) {
        out_ += std::string("<section id=\"") + id + (chart ? "\" class=\"chart" : "") + "\" aria-labelledby=\"" + id +
                "-h\">\n";
        out_ += std::string("<h2 id=\"") + id + "-h\">" + t(heading_key) + "</h2>\n";
    }

    /// Whether a roster was read: then people with a POP who are not on it are worth a mention.
    bool roster_known() const {
        bool known = false;
        people_.each([&](const PersonRow& p) { known = known || p.on_roster; });
        return known;
    }

    void summary() {
        section_start("summary", "html.section.summary.heading");
        // One list per action (write a first POP, renew, fix errors); passes over the rows, which are
        // not held.
        int off = 0, actions = 0;
        people_.each([&](const PersonRow& p) {
            off += p.on_roster ? 0 : 1;
            actions += p.state == PopState::Current ? 0 : 1;
        });
        const bool known = roster_known();
        if (actions == 0 && !known) {
            out_ += "<p>" + t("html.summary.no-roster") + "</p>\n";
        } else if (actions == 0) {
            out_ += "<p class=\"all-good\">" + t("report.actions.none") + "</p>\n";
        }
        for (const report_render::ActionGroup& group : report_render::action_groups()) {
            int n = 0;
            people_.each([&](const PersonRow& p) { n += p.state == group.state ? 1 : 0; });
            if (n == 0) continue;
            out_ += "<p>" + code_spans(t(group.key, {{"n", num(n)}})) + "</p>\n<ul class=\"missing\">\n";
            people_.each([&](const PersonRow& p) {
                if (p.state != group.state) return;
                out_ += "<li><strong>" + esc(p.name.empty() ? p.id : p.name) +
                        "</strong> <span class=\"id-inline\">" + esc(p.id) + "</span> (" + team_label(p.team) + ")";
                if (p.state == PopState::Expired) out_ += " – " + esc(report_render::state_text(p, lang_));
                if (p.state == PopState::CurrentWithErrors)
                    out_ += " – " + esc(report_render::state_text(p, lang_)) + " <code>" + esc(p.path) + "</code>";
                out_ += "</li>\n";
                spill();
            });
            out_ += "</ul>\n";
        }
        if (actions > 0) out_ += "<p class=\"intro\">" + code_spans(t("html.summary.advice")) + "</p>\n";
        if (known && off > 0) {
            out_ += "<p>" + t("html.summary.off-roster", {{"n", num(off)}}) + " ";
            bool first = true;
            people_.each([&](const PersonRow& p) {
                if (p.on_roster) return;
                out_ += (first ? "" : ", ") + esc(p.name.empty() ? p.id : p.name) + " <span class=\"id-inline\">" +
                        esc(p.id) + "</span>";
                first = false;
                spill();
            });
            out_ += "</p>\n";
        }
        out_ += "</section>\n";
    }

    std::string warnings_html(const std::vector<std::string>& rules) const {
        if (rules.empty()) return "<span class=\"none\">–</span>";
        std::vector<std::pair<std::string, int>> grouped;  // in order of first appearance
        for (const std::string& rule : rules) {
            auto it = std::find_if(grouped.begin(), grouped.end(), [&](const auto& g) { return g.first == rule; });
            if (it == grouped.end()) grouped.emplace_back(rule, 1);
            else ++it->second;
        }
        std::string out;
        for (const auto& [rule, n] : grouped) {
            out += "<span class=\"tag\" title=\"" + esc(rule) + "\">" + label_or("html.warn." + rule, rule);
            if (n > 1) out += " ×" + num(n);
            out += "</span>";
        }
        return out;
    }

    void people() {
        section_start("people", "html.section.people.heading");
        if (people_.size() == 0) {
            out_ += "<p class=\"none\">" + t("html.empty") + "</p>\n</section>\n";
            return;
        }
        out_ += "<div class=\"table-wrap\"><table class=\"people\">\n<thead><tr>";
        out_ += "<th scope=\"col\">" + t("html.col.name") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.team") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.state") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.pop-until") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.goals-achieved") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.steps") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.last-conversation") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.next-conversation") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.hours") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.budget") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.warnings") + "</th>";
        out_ += "</tr></thead>\n<tbody>\n";
        people_.each([&](const PersonRow& p) {
            out_ += p.has_current_pop ? "<tr>" : "<tr class=\"no-current\">";
            out_ += "<td class=\"name\">" + esc(p.name.empty() ? p.id : p.name) + "<span class=\"id\">" + esc(p.id) +
                    "</span></td>";
            out_ += "<td>" + team_label(p.team) + "</td>";
            std::string state = esc(report_render::state_text(p, lang_));
            out_ += "<td>" + (p.state == PopState::Current ? state : "<span class=\"tag\">" + state + "</span>") + "</td>";
            out_ += "<td>" + (p.has_current_pop ? date_html(p.period_end) : "<span class=\"none\">–</span>") + "</td>";
            if (p.has_current_pop) {
                out_ += "<td class=\"n\">" + num(p.goals_achieved) + "/" + num(p.goals) + "</td>";
                out_ += "<td>" + progress(p.steps_done, p.steps_total, "html.steps-aria") + "</td>";
                out_ += "<td>" + date_html(p.last_conversation) + "</td>";
                out_ += "<td>" + date_html(p.next_conversation) + "</td>";
                std::string left_out = t("report.col.errors");
                out_ += "<td class=\"n\">" + amount_html(p, p.invalid.hours, p.hours_per_year, left_out) + "</td>";
                out_ += "<td class=\"n\">" + amount_html(p, p.invalid.budget, p.budget_per_year, left_out) + "</td>";
            } else {
                std::string dash = "<span class=\"none\">–</span>";
                out_ += "<td class=\"n\">" + dash + "</td><td>" + dash + "</td><td>" + date_html(p.last_conversation) +
                        "</td><td>" + date_html(p.next_conversation) + "</td><td class=\"n\">" + dash + "</td><td class=\"n\">" +
                        dash + "</td>";
            }
            out_ += "<td>" + warnings_html(p.warnings) + "</td>";
            out_ += "</tr>\n";
            spill();
        });
        out_ += "</tbody>\n</table></div>\n</section>\n";
    }

    /// Self-assessments below the required level, a table per framework; only when some current POP has one.
    void assessments() {
        if (r_.assessments.empty()) return;
        section_start("assessments", "report.assessment.section");
        out_ += "<p class=\"intro\">" + esc(report_render::assessment_note(r_, lang_)) + "</p>\n";
        for (const AssessmentGroup& group : r_.assessments) {
            out_ += "<h3>" + esc(report_render::assessment_name(group.name_nl, group.name_en, lang_)) + "</h3>\n";
            out_ += "<div class=\"table-wrap\"><table class=\"assessments\">\n<thead><tr>";
            out_ += "<th scope=\"col\">" + t("report.assessment.col.area") + "</th>";
            out_ += "<th scope=\"col\" class=\"n\">" + t("report.assessment.col.assessed") + "</th>";
            out_ += "<th scope=\"col\" class=\"n\">" + t("report.assessment.col.below") + "</th>";
            out_ += "</tr></thead>\n<tbody>\n";
            for (const AssessmentAreaRow& row : group.areas) {
                report_render::AssessmentCells cells = report_render::assessment_cells(row, r_.min_group_size, lang_);
                out_ += "<tr><th scope=\"row\">" + esc(report_render::assessment_name(row.name_nl, row.name_en, lang_)) +
                        "</th>";
                out_ += std::string("<td class=\"n") + (row.assessed_suppressed ? " suppressed" : "") + "\">" +
                        esc(cells.assessed) + "</td>";
                out_ += std::string("<td class=\"n") + (row.suppressed != Suppressed::No ? " suppressed" : "") + "\">" +
                        esc(cells.below) + "</td></tr>\n";
            }
            out_ += "</tbody></table></div>\n";
        }
        out_ += "</section>\n";
    }

    void teams() {
        section_start("teams", "html.section.teams.heading");
        if (r_.teams.empty()) {
            out_ += "<p class=\"none\">" + t("html.empty") + "</p>\n</section>\n";
            return;
        }
        out_ += "<div class=\"table-wrap\"><table class=\"teams\">\n<thead><tr>";
        out_ += "<th scope=\"col\">" + t("html.col.team") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.people") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.with-current") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.goals") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.steps") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.hours") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.budget") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.warnings-count") + "</th>";
        out_ += "</tr></thead>\n<tbody>\n";
        TeamRow sum;
        for (const TeamRow& tr : r_.teams) {
            out_ += "<tr><th scope=\"row\">" + team_label(tr.team) + "</th>";
            out_ += "<td class=\"n\">" + num(tr.people) + "</td>";
            out_ += "<td>" + progress(tr.with_current_pop, tr.people, "html.current-aria") + "</td>";
            out_ += "<td class=\"n\">" + num(tr.goals) + "</td>";
            out_ += "<td>" + progress(tr.steps_done, tr.steps_total, "html.steps-aria") + "</td>";
            out_ += "<td class=\"n\">" + hours(tr.hours_per_year) + "</td>";
            out_ += "<td class=\"n\">" + hours(tr.budget_per_year) + "</td>";
            out_ += "<td class=\"n\">" + num(tr.warnings) + "</td></tr>\n";
            sum.people += tr.people;
            sum.with_current_pop += tr.with_current_pop;
            sum.goals += tr.goals;
            sum.steps_done += tr.steps_done;
            sum.steps_total += tr.steps_total;
            sum.hours_per_year += tr.hours_per_year;
            sum.budget_per_year += tr.budget_per_year;
            sum.warnings += tr.warnings;
        }
        out_ += "</tbody>\n<tfoot><tr><td>" + t("html.total") + "</td>";
        out_ += "<td class=\"n\">" + num(sum.people) + "</td>";
        out_ += "<td>" + progress(sum.with_current_pop, sum.people, "html.current-aria") + "</td>";
        out_ += "<td class=\"n\">" + num(sum.goals) + "</td>";
        out_ += "<td>" + progress(sum.steps_done, sum.steps_total, "html.steps-aria") + "</td>";
        out_ += "<td class=\"n\">" + hours(sum.hours_per_year) + "</td>";
        out_ += "<td class=\"n\">" + hours(sum.budget_per_year) + "</td>";
        out_ += "<td class=\"n\">" + num(sum.warnings) + "</td></tr></tfoot>\n";
        out_ += "</table></div>\n";
        if (std::string errors = report_render::left_out_for_errors_text(r_.left_out_for_errors, lang_); !errors.empty())
            out_ += "<p>" + code_spans(esc(errors)) + "</p>\n";
        out_ += "</section>\n";
    }

    std::string examples_html(const CountRow& row) const {
        if (row.examples.empty()) return "";
        std::string out = "<ul class=\"examples\">";
        for (const std::string& e : row.examples) out += "<li>" + esc(e) + "</li>";
        return out + "</ul>";
    }

    /// A table of count rows with a bar (goals, relative to the largest) and example titles.
    void count_table(const std::vector<CountRow>& rows, Kind kind, std::string_view first_col_key,
                     std::string_view zero_key) {
        int max = 0;
        for (const CountRow& row : rows) max = std::max(max, row.goals);
        out_ += "<div class=\"table-wrap\"><table class=\"counts\">\n<thead><tr>";
        out_ += "<th scope=\"col\">" + t(first_col_key) + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.goals") + "</th>";
        out_ += "<th scope=\"col\" class=\"n\">" + t("html.col.people") + "</th>";
        out_ += "<th scope=\"col\">" + t("html.col.examples") + "</th>";
        out_ += "</tr></thead>\n<tbody>\n";
        for (const CountRow& row : rows) {
            out_ += "<tr><th scope=\"row\">" + esc(row_label(row, kind));
            if (kind == Kind::SchoolGoal && !row.key.empty()) out_ += "<span class=\"id\">" + esc(row.key) + "</span>";
            out_ += "</th>";
            if (row.suppressed != Suppressed::No) {  // no numbers, no titles
                out_ += "<td class=\"n\"><span class=\"none\">–</span></td><td class=\"n\">" + suppressed(row) +
                        "</td><td></td></tr>\n";
                continue;
            }
            out_ += "<td class=\"n\">" + share_bar(row.goals, max) + " <span class=\"num\">" + num(row.goals) +
                    "</span></td>";
            out_ += "<td class=\"n\">" + num(row.people) + "</td>";
            out_ += "<td>";
            if (row.goals == 0) out_ += "<span class=\"tag\">" + t(zero_key) + "</span>";
            else out_ += examples_html(row);
            out_ += "</td></tr>\n";
        }
        out_ += "</tbody>\n</table></div>\n";
    }

    /// What a suppressed row shows instead of its numbers.
    std::string suppressed(const CountRow& row) const {
        return "<span class=\"suppressed\">" + esc(report_render::suppressed_text(row, r_.min_group_size, lang_)) +
               "</span>";
    }

    /// A bar relative to the largest value in its table (decoration: the number is in its own column).
    static std::string share_bar(int value, int max) {
        constexpr double kWidth = 120;
        double fill = max > 0 ? kWidth * value / max : 0;
        return "<svg class=\"bar\" width=\"120\" height=\"10\" viewBox=\"0 0 120 10\" aria-hidden=\"true\">"
               "<rect class=\"track\" x=\"0.5\" y=\"0.5\" width=\"119\" height=\"9\" rx=\"2\"/>"
               "<rect class=\"fill\" width=\"" + coord(fill) + "\" height=\"10\" rx=\"2\"/></svg>";
    }

    void school_goals() {
        section_start("school-goals", "html.section.school-goals.heading");
        out_ += "<p class=\"intro\">" + t("html.section.school-goals.intro") + "</p>\n";
        if (r_.school_goals.empty()) out_ += "<p class=\"none\">" + t("html.school-goals.none") + "</p>\n";
        else count_table(r_.school_goals, Kind::SchoolGoal, "html.col.school-goal", "html.school-goals.unused");
        out_ += "</section>\n";
    }

    void themes() {
        section_start("themes", "html.section.themes.heading");
        out_ += "<p class=\"intro\">" + t("html.section.themes.intro") + "</p>\n";
        if (r_.themes.empty()) out_ += "<p class=\"none\">" + t("html.empty") + "</p>\n";
        else count_table(r_.themes, Kind::Theme, "html.col.theme", "html.school-goals.unused");
        out_ += "</section>\n";
    }

    /// A section with a horizontal bar chart in inline SVG: label, bar (goals), numbers as text.
    void chart_section(const char* id, std::string_view heading_key, std::string_view intro_key,
                       const std::vector<CountRow>& rows, Kind kind) {
        section_start(id, heading_key, true);
        out_ += "<p class=\"intro\">" + t(intro_key) + "</p>\n";
        if (rows.empty()) {
            out_ += "<p class=\"none\">" + t("html.empty") + "</p>\n</section>\n";
            return;
        }
        constexpr int kRow = 24, kTop = 4, kLabelRight = 250, kBarX = 260, kBarWidth = 300, kValueX = 570,
                      kWidth = 780;
        int max = 0;
        for (const CountRow& row : rows) max = std::max(max, row.goals);
        int height = kTop * 2 + kRow * static_cast<int>(rows.size());
        std::string title = t(heading_key);
        std::string desc;
        std::string body;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const CountRow& row = rows[i];
            std::string label = printable_text(row_label(row, kind));
            std::vector<MessageArg> args{{"goals", count_text("html.count.goals", row.goals)},
                                         {"people", count_text("html.count.people", row.people)}};
            std::string value = row.suppressed != Suppressed::No
                                    ? report_render::suppressed_text(row, r_.min_group_size, lang_)
                                    : render_message("html.chart.value", lang_, args);
            std::string line = label + ": " + value;
            desc += (i ? "; " : "") + line;
            double fill = max > 0 ? static_cast<double>(kBarWidth) * row.goals / max : 0;
            int y = kTop + kRow * static_cast<int>(i);
            body += "<g class=\"row\" transform=\"translate(0," + num(y) + ")\"><title>" + esc(line) + "</title>";
            body += "<text class=\"label\" x=\"" + num(kLabelRight) + "\" y=\"16\" text-anchor=\"end\">" +
                    esc(utf8::shorten(label, 36)) + "</text>";
            body += "<rect class=\"track\" x=\"" + num(kBarX) + ".5\" y=\"4.5\" width=\"" + num(kBarWidth - 1) +
                    "\" height=\"13\" rx=\"2\"/>";
            body += "<rect class=\"fill\" x=\"" + num(kBarX) + "\" y=\"4\" width=\"" + coord(fill) +
                    "\" height=\"14\" rx=\"2\"/>";
            body += "<text class=\"value\" x=\"" + num(kValueX) + "\" y=\"16\">" + esc(value) + "</text></g>\n";
        }
        std::string sid(id);
        out_ += "<figure class=\"chart\">\n<svg width=\"" + num(kWidth) +
                "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(kWidth) + " " + num(height) +
                "\" role=\"img\" aria-labelledby=\"" + sid + "-title " + sid + "-desc\">\n";
        out_ += "<title id=\"" + sid + "-title\">" + title + "</title>\n";
        out_ += "<desc id=\"" + sid + "-desc\">" + esc(desc) + "</desc>\n";
        out_ += body;
        out_ += "</svg>\n</figure>\n</section>\n";
    }

    /// Like count(), unescaped: for text that is escaped later.
    std::string count_text(std::string_view key, int n) const {
        return render_message(key, lang_, std::vector<MessageArg>{{"n", num(n)}});
    }

    void privacy() {
        section_start("privacy", "html.section.privacy.heading");
        out_ += "<p>" + t("html.section.privacy.intro") + "</p>\n";
        out_ += "<p>" + t(render_keys::small_groups_key("html.privacy.small-groups", r_.min_group_size), {{"min", num(r_.min_group_size)}}) + "</p>\n";
        const LeftOut& l = r_.left_out;
        out_ += "<dl class=\"left-out\">\n";
        for (auto [key, n] : std::initializer_list<std::pair<const char*, int>>{
                 {"html.privacy.goals", l.private_goals},
                 {"html.privacy.steps", l.private_steps},
                 {"html.privacy.evidence", l.private_evidence},
                 {"html.privacy.conversations", l.private_conversations},
                 {"html.privacy.notes", l.notes},
                 {"html.privacy.reflections", l.reflections}})
            out_ += "<dt>" + t(key) + "</dt><dd>" + num(n) + "</dd>\n";
        out_ += "</dl>\n</section>\n";
    }
};

}  // namespace

namespace report_render {

void write_report_html(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                       const ReportSink& out) {
    Page(report, people, options, out).render();
}

}  // namespace report_render
}  // namespace pop
