// `pop renew`: a new POP period from the current one. Unfinished goals are carried over byte for
// byte, achieved and stopped ones are summarised in a comment, conversations and sign-offs stay
// behind. The old file is never renamed: it stays as the record of its period (and git keeps its
// history); when the new period starts before the old one ends, the old one is made to end the
// day before, so that there is never more than one current POP for a person.
#include <cstdio>
#include <filesystem>

#include "edit_session.h"
#include "pop/check_file.h"
#include "pop/rules.h"
#include "pop/text.h"
#include "save.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

struct RenewOptions {
    EditOptions edit;
    std::string start, end, output;
};

std::string scalar_of(const YamlDocument& doc, const YamlNode& mapping, std::string_view key) {
    const YamlNode* v = mapping.kind == NodeKind::Mapping ? find_key(doc, mapping, key) : nullptr;
    return v && v->kind == NodeKind::Scalar ? v->value : std::string();
}

// The bytes of a goal item as written, "-" and all, from the start of its first line to the end
// of its last (with a comment on that line); lines keep their indentation, so they fit under a
// `goals:` at the left margin. A goal in a flow list is written as a block item of its own.
std::string goal_text(const std::string& bytes, const YamlEditor& editor, const YamlNode& item) {
    std::size_t start = item.span.start.offset;
    std::size_t line = start;
    while (line > 0 && bytes[line - 1] != '\n') --line;
    std::string_view prefix(bytes.data() + line, start - line);
    std::size_t end = editor.content_end(item);
    bool block_item =
        prefix.find_first_not_of(" -") == std::string_view::npos && prefix.find('-') != std::string_view::npos;
    if (!block_item) return "  - " + bytes.substr(start, end - start);
    while (end < bytes.size() && bytes[end] != '\n') ++end;
    if (end > line && bytes[end - 1] == '\r') --end;
    return bytes.substr(line, end - line);
}

int run_renew(const RenewOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    Lang lang = s.lang();
    const YamlDocument& doc = s.doc();
    const YamlNode& root = doc.root();

    // 1. The new period.
    std::optional<Date> old_start, old_end;
    if (const YamlNode* period = find_key(doc, root, "period")) {
        old_start = parse_date(scalar_of(doc, *period, "start")).date;
        old_end = parse_date(scalar_of(doc, *period, "end")).date;
    }
    Date start;
    if (!o.start.empty()) {
        auto d = date_argument("--start", o.start, lang);
        if (!d) return kExitUsage;
        start = *d;
    } else if (old_end) {
        start = old_end->plus_days(1);
    } else {
        tell("edit.renew.no-period", lang, {{"path", s.path()}});
        return kExitUsage;
    }
    Date end = start.plus_months(12 * s.repo().policy.renewal_years).plus_days(-1);
    if (!o.end.empty()) {
        auto d = date_argument("--end", o.end, lang);
        if (!d) return kExitUsage;
        end = *d;
    }

    // 2. Where it goes: --output, or <person id>-<start year>.pop.yaml beside the old file.
    std::string person_id;
    if (const YamlNode* person = find_key(doc, root, "person")) person_id = scalar_of(doc, *person, "id");
    std::string old_name = fs::path(s.path()).filename().string();
    std::string stem =
        person_id.empty() || !is_valid_id(person_id) ? old_name.substr(0, old_name.size() - 9) : person_id;
    std::string output = o.output;
    if (output.empty()) {
        fs::path dir = fs::path(s.path()).parent_path();
        output = (dir / (stem + "-" + std::to_string(start.year) + ".pop.yaml")).string();
    }
    if (kind_from_filename(fs::path(output).filename().string()) != FileKind::Pop) {
        tell("edit.init.bad-name", lang, {{"path", output}});
        return kExitUsage;
    }
    std::error_code ec;
    if (fs::exists(fs::symlink_status(output, ec))) return report_save_error("save.exists", output, "", lang);

    // 3. The new file: modeline, a header, the person as written, the new period, a summary of
    //    what was achieved or stopped, and the unfinished goals as written.
    YamlEditor editor(s.bytes(), doc);
    const std::string& nl = editor.newline();
    std::string pad(editor.indentation().mapping, ' ');
    bool schema_found = false;
    std::string text = "# yaml-language-server: $schema=" + schema_reference(output, schema_found) + nl + "#" + nl;
    std::vector<MessageArg> args{
        {"old", old_name}, {"date", s.today().to_string()}, {"start", start.to_string()}, {"end", end.to_string()}};
    for (const char* key : {"edit.renew.comment.1", "edit.renew.comment.2", "edit.renew.comment.3"})
        text += "# " + render_message(key, lang, args) + nl;
    text += "format_version: 1" + nl + nl;
    if (const YamlNode* person = find_key(doc, root, "person")) {
        // From the `person:` key to the end of its value's last line.
        const YamlNode* key = nullptr;
        for (std::size_t i = 1; i < root.children.size(); i += 2)
            if (&doc.node(root.children[i]) == person) key = &doc.node(root.children[i - 1]);
        std::size_t from = key->span.start.offset;
        while (from > 0 && s.bytes()[from - 1] != '\n') --from;
        std::size_t to = editor.content_end(*person);
        while (to < s.bytes().size() && s.bytes()[to] != '\n') ++to;
        if (to > from && s.bytes()[to - 1] == '\r') --to;
        text += s.bytes().substr(from, to - from) + nl + nl;
    }
    text += "period:" + nl + pad + "start: " + start.to_string() + nl + pad + "end: " + end.to_string() + nl;

    std::vector<MessageArg> old_arg{{"old", old_name}};
    std::vector<std::string> carried, achieved, stopped;
    std::string goals_text;
    if (const YamlNode* goals = find_key(doc, root, "goals"); goals && goals->kind == NodeKind::Sequence) {
        for (NodeId child : goals->children) {
            const YamlNode& goal = doc.node(child);
            std::string status = scalar_of(doc, goal, "status");
            std::string id = scalar_of(doc, goal, "id");
            std::string line = printable_text(id) + ": " + printable_text(scalar_of(doc, goal, "title"));
            if (status == "achieved") {
                achieved.push_back(line);
                continue;
            }
            if (status == "dropped") {
                stopped.push_back(line);
                continue;
            }
            carried.push_back(id);
            std::string item = goal_text(s.bytes(), editor, goal);
            std::size_t indent = item.find_first_not_of(' ');
            goals_text += std::string(indent == std::string::npos ? 0 : indent, ' ') + "# " +
                          render_message("edit.renew.carried", lang, old_arg) + nl + item + nl;
        }
    }
    auto summary = [&](const std::vector<std::string>& lines, const char* key) {
        if (lines.empty()) return;
        text += nl + "# " + render_message(key, lang, old_arg) + nl;
        for (const std::string& l : lines) text += "#   - " + l + nl;
    };
    summary(achieved, "edit.renew.achieved");
    summary(stopped, "edit.renew.dropped");
    if (!goals_text.empty()) text += nl + "goals:" + nl + goals_text;

    // 4. The old period ends before the new one starts.
    bool shortened = false;
    if (old_end && !(*old_end < start)) {
        if (!s.set({std::string("period"), std::string("end")}, NewValue::text(start.plus_days(-1).to_string())))
            return kExitFindings;
        shortened = true;
    }

    // 5. Check both: neither may gain an error (the new file is compared with the old one, so a
    //    problem a carried goal already had is not held against the renewal).
    RepoFiles repo = load_repo_files(output);
    std::vector<Finding> after_new = check_file(text, FileKind::Pop, repo.context(s.today()));
    std::vector<Finding> new_errors = added_findings(s.findings_before(), after_new, Severity::Error);
    if (!new_errors.empty()) {
        print_refusal(output, new_errors, globals);
        return kExitFindings;
    }
    std::vector<Finding> after_old = check_file(s.bytes(), FileKind::Pop, s.repo().context(s.today()));
    std::vector<Finding> old_errors = added_findings(s.findings_before(), after_old, Severity::Error);
    if (!old_errors.empty()) {
        print_refusal(s.path(), old_errors, globals);
        return kExitFindings;
    }
    if (s.dry_run()) {
        std::string diff = unified_diff(s.original(), s.bytes(), s.path()) + new_file_diff(text, output);
        std::fwrite(diff.data(), 1, diff.size(), stdout);
        return kExitClean;
    }
    std::string detail;
    if (auto error = create_new_file(output, text, detail)) return report_save_error(*error, output, detail, lang);
    if (shortened)
        if (auto error = s.save(detail))
            return report_save_error(*error, s.path(), detail, lang);
    std::string list;
    for (const std::string& id : carried) list += (list.empty() ? "" : ", ") + id;
    print_done(output,
               carried.empty()       ? "edit.renew.done.none"
               : carried.size() == 1 ? "edit.renew.done.one"
                                     : "edit.renew.done",
               {{"start", start.to_string()},
                {"end", end.to_string()},
                {"old", s.path()},
                {"n", std::to_string(carried.size())},
                {"goals", list}},
               added_findings(s.findings_before(), after_new, Severity::Warning), globals);
    if (shortened)
        print_done(s.path(), "edit.renew.shortened", {{"date", start.plus_days(-1).to_string()}},
                   added_findings(s.findings_before(), after_old, Severity::Warning), globals);
    print_done(output, "edit.renew.commit", {{"old", s.path()}}, {}, globals);
    return kExitClean;
}

}  // namespace

void add_renew(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto o = std::make_shared<RenewOptions>();
    auto* cmd = app.add_subcommand("renew", nl ? "een nieuw POP voor de volgende periode, met de doelen die nog lopen"
                                               : "a new POP for the next period, with the goals still open");
    cmd->add_option("--start", o->start,
                    nl ? "begin van de nieuwe periode (standaard: de dag na het einde van de oude)"
                       : "start of the new period (default: the day after the old one ends)");
    cmd->add_option("--end", o->end,
                    nl ? "einde van de nieuwe periode (standaard: renewal_years van het beleid later, min een dag)"
                       : "end of the new period (default: the policy's renewal_years later, minus a day)");
    cmd->add_option("-o,--output", o->output,
                    nl ? "het nieuwe bestand (standaard: <id>-<startjaar>.pop.yaml naast het oude)"
                       : "the new file (default: <id>-<start year>.pop.yaml beside the old one)");
    add_edit_options(*cmd, o->edit, nl);
    cmd->callback([o, &globals, &exit_code] { exit_code = run_renew(*o, globals); });
}

}  // namespace pop::cli
