// `pop sign --employee NAME | --manager NAME [--on DATE]`: sign the whole POP (sign_off).
#include <cstdio>

#include "edit_session.h"

namespace pop::cli {
namespace {

struct SignOptions {
    EditOptions edit;
    std::string employee, manager, on;
};

// Missing, or "key:" with nothing after it.
bool empty(const YamlNode* node) {
    return !node || (node->kind == NodeKind::Scalar && resolve_scalar(*node) == ScalarType::Null &&
                     node->span.start.offset == node->span.end.offset);
}

// Writes sign_off.<role> = {name, date}: the whole signature when it is missing, else its two
// values; `earlier` gets "name, date" of a signature that is replaced by another.
bool sign(EditSession& s, const std::string& role, const std::string& name, const Date& on, std::string& earlier) {
    NodePath sign_off{std::string("sign_off")};
    NodePath who{std::string("sign_off"), role};
    NewValue signature = NewValue::mapping({{"name", NewValue::text(name)}, {"date", NewValue::text(on.to_string())}});
    if (empty(s.find(sign_off))) return s.set(sign_off, NewValue::mapping({{role, signature}}));
    if (empty(s.find(who))) return s.set(who, signature);
    NodePath name_path = who, date_path = who;
    name_path.push_back(std::string("name"));
    date_path.push_back(std::string("date"));
    std::string old_name = s.scalar(name_path), old_date = s.scalar(date_path);
    if (old_name != name || old_date != on.to_string()) {
        std::string was = old_name.empty() ? old_date : old_date.empty() ? old_name : old_name + ", " + old_date;
        if (!was.empty()) earlier += (earlier.empty() ? "" : "; ") + was;
    }
    return s.set(name_path, NewValue::text(name)) && s.set(date_path, NewValue::text(on.to_string()));
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
    std::string names, earlier;
    if (!o.employee.empty()) {
        if (!sign(s, "employee", o.employee, on, earlier)) return kExitFindings;
        names = o.employee;
    }
    if (!o.manager.empty()) {
        if (!sign(s, "manager", o.manager, on, earlier)) return kExitFindings;
        names += (names.empty() ? "" : ", ") + o.manager;
    }
    // Signing again is allowed (a new period of agreement), but never silently.
    if (!earlier.empty())
        return s.finish("edit.signed.replaced", {{"names", names}, {"date", on.to_string()}, {"earlier", earlier}});
    return s.finish("edit.signed", {{"names", names}, {"date", on.to_string()}});
}

}  // namespace

void add_sign(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto o = std::make_shared<SignOptions>();
    auto* cmd = app.add_subcommand("sign", nl ? "het POP ondertekenen (sign_off) als medewerker of leidinggevende"
                                              : "sign the POP (sign_off) as the employee or the manager");
    cmd->add_option("--employee", o->employee, nl ? "naam van de medewerker" : "name of the employee");
    cmd->add_option("--manager", o->manager, nl ? "naam van de leidinggevende" : "name of the manager");
    cmd->add_option("--on", o->on, nl ? "datum, JJJJ-MM-DD (standaard vandaag)" : "date, YYYY-MM-DD (default today)");
    add_edit_options(*cmd, o->edit, nl);
    cmd->callback([o, &globals, &exit_code] { exit_code = run_sign(*o, globals); });
}

}  // namespace pop::cli
