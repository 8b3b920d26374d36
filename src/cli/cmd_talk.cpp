// `pop talk add --kind KIND --date DATE`: record (or plan) a conversation of the cycle, in date order.
#include <cstdio>

#include "edit_session.h"

namespace pop::cli {
namespace {

struct TalkOptions {
    EditOptions edit;
    std::string kind, date, with, agreements, notes;
    bool is_private = false;
};

int run_add(const TalkOptions& o, const Globals& globals) {
    int code = kExitClean;
    auto session = EditSession::open(o.edit, globals, code);
    if (!session) return code;
    EditSession& s = *session;
    const ObjectSpec& talk = *find_field(spec_for(FileKind::Pop), "conversations")->type.object;
    if (!choice_argument("--kind", o.kind, find_field(talk, "kind")->type.choices, s.lang())) return kExitUsage;
    auto date = date_argument("--date", o.date, s.lang());
    if (!date) return kExitUsage;
    std::vector<std::pair<std::string, NewValue>> fields{{"kind", NewValue::text(o.kind)},
                                                         {"date", NewValue::text(date->to_string())}};
    if (!o.with.empty()) fields.emplace_back("with", NewValue::text(o.with));
    if (!o.agreements.empty()) fields.emplace_back("agreements", NewValue::text(o.agreements));
    if (!o.notes.empty()) fields.emplace_back("notes", NewValue::text(o.notes));
    if (o.is_private) fields.emplace_back("private", NewValue::plain("true"));
    // In date order: before the first conversation that is later (a planned one, say).
    std::size_t at = conversation_position(build_pop(s.doc()), *date);
    if (!s.insert({std::string("conversations")}, at, NewValue::mapping(std::move(fields)))) return kExitFindings;
    return s.finish(s.today() < *date ? "edit.talk.planned" : "edit.talk.added",
                    {{"kind", "conversation." + o.kind, true}, {"date", date->to_string()}});
}

}  // namespace

void add_talk(CLI::App& app, Globals& globals, int& exit_code) {
    bool nl = globals.lang == Lang::Nl;
    auto* talk = app.add_subcommand("talk", nl ? "een gesprek van de cyclus vastleggen of plannen (add)"
                                               : "record or plan a conversation of the cycle (add)");
    talk->require_subcommand(1);
    auto o = std::make_shared<TalkOptions>();
    auto* a = talk->add_subcommand("add", nl ? "een gesprek toevoegen (een datum na vandaag: gepland)"
                                             : "add a conversation (a date after today: planned)");
    a->add_option(
         "--kind", o->kind,
         nl ? "start, progress, performance of appraisal (start-, voortgangs-, functionerings-, beoordelingsgesprek)"
            : "start, progress, performance or appraisal")
        ->required();
    a->add_option("--date", o->date, nl ? "datum, JJJJ-MM-DD" : "date, YYYY-MM-DD")->required();
    a->add_option("--with", o->with, nl ? "met wie" : "with whom");
    a->add_option("--agreements", o->agreements, nl ? "de afspraken" : "what was agreed");
    a->add_option("--notes", o->notes,
                  nl ? "aantekeningen (nooit in rapporten over meer mensen)" : "notes (never in multi-person reports)");
    a->add_flag(
        "--private", o->is_private,
        nl ? "het gesprek blijft uit rapporten over meer mensen" : "keep the conversation out of multi-person reports");
    add_edit_options(*a, o->edit, nl);
    a->callback([o, &globals, &exit_code] { exit_code = run_add(*o, globals); });
}

}  // namespace pop::cli
