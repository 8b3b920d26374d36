/// `pop sheet` (HTML): one person's POP as a self-contained printable page. No scripts, no external
/// assets: inline CSS with print rules (A4 with @page margins; goals and the signature block are not
/// split over pages; long words and addresses wrap). Every text from the file is escaped; every
/// label comes from the message catalog (sheet.*). The output depends only on the sheet and the language.

#include <string>
#include <string_view>
#include <vector>

#include "pop/render/escape.h"
#include "pop/base/text.h"
#include "pop/model/names.h"
#include "pop/render/sheet.h"
#include "sheet_internal.h"

namespace pop {
namespace {

using namespace sheet_text;

/// Text made safe for HTML content and attribute values; line breaks kept (shown by CSS pre-line).
std::string esc(std::string_view text) { return html_escape(text, true); }

/// Escaped text with `code` (pairs of backticks) marked up as <code>.
std::string code_spans(std::string_view text) { return html_code_spans(esc(text)); }

constexpr std::string_view kStyle = R"(
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1b1b1b; background: #fff; }
body { max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #2f4858; margin: 1.4em 0 .5em; padding-bottom: .15em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.05em; margin: .9em 0 .3em; break-after: avoid; page-break-after: avoid; }
p { margin: .3em 0; }
ul { margin: .2em 0 .5em; padding-left: 1.3em; }
.muted, .note { color: #555; }
.pre { white-space: pre-line; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .92em; background: #f1f3f4; padding: 0 .2em; border-radius: 2px; }
.banner { border: 3px solid #a31515; color: #a31515; padding: .5em .8em; margin: .8em 0; }
.banner strong { text-transform: uppercase; letter-spacing: .08em; }
.tag { display: inline-block; font-size: .78em; padding: 0 .35em; border-radius: 3px; border: 1px solid #888; margin-left: .3em; white-space: nowrap; }
.tag.private { border-color: #a31515; color: #a31515; }
.tag.overdue { border-color: #a31515; background: #a31515; color: #fff; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: .2em .5em .2em 0; }
table.facts th { width: 12em; font-weight: 600; }
table.amounts td { text-align: right; }
table.amounts th { font-weight: 600; }
table.levels th, table.levels td { border-bottom: 1px solid #d5dadd; padding: .25em .4em .25em 0; }
table.levels th:first-child { width: 34%; }
section.assessment { break-inside: avoid; page-break-inside: avoid; }
section.goal { border: 1px solid #b9c2c8; border-radius: 4px; padding: .5em .9em .7em; margin: 0 0 1em; break-inside: avoid; page-break-inside: avoid; }
section.goal h3 { margin-top: .2em; }
.writing div { border-bottom: 1px solid #777; height: 2.1em; }
.signatures { break-inside: avoid; page-break-inside: avoid; }
.signatures td { border-bottom: 1px solid #777; height: 2.6em; }
.signatures col.label { width: 12em; }
.signatures th.who { font-size: 1.05em; padding-top: .6em; }
a { color: #1a4d80; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
)";

class HtmlSheet {
public:
    HtmlSheet(const Sheet& sheet, Lang lang) : s_(sheet), lang_(lang) {}

    std::string render() {
        out_ += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_tag(lang_)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
        out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out_ += "<title>" + esc(t("sheet.title", lang_, {{"name", s_.name}})) + "</title>\n";
        out_ += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
        header();
        agenda();
        assessment();
        goals();
        agreements_and_signatures();
        out_ += "</body>\n</html>\n";
        return std::move(out_);
    }

private:
    std::string tag(bool is_private) const {
        return is_private ? " <span class=\"tag private\">" + esc(t("sheet.private-tag", lang_)) + "</span>" : "";
    }

    void list(const std::vector<Line>& lines, std::string_view none_key) {
        if (lines.empty()) {
            out_ += "<p class=\"muted\">" + esc(t(none_key, lang_)) + "</p>\n";
            return;
        }
        out_ += "<ul>\n";
        for (const Line& l : lines) out_ += "<li>" + code_spans(l.text) + tag(l.is_private) + "</li>\n";
        out_ += "</ul>\n";
    }

    void fact(std::string_view label_key, const std::string& value_html) {
        out_ += "<tr><th scope=\"row\">" + esc(t(label_key, lang_)) + "</th><td>" + value_html + "</td></tr>\n";
    }

    std::string text_or_unknown(const std::string& text) const {
        return text.empty() ? "<span class=\"muted\">" + esc(t("sheet.unknown", lang_)) + "</span>"
                            : "<span class=\"pre\">" + esc(text) + "</span>";
    }

    void header() {
        out_ += "<header>\n<h1>" + esc(t("sheet.heading", lang_)) + "</h1>\n";
        out_ += "<p class=\"muted\">" + esc(t("sheet.made-on", lang_, {{"date", long_date(s_.today, lang_)}})) + "</p>\n";
        if (s_.has_private)
            out_ += "<div class=\"banner\" role=\"note\"><strong>" + esc(t("sheet.confidential", lang_)) + "</strong> " +
                    esc(t("sheet.confidential.note", lang_)) + "</div>\n";
        out_ += "<table class=\"facts\">\n";
        fact("sheet.person.name", text_or_unknown(s_.name) + (s_.id.empty() ? "" : " <code>" + esc(s_.id) + "</code>"));
        fact("sheet.person.role", text_or_unknown(s_.role));
        fact("sheet.person.school", text_or_unknown(s_.school));
        if (!s_.team.empty()) fact("sheet.person.team", esc(s_.team));
        fact("sheet.person.manager", text_or_unknown(s_.manager));
        fact("sheet.person.period", esc(period_text(s_, lang_)));
        out_ += "</table>\n</header>\n";
    }

    void agenda() {
        out_ += "<section class=\"agenda\">\n<h2>" + esc(t("sheet.agenda", lang_)) + "</h2>\n";
        if (s_.next_conversation)
            out_ += "<p>" + esc(t("sheet.next-conversation", lang_,
                                  {{"kind", "conversation." + s_.next_conversation->kind, true},
                                   {"date", long_date(s_.next_conversation->date, lang_)}})) +
                    tag(s_.next_conversation->is_private) + "</p>\n";
        else
            out_ += "<p class=\"muted\">" + esc(t("sheet.no-next-conversation", lang_)) + "</p>\n";
        if (!s_.last_conversation) {
            out_ += "<p class=\"muted\">" + esc(t("sheet.no-conversation", lang_)) + "</p>\n";
        } else {
            const SheetConversation& last = *s_.last_conversation;
            out_ += "<h3>" + esc(t("sheet.changes", lang_, {{"kind", "conversation." + last.kind, true},
                                                          {"date", long_date(last.date, lang_)}})) + "</h3>\n";
            out_ += "<p class=\"note\">" + esc(changes_note(s_, lang_)) + "</p>\n";
            list(change_lines(s_, lang_), "sheet.changes.none");
            out_ += "<h3>" + esc(t("sheet.agreements", lang_)) + tag(last.is_private) + "</h3>\n";
            if (last.agreements.empty()) out_ += "<p class=\"muted\">" + esc(t("sheet.agreements.none", lang_)) + "</p>\n";
            else out_ += "<p class=\"pre\">" + esc(last.agreements) + "</p>\n";
            // Without history the changes above are these items already.
            if (s_.change_source == ChangeSource::History) {
                out_ += "<p><strong>" + esc(t("sheet.since", lang_)) + "</strong></p>\n";
                list(activity_lines(s_, lang_), "sheet.since.none");
            }
        }
        out_ += "<h3>" + esc(t("sheet.due", lang_)) + "</h3>\n";
        list(due_lines(s_, lang_), "sheet.due.none");
        out_ += "<h3>" + esc(t("sheet.reminders", lang_)) + "</h3>\n";
        list(reminder_lines(s_, lang_), "sheet.reminders.none");
        school_year();
        out_ += "</section>\n";
    }

    void school_year() {
        const YearAccount& y = s_.school_year;
        out_ += "<h3>" + esc(t("sheet.school-year", lang_, {{"year", school_year_name(y.amounts.year, s_.school_year_start)}})) + "</h3>\n";
        out_ += "<table class=\"amounts\">\n<tr>";
        auto head = [&](std::string_view key) { out_ += "<th scope=\"col\">" + esc(t(key, lang_)) + "</th>"; };
        bool allowance = y.allowance.hours.has_value();
        if (allowance) head("hours.row.allowance");
        if (allowance && y.carried_hours > 0) head("hours.row.carried");
        head("hours.row.planned");
        head("hours.row.spent");
        if (allowance) head("hours.row.left");
        out_ += "</tr>\n<tr>";
        auto cell = [&](double v) { out_ += "<td>" + amount(v) + "</td>"; };
        if (allowance) cell(*y.allowance.hours);
        if (allowance && y.carried_hours > 0) cell(y.carried_hours);
        cell(y.amounts.planned_hours);
        cell(y.amounts.spent_hours());
        if (allowance) cell(y.left_hours.value_or(0));
        out_ += "</tr>\n</table>\n";
        if (!allowance) out_ += "<p class=\"note\">" + esc(t("hours.note.no-allowance", lang_)) + "</p>\n";
    }

    void assessment() {
        if (!s_.framework) return;
        const CompetenceFramework& f = *s_.framework;
        const AssessmentSummary& a = s_.assessment;
        out_ += "<section class=\"assessment\">\n<h2>" +
                esc(t("sheet.assessment", lang_, {{"framework", framework_name(f, lang_)}})) + tag(a.is_private) + "</h2>\n";
        if (!a.date) {
            out_ += "<p class=\"muted\">" + esc(t("sheet.assessment.none", lang_)) + "</p>\n</section>\n";
            return;
        }
        std::string line = t("sheet.assessment.latest", lang_, {{"date", long_date(*a.date, lang_)}});
        if (a.previous_date) line += ", " + t("sheet.assessment.previous", lang_, {{"date", long_date(*a.previous_date, lang_)}});
        if (!a.manager.empty()) line += ". " + t("sheet.assessment.manager", lang_, {{"name", a.manager}});
        out_ += "<p>" + esc(line) + "</p>\n<table class=\"levels\">\n<tr>";
        for (std::string_view key : {"sheet.assessment.area", "sheet.assessment.level", "sheet.assessment.before",
                                     "sheet.assessment.manager-level", "sheet.assessment.required", "sheet.assessment.goals"})
            out_ += "<th scope=\"col\">" + esc(t(key, lang_)) + "</th>";
        out_ += "</tr>\n";
        for (const AreaStanding& area : a.areas) {
            std::string level = area.level.empty() ? "<span class=\"muted\">" + esc(t("sheet.assessment.not-assessed", lang_)) + "</span>"
                                                   : esc(level_name(f, area.level, lang_));
            if (area.below_required) level += " <span class=\"tag overdue\">" + esc(t("sheet.assessment.below", lang_)) + "</span>";
            std::string goals;
            for (const std::string& g : area.goal_ids) goals += (goals.empty() ? "" : " ") + ("<code>" + esc(g) + "</code>");
            out_ += "<tr><td>" + esc(area_name(f, area.area, lang_));
            if (!area.explanation.empty()) out_ += "<br><span class=\"pre muted\">" + esc(area.explanation) + "</span>";
            for (const std::string& e : area.evidence) out_ += "<br><span class=\"muted\">" + esc(e) + "</span>";
            out_ += "</td><td>" + level + "</td><td>" + esc(level_name(f, area.previous_level, lang_)) + "</td><td>" +
                    esc(level_name(f, area.manager_level, lang_)) + "</td><td>" + esc(level_name(f, area.required_level, lang_)) +
                    "</td><td>" + goals + "</td></tr>\n";
        }
        out_ += "</table>\n</section>\n";
    }

    std::string link_html(const SheetEvidence& e) const {
        std::string out;
        if (!e.link.empty()) {
            bool web = e.link.starts_with("https://") || e.link.starts_with("http://");
            out += web ? " <a href=\"" + esc(e.link) + "\">" + esc(e.link) + "</a>" : " " + esc(e.link);
        }
        if (!e.file.empty()) out += " <code>" + esc(e.file) + "</code>";
        return out;
    }

    void goal(const SheetGoal& g) {
        out_ += "<section class=\"goal\">\n<h3>" + esc(g.title.empty() ? g.id : g.title) +
                (g.id.empty() ? "" : " <code>" + esc(g.id) + "</code>") + tag(g.is_private) + "</h3>\n";
        out_ += "<table class=\"facts\">\n";
        fact("sheet.goal.status", esc(t(goal_status_key(g.status), lang_)));
        fact("sheet.goal.progress",
             esc(t("sheet.goal.progress.value", lang_, {{"done", std::to_string(g.steps_done)},
                                                       {"total", std::to_string(g.steps_total)}})));
        fact("sheet.goal.specific", text_or_unknown(g.specific));
        fact("sheet.goal.measurable", text_or_unknown(g.measurable));
        fact("sheet.goal.agreed", g.agreed_by.empty() && !g.agreed_on ? text_or_unknown("") : esc(agreed_text(g, lang_)));
        std::string realistic = esc(hours_text(g, lang_));
        if (g.budget)
            realistic += "<br>" + esc(t("sheet.goal.euros.value", lang_, {{"spent", amount(g.euros_spent)},
                                                                         {"planned", amount(*g.budget)}}));
        if (!g.realistic_note.empty()) realistic += "<br><span class=\"pre\">" + esc(g.realistic_note) + "</span>";
        fact("sheet.goal.realistic", realistic);
        fact("sheet.goal.time", esc(t("sheet.period", lang_, {{"start", long_date(g.start, lang_)},
                                                              {"end", long_date(g.end, lang_)}})));
        fact("sheet.goal.inspiring", text_or_unknown(g.inspiring));
        if (!g.competence.empty()) {
            // The area's name in the framework; the id itself where the framework does not know it.
            const CompetenceArea* area = s_.framework ? s_.framework->find_area(g.competence) : nullptr;
            fact("sheet.goal.competence", area ? esc(area_name(*s_.framework, g.competence, lang_)) : "<code>" + esc(g.competence) + "</code>");
        }
        out_ += "</table>\n";
        out_ += "<p><strong>" + esc(t("sheet.goal.steps", lang_)) + "</strong></p>\n";
        if (g.steps.empty()) out_ += "<p class=\"muted\">" + esc(t("sheet.goal.none", lang_)) + "</p>\n";
        else {
            out_ += "<ul>\n";
            for (const SheetStep& st : g.steps) {
                out_ += "<li>" + (st.done ? std::string("✓ ") : std::string("☐ ")) + esc(st.what);
                if (st.done) out_ += " <span class=\"muted\">(" + esc(t("sheet.step.done", lang_, {{"date", long_date(*st.done, lang_)}})) + ")</span>";
                else if (st.due) out_ += " <span class=\"muted\">(" + esc(t("sheet.step.due", lang_, {{"date", long_date(*st.due, lang_)}})) + ")</span>";
                if (st.overdue) out_ += " <span class=\"tag overdue\">" + esc(t("sheet.step.overdue", lang_)) + "</span>";
                out_ += tag(st.is_private) + "</li>\n";
            }
            out_ += "</ul>\n";
        }
        out_ += "<p><strong>" + esc(t("sheet.goal.evidence", lang_)) + "</strong></p>\n";
        if (g.evidence.empty()) out_ += "<p class=\"muted\">" + esc(t("sheet.goal.none", lang_)) + "</p>\n";
        else {
            out_ += "<ul>\n";
            for (const SheetEvidence& e : g.evidence)
                out_ += "<li>" + (e.date ? esc(long_date(*e.date, lang_)) + ": " : std::string()) + esc(e.what) +
                        link_html(e) + tag(e.is_private) + "</li>\n";
            out_ += "</ul>\n";
        }
        out_ += "</section>\n";
    }

    void goals() {
        out_ += "<section class=\"goals\">\n<h2>" + esc(t("sheet.goals", lang_)) + "</h2>\n";
        if (s_.goals.empty()) out_ += "<p class=\"muted\">" + esc(t("sheet.goals.none", lang_)) + "</p>\n";
        for (const SheetGoal& g : s_.goals) goal(g);
        out_ += "</section>\n";
    }

    void agreements_and_signatures() {
        out_ += "<section class=\"new-agreements\">\n<h2>" + esc(t("sheet.new-agreements", lang_)) + "</h2>\n";
        out_ += "<div class=\"writing\">";
        for (int i = 0; i < 8; ++i) out_ += "<div></div>";
        out_ += "</div>\n</section>\n";
        out_ += "<section class=\"signatures\">\n<h2>" + esc(t("sheet.signatures", lang_)) + "</h2>\n<table>\n<colgroup><col class=\"label\"><col></colgroup>\n";
        auto who = [&](std::string_view key, const std::string& name) {
            out_ += "<tr><th class=\"who\" colspan=\"2\">" + esc(t(key, lang_)) + "</th></tr>\n";
            out_ += "<tr><th scope=\"row\">" + esc(t("sheet.sign.name", lang_)) + "</th><td>" + esc(name) + "</td></tr>\n";
            out_ += "<tr><th scope=\"row\">" + esc(t("sheet.sign.date", lang_)) + "</th><td></td></tr>\n";
            out_ += "<tr><th scope=\"row\">" + esc(t("sheet.sign.signature", lang_)) + "</th><td></td></tr>\n";
        };
        who("sheet.sign.employee", s_.name);
        who("sheet.sign.manager", s_.manager);
        out_ += "</table>\n</section>\n";
    }

    const Sheet& s_;
    Lang lang_;
    std::string out_;
};

}  // namespace

std::string render_sheet_html(const Sheet& sheet, Lang lang) { return HtmlSheet(sheet, lang).render(); }

}  // namespace pop
