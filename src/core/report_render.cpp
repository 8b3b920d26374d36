// Renderers of the team report: text tables, markdown, csv and json (html: report_html.cpp).
#include <algorithm>

#include <fmt/format.h>

#include "pop/json.h"
#include "pop/report.h"
#include "pop/text.h"

namespace pop {
namespace {

std::string date_or_dash(const std::optional<Date>& d) { return d ? d->to_string() : "-"; }

std::string hours_text(double h) { return fmt::format("{:.0f}", h); }

std::size_t width_of(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// Cuts text to at most `width` characters (with an ellipsis), never inside a UTF-8 character.
std::string fit(const std::string& s, std::size_t width) {
    if (width_of(s) <= width) return s;
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size() && n + 1 < width; ++n) {
        std::size_t len = 1;
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        out.append(s, i, len);
        i += len;
    }
    return out + "…";
}

std::string pad(const std::string& s, std::size_t width) {
    std::size_t w = width_of(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

std::string rpad(const std::string& s, std::size_t width) {
    std::size_t w = width_of(s);
    return w >= width ? s : std::string(width - w, ' ') + s;
}

std::string msg(std::string_view key, Lang lang, std::vector<MessageArg> args = {}) {
    return render_message(key, lang, args);
}

// The people table as rows of cells (header first); shared by text, markdown and csv.
std::vector<std::vector<std::string>> people_cells(const TeamReport& r, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({msg("report.col.name", lang), msg("report.col.id", lang), msg("report.col.team", lang),
                    msg("report.col.pop-until", lang), msg("report.col.goals", lang), msg("report.col.steps", lang),
                    msg("report.col.last-talk", lang), msg("report.col.next-talk", lang),
                    msg("report.col.hours", lang), msg("report.col.warnings", lang)});
    for (const PersonRow& p : r.people) {
        std::string warnings = p.has_current_pop ? std::to_string(p.warnings.size()) : "-";
        rows.push_back({p.name, p.id, p.team,
                        p.has_current_pop ? date_or_dash(p.period_end) : msg("report.missing", lang),
                        p.has_current_pop ? fmt::format("{}/{}", p.goals_achieved, p.goals) : "-",
                        p.has_current_pop ? fmt::format("{}/{}", p.steps_done, p.steps_total) : "-",
                        date_or_dash(p.last_conversation), date_or_dash(p.next_conversation),
                        p.has_current_pop ? hours_text(p.hours_per_year) : "-", warnings});
    }
    return rows;
}

std::string left_out_text(const LeftOut& l, Lang lang) {
    return msg("report.left-out", lang,
               {{"goals", std::to_string(l.private_goals)}, {"steps", std::to_string(l.private_steps)},
                {"evidence", std::to_string(l.private_evidence)}, {"conversations", std::to_string(l.private_conversations)},
                {"notes", std::to_string(l.notes)}, {"reflections", std::to_string(l.reflections)}});
}

/// A section of counts: its title, its rows, and the catalog prefix that names its values.
struct Grouping {
    std::string title;
    const std::vector<CountRow>* rows;
    std::string_view label_prefix;
};

std::vector<Grouping> groupings(const TeamReport& r, Lang lang) {
    return {{msg("report.section.school-goals", lang), &r.school_goals, ""},
            {msg("report.section.themes", lang), &r.themes, "html.competence."},  // a theme may be a competence area
            {msg("report.section.methods", lang), &r.methods, "html.method."},
            {msg("report.section.learning", lang), &r.learning, "html.learning-kind."},
            {msg("report.section.competences", lang), &r.competences, "html.competence."}};
}

// A value as people say it: a school goal with its title, a method or area in words.
std::string count_label(const CountRow& row, std::string_view prefix, Lang lang) {
    if (!row.label.empty()) return row.key + " — " + row.label;
    if (!prefix.empty())
        if (auto t = message_template(std::string(prefix) + row.key, lang)) return std::string(*t);
    return row.key;
}

}  // namespace

std::string render_report_text(const TeamReport& r, const ReportOptions& o) {
    const char* bold = o.color ? "\x1b[1m" : "";
    const char* red = o.color ? "\x1b[31m" : "";
    const char* reset = o.color ? "\x1b[0m" : "";
    std::string out = fmt::format("{}{}{}\n\n", bold,
                                  msg("report.title", o.lang, {{"date", r.today.to_string()},
                                                                {"people", std::to_string(r.people.size())},
                                                                {"pops", std::to_string(r.pops)}}),
                                  reset);
    // The people table: the name and warnings columns give way when the terminal is narrow.
    auto cells = people_cells(r, o.lang);
    std::vector<std::size_t> widths(cells.front().size(), 0);
    for (const auto& row : cells)
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width_of(printable_text(row[c])));
    auto total = [&] {
        std::size_t t = 0;
        for (std::size_t w : widths) t += w + 2;
        return t;
    };
    for (std::size_t shrink : {2u, 0u}) {  // team, then name
        std::size_t floor = 10;
        while (total() > static_cast<std::size_t>(std::max(o.width, 40)) && widths[shrink] > floor) --widths[shrink];
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string line;
        for (std::size_t c = 0; c < cells[i].size(); ++c) {
            std::string cell = fit(printable_text(cells[i][c]), widths[c]);
            bool numeric = (c >= 4 && c <= 5) || c >= 8;
            line += (numeric ? rpad(cell, widths[c]) : pad(cell, widths[c])) + "  ";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        bool missing = i > 0 && !r.people[i - 1].has_current_pop;
        out += (i == 0 ? bold : missing ? red : "") + line + ((i == 0 || missing) ? reset : "") + "\n";
    }
    out += "\n" + std::string(bold) + msg("report.section.teams", o.lang) + reset + "\n";
    for (const TeamRow& t : r.teams)
        out += "  " + msg("report.team-line", o.lang,
                          {{"team", t.team.empty() ? "-" : printable_text(t.team)},
                           {"people", std::to_string(t.people)},
                           {"with", std::to_string(t.with_current_pop)},
                           {"goals", std::to_string(t.goals)},
                           {"done", std::to_string(t.steps_done)},
                           {"steps", std::to_string(t.steps_total)},
                           {"hours", hours_text(t.hours_per_year)},
                           {"warnings", std::to_string(t.warnings)}}) + "\n";
    for (const auto& [title, rows, prefix] : groupings(r, o.lang)) {
        out += "\n" + std::string(bold) + title + reset + "\n";
        if (rows->empty()) out += "  -\n";
        for (const CountRow& row : *rows)
            out += "  " + msg("report.count-line", o.lang,
                              {{"what", fit(printable_text(count_label(row, prefix, o.lang)), 60)},
                               {"goals", std::to_string(row.goals)},
                               {"people", std::to_string(row.people)}}) + "\n";
    }
    out += "\n" + left_out_text(r.left_out, o.lang) + "\n";
    return out;
}

std::string render_report_markdown(const TeamReport& r, const ReportOptions& o) {
    auto md = [](const std::string& s) {
        std::string out;
        for (char c : printable_text(s)) {
            if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\')
                out += '\\';
            out += c;
        }
        return out;
    };
    std::string out = "# " + msg("report.title", o.lang, {{"date", r.today.to_string()},
                                                          {"people", std::to_string(r.people.size())},
                                                          {"pops", std::to_string(r.pops)}}) + "\n\n";
    auto cells = people_cells(r, o.lang);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        out += "|";
        for (const std::string& c : cells[i]) out += " " + md(c) + " |";
        out += "\n";
        if (i == 0) {
            out += "|";
            for (std::size_t c = 0; c < cells[i].size(); ++c) out += (c >= 4 && c <= 5) || c >= 8 ? "---:|" : "---|";
            out += "\n";
        }
    }
    out += "\n## " + msg("report.section.teams", o.lang) + "\n\n";
    out += "| " + msg("report.col.team", o.lang) + " | " + msg("report.col.people", o.lang) + " | " +
           msg("report.col.with-pop", o.lang) + " | " + msg("report.col.goals", o.lang) + " | " +
           msg("report.col.steps", o.lang) + " | " + msg("report.col.hours", o.lang) + " | " +
           msg("report.col.warnings", o.lang) + " |\n|---|---:|---:|---:|---:|---:|---:|\n";
    for (const TeamRow& t : r.teams)
        out += fmt::format("| {} | {} | {} | {} | {}/{} | {} | {} |\n", md(t.team.empty() ? "-" : t.team), t.people,
                           t.with_current_pop, t.goals, t.steps_done, t.steps_total, hours_text(t.hours_per_year),
                           t.warnings);
    for (const auto& [title, rows, prefix] : groupings(r, o.lang)) {
        out += "\n## " + title + "\n\n";
        if (rows->empty()) {
            out += "-\n";
            continue;
        }
        out += "| " + msg("report.col.what", o.lang) + " | " + msg("report.col.goals", o.lang) + " | " +
               msg("report.col.people", o.lang) + " | " + msg("report.col.examples", o.lang) + " |\n|---|---:|---:|---|\n";
        for (const CountRow& row : *rows) {
            std::string examples;
            for (const std::string& e : row.examples) examples += (examples.empty() ? "" : "; ") + md(e);
            out += fmt::format("| {} | {} | {} | {} |\n", md(count_label(row, prefix, o.lang)), row.goals, row.people, examples);
        }
    }
    out += "\n" + left_out_text(r.left_out, o.lang) + "\n";
    return out;
}

std::string render_report_csv(const TeamReport& r, const ReportOptions& o) {
    auto quote = [&](const std::string& s) {
        bool needs = s.find_first_of(std::string("\"\r\n") + o.csv_separator) != std::string::npos;
        std::string t = s;
        // A leading =, +, - or @ makes spreadsheets run a formula: keep it text.
        if (!t.empty() && (t[0] == '=' || t[0] == '+' || t[0] == '-' || t[0] == '@') && t != "-") t = "'" + t;
        if (!needs) return t;
        std::string out = "\"";
        for (char c : t) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    };
    // Numbers in columns of their own: a spreadsheet reads "1/3" as a date.
    std::vector<std::vector<std::string>> rows;
    rows.push_back({msg("report.col.name", o.lang), msg("report.col.id", o.lang), msg("report.col.team", o.lang),
                    msg("report.col.has-pop", o.lang), msg("report.col.pop-until", o.lang),
                    msg("report.col.goals-achieved", o.lang), msg("report.col.goals", o.lang),
                    msg("report.col.steps-done", o.lang), msg("report.col.steps", o.lang),
                    msg("report.col.last-talk", o.lang), msg("report.col.next-talk", o.lang),
                    msg("report.col.hours", o.lang), msg("report.col.warnings", o.lang)});
    for (const PersonRow& p : r.people) {
        std::string warnings;
        for (const std::string& w : p.warnings) warnings += (warnings.empty() ? "" : " ") + w;
        rows.push_back({p.name, p.id, p.team, p.has_current_pop ? "1" : "0",
                        p.period_end && p.has_current_pop ? p.period_end->to_string() : "",
                        std::to_string(p.goals_achieved), std::to_string(p.goals), std::to_string(p.steps_done),
                        std::to_string(p.steps_total), p.last_conversation ? p.last_conversation->to_string() : "",
                        p.next_conversation ? p.next_conversation->to_string() : "",
                        hours_text(p.hours_per_year), warnings});
    }
    std::string out;
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) out += (c ? std::string(1, o.csv_separator) : "") + quote(row[c]);
        out += "\r\n";
    }
    return out;
}

std::string render_report_json(const TeamReport& r, const ReportOptions&) {
    JsonWriter w;
    auto opt_date = [&](const char* key, const std::optional<Date>& d) {
        if (d) w.key(key).value(d->to_string());
        else w.key(key).null();
    };
    w.begin_object();
    w.key("format").value("pop-report");
    w.key("version").value(std::int64_t{1});
    w.key("today").value(r.today.to_string());
    w.key("pops").value(std::int64_t{r.pops});
    w.key("people").begin_array();
    for (const PersonRow& p : r.people) {
        w.begin_object();
        w.key("id").value(p.id);
        w.key("name").value(p.name);
        w.key("team").value(p.team);
        w.key("on_roster").value(p.on_roster);
        w.key("has_current_pop").value(p.has_current_pop);
        if (p.path.empty()) w.key("path").null();
        else w.key("path").value(printable_text(p.path));
        opt_date("period_end", p.period_end);
        w.key("goals").value(std::int64_t{p.goals});
        w.key("goals_achieved").value(std::int64_t{p.goals_achieved});
        w.key("steps_done").value(std::int64_t{p.steps_done});
        w.key("steps_total").value(std::int64_t{p.steps_total});
        opt_date("last_conversation", p.last_conversation);
        opt_date("next_conversation", p.next_conversation);
        w.key("hours_per_year").number(std::round(p.hours_per_year * 10) / 10);
        w.key("warnings").begin_array();
        for (const std::string& x : p.warnings) w.value(x);
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("teams").begin_array();
    for (const TeamRow& t : r.teams) {
        w.begin_object();
        w.key("team").value(t.team);
        w.key("people").value(std::int64_t{t.people});
        w.key("with_current_pop").value(std::int64_t{t.with_current_pop});
        w.key("goals").value(std::int64_t{t.goals});
        w.key("steps_done").value(std::int64_t{t.steps_done});
        w.key("steps_total").value(std::int64_t{t.steps_total});
        w.key("hours_per_year").number(std::round(t.hours_per_year * 10) / 10);
        w.key("warnings").value(std::int64_t{t.warnings});
        w.end_object();
    }
    w.end_array();
    auto counts = [&](const char* key, const std::vector<CountRow>& rows) {
        w.key(key).begin_array();
        for (const CountRow& row : rows) {
            w.begin_object();
            w.key("key").value(row.key);
            if (!row.label.empty()) w.key("label").value(row.label);
            w.key("goals").value(std::int64_t{row.goals});
            w.key("people").value(std::int64_t{row.people});
            w.key("examples").begin_array();
            for (const std::string& e : row.examples) w.value(e);
            w.end_array();
            w.end_object();
        }
        w.end_array();
    };
    counts("school_goals", r.school_goals);
    counts("themes", r.themes);
    counts("methods", r.methods);
    counts("learning", r.learning);
    counts("competences", r.competences);
    w.key("left_out").begin_object();
    w.key("private_goals").value(std::int64_t{r.left_out.private_goals});
    w.key("private_steps").value(std::int64_t{r.left_out.private_steps});
    w.key("private_evidence").value(std::int64_t{r.left_out.private_evidence});
    w.key("private_conversations").value(std::int64_t{r.left_out.private_conversations});
    w.key("conversation_notes").value(std::int64_t{r.left_out.notes});
    w.key("reflections").value(std::int64_t{r.left_out.reflections});
    w.end_object();
    w.end_object();
    return w.str();
}

}  // namespace pop
