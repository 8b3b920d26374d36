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
    bool nl = globals.lang == Lang::Nl;
    auto* cmd = app.add_subcommand("talk", nl ? "een gesprek van de cyclus vastleggen of plannen (add)"
                                              : "record or plan a conversation of the cycle (add)");
    cmd->require_subcommand(1);
    auto o = std::make_shared<talk::TalkOptions>();
    auto* a = cmd->add_subcommand("add", nl ? "een gesprek toevoegen (een datum na vandaag: gepland)"
                                            : "add a conversation (a date after today: planned)");
    a->add_option(
         "--kind", o->talk.kind,
         nl ? "start, progress, performance of appraisal (start-, voortgangs-, functionerings-, beoordelingsgesprek)"
            : "start, progress, performance or appraisal")
        ->required();
    a->add_option("--date", o->talk.date, nl ? "datum, JJJJ-MM-DD" : "date, YYYY-MM-DD")->required();
    a->add_option("--with", o->talk.with, nl ? "met wie" : "with whom");
    a->add_option("--agreements", o->talk.agreements, nl ? "de afspraken" : "what was agreed");
    a->add_option("--notes", o->talk.notes,
                  nl ? "aantekeningen (nooit in rapporten over meer mensen)" : "notes (never in multi-person reports)");
    a->add_flag(
        "--private", o->talk.is_private,
        nl ? "het gesprek blijft uit rapporten over meer mensen" : "keep the conversation out of multi-person reports");
    add_edit_options(*a, o->edit, nl);
    a->callback([o, &globals, &exit_code] { exit_code = talk::run_add(*o, globals); });
}

}  // namespace pop::cli
