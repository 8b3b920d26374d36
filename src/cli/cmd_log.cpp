// `pop log [GOAL] --hours H --what TEXT [--euros E] [--date D] [--learning L] [--method M]
// [--private]`: record time and money spent (logboek), on a goal or, without GOAL, on the POP.
#include <cstdio>

#include "edit_session.h"
#include "pop/edit/log_edits.h"

namespace pop::cli::ledger {

struct LogOptions {
    EditOptions edit;
    std::string goal, date;
    NewLogEntry entry;
};

// "2 hours", "€ 395" or "6 hours and € 395", as the messages show the amounts.
std::string amount_text(const NewLogEntry& e, Lang lang) {
    std::string_view key = e.hours.empty() ? "edit.log.amount.euros"
                           : e.euros.empty() ? "edit.log.amount.hours"
                                             : "edit.log.amount.both";
    std::vector<MessageArg> args{{"hours", without_leading_zeros(e.hours)}, {"euros", without_leading_zeros(e.euros)}};
    return render_message(key, lang, args);
}

int run_log(const LogOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    Date on = s.today();
    if (!o.date.empty()) {
        auto d = date_argument("--date", o.date, s.lang());
        if (!d) return kExitUsage;
        on = *d;
    }
    std::optional<std::size_t> goal;
    if (!o.goal.empty()) {
        goal = s.goal(o.goal);
        if (!goal) return kExitUsage;
    }
    auto entry = accepted(new_log_entry(o.entry, on, s.today()), s.lang());
    if (!entry) return kExitUsage;
    NodePath path{std::string("log")};
    if (goal) path = {std::string("goals"), *goal, std::string("log")};
    if (!s.append(path, *entry)) return kExitFindings;
    std::vector<MessageArg> args{
        {"amount", amount_text(o.entry, s.lang())}, {"date", on.to_string()}, {"what", shown_value(o.entry.what)}};
    if (!goal) return s.finish("edit.log.added-pop", std::move(args));
    args.push_back({"goal", s.goal_name(*goal, o.goal)});
    return s.finish("edit.log.added", std::move(args));
}

}  // namespace pop::cli::ledger

namespace pop::cli {

void add_log(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto o = std::make_shared<ledger::LogOptions>();
    auto* cmd = app.add_subcommand("log", render_message("cli.log.help", lang));
    cmd->add_option(render_message("cli.arg.goal", lang), o->goal, render_message("cli.log.opt.goal", lang));
    cmd->add_option("--hours", o->entry.hours, render_message("cli.log.opt.hours", lang));
    cmd->add_option("--euros", o->entry.euros, render_message("cli.log.opt.euros", lang));
    cmd->add_option("--what", o->entry.what, render_message("cli.log.opt.what", lang))->required();
    cmd->add_option("--date", o->date, render_message("cli.help.date-today", lang));
    cmd->add_option("--learning", o->entry.learning, render_message("cli.log.opt.learning", lang));
    cmd->add_option("--method", o->entry.method, render_message("cli.log.opt.method", lang));
    cmd->add_flag("--private", o->entry.is_private, render_message("cli.log.opt.private", lang));
    add_edit_options(*cmd, o->edit, lang);
    cmd->callback([o, &globals, &exit_code] { exit_code = ledger::run_log(*o, globals); });
}

}  // namespace pop::cli
