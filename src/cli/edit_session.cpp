#include "edit_session.h"

#include "platform/disk_files.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

#include "inputs.h"
#include "pop/workspace/check_file.h"
#include "pop/reports/checklist.h"
#include "pop/rules/rules.h"
#include "pop/base/text.h"
#include "pop/format/validate.h"
#include "platform/save.h"

namespace pop::cli {

namespace fs = std::filesystem;

namespace session {

// Edit commands write POP keys (sign_off, conversations, goals): any other file is refused by its
// name before it is read, with a message that says what the file is. False after that message.
bool refuse_unless_pop_file(const std::string& path, Lang lang) {
    std::optional<FileKind> kind = kind_from_filename(path);
    if (kind == FileKind::Pop) return true;
    std::string key = !kind                             ? "edit.not-a-pop"
                      : *kind == FileKind::Policy       ? "edit.not-a-pop.policy"
                      : *kind == FileKind::Roster       ? "edit.not-a-pop.roster"
                                                        : "edit.not-a-pop.school-goals";
    tell(key, lang, {{"path", path}});
    return false;
}

}  // namespace session

void tell(std::string_view key, Lang lang, std::vector<MessageArg> args) {
    usage_error(render_message(key, lang, args));
}

void tell(const UsageProblem& problem, Lang lang) {
    std::vector<MessageArg> args = problem.args;
    if (!problem.detail_key.empty()) {
        args.push_back({"problem", render_message(problem.detail_key, lang, problem.detail_args)});
        args.push_back({"hint", render_message(problem.detail_key + ".hint", lang, problem.detail_args)});
    }
    tell(problem.key, lang, std::move(args));
}

bool accepted(const std::optional<UsageProblem>& problem, Lang lang) {
    if (problem) tell(*problem, lang);
    return !problem;
}

void add_edit_options(CLI::App& cmd, EditOptions& options, Lang lang) {
    cmd.add_option("-f,--file,-p,--pop", options.file, render_message("cli.help.pop-file", lang));
    add_dry_run_option(cmd, options.dry_run, lang);
    add_force_option(cmd, options.force, lang);
}

void add_force_option(CLI::App& cmd, bool& force, Lang lang) {
    cmd.add_flag("--force", force, render_message("cli.help.force", lang));
}

void add_dry_run_option(CLI::App& cmd, bool& dry_run, Lang lang) {
    cmd.add_flag("--dry-run", dry_run, render_message("cli.help.dry-run", lang));
}

RepoFiles load_repo_files(const std::string& pop_path) { return load_pop_context(pop_path, DiskFileSource()); }

std::optional<fs::path> repository_root(const fs::path& dir) {
    std::error_code ec;
    fs::path d = fs::absolute(dir.empty() ? fs::path(".") : dir, ec).lexically_normal();
    if (!d.has_filename() && d.has_parent_path()) d = d.parent_path();
    for (;; d = d.parent_path()) {
        if (fs::exists(d / ".git", ec)) return d;
        if (d == d.parent_path()) return std::nullopt;
    }
}

bool interactive() { return ::isatty(STDIN_FILENO) == 1; }

std::optional<std::string> ask(const std::string& question) {
    std::fprintf(stderr, "%s ", question.c_str());
    std::fflush(stderr);
    std::string line;
    if (!std::getline(std::cin, line)) {
        std::fputc('\n', stderr);
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

bool ask_until(std::string& value, std::string_view key, bool required, const std::string& fallback, Lang lang,
               const std::function<bool(const std::string&)>& valid) {
    while (value.empty()) {
        std::string question = render_message(key, lang);
        if (!fallback.empty())
            question += " [" + fallback + "]";
        else if (!required)
            question += " " + render_message("edit.ask.optional", lang);
        auto answer = ask(question);
        if (!answer) {
            tell("edit.no-answer", lang);
            return false;
        }
        std::string a = *answer;
        while (!a.empty() && (a.back() == ' ' || a.back() == '\t')) a.pop_back();
        while (!a.empty() && (a.front() == ' ' || a.front() == '\t')) a.erase(0, 1);
        if (a.empty()) a = fallback;
        if (a.empty()) {
            if (!required) return true;
            continue;
        }
        if (valid(a)) value = a;
    }
    return true;
}

std::optional<Date> date_argument(std::string_view option, const std::string& text, Lang lang) {
    return accepted(date_from_argument(option, text), lang);
}

bool id_argument(std::string_view option, const std::string& text, Lang lang) {
    return accepted(id_problem(option, text), lang);
}

bool number_argument(std::string_view option, const std::string& text, Lang lang) {
    return accepted(number_problem(option, text), lang);
}

void print_checklist(const std::string& path, std::string_view bytes, const std::vector<Finding>& findings,
                     const Date& today, const Globals& globals) {
    std::string text = render_checklist(policy_checklist(bytes, findings, path, today), globals.lang);
    std::fwrite(text.data(), 1, text.size(), stdout);
}

void print_refusal(const std::string& path, const std::vector<Finding>& errors, const Globals& globals) {
    tell("edit.refused", globals.lang, {{"path", path}, {"errors", std::to_string(errors.size())}});
    FileReport report{path, FileKind::Pop, false, errors};
    std::string text = render_findings_text(std::span(&report, 1), TextOptions{globals.lang, false});
    std::fwrite(text.data(), 1, text.size(), stderr);
}

int report_save_error(const std::string& key, const std::string& path, const std::string& detail, Lang lang) {
    std::vector<MessageArg> args{{"path", path}, {"detail", detail}};
    std::string text = render_message(key, lang, args);
    if (message_template(key + ".hint", lang)) text += "; " + render_message(key + ".hint", lang, args);
    usage_error(text);
    // 1: run it again (changed on disk, being edited, exists); 3: this file cannot be written as it is.
    return key == "save.changed" || key == "save.exists" || key == "save.locked" ? kExitFindings : kExitUnreadable;
}

void print_done(const std::string& path, std::string_view message, std::vector<MessageArg> args,
                const std::vector<Finding>& new_warnings, const Globals& globals) {
    args.push_back({"path", path});
    std::string out = render_message(message, globals.lang, args) + "\n";
    if (!new_warnings.empty()) {
        FileReport report{path, FileKind::Pop, false, new_warnings};
        // Each warning's hint names the pop command that fixes it, where there is one.
        out += render_findings_text(std::span(&report, 1), TextOptions{globals.lang, use_color(globals), true});
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
}

std::string new_file_diff(std::string_view bytes, const std::string& name) {
    std::string diff = unified_diff("", bytes, name);
    std::size_t first_line = diff.find('\n');
    if (diff.starts_with("--- ") && first_line != std::string::npos) diff.replace(0, first_line, "--- /dev/null");
    return diff;
}

std::string schema_reference(const std::string& pop_path, bool& found) {
    std::error_code ec;
    fs::path dir = fs::absolute(pop_path, ec).parent_path();
    std::optional<fs::path> root = repository_root(dir);
    for (fs::path d = dir;; d = d.parent_path()) {
        fs::path candidate = d / "schemas" / "pop.schema.json";
        if (fs::is_regular_file(candidate, ec)) {
            found = true;
            return candidate.lexically_relative(dir).generic_string();
        }
        if ((root && d == *root) || d == d.parent_path()) break;
    }
    found = false;
    return (root.value_or(dir) / "schemas" / "pop.schema.json").lexically_relative(dir).generic_string();
}

bool EditSession::find_path(const EditOptions& options, int& exit_code) {
    exit_code = kExitUsage;
    std::optional<Date> today = resolve_today(*globals_);
    if (!today) return false;
    today_ = *today;
    if (options.file.empty()) {
        auto here = pop_here(today_, lang(), {"edit.no-pop-here", "edit.which-file"});
        if (!here) return false;
        path_ = *here;
    } else {
        path_ = options.file;
    }
    return session::refuse_unless_pop_file(path_, lang());  // before locking or reading
}

std::optional<FileBytes> EditSession::lock_and_read(int& exit_code) {
    // The lock, held from this first read to the rename; then what would make the save fail.
    FileBytes read;
    for (int attempt = 1;; ++attempt) {
        if (!dry_run_) {
            std::string detail;
            std::optional<std::string> refused = lock_.acquire(path_, kLockWaitMilliseconds, detail);
            if (!refused) refused = check_can_save(lock_, force_, detail);
            if (refused && *refused != "save.failed") {  // a file that cannot be opened: read_file says why
                exit_code = report_save_error(*refused, path_, detail, lang());
                return std::nullopt;
            }
            remove_stale_temp_files(lock_);  // while the lock is held, they belong to a dead pop
        }
        read = read_file(path_, ReadLimits{}.max_bytes);
        // An editor renamed its version into place between the lock and the read: lock that one
        // (a few times at most; the save refuses if the file is still not the one locked).
        if (dry_run_ || !lock_.held() || lock_.still_names_locked_file() || attempt == 3) break;
    }
    if (read.error) {
        usage_error(path_ + ": " + render_message(*read.error, lang()));
        exit_code = kExitUnreadable;
        return std::nullopt;
    }
    if (!dry_run_ && !lock_.held()) {  // opened by read_file, but not by the lock
        exit_code = report_save_error("save.failed", path_, std::strerror(ENOLCK), lang());
        return std::nullopt;
    }
    return read;
}

bool EditSession::start(std::string bytes, int& exit_code) {
    repo_ = load_repo_files(path_);
    before_ = check_file(bytes, FileKind::Pop, repo_.context(today_));
    edit_ = PopEdit::start(std::move(bytes));
    if (!edit_) {
        std::vector<Finding> errors;
        for (const Finding& f : before_)
            if (severity_of(f.rule) == Severity::Error) errors.push_back(f);
        tell("edit.unreadable", lang(), {{"path", path_}});
        FileReport report{path_, FileKind::Pop, false, errors};
        std::string text = render_findings_text(std::span(&report, 1), TextOptions{lang(), false});
        std::fwrite(text.data(), 1, text.size(), stderr);
        exit_code = kExitUnreadable;
        return false;
    }
    exit_code = kExitClean;
    return true;
}

std::optional<EditSession> EditSession::open(const EditOptions& options, const Globals& globals, int& exit_code) {
    EditSession s;
    s.globals_ = &globals;
    s.dry_run_ = options.dry_run;
    s.force_ = options.force;
    if (!s.find_path(options, exit_code)) return std::nullopt;
    std::optional<FileBytes> read = s.lock_and_read(exit_code);
    if (!read || !s.start(std::move(read->bytes), exit_code)) return std::nullopt;
    return s;
}

bool EditSession::made(const std::optional<EditError>& error) {
    if (!error) return true;
    std::vector<MessageArg> detail{{"detail", error->detail.empty() ? std::string() : error->detail.front()}};
    tell("edit.cannot", lang(), {{"path", path_}, {"problem", render_message(error->message_key, lang(), detail)}});
    return false;
}

bool EditSession::set_all(const std::vector<ValueAt>& values) {
    for (const ValueAt& v : values)
        if (!set(v.path, v.value)) return false;
    return true;
}

std::optional<std::size_t> EditSession::goal(const std::string& arg) const {
    return accepted(find_goal(goal_ids(), arg, path_), lang());
}

std::string EditSession::goal_name(std::size_t index, const std::string& arg) const {
    std::string id = goal_ids()[index];
    return id.empty() ? arg : id;
}

int EditSession::finish(std::string_view done, std::vector<MessageArg> args) {
    std::vector<Finding> after = check_file(bytes(), FileKind::Pop, repo_.context(today_));
    std::vector<Finding> errors = blocking_errors(before_, after);
    if (!errors.empty()) {
        print_refusal(path_, errors, *globals_);
        return kExitFindings;
    }
    if (!edit_->changed()) {
        if (!dry_run_) print_done(path_, "edit.unchanged", {}, {}, *globals_);
        return kExitClean;
    }
    if (dry_run_) {
        std::string diff = unified_diff(original(), bytes(), path_);
        std::fwrite(diff.data(), 1, diff.size(), stdout);
        return kExitClean;
    }
    std::string detail;
    if (auto error = save(detail)) return report_save_error(*error, path_, detail, lang());
    print_done(path_, done, std::move(args), added_findings(before_, after, Severity::Warning), *globals_);
    print_checklist(path_, bytes(), after, today_, *globals_);
    return kExitClean;
}

std::optional<std::string> EditSession::save(std::string& detail) const {
    return save_atomically(path_, original(), bytes(), detail, lock_, force_);
}

}  // namespace pop::cli
