// `pop step add GOAL --what TEXT`, `pop step done GOAL STEP`, `pop step set GOAL STEP FIELD VALUE`
// and `pop step remove GOAL STEP`: the small steps towards a goal.
#include <cstdio>

#include "edit_session.h"
#include "pop/format/validate.h"

namespace pop::cli {
namespace {

struct StepAddOptions {
    EditOptions edit;
    std::string goal, what, due, id;
    bool is_private = false;
};

struct StepDoneOptions {
    EditOptions edit;
    std::string goal, step, on;
};

struct StepSetOptions {
    EditOptions edit;
    std::string goal, step, field, value;
};

struct StepRemoveOptions {
    EditOptions edit;
    std::string goal, step;
};

// One step as the tree has it.
struct StepInfo {
    std::string id, what, done;
};

std::vector<StepInfo> steps_of(const EditSession& s, std::size_t goal) {
    std::vector<StepInfo> out;
    const YamlNode* steps = s.find({std::string("goals"), goal, std::string("steps")});
    if (!steps || steps->kind != NodeKind::Sequence) return out;
    for (NodeId child : steps->children) {
        const YamlNode& step = s.doc().node(child);
        StepInfo info;
        if (step.kind == NodeKind::Mapping) {
            for (auto [key, slot] :
                 {std::pair{"id", &info.id}, std::pair{"what", &info.what}, std::pair{"done", &info.done}}) {
                const YamlNode* v = find_key(s.doc(), step, key);
                if (v && v->kind == NodeKind::Scalar) *slot = v->value;
            }
        }
        out.push_back(info);
    }
    return out;
}

std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// "1 (video): Eerste les op video ...; 2: ..." for messages.
std::string step_list(const std::vector<StepInfo>& steps, const std::vector<std::size_t>& which) {
    std::string out;
    for (std::size_t j : which) {
        std::string what = steps[j].what;
        if (what.size() > 40) {
            std::size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
            what = what.substr(0, cut) + "...";
        }
        out += (out.empty() ? "" : "; ") + std::to_string(j + 1) +
               (steps[j].id.empty() ? "" : " (" + steps[j].id + ")") + ": " + what;
    }
    return out;
}

std::vector<std::size_t> all_steps(const std::vector<StepInfo>& steps) {
    std::vector<std::size_t> all(steps.size());
    for (std::size_t j = 0; j < steps.size(); ++j) all[j] = j;
    return all;
}

// The step named by its id, its 1-based number (a plain number is never matched against the
// texts), or a unique part of its text; nullopt after a message.
std::optional<std::size_t> find_step(const EditSession& s, std::size_t goal, const std::string& goal_id,
                                     const std::string& arg) {
    std::vector<StepInfo> steps = steps_of(s, goal);
    if (steps.empty()) {
        tell("edit.no-steps", s.lang(), {{"goal", goal_id}});
        return std::nullopt;
    }
    for (std::size_t j = 0; j < steps.size(); ++j)
        if (!steps[j].id.empty() && steps[j].id == arg) return j;
    if (!arg.empty() && arg.find_first_not_of("0123456789") == std::string::npos) {
        // A plain number names a step by its place, never a part of a text ("Lesbezoek 3").
        std::size_t digits = arg.find_first_not_of('0');
        std::size_t n = digits == std::string::npos || arg.size() - digits > 6 ? 0 : std::stoul(arg.substr(digits));
        if (n >= 1 && n <= steps.size()) return n - 1;
        tell(steps.size() == 1 ? "edit.step-number.one" : "edit.step-number", s.lang(),
             {{"step", arg}, {"goal", goal_id}, {"n", std::to_string(steps.size())}, {"steps", step_list(steps, all_steps(steps))}});
        return std::nullopt;
    }
    std::vector<std::size_t> hits, all;
    for (std::size_t j = 0; j < steps.size(); ++j) {
        all.push_back(j);
        if (!arg.empty() && lower(steps[j].what).find(lower(arg)) != std::string::npos) hits.push_back(j);
    }
    if (hits.size() == 1) return hits.front();
    if (hits.size() > 1) {
        tell("edit.ambiguous-step", s.lang(),
             {{"step", arg}, {"n", std::to_string(hits.size())}, {"goal", goal_id}, {"steps", step_list(steps, hits)}});
        return std::nullopt;
    }
    std::vector<std::string_view> ids;
    for (const StepInfo& st : steps)
        if (!st.id.empty()) ids.push_back(st.id);
    std::string_view hit = suggest(arg, ids);
    std::vector<MessageArg> args{{"step", arg}, {"goal", goal_id}, {"steps", step_list(steps, all)}};
    if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
    tell(hit.empty() ? "edit.no-step" : "edit.no-step.suggest", s.lang(), args);
    return std::nullopt;
}

std::string goal_name(const EditSession& s, std::size_t goal, const std::string& arg) {
    std::string id = s.goal_ids()[goal];
    return id.empty() ? arg : id;
}

int run_add(const StepAddOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto goal = s.goal(o.goal);
    if (!goal) return kExitUsage;
    std::string goal_id = goal_name(s, *goal, o.goal);
    std::vector<std::pair<std::string, NewValue>> fields;
    if (!o.id.empty()) {
        if (!id_argument("--id", o.id, s.lang())) return kExitUsage;
        for (const StepInfo& st : steps_of(s, *goal))
            if (st.id == o.id) {
                tell("edit.step-exists", s.lang(), {{"goal", goal_id}, {"step", o.id}});
                return kExitUsage;
            }
        fields.emplace_back("id", NewValue::text(o.id));
    }
    fields.emplace_back("what", NewValue::text(o.what));
    if (!o.due.empty()) {
        auto due = date_argument("--due", o.due, s.lang());
        if (!due) return kExitUsage;
        fields.emplace_back("due", NewValue::text(due->to_string()));
    }
    if (o.is_private) fields.emplace_back("private", NewValue::plain("true"));
    std::size_t number = steps_of(s, *goal).size() + 1;
    if (!s.append({std::string("goals"), *goal, std::string("steps")}, NewValue::mapping(std::move(fields))))
        return kExitFindings;
    return s.finish("edit.step.added",
                    {{"n", std::to_string(number)}, {"goal", goal_id}, {"what", shown_value(o.what)}});
}

int run_done(const StepDoneOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto goal = s.goal(o.goal);
    if (!goal) return kExitUsage;
    std::string goal_id = goal_name(s, *goal, o.goal);
    Date on = s.today();
    if (!o.on.empty()) {
        auto d = date_argument("--on", o.on, s.lang());
        if (!d) return kExitUsage;
        on = *d;
    }
    auto step = find_step(s, *goal, goal_id, o.step);
    if (!step) return kExitUsage;
    StepInfo info = steps_of(s, *goal)[*step];
    std::string what = info.what;
    if (!info.done.empty() && o.on.empty()) {
        // Ticking off again does not move the date it was done on; --on does.
        print_done(s.path(), "edit.step.already-done",
                   {{"n", std::to_string(*step + 1)}, {"goal", goal_id}, {"date", info.done}}, {}, globals);
        return kExitClean;
    }
    if (!s.set({std::string("goals"), *goal, std::string("steps"), *step, std::string("done")},
               NewValue::text(on.to_string())))
        return kExitFindings;
    return s.finish(
        "edit.step.done",
        {{"n", std::to_string(*step + 1)}, {"goal", goal_id}, {"date", on.to_string()}, {"what", shown_value(what)}});
}

// A field of a step as the schema has it; nullptr when steps have no such field.
const FieldSpec* step_field(std::string_view name) {
    const ObjectSpec& goal = *find_field(spec_for(FileKind::Pop), "goals")->type.object;
    return find_field(*find_field(goal, "steps")->type.object, name);
}

int run_set(const StepSetOptions& o, const Globals& globals) {
    std::string field = lower(o.field);
    const FieldSpec* spec = step_field(field);
    if (!spec) {
        tell("edit.step.unknown-field", globals.lang, {{"field", o.field}});
        return kExitUsage;
    }
    if (spec->required && o.value.empty()) {
        tell("edit.step.required-field", globals.lang);
        return kExitUsage;
    }
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto goal = s.goal(o.goal);
    if (!goal) return kExitUsage;
    std::string goal_id = goal_name(s, *goal, o.goal);
    auto step = find_step(s, *goal, goal_id, o.step);
    if (!step) return kExitUsage;
    NodePath path{std::string("goals"), *goal, std::string("steps"), *step, field};
    std::vector<MessageArg> args{{"n", std::to_string(*step + 1)}, {"goal", goal_id}, {"field", field}};
    if (o.value.empty()) {
        // An empty value takes an optional field away (a step that is not done after all).
        if (s.find(path) && !s.remove(path)) return kExitFindings;
        return s.finish("edit.step.unset", std::move(args));
    }
    if (field == "id" && o.value != steps_of(s, *goal)[*step].id)
        for (const StepInfo& st : steps_of(s, *goal))
            if (st.id == o.value) {
                tell("edit.step-exists", s.lang(), {{"goal", goal_id}, {"step", o.value}});
                return kExitUsage;
            }
    auto value = field_value(field, *spec, o.value, s.lang());
    if (!value) return kExitUsage;
    if (!s.set(path, *value)) return kExitFindings;
    args.push_back({"value", shown_value(o.value)});
    return s.finish("edit.step.set", std::move(args));
}

int run_remove(const StepRemoveOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto goal = s.goal(o.goal);
    if (!goal) return kExitUsage;
    std::string goal_id = goal_name(s, *goal, o.goal);
    auto step = find_step(s, *goal, goal_id, o.step);
    if (!step) return kExitUsage;
    std::string what = steps_of(s, *goal)[*step].what;
    if (!s.remove({std::string("goals"), *goal, std::string("steps"), *step})) return kExitFindings;
    return s.finish("edit.step.removed",
                    {{"n", std::to_string(*step + 1)}, {"goal", goal_id}, {"what", shown_value(what)}});
}

}  // namespace

void add_step(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto* step = app.add_subcommand(
        "step", nl ? "een stap toevoegen, afvinken, aanpassen of weghalen (add, done, set, remove)"
                   : "add a step, tick one off, change or remove one (add, done, set, remove)");
    step->require_subcommand(1);

    auto add = std::make_shared<StepAddOptions>();
    auto* a = step->add_subcommand("add", nl ? "een stap aan een doel toevoegen" : "add a step to a goal");
    a->add_option("goal", add->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")->required();
    a->add_option("--what", add->what, nl ? "wat de stap is" : "what the step is")->required();
    a->add_option("--due", add->due, nl ? "uiterlijk op, JJJJ-MM-DD" : "due date, YYYY-MM-DD");
    a->add_option("--id", add->id, nl ? "code van de stap, uniek in het doel" : "id of the step, unique in the goal");
    a->add_flag("--private", add->is_private,
                nl ? "de stap blijft uit rapporten over meer mensen" : "keep the step out of multi-person reports");
    add_edit_options(*a, add->edit, nl);
    a->callback([add, &globals, &exit_code] { exit_code = run_add(*add, globals); });

    auto done = std::make_shared<StepDoneOptions>();
    auto* d = step->add_subcommand("done", nl ? "een stap afvinken" : "tick a step off");
    d->add_option("goal", done->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")->required();
    d->add_option("step", done->step,
                  nl ? "de stap: code, nummer (1 = de eerste) of een uniek stukje van de tekst (een getal is altijd het nummer)"
                     : "the step: its id, its number (1 = the first) or a unique part of its text (a number is always the number)")
        ->required();
    d->add_option("--on", done->on,
                  nl ? "gedaan op, JJJJ-MM-DD (standaard vandaag)" : "done on, YYYY-MM-DD (default today)");
    add_edit_options(*d, done->edit, nl);
    d->callback([done, &globals, &exit_code] { exit_code = run_done(*done, globals); });

    const char* step_help = nl ? "de stap: code, nummer (1 = de eerste) of een uniek stukje van de tekst"
                               : "the step: its id, its number (1 = the first) or a unique part of its text";
    auto set = std::make_shared<StepSetOptions>();
    auto* st = step->add_subcommand("set", nl ? "een veld van een stap aanpassen (leeg: het veld weghalen)"
                                              : "change a field of a step (empty: remove the field)");
    st->add_option("goal", set->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")->required();
    st->add_option("step", set->step, step_help)->required();
    st->add_option("field", set->field, "what, due, done, id, private")->required();
    st->add_option("value", set->value,
                   nl ? "de nieuwe waarde; \"\" haalt due, done, id of private weg"
                      : "the new value; \"\" removes due, done, id or private")
        ->required();
    add_edit_options(*st, set->edit, nl);
    st->callback([set, &globals, &exit_code] { exit_code = run_set(*set, globals); });

    auto remove = std::make_shared<StepRemoveOptions>();
    auto* r = step->add_subcommand("remove", nl ? "een stap weghalen" : "remove a step");
    r->add_option("goal", remove->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")->required();
    r->add_option("step", remove->step, step_help)->required();
    add_edit_options(*r, remove->edit, nl);
    r->callback([remove, &globals, &exit_code] { exit_code = run_remove(*remove, globals); });
}

}  // namespace pop::cli
