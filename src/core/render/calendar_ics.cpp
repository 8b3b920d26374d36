// `pop calendar`: the due items as an RFC 5545 iCalendar file.
#include <algorithm>

#include <fmt/format.h>

#include "pop/base/text.h"
#include "pop/base/utf8.h"
#include "pop/base/version.h"
#include "pop/i18n/messages.h"
#include "pop/reports/calendar.h"

namespace pop {
namespace {

std::string ical_date(const Date& d) { return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day); }

// User text for a one-line field: line breaks and the white space around them become one space,
// the ends are trimmed, and what no terminal should see becomes '?'.
std::string one_line(std::string_view text) {
    std::string joined;
    joined.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n' || c == '\r') {
            while (!joined.empty() && (joined.back() == ' ' || joined.back() == '\t')) joined.pop_back();
            while (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\n' ||
                                           text[i + 1] == '\r'))
                ++i;
            joined.push_back(' ');
            continue;
        }
        joined.push_back(c);
    }
    std::string out = printable_text(joined);
    std::size_t begin = out.find_first_not_of(' ');
    if (begin == std::string::npos) return {};
    std::size_t end = out.find_last_not_of(' ');
    return out.substr(begin, end - begin + 1);
}

// A catalog message with its placeholders filled in by values used as they are (ArgText::Verbatim:
// the catalog's usual printable_text turns line breaks into '?', which is right for a terminal but
// not here; ical_escape_text escapes them).
std::string fill(std::string_view key, Lang lang, const std::vector<MessageArg>& args) {
    return render_message(key, lang, args, ArgText::Verbatim);
}

std::string summary(const CalendarEntry& e, Lang lang) {
    const DueItem& item = e.item;
    std::string person = one_line(e.person);
    std::string s;
    switch (item.kind) {
        case DueKind::Step:
            s = fill("calendar.step", lang, {{"text", one_line(item.text)}, {"person", person}});
            break;
        case DueKind::GoalEnd:
            s = fill("calendar.goal-end", lang,
                     {{"goal", one_line(item.goal)}, {"text", one_line(item.text)}, {"person", person}});
            break;
        case DueKind::Conversation:
            if (item.planned) {
                auto kind = message_template("conversation." + item.text, lang);
                s = fill("calendar.conversation", lang,
                         {{"kind", kind ? std::string(*kind) : one_line(item.text)}, {"person", person}});
            } else {
                s = fill("calendar.conversation-required", lang, {{"person", person}});
            }
            break;
        case DueKind::PeriodEnd: s = fill("calendar.period-end", lang, {{"person", person}}); break;
        case DueKind::Renewal: s = fill("calendar.renewal", lang, {{"person", person}}); break;
    }
    if (item.overdue) s = fill("calendar.overdue", lang, {{"summary", s}});
    return s;
}

std::string description(const CalendarEntry& e, Lang lang) {
    std::string out;
    if (e.item.kind == DueKind::Step)
        out += fill("calendar.description.goal", lang,
                    {{"goal", one_line(e.item.goal)}, {"title", one_line(e.goal_title)}}) + "\n";
    out += fill("calendar.description.where", lang,
                {{"path", printable_text(e.path)}, {"line", std::to_string(e.item.at.line)}});
    return out;
}

}  // namespace

std::string ical_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t i = 0;
    while (true) {
        std::size_t brk = text.find_first_of("\r\n", i);
        std::string piece = printable_text(text.substr(i, brk == std::string_view::npos ? std::string_view::npos : brk - i));
        for (char c : piece) {
            if (c == '\\' || c == ';' || c == ',') out.push_back('\\');
            out.push_back(c);
        }
        if (brk == std::string_view::npos) break;
        out += "\\n";
        i = brk + 1;
        if (text[brk] == '\r' && i < text.size() && text[i] == '\n') ++i;  // CRLF is one line break
    }
    return out;
}

std::string ical_fold(std::string_view line) {
    std::string out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    std::size_t pos = 0;
    std::size_t limit = 75;  // octets on the first line; continuation lines start with a space
    while (line.size() - pos > limit) {
        std::size_t cut = pos + limit;
        // Never split a UTF-8 character: back up to the first byte of the one at the cut.
        cut = std::max(pos + 1, utf8::character_start(line, cut));
        out.append(line.substr(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    out.append(line.substr(pos));
    out += "\r\n";
    return out;
}

std::string render_calendar(const std::vector<CalendarEntry>& entries, Lang lang, const Date& today,
                            std::string_view person, const std::vector<std::string>& missing) {
    std::string out;
    auto line = [&](std::string_view text) { out += ical_fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(fmt::format("PRODID:-//pop//pop {}//{}", kPopVersion, is_dutch(lang) ? "NL" : "EN"));  // ISO 639: Flemish is Dutch text too
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    std::string name = person.empty() ? fill("calendar.name", lang, {})
                                      : fill("calendar.name.person", lang, {{"person", one_line(person)}});
    line("X-WR-CALNAME:" + ical_escape_text(name));
    if (!missing.empty()) {  // --partial: which files are left out, for people and for scripts
        std::vector<std::string> files;
        std::string listed;
        for (const std::string& m : missing) {
            files.push_back(one_line(m));
            listed += (listed.empty() ? "" : ",") + ical_escape_text(one_line(m));
        }
        line("X-WR-CALDESC:" + ical_escape_text(fill("ui.partial.notice", lang, {{"files", list_arg(files)}})));
        line("X-POP-MISSING:" + listed);
    }
    std::string stamp = ical_date(today) + "T000000Z";
    for (const CalendarEntry& e : entries) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + ical_date(e.item.date));
        line("DTEND;VALUE=DATE:" + ical_date(e.item.date.plus_days(1)));
        line("SUMMARY:" + ical_escape_text(summary(e, lang)));
        line("DESCRIPTION:" + ical_escape_text(description(e, lang)));
        if (e.item.is_private) line("CLASS:PRIVATE");
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace pop
