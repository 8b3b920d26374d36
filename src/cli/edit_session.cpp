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
namespace {

namespace fs = std::filesystem;

// What identifies a finding apart from where it is: its rule, message and arguments, except
// arguments that are line numbers (they move when lines are added above).
std::string identity(const Finding& f) {
    std::string key = std::string(f.rule.text()) + '\x1f' + f.message;
    for (const MessageArg& a : f.args)
        if (a.name.find("line") == std::string::npos) key += '\x1f' + a.name + '=' + a.value;
    return key;
}

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

}  // namespace

std::string shown_value(std::string_view text) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r') continue;
        if (c == '\n') c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > 60) {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            return out + "...";
        }
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void tell(std::string_view key, Lang lang, std::vector<MessageArg> args) {
    usage_error(render_message(key, lang, args));
}

void add_edit_options(CLI::App& cmd, EditOptions& options, bool nl) {
    cmd.add_option(
        "-f,--file,-p,--pop", options.file,
        nl ? "het POP-bestand (standaard: het POP in deze map)" : "the POP file (default: the POP in this folder)");
    add_dry_run_option(cmd, options.dry_run, nl);
    add_force_option(cmd, options.force, nl);
}

void add_force_option(CLI::App& cmd, bool& force, bool nl) {
    cmd.add_flag("--force", force,
                 nl ? "ook een alleen-lezen POP, een POP met harde links of een POP van iemand anders wijzigen"
                    : "also edit a read-only POP, a hard-linked POP, or one whose owner cannot be kept");
}

void add_dry_run_option(CLI::App& cmd, bool& dry_run, bool nl) {
    cmd.add_flag("--dry-run", dry_run,
                 nl ? "laat de wijziging zien (unified diff) en schrijf niets"
                    : "show the change as a unified diff; write nothing");
}

CheckContext RepoFiles::context(const Date& today) const {
    return CheckContext{today, &policy, roster ? &*roster : nullptr, school_goals ? &*school_goals : nullptr, false};
}

RepoFiles load_repo_files(const std::string& pop_path) {
    PopContext loaded = load_pop_context(pop_path, DiskFileSource());
    RepoFiles repo;
    repo.policy = std::move(loaded.policy);
    repo.roster = std::move(loaded.roster);
    repo.school_goals = std::move(loaded.school_goals);
    return repo;
}

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
    DateParse parsed = parse_date(text);
    if (parsed.date) return parsed.date;
    std::string key;
    std::vector<MessageArg> args{{"value", text}};
    if (parsed.error == DateError::Invalid && parsed.month_days == 0) {
        key = "dates.invalid.month";
    } else if (parsed.error == DateError::Invalid) {
        key = "dates.invalid.day";
        args.push_back({"month", "month." + std::to_string(std::stoi(text.substr(5, 2))), true});
        args.push_back({"year", text.substr(0, 4)});
        args.push_back({"days", std::to_string(parsed.month_days)});
    } else if (!parsed.suggestion.empty()) {
        key = "dates.format.suggest";
        args.push_back({"suggestion", parsed.suggestion});
    } else {
        key = "dates.format";
    }
    tell("edit.bad-argument", lang,
         {{"option", std::string(option)},
          {"problem", render_message(key, lang, args)},
          {"hint", render_message(key + ".hint", lang, args)}});
    return std::nullopt;
}

bool id_argument(std::string_view option, const std::string& text, Lang lang) {
    if (is_valid_id(text)) return true;
    std::vector<MessageArg> args{{"value", text}};
    tell("edit.bad-argument", lang,
         {{"option", std::string(option)},
          {"problem", render_message("structure.id", lang, args)},
          {"hint", render_message("structure.id.hint", lang, args)}});
    return false;
}

bool number_argument(std::string_view option, const std::string& text, Lang lang) {
    bool ok = !text.empty() && text.find_first_not_of("0123456789.") == std::string::npos &&
              std::count(text.begin(), text.end(), '.') <= 1 && text.front() != '.' && text.back() != '.';
    if (ok) return true;
    std::vector<MessageArg> args{{"field", std::string(option)}, {"value", text}};
    tell("edit.bad-argument", lang,
         {{"option", std::string(option)},
          {"problem", render_message("structure.type.number", lang, args)},
          {"hint", render_message("structure.type.number.hint", lang, args)}});
    return false;
}

bool choice_argument(std::string_view option, const std::string& text, std::span<const Choice> choices, Lang lang) {
    std::vector<std::string_view> values;
    std::string list;
    for (const Choice& c : choices) {
        if (c.value == text) return true;
        values.push_back(c.value);
        list += (list.empty() ? "" : ", ") + std::string(c.value);
    }
    std::string_view hit = suggest(text, values);
    // Dutch words for the values (behaald -> achieved).
    for (const Choice& c : choices)
        if (hit.empty() && c.term_nl == text) hit = c.value;
    std::vector<MessageArg> args{{"value", text}, {"field", std::string(option)}, {"choices", list}};
    if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
    std::string key = hit.empty() ? "structure.enum" : "structure.enum.suggest";
    tell("edit.bad-argument", lang,
         {{"option", std::string(option)},
          {"problem", render_message(key, lang, args)},
          {"hint", render_message(key + ".hint", lang, args)}});
    return false;
}

std::vector<Finding> added_findings(const std::vector<Finding>& before, const std::vector<Finding>& after,
                                    Severity severity) {
    std::map<std::string, int> seen;
    for (const Finding& f : before)
        if (severity_of(f.rule) == severity) ++seen[identity(f)];
    std::vector<Finding> added;
    for (const Finding& f : after) {
        if (severity_of(f.rule) != severity) continue;
        int& n = seen[identity(f)];
        if (n > 0)
            --n;
        else
            added.push_back(f);
    }
    return added;
}

std::vector<Finding> blocking_errors(const std::vector<Finding>& before, const std::vector<Finding>& after) {
    std::vector<Finding> errors = added_findings(before, after, Severity::Error);
    std::erase_if(errors, [](const Finding& f) { return describes_the_cycle(f.rule); });
    return errors;
}

void print_checklist(const std::string& path, std::string_view bytes, const std::vector<Finding>& findings,
                     const Date& today, const Globals& globals) {
    std::string text = render_checklist(policy_checklist(bytes, findings, path, today), globals.lang);
    std::fwrite(text.data(), 1, text.size(), stdout);
}

void print_refusal(const std::string& path, const std::vector<Finding>& errors, const Globals& globals) {
    MessageArg n{"n", std::to_string(errors.size())};
    std::string count = render_message(errors.size() == 1 ? "ui.count.error.one" : "ui.count.error.many", globals.lang,
                                       std::span(&n, 1));
    tell("edit.refused", globals.lang, {{"path", path}, {"errors", count}});
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

std::optional<EditSession> EditSession::open(const EditOptions& options, const Globals& globals, int& exit_code) {
    EditSession s;
    s.globals_ = &globals;
    s.dry_run_ = options.dry_run;
    exit_code = kExitUsage;
    std::optional<Date> today = resolve_today(globals);
    if (!today) return std::nullopt;
    s.today_ = *today;
    if (options.file.empty()) {
        auto here = pop_here(s.today_, globals.lang, {"edit.no-pop-here", "edit.which-file"});
        if (!here) return std::nullopt;
        s.path_ = *here;
    } else {
        s.path_ = options.file;
    }
    if (!refuse_unless_pop_file(s.path_, globals.lang)) return std::nullopt;  // before locking or reading
    s.force_ = options.force;
    // The lock, held from this first read to the rename; then what would make the save fail.
    FileBytes read;
    for (int attempt = 1;; ++attempt) {
        if (!s.dry_run_) {
            std::string detail;
            std::optional<std::string> refused = s.lock_.acquire(s.path_, kLockWaitMilliseconds, detail);
            if (!refused) refused = check_can_save(s.lock_, s.force_, detail);
            if (refused && *refused != "save.failed") {  // a file that cannot be opened: read_file says why
                exit_code = report_save_error(*refused, s.path_, detail, globals.lang);
                return std::nullopt;
            }
            remove_stale_temp_files(s.lock_);  // while the lock is held, they belong to a dead pop
        }
        read = read_file(s.path_, ReadLimits{}.max_bytes);
        // An editor renamed its version into place between the lock and the read: lock that one
        // (a few times at most; the save refuses if the file is still not the one locked).
        if (s.dry_run_ || !s.lock_.held() || s.lock_.still_names_locked_file() || attempt == 3) break;
    }
    if (read.error) {
        usage_error(s.path_ + ": " + render_message(*read.error, globals.lang));
        exit_code = kExitUnreadable;
        return std::nullopt;
    }
    if (!s.dry_run_ && !s.lock_.held()) {  // opened by read_file, but not by the lock
        exit_code = report_save_error("save.failed", s.path_, std::strerror(ENOLCK), globals.lang);
        return std::nullopt;
    }
    s.original_ = std::move(read.bytes);
    s.bytes_ = s.original_;
    s.repo_ = load_repo_files(s.path_);
    s.before_ = check_file(s.original_, FileKind::Pop, s.repo_.context(s.today_));
    ReadResult tree = read_yaml(s.original_);
    if (tree.fatal || tree.doc.empty() || tree.doc.root().kind != NodeKind::Mapping) {
        std::vector<Finding> errors;
        for (const Finding& f : s.before_)
            if (severity_of(f.rule) == Severity::Error) errors.push_back(f);
        tell("edit.unreadable", globals.lang, {{"path", s.path_}});
        FileReport report{s.path_, FileKind::Pop, false, errors};
        std::string text = render_findings_text(std::span(&report, 1), TextOptions{globals.lang, false});
        std::fwrite(text.data(), 1, text.size(), stderr);
        exit_code = kExitUnreadable;
        return std::nullopt;
    }
    s.doc_ = std::move(tree.doc);
    exit_code = kExitClean;
    return s;
}

bool EditSession::reread() {
    ReadResult tree = read_yaml(bytes_);
    doc_ = std::move(tree.doc);
    return !tree.fatal && !doc_.empty();
}

const YamlNode* EditSession::find(const NodePath& path) const {
    YamlEditor editor(bytes_, doc_);
    return editor.find(path);
}

std::string EditSession::scalar(const NodePath& path) const {
    const YamlNode* node = find(path);
    return node && node->kind == NodeKind::Scalar ? node->value : std::string();
}

bool EditSession::apply(const std::function<std::variant<Splice, EditError>(const YamlEditor&)>& plan) {
    if (doc_.empty()) return true;  // an earlier edit made the file unreadable: finish() refuses it
    YamlEditor editor(bytes_, doc_);
    auto planned = plan(editor);
    if (const auto* error = std::get_if<EditError>(&planned)) {
        std::vector<MessageArg> detail{{"detail", error->detail.empty() ? std::string() : error->detail.front()}};
        tell("edit.cannot", lang(), {{"path", path_}, {"problem", render_message(error->message_key, lang(), detail)}});
        return false;
    }
    bytes_ = apply_splices(bytes_, {std::get<Splice>(planned)});
    if (!reread()) doc_ = YamlDocument{};  // unreadable now: finish() refuses it with the reader's findings
    return true;
}

bool EditSession::set(const NodePath& path, const NewValue& value) {
    return apply([&](const YamlEditor& e) { return e.set(path, e.following_blocks(value, path)); });
}

bool EditSession::append(const NodePath& path, const NewValue& item) {
    return apply([&](const YamlEditor& e) { return e.append(path, e.following_blocks(item, path)); });
}

bool EditSession::insert(const NodePath& path, std::size_t index, const NewValue& item) {
    return apply([&](const YamlEditor& e) { return e.insert(path, index, e.following_blocks(item, path)); });
}

namespace {

// "a, b c" as its words.
std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::string cur;
    for (char c : text + ",") {
        if (c == ',' || c == ' ') {
            if (!cur.empty()) items.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return items;
}

// A number as written in the file: "020" becomes "20", which YAML 1.1 readers (PyYAML) do not
// take for the octal 16; "0.5" and "0" stay.
std::string without_leading_zeros(const std::string& number) {
    std::size_t first = number.find_first_not_of('0');
    if (first == std::string::npos) return "0";
    if (first > 0 && number[first] == '.') --first;
    return number.substr(first);
}

}  // namespace

std::optional<NewValue> field_value(const std::string& option, const FieldSpec& spec, const std::string& text,
                                    Lang lang) {
    switch (spec.type.type) {
        case ValueType::Date: {
            auto d = date_argument(option, text, lang);
            if (!d) return std::nullopt;
            return NewValue::text(d->to_string());
        }
        case ValueType::Id:
            if (!id_argument(option, text, lang)) return std::nullopt;
            return NewValue::text(text);
        case ValueType::Number:
        case ValueType::Integer:
            if (!number_argument(option, text, lang)) return std::nullopt;
            return NewValue::plain(without_leading_zeros(text));
        case ValueType::Boolean:
            if (text != "true" && text != "false") {
                std::vector<MessageArg> args{{"field", option}, {"value", text}};
                tell("edit.bad-argument", lang,
                     {{"option", option},
                      {"problem", render_message("structure.type.boolean", lang, args)},
                      {"hint", render_message("structure.type.boolean.hint", lang, args)}});
                return std::nullopt;
            }
            return NewValue::plain(text);
        case ValueType::Enum:
            if (!choice_argument(option, text, spec.type.choices, lang)) return std::nullopt;
            return NewValue::text(text);
        case ValueType::List: {
            std::vector<NewValue> items;
            for (const std::string& item : split_list(text)) {
                if (spec.type.item == ValueType::Enum && !choice_argument(option, item, spec.type.choices, lang))
                    return std::nullopt;
                if (spec.type.item == ValueType::Id && !id_argument(option, item, lang)) return std::nullopt;
                items.push_back(NewValue::text(item));
            }
            return NewValue::list(std::move(items));
        }
        default: return NewValue::text(text);
    }
}

bool EditSession::remove(const NodePath& path) {
    return apply([&](const YamlEditor& e) { return e.remove(path); });
}

std::vector<std::string> EditSession::goal_ids() const {
    std::vector<std::string> ids;
    const YamlNode* goals = find({std::string("goals")});
    if (!goals || goals->kind != NodeKind::Sequence) return ids;
    for (NodeId child : goals->children) {
        const YamlNode& g = doc_.node(child);
        const YamlNode* id = g.kind == NodeKind::Mapping ? find_key(doc_, g, "id") : nullptr;
        ids.push_back(id && id->kind == NodeKind::Scalar ? id->value : std::string());
    }
    return ids;
}

std::optional<std::size_t> EditSession::goal(const std::string& arg) const {
    std::vector<std::string> ids = goal_ids();
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == arg) return i;
    if (!arg.empty() && arg.find_first_not_of("0123456789") == std::string::npos && arg.size() < 6) {
        std::size_t n = std::stoul(arg);
        if (n >= 1 && n <= ids.size()) return n - 1;
    }
    if (ids.empty()) {
        tell("edit.no-goals", lang(), {{"path", path_}});
        return std::nullopt;
    }
    std::vector<std::string_view> candidates(ids.begin(), ids.end());
    std::string list;
    for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
    std::string_view hit = suggest(arg, candidates);
    std::vector<MessageArg> args{{"goal", arg}, {"path", path_}, {"goals", list}};
    if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
    tell(hit.empty() ? "edit.no-goal" : "edit.no-goal.suggest", lang(), args);
    return std::nullopt;
}

int EditSession::finish(std::string_view done, std::vector<MessageArg> args) {
    std::vector<Finding> after = check_file(bytes_, FileKind::Pop, repo_.context(today_));
    std::vector<Finding> errors = blocking_errors(before_, after);
    if (!errors.empty()) {
        print_refusal(path_, errors, *globals_);
        return kExitFindings;
    }
    if (bytes_ == original_) {
        if (!dry_run_) print_done(path_, "edit.unchanged", {}, {}, *globals_);
        return kExitClean;
    }
    if (dry_run_) {
        std::string diff = unified_diff(original_, bytes_, path_);
        std::fwrite(diff.data(), 1, diff.size(), stdout);
        return kExitClean;
    }
    std::string detail;
    if (auto error = save(detail)) return report_save_error(*error, path_, detail, lang());
    print_done(path_, done, std::move(args), added_findings(before_, after, Severity::Warning), *globals_);
    print_checklist(path_, bytes_, after, today_, *globals_);
    return kExitClean;
}

std::optional<std::string> EditSession::save(std::string& detail) const {
    return save_atomically(path_, original_, bytes_, detail, lock_, force_);
}

}  // namespace pop::cli
