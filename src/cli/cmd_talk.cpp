// `pop talk add --kind KIND --date DATE`: record (or plan) a conversation of the cycle, in date order.
#include <cstdio>

#include "edit_session.h"
#include "pop/edit/cycle_edits.h"

namespace pop::cli::talk {

struct TalkOptions {
    EditOptions edit;
    NewConversation talk;
};

int run_add(const TalkOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    auto talk = accepted(new_conversation(s.doc(), o.talk), s.lang());
    if (!talk) return kExitUsage;
    if (!s.insert({std::string("conversations")}, talk->index, talk->value)) return kExitFindings;
    return s.finish(s.today() < talk->date ? "edit.talk.planned" : "edit.talk.added",
                    {{"kind", "conversation." + o.talk.kind, true}, {"date", talk->date.to_string()}});
}

}  // namespace pop::cli::talk

namespace pop::cli {

void add_talk(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto* cmd = app.add_subcommand("talk", render_message("cli.talk.help", lang));
    cmd->require_subcommand(1);
    auto o = std::make_shared<talk::TalkOptions>();
    auto* a = cmd->add_subcommand("add", render_message("cli.talk.add.help", lang));
    a->add_option("--kind", o->talk.kind, render_message("cli.talk.add.opt.kind", lang))->required();
    a->add_option("--date", o->talk.date, render_message("cli.talk.add.opt.date", lang))->required();
    a->add_option("--with", o->talk.with, render_message("cli.talk.add.opt.with", lang));
    a->add_option("--agreements", o->talk.agreements, render_message("cli.talk.add.opt.agreements", lang));
    a->add_option("--notes", o->talk.notes, render_message("cli.talk.add.opt.notes", lang));
    a->add_flag("--private", o->talk.is_private, render_message("cli.talk.add.opt.private", lang));
    add_edit_options(*a, o->edit, lang);
    a->callback([o, &globals, &exit_code] { exit_code = talk::run_add(*o, globals); });
}

}  // namespace pop::cli
