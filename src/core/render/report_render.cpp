// Renderers of the team report: text tables, markdown, csv and json (html: report_html.cpp).
#include <algorithm>

#include <fmt/format.h>

#include "pop/base/json.h"
#include "pop/reports/report.h"
#include "pop/base/text.h"

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

// The people table's header and the cells of one row; shared by text and markdown.
std::vector<std::string> people_header(Lang lang) {
    return {msg("report.col.name", lang), msg("report.col.id", lang), msg("report.col.team", lang),
            msg("report.col.pop-until", lang), msg("report.col.goals", lang), msg("report.col.steps", lang),
            msg("report.col.last-talk", lang), msg("report.col.next-talk", lang),
            msg("report.col.hours", lang), msg("report.col.warnings", lang)};
}

std::vector<std::string> person_cells(const PersonRow& p, Lang lang) {
    std::string warnings = p.has_current_pop ? std::to_string(p.warnings.size()) : "-";
    return {p.name, p.id, p.team,
            p.has_current_pop ? date_or_dash(p.period_end) : msg("report.missing", lang),
            p.has_current_pop ? fmt::format("{}/{}", p.goals_achieved, p.goals) : "-",
            p.has_current_pop ? fmt::format("{}/{}", p.steps_done, p.steps_total) : "-",
            date_or_dash(p.last_conversation), date_or_dash(p.next_conversation),
            p.has_current_pop ? hours_text(p.hours_per_year) : "-", warnings};
}

/// Output collected in pieces of about 64 KB and handed to the sink.
class Out {
public:
    explicit Out(const ReportSink& sink) : sink_(sink) {}
    Out& operator+=(std::string_view text) {
        buffer_ += text;
        if (buffer_.size() >= 1 << 16) flush();
        return *this;
    }
    void flush() {
        if (buffer_.empty()) return;
        sink_(buffer_);
        buffer_.clear();
    }

private:
    const ReportSink& sink_;
    std::string buffer_;
};

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

void write_text(const TeamReport& r, const PeopleRows& people, const ReportOptions& o, Out& out) {
    const char* bold = o.color ? "\x1b[1m" : "";
    const char* red = o.color ? "\x1b[31m" : "";
    const char* reset = o.color ? "\x1b[0m" : "";
    out += fmt::format("{}{}{}\n\n", bold,
                       msg("report.title", o.lang, {{"date", r.today.to_string()},
                                                     {"people", std::to_string(people.size())},
                                                     {"pops", std::to_string(r.pops)}}),
                       reset);
    // The people table: the name and warnings columns give way when the terminal is narrow.
    // Two passes over the rows: the widths, then the lines.
    const std::vector<std::string> header = people_header(o.lang);
    std::vector<std::size_t> widths(header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width_of(printable_text(row[c])));
    };
    measure(header);
    people.each([&](const PersonRow& p) { measure(person_cells(p, o.lang)); });
    auto total = [&] {
        std::size_t t = 0;
        for (std::size_t w : widths) t += w + 2;
        return t;
    };
    for (std::size_t shrink : {2u, 0u}) {  // team, then name
        std::size_t floor = 10;
        while (total() > static_cast<std::size_t>(std::max(o.width, 40)) && widths[shrink] > floor) --widths[shrink];
    }
    auto write_line = [&](const std::vector<std::string>& cells, bool is_header, bool missing) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            std::string cell = fit(printable_text(cells[c]), widths[c]);
            bool numeric = (c >= 4 && c <= 5) || c >= 8;
            line += (numeric ? rpad(cell, widths[c]) : pad(cell, widths[c])) + "  ";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += (is_header ? bold : missing ? red : "") + line + ((is_header || missing) ? reset : "") + "\n";
    };
    write_line(header, true, false);
    people.each([&](const PersonRow& p) { write_line(person_cells(p, o.lang), false, !p.has_current_pop); });
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
}

void write_markdown(const TeamReport& r, const PeopleRows& people, const ReportOptions& o, Out& out) {
    auto md = [](const std::string& s) {
        std::string out;
        for (char c : printable_text(s)) {
            if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\')
                out += '\\';
            out += c;
        }
        return out;
    };
    out += "# " + msg("report.title", o.lang, {{"date", r.today.to_string()},
                                               {"people", std::to_string(people.size())},
                                               {"pops", std::to_string(r.pops)}}) + "\n\n";
    auto write_row = [&](const std::vector<std::string>& cells) {
        std::string line = "|";
        for (const std::string& c : cells) line += " " + md(c) + " |";
        out += line + "\n";
    };
    const std::vector<std::string> header = people_header(o.lang);
    write_row(header);
    std::string rule = "|";
    for (std::size_t c = 0; c < header.size(); ++c) rule += (c >= 4 && c <= 5) || c >= 8 ? "---:|" : "---|";
    out += rule + "\n";
    people.each([&](const PersonRow& p) { write_row(person_cells(p, o.lang)); });
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
}

void write_csv(const PeopleRows& people, const ReportOptions& o, Out& out) {
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
    auto write_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) line += (c ? std::string(1, o.csv_separator) : "") + quote(row[c]);
        out += line + "\r\n";
    };
    // Numbers in columns of their own: a spreadsheet reads "1/3" as a date.
    write_row({msg("report.col.name", o.lang), msg("report.col.id", o.lang), msg("report.col.team", o.lang),
               msg("report.col.has-pop", o.lang), msg("report.col.pop-until", o.lang),
               msg("report.col.goals-achieved", o.lang), msg("report.col.goals", o.lang),
               msg("report.col.steps-done", o.lang), msg("report.col.steps", o.lang),
               msg("report.col.last-talk", o.lang), msg("report.col.next-talk", o.lang),
               msg("report.col.hours", o.lang), msg("report.col.warnings", o.lang)});
    people.each([&](const PersonRow& p) {
        std::string warnings;
        for (const std::string& w : p.warnings) warnings += (warnings.empty() ? "" : " ") + w;
        write_row({p.name, p.id, p.team, p.has_current_pop ? "1" : "0",
                   p.period_end && p.has_current_pop ? p.period_end->to_string() : "",
                   std::to_string(p.goals_achieved), std::to_string(p.goals), std::to_string(p.steps_done),
                   std::to_string(p.steps_total), p.last_conversation ? p.last_conversation->to_string() : "",
                   p.next_conversation ? p.next_conversation->to_string() : "",
                   hours_text(p.hours_per_year), warnings});
    });
}

// JSON, written in three parts so that the people need not be held: the head up to the people
// array, each person as an object of its own (indented as it sits in the array), and the rest as
// an object whose opening brace becomes the comma after the array. The bytes are those of one
// JsonWriter over the whole report.
void write_json(const TeamReport& r, const PeopleRows& people, Out& out) {
    JsonWriter head;
    head.begin_object();
    head.key("format").value("pop-report");
    head.key("version").value(std::int64_t{1});
    head.key("today").value(r.today.to_string());
    head.key("pops").value(std::int64_t{r.pops});
    head.key("people").begin_array();
    out += head.str();
    bool first = true;
    std::string indented;
    people.each([&](const PersonRow& p) {
        JsonWriter w;
        auto opt_date = [&](const char* key, const std::optional<Date>& d) {
            if (d) w.key(key).value(d->to_string());
            else w.key(key).null();
        };
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
        // The object at depth 2 of the whole document: 4 more spaces after each line break (line
        // breaks inside strings are escaped, so every '\n' is JsonWriter's), no final line break.
        std::string_view object = w.str();
        object.remove_suffix(1);
        indented = first ? "\n    " : ",\n    ";
        for (char c : object) {
            indented += c;
            if (c == '\n') indented += "    ";
        }
        out += indented;
        first = false;
    });
    out += first ? "]" : "\n  ]";
    JsonWriter w;
    w.begin_object();
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
    out += ",";
    out += std::string_view(w.str()).substr(1);
}

// A renderer of the whole report into one string.
std::string render_to_string(ReportFormat format, const TeamReport& report, const ReportOptions& options) {
    std::string text;
    write_report(format, report, PeopleVector(report.people), options,
                 [&](std::string_view piece) { text += piece; });
    return text;
}

}  // namespace

/// The HTML writer (report_html.cpp).
void write_report_html(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                       const ReportSink& out);

void write_report(ReportFormat format, const TeamReport& report, const PeopleRows& people,
                  const ReportOptions& options, const ReportSink& sink) {
    if (format == ReportFormat::Html) {
        write_report_html(report, people, options, sink);
        return;
    }
    Out out(sink);
    switch (format) {
        case ReportFormat::Text: write_text(report, people, options, out); break;
        case ReportFormat::Markdown: write_markdown(report, people, options, out); break;
        case ReportFormat::Csv: write_csv(people, options, out); break;
        case ReportFormat::Json: write_json(report, people, out); break;
        case ReportFormat::Html: break;
    }
    out.flush();
}

std::string render_report_text(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Text, r, o);
}

std::string render_report_markdown(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Markdown, r, o);
}

std::string render_report_csv(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Csv, r, o);
}

std::string render_report_json(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Json, r, o);
}

std::string render_report_html(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Html, r, o);
}

}  // namespace pop
