// `pop init [FILE]`: a new POP from a short template with explanatory comments.
#include <cstdio>
#include <filesystem>

#include "edit_session.h"
#include "pop/reports/checklist.h"
#include "pop/workspace/check_file.h"
#include "pop/edit/new_pop.h"
#include "pop/rules/rules.h"
#include "platform/save.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
    std::string file, id, name, role, team, school, manager, start, end;
    bool dry_run = false;
};

int run_init(InitOptions o, const Globals& globals) {
    Lang lang = globals.lang;
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    auto any = [](const std::string&) { return true; };
    auto id_ok = [&](const std::string& t) { return id_argument("--id", t, lang); };
    std::error_code ec;
    auto exists = [&](const std::string& path) { return fs::exists(fs::symlink_status(path, ec)); };
    // Refuse before asking anything when the file is already known to exist.
    if (!o.file.empty() || is_valid_id(o.id)) {
        std::string path = o.file.empty() ? o.id + ".pop.yaml" : o.file;
        if (exists(path)) return report_save_error("save.exists", path, "", lang);
    }
    if (interactive()) {
        bool ok = ask_until(o.id, "edit.ask.person-id", true, "", lang, id_ok) &&
                  ask_until(o.name, "edit.ask.name", true, "", lang, any) &&
                  ask_until(o.role, "edit.ask.role", false, "", lang, any) &&
                  ask_until(o.school, "edit.ask.school", false, "", lang, any) &&
                  ask_until(o.team, "edit.ask.team", false, "", lang, any) &&
                  ask_until(o.manager, "edit.ask.manager", false, "", lang, any);
        if (!ok) return kExitUsage;
    }
    std::string missing;
    if (o.id.empty()) missing = "--id";
    if (o.name.empty()) missing += (missing.empty() ? "" : ", ") + std::string("--name");
    if (!missing.empty()) {
        tell("edit.missing-options", lang, {{"options", missing}});
        return kExitUsage;
    }
    if (!id_argument("--id", o.id, lang)) return kExitUsage;
    std::string path = o.file.empty() ? o.id + ".pop.yaml" : o.file;
    if (kind_from_filename(fs::path(path).filename().string()) != FileKind::Pop) {
        tell("edit.init.bad-name", lang, {{"path", path}});
        return kExitUsage;
    }
    if (exists(path)) return report_save_error("save.exists", path, "", lang);
    // The period: from today, for as many years as the policy renews POPs (4 by default; 1 in
    // Flanders), ending the day before the same date.
    RepoFiles repo = load_repo_files(path);
    auto date_ok = [&](std::string_view option) {
        return [&, option](const std::string& t) { return date_argument(option, t, lang).has_value(); };
    };
    Date start = *today;
    if (interactive() &&
        !ask_until(o.start, "edit.ask.period-start", true, start.to_string(), lang, date_ok("--start")))
        return kExitUsage;
    if (!o.start.empty()) {
        auto d = date_argument("--start", o.start, lang);
        if (!d) return kExitUsage;
        start = *d;
    }
    Date end = start.plus_months(12 * repo.policy.renewal_years).plus_days(-1);
    if (interactive() && !ask_until(o.end, "edit.ask.period-end", true, end.to_string(), lang, date_ok("--end")))
        return kExitUsage;
    if (!o.end.empty()) {
        auto d = date_argument("--end", o.end, lang);
        if (!d) return kExitUsage;
        end = *d;
    }

    bool schema_found = false;
    std::string schema = schema_reference(path, schema_found);
    std::string text =
        initial_pop_text({o.id, o.name, o.role, o.school, o.team, o.manager}, start, end, *today, schema, lang);

    std::vector<Finding> findings = check_file(text, FileKind::Pop, repo.context(*today));
    std::vector<Finding> errors = blocking_errors({}, findings);
    if (!errors.empty()) {
        print_refusal(path, errors, globals);
        return kExitFindings;
    }
    if (o.dry_run) {
        std::string diff = new_file_diff(text, path);
        std::fwrite(diff.data(), 1, diff.size(), stdout);
        return kExitClean;
    }
    std::string detail;
    if (auto error = create_new_file(path, text, detail)) return report_save_error(*error, path, detail, lang);
    print_done(path, "edit.init.done", {{"name", o.name}, {"start", start.to_string()}, {"end", end.to_string()}},
               off_checklist(added_findings({}, findings, Severity::Warning)), globals);
    print_checklist(path, text, findings, *today, globals);
    if (!schema_found)
        tell("edit.init.no-schema", lang,
             {{"schema", schema}, {"dir", fs::path(schema).parent_path().generic_string()}});
    return kExitClean;
}

}  // namespace

void add_init(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto o = std::make_shared<InitOptions>();
    auto* cmd = app.add_subcommand("init", nl ? "een nieuw POP beginnen (vraagt wat ontbreekt als er een terminal is)"
                                              : "start a new POP (asks for what is missing on a terminal)");
    cmd->add_option("file", o->file,
                    nl ? "het nieuwe bestand (standaard: <id>.pop.yaml)" : "the new file (default: <id>.pop.yaml)");
    cmd->add_option("--id", o->id,
                    nl ? "code van de medewerker, zoals op de personeelslijst" : "the person's id, as on the roster");
    cmd->add_option("--name", o->name, nl ? "volledige naam" : "full name");
    cmd->add_option("--role", o->role, nl ? "functie" : "role");
    cmd->add_option("--team", o->team, nl ? "team of sectie" : "team or department");
    cmd->add_option("--school", o->school, nl ? "school of locatie" : "school or location");
    cmd->add_option("--manager", o->manager, nl ? "naam van de leidinggevende" : "name of the manager");
    cmd->add_option("--start", o->start,
                    nl ? "begin van de looptijd, JJJJ-MM-DD (standaard vandaag)"
                       : "start of the period, YYYY-MM-DD (default today)");
    cmd->add_option(
        "--end", o->end,
        nl ? "einde van de looptijd (standaard: renewal_years van het beleid later, min een dag; zonder beleid 4 jaar)"
           : "end of the period (default: the policy's renewal_years later, minus a day; 4 years without a policy)");
    add_dry_run_option(*cmd, o->dry_run, nl);
    cmd->callback([o, &globals, &exit_code] { exit_code = run_init(*o, globals); });
}

}  // namespace pop::cli
