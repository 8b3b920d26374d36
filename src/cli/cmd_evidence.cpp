// `pop evidence add GOAL --what TEXT [--date DATE] [--link URL | --file PATH]` and
// `pop evidence remove GOAL N`: proof of progress.
#include <cstdio>
#include <filesystem>

#include "edit_session.h"
#include "pop/edit/cycle_edits.h"

namespace pop::cli::evidence {

namespace fs = std::filesystem;

struct EvidenceOptions {
    EditOptions edit;
    std::string goal, what, date, link, file;
    bool is_private = false;
};

struct EvidenceRemoveOptions {
    EditOptions edit;
    std::string goal, number;
};

// An evidence file as docs/format.md wants it: a path from the root of the repository (the
// folder with .git above the POP; without git, the POP's folder). PATH is taken from the current
// folder, as the shell completes it, or else from that root. nullopt after a message.
std::optional<std::string> evidence_file(const std::string& pop_path, const std::string& given, Lang lang) {
    std::error_code ec;
    fs::path pop_dir = fs::absolute(pop_path, ec).parent_path();
    fs::path root = repository_root(pop_dir).value_or(pop_dir);
    fs::path candidate = fs::absolute(given, ec);
    if (!fs::exists(candidate, ec) && fs::path(given).is_relative()) candidate = root / given;
    std::vector<MessageArg> args{{"value", given}, {"root", root.string()}};
    if (!fs::exists(candidate, ec)) {
        tell("edit.evidence-file.missing", lang, args);
        return std::nullopt;
    }
    if (!fs::is_regular_file(candidate, ec)) {
        tell("edit.evidence-file.not-file", lang, args);
        return std::nullopt;
    }
    fs::path real = fs::weakly_canonical(candidate, ec);
    fs::path real_root = fs::weakly_canonical(root, ec);
    fs::path relative = real.lexically_relative(real_root);
    if (relative.empty() || *relative.begin() == "..") {
        tell("edit.evidence-file.outside", lang, args);
        return std::nullopt;
    }
    return relative.generic_string();
}

int run_add(const EvidenceOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto goal = s.goal(o.goal);
    if (!goal) return kExitUsage;
    std::string goal_id = s.goal_name(*goal, o.goal);
    Date date = s.today();
    if (!o.date.empty()) {
        auto d = date_argument("--date", o.date, s.lang());
        if (!d) return kExitUsage;
        date = *d;
    }
    std::string file;
    if (!o.file.empty()) {
        auto found = evidence_file(s.path(), o.file, s.lang());
        if (!found) return kExitUsage;
        file = *found;
    }
    NewValue item = new_evidence_value(date, o.what, o.link, file, o.is_private);
    if (!s.append({std::string("goals"), *goal, std::string("evidence")}, item)) return kExitFindings;
    return s.finish("edit.evidence.added",
                    {{"goal", goal_id}, {"date", date.to_string()}, {"what", shown_value(o.what)}});
}

int run_remove(const EvidenceRemoveOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto goal = s.goal(o.goal);
    if (!goal) return kExitUsage;
    std::string goal_id = s.goal_name(*goal, o.goal);
    auto item = accepted(find_evidence(s.doc(), *goal, goal_id, o.number), s.lang());
    if (!item) return kExitUsage;
    auto item_path = [&](std::string key) -> NodePath {
        if (key.empty()) return {std::string("goals"), *goal, std::string("evidence"), *item};
        return {std::string("goals"), *goal, std::string("evidence"), *item, std::move(key)};
    };
    std::string date = s.scalar(item_path("date")), what = s.scalar(item_path("what"));
    if (!s.remove(item_path(""))) return kExitFindings;
    return s.finish("edit.evidence.removed", {{"n", std::to_string(*item + 1)},
                                              {"goal", goal_id},
                                              {"date", date},
                                              {"what", shown_value(what)}});
}

void add_add_command(CLI::App& evidence, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto o = std::make_shared<EvidenceOptions>();
    auto* a = evidence.add_subcommand("add", render_message("cli.evidence.add.help", lang));
    a->add_option(render_message("cli.arg.goal", lang), o->goal, render_message("cli.help.goal", lang))->required();
    a->add_option("--what", o->what, render_message("cli.evidence.add.opt.what", lang))->required();
    a->add_option("--date", o->date, render_message("cli.help.date-today", lang));
    auto* link = a->add_option("--link", o->link, render_message("cli.evidence.add.opt.link", lang));
    a->add_option("--file", o->file, render_message("cli.evidence.add.opt.file", lang))->excludes(link);
    a->add_flag("--private", o->is_private, render_message("cli.evidence.add.opt.private", lang));
    // --file names the evidence file here, so the POP is named with --pop (or found in this folder).
    a->add_option("-p,--pop", o->edit.file, render_message("cli.help.pop-file", lang));
    add_dry_run_option(*a, o->edit.dry_run, lang);
    add_force_option(*a, o->edit.force, lang);
    a->callback([o, &globals, &exit_code] { exit_code = run_add(*o, globals); });
}

void add_remove_command(CLI::App& evidence, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto rm = std::make_shared<EvidenceRemoveOptions>();
    auto* r = evidence.add_subcommand("remove", render_message("cli.evidence.remove.help", lang));
    r->add_option(render_message("cli.arg.goal", lang), rm->goal, render_message("cli.help.goal", lang))->required();
    r->add_option(render_message("cli.arg.number", lang), rm->number, render_message("cli.evidence.remove.opt.number", lang))
        ->required();
    add_edit_options(*r, rm->edit, lang);
    r->callback([rm, &globals, &exit_code] { exit_code = run_remove(*rm, globals); });
}

}  // namespace pop::cli::evidence

namespace pop::cli {

void add_evidence(CLI::App& app, Globals& globals, int& exit_code) {
    auto* cmd = app.add_subcommand("evidence", render_message("cli.evidence.help", globals.lang));
    cmd->require_subcommand(1);
    evidence::add_add_command(*cmd, globals, exit_code);
    evidence::add_remove_command(*cmd, globals, exit_code);
}

}  // namespace pop::cli
