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
    bool nl = globals.lang == Lang::Nl;
    auto o = std::make_shared<EvidenceOptions>();
    auto* a = evidence.add_subcommand("add", nl ? "bewijs bij een doel toevoegen" : "add evidence to a goal");
    a->add_option("goal", o->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")->required();
    a->add_option("--what", o->what, nl ? "wat het bewijs is" : "what the evidence is")->required();
    a->add_option("--date", o->date, nl ? "datum, JJJJ-MM-DD (standaard vandaag)" : "date, YYYY-MM-DD (default today)");
    auto* link = a->add_option("--link", o->link, nl ? "een webadres" : "a web address");
    a->add_option("--file", o->file,
                  nl ? "een bestand in de repository (pad vanaf deze map of vanaf de root van de repository)"
                     : "a file in the repository (path from this folder or from the repository root)")
        ->excludes(link);
    a->add_flag(
        "--private", o->is_private,
        nl ? "het bewijs blijft uit rapporten over meer mensen" : "keep the evidence out of multi-person reports");
    // --file names the evidence file here, so the POP is named with --pop (or found in this folder).
    a->add_option(
        "-p,--pop", o->edit.file,
        nl ? "het POP-bestand (standaard: het POP in deze map)" : "the POP file (default: the POP in this folder)");
    add_dry_run_option(*a, o->edit.dry_run, nl);
    add_force_option(*a, o->edit.force, nl);
    a->callback([o, &globals, &exit_code] { exit_code = run_add(*o, globals); });
}

void add_remove_command(CLI::App& evidence, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto rm = std::make_shared<EvidenceRemoveOptions>();
    auto* r = evidence.add_subcommand("remove", nl ? "bewijs bij een doel weghalen" : "remove evidence from a goal");
    r->add_option("goal", rm->goal, nl ? "code (of nummer) van het doel" : "id (or number) of the goal")->required();
    r->add_option("number", rm->number, nl ? "welk bewijs: 1 = het eerste" : "which evidence: 1 = the first")->required();
    add_edit_options(*r, rm->edit, nl);
    r->callback([rm, &globals, &exit_code] { exit_code = run_remove(*rm, globals); });
}

}  // namespace pop::cli::evidence

namespace pop::cli {

void add_evidence(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto* cmd =
        app.add_subcommand("evidence", nl ? "bewijs bij een doel toevoegen of weghalen (add, remove)"
                                          : "add evidence to a goal or remove it (add, remove)");
    cmd->require_subcommand(1);
    evidence::add_add_command(*cmd, globals, exit_code);
    evidence::add_remove_command(*cmd, globals, exit_code);
}

}  // namespace pop::cli
