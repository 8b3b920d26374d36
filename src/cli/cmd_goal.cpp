// `pop goal add|set|status`: add a SMARTI goal, change one of its fields, or its status.
#include <cstdio>

#include "edit_session.h"
#include "pop/edit/goal_edits.h"

namespace pop::cli::goal {

// ---- pop goal add ----

struct AddOptions {
    EditOptions edit;
    NewGoal goal;
};

// On a terminal: asks for what is missing. False after a message when input ended.
bool ask_missing(NewGoal& g, const Date& today, Lang lang) {
    auto date_ok = [&](std::string_view opt) {
        return [&, opt](const std::string& t) { return date_argument(opt, t, lang).has_value(); };
    };
    auto any = [](const std::string&) { return true; };
    return ask_until(g.id, "edit.ask.goal-id", true, "", lang,
                     [&](const std::string& t) { return id_argument("--id", t, lang); }) &&
           ask_until(g.title, "edit.ask.title", true, "", lang, any) &&
           ask_until(g.specific, "edit.ask.specific", false, "", lang, any) &&
           ask_until(g.measurable, "edit.ask.measurable", true, "", lang, any) &&
           ask_until(g.agreed_by, "edit.ask.agreed-by", false, "", lang, any) &&
           (g.agreed_by.empty() ||
            ask_until(g.agreed_on, "edit.ask.agreed-on", true, today.to_string(), lang, date_ok("--agreed-on"))) &&
           ask_until(g.hours, "edit.ask.hours", false, "", lang,
                     [&](const std::string& t) { return number_argument("--hours", t, lang); }) &&
           ask_until(g.start, "edit.ask.start", true, "", lang, date_ok("--start")) &&
           ask_until(g.end, "edit.ask.end", true, "", lang, date_ok("--end")) &&
           ask_until(g.inspiring, "edit.ask.inspiring", false, "", lang, any);
}

int run_add(AddOptions o, const Globals& globals) {
    Lang lang = globals.lang;
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    if (interactive() && !ask_missing(o.goal, s.today(), lang)) return kExitUsage;
    if (!accepted(new_goal_problem(o.goal, s.goal_ids(), s.path()), lang)) return kExitUsage;
    auto value = accepted(new_goal_value(o.goal, s.today()), lang);
    if (!value) return kExitUsage;
    // Without a success criterion and dates `pop check` reports an error (smarti.measurable,
    // smarti.time-bound): say which options are missing rather than write a goal that fails.
    if (!accepted(incomplete_goal_problem(o.goal), lang)) return kExitFindings;
    if (!s.append({std::string("goals")}, *value)) return kExitFindings;
    return s.finish("edit.goal.added", {{"goal", o.goal.id}});
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
    std::string goal_id = s.goal_name(*index, o.goal);
    for (auto [key, text] : {std::pair{"start", &o.start}, std::pair{"end", &o.end}}) {
        if (text->empty()) continue;
        auto value = accepted(field_value(std::string("--") + key, *find_field(goal_spec(), key), *text), s.lang());
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
    auto field = accepted(find_goal_field(o.field), lang);
    if (!field) return kExitUsage;
    auto index = s.goal(o.goal);
    if (!index) return kExitUsage;
    auto value = accepted(field_value(field->name, *field->spec, o.value), lang);
    if (!value) return kExitUsage;
    std::string goal_id = s.goal_name(*index, o.goal);
    bool group_exists = s.find({std::string("goals"), *index, field->path[0]}) != nullptr;
    ValueAt edit = goal_field_edit(*field, *index, *value, group_exists, s.today());
    if (!s.set(edit.path, edit.value)) return kExitFindings;
    if (status_only) return s.finish("edit.goal.status", {{"goal", goal_id}, {"status", "status." + o.value, true}});
    return s.finish("edit.goal.set", {{"goal", goal_id}, {"field", field->name}, {"value", shown_value(o.value)}});
}

// The SMART options of `pop goal add` (what, how it is measured, agreed, realistic).
void add_smart_options(CLI::App& a, NewGoal& g, bool nl) {
    a.add_option("--id", g.id, nl ? "code van het doel, uniek in het POP" : "id of the goal, unique in the POP");
    a.add_option("--title", g.title, nl ? "korte titel" : "short title");
    a.add_option("--specific", g.specific,
                 nl ? "S: wat precies, in welke klas of context" : "S: what exactly, in which class or context");
    a.add_option("--measurable", g.measurable,
                 nl ? "M: succescriterium (verplicht)" : "M: success criterion (required)");
    a.add_option("--agreed-by", g.agreed_by, nl ? "A: wie het doel afsprak" : "A: who agreed to the goal");
    a.add_option("--agreed-on", g.agreed_on,
                 nl ? "A: wanneer, JJJJ-MM-DD (standaard vandaag)" : "A: when, YYYY-MM-DD (default today)");
    a.add_option("--hours", g.hours, nl ? "R: geplande klokuren" : "R: planned clock hours");
    a.add_option("--budget", g.budget, nl ? "R: gepland budget in euro" : "R: planned budget in euros");
    a.add_option("--note", g.note, nl ? "R: toelichting op tijd en geld" : "R: how time and money are arranged");
    a.add_option("--start", g.start,
                 nl ? "T: startdatum JJJJ-MM-DD (verplicht)" : "T: start date YYYY-MM-DD (required)");
    a.add_option("--end", g.end, nl ? "T: einddatum JJJJ-MM-DD (verplicht)" : "T: end date YYYY-MM-DD (required)");
    a.add_option("--inspiring", g.inspiring, nl ? "I: waarom dit doel je drijft" : "I: why this goal matters to you");
}

// The other options of `pop goal add` (how one learns, what for, status, privacy).
void add_other_options(CLI::App& a, NewGoal& g, bool nl) {
    a.add_option("--learning", g.learning, nl ? "formal, non_formal of informal" : "formal, non_formal or informal");
    a.add_option("--method", g.methods,
                 nl ? "werkvorm (herhaalbaar), bijv. coaching" : "method (repeatable), e.g. coaching")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    a.add_option(
        "--competence", g.competence,
        nl ? "subject_matter, subject_didactics of pedagogical" : "subject_matter, subject_didactics or pedagogical");
    a.add_option("--school-goal", g.school_goals,
                 nl ? "code van een schooldoel (herhaalbaar)" : "id of a school goal (repeatable)")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    a.add_option("--status", g.status,
                 nl ? "status (standaard: niet geschreven, dus planned)" : "status (default: not written, so planned)");
    a.add_flag("--private", g.is_private,
               nl ? "het doel blijft uit rapporten over meer mensen" : "keep the goal out of multi-person reports");
}

void add_add_command(CLI::App& goal, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto add = std::make_shared<AddOptions>();
    auto* a = goal.add_subcommand("add", nl ? "een SMARTI-doel toevoegen" : "add a SMARTI goal");
    add_edit_options(*a, add->edit, nl);
    add_smart_options(*a, add->goal, nl);
    add_other_options(*a, add->goal, nl);
    a->callback([add, &globals, &exit_code] { exit_code = run_add(*add, globals); });
}

void add_set_command(CLI::App& goal, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto set = std::make_shared<SetOptions>();
    auto* st = goal.add_subcommand("set", nl ? "een veld van een doel aanpassen" : "change one field of a goal");
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
}

void add_status_command(CLI::App& goal, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto status = std::make_shared<SetOptions>();
    auto* ss = goal.add_subcommand("status", nl ? "de status van een doel zetten" : "set the status of a goal");
    ss->add_option("goal", status->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")
        ->required();
    ss->add_option("status", status->value, "planned, active, achieved, dropped, paused")->required();
    add_edit_options(*ss, status->edit, nl);
    ss->callback([status, &globals, &exit_code] {
        status->field = "status";
        exit_code = run_set(*status, globals, true);
    });
}

}  // namespace pop::cli::goal

namespace pop::cli {

void add_goal(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto* cmd = app.add_subcommand("goal", nl ? "een doel toevoegen of aanpassen (add, set, status)"
                                              : "add a goal or change one (add, set, status)");
    cmd->require_subcommand(1);
    goal::add_add_command(*cmd, globals, exit_code);
    goal::add_set_command(*cmd, globals, exit_code);
    goal::add_status_command(*cmd, globals, exit_code);
}

}  // namespace pop::cli
