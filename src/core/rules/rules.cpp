#include "pop/rules/rules.h"

#include <algorithm>
#include <array>

namespace pop {
namespace {

using enum Severity;
using enum RuleGroup;

constexpr std::array kRules{
    Rule{"complete.conversation", Error, Completeness,
         "policy: no conversation of the cycle within conversation_months",
         "beleid: geen gesprek uit de cyclus binnen conversation_months"},
    Rule{"complete.goal", Error, Completeness, "policy: the current POP has no goal that runs today",
         "beleid: het lopende POP heeft geen doel dat vandaag loopt"},
    Rule{"complete.sign-off", Error, Completeness, "policy: the current POP is not signed by both",
         "beleid: het lopende POP is niet door beiden ondertekend"},
    Rule{"dates.format", Error, Dates, "a date is not written as YYYY-MM-DD",
         "een datum staat niet in de vorm JJJJ-MM-DD"},
    Rule{"dates.future", Warning, Dates,
         "something is recorded as done, signed or shown on a date after today",
         "iets staat als gedaan, getekend of aangetoond op een datum na vandaag"},
    Rule{"dates.goal-in-period", Warning, Dates, "a goal starts before the POP period, or ends after it while the period runs",
         "een doel begint voor de looptijd van het POP, of eindigt erna terwijl die loopt"},
    Rule{"dates.invalid", Error, Dates, "a date does not exist in the calendar (e.g. 2025-02-30)",
         "een datum bestaat niet in de kalender (bijv. 2025-02-30)"},
    Rule{"dates.order", Error, Dates, "an end date lies before its start date",
         "een einddatum ligt voor de bijbehorende startdatum"},
    Rule{"dates.step-in-goal", Warning, Dates, "a step is due or done outside its goal's dates",
         "een stap valt buiten de start- en einddatum van zijn doel"},
    Rule{"history.stale", Warning, History,
         "with --history: the POP has not changed in git for longer than stale_months",
         "met --history: het POP is in git langer dan stale_months niet veranderd"},
    Rule{"input.encoding", Error, Input, "the file is not UTF-8 text (bad byte, NUL, stray BOM)",
         "het bestand is geen UTF-8-tekst (ongeldige byte, NUL, losse BOM)"},
    Rule{"input.leftover-temp", Warning, Input, "a temporary file of an interrupted pop edit lies beside the POP",
         "naast het POP staat een tijdelijk bestand van een afgebroken pop-wijziging"},
    Rule{"input.size", Error, Input, "the file is too large to be a POP",
         "het bestand is te groot voor een POP"},
    Rule{"input.unreadable", Error, Input, "the file cannot be read",
         "het bestand kan niet gelezen worden"},
    Rule{"links.person", Warning, Links, "the person's id is not on the roster",
         "de code van de medewerker staat niet op de personeelslijst"},
    Rule{"links.school-goal", Error, Links, "a goal links to a school goal that does not exist",
         "een doel verwijst naar een schooldoel dat niet bestaat"},
    Rule{"reminder.conversation-due", Warning, Reminder,
         "a conversation of the cycle is due soon or overdue (conversation_months)",
         "een gesprek uit de cyclus moet binnenkort of had al gevoerd moeten zijn (conversation_months)"},
    Rule{"reminder.goal-inactive", Warning, Reminder, "a running goal shows no activity for inactivity_months",
         "een lopend doel laat al inactivity_months geen activiteit zien"},
    Rule{"reminder.goal-overdue", Warning, Reminder, "a goal is past its end date and neither achieved nor dropped",
         "een doel is over de einddatum en niet behaald of gestopt"},
    Rule{"reminder.period-ended", Warning, Reminder, "the POP period has ended",
         "de looptijd van het POP is voorbij"},
    Rule{"reminder.period-ending", Warning, Reminder, "the POP period ends within period_end_days",
         "de looptijd van het POP eindigt binnen period_end_days"},
    Rule{"reminder.renewal", Warning, Reminder, "the POP is older than the renewal cadence (renewal_years)",
         "het POP is ouder dan de vernieuwingstermijn (renewal_years)"},
    Rule{"reminder.step-due", Warning, Reminder, "a step is due within step_due_days",
         "een stap moet binnen step_due_days af"},
    Rule{"reminder.step-overdue", Warning, Reminder, "a step is past its due date and not done",
         "een stap is over de datum en niet gedaan"},
    Rule{"roster.duplicate-pop", Error, Completeness, "a person has more than one current POP",
         "een medewerker heeft meer dan een lopend POP"},
    Rule{"roster.missing-pop", Error, Completeness, "an active staff member has no current POP",
         "een medewerker in dienst heeft geen lopend POP"},
    Rule{"smarti.agreed", Warning, Smarti,
         "Acceptabel: the goal is not agreed (no `agreed`, POP not signed by both)",
         "Acceptabel: het doel is niet afgesproken (geen `agreed`, POP niet door beiden getekend)"},
    Rule{"smarti.inspiring", Warning, Smarti, "Inspirerend: the goal has no personal motivation",
         "Inspirerend: het doel heeft geen persoonlijke motivatie"},
    Rule{"smarti.measurable", Error, Smarti, "Meetbaar: the goal has no success criterion",
         "Meetbaar: het doel heeft geen succescriterium"},
    Rule{"smarti.measurable-concrete", Warning, Smarti,
         "Meetbaar: the success criterion names no number",
         "Meetbaar: het succescriterium noemt geen aantal"},
    Rule{"smarti.realistic", Warning, Smarti,
         "Realistisch: no hours planned, or the goal runs longer than the policy allows",
         "Realistisch: geen uren gepland, of het doel duurt langer dan het beleid toestaat"},
    Rule{"smarti.realistic-hours", Warning, Smarti,
         "Realistisch: hours planned per year exceed the yearly allowance",
         "Realistisch: de geplande uren per jaar zijn meer dan het jaarlijkse budget"},
    Rule{"smarti.specific", Warning, Smarti,
         "Specifiek: the description is missing, too short or only vague words",
         "Specifiek: de omschrijving ontbreekt, is te kort of bestaat uit vage woorden"},
    Rule{"smarti.time-bound", Error, Smarti, "Tijdgebonden: the goal lacks a start or end date",
         "Tijdgebonden: het doel mist een start- of einddatum"},
    Rule{"structure.duplicate-id", Error, Structure, "two items in one list have the same id",
         "twee onderdelen in een lijst hebben dezelfde code"},
    Rule{"structure.empty", Error, Structure, "a text field is empty",
         "een tekstveld is leeg"},
    Rule{"structure.enum", Error, Structure, "a value is not one of the allowed values",
         "een waarde is niet een van de toegestane waarden"},
    Rule{"structure.id", Error, Structure, "an id contains spaces or other characters not allowed",
         "een code bevat spaties of andere tekens die niet mogen"},
    Rule{"structure.no-goals", Warning, Structure, "the POP has no goals yet",
         "het POP heeft nog geen doelen"},
    Rule{"structure.required", Error, Structure, "a required field is missing",
         "een verplicht veld ontbreekt"},
    Rule{"structure.type", Error, Structure, "a value has the wrong type",
         "een waarde heeft het verkeerde type"},
    Rule{"structure.unknown-key", Error, Structure, "a key is not part of the format",
         "een sleutel hoort niet bij het formaat"},
    Rule{"structure.version", Error, Structure, "format_version is not a version pop knows",
         "format_version is geen versie die pop kent"},
    Rule{"yaml.anchor", Error, Yaml, "anchors and aliases (&x, *x) are not allowed",
         "ankers en verwijzingen (&x, *x) zijn niet toegestaan"},
    Rule{"yaml.complex-key", Error, Yaml, "a key is a list or mapping instead of text",
         "een sleutel is een lijst of mapping in plaats van tekst"},
    Rule{"yaml.depth", Error, Yaml, "lists and mappings are nested too deeply",
         "lijsten en mappings zijn te diep genest"},
    Rule{"yaml.documents", Error, Yaml, "the file holds more than one YAML document",
         "het bestand bevat meer dan een YAML-document"},
    Rule{"yaml.duplicate-key", Error, Yaml, "a key appears twice in the same mapping",
         "een sleutel komt twee keer voor in dezelfde mapping"},
    Rule{"yaml.syntax", Error, Yaml, "the file is not valid YAML",
         "het bestand is geen geldige YAML"},
    Rule{"yaml.tab", Error, Yaml, "a tab is used for indentation",
         "er wordt met een tab ingesprongen"},
    Rule{"yaml.tag", Error, Yaml, "YAML tags (!!str, !x) are not allowed",
         "YAML-tags (!!str, !x) zijn niet toegestaan"},
    Rule{"yaml.unclosed-quote", Error, Yaml, "a quoted text is never closed",
         "een tekst tussen aanhalingstekens wordt nergens afgesloten"},
};

constexpr bool sorted_and_unique() {
    for (std::size_t i = 1; i < kRules.size(); ++i)
        if (!(kRules[i - 1].id < kRules[i].id)) return false;
    return true;
}
static_assert(sorted_and_unique(), "kRules must be sorted by id without duplicates");

}  // namespace

std::span<const Rule> all_rules() { return kRules; }

const Rule* find_rule(std::string_view id) {
    auto it = std::lower_bound(kRules.begin(), kRules.end(), id,
                               [](const Rule& r, std::string_view v) { return r.id < v; });
    return (it != kRules.end() && it->id == id) ? &*it : nullptr;
}

Severity severity_of(std::string_view rule_id) {
    const Rule* rule = find_rule(rule_id);
    return rule ? rule->severity : Severity::Error;
}

bool describes_the_cycle(std::string_view rule_id) {
    const Rule* rule = find_rule(rule_id);
    return rule && (rule->group == Completeness || rule->group == Reminder || rule->group == History);
}

}  // namespace pop
