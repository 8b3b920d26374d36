// `pop step add GOAL --what TEXT`, `pop step done GOAL STEP`, `pop step set GOAL STEP FIELD VALUE`
// and `pop step remove GOAL STEP`: the small steps towards a goal.
#include <cstdio>

#include "edit_session.h"
#include "pop/edit/step_edits.h"

namespace pop::cli::step {

struct StepAddOptions {
    EditOptions edit;
    std::string goal;
    NewStep step;
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

// The goal and the step a command names, found in an open session.
struct Target {
    std::size_t goal = 0;      // 0-based
    std::string goal_id;       // its id, or the goal as the user named it
    std::vector<StepInfo> steps;
    std::size_t step = 0;      // 0-based; only when a step was asked for
};

// The goal named `goal_arg` and, unless `step_arg` is null, its step; nullopt after a message.
std::optional<Target> find_target(const EditSession& s, const std::string& goal_arg, const std::string* step_arg) {
    auto goal = s.goal(goal_arg);
    if (!goal) return std::nullopt;
    Target t{*goal, s.goal_name(*goal, goal_arg), steps_of(s.doc(), *goal), 0};
    if (!step_arg) return t;
    auto step = accepted(find_step(t.steps, t.goal_id, *step_arg), s.lang());
    if (!step) return std::nullopt;
    t.step = *step;
    return t;
}

NodePath step_path(const Target& t) { return {std::string("goals"), t.goal, std::string("steps"), t.step}; }

NodePath field_path(const Target& t, const std::string& field) {
    return {std::string("goals"), t.goal, std::string("steps"), t.step, field};
}

int run_add(const StepAddOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto t = find_target(s, o.goal, nullptr);
    if (!t) return kExitUsage;
    auto value = accepted(new_step_value(o.step, t->steps, t->goal_id), s.lang());
    if (!value) return kExitUsage;
    if (!s.append({std::string("goals"), t->goal, std::string("steps")}, *value)) return kExitFindings;
    return s.finish("edit.step.added", {{"n", std::to_string(t->steps.size() + 1)},
                                        {"goal", t->goal_id},
                                        {"what", shown_value(o.step.what)}});
}

int run_done(const StepDoneOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto goal = s.goal(o.goal);
    if (!goal) return kExitUsage;
    Date on = s.today();
    if (!o.on.empty()) {
        auto d = date_argument("--on", o.on, s.lang());
        if (!d) return kExitUsage;
        on = *d;
    }
    auto t = find_target(s, o.goal, &o.step);
    if (!t) return kExitUsage;
    const StepInfo& info = t->steps[t->step];
    std::string n = std::to_string(t->step + 1);
    if (!info.done.empty() && o.on.empty()) {
        // Ticking off again does not move the date it was done on; --on does.
        print_done(s.path(), "edit.step.already-done", {{"n", n}, {"goal", t->goal_id}, {"date", info.done}}, {},
                   globals);
        return kExitClean;
    }
    if (!s.set(field_path(*t, "done"), NewValue::text(on.to_string()))) return kExitFindings;
    return s.finish("edit.step.done",
                    {{"n", n}, {"goal", t->goal_id}, {"date", on.to_string()}, {"what", shown_value(info.what)}});
}

int run_set(const StepSetOptions& o, const Globals& globals) {
    auto found = accepted(find_step_field(o.field), globals.lang);
    if (!found) return kExitUsage;
    const FieldSpec* spec = *found;
    std::string field(spec->key);
    if (spec->required && o.value.empty()) {
        tell("edit.step.required-field", globals.lang);
        return kExitUsage;
    }
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto t = find_target(s, o.goal, &o.step);
    if (!t) return kExitUsage;
    NodePath path = field_path(*t, field);
    std::vector<MessageArg> args{{"n", std::to_string(t->step + 1)}, {"goal", t->goal_id}, {"field", field}};
    if (o.value.empty()) {
        // An empty value takes an optional field away (a step that is not done after all).
        if (s.find(path) && !s.remove(path)) return kExitFindings;
        return s.finish("edit.step.unset", std::move(args));
    }
    if (field == "id" && o.value != t->steps[t->step].id &&
        !accepted(step_id_taken(t->steps, t->goal_id, o.value), s.lang()))
        return kExitUsage;
    auto value = accepted(field_value(field, *spec, o.value), s.lang());
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
    auto t = find_target(s, o.goal, &o.step);
    if (!t) return kExitUsage;
    std::string what = t->steps[t->step].what;
    if (!s.remove(step_path(*t))) return kExitFindings;
    return s.finish("edit.step.removed",
                    {{"n", std::to_string(t->step + 1)}, {"goal", t->goal_id}, {"what", shown_value(what)}});
}

void add_add_command(CLI::App& step, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto add = std::make_shared<StepAddOptions>();
    auto* a = step.add_subcommand("add", render_message("cli.step.add.help", lang));
    a->add_option(render_message("cli.arg.goal", lang), add->goal, render_message("cli.help.goal", lang))->required();
    a->add_option("--what", add->step.what, render_message("cli.step.add.opt.what", lang))->required();
    a->add_option("--due", add->step.due, render_message("cli.step.add.opt.due", lang));
    a->add_option("--id", add->step.id, render_message("cli.step.add.opt.id", lang));
    a->add_flag("--private", add->step.is_private, render_message("cli.step.add.opt.private", lang));
    add_edit_options(*a, add->edit, lang);
    a->callback([add, &globals, &exit_code] { exit_code = run_add(*add, globals); });
}

void add_done_command(CLI::App& step, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto done = std::make_shared<StepDoneOptions>();
    auto* d = step.add_subcommand("done", render_message("cli.step.done.help", lang));
    d->add_option(render_message("cli.arg.goal", lang), done->goal, render_message("cli.help.goal", lang))->required();
    d->add_option(render_message("cli.arg.step", lang), done->step, render_message("cli.step.done.opt.step", lang))
        ->required();
    d->add_option("--on", done->on, render_message("cli.step.done.opt.on", lang));
    add_edit_options(*d, done->edit, lang);
    d->callback([done, &globals, &exit_code] { exit_code = run_done(*done, globals); });
}

void add_set_command(CLI::App& step, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto set = std::make_shared<StepSetOptions>();
    auto* st = step.add_subcommand("set", render_message("cli.step.set.help", lang));
    st->add_option(render_message("cli.arg.goal", lang), set->goal, render_message("cli.help.goal", lang))->required();
    st->add_option(render_message("cli.arg.step", lang), set->step, render_message("cli.help.step", lang))->required();
    st->add_option(render_message("cli.arg.field", lang), set->field, render_message("cli.step.set.opt.field", lang))
        ->required();
    st->add_option(render_message("cli.arg.value", lang), set->value, render_message("cli.step.set.opt.value", lang))
        ->required();
    add_edit_options(*st, set->edit, lang);
    st->callback([set, &globals, &exit_code] { exit_code = run_set(*set, globals); });
}

void add_remove_command(CLI::App& step, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto remove = std::make_shared<StepRemoveOptions>();
    auto* r = step.add_subcommand("remove", render_message("cli.step.remove.help", lang));
    r->add_option(render_message("cli.arg.goal", lang), remove->goal, render_message("cli.help.goal", lang))->required();
    r->add_option(render_message("cli.arg.step", lang), remove->step, render_message("cli.help.step", lang))->required();
    add_edit_options(*r, remove->edit, lang);
    r->callback([remove, &globals, &exit_code] { exit_code = run_remove(*remove, globals); });
}

}  // namespace pop::cli::step

namespace pop::cli {

void add_step(CLI::App& app, Globals& globals, int& exit_code) {
    auto* cmd = app.add_subcommand("step", render_message("cli.step.help", globals.lang));
    cmd->require_subcommand(1);
    step::add_add_command(*cmd, globals, exit_code);
    step::add_done_command(*cmd, globals, exit_code);
    step::add_set_command(*cmd, globals, exit_code);
    step::add_remove_command(*cmd, globals, exit_code);
}

}  // namespace pop::cli
