// `pop init [FILE]`: a new POP from a short template with explanatory comments.
#include <cstdio>
#include <filesystem>

#include "edit_session.h"
#include "pop/reports/checklist.h"
#include "pop/workspace/check_file.h"
#include "pop/edit/new_pop.h"
#include "pop/rules/rules.h"
#include "platform/save.h"
#include "schema_files.h"

namespace pop::cli::init {

namespace fs = std::filesystem;

struct InitOptions {
    std::string file, start, end;
    NewPopPerson person;
    bool dry_run = false;
};

bool exists(const std::string& path) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(path, ec));
}

// On a terminal: asks for what is missing of the person. False after a message when input ended.
bool ask_person(NewPopPerson& p, Lang lang) {
    auto any = [](const std::string&) { return true; };
    auto id_ok = [&](const std::string& t) { return id_argument("--id", t, lang); };
    return ask_until(p.id, "edit.ask.person-id", true, "", lang, id_ok) &&
           ask_until(p.name, "edit.ask.name", true, "", lang, any) &&
           ask_until(p.role, "edit.ask.role", false, "", lang, any) &&
           ask_until(p.school, "edit.ask.school", false, "", lang, any) &&
           ask_until(p.team, "edit.ask.team", false, "", lang, any) &&
           ask_until(p.manager, "edit.ask.manager", false, "", lang, any);
}

// The period: from today, for as many years as the policy renews POPs (4 by default; 1 in
// Flanders), ending the day before the same date; on a terminal the defaults are asked.
std::optional<Period> ask_period(InitOptions& o, const Date& today, const Policy& policy, Lang lang) {
    auto date_ok = [&](std::string_view option) {
        return [&, option](const std::string& t) { return date_argument(option, t, lang).has_value(); };
    };
    Period period{today, today};
    if (interactive() &&
        !ask_until(o.start, "edit.ask.period-start", true, period.start.to_string(), lang, date_ok("--start")))
        return std::nullopt;
    if (!o.start.empty()) {
        auto d = date_argument("--start", o.start, lang);
        if (!d) return std::nullopt;
        period.start = *d;
    }
    period.end = default_period_end(period.start, policy);
    if (interactive() &&
        !ask_until(o.end, "edit.ask.period-end", true, period.end.to_string(), lang, date_ok("--end")))
        return std::nullopt;
    if (!o.end.empty()) {
        auto d = date_argument("--end", o.end, lang);
        if (!d) return std::nullopt;
        period.end = *d;
    }
    return period;
}

// Checks the new file, then prints its diff (--dry-run) or creates it and says what is still to do.
int write(const InitOptions& o, const std::string& path, const RepoFiles& repo, const Period& period,
          const Date& today, const Globals& globals) {
    Lang lang = globals.lang;
    bool schema_found = false;
    std::string schema = schema_reference(path, schema_found);
    std::string text = initial_pop_text(o.person, period.start, period.end, today, schema, lang);
    std::vector<Finding> findings = check_file(text, FileKind::Pop, repo.context(today));
    std::vector<Finding> errors = blocking_errors({}, findings);
    if (!errors.empty()) {
        print_refusal(path, errors, globals);
        return kExitFindings;
    }
    // In a repository without schemas: pop writes them where the first line points (see below).
    fs::path schema_folder = (fs::path(path).parent_path() / schema).parent_path().lexically_normal();
    if (o.dry_run) {
        std::string diff = new_file_diff(text, path);
        if (!schema_found)
            for (const auto& [schema_path, bytes] : missing_schema_files(schema_folder))
                diff += new_file_diff(bytes, schema_path);
        std::fwrite(diff.data(), 1, diff.size(), stdout);
        return kExitClean;
    }
    std::string detail;
    if (auto error = create_new_file(path, text, detail)) return report_save_error(*error, path, detail, lang);
    print_done(path, "edit.init.done",
               {{"name", o.person.name}, {"start", period.start.to_string()}, {"end", period.end.to_string()}},
               off_checklist(added_findings({}, findings, Severity::Warning)), globals);
    print_checklist(path, text, findings, today, globals);
    if (!schema_found) {
        // The same files as `pop schema --write`; existing ones are left alone. When that cannot be
        // done (a read-only folder...), the note says how to do it by hand.
        SchemaWriteFailure failure;
        write_schema_files(schema_folder, false, failure);
        std::vector<MessageArg> args{{"schema", schema}, {"dir", fs::path(schema).parent_path().generic_string()}};
        tell(failure.path.empty() ? "edit.init.schemas-written" : "edit.init.no-schema", lang, args);
    }
    return kExitClean;
}

int run_init(InitOptions o, const Globals& globals) {
    Lang lang = globals.lang;
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    // Refuse before asking anything when the file is already known to exist.
    if (!o.file.empty() || is_valid_id(o.person.id)) {
        std::string path = new_pop_path(o.file, o.person.id);
        if (exists(path)) return report_save_error("save.exists", path, "", lang);
    }
    if (interactive() && !ask_person(o.person, lang)) return kExitUsage;
    if (!accepted(new_person_problem(o.person), lang)) return kExitUsage;
    std::string path = new_pop_path(o.file, o.person.id);
    if (!accepted(pop_name_problem(path), lang)) return kExitUsage;
    if (exists(path)) return report_save_error("save.exists", path, "", lang);
    RepoFiles repo = load_repo_files(path);
    std::optional<Period> period = ask_period(o, *today, repo.policy, lang);
    if (!period) return kExitUsage;
    return write(o, path, repo, *period, *today, globals);
}

}  // namespace pop::cli::init

namespace pop::cli {

void add_init(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto o = std::make_shared<init::InitOptions>();
    auto* cmd = app.add_subcommand("init", render_message("cli.init.help", lang));
    cmd->add_option(render_message("cli.arg.file", lang), o->file, render_message("cli.init.opt.file", lang));
    cmd->add_option("--id", o->person.id, render_message("cli.init.opt.id", lang));
    cmd->add_option("--name", o->person.name, render_message("cli.init.opt.name", lang));
    cmd->add_option("--role", o->person.role, render_message("cli.init.opt.role", lang));
    cmd->add_option("--team", o->person.team, render_message("cli.init.opt.team", lang));
    cmd->add_option("--school", o->person.school, render_message("cli.init.opt.school", lang));
    cmd->add_option("--manager", o->person.manager, render_message("cli.help.manager", lang));
    cmd->add_option("--start", o->start, render_message("cli.init.opt.start", lang));
    cmd->add_option("--end", o->end, render_message("cli.init.opt.end", lang));
    add_dry_run_option(*cmd, o->dry_run, lang);
    cmd->callback([o, &globals, &exit_code] { exit_code = init::run_init(*o, globals); });
}

}  // namespace pop::cli
