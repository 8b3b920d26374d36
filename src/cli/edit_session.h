#pragma once
// What the editing commands share (pop init, goal, step, evidence, talk, sign, renew): find, lock
// and read the POP, edit it in memory (pop/edit/pop_edit.h), check the result the way `pop check`
// would and refuse an edit that adds an error (pop/edit/added_findings.h), then print the unified
// diff (--dry-run) or save atomically (save.h), and say what was done; ask on a terminal.

#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_common.h"
#include "pop/rules/checks.h"
#include "pop/edit/added_findings.h"
#include "pop/edit/arguments.h"
#include "pop/edit/edit.h"
#include "pop/edit/pop_edit.h"
#include "pop/model/model.h"
#include "pop/format/spec.h"
#include "pop/workspace/workspace.h"
#include "platform/save.h"

namespace pop::cli {

/// Options every command that edits an existing POP has.
struct EditOptions {
    std::string file;      ///< --file; empty: the POP is found in the current folder.
    bool dry_run = false;  ///< --dry-run: print the unified diff and write nothing.
    bool force = false;    ///< --force: edit a read-only or hard-linked POP, or one whose owner cannot be kept.
};

/// Registers --file (also -f, --pop, -p), --dry-run and --force on a subcommand.
void add_edit_options(CLI::App& cmd, EditOptions& options, Lang lang);

/// Registers --force (edit a read-only or hard-linked POP, or one whose owner cannot be kept).
void add_force_option(CLI::App& cmd, bool& force, Lang lang);

/// Registers --dry-run alone (for commands that write a new file).
void add_dry_run_option(CLI::App& cmd, bool& dry_run, Lang lang);

/// The repository files that apply to a POP, found as `pop check` finds them and loaded.
using RepoFiles = PopContext;

/// Loads the repository files for a POP at `pop_path` (which need not exist yet).
RepoFiles load_repo_files(const std::string& pop_path);

/// The nearest folder at or above `dir` that holds .git; nullopt when there is none.
std::optional<std::filesystem::path> repository_root(const std::filesystem::path& dir);

/// Prints a catalog message as a usage error ("pop: ..." on stderr).
void tell(std::string_view key, Lang lang, std::vector<MessageArg> args = {});

/// Prints a problem with an argument or an edit as a usage error.
void tell(const UsageProblem& problem, Lang lang);

/// The value of `result`, or nullopt after its problem is printed.
template <class T>
std::optional<T> accepted(std::variant<T, UsageProblem> result, Lang lang) {
    if (auto* problem = std::get_if<UsageProblem>(&result)) {
        tell(*problem, lang);
        return std::nullopt;
    }
    return std::get<T>(std::move(result));
}

/// False after printing the problem, when there is one.
bool accepted(const std::optional<UsageProblem>& problem, Lang lang);

/// True when questions can be asked: stdin is a terminal.
bool interactive();

/// Asks `question` on stderr and reads one line from stdin (without its line break); nullopt at
/// the end of input.
std::optional<std::string> ask(const std::string& question);

/// On a terminal, asks the catalog question `key` until `value` is given and `valid` accepts it;
/// an empty answer takes `fallback` (shown in brackets), or skips an optional value. False (after
/// a message) when input ended.
bool ask_until(std::string& value, std::string_view key, bool required, const std::string& fallback, Lang lang,
               const std::function<bool(const std::string&)>& valid);

/// A date given on the command line; nullopt after a usage message that names the option and,
/// for 1-8-2025, the fix.
std::optional<Date> date_argument(std::string_view option, const std::string& text, Lang lang);

/// An id given on the command line; false after a usage message.
bool id_argument(std::string_view option, const std::string& text, Lang lang);

/// A number given on the command line (digits with an optional decimal point); false after a message.
bool number_argument(std::string_view option, const std::string& text, Lang lang);

/// Prints what the policy still asks of the POP at `path` (stdout; nothing when it asks nothing).
void print_checklist(const std::string& path, std::string_view bytes, const std::vector<Finding>& findings,
                     const Date& today, const Globals& globals);

/// Prints "refused" and the new errors in the finding layout (stderr).
void print_refusal(const std::string& path, const std::vector<Finding>& errors, const Globals& globals);

/// The usual outcome of a write that failed: a message and the exit code (1 changed on disk, 3 failed).
int report_save_error(const std::string& key, const std::string& path, const std::string& detail, Lang lang);

/// Prints `message` (a catalog key with arguments) on stdout, then the warnings an edit added,
/// each with the pop command that fixes it as its hint where there is one (command_hint).
void print_done(const std::string& path, std::string_view message, std::vector<MessageArg> args,
                const std::vector<Finding>& new_warnings, const Globals& globals);

/// A unified diff for a file that does not exist yet (`--- /dev/null`).
std::string new_file_diff(std::string_view bytes, const std::string& name);

/// Where the first line of a new POP at `pop_path` points editors (yaml-language-server): the
/// path, relative to the POP's folder, of the nearest schemas/pop.schema.json in that folder or
/// above it, up to the repository root. When there is none (`found` false): where `pop schema pop`
/// would put it, schemas/pop.schema.json at the repository root (or beside the POP without git).
std::string schema_reference(const std::string& pop_path, bool& found);

/// One editing run on one existing POP.
class EditSession {
public:
    /// Finds (--file, or the POP in the current folder), locks (not for --dry-run), reads and
    /// checks the POP. nullopt after a message; `exit_code` is then 2 (usage), 1 (another pop holds
    /// the lock) or 3 (unreadable; read-only, hard-linked or someone else's without --force).
    static std::optional<EditSession> open(const EditOptions& options, const Globals& globals, int& exit_code);

    const std::string& path() const { return path_; }                        ///< As given or found.
    const Date& today() const { return today_; }                             ///< --today or the clock.
    Lang lang() const { return globals_->lang; }                             ///< Output language.
    const std::string& bytes() const { return edit_->bytes(); }              ///< With the edits applied so far.
    const YamlDocument& doc() const { return edit_->doc(); }                 ///< Tree of bytes().
    const RepoFiles& repo() const { return repo_; }                          ///< Policy, roster, school goals.
    const std::string& original() const { return edit_->original(); }       ///< The bytes as read.
    const std::vector<Finding>& findings_before() const { return before_; }  ///< `pop check`'s findings of original().
    bool dry_run() const { return dry_run_; }                                ///< --dry-run given.

    /// The node at a path in the current tree, or nullptr.
    const YamlNode* find(const NodePath& path) const { return edit_->find(path); }

    /// The text of the scalar at a path, or empty.
    std::string scalar(const NodePath& path) const { return edit_->scalar(path); }

    /// Sets a value (NodePath as in YamlEditor::set). False after a message when the engine cannot make it.
    bool set(const NodePath& path, const NewValue& value) { return made(edit_->set(path, value)); }

    /// Sets the values in order; false after a message at the first the engine cannot make.
    bool set_all(const std::vector<ValueAt>& values);

    /// Appends an item (NodePath as in YamlEditor::append).
    bool append(const NodePath& path, const NewValue& item) { return made(edit_->append(path, item)); }

    /// Inserts an item before item `index` of a list (YamlEditor::insert).
    bool insert(const NodePath& path, std::size_t index, const NewValue& item) {
        return made(edit_->insert(path, index, item));
    }

    /// Removes a list item or a key with its value (YamlEditor::remove).
    bool remove(const NodePath& path) { return made(edit_->remove(path)); }

    /// The index of the goal with this id (or this 1-based number); nullopt after a usage message
    /// that suggests the closest id.
    std::optional<std::size_t> goal(const std::string& arg) const;

    /// The ids of the goals, in order (empty text for a goal without one).
    std::vector<std::string> goal_ids() const { return pop::goal_ids(doc()); }

    /// The id of goal number `index`, or `arg` (as the user named it) when it has none.
    std::string goal_name(std::size_t index, const std::string& arg) const;

    /// Checks the result; refuses (1) when it adds an error or cannot be read; else prints the
    /// diff (--dry-run) or saves it and prints `done` (a catalog key; {path} is filled in).
    int finish(std::string_view done, std::vector<MessageArg> args);

    /// Saves bytes() over the POP as read, under the session's lock (save.h); nullopt on success,
    /// else a catalog key for report_save_error, with `detail` filled.
    std::optional<std::string> save(std::string& detail) const;

private:
    EditSession() = default;
    bool find_path(const EditOptions& options, int& exit_code);
    std::optional<FileBytes> lock_and_read(int& exit_code);
    bool start(std::string bytes, int& exit_code);
    bool made(const std::optional<EditError>& error);  // false after a message when the edit failed

    const Globals* globals_ = nullptr;
    bool dry_run_ = false;
    bool force_ = false;
    FileLock lock_;  ///< Held from the first read to the rename (not for --dry-run).
    std::string path_;
    Date today_;
    RepoFiles repo_;
    std::vector<Finding> before_;
    std::optional<PopEdit> edit_;
};

}  // namespace pop::cli
