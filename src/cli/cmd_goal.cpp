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
void add_smart_options(CLI::App& a, NewGoal& g, Lang lang) {
    a.add_option("--id", g.id, render_message("cli.goal.add.opt.id", lang));
    a.add_option("--title", g.title, render_message("cli.goal.add.opt.title", lang));
    a.add_option("--specific", g.specific, render_message("cli.goal.add.opt.specific", lang));
    a.add_option("--measurable", g.measurable, render_message("cli.goal.add.opt.measurable", lang));
    a.add_option("--agreed-by", g.agreed_by, render_message("cli.goal.add.opt.agreed-by", lang));
    a.add_option("--agreed-on", g.agreed_on, render_message("cli.goal.add.opt.agreed-on", lang));
    a.add_option("--hours", g.hours, render_message("cli.goal.add.opt.hours", lang));
    a.add_option("--budget", g.budget, render_message("cli.goal.add.opt.budget", lang));
    a.add_option("--note", g.note, render_message("cli.goal.add.opt.note", lang));
    a.add_option("--start", g.start, render_message("cli.goal.add.opt.start", lang));
    a.add_option("--end", g.end, render_message("cli.goal.add.opt.end", lang));
    a.add_option("--inspiring", g.inspiring, render_message("cli.goal.add.opt.inspiring", lang));
}

// The other options of `pop goal add` (how one learns, what for, status, privacy).
void add_other_options(CLI::App& a, NewGoal& g, Lang lang) {
    a.add_option("--learning", g.learning, render_message("cli.goal.add.opt.learning", lang));
    a.add_option("--method", g.methods, render_message("cli.goal.add.opt.method", lang))
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    a.add_option("--competence", g.competence, render_message("cli.goal.add.opt.competence", lang));
    a.add_option("--school-goal", g.school_goals, render_message("cli.goal.add.opt.school-goal", lang))
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    a.add_option("--status", g.status, render_message("cli.goal.add.opt.status", lang));
    a.add_flag("--private", g.is_private, render_message("cli.goal.add.opt.private", lang));
}

void add_add_command(CLI::App& goal, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto add = std::make_shared<AddOptions>();
    auto* a = goal.add_subcommand("add", render_message("cli.goal.add.help", lang));
    add_edit_options(*a, add->edit, lang);
    add_smart_options(*a, add->goal, lang);
    add_other_options(*a, add->goal, lang);
    a->callback([add, &globals, &exit_code] { exit_code = run_add(*add, globals); });
}

void add_set_command(CLI::App& goal, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto set = std::make_shared<SetOptions>();
    auto* st = goal.add_subcommand("set", render_message("cli.goal.set.help", lang));
    st->add_option(render_message("cli.arg.goal", lang), set->goal, render_message("cli.help.goal", lang))->required();
    st->add_option(render_message("cli.arg.field", lang), set->field, render_message("cli.goal.set.opt.field", lang));
    auto* value_option =
        st->add_option(render_message("cli.arg.value", lang), set->value, render_message("cli.goal.set.opt.value", lang));
    st->add_option("--start", set->start, render_message("cli.goal.set.opt.start", lang));
    st->add_option("--end", set->end, render_message("cli.goal.set.opt.end", lang));
    add_edit_options(*st, set->edit, lang);
    st->callback([set, value_option, &globals, &exit_code] {
        set->value_given = value_option->count() > 0;
        exit_code = run_set(*set, globals, false);
    });
}

void add_status_command(CLI::App& goal, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto status = std::make_shared<SetOptions>();
    auto* ss = goal.add_subcommand("status", render_message("cli.goal.status.help", lang));
    ss->add_option(render_message("cli.arg.goal", lang), status->goal, render_message("cli.help.goal", lang))->required();
    ss->add_option(render_message("cli.arg.status", lang), status->value, render_message("cli.goal.status.opt.status", lang))
        ->required();
    add_edit_options(*ss, status->edit, lang);
    ss->callback([status, &globals, &exit_code] {
        status->field = "status";
        exit_code = run_set(*status, globals, true);
    });
}

}  // namespace pop::cli::goal

namespace pop::cli {

void add_goal(CLI::App& app, Globals& globals, int& exit_code) {
    auto* cmd = app.add_subcommand("goal", render_message("cli.goal.help", globals.lang));
    cmd->require_subcommand(1);
    goal::add_add_command(*cmd, globals, exit_code);
    goal::add_set_command(*cmd, globals, exit_code);
    goal::add_status_command(*cmd, globals, exit_code);
}

}  // namespace pop::cli
