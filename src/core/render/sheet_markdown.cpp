/// `pop sheet --format markdown`: the sheet for people who keep their notes in markdown. The
/// same parts as the HTML page; text from the file is written on one line per item (line breaks
/// of multi-line fields kept as markdown line breaks), every label from the catalog.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/text.h"
#include "pop/model/names.h"
#include "pop/render/sheet.h"
#include "sheet_internal.h"

namespace pop {
namespace {

using namespace sheet_text;

/// Text for one markdown line: no control characters; markup characters that would start
/// formatting are escaped; line breaks become "<br>"-free hard breaks (two spaces, newline, indent).
std::string md(std::string_view text, std::string_view indent = "") {
    std::string out;
    std::size_t from = 0;
    while (true) {
        std::size_t nl = text.find('\n', from);
        std::string clean = printable_text(text.substr(from, nl == std::string_view::npos ? nl : nl - from));
        for (char c : clean) {
            if (c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' || c == '|' || c == '\\')
                out.push_back('\\');
            out.push_back(c);
        }
        if (nl == std::string_view::npos || nl + 1 >= text.size()) break;
        out += "  \n";
        out += indent;
        from = nl + 1;
    }
    return out;
}

/// A catalog line whose backticks mark code: the parts between backticks are kept as code spans.
std::string md_code(std::string_view text) {
    std::string out;
    bool open = false;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t tick = text.find('`', from);
        std::string_view part = text.substr(from, tick == std::string_view::npos ? std::string_view::npos : tick - from);
        out += open ? "`" + printable_text(part) + "`" : md(part);
        if (tick == std::string_view::npos) break;
        open = !open;
        from = tick + 1;
    }
    return out;
}

class MarkdownSheet {
public:
    MarkdownSheet(const Sheet& sheet, Lang lang) : s_(sheet), lang_(lang) {}

    std::string render() {
        out_ += "# " + md(t("sheet.heading", lang_)) + "\n\n";
        out_ += md(t("sheet.made-on", lang_, {{"date", long_date(s_.today, lang_)}})) + "\n\n";
        if (s_.has_private)
            out_ += "> **" + md(t("sheet.confidential", lang_)) + "**: " + md(t("sheet.confidential.note", lang_)) + "\n\n";
        fact("sheet.person.name", md(s_.name) + (s_.id.empty() ? "" : " (`" + printable_text(s_.id) + "`)"));
        fact("sheet.person.role", md(s_.role));
        fact("sheet.person.school", md(s_.school));
        if (!s_.team.empty()) fact("sheet.person.team", md(s_.team));
        fact("sheet.person.manager", md(s_.manager));
        fact("sheet.person.period", md(period_text(s_, lang_)));
        out_ += "\n## " + md(t("sheet.agenda", lang_)) + "\n\n";
        if (s_.next_conversation)
            out_ += md(t("sheet.next-conversation", lang_, {{"kind", "conversation." + s_.next_conversation->kind, true},
                                                           {"date", long_date(s_.next_conversation->date, lang_)}})) +
                    tag(s_.next_conversation->is_private) + "\n\n";
        else
            out_ += md(t("sheet.no-next-conversation", lang_)) + "\n\n";
        if (!s_.last_conversation) {
            out_ += md(t("sheet.no-conversation", lang_)) + "\n\n";
        } else {
            const SheetConversation& last = *s_.last_conversation;
            out_ += "### " + md(t("sheet.changes", lang_, {{"kind", "conversation." + last.kind, true},
                                                          {"date", long_date(last.date, lang_)}})) + "\n\n";
            out_ += "*" + md(changes_note(s_, lang_)) + "*\n\n";
            list(change_lines(s_, lang_), "sheet.changes.none");
            out_ += "### " + md(t("sheet.agreements", lang_)) + tag(last.is_private) + "\n\n";
            out_ += (last.agreements.empty() ? md(t("sheet.agreements.none", lang_)) : md(last.agreements)) + "\n\n";
            // Without history the changes above are these items already.
            if (s_.change_source == ChangeSource::History) {
                out_ += "**" + md(t("sheet.since", lang_)) + "**\n\n";
                list(activity_lines(s_, lang_), "sheet.since.none");
            }
        }
        out_ += "### " + md(t("sheet.due", lang_)) + "\n\n";
        list(due_lines(s_, lang_), "sheet.due.none");
        out_ += "### " + md(t("sheet.reminders", lang_)) + "\n\n";
        list(reminder_lines(s_, lang_), "sheet.reminders.none");
        school_year();
        assessment();
        out_ += "## " + md(t("sheet.goals", lang_)) + "\n\n";
        if (s_.goals.empty()) out_ += md(t("sheet.goals.none", lang_)) + "\n\n";
        for (const SheetGoal& g : s_.goals) goal(g);
        out_ += "## " + md(t("sheet.new-agreements", lang_)) + "\n\n";
        for (int i = 0; i < 5; ++i) out_ += "- \n";
        out_ += "\n## " + md(t("sheet.signatures", lang_)) + "\n\n";
        out_ += "| | " + md(t("sheet.sign.employee", lang_)) + " | " + md(t("sheet.sign.manager", lang_)) + " |\n";
        out_ += "|---|---|---|\n";
        out_ += "| " + md(t("sheet.sign.name", lang_)) + " | " + md(s_.name) + " | " + md(s_.manager) + " |\n";
        out_ += "| " + md(t("sheet.sign.date", lang_)) + " | | |\n";
        out_ += "| " + md(t("sheet.sign.signature", lang_)) + " | | |\n";
        return std::move(out_);
    }

private:
    std::string tag(bool is_private) const {
        return is_private ? " **(" + md(t("sheet.private-tag", lang_)) + ")**" : "";
    }

    void fact(std::string_view key, const std::string& value) {
        out_ += "- **" + md(t(key, lang_)) + "**: " + (value.empty() ? md(t("sheet.unknown", lang_)) : value) + "\n";
    }

    void list(const std::vector<Line>& lines, std::string_view none_key) {
        if (lines.empty()) out_ += md(t(none_key, lang_)) + "\n";
        for (const Line& l : lines) out_ += "- " + md_code(l.text) + tag(l.is_private) + "\n";
        out_ += "\n";
    }

    void school_year() {
        const YearAccount& y = s_.school_year;
        out_ += "### " + md(t("sheet.school-year", lang_, {{"year", school_year_name(y.amounts.year, s_.school_year_start)}})) + "\n\n";
        bool allowance = y.allowance.hours.has_value();
        if (allowance) out_ += "- " + md(t("hours.row.allowance", lang_)) + ": " + amount(*y.allowance.hours) + "\n";
        if (allowance && y.carried_hours > 0) out_ += "- " + md(t("hours.row.carried", lang_)) + ": " + amount(y.carried_hours) + "\n";
        out_ += "- " + md(t("hours.row.planned", lang_)) + ": " + amount(y.amounts.planned_hours) + "\n";
        out_ += "- " + md(t("hours.row.spent", lang_)) + ": " + amount(y.amounts.spent_hours()) + "\n";
        if (allowance) out_ += "- " + md(t("hours.row.left", lang_)) + ": " + amount(y.left_hours.value_or(0)) + "\n";
        if (!allowance) out_ += "\n" + md(t("hours.note.no-allowance", lang_)) + "\n";
        out_ += "\n";
    }

    void assessment() {
        if (!s_.framework) return;
        const CompetenceFramework& f = *s_.framework;
        const AssessmentSummary& a = s_.assessment;
        out_ += "## " + md(t("sheet.assessment", lang_, {{"framework", framework_name(f, lang_)}})) + tag(a.is_private) + "\n\n";
        if (!a.date) {
            out_ += md(t("sheet.assessment.none", lang_)) + "\n\n";
            return;
        }
        std::string line = t("sheet.assessment.latest", lang_, {{"date", long_date(*a.date, lang_)}});
        if (a.previous_date) line += ", " + t("sheet.assessment.previous", lang_, {{"date", long_date(*a.previous_date, lang_)}});
        if (!a.manager.empty()) line += ". " + t("sheet.assessment.manager", lang_, {{"name", a.manager}});
        out_ += md(line) + "\n\n|";
        for (std::string_view key : {"sheet.assessment.area", "sheet.assessment.level", "sheet.assessment.before",
                                     "sheet.assessment.manager-level", "sheet.assessment.required", "sheet.assessment.goals"})
            out_ += " " + md(t(key, lang_)) + " |";
        out_ += "\n|---|---|---|---|---|---|\n";
        for (const AreaStanding& area : a.areas) {
            std::string level = area.level.empty() ? md(t("sheet.assessment.not-assessed", lang_)) : md(level_name(f, area.level, lang_));
            if (area.below_required) level += " **" + md(t("sheet.assessment.below", lang_)) + "**";
            std::string goals;
            for (const std::string& g : area.goal_ids) goals += (goals.empty() ? "`" : ", `") + printable_text(g) + "`";
            std::string name = md(area_name(f, area.area, lang_));
            std::string explanation = area.explanation;  // one table row: line breaks become spaces
            std::replace(explanation.begin(), explanation.end(), '\n', ' ');
            if (!explanation.empty()) name += ": " + md(explanation);
            out_ += "| " + name + " | " + level + " | " + md(level_name(f, area.previous_level, lang_)) + " | " +
                    md(level_name(f, area.manager_level, lang_)) + " | " + md(level_name(f, area.required_level, lang_)) +
                    " | " + goals + " |\n";
        }
        out_ += "\n";
    }

    void goal(const SheetGoal& g) {
        out_ += "### " + md(g.title.empty() ? g.id : g.title) + (g.id.empty() ? "" : " (`" + printable_text(g.id) + "`)") +
                tag(g.is_private) + "\n\n";
        fact("sheet.goal.status", md(t(goal_status_key(g.status), lang_)));
        fact("sheet.goal.progress", md(t("sheet.goal.progress.value", lang_, {{"done", std::to_string(g.steps_done)},
                                                                             {"total", std::to_string(g.steps_total)}})));
        fact("sheet.goal.specific", md(g.specific, "  "));
        fact("sheet.goal.measurable", md(g.measurable, "  "));
        fact("sheet.goal.agreed", g.agreed_by.empty() && !g.agreed_on ? "" : md(agreed_text(g, lang_)));
        std::string realistic = hours_text(g, lang_);
        if (g.budget)
            realistic += "; " + t("sheet.goal.euros.value", lang_, {{"spent", amount(g.euros_spent)}, {"planned", amount(*g.budget)}});
        if (!g.realistic_note.empty()) realistic += "; " + g.realistic_note;
        fact("sheet.goal.realistic", md(realistic, "  "));
        fact("sheet.goal.time", md(t("sheet.period", lang_, {{"start", long_date(g.start, lang_)}, {"end", long_date(g.end, lang_)}})));
        fact("sheet.goal.inspiring", md(g.inspiring, "  "));
        if (!g.competence.empty()) {
            // The area's name in the framework; the id itself where the framework does not know it.
            const CompetenceArea* area = s_.framework ? s_.framework->find_area(g.competence) : nullptr;
            fact("sheet.goal.competence", area ? md(area_name(*s_.framework, g.competence, lang_)) : "`" + printable_text(g.competence) + "`");
        }
        out_ += "\n**" + md(t("sheet.goal.steps", lang_)) + "**\n\n";
        if (g.steps.empty()) out_ += md(t("sheet.goal.none", lang_)) + "\n";
        for (const SheetStep& st : g.steps) {
            out_ += std::string(st.done ? "- [x] " : "- [ ] ") + md(st.what);
            if (st.done) out_ += " (" + md(t("sheet.step.done", lang_, {{"date", long_date(*st.done, lang_)}})) + ")";
            else if (st.due) out_ += " (" + md(t("sheet.step.due", lang_, {{"date", long_date(*st.due, lang_)}})) + ")";
            if (st.overdue) out_ += " **" + md(t("sheet.step.overdue", lang_)) + "**";
            out_ += tag(st.is_private) + "\n";
        }
        out_ += "\n**" + md(t("sheet.goal.evidence", lang_)) + "**\n\n";
        if (g.evidence.empty()) out_ += md(t("sheet.goal.none", lang_)) + "\n";
        for (const SheetEvidence& e : g.evidence) {
            out_ += "- " + (e.date ? md(long_date(*e.date, lang_)) + ": " : std::string()) + md(e.what);
            if (!e.link.empty()) out_ += " <" + printable_text(e.link) + ">";
            if (!e.file.empty()) out_ += " `" + printable_text(e.file) + "`";
            out_ += tag(e.is_private) + "\n";
        }
        out_ += "\n";
    }

    const Sheet& s_;
    Lang lang_;
    std::string out_;
};

}  // namespace

std::string render_sheet_markdown(const Sheet& sheet, Lang lang) { return MarkdownSheet(sheet, lang).render(); }

}  // namespace pop
