// `pop report PATH...`: a coordinator's overview of a repository, in text, markdown, csv, json or html.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <sys/ioctl.h>
#include <thread>
#include <unistd.h>

#include "cli_common.h"
#include "inputs.h"
#include "pop/workspace/check_file.h"
#include "pop/render/formats.h"
#include "pop/reports/report.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

struct ReportCliOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string separator = ",";
    std::string roster, school_goals, policy;
    unsigned jobs = 0;
};

int terminal_width() {
    winsize ws{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    if (const char* c = std::getenv("COLUMNS")) {
        int n = std::atoi(c);
        if (n > 0) return n;
    }
    return 100;
}

template <class T>
std::optional<T> load_model(const std::string& path, FileKind kind, T (*build)(const YamlDocument&)) {
    if (path.empty()) return std::nullopt;
    FileBytes read = read_file(path, ReadLimits{}.max_bytes);
    if (read.error) return std::nullopt;
    ValidatedFile file = read_and_validate(read.bytes, kind);
    if (!file.usable) return std::nullopt;
    return build(file.doc);
}

int run_report(const ReportCliOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    if (options.separator != "," && options.separator != ";") {
        MessageArg arg{"value", options.separator};
        usage_error(render_message("report.bad-separator", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }
    std::vector<Input> unreadable_dirs;
    std::vector<Input> inputs = collect_inputs(options.paths, unreadable_dirs, {.lang = globals.lang});
    std::vector<std::size_t> pops;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (inputs[i].kind == FileKind::Pop) pops.push_back(i);
    if (pops.empty()) {
        std::string joined;
        for (const std::string& p : options.paths.empty() ? std::vector<std::string>{"."} : options.paths)
            joined += (joined.empty() ? "" : ", ") + p;
        MessageArg arg{"paths", joined};
        usage_error(render_message("ui.no-files", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }
    // The repository files: named, or found from the first path given.
    std::map<std::string, ContextPaths> cache;
    std::string first = options.paths.empty() ? "." : options.paths.front();
    ContextPaths context = discover(fs::is_directory(first) ? fs::path(first) : fs::path(first).parent_path(), cache);
    if (!options.roster.empty()) context.roster = options.roster;
    if (!options.school_goals.empty()) context.school_goals = options.school_goals;
    if (!options.policy.empty()) context.policy = options.policy;
    std::optional<Roster> roster = load_model(context.roster, FileKind::Roster, &build_roster);
    std::optional<SchoolGoals> school_goals = load_model(context.school_goals, FileKind::SchoolGoals, &build_school_goals);
    Policy policy = load_policy(context.policy);

    // Each POP becomes a small summary that is added up at once: only a compact row per person
    // with a current POP is kept, and the output is written as it is made, so memory follows
    // people, not files or bytes.
    TeamReportBuilder builder;
    std::mutex builder_lock;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> unreadable{false};
    auto worker = [&] {
        for (std::size_t k = next++; k < pops.size(); k = next++) {
            const std::string& path = inputs[pops[k]].path;
            FileBytes read = read_file(path, ReadLimits{}.max_bytes);
            if (read.error) {
                unreadable = true;
                continue;
            }
            ValidatedFile file = read_and_validate(read.bytes, FileKind::Pop);
            if (!file.usable) continue;
            PersonSummary summary = summarize_for_team(build_pop(file.doc), policy, *today, path);
            std::lock_guard<std::mutex> hold(builder_lock);
            builder.add(summary);
        }
    };
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, pops.size()));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();
    TeamReport report = builder.finish(roster ? &*roster : nullptr, school_goals ? &*school_goals : nullptr, *today);
    ReportOptions ro{globals.lang, use_color(globals), terminal_width(), options.separator[0]};
    const ReportFormatRow* row = find_report_format(options.format);  // --format is checked against the table
    ReportFormat format = row ? row->id : ReportFormat::Text;
    write_report(format, report, builder, ro,
                 [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
    if (unreadable || !unreadable_dirs.empty()) {
        usage_error(render_message("report.unreadable", globals.lang));
        return kExitUnreadable;
    }
    return kExitClean;
}

}  // namespace

void add_report(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto options = std::make_shared<ReportCliOptions>();
    auto* cmd = app.add_subcommand("report", nl ? "overzicht van alle POP's voor de coördinator"
                                                : "an overview of all POPs for the coordinator");
    cmd->add_option("paths", options->paths, nl ? "mappen of POP-bestanden (standaard .)" : "folders or POP files (default .)");
    cmd->add_option("--format", options->format, report_format_help(globals.lang))
        ->check(CLI::IsMember(report_format_names()));
    cmd->add_option("--separator", options->separator,
                    nl ? "scheidingsteken voor csv: , of ; (Nederlandse spreadsheets verwachten ;)"
                       : "csv separator: , or ; (Dutch spreadsheet settings expect ;)");
    cmd->add_option("--roster", options->roster, nl ? "personeelslijst" : "roster file");
    cmd->add_option("--school-goals", options->school_goals, nl ? "schooldoelen" : "school goals file");
    cmd->add_option("--policy", options->policy, nl ? "beleidsbestand" : "policy file");
    cmd->add_option("--jobs", options->jobs, nl ? "aantal threads" : "threads to use");
    cmd->callback([options, &globals, &exit_code] { exit_code = run_report(*options, globals); });
}

}  // namespace pop::cli
