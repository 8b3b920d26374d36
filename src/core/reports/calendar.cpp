#include "pop/reports/calendar.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include <fmt/format.h>

#include "pop/render/render_ci.h"
#include "pop/base/text.h"
#include "pop/base/version.h"

namespace pop {
namespace {

// Separates the parts of a key; it cannot occur in a valid YAML scalar's printable text.
constexpr char kSep = '\x1f';

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

// A catalog template with its placeholders filled in by values used as they are (the catalog's
// own substitution turns line breaks into '?', which is right for a terminal but not here).
std::string fill(std::string_view key, Lang lang, const std::vector<std::pair<std::string_view, std::string>>& args) {
    auto t = message_template(key, lang);
    if (!t) return std::string(key);
    std::string out;
    std::string_view text = *t;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                std::string_view name = text.substr(i + 1, close - i - 1);
                auto arg = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
                if (arg != args.end()) {
                    out += arg->second;
                    i = close;
                    continue;
                }
            }
        }
        out.push_back(text[i]);
    }
    return out;
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

std::string join_key(std::initializer_list<std::string_view> parts) {
    std::string key = "pop-calendar-1";
    for (std::string_view p : parts) {
        key.push_back(kSep);
        key += p;
    }
    return key;
}

// A goal as it goes into a key: its id, or its title when it has none.
std::string goal_ident(const Goal& g) {
    if (g.id) return "id:" + g.id->value;
    return "title:" + (g.title ? g.title->value : std::string());
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
        while (cut > pos + 1 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    out.append(line.substr(pos));
    out += "\r\n";
    return out;
}

std::vector<CalendarEntry> calendar_entries(const Pop& pop, const Policy& policy, const Date& today,
                                            const std::string& path) {
    std::string person = pop.person.id && !pop.person.id->value.empty()       ? pop.person.id->value
                         : pop.person.name && !pop.person.name->value.empty() ? pop.person.name->value
                                                                              : path;
    std::vector<CalendarEntry> entries;
    for (DueItem& item : due_items(pop, policy, today)) {
        CalendarEntry e;
        e.path = path;
        e.person = person;
        switch (item.kind) {
            case DueKind::Step: {
                // The step is the one whose due date is written where the item points.
                std::string goal = "id:" + item.goal, step = "text:" + item.text;
                for (const Goal& g : pop.goals)
                    for (const Step& s : g.steps)
                        if (s.due && s.due->at.offset == item.at.offset) {
                            goal = goal_ident(g);
                            e.goal_title = g.title ? g.title->value : std::string();
                            if (s.id) step = "id:" + s.id->value;
                        }
                e.key = join_key({person, "step", goal, step});
                break;
            }
            case DueKind::GoalEnd: {
                std::string goal = "id:" + item.goal;
                for (const Goal& g : pop.goals)
                    if (g.end && g.end->at.offset == item.at.offset) goal = goal_ident(g);
                e.key = join_key({person, "goal-end", goal});
                break;
            }
            case DueKind::Conversation: {
                if (!item.planned) {
                    e.key = join_key({person, "conversation-required"});
                    break;
                }
                // The how-manieth conversation of its kind in the file (held ones count too), so a
                // planned conversation keeps its UID when its date moves or an earlier one is held.
                std::size_t ordinal = 0;
                for (const Conversation& c : pop.conversations) {
                    bool same_kind = conversation_word(c.kind) == item.text;
                    if (same_kind) ++ordinal;
                    if (c.at.offset == item.at.offset) break;
                }
                e.key = join_key({person, "conversation", item.text, std::to_string(ordinal)});
                break;
            }
            case DueKind::PeriodEnd: e.key = join_key({person, "period-end"}); break;
            case DueKind::Renewal: e.key = join_key({person, "renewal"}); break;
        }
        e.item = std::move(item);
        entries.push_back(std::move(e));
    }
    return entries;
}

void assign_calendar_uids(std::vector<CalendarEntry>& entries) {
    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(entries[a].path, entries[a].item.at.offset) < std::tie(entries[b].path, entries[b].item.at.offset);
    });
    std::map<std::string, std::size_t> seen;
    for (std::size_t i : order) {
        std::size_t n = ++seen[entries[i].key];
        std::string key = entries[i].key;
        if (n > 1) key += std::string(1, kSep) + "#" + std::to_string(n);
        entries[i].uid = fnv1a_128_hex(key) + "@pop.invalid";
    }
}

std::string render_calendar(const std::vector<CalendarEntry>& entries, Lang lang, const Date& today,
                            std::string_view person) {
    std::string out;
    auto line = [&](std::string_view text) { out += ical_fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(fmt::format("PRODID:-//pop//pop {}//{}", kPopVersion, lang == Lang::Nl ? "NL" : "EN"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    std::string name = person.empty() ? fill("calendar.name", lang, {})
                                      : fill("calendar.name.person", lang, {{"person", one_line(person)}});
    line("X-WR-CALNAME:" + ical_escape_text(name));
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
