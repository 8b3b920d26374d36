// `pop goal add|set|status`: add a SMARTI goal, change one of its fields, or its status.
#include <cstdio>

#include "edit_session.h"
#include "pop/format/validate.h"

namespace pop::cli {
namespace {

const ObjectSpec& goal_spec() { return *find_field(spec_for(FileKind::Pop), "goals")->type.object; }
const ObjectSpec& object_of(const ObjectSpec& parent, std::string_view key) {
    return *find_field(parent, key)->type.object;
}

// A field of a goal as `pop goal set` names it: where it lives under the goal, and its spec.
struct GoalField {
    std::string name;               // as shown: "title", "hours", "agreed.name"
    std::vector<std::string> path;  // under the goal: {"title"}, {"realistic", "hours"}
    const FieldSpec* spec;
};

std::vector<GoalField> goal_fields() {
    std::vector<GoalField> out;
    const ObjectSpec& goal = goal_spec();
    for (const FieldSpec& f : goal.fields) {
        std::string key(f.key);
        if (key == "steps" || key == "evidence") continue;  // pop step, pop evidence
        if (key == "realistic" || key == "agreed") {
            for (const FieldSpec& sub : object_of(goal, key).fields)
                out.push_back({key + "." + std::string(sub.key), {key, std::string(sub.key)}, &sub});
            continue;
        }
        out.push_back({key, {key}, &f});
    }
    return out;
}

// FIELD as the user may write it: "hours" for realistic.hours, "agreed-by", "school-goals", ...
std::string canonical_field(std::string field) {
    for (char& c : field)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (field == "hours" || field == "budget" || field == "note") return "realistic." + field;
    if (field == "agreed-by" || field == "agreed_by") return "agreed.name";
    if (field == "agreed-on" || field == "agreed_on") return "agreed.date";
    if (field == "school-goals") return "school_goals";
    if (field == "method") return "methods";
    return field;
}

// ---- pop goal add ----

struct AddOptions {
    EditOptions edit;
    std::string id, title, specific, measurable, hours, budget, note, start, end, inspiring, learning, competence,
        status, agreed_by, agreed_on;
    std::vector<std::string> methods, school_goals;
    bool is_private = false;
};

int run_add(AddOptions o, const Globals& globals) {
    Lang lang = globals.lang;
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    const ObjectSpec& goal = goal_spec();
    auto date_ok = [&](std::string_view opt) {
        return [&, opt](const std::string& t) { return date_argument(opt, t, lang).has_value(); };
    };
    auto any = [](const std::string&) { return true; };
    if (interactive()) {
        bool ok = ask_until(o.id, "edit.ask.goal-id", true, "", lang,
                            [&](const std::string& t) { return id_argument("--id", t, lang); }) &&
                  ask_until(o.title, "edit.ask.title", true, "", lang, any) &&
                  ask_until(o.specific, "edit.ask.specific", false, "", lang, any) &&
                  ask_until(o.measurable, "edit.ask.measurable", true, "", lang, any) &&
                  ask_until(o.agreed_by, "edit.ask.agreed-by", false, "", lang, any) &&
                  (o.agreed_by.empty() ||
                   ask_until(o.agreed_on, "edit.ask.agreed-on", true, s.today().to_string(), lang,
                             date_ok("--agreed-on"))) &&
                  ask_until(o.hours, "edit.ask.hours", false, "", lang,
                            [&](const std::string& t) { return number_argument("--hours", t, lang); }) &&
                  ask_until(o.start, "edit.ask.start", true, "", lang, date_ok("--start")) &&
                  ask_until(o.end, "edit.ask.end", true, "", lang, date_ok("--end")) &&
                  ask_until(o.inspiring, "edit.ask.inspiring", false, "", lang, any);
        if (!ok) return kExitUsage;
    }
    std::string missing;
    for (auto [flag, value] : {std::pair{"--id", &o.id}, std::pair{"--title", &o.title}})
        if (value->empty()) missing += (missing.empty() ? "" : ", ") + std::string(flag);
    if (!missing.empty()) {
        tell("edit.missing-options", lang, {{"options", missing}});
        return kExitUsage;
    }
    if (!id_argument("--id", o.id, lang)) return kExitUsage;
    for (const std::string& id : s.goal_ids())
        if (id == o.id) {
            tell("edit.goal-exists", lang, {{"goal", o.id}, {"path", s.path()}});
            return kExitUsage;
        }
    if (!o.agreed_on.empty() && o.agreed_by.empty()) {
        tell("edit.missing-options", lang, {{"options", "--agreed-by"}});
        return kExitUsage;
    }
    // Fields in the order docs/format.md lists them, each checked against its type.
    std::vector<std::pair<std::string, NewValue>> fields;
    bool bad = false;
    auto put = [&](std::vector<std::pair<std::string, NewValue>>& into, const ObjectSpec& spec, std::string_view key,
                   const std::string& option, const std::string& text) {
        if (text.empty() || bad) return;
        auto v = field_value(option, *find_field(spec, key), text, lang);
        if (!v)
            bad = true;
        else
            into.emplace_back(std::string(key), std::move(*v));
    };
    put(fields, goal, "id", "--id", o.id);
    put(fields, goal, "title", "--title", o.title);
    put(fields, goal, "specific", "--specific", o.specific);
    put(fields, goal, "measurable", "--measurable", o.measurable);
    if (!o.agreed_by.empty()) {
        std::vector<std::pair<std::string, NewValue>> agreed;
        put(agreed, object_of(goal, "agreed"), "name", "--agreed-by", o.agreed_by);
        put(agreed, object_of(goal, "agreed"), "date", "--agreed-on",
            o.agreed_on.empty() ? s.today().to_string() : o.agreed_on);
        if (!bad) fields.emplace_back("agreed", NewValue::mapping(std::move(agreed)));
    }
    std::vector<std::pair<std::string, NewValue>> realistic;
    put(realistic, object_of(goal, "realistic"), "hours", "--hours", o.hours);
    put(realistic, object_of(goal, "realistic"), "budget", "--budget", o.budget);
    put(realistic, object_of(goal, "realistic"), "note", "--note", o.note);
    if (!realistic.empty()) fields.emplace_back("realistic", NewValue::mapping(std::move(realistic)));
    put(fields, goal, "start", "--start", o.start);
    put(fields, goal, "end", "--end", o.end);
    put(fields, goal, "inspiring", "--inspiring", o.inspiring);
    put(fields, goal, "learning", "--learning", o.learning);
    std::string methods, school_goals;
    for (const std::string& m : o.methods) methods += (methods.empty() ? "" : ",") + m;
    for (const std::string& g : o.school_goals) school_goals += (school_goals.empty() ? "" : ",") + g;
    put(fields, goal, "methods", "--method", methods);
    put(fields, goal, "competence", "--competence", o.competence);
    put(fields, goal, "school_goals", "--school-goal", school_goals);
    put(fields, goal, "status", "--status", o.status);
    if (o.is_private) fields.emplace_back("private", NewValue::plain("true"));
    if (bad) return kExitUsage;
    // Without a success criterion and dates `pop check` reports an error (smarti.measurable,
    // smarti.time-bound): say which options are missing rather than write a goal that fails.
    std::string incomplete;
    for (auto [flag, value] :
         {std::pair{"--measurable", &o.measurable}, std::pair{"--start", &o.start}, std::pair{"--end", &o.end}})
        if (value->empty()) incomplete += (incomplete.empty() ? "" : ", ") + std::string(flag);
    if (!incomplete.empty()) {
        tell("edit.goal-incomplete", lang, {{"options", incomplete}, {"goal", o.id}});
        return kExitFindings;
    }
    if (!s.append({std::string("goals")}, NewValue::mapping(std::move(fields)))) return kExitFindings;
    return s.finish("edit.goal.added", {{"goal", o.id}});
}

// ---- pop goal set / pop goal status ----

struct SetOptions {
    EditOptions edit;
    std::string goal, field, value;
    std::string start, end;  ///< --start / --end: both dates in one edit, checked together.
    bool value_given = true; ///< VALUE was on the command line (it may be "").
};

// `pop goal set GOAL --start X --end Y`: a goal moved in time in one edit, so that the check
// (dates.order, dates.goal-in-period) sees both new dates at once.
int run_set_dates(const SetOptions& o, EditSession& s) {
    auto index = s.goal(o.goal);
    if (!index) return kExitUsage;
    const ObjectSpec& goal = goal_spec();
    std::string goal_id = s.goal_ids()[*index];
    if (goal_id.empty()) goal_id = o.goal;
    for (auto [key, text] : {std::pair{"start", &o.start}, std::pair{"end", &o.end}}) {
        if (text->empty()) continue;
        auto value = field_value(std::string("--") + key, *find_field(goal, key), *text, s.lang());
        if (!value) return kExitUsage;
        if (!s.set({std::string("goals"), *index, std::string(key)}, *value)) return kExitFindings;
    }
    std::string start = s.scalar({std::string("goals"), *index, std::string("start")});
    std::string end = s.scalar({std::string("goals"), *index, std::string("end")});
    return s.finish("edit.goal.dates", {{"goal", goal_id}, {"start", start.empty() ? "?" : start},
                                         {"end", end.empty() ? "?" : end}});
}

int run_set(const SetOptions& o, const Globals& globals, bool status_only) {
    Lang lang = globals.lang;
    if (!status_only && (o.start.empty() && o.end.empty()) == (o.field.empty() || !o.value_given)) {
        // Either FIELD VALUE or --start/--end, not both and not neither.
        tell("edit.goal.set-usage", lang);
        return kExitUsage;
    }
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    if (!status_only && (!o.start.empty() || !o.end.empty())) return run_set_dates(o, s);
    std::vector<GoalField> fields = goal_fields();
    std::string wanted = canonical_field(o.field);
    const GoalField* field = nullptr;
    for (const GoalField& f : fields)
        if (f.name == wanted) field = &f;
    if (!field) {
        std::vector<std::string_view> names;
        std::string list;
        for (const GoalField& f : fields) {
            names.push_back(f.name);
            list += (list.empty() ? "" : ", ") + f.name;
        }
        std::string_view hit = suggest(wanted, names);
        std::vector<MessageArg> args{{"field", o.field}, {"fields", list}};
        if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
        tell(hit.empty() ? "edit.unknown-field" : "edit.unknown-field.suggest", lang, args);
        return kExitUsage;
    }
    auto index = s.goal(o.goal);
    if (!index) return kExitUsage;
    auto value = field_value(field->name, *field->spec, o.value, lang);
    if (!value) return kExitUsage;
    std::string goal_id = s.goal_ids()[*index];
    if (goal_id.empty()) goal_id = o.goal;
    NodePath goal_path{std::string("goals"), *index};
    NodePath path = goal_path;
    for (const std::string& step : field->path) path.push_back(step);
    if (field->path.size() == 2 && !s.find({std::string("goals"), *index, field->path[0]})) {
        // realistic or agreed is not there yet: add it with this one field (an agreement gets today's date).
        std::vector<std::pair<std::string, NewValue>> sub{{field->path[1], *value}};
        if (field->path[0] == "agreed" && field->path[1] == "name")
            sub.emplace_back("date", NewValue::text(s.today().to_string()));
        NodePath parent = goal_path;
        parent.push_back(field->path[0]);
        if (!s.set(parent, NewValue::mapping(std::move(sub)))) return kExitFindings;
    } else if (!s.set(path, *value)) {
        return kExitFindings;
    }
    if (status_only) return s.finish("edit.goal.status", {{"goal", goal_id}, {"status", "status." + o.value, true}});
    return s.finish("edit.goal.set", {{"goal", goal_id}, {"field", field->name}, {"value", shown_value(o.value)}});
}

}  // namespace

void add_goal(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto* goal = app.add_subcommand("goal", nl ? "een doel toevoegen of aanpassen (add, set, status)"
                                               : "add a goal or change one (add, set, status)");
    goal->require_subcommand(1);

    auto add = std::make_shared<AddOptions>();
    auto* a = goal->add_subcommand("add", nl ? "een SMARTI-doel toevoegen" : "add a SMARTI goal");
    add_edit_options(*a, add->edit, nl);
    a->add_option("--id", add->id, nl ? "code van het doel, uniek in het POP" : "id of the goal, unique in the POP");
    a->add_option("--title", add->title, nl ? "korte titel" : "short title");
    a->add_option("--specific", add->specific,
                  nl ? "S: wat precies, in welke klas of context" : "S: what exactly, in which class or context");
    a->add_option("--measurable", add->measurable,
                  nl ? "M: succescriterium (verplicht)" : "M: success criterion (required)");
    a->add_option("--agreed-by", add->agreed_by, nl ? "A: wie het doel afsprak" : "A: who agreed to the goal");
    a->add_option("--agreed-on", add->agreed_on,
                  nl ? "A: wanneer, JJJJ-MM-DD (standaard vandaag)" : "A: when, YYYY-MM-DD (default today)");
    a->add_option("--hours", add->hours, nl ? "R: geplande klokuren" : "R: planned clock hours");
    a->add_option("--budget", add->budget, nl ? "R: gepland budget in euro" : "R: planned budget in euros");
    a->add_option("--note", add->note, nl ? "R: toelichting op tijd en geld" : "R: how time and money are arranged");
    a->add_option("--start", add->start,
                  nl ? "T: startdatum JJJJ-MM-DD (verplicht)" : "T: start date YYYY-MM-DD (required)");
    a->add_option("--end", add->end, nl ? "T: einddatum JJJJ-MM-DD (verplicht)" : "T: end date YYYY-MM-DD (required)");
    a->add_option("--inspiring", add->inspiring,
                  nl ? "I: waarom dit doel je drijft" : "I: why this goal matters to you");
    a->add_option("--learning", add->learning,
                  nl ? "formal, non_formal of informal" : "formal, non_formal or informal");
    a->add_option("--method", add->methods,
                  nl ? "werkvorm (herhaalbaar), bijv. coaching" : "method (repeatable), e.g. coaching")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    a->add_option(
        "--competence", add->competence,
        nl ? "subject_matter, subject_didactics of pedagogical" : "subject_matter, subject_didactics or pedagogical");
    a->add_option("--school-goal", add->school_goals,
                  nl ? "code van een schooldoel (herhaalbaar)" : "id of a school goal (repeatable)")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    a->add_option(
        "--status", add->status,
        nl ? "status (standaard: niet geschreven, dus planned)" : "status (default: not written, so planned)");
    a->add_flag("--private", add->is_private,
                nl ? "het doel blijft uit rapporten over meer mensen" : "keep the goal out of multi-person reports");
    a->callback([add, &globals, &exit_code] { exit_code = run_add(*add, globals); });

    auto set = std::make_shared<SetOptions>();
    auto* st = goal->add_subcommand("set", nl ? "een veld van een doel aanpassen" : "change one field of a goal");
    st->add_option("goal", set->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")->required();
    st->add_option("field", set->field,
                   nl ? "veld: title, specific, measurable, hours, budget, note, start, end, inspiring, learning, "
                        "methods, competence, school_goals, status, agreed-by, agreed-on, reflection, private, id"
                      : "field: title, specific, measurable, hours, budget, note, start, end, inspiring, learning, "
                        "methods, competence, school_goals, status, agreed-by, agreed-on, reflection, private, id");
    auto* value_option =
        st->add_option("value", set->value, nl ? "de nieuwe waarde (lijsten: a,b)" : "the new value (lists: a,b)");
    st->add_option("--start", set->start,
                   nl ? "T: nieuwe startdatum (met --end: beide tegelijk, samen gecontroleerd)"
                      : "T: new start date (with --end: both at once, checked together)");
    st->add_option("--end", set->end, nl ? "T: nieuwe einddatum" : "T: new end date");
    add_edit_options(*st, set->edit, nl);
    st->callback([set, value_option, &globals, &exit_code] {
        set->value_given = value_option->count() > 0;
        exit_code = run_set(*set, globals, false);
    });

    auto status = std::make_shared<SetOptions>();
    auto* ss = goal->add_subcommand("status", nl ? "de status van een doel zetten" : "set the status of a goal");
    ss->add_option("goal", status->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")
        ->required();
    ss->add_option("status", status->value, "planned, active, achieved, dropped, paused")->required();
    add_edit_options(*ss, status->edit, nl);
    ss->callback([status, &globals, &exit_code] {
        status->field = "status";
        exit_code = run_set(*status, globals, true);
    });
}

}  // namespace pop::cli
