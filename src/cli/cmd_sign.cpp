// `pop sign --employee NAME | --manager NAME [--on DATE]`: sign the whole POP (sign_off).
#include <cstdio>

#include "edit_session.h"
#include "pop/edit/cycle_edits.h"
#include "pop/i18n/messages.h"

namespace pop::cli::sign {

struct SignOptions {
    EditOptions edit;
    std::string employee, manager, on;
};

// Signs as `role`; `earlier` gets "name, date" of a signature that is replaced by another.
bool sign_as(EditSession& s, const std::string& role, const std::string& name, const Date& on, std::string& earlier) {
    SignOffEdits edits = sign_off_edits(s.doc(), role, name, on);
    if (!edits.replaced.empty()) earlier += (earlier.empty() ? "" : "; ") + edits.replaced;
    return s.set_all(edits.sets);
}

int run_sign(const SignOptions& o, const Globals& globals) {
    if (o.employee.empty() && o.manager.empty()) {
        tell("edit.sign.who", globals.lang);
        return kExitUsage;
    }
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    Date on = s.today();
    if (!o.on.empty()) {
        auto d = date_argument("--on", o.on, s.lang());
        if (!d) return kExitUsage;
        on = *d;
    }
    std::vector<std::string> signers;
    std::string earlier;
    if (!o.employee.empty()) {
        if (!sign_as(s, "employee", o.employee, on, earlier)) return kExitFindings;
        signers.push_back(o.employee);
    }
    if (!o.manager.empty()) {
        if (!sign_as(s, "manager", o.manager, on, earlier)) return kExitFindings;
        signers.push_back(o.manager);
    }
    std::string names = list_arg(signers);
    // Signing again is allowed (a new period of agreement), but never silently.
    if (!earlier.empty())
        return s.finish("edit.signed.replaced", {{"names", names}, {"date", on.to_string()}, {"earlier", earlier}});
    return s.finish("edit.signed", {{"names", names}, {"date", on.to_string()}});
}

}  // namespace pop::cli::sign

namespace pop::cli {

void add_sign(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto o = std::make_shared<sign::SignOptions>();
    auto* cmd = app.add_subcommand("sign", render_message("cli.sign.help", lang));
    cmd->add_option("--employee", o->employee, render_message("cli.sign.opt.employee", lang));
    cmd->add_option("--manager", o->manager, render_message("cli.help.manager", lang));
    cmd->add_option("--on", o->on, render_message("cli.help.date-today", lang));
    add_edit_options(*cmd, o->edit, lang);
    cmd->callback([o, &globals, &exit_code] { exit_code = sign::run_sign(*o, globals); });
}

}  // namespace pop::cli
