#include "pop/model/model.h"

#include <string_view>

#include "pop/format/spec.h"
#include "pop/model/facts.h"
#include "pop/base/text.h"
#include "pop/format/validate.h"

namespace pop {
namespace {

/// Reads values of one mapping, leaving out whatever is missing or of the wrong type.
class MapReader {
public:
    MapReader(const YamlDocument& doc, const YamlNode* node)
        : doc_(doc), node_(node && node->kind == NodeKind::Mapping ? node : nullptr) {}

    bool valid() const { return node_ != nullptr; }
    Mark at() const { return node_ ? node_->span.start : Mark{}; }

    const YamlNode* get(std::string_view key) const { return node_ ? find_key(doc_, *node_, key) : nullptr; }

    /// Whether the key is written, or a misspelling that the structure check already reported as
    /// "did you mean `key`?" (so that a typo is not reported a second time as a missing key).
    bool written(std::string_view key, const ObjectSpec& spec) const {
        if (!node_) return false;
        if (get(key)) return true;
        for (std::size_t i = 0; i < node_->children.size(); i += 2) {
            const YamlNode& k = doc_.node(node_->children[i]);
            if (k.kind == NodeKind::Scalar && !find_field(spec, k.value) && suggest_key(k.value, spec) == key)
                return true;
        }
        return false;
    }

    Maybe<std::string> text(std::string_view key) const {
        const YamlNode* n = get(key);
        if (!n || n->kind != NodeKind::Scalar || resolve_scalar(*n) != ScalarType::String || is_blank_text(n->value))
            return std::nullopt;
        return Located<std::string>{n->value, n->span.start, node_width(*n)};
    }

    Maybe<std::string> choice(std::string_view key, std::span<const Choice> choices) const {
        auto t = text(key);
        if (!t) return std::nullopt;
        for (const Choice& c : choices)
            if (c.value == t->value) return t;
        return std::nullopt;
    }

    Maybe<Date> date(std::string_view key) const {
        const YamlNode* n = get(key);
        if (!n || n->kind != NodeKind::Scalar) return std::nullopt;
        auto parsed = parse_date(n->value);
        if (!parsed.date) return std::nullopt;
        return Located<Date>{*parsed.date, n->span.start, node_width(*n)};
    }

    /// A number field of `spec`, when the structure check accepts it (number_value: no text, no
    /// .inf or .nan, within the field's range); left out otherwise.
    Maybe<double> number(std::string_view key, const ObjectSpec& spec) const {
        const YamlNode* n = get(key);
        const FieldSpec* field = find_field(spec, key);
        if (!n || !field) return std::nullopt;
        std::optional<double> v = number_value(*n, field->type);
        if (!v) return std::nullopt;
        return Located<double>{*v, n->span.start, node_width(*n)};
    }

    std::optional<int> integer(std::string_view key, int minimum) const {
        const YamlNode* n = get(key);
        std::optional<double> v = n ? parse_number(*n, ValueType::Integer) : std::nullopt;
        if (!v || *v < minimum || *v > 1e6) return std::nullopt;
        return static_cast<int>(*v);
    }

    std::optional<bool> boolean(std::string_view key) const {
        const YamlNode* n = get(key);
        if (!n || n->kind != NodeKind::Scalar || resolve_scalar(*n) != ScalarType::Bool) return std::nullopt;
        return n->value[0] == 't' || n->value[0] == 'T';
    }

    /// The mapping items of a list (other items are skipped).
    std::vector<const YamlNode*> items(std::string_view key) const {
        std::vector<const YamlNode*> out;
        const YamlNode* n = get(key);
        if (!n || n->kind != NodeKind::Sequence) return out;
        for (NodeId c : n->children) out.push_back(&doc_.node(c));
        return out;
    }

    std::vector<Located<std::string>> texts(std::string_view key) const {
        std::vector<Located<std::string>> out;
        for (const YamlNode* n : items(key))
            if (n->kind == NodeKind::Scalar && resolve_scalar(*n) == ScalarType::String && !is_blank_text(n->value))
                out.push_back({n->value, n->span.start, node_width(*n)});
        return out;
    }

    MapReader sub(std::string_view key) const { return MapReader(doc_, get(key)); }
    MapReader sub(const YamlNode* node) const { return MapReader(doc_, node); }

private:
    const YamlDocument& doc_;
    const YamlNode* node_;
};

std::optional<Signature> signature(const MapReader& m) {
    if (!m.valid()) return std::nullopt;
    return Signature{m.text("name"), m.date("date"), m.at(), m.get("name") && m.get("date")};
}

const ObjectSpec& log_entry_spec() {
    return *find_field(spec_for(FileKind::Pop), "log")->type.object;
}

std::vector<LogEntry> log_from(const MapReader& owner) {
    std::vector<LogEntry> out;
    const ObjectSpec& spec = log_entry_spec();
    for (const YamlNode* n : owner.items("log")) {
        MapReader e = owner.sub(n);
        if (!e.valid()) continue;
        out.push_back(LogEntry{e.at(), e.date("date"), e.number("hours", spec), e.number("euros", spec),
                               e.text("what"), e.choice("learning", find_field(spec, "learning")->type.choices),
                               e.choice("method", find_field(spec, "method")->type.choices),
                               e.boolean("private").value_or(false)});
    }
    return out;
}

// A private entry as multi-person output may show it: date, hours and kind of learning only.
LogEntry hours_only(const LogEntry& e) {
    LogEntry out;
    out.at = e.at;
    out.date = e.date;
    out.hours = e.hours;
    out.learning = e.learning;
    out.is_private = true;
    return out;
}

Goal goal_from(const MapReader& g) {
    Goal goal;
    goal.at = g.at();
    goal.id = g.text("id");
    goal.title = g.text("title");
    goal.specific = g.text("specific");
    goal.measurable = g.text("measurable");
    goal.agreed = signature(g.sub("agreed"));
    MapReader r = g.sub("realistic");
    goal.has_realistic = r.valid();
    goal.realistic_at = r.valid() ? r.at() : goal.at;
    const ObjectSpec& rs = *find_field(*find_field(spec_for(FileKind::Pop), "goals")->type.object, "realistic")->type.object;
    goal.hours = r.number("hours", rs);
    goal.budget = r.number("budget", rs);
    goal.realistic_note = r.text("note");
    goal.start = g.date("start");
    goal.end = g.date("end");
    goal.inspiring = g.text("inspiring");
    goal.learning = g.text("learning");
    goal.methods = g.texts("methods");
    goal.competence = g.text("competence");
    goal.school_goals = g.texts("school_goals");
    if (auto s = g.text("status")) goal.status = parse_goal_status(s->value).value_or(GoalStatus::Planned);
    for (const YamlNode* n : g.items("steps")) {
        MapReader s = g.sub(n);
        if (!s.valid()) continue;
        goal.steps.push_back(Step{s.at(), s.text("id"), s.text("what"), s.date("due"), s.date("done"),
                                  s.boolean("private").value_or(false)});
    }
    for (const YamlNode* n : g.items("evidence")) {
        MapReader e = g.sub(n);
        if (!e.valid()) continue;
        goal.evidence.push_back(Evidence{e.at(), e.date("date"), e.text("what"), e.text("link"), e.text("file"),
                                         e.boolean("private").value_or(false)});
    }
    goal.log = log_from(g);
    goal.reflection = g.text("reflection");
    const ObjectSpec& gs = *find_field(spec_for(FileKind::Pop), "goals")->type.object;
    goal.written = GoalKeysWritten{g.written("specific", gs), g.written("measurable", gs), g.written("agreed", gs),
                                   r.written("hours", rs),    g.written("start", gs),      g.written("end", gs),
                                   g.written("inspiring", gs)};
    goal.written.budget = r.written("budget", rs);
    goal.is_private = g.boolean("private").value_or(false);
    return goal;
}

std::vector<SelfAssessment> self_assessments_from(const MapReader& root) {
    std::vector<SelfAssessment> out;
    for (const YamlNode* n : root.items("self_assessments")) {
        MapReader a = root.sub(n);
        if (!a.valid()) continue;
        SelfAssessment sa{a.at(), a.date("date"), a.text("manager"), a.boolean("private").value_or(false), {}};
        for (const YamlNode* m : a.items("areas")) {
            MapReader x = a.sub(m);
            if (!x.valid()) continue;
            sa.areas.push_back(AreaAssessment{x.at(), x.text("area"), x.text("level"), x.text("explanation"),
                                              x.texts("evidence"), x.text("manager_level")});
        }
        out.push_back(std::move(sa));
    }
    return out;
}

// The school's own framework, or a preset named by `preset`, from the policy's competence_framework.
std::optional<CompetenceFramework> framework_from(const MapReader& m) {
    if (!m.valid()) return std::nullopt;
    std::optional<CompetenceFramework> f;
    if (auto preset = m.text("preset")) f = framework_preset(preset->value);
    if (!f) f = CompetenceFramework{};
    if (auto id = m.text("id")) f->id = id->value;
    if (auto name = m.text("name")) f->name_nl = f->name_en = name->value;
    if (auto name = m.text("name_en")) f->name_en = name->value;
    auto named = [&](const MapReader& x, std::string& nl, std::string& en, const std::string& id) {
        auto name = x.text("name");
        auto name_en = x.text("name_en");
        nl = name ? name->value : id;
        en = name_en ? name_en->value : nl;
    };
    if (m.get("areas")) {
        f->areas.clear();
        for (const YamlNode* n : m.items("areas")) {
            MapReader x = m.sub(n);
            auto id = x.text("id");
            if (!id) continue;
            CompetenceArea a{id->value, "", ""};
            named(x, a.name_nl, a.name_en, a.id);
            f->areas.push_back(std::move(a));
        }
    }
    if (m.get("levels")) {
        f->levels.clear();
        for (const YamlNode* n : m.items("levels")) {
            MapReader x = m.sub(n);
            auto id = x.text("id");
            if (!id) continue;
            CompetenceLevel l{id->value, "", ""};
            named(x, l.name_nl, l.name_en, l.id);
            f->levels.push_back(std::move(l));
        }
    }
    MapReader required = m.sub("required");
    if (auto v = required.text("teacher")) f->required_teacher = v->value;
    if (auto v = required.text("starter")) f->required_starter = v->value;
    if (auto v = required.text("support")) f->required_support = v->value;
    return f;
}

}  // namespace

Policy policy_preset(std::string_view preset) {
    Policy p;
    p.preset = std::string(preset);
    // The figures and their sources: docs/format.md, "Presets" (checked 2026-12).
    if (preset == "po") {
        p.hours_per_year = 80;
        p.budget_per_year = 500;
        p.starter_hours_per_year = 40;
        p.starter_years = 3;
    } else if (preset == "vo") {
        p.hours_per_year = 83;
        p.support_hours_per_year = 40;
        p.budget_per_year = 600;
        p.carry_over_years = 2;
    } else if (preset == "mbo") {
        p.hours_per_year = 59;
    } else if (preset == "vlaanderen") {
        p.renewal_years = 1;
    } else {
        p.preset.clear();
    }
    p.competence_framework = sector_framework(p.preset);
    return p;
}

Pop build_pop(const YamlDocument& doc) {
    Pop pop;
    if (doc.empty()) return pop;
    MapReader root(doc, &doc.root());
    MapReader person = root.sub("person");
    pop.person = Person{person.text("id"),   person.text("name"), person.text("role"),
                        person.text("school"), person.text("team"), person.text("manager")};
    MapReader period = root.sub("period");
    pop.period_start = period.date("start");
    pop.period_end = period.date("end");
    MapReader sign_off = root.sub("sign_off");
    pop.sign_off_at = sign_off.valid() ? sign_off.at() : root.at();
    if (const YamlNode* c = root.get("conversations")) pop.conversations_at = c->span.start;
    else pop.conversations_at = root.at();
    pop.employee_sign = signature(sign_off.sub("employee"));
    pop.manager_sign = signature(sign_off.sub("manager"));
    const YamlNode* goals = root.get("goals");
    pop.has_goals_key = goals != nullptr;
    pop.goals_written_as_list = !goals || goals->kind == NodeKind::Sequence;
    pop.goals_at = goals ? goals->span.start : root.at();
    for (const YamlNode* n : root.items("goals")) {
        MapReader g = root.sub(n);
        if (g.valid()) pop.goals.push_back(goal_from(g));
    }
    for (const YamlNode* n : root.items("conversations")) {
        MapReader c = root.sub(n);
        if (!c.valid()) continue;
        Conversation conv;
        conv.at = c.at();
        if (auto k = c.text("kind")) conv.kind = parse_conversation_kind(k->value);
        conv.date = c.date("date");
        conv.with = c.text("with");
        conv.agreements = c.text("agreements");
        conv.notes = c.text("notes");
        conv.is_private = c.boolean("private").value_or(false);
        pop.conversations.push_back(std::move(conv));
    }
    pop.log = log_from(root);
    pop.self_assessments = self_assessments_from(root);
    return pop;
}

Policy build_policy(const YamlDocument& doc) {
    if (doc.empty()) return policy_preset("");
    MapReader root(doc, &doc.root());
    auto preset = root.text("preset");
    Policy p = policy_preset(preset ? std::string_view(preset->value) : std::string_view());
    if (auto v = root.integer("renewal_years", 1)) p.renewal_years = *v;
    if (auto v = root.integer("conversation_months", 1)) p.conversation_months = *v;
    const ObjectSpec& spec = spec_for(FileKind::Policy);
    if (auto v = root.number("hours_per_year", spec)) p.hours_per_year = v->value;
    if (auto v = root.number("budget_per_year", spec)) p.budget_per_year = v->value;
    if (auto v = root.number("support_hours_per_year", spec)) p.support_hours_per_year = v->value;
    if (auto v = root.number("starter_hours_per_year", spec)) p.starter_hours_per_year = v->value;
    if (auto v = root.integer("starter_years", 0)) p.starter_years = *v;
    if (auto v = root.integer("carry_over_years", 0)) p.carry_over_years = *v;
    if (auto v = root.integer("school_year_start", 1); v && *v <= 12) p.school_year_start = *v;
    if (auto v = root.integer("hours_plan_margin", 0); v && *v <= 1000) p.hours_plan_margin = *v;
    MapReader warn = root.sub("warn");
    if (auto v = warn.integer("period_end_days", 0)) p.period_end_days = *v;
    if (auto v = warn.integer("step_due_days", 0)) p.step_due_days = *v;
    if (auto v = warn.integer("inactivity_months", 1)) p.inactivity_months = *v;
    if (auto v = warn.integer("hours_unused_days", 0)) p.hours_unused_days = *v;
    MapReader smarti = root.sub("smarti");
    if (auto v = smarti.integer("min_specific_words", 0)) p.min_specific_words = *v;
    if (auto v = smarti.integer("max_goal_months", 1)) p.max_goal_months = *v;
    if (auto v = root.integer("stale_months", 1)) p.stale_months = *v;
    if (auto v = root.integer("retention_months", 1)) p.retention_months = *v;
    if (auto v = root.integer("min_group_size", 1)) p.min_group_size = *v;
    MapReader complete = root.sub("complete");
    p.require_sign_off = complete.boolean("sign_off").value_or(false);
    p.require_current_goal = complete.boolean("current_goal").value_or(false);
    p.require_conversation = complete.boolean("conversation").value_or(false);
    if (auto f = framework_from(root.sub("competence_framework"))) p.competence_framework = std::move(f);
    if (smarti.get("vague_words")) {
        p.vague_words.clear();
        for (auto& w : smarti.texts("vague_words")) p.vague_words.push_back(w.value);
    }
    return p;
}

Pop public_view(const Pop& pop) {
    Pop out = pop;
    for (LogEntry& e : out.log)
        if (e.is_private) e = hours_only(e);
    // The hours of a private goal still count, as private top-level entries.
    for (const Goal& g : pop.goals) {
        if (!g.is_private) continue;
        for (const LogEntry& e : g.log) {
            LogEntry moved = hours_only(e);
            if (!moved.learning) moved.learning = g.learning;
            out.log.push_back(std::move(moved));
        }
    }
    std::erase_if(out.goals, [](const Goal& g) { return g.is_private; });
    for (Goal& g : out.goals) {
        std::erase_if(g.steps, [](const Step& s) { return s.is_private; });
        std::erase_if(g.evidence, [](const Evidence& e) { return e.is_private; });
        for (LogEntry& e : g.log)
            if (e.is_private) e = hours_only(e);
        g.reflection.reset();
    }
    std::erase_if(out.conversations, [](const Conversation& c) { return c.is_private; });
    for (Conversation& c : out.conversations) c.notes.reset();
    // A private self-assessment counts only as levels: its areas keep their area and level.
    for (SelfAssessment& a : out.self_assessments) {
        if (!a.is_private) continue;
        a.manager.reset();
        for (AreaAssessment& x : a.areas) {
            x.explanation.reset();
            x.evidence.clear();
            x.manager_level.reset();
        }
    }
    return out;
}

bool is_current(const PopSummary& pop, const Date& today) { return period_includes(pop.start, pop.end, today); }

PopSummary summarize(const Pop& pop) {
    PopSummary s;
    if (pop.person.id) s.person_id = *pop.person.id;
    if (pop.period_start) s.start = pop.period_start->value;
    if (pop.period_end) s.end = pop.period_end->value;
    return s;
}

Roster build_roster(const YamlDocument& doc) {
    Roster roster;
    if (doc.empty()) return roster;
    MapReader root(doc, &doc.root());
    for (const YamlNode* n : root.items("staff")) {
        MapReader s = root.sub(n);
        auto id = s.text("id");
        if (!id) continue;
        auto name = s.text("name");
        auto team = s.text("team");
        auto left = s.date("left");  // someone who left counts as not active, whatever `active` says
        StaffMember member;
        member.id = *id;
        member.name = name ? name->value : "";
        member.team = team ? team->value : "";
        member.active = s.boolean("active").value_or(true) && !left;
        member.left = left;
        if (auto fte = s.number("fte", *find_field(spec_for(FileKind::Roster), "staff")->type.object)) member.fte = fte->value;
        if (auto group = s.text("role_group")) member.support = group->value == "support";
        if (auto start = s.date("start_date")) member.start_date = start->value;
        roster.staff.push_back(std::move(member));
    }
    return roster;
}

SchoolGoals build_school_goals(const YamlDocument& doc) {
    SchoolGoals goals;
    if (doc.empty()) return goals;
    MapReader root(doc, &doc.root());
    for (const YamlNode* n : root.items("goals")) {
        MapReader g = root.sub(n);
        auto id = g.text("id");
        if (!id) continue;
        auto title = g.text("title");
        auto theme = g.text("theme");
        goals.goals.push_back(SchoolGoal{*id, title ? title->value : "", theme ? theme->value : ""});
    }
    return goals;
}

std::size_t conversation_position(const Pop& pop, const Date& date) {
    for (std::size_t i = 0; i < pop.conversations.size(); ++i)
        if (const auto& at = pop.conversations[i].date; at && date < at->value) return i;
    return pop.conversations.size();
}

}  // namespace pop
