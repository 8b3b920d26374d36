#include "pop/reports/calendar.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include <fmt/format.h>

#include "pop/base/hash.h"
#include "pop/base/text.h"
#include "pop/base/version.h"

namespace pop {
namespace {

// Separates the parts of a key; it cannot occur in a valid YAML scalar's printable text.
constexpr char kSep = '\x1f';

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

}  // namespace pop
