// `pop renew`: a new POP period from the current one. What is carried over and how the new file
// is written is the core's renew_pop (include/pop/new_pop.h): unfinished goals are carried over
// (byte for byte from a block-style file, rewritten in block style from a flow or JSON one),
// achieved and stopped ones are summarised in a comment, conversations and sign-offs stay behind.
// The old file is never renamed: it stays as the record of its period (and git keeps its history); when the new period starts before the old one ends, the old one is made to end the
// day before, so that there is never more than one current POP for a person.
#include <cstdio>
#include <filesystem>

#include "edit_session.h"
#include "pop/checklist.h"
#include "pop/check_file.h"
#include "pop/new_pop.h"
#include "pop/rules.h"
#include "save.h"

namespace pop::cli {
namespace {

namespace fs = std::filesystem;

struct RenewOptions {
    EditOptions edit;
    std::string start, end, output;
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
    print_checklist(output, text, after_new, s.today(), globals);
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
