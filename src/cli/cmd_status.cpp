// `pop status [FILE]`: a teacher's view of one POP: progress per goal, then reminders, most urgent first.
#include <cstdio>
#include <filesystem>

#include "cli_common.h"
#include "inputs.h"
#include "pop/workspace/check_file.h"
#include "pop/rules/rules.h"
#include "pop/reports/status.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

struct StatusOptions {
    std::string file;
    std::string format = "text";
};

int run_status(const StatusOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    std::string file = options.file;
    if (file.empty()) {
        auto only = pop_here(*today, globals.lang, {"here.no-pop", "here.which-file"});
        if (!only) return kExitUsage;
        file = *only;
    }
    FileBytes read = read_file(file, ReadLimits{}.max_bytes);
    if (read.error) {
        usage_error(file + ": " + render_message(*read.error, globals.lang));
        return kExitUnreadable;
    }
    ValidatedFile validated = read_and_validate(read.bytes, FileKind::Pop);
    std::map<std::string, ContextPaths> cache;
    Policy policy = load_policy(discover(std::filesystem::path(file).parent_path(), cache).policy);
    Pop pop = validated.usable ? build_pop(validated.doc) : Pop{};
    StatusView view = build_status(pop, policy, *today);
    // A POP that a later POP of the same person in this folder took over (after `pop renew`) is a
    // record: no reminders, but where the next one is.
    std::string successor;
    PopSummary mine = summarize(pop);
    std::error_code ec;
    fs::path folder = fs::path(file).parent_path();
    for (const auto& entry : fs::directory_iterator(folder.empty() ? fs::path(".") : folder, ec)) {
        std::string name = entry.path().filename().string();
        if (!name.ends_with(".pop.yaml") || fs::equivalent(entry.path(), file, ec) || mine.person_id.value.empty() ||
            !mine.start)
            continue;
        FileBytes other = read_file(entry.path().string(), ReadLimits{}.max_bytes);
        ReadResult tree = other.error ? ReadResult{} : read_yaml(other.bytes);
        if (other.error || tree.fatal || tree.doc.empty()) continue;
        PopSummary theirs = summarize(build_pop(tree.doc));
        if (theirs.person_id.value == mine.person_id.value && theirs.start && *mine.start < *theirs.start &&
            (successor.empty() || name < fs::path(successor).filename().string()))
            successor = (folder / name).string();
    }
    if (!successor.empty()) view.reminders.clear();
    attach_source_lines(read.bytes, view.reminders);
    std::string out = options.format == "json" ? render_status_json(view, file, globals.lang, *today)
                                               : render_status_text(view, file, globals.lang, use_color(globals));
    std::size_t errors = 0;
    for (const Finding& f : validated.findings)
        if (severity_of(f.rule) == Severity::Error) ++errors;
    if (errors > 0 && options.format != "json") {
        MessageArg arg{"n", std::to_string(errors)};
        out += render_message("status.has-errors", globals.lang, std::span(&arg, 1)) + "\n";
    }
    if (!successor.empty() && options.format != "json") {
        MessageArg arg{"path", successor};
        out += render_message("status.renewed", globals.lang, std::span(&arg, 1)) + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kExitClean;
}

}  // namespace

void add_status(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto options = std::make_shared<StatusOptions>();
    auto* cmd = app.add_subcommand("status", nl ? "stand van zaken van een POP: voortgang per doel en herinneringen"
                                                : "where a POP stands: progress per goal, then reminders");
    cmd->add_option("file", options->file,
                    nl ? "het POP-bestand (standaard: het enige *.pop.yaml in deze map)"
                       : "the POP file (default: the only *.pop.yaml in this folder)");
    cmd->add_option("--format", options->format, nl ? "uitvoer: text of json" : "output: text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([options, &globals, &exit_code] { exit_code = run_status(*options, globals); });
}

}  // namespace pop::cli
