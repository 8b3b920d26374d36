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
#include "pop/reports/checklist.h"
#include "pop/workspace/check_file.h"
#include "pop/edit/new_pop.h"
#include "pop/rules/rules.h"
#include "inputs.h"
#include "platform/save.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

struct RenewOptions {
    EditOptions edit;
    std::string start, end, output;
    bool all = false;                // --all: every POP in the paths that is due
    bool in_batch = false;           // one of --all's: the commit hint comes once, at the end
    std::vector<std::string> paths;  // with --all (default ".")
};

int run_renew(const RenewOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    Lang lang = s.lang();
    Pop old = build_pop(s.doc());

    // 1. The new period: --start, or the day after the old one ends; --end, or the policy's
    //    renewal_years later, minus a day.
    std::optional<Date> old_end = old.period_end ? std::optional<Date>(old.period_end->value) : std::nullopt;
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
    std::string old_name = fs::path(s.path()).filename().string();
    std::string output = o.output.empty()
                             ? (fs::path(s.path()).parent_path() / renewed_file_name(old, old_name, start)).string()
                             : o.output;
    if (kind_from_filename(fs::path(output).filename().string()) != FileKind::Pop) {
        tell("edit.init.bad-name", lang, {{"path", output}});
        return kExitUsage;
    }
    std::error_code ec;
    if (fs::exists(fs::symlink_status(output, ec))) return report_save_error("save.exists", output, "", lang);

    // 3. The new file, built and read back by the core.
    bool schema_found = false;
    RenewalInput input{s.bytes(), &s.doc(), old_name, start, end, s.today(), schema_reference(output, schema_found), lang};
    auto renewed = renew_pop(input);
    if (const auto* error = std::get_if<EditError>(&renewed)) {
        tell("edit.cannot", lang, {{"path", output}, {"problem", render_message(error->message_key, lang)}});
        return kExitFindings;
    }
    const RenewedPop& made = std::get<RenewedPop>(renewed);
    const std::string& text = made.text;

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
    std::vector<Finding> new_errors = blocking_errors(s.findings_before(), after_new);
    if (!new_errors.empty()) {
        print_refusal(output, new_errors, globals);
        return kExitFindings;
    }
    std::vector<Finding> after_old = check_file(s.bytes(), FileKind::Pop, s.repo().context(s.today()));
    std::vector<Finding> old_errors = blocking_errors(s.findings_before(), after_old);
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
    const std::vector<std::string>& carried = made.carried_ids;
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
               off_checklist(added_findings(s.findings_before(), after_new, Severity::Warning)), globals);
    auto each = [&](const std::vector<std::string>& ids, const char* key) {
        for (const std::string& id : ids)
            print_done(output, key, {{"goal", id}, {"end", end.to_string()}}, {}, globals);
    };
    each(made.cut_ids, "edit.renew.cut");
    each(made.undated_ids, "edit.renew.undated");
    if (!made.ended_ids.empty()) {
        std::string ended;
        for (const std::string& id : made.ended_ids) ended += (ended.empty() ? "" : ", ") + id;
        print_done(output, "edit.renew.ended-goals",
                   {{"start", start.to_string()}, {"end", end.to_string()}, {"goals", ended}}, {}, globals);
    }
    if (shortened)
        print_done(s.path(), "edit.renew.shortened", {{"date", start.plus_days(-1).to_string()}},
                   added_findings(s.findings_before(), after_old, Severity::Warning), globals);
    // What is still to do as of the day the new period starts (a renewal before it starts, as
    // --all makes them, would otherwise not show the signatures and the start conversation).
    Date as_of = std::max(s.today(), start);
    print_checklist(output, text, as_of == s.today() ? after_new : check_file(text, FileKind::Pop, repo.context(as_of)),
                    as_of, globals);
    if (!o.in_batch) print_done(output, "edit.renew.commit", {{"old", s.path()}}, {}, globals);
    return kExitClean;
}

// `pop renew --all [PATH...]`: every person's latest POP whose period has ended or ends within
// the policy's period_end_days is renewed as `pop renew` renews one; one summary at the end.
int run_renew_all(const RenewOptions& o, const Globals& globals) {
    Lang lang = globals.lang;
    if (!resolve_today(globals)) return kExitUsage;
    if (!o.start.empty() || !o.end.empty() || !o.output.empty() || !o.edit.file.empty()) {
        tell("edit.renew-all.usage", lang);
        return kExitUsage;
    }
    std::vector<Input> unreadable_dirs;
    std::vector<Input> inputs = collect_inputs(o.paths, unreadable_dirs, {.lang = lang});
    // The models must outlive the candidates that point at them.
    std::vector<std::string> paths, unreadable, broken;
    std::vector<Pop> pops;
    std::vector<RepoFiles> repos;
    for (const Input& in : unreadable_dirs) unreadable.push_back(in.path);
    for (const Input& in : inputs) {
        if (in.kind != FileKind::Pop) continue;
        FileBytes read = read_file(in.path, ReadLimits{}.max_bytes);
        if (read.error) {
            unreadable.push_back(in.path);
            continue;
        }
        ReadResult tree = read_yaml(read.bytes);
        if (tree.fatal || tree.doc.empty() || tree.doc.root().kind != NodeKind::Mapping) {
            broken.push_back(in.path);  // not renewed: `pop check` says why
            continue;
        }
        paths.push_back(in.path);
        pops.push_back(build_pop(tree.doc));
        repos.push_back(load_repo_files(in.path));
    }
    auto joined = [](const std::vector<std::string>& list) {
        std::string out;
        for (const std::string& item : list) out += (out.empty() ? "" : ", ") + item;
        return out;
    };
    // A path that is not there (a typo) or cannot be read: nothing is renewed, as nothing is known
    // of the POPs it holds.
    if (!unreadable.empty()) {
        tell("edit.renew-all.unreadable", lang, {{"files", joined(unreadable)}});
        return kExitUnreadable;
    }
    if (paths.empty() && broken.empty()) {
        std::string where;
        for (const std::string& p : o.paths.empty() ? std::vector<std::string>{"."} : o.paths)
            where += (where.empty() ? "" : ", ") + p;
        tell("edit.renew-all.none", lang, {{"paths", where}});
        return kExitUsage;
    }
    std::vector<RenewalCandidate> candidates;
    for (std::size_t i = 0; i < paths.size(); ++i)
        candidates.push_back({paths[i], &pops[i], &repos[i].policy, repos[i].roster ? &*repos[i].roster : nullptr});
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    RenewalPlans plans = plan_renewals(candidates, *today);
    int worst = kExitClean;
    std::size_t renewed = 0;
    for (const RenewalPlan& plan : plans.renew) {
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
    std::vector<std::string> inactive, not_due, no_period;
    for (const SkippedRenewal& skip : plans.skipped) {
        std::string who = skip.person.empty() ? skip.path : skip.person;
        if (skip.why == RenewalSkip::Inactive) inactive.push_back(who);
        else if (skip.why == RenewalSkip::NotDue) not_due.push_back(who);
        else if (skip.why == RenewalSkip::NoPeriod) no_period.push_back(skip.path);
    }
    auto say = [&](const char* key, std::vector<MessageArg> args) {
        std::printf("%s\n", render_message(key, lang, args).c_str());
    };
    say(o.edit.dry_run ? "edit.renew-all.summary.dry-run" : "edit.renew-all.summary",
        {{"renewed", std::to_string(renewed)},
         {"failed", std::to_string(plans.renew.size() - renewed)},
         {"not_due", std::to_string(not_due.size())}});
    if (!broken.empty()) {
        say("edit.renew-all.broken", {{"files", joined(broken)}});
        worst = std::max(worst, static_cast<int>(kExitFindings));
    }
    if (!inactive.empty()) say("edit.renew-all.inactive", {{"people", joined(inactive)}});
    if (!no_period.empty()) say("edit.renew-all.no-period", {{"files", joined(no_period)}});
    if (renewed > 0 && !o.edit.dry_run) {
        std::string where;
        for (const std::string& p : o.paths.empty() ? std::vector<std::string>{"."} : o.paths)
            where += (where.empty() ? "" : " ") + shell_word(p);
        say("edit.renew-all.commit", {{"paths", where}});
    }
    return worst;
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
    cmd->add_flag("--all", o->all,
                  nl ? "elk POP in de mappen vernieuwen waarvan de periode voorbij is of binnenkort eindigt"
                     : "renew every POP in the folders whose period has ended or ends soon");
    cmd->add_option("paths", o->paths,
                    nl ? "met --all: de mappen of bestanden (standaard: deze map)"
                       : "with --all: the folders or files (default: this folder)");
    add_edit_options(*cmd, o->edit, nl);
    cmd->callback([o, &globals, &exit_code] {
        if (!o->all && !o->paths.empty()) {
            tell("edit.renew.paths-without-all", globals.lang);
            exit_code = kExitUsage;
            return;
        }
        exit_code = o->all ? run_renew_all(*o, globals) : run_renew(*o, globals);
    });
}

}  // namespace pop::cli
