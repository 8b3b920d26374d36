// `pop renew`: a new POP period from the current one. What is carried over and how the new file
// is written is the core's renew_pop (include/pop/edit/new_pop.h): unfinished goals are carried over
// (byte for byte from a block-style file, rewritten in block style from a flow or JSON one),
// achieved and stopped ones are summarised in a comment, conversations and sign-offs stay behind.
// The old file is never renamed: it stays as the record of its period (and git keeps its history); when the new period starts before the old one ends, the old one is made to end the
// day before, so that there is never more than one current POP for a person.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "edit_session.h"
#include "pop/i18n/messages.h"
#include "pop/reports/checklist.h"
#include "pop/workspace/check_file.h"
#include "pop/edit/new_pop.h"
#include "pop/rules/rules.h"
#include "inputs.h"
#include "platform/save.h"

namespace pop::cli::renew {

namespace fs = std::filesystem;

// "a, b, c".
std::string comma_list(const std::vector<std::string>& items, std::string_view separator = ", ") {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

struct RenewOptions {
    EditOptions edit;
    std::string start, end, output;
    bool all = false;                // --all: every POP in the paths that is due
    bool in_batch = false;           // one of --all's: the commit hint comes once, at the end
    std::vector<std::string> paths;  // with --all (default ".")
};

// One renewal as it is planned and checked.
struct Renewal {
    Period period;
    std::string output;                       // the new file
    RenewedPop made;                          // its bytes and what was carried over
    bool shortened = false;                   // the old period was made to end before the new one
    RepoFiles repo;                           // the repository files of the new file
    std::vector<Finding> after_new, after_old;  // `pop check`'s findings of both files
};

// --output, or <person id>-<start year>.pop.yaml beside the old file; nullopt after a message
// (`code` is then the exit code).
std::optional<std::string> output_path(const RenewOptions& o, const EditSession& s, const Pop& old,
                                       const Date& start, int& code) {
    std::string old_name = fs::path(s.path()).filename().string();
    std::string output = o.output.empty()
                             ? (fs::path(s.path()).parent_path() / renewed_file_name(old, old_name, start)).string()
                             : o.output;
    code = kExitUsage;
    if (!accepted(pop_name_problem(output), s.lang())) return std::nullopt;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(output, ec))) return output;
    code = report_save_error("save.exists", output, "", s.lang());
    return std::nullopt;
}

// The new file, built and read back by the core; the old period shortened when it runs on.
int build(EditSession& s, const Pop& old, Renewal& r) {
    bool schema_found = false;
    RenewalInput input{s.bytes(),      &s.doc(),  fs::path(s.path()).filename().string(),
                       r.period.start, r.period.end, s.today(), schema_reference(r.output, schema_found), s.lang()};
    auto renewed = renew_pop(input);
    if (const auto* error = std::get_if<EditError>(&renewed)) {
        tell("edit.cannot", s.lang(), {{"path", r.output}, {"problem", render_message(error->message_key, s.lang())}});
        return kExitFindings;
    }
    r.made = std::get<RenewedPop>(std::move(renewed));
    if (auto shorter = shortened_period(old, r.period.start)) {
        if (!s.set(shorter->path, shorter->value)) return kExitFindings;
        r.shortened = true;
    }
    return kExitClean;
}

// Checks both: neither may gain an error (the new file is compared with the old one, so a
// problem a carried goal already had is not held against the renewal).
int check(const EditSession& s, Renewal& r, const Globals& globals) {
    r.repo = load_repo_files(r.output);
    r.after_new = check_file(r.made.text, FileKind::Pop, r.repo.context(s.today()));
    std::vector<Finding> new_errors = blocking_errors(s.findings_before(), r.after_new);
    if (!new_errors.empty()) {
        print_refusal(r.output, new_errors, globals);
        return kExitFindings;
    }
    r.after_old = check_file(s.bytes(), FileKind::Pop, s.repo().context(s.today()));
    std::vector<Finding> old_errors = blocking_errors(s.findings_before(), r.after_old);
    if (!old_errors.empty()) {
        print_refusal(s.path(), old_errors, globals);
        return kExitFindings;
    }
    return kExitClean;
}

// Prints the diffs (--dry-run), or creates the new file and saves the shortened old one.
int write(const EditSession& s, const Renewal& r) {
    if (s.dry_run()) {
        std::string diff = unified_diff(s.original(), s.bytes(), s.path()) + new_file_diff(r.made.text, r.output);
        std::fwrite(diff.data(), 1, diff.size(), stdout);
        return kExitClean;
    }
    std::string detail;
    if (auto error = create_new_file(r.output, r.made.text, detail))
        return report_save_error(*error, r.output, detail, s.lang());
    if (r.shortened)
        if (auto error = s.save(detail)) return report_save_error(*error, s.path(), detail, s.lang());
    return kExitClean;
}

// What was renewed, carried over, cut and shortened, and what is still to do.
void print_summary(const RenewOptions& o, const EditSession& s, const Renewal& r, const Globals& globals) {
    const std::vector<std::string>& carried = r.made.carried_ids;
    std::string start = r.period.start.to_string(), end = r.period.end.to_string();
    print_done(r.output, "edit.renew.done",
               {{"start", start}, {"end", end}, {"old", s.path()}, {"n", std::to_string(carried.size())},
                {"goals", list_arg(carried)}},
               off_checklist(added_findings(s.findings_before(), r.after_new, Severity::Warning)), globals);
    for (const std::string& id : r.made.cut_ids)
        print_done(r.output, "edit.renew.cut", {{"goal", id}, {"end", end}}, {}, globals);
    for (const std::string& id : r.made.undated_ids)
        print_done(r.output, "edit.renew.undated", {{"goal", id}, {"end", end}}, {}, globals);
    if (!r.made.ended_ids.empty())
        print_done(r.output, "edit.renew.ended-goals",
                   {{"start", start}, {"end", end}, {"goals", list_arg(r.made.ended_ids)}}, {}, globals);
    if (r.shortened)
        print_done(s.path(), "edit.renew.shortened", {{"date", r.period.start.plus_days(-1).to_string()}},
                   added_findings(s.findings_before(), r.after_old, Severity::Warning), globals);
    // What is still to do as of the day the new period starts (a renewal before it starts, as
    // --all makes them, would otherwise not show the signatures and the start conversation).
    Date as_of = std::max(s.today(), r.period.start);
    print_checklist(r.output, r.made.text,
                    as_of == s.today() ? r.after_new : check_file(r.made.text, FileKind::Pop, r.repo.context(as_of)),
                    as_of, globals);
    if (!o.in_batch) print_done(r.output, "edit.renew.commit", {{"old", s.path()}}, {}, globals);
}

int run_renew(const RenewOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    Pop old = build_pop(s.doc());
    Renewal r;
    auto period = accepted(renewal_period(old, o.start, o.end, s.repo().policy, s.path()), s.lang());
    if (!period) return kExitUsage;
    r.period = *period;
    auto output = output_path(o, s, old, r.period.start, code);
    if (!output) return code;
    r.output = *output;
    if ((code = build(s, old, r)) != kExitClean || (code = check(s, r, globals)) != kExitClean ||
        (code = write(s, r)) != kExitClean)
        return code;
    if (!s.dry_run()) print_summary(o, s, r, globals);
    return kExitClean;
}

// The POPs `pop renew --all` looks at, read; the models must outlive the candidates that point at them.
struct Loaded {
    std::vector<std::string> paths, unreadable, broken;  // readable POPs; files or folders that are not; not YAML
    std::vector<Pop> pops;
    std::vector<RepoFiles> repos;

    std::vector<RenewalCandidate> candidates() const {
        std::vector<RenewalCandidate> out;
        for (std::size_t i = 0; i < paths.size(); ++i)
            out.push_back({paths[i], &pops[i], &repos[i].policy, repos[i].roster ? &*repos[i].roster : nullptr});
        return out;
    }
};

Loaded load(const std::vector<std::string>& paths, Lang lang) {
    Loaded loaded;
    std::vector<Input> unreadable_dirs;
    std::vector<Input> inputs = collect_inputs(paths, unreadable_dirs, {.lang = lang});
    for (const Input& in : unreadable_dirs) loaded.unreadable.push_back(in.path);
    for (const Input& in : inputs) {
        if (in.kind != FileKind::Pop) continue;
        FileBytes read = read_file(in.path, ReadLimits{}.max_bytes);
        if (read.error) {
            loaded.unreadable.push_back(in.path);
            continue;
        }
        ReadResult tree = read_yaml(read.bytes);
        if (tree.fatal || tree.doc.empty() || tree.doc.root().kind != NodeKind::Mapping) {
            loaded.broken.push_back(in.path);  // not renewed: `pop check` says why
            continue;
        }
        loaded.paths.push_back(in.path);
        loaded.pops.push_back(build_pop(tree.doc));
        loaded.repos.push_back(load_repo_files(in.path));
    }
    return loaded;
}

// Renews each planned POP as `pop renew` renews one; the worst exit code.
int renew_each(const RenewOptions& o, const std::vector<RenewalPlan>& plans, const Globals& globals,
               std::size_t& renewed) {
    int worst = kExitClean;
    for (const RenewalPlan& plan : plans) {
        RenewOptions one;
        one.edit.file = plan.path;
        one.edit.dry_run = o.edit.dry_run;
        one.edit.force = o.edit.force;
        one.start = plan.start.to_string();
        one.end = plan.end.to_string();
        one.in_batch = true;
        int code = run_renew(one, globals);
        if (code == kExitClean) ++renewed;
        worst = std::max(worst, code);
    }
    return worst;
}

// The summary at the end of `pop renew --all`; the exit code raised to 1 for POPs that are not YAML.
int print_all_summary(const RenewOptions& o, const Loaded& loaded, const RenewalPlans& plans, std::size_t renewed,
                      int worst, Lang lang) {
    auto say = [&](const char* key, std::vector<MessageArg> args) {
        std::printf("%s\n", render_message(key, lang, args).c_str());
    };
    SkippedPeople skipped = group_skipped(plans.skipped);
    say(o.edit.dry_run ? "edit.renew-all.summary.dry-run" : "edit.renew-all.summary",
        {{"renewed", std::to_string(renewed)},
         {"failed", std::to_string(plans.renew.size() - renewed)},
         {"not_due", std::to_string(skipped.not_due.size())}});
    if (!loaded.broken.empty()) {
        say("edit.renew-all.broken", {{"files", list_arg(loaded.broken)}});
        worst = std::max(worst, static_cast<int>(kExitFindings));
    }
    if (!skipped.inactive.empty()) say("edit.renew-all.inactive", {{"people", list_arg(skipped.inactive)}});
    if (!skipped.no_period.empty()) say("edit.renew-all.no-period", {{"files", list_arg(skipped.no_period)}});
    if (renewed > 0 && !o.edit.dry_run) {
        std::vector<std::string> words;
        for (const std::string& p : o.paths.empty() ? std::vector<std::string>{"."} : o.paths)
            words.push_back(shell_word(p));
        say("edit.renew-all.commit", {{"paths", comma_list(words, " ")}});
    }
    return worst;
}

// `pop renew --all [PATH...]`: every person's latest POP whose period has ended or ends within
// the policy's period_end_days is renewed as `pop renew` renews one; one summary at the end.
int run_renew_all(const RenewOptions& o, const Globals& globals) {
    Lang lang = globals.lang;
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    if (!o.start.empty() || !o.end.empty() || !o.output.empty() || !o.edit.file.empty()) {
        tell("edit.renew-all.usage", lang);
        return kExitUsage;
    }
    Loaded loaded = load(o.paths, lang);
    // A path that is not there (a typo) or cannot be read: nothing is renewed, as nothing is known
    // of the POPs it holds.
    if (!loaded.unreadable.empty()) {
        tell("edit.renew-all.unreadable", lang, {{"files", list_arg(loaded.unreadable)}});
        return kExitUnreadable;
    }
    if (loaded.paths.empty() && loaded.broken.empty()) {
        tell("edit.renew-all.none", lang,
             {{"paths", comma_list(o.paths.empty() ? std::vector<std::string>{"."} : o.paths)}});
        return kExitUsage;
    }
    RenewalPlans plans = plan_renewals(loaded.candidates(), *today);
    std::size_t renewed = 0;
    int worst = renew_each(o, plans.renew, globals, renewed);
    return print_all_summary(o, loaded, plans, renewed, worst, lang);
}

}  // namespace pop::cli::renew

namespace pop::cli {

void add_renew(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto o = std::make_shared<renew::RenewOptions>();
    auto* cmd = app.add_subcommand("renew", render_message("cli.renew.help", lang));
    cmd->add_option("--start", o->start, render_message("cli.renew.opt.start", lang));
    cmd->add_option("--end", o->end, render_message("cli.renew.opt.end", lang));
    cmd->add_option("-o,--output", o->output, render_message("cli.renew.opt.output", lang));
    cmd->add_flag("--all", o->all, render_message("cli.renew.opt.all", lang));
    cmd->add_option(render_message("cli.arg.path", lang), o->paths, render_message("cli.renew.opt.paths", lang));
    add_edit_options(*cmd, o->edit, lang);
    cmd->callback([o, &globals, &exit_code] {
        if (!o->all && !o->paths.empty()) {
            tell("edit.renew.paths-without-all", globals.lang);
            exit_code = kExitUsage;
            return;
        }
        exit_code = o->all ? renew::run_renew_all(*o, globals) : renew::run_renew(*o, globals);
    });
}

}  // namespace pop::cli
