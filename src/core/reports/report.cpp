// Building the team report: each POP reduced to a summary without private content, then added up.
#include "pop/reports/report.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "pop/format/spec.h"
#include "pop/model/allowance.h"
#include "pop/model/facts.h"
#include "pop/rules/reminders.h"

namespace pop {
namespace {

std::string text_of(const Maybe<std::string>& v) { return v ? v->value : std::string(); }

// Whether `value` is one of the values the spec allows for the goal field `field` (its one home).
bool allowed_goal_value(std::string_view field, std::string_view value) {
    static const ObjectSpec& goal = *find_field(spec_for(FileKind::Pop), "goals")->type.object;
    const FieldSpec* spec = find_field(goal, field);
    for (const Choice& c : spec->type.choices)
        if (c.value == value) return true;
    return false;
}

// Whether a number key of a goal is written but unusable: not a number (`12,5`), not finite, negative.
bool invalid_number(bool written, const Maybe<double>& value) {
    if (!value) return written;
    return !std::isfinite(value->value) || value->value < 0;
}

// Adds goals to a counter keyed by value. People are added one after another (each once, in id
// order), so a row counts different people by remembering the last person it counted.
struct Counter {
    struct Entry {
        CountRow row;
        std::size_t last_person = static_cast<std::size_t>(-1);
    };
    std::map<std::string, Entry, std::less<>> rows;

    void add(std::string_view key, std::size_t person) {
        if (key.empty()) return;
        auto it = rows.find(key);
        if (it == rows.end()) it = rows.emplace(std::string(key), Entry{}).first;
        Entry& e = it->second;
        e.row.key = it->first;
        ++e.row.goals;
        if (e.last_person != person) ++e.row.people, e.last_person = person;
    }

    // Most used first, then by key.
    std::vector<CountRow> sorted() const {
        std::vector<CountRow> out;
        for (const auto& [key, e] : rows) out.push_back(e.row);
        std::stable_sort(out.begin(), out.end(), [](const CountRow& a, const CountRow& b) {
            return std::tie(b.goals, a.key) < std::tie(a.goals, b.key);
        });
        return out;
    }
};

// The suppressed rows of a section that is sorted by use go last, by key: their place among the
// shown rows would tell how many goals they have.
void suppressed_last(std::vector<CountRow>& rows) {
    auto first_hidden = std::stable_partition(rows.begin(), rows.end(),
                                              [](const CountRow& r) { return r.suppressed == Suppressed::No; });
    std::sort(first_hidden, rows.end(), [](const CountRow& a, const CountRow& b) { return a.key < b.key; });
}

// Whether a reader who knows the total of a section (the sum over its rows, as if every person
// were in one group only) could work out the exact count of a small suppressed group from the
// shown rows: for each measure (people, goals) the possible values of each small group, given
// the sum of the suppressed rows and what each suppressed row may hold (a small group 1 to
// min-1 people and at least 1 goal; a complementary one at least min of both), must be more
// than one.
bool small_group_exposed(const std::vector<CountRow>& rows, int min) {
    struct Hidden {
        long value, low;
        std::optional<long> high;  // none: no upper bound
        bool small;
    };
    for (int measure = 0; measure < 2; ++measure) {  // people, goals
        std::vector<Hidden> hidden;
        long sum = 0;
        for (const CountRow& r : rows) {
            if (r.suppressed == Suppressed::No) continue;
            bool small = r.suppressed == Suppressed::SmallGroup;
            long value = measure == 0 ? r.people : r.goals;
            std::optional<long> high;
            if (small && measure == 0) high = min - 1;
            hidden.push_back(Hidden{value, small ? 1 : min, high, small});
            sum += value;
        }
        for (std::size_t i = 0; i < hidden.size(); ++i) {
            if (!hidden[i].small) continue;
            long others_low = 0;
            std::optional<long> others_high = 0;
            for (std::size_t j = 0; j < hidden.size(); ++j) {
                if (j == i) continue;
                others_low += hidden[j].low;
                if (others_high && hidden[j].high) *others_high += *hidden[j].high;
                else others_high.reset();
            }
            long low = others_high ? std::max(hidden[i].low, sum - *others_high) : hidden[i].low;
            long high = sum - others_low;
            if (hidden[i].high) high = std::min(high, *hidden[i].high);
            if (low >= high) return true;
        }
    }
    return false;
}

/// A date in 32 bits (YYYYMMDD), 0 for none: compares like std::optional<Date>.
std::uint32_t pack_date(const std::optional<Date>& d) {
    return d ? static_cast<std::uint32_t>(d->year * 10000 + d->month * 100 + d->day) : 0;
}

std::optional<Date> unpack_date(std::uint32_t packed) {
    if (packed == 0) return std::nullopt;
    return Date{static_cast<int>(packed / 10000), static_cast<int>(packed / 100 % 100), static_cast<int>(packed % 100)};
}

/// Appends numbers (LEB128) and length-prefixed texts to a record.
void put_number(std::string& record, std::size_t n) {
    do {
        unsigned char byte = n & 0x7F;
        n >>= 7;
        record.push_back(static_cast<char>(n ? byte | 0x80 : byte));
    } while (n);
}

void put_text(std::string& record, std::string_view text) {
    put_number(record, text.size());
    record.append(text);
}

/// Reads a record written with put_number and put_text, in the same order.
class RecordReader {
public:
    explicit RecordReader(const char* at) : at_(reinterpret_cast<const unsigned char*>(at)) {}
    std::size_t number() {
        std::size_t n = 0;
        for (unsigned shift = 0;; shift += 7) {
            unsigned char byte = *at_++;
            n |= static_cast<std::size_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) return n;
        }
    }
    std::string_view text() {
        std::size_t size = number();
        std::string_view out(reinterpret_cast<const char*>(at_), size);
        at_ += size;
        return out;
    }

private:
    const unsigned char* at_;
};

}  // namespace

PersonSummary summarize_for_team(const Pop& full, const Policy& policy, const Date& today, const std::string& path,
                                 const Roster* roster) {
    PersonSummary s;
    // What was left out is counted on the whole POP; everything else is computed on what may be
    // shown, so that reminders and dates cannot reveal a private goal, step or conversation.
    for (const Goal& g : full.goals) {
        if (g.is_private) {
            ++s.private_goals;
            s.private_steps += static_cast<int>(g.steps.size());
            s.private_evidence += static_cast<int>(g.evidence.size());
        } else {
            s.private_steps += static_cast<int>(std::count_if(g.steps.begin(), g.steps.end(), [](const Step& x) { return x.is_private; }));
            s.private_evidence += static_cast<int>(std::count_if(g.evidence.begin(), g.evidence.end(), [](const Evidence& x) { return x.is_private; }));
        }
        if (g.reflection) ++s.reflections;
    }
    for (const Conversation& c : full.conversations) {
        if (c.is_private) ++s.private_conversations;
        else if (c.notes) ++s.notes;
    }
    const Pop pop = public_view(full);
    s.path = path;
    s.id = text_of(pop.person.id);
    s.name = text_of(pop.person.name);
    s.team = text_of(pop.person.team);
    if (pop.period_start) s.period_start = pop.period_start->value;
    if (pop.period_end) s.period_end = pop.period_end->value;
    s.current = period_includes(s.period_start, s.period_end, today);
    s.min_group_size = policy.min_group_size;
    const CompetenceFramework& goal_areas = goal_framework(policy.competence_framework);
    for (const Goal& g : pop.goals) {
        ++s.goals;
        if (g.status == GoalStatus::Achieved) ++s.goals_achieved;
        for (const Step& step : g.steps) {
            ++s.steps_total;
            if (step.done) ++s.steps_done;
        }
        // Values the structure check rejects count nowhere; the POP is marked instead.
        s.invalid.hours = s.invalid.hours || invalid_number(g.written.hours, g.hours);
        s.invalid.budget = s.invalid.budget || invalid_number(g.written.budget, g.budget);
        // Only what someone still wants to learn is a need: not achieved, dropped or paused goals.
        if (g.status != GoalStatus::Active && g.status != GoalStatus::Planned) continue;
        PersonSummary::GoalFacts facts;
        facts.title = text_of(g.title);
        facts.learning = text_of(g.learning);
        if (!facts.learning.empty() && !allowed_goal_value("learning", facts.learning)) {
            facts.learning.clear();
            s.invalid.learning = true;
        }
        facts.competence = text_of(g.competence);
        if (!facts.competence.empty() && !goal_areas.find_area(facts.competence)) {
            facts.competence.clear();
            s.invalid.competence = true;
        }
        for (const auto& m : g.methods) {
            if (allowed_goal_value("methods", m.value)) facts.methods.push_back(m.value);
            else s.invalid.methods = true;
        }
        for (const auto& sg : g.school_goals) facts.school_goals.push_back(sg.value);
        s.goal_facts.push_back(std::move(facts));
    }
    s.ended = s.period_end && *s.period_end < today;
    s.hours_allowance = policy.hours_per_year;
    s.budget_allowance = policy.budget_per_year;
    // Only a current POP's numbers are shown, and its period never ends before it starts. A number
    // that is written but unusable leaves the POP out of that total.
    s.hours_per_year = s.invalid.hours ? 0 : planned_hours_per_year(pop).value_or(0);
    s.budget_per_year = s.invalid.budget ? 0 : planned_budget_per_year(pop).value_or(0);
    if (const Conversation* last = last_conversation(pop, today)) s.last_conversation = last->date->value;
    for (const DueItem& item : due_items(pop, policy, today))
        if (item.kind == DueKind::Conversation) {
            s.next_conversation = item.date;  // the first one: items are sorted by date
            break;
        }
    for (const Finding& f : check_reminders(pop, policy, today)) s.reminder_rules.emplace_back(f.rule.text());
    // The latest self-assessment as levels only (the public view keeps a private one's levels).
    if (policy.competence_framework) {
        s.framework = &*policy.competence_framework;
        RoleInfo role = role_info(policy, staff_terms_of(full, roster), today);
        for (const AreaStanding& a : summarize_assessments(pop, *s.framework, role, today).areas)
            if (!a.level.empty()) s.assessed.push_back({a.area, a.below_required});
    }
    return s;
}

std::string_view pop_state_word(PopState state) {
    switch (state) {
        case PopState::None: return "none";
        case PopState::Expired: return "expired";
        case PopState::Current: return "current";
        case PopState::CurrentWithErrors: return "current_with_errors";
    }
    return "none";
}

void PeopleVector::each(const std::function<void(const PersonRow&)>& visit) const {
    for (const PersonRow& row : rows_) visit(row);
}

struct TeamReportBuilder::State {
    /// A current POP with an id, its texts packed in a record in the arena: id, name, team, path
    /// (the key number of its folder with the final '/', 0 when it has none, then the file name:
    /// hundreds of POPs share a folder), the reminder ids (count, key numbers), the goals (count;
    /// per goal its title, learning and competence key numbers, methods and school goals as count
    /// and key numbers).
    struct Candidate {
        const char* record;
        std::uint32_t period_end, last_conversation, next_conversation;  // pack_date
        int goals, goals_achieved, steps_done, steps_total;
        double hours_per_year, budget_per_year;
        int errors;
        InvalidValues invalid;
        std::uint32_t period_start = 0;  // pack_date
        std::size_t framework = 0;       // key number of its competence framework's id (0: none)
        bool superseded = false;         // a later POP of the same person exists: no reminders (set by finish)
    };
    /// Per person id, the latest period start of any of their POPs (current or not), packed.
    std::unordered_map<std::string, std::uint32_t> latest_start;
    /// Per person id, the latest end of a period that ended before today, packed.
    std::unordered_map<std::string, std::uint32_t> latest_ended;
    /// The allowances (hours, budget per year) of the current POPs' policies.
    std::set<std::pair<std::optional<double>, std::optional<double>>> allowances;
    /// The competence frameworks of the current POPs' policies, by id (the first seen of an id).
    std::map<std::string, CompetenceFramework> frameworks;
    /// A people-table row: on the roster, with a current POP, or both.
    struct Row {
        const StaffMember* member;
        const Candidate* pop;
    };
    static constexpr std::size_t kChunk = 1 << 20;

    std::vector<std::unique_ptr<char[]>> chunks;  // the arena
    std::size_t chunk_left = 0;
    char* chunk_at = nullptr;
    std::vector<Candidate> candidates;
    std::vector<std::string> keys{""};  // key number -> text; 0 is the empty text
    std::unordered_map<std::string, std::size_t> key_numbers;  // only looked up, never iterated
    LeftOut left_out;
    int pops = 0;
    int min_group_size = 0;  // the largest of the summaries' policies
    std::string record;  // scratch
    std::vector<Row> rows;  // after finish, in report order

    std::size_t key(std::string_view text) {
        if (text.empty()) return 0;
        auto [it, fresh] = key_numbers.try_emplace(std::string(text), keys.size());
        if (fresh) keys.emplace_back(text);
        return it->second;
    }

    const char* store(std::string_view bytes) {
        if (bytes.size() > chunk_left) {
            std::size_t size = std::max(kChunk, bytes.size());
            chunks.push_back(std::make_unique<char[]>(size));
            chunk_at = chunks.back().get();
            chunk_left = size;
        }
        char* at = chunk_at;
        std::copy(bytes.begin(), bytes.end(), at);
        chunk_at += bytes.size();
        chunk_left -= bytes.size();
        return at;
    }

    /// id, name and team of a row: from the roster when on it, else from the POP.
    struct Names {
        std::string_view id, name, team;
    };
    static Names names_of(const Row& row) {
        if (row.member) return {row.member->id.value, row.member->name, row.member->team};
        RecordReader r(row.pop->record);
        Names n;
        n.id = r.text();
        n.name = r.text();
        n.team = r.text();
        return n;
    }
    static std::string_view id_of(const Candidate& c) { return RecordReader(c.record).text(); }

    /// Reads the path of a record whose reader stands at it.
    void read_path(RecordReader& r, std::string& path) const {
        path.assign(keys[r.number()]);
        path.append(r.text());
    }
    /// Compares the paths of two records (readers standing at them).
    int compare_paths(RecordReader a, RecordReader b) const {
        std::string pa, pb;
        read_path(a, pa);
        read_path(b, pb);
        return pa.compare(pb);
    }
};

TeamReportBuilder::TeamReportBuilder() : state_(std::make_unique<State>()) {}
TeamReportBuilder::~TeamReportBuilder() = default;

void TeamReportBuilder::add(const PersonSummary& s) {
    State& st = *state_;
    ++st.pops;
    st.min_group_size = std::max(st.min_group_size, s.min_group_size);
    st.left_out.private_goals += s.private_goals;
    st.left_out.private_steps += s.private_steps;
    st.left_out.private_evidence += s.private_evidence;
    st.left_out.private_conversations += s.private_conversations;
    st.left_out.notes += s.notes;
    st.left_out.reflections += s.reflections;
    if (!s.id.empty() && s.period_start) {  // a later POP of the person makes this one a record
        std::uint32_t& latest = st.latest_start[s.id];
        latest = std::max(latest, pack_date(s.period_start));
    }
    if (!s.id.empty() && s.ended) {
        std::uint32_t& ended = st.latest_ended[s.id];
        ended = std::max(ended, pack_date(s.period_end));
    }
    if (!s.current || s.id.empty()) return;
    st.allowances.emplace(s.hours_allowance, s.budget_allowance);
    std::string& r = st.record;
    r.clear();
    put_text(r, s.id);
    put_text(r, s.name);
    put_text(r, s.team);
    std::size_t slash = s.path.rfind('/');
    std::size_t name_at = slash == std::string::npos ? 0 : slash + 1;
    put_number(r, st.key(std::string_view(s.path).substr(0, name_at)));
    put_text(r, std::string_view(s.path).substr(name_at));
    put_number(r, s.reminder_rules.size());
    for (const std::string& rule : s.reminder_rules) put_number(r, st.key(rule));
    put_number(r, s.goal_facts.size());
    for (const PersonSummary::GoalFacts& g : s.goal_facts) {
        put_text(r, g.title);
        put_number(r, st.key(g.learning));
        put_number(r, st.key(g.competence));
        put_number(r, g.methods.size());
        for (const std::string& m : g.methods) put_number(r, st.key(m));
        put_number(r, g.school_goals.size());
        for (const std::string& sg : g.school_goals) put_number(r, st.key(sg));
    }
    // The assessed areas after the goals: count, then per area its key number * 2 + below.
    std::size_t framework = 0;
    if (s.framework) {
        framework = st.key(s.framework->id);
        st.frameworks.try_emplace(s.framework->id, *s.framework);
        put_number(r, s.assessed.size());
        for (const PersonSummary::AssessedArea& a : s.assessed) put_number(r, st.key(a.area) * 2 + (a.below ? 1 : 0));
    } else {
        put_number(r, 0);
    }
    st.candidates.push_back(State::Candidate{st.store(r), pack_date(s.period_end), pack_date(s.last_conversation),
                                             pack_date(s.next_conversation), s.goals, s.goals_achieved,
                                             s.steps_done, s.steps_total, s.hours_per_year, s.budget_per_year,
                                             s.errors, s.invalid, pack_date(s.period_start), framework});
}

TeamReport TeamReportBuilder::finish(const Roster* roster, const SchoolGoals* school_goals, const Date& today) {
    State& st = *state_;
    using Candidate = State::Candidate;
    using Row = State::Row;
    TeamReport report;
    report.today = today;
    report.pops = st.pops;
    report.left_out = st.left_out;
    if (st.allowances.size() == 1) {
        report.allowance.hours = st.allowances.begin()->first;
        report.allowance.budget = st.allowances.begin()->second;
    } else {
        report.allowance.varies = st.allowances.size() > 1;
    }

    // A POP that a later POP of the same person took over is a record of its period: its reminders
    // are not shown (as in `pop check --reminders`).
    for (Candidate& c : st.candidates) {
        auto latest = st.latest_start.find(std::string(State::id_of(c)));
        c.superseded = c.period_start != 0 && latest != st.latest_start.end() && c.period_start < latest->second;
    }
    st.latest_start.clear();

    // The current POP of each person: the latest ending one (then the greatest path) when there
    // are several. Sorted by id, that one first.
    auto at_path = [](const Candidate& c) {
        RecordReader r(c.record);
        for (int i = 0; i < 3; ++i) r.text();
        return r;
    };
    std::vector<const Candidate*> current;
    current.reserve(st.candidates.size());
    for (const Candidate& c : st.candidates) current.push_back(&c);
    std::sort(current.begin(), current.end(), [&](const Candidate* a, const Candidate* b) {
        std::string_view ia = State::id_of(*a), ib = State::id_of(*b);
        if (ia != ib) return ia < ib;
        if (a->period_end != b->period_end) return a->period_end > b->period_end;
        return st.compare_paths(at_path(*a), at_path(*b)) > 0;
    });
    current.erase(std::unique(current.begin(), current.end(),
                              [](const Candidate* a, const Candidate* b) { return State::id_of(*a) == State::id_of(*b); }),
                  current.end());

    // The roster's active staff by id (the last of equal ids names them).
    std::vector<const StaffMember*> members;
    if (roster)
        for (const StaffMember& m : roster->staff)
            if (m.active) members.push_back(&m);
    std::stable_sort(members.begin(), members.end(),
                     [](const StaffMember* a, const StaffMember* b) { return a->id.value < b->id.value; });
    std::vector<const StaffMember*> last_of_id;
    for (std::size_t i = 0; i < members.size(); ++i)
        if (i + 1 == members.size() || members[i + 1]->id.value != members[i]->id.value) last_of_id.push_back(members[i]);
    members.clear();
    members.shrink_to_fit();

    // The people table: roster and current POPs joined by id, then by team, name and id.
    st.rows.clear();
    st.rows.reserve(last_of_id.size() + current.size());
    {
        std::size_t m = 0, c = 0;
        while (m < last_of_id.size() || c < current.size()) {
            if (c == current.size() ||
                (m < last_of_id.size() && std::string_view(last_of_id[m]->id.value) < State::id_of(*current[c]))) {
                st.rows.push_back(Row{last_of_id[m++], nullptr});
            } else if (m == last_of_id.size() || State::id_of(*current[c]) < std::string_view(last_of_id[m]->id.value)) {
                st.rows.push_back(Row{nullptr, current[c++]});
            } else {
                st.rows.push_back(Row{last_of_id[m++], current[c++]});
            }
        }
    }
    std::stable_sort(st.rows.begin(), st.rows.end(), [](const Row& a, const Row& b) {
        State::Names x = State::names_of(a), y = State::names_of(b);
        return std::tie(x.team, x.name, x.id) < std::tie(y.team, y.name, y.id);
    });

    // Teams, added up in people-table order.
    std::map<std::string, TeamRow, std::less<>> teams;
    for (const Row& row : st.rows) {
        State::Names n = State::names_of(row);
        auto it = teams.find(n.team);
        if (it == teams.end()) it = teams.emplace(std::string(n.team), TeamRow{}).first;
        TeamRow& t = it->second;
        t.team = it->first;
        ++t.people;
        if (!row.pop) continue;
        const Candidate& p = *row.pop;
        ++t.with_current_pop;
        t.goals += p.goals;
        t.steps_done += p.steps_done;
        t.steps_total += p.steps_total;
        t.hours_per_year += p.hours_per_year;  // 0 when left out for an invalid value
        t.budget_per_year += p.budget_per_year;
        RecordReader r(p.record);
        for (int i = 0; i < 3; ++i) r.text();
        r.number(), r.text();  // path
        if (!p.superseded) t.warnings += static_cast<int>(r.number());
    }
    for (auto& [name, t] : teams) report.teams.push_back(std::move(t));

    // Groupings over the needs (running and planned goals; summaries hold no others, and no
    // private goals) of current POPs, person by person in id order. A first pass counts, the
    // small groups are suppressed, a second pass takes example titles only from goals that fall
    // in no suppressed group of any section (a title can name its writer).
    report.min_group_size = st.min_group_size > 0 ? st.min_group_size : Policy{}.min_group_size;
    std::map<std::string_view, const SchoolGoal*> school_goal_by_id;
    if (school_goals)
        for (const SchoolGoal& g : school_goals->goals) school_goal_by_id[g.id.value] = &g;
    for (const Candidate* c : current) {
        LeftOutForErrors& e = report.left_out_for_errors;
        e.hours += c->invalid.hours;
        e.budget += c->invalid.budget;
        e.methods += c->invalid.methods;
        e.learning += c->invalid.learning;
        e.competences += c->invalid.competence;
    }
    struct GoalView {
        std::string_view title;
        const std::string* learning;
        const std::string* competence;
        std::vector<const std::string*> methods, school_goals;
        std::set<std::string_view> themes;
    };
    auto each_goal = [&](const std::function<void(std::size_t, const GoalView&)>& visit) {
        GoalView g;
        for (std::size_t person = 0; person < current.size(); ++person) {
            RecordReader r(current[person]->record);
            for (int i = 0; i < 3; ++i) r.text();
            r.number(), r.text();  // path
            for (std::size_t n = r.number(); n > 0; --n) r.number();  // reminders
            for (std::size_t goals = r.number(); goals > 0; --goals) {
                g.title = r.text();
                g.learning = &st.keys[r.number()];
                g.competence = &st.keys[r.number()];
                g.methods.clear();
                for (std::size_t n = r.number(); n > 0; --n) g.methods.push_back(&st.keys[r.number()]);
                g.school_goals.clear();
                g.themes.clear();
                for (std::size_t n = r.number(); n > 0; --n) {
                    const std::string& sg = st.keys[r.number()];
                    g.school_goals.push_back(&sg);
                    auto it = school_goal_by_id.find(sg);
                    if (it != school_goal_by_id.end() && !it->second->theme.empty()) g.themes.insert(it->second->theme);
                }
                visit(person, g);
            }
        }
    };
    Counter methods, learning, competences, themes, linked;
    each_goal([&](std::size_t person, const GoalView& g) {
        for (const std::string* m : g.methods) methods.add(*m, person);
        learning.add(*g.learning, person);
        competences.add(*g.competence, person);
        for (const std::string* sg : g.school_goals) linked.add(*sg, person);
        for (std::string_view theme : g.themes) themes.add(theme, person);
    });
    const int min = report.min_group_size;
    for (auto [section, counter] : {std::pair{&report.methods, &methods}, std::pair{&report.learning, &learning},
                                    std::pair{&report.competences, &competences}, std::pair{&report.themes, &themes}}) {
        *section = counter->sorted();
        protect_small_groups(*section, min);
        suppressed_last(*section);
    }
    // The names of the areas the goals name, from the frameworks of the current POPs' policies (a
    // POP whose policy names none: the Dutch bekwaamheidseisen).
    for (const CountRow& row : report.competences) {
        const CompetenceArea* area = nullptr;
        for (const auto& [id, framework] : st.frameworks)
            if (!area) area = framework.find_area(row.key);
        if (!area) area = goal_framework(std::nullopt).find_area(row.key);
        if (area) report.competence_areas.push_back(*area);
    }
    if (school_goals) {
        for (const SchoolGoal& g : school_goals->goals) {
            CountRow row{g.id.value, g.title, 0, 0, {}};
            auto used = linked.rows.find(g.id.value);
            if (used != linked.rows.end()) row.goals = used->second.row.goals, row.people = used->second.row.people;
            report.school_goals.push_back(std::move(row));
        }
        protect_small_groups(report.school_goals, min);
    }
    // Self-assessments below the required level, per framework and area, over the current POPs.
    // An area that fewer than min_group_size people assessed shows neither count; otherwise the
    // below counts of a framework are protected as any section's groups are.
    {
        std::map<std::string_view, std::map<std::string_view, std::pair<int, int>>> counts;  // assessed, below
        for (const Candidate* c : current) {
            if (c->framework == 0) continue;
            RecordReader r(c->record);
            for (int i = 0; i < 3; ++i) r.text();
            r.number(), r.text();  // path
            for (std::size_t n = r.number(); n > 0; --n) r.number();  // reminders
            for (std::size_t goals = r.number(); goals > 0; --goals) {
                r.text(), r.number(), r.number();
                for (std::size_t n = r.number(); n > 0; --n) r.number();
                for (std::size_t n = r.number(); n > 0; --n) r.number();
            }
            std::size_t areas = r.number();
            if (areas == 0) continue;  // no self-assessment (yet)
            auto& per_area = counts[st.keys[c->framework]];
            for (std::size_t n = areas; n > 0; --n) {
                std::size_t packed = r.number();
                std::pair<int, int>& count = per_area[st.keys[packed / 2]];
                ++count.first;
                count.second += static_cast<int>(packed % 2);
            }
        }
        for (const auto& [id, framework] : st.frameworks) {
            auto used = counts.find(id);
            if (used == counts.end()) continue;  // no current POP under it has a self-assessment
            AssessmentGroup group{framework.id, framework.name_nl, framework.name_en, {}};
            std::vector<CountRow> below;
            for (const CompetenceArea& area : framework.areas) {
                AssessmentAreaRow row{area.id, area.name_nl, area.name_en};
                auto it = used->second.find(area.id);
                if (it != used->second.end()) row.assessed = it->second.first, row.below = it->second.second;
                below.push_back(CountRow{area.id, "", row.below, row.below, {}});
                group.areas.push_back(std::move(row));
            }
            protect_small_groups(below, min);
            for (std::size_t i = 0; i < below.size(); ++i) {
                AssessmentAreaRow& row = group.areas[i];
                row.suppressed = below[i].suppressed;
                // Fewer than min assessed it: below <= assessed, so its below count is small or 0.
                if (row.assessed > 0 && row.assessed < min) {
                    row.assessed_suppressed = true;
                    row.assessed = 0;
                    if (row.suppressed == Suppressed::No) row.suppressed = Suppressed::SmallGroup;
                }
                if (row.suppressed != Suppressed::No) row.below = 0;
            }
            report.assessments.push_back(std::move(group));
        }
    }
    // Example titles, from goals in no suppressed group.
    using Index = std::map<std::string_view, CountRow*>;
    auto index_of = [](std::vector<CountRow>& rows) {
        Index index;
        for (CountRow& row : rows) index.emplace(row.key, &row);  // the first of equal school goal ids
        return index;
    };
    Index by_method = index_of(report.methods), by_learning = index_of(report.learning),
          by_competence = index_of(report.competences), by_theme = index_of(report.themes),
          by_school_goal = index_of(report.school_goals);
    auto row_in = [](const Index& index, std::string_view key) -> CountRow* {
        auto it = index.find(key);
        return it == index.end() ? nullptr : it->second;
    };
    std::vector<CountRow*> rows_of_goal;
    each_goal([&](std::size_t, const GoalView& g) {
        if (g.title.empty()) return;
        rows_of_goal.clear();
        for (const std::string* m : g.methods) rows_of_goal.push_back(row_in(by_method, *m));
        rows_of_goal.push_back(row_in(by_learning, *g.learning));
        rows_of_goal.push_back(row_in(by_competence, *g.competence));
        for (const std::string* sg : g.school_goals) rows_of_goal.push_back(row_in(by_school_goal, *sg));
        for (std::string_view theme : g.themes) rows_of_goal.push_back(row_in(by_theme, theme));
        for (const CountRow* row : rows_of_goal)
            if (row && row->suppressed != Suppressed::No) return;
        for (CountRow* row : rows_of_goal)
            if (row && row->examples.size() < 5 &&
                std::find(row->examples.begin(), row->examples.end(), g.title) == row->examples.end())
                row->examples.emplace_back(g.title);
    });
    return report;
}

std::size_t TeamReportBuilder::size() const { return state_->rows.size(); }

void TeamReportBuilder::each(const std::function<void(const PersonRow&)>& visit) const {
    const State& st = *state_;
    PersonRow row;
    for (const State::Row& r : st.rows) {
        State::Names n = State::names_of(r);
        row.id.assign(n.id);
        row.name.assign(n.name);
        row.team.assign(n.team);
        row.on_roster = r.member != nullptr;
        row.warnings.clear();
        if (r.pop) {
            const State::Candidate& p = *r.pop;
            RecordReader rec(p.record);
            for (int i = 0; i < 3; ++i) rec.text();
            st.read_path(rec, row.path);
            for (std::size_t k = rec.number(); k > 0; --k) {
                const std::string& rule = st.keys[rec.number()];
                if (!p.superseded) row.warnings.push_back(rule);
            }
            row.has_current_pop = true;
            row.state = p.errors > 0 ? PopState::CurrentWithErrors : PopState::Current;
            row.expired_on.reset();
            row.errors = p.errors;
            row.invalid = p.invalid;
            row.budget_per_year = p.budget_per_year;
            row.period_end = unpack_date(p.period_end);
            row.goals = p.goals;
            row.goals_achieved = p.goals_achieved;
            row.steps_done = p.steps_done;
            row.steps_total = p.steps_total;
            row.last_conversation = unpack_date(p.last_conversation);
            row.next_conversation = unpack_date(p.next_conversation);
            row.hours_per_year = p.hours_per_year;
        } else {
            row.path.clear();
            row.has_current_pop = false;
            auto ended = st.latest_ended.find(std::string(n.id));
            row.expired_on = ended == st.latest_ended.end() ? std::nullopt : unpack_date(ended->second);
            row.state = row.expired_on ? PopState::Expired : PopState::None;
            row.errors = 0;
            row.invalid = InvalidValues{};
            row.budget_per_year = 0;
            row.period_end.reset();
            row.goals = row.goals_achieved = row.steps_done = row.steps_total = 0;
            row.last_conversation.reset();
            row.next_conversation.reset();
            row.hours_per_year = 0;
        }
        visit(row);
    }
}

void protect_small_groups(std::vector<CountRow>& rows, int min_group_size) {
    if (min_group_size > 1)
        for (CountRow& row : rows)
            if (row.people > 0 && row.people < min_group_size) row.suppressed = Suppressed::SmallGroup;
    // Complementary suppression: the next-smallest shown group (fewest people, then fewest goals,
    // then the first), until no small group can be worked out from a total.
    while (small_group_exposed(rows, min_group_size)) {
        CountRow* next = nullptr;
        for (CountRow& row : rows)
            if (row.suppressed == Suppressed::No && row.people > 0 &&
                (!next || std::tie(row.people, row.goals) < std::tie(next->people, next->goals)))
                next = &row;
        if (!next) break;  // every group of the section is suppressed
        next->suppressed = Suppressed::Complementary;
    }
    for (CountRow& row : rows)
        if (row.suppressed != Suppressed::No) {
            row.goals = row.people = 0;
            row.examples.clear();
        }
}

TeamReport build_team_report(const std::vector<PersonSummary>& summaries, const Roster* roster,
                             const SchoolGoals* school_goals, const Date& today) {
    TeamReportBuilder builder;
    for (const PersonSummary& s : summaries) builder.add(s);
    TeamReport report = builder.finish(roster, school_goals, today);
    report.people.reserve(builder.size());
    builder.each([&](const PersonRow& row) { report.people.push_back(row); });
    return report;
}

}  // namespace pop
