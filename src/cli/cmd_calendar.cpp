// `pop calendar [PATH...] [--output FILE]`: everything due, across POPs, as an iCalendar file of
// all-day events with stable UIDs (docs/calendar.md).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

#include "cli_common.h"
#include "inputs.h"
#include "pop/reports/calendar.h"
#include "pop/workspace/check_file.h"

namespace pop::cli {
namespace {

struct CalendarOptions {
    std::vector<std::string> paths;
    std::string output;
};

// Writes the whole text to a file; an error message (in the user's language) when that fails.
std::optional<std::string> write_whole_file(const std::string& path, const std::string& text, Lang lang) {
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "wb");
    bool ok = f != nullptr;
    int error = errno;
    if (ok && std::fwrite(text.data(), 1, text.size(), f) != text.size()) {
        ok = false;
        error = errno;
    }
    if (f && std::fclose(f) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok) return std::nullopt;
    std::vector<MessageArg> args{{"path", path}, {"error", error ? std::strerror(error) : "?"}};
    return render_message("calendar.cannot-write", lang, args);
}

int run_calendar(const CalendarOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    std::vector<Input> unreadable_dirs;
    std::vector<Input> inputs = collect_inputs(options.paths, unreadable_dirs, {.lang = globals.lang});
    int exit_code = kExitClean;
    for (const Input& dir : unreadable_dirs) {
        usage_error(dir.path + ": " + render_message("input.unreadable.permission", globals.lang));
        exit_code = kExitUnreadable;
    }
    std::map<std::string, ContextPaths> cache;
    std::map<std::string, Policy> policies;
    std::set<std::string> seen;  // a file named twice is read once
    std::size_t pop_files = 0;
    struct Loaded {
        std::string path;
        Pop pop;
        Policy policy;
    };
    std::vector<Loaded> loaded;
    for (const Input& in : inputs) {
        if (in.kind != FileKind::Pop) continue;
        if (!seen.insert(absolute_key(in.path)).second) continue;
        ++pop_files;
        FileBytes read = read_file(in.path, ReadLimits{}.max_bytes);
        if (read.error) {
            usage_error(in.path + ": " + render_message(*read.error, globals.lang));
            exit_code = kExitUnreadable;
            continue;
        }
        ValidatedFile file = read_and_validate(read.bytes, FileKind::Pop);
        if (!file.usable) continue;
        std::string policy_path = discover(std::filesystem::path(in.path).parent_path(), cache).policy;
        auto [it, fresh] = policies.try_emplace(policy_path);
        if (fresh) it->second = load_policy(policy_path);
        loaded.push_back({in.path, build_pop(file.doc), it->second});
    }
    if (pop_files == 0) {
        // Nothing to export: say so instead of writing an empty calendar over a good one.
        std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
        std::string joined;
        for (const std::string& p : paths) joined += (joined.empty() ? "" : ", ") + p;
        MessageArg arg{"paths", joined};
        usage_error(render_message("ui.no-files", globals.lang, std::span(&arg, 1)));
        return kExitUsage;
    }

    if (loaded.empty() && exit_code != kExitClean) return exit_code;  // no calendar from unreadable files only

    // All entries first, so UIDs are the same whichever of them end up in the output.
    // More than one POP in the output: work from what may be shown (as `pop due` does), so that
    // no private item appears and no date (e.g. of a required conversation) reveals one.
    bool multi = loaded.size() > 1;
    std::size_t private_left_out = 0;
    std::vector<CalendarEntry> entries;
    for (const Loaded& l : loaded) {
        if (multi)
            for (const CalendarEntry& e : calendar_entries(l.pop, l.policy, *today, l.path))
                if (e.item.is_private) ++private_left_out;
        for (CalendarEntry& e : calendar_entries(multi ? public_view(l.pop) : l.pop, l.policy, *today, l.path))
            entries.push_back(std::move(e));
    }
    assign_calendar_uids(entries);
    std::stable_sort(entries.begin(), entries.end(), [](const CalendarEntry& a, const CalendarEntry& b) {
        return std::tie(a.item.date, a.person) < std::tie(b.item.date, b.person);
    });
    std::string person;  // the calendar is named after its person when it has one
    if (loaded.size() == 1) {
        const Loaded& l = loaded.front();
        person = l.pop.person.id && !l.pop.person.id->value.empty()       ? l.pop.person.id->value
                 : l.pop.person.name && !l.pop.person.name->value.empty() ? l.pop.person.name->value
                                                                          : l.path;
    }
    std::string out = render_calendar(entries, globals.lang, *today, person);

    if (private_left_out > 0) {
        std::vector<MessageArg> args{{"n", std::to_string(private_left_out)}, {"pops", std::to_string(loaded.size())}};
        std::string text = render_message(
            private_left_out == 1 ? "calendar.private-left-out.one" : "calendar.private-left-out.many", globals.lang, args);
        std::fprintf(stderr, "pop: %s\n", text.c_str());
    }
    if (options.output.empty() || options.output == "-") {
        std::fwrite(out.data(), 1, out.size(), stdout);
    } else if (auto error = write_whole_file(options.output, out, globals.lang)) {
        usage_error(*error);
        return kExitUnreadable;
    }
    return exit_code;
}

}  // namespace

void add_calendar(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto options = std::make_shared<CalendarOptions>();
    auto* cmd = app.add_subcommand("calendar", nl ? "alles wat moet als agenda (iCalendar, .ics) om te importeren"
                                                  : "everything due as a calendar (iCalendar, .ics) to import");
    cmd->add_option("paths", options->paths, nl ? "POP-bestanden of mappen (standaard .)" : "POP files or folders (default .)");
    cmd->add_option("--output,-o", options->output,
                    nl ? "schrijf de agenda naar dit bestand (standaard: stdout)" : "write the calendar to this file (default: stdout)");
    cmd->callback([options, &globals, &exit_code] { exit_code = run_calendar(*options, globals); });
}

}  // namespace pop::cli
