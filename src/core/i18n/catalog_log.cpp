// The message catalog, part "log": the ledger (logboek) of time and money spent: its findings,
// `pop log` and its help. Keys: what.log, structure.required.either, dates.log-in-period*,
// rule.dates.log-in-period*, edit.log.*, cli.log.*. The Dutch glossary is at the top of
// catalog_rules.cpp; here also: ledger: logboek, entry of the ledger: logboekregel,
// hours spent: bestede uren, costs: kosten.
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    // ---- findings ----
    E{"what.log", "this log entry", "deze logboekregel"},
    E{"structure.required.either", "`{first}` and `{second}` are both missing; at least one of them is needed",
      "`{first}` en `{second}` ontbreken allebei; minstens één van de twee is nodig"},
    E{"structure.required.either.hint", "add `{first}:` or `{second}:` here, or both (see docs/format.md)",
      "voeg hier `{first}:` of `{second}:` toe, of allebei (zie docs/format.md)"},
    E{"dates.log-in-period", "this log entry is dated {date}, before the POP period starts ({period_start})",
      "deze logboekregel heeft als datum {date}, voor het begin van de looptijd ({period_start})"},
    E{"dates.log-in-period.hint", "check the date; time spent before this POP belongs in the previous one",
      "controleer de datum; tijd van voor dit POP hoort in het vorige POP"},
    E{"rule.dates.log-in-period",
      "An entry of a log (logboek) records time or money spent during the POP period. This entry is dated before `period.start`, so it belongs to an earlier POP, or the year is mistyped. Entries after today are `dates.future`.",
      "Een logboekregel legt tijd of geld vast dat je in de looptijd van het POP hebt besteed. Deze regel heeft een datum van voor `period.start`, dus hij hoort bij een eerder POP, of het jaartal is verkeerd getypt. Regels na vandaag zijn `dates.future`."},
    E{"rule.dates.log-in-period.hint", "Correct the date, or move the entry to the log of the previous POP.",
      "Verbeter de datum, of zet de regel in het logboek van het vorige POP."},
    // ---- pop log ----
    E{"edit.log.added", "{path}: {amount} on {date} added to the log of goal `{goal}`: {what}",
      "{path}: {amount} op {date} toegevoegd aan het logboek van doel `{goal}`: {what}"},
    E{"edit.log.added-pop", "{path}: {amount} on {date} added to the log of the POP (no goal): {what}",
      "{path}: {amount} op {date} toegevoegd aan het logboek van het POP (zonder doel): {what}"},
    E{"edit.log.amount.hours", "{hours} {hours, plural, one {hour} other {hours}}",
      "{hours} {hours, plural, one {uur} other {uur}}"},
    E{"edit.log.amount.euros", "€ {euros}", "€ {euros}"},
    E{"edit.log.amount.both", "{hours} {hours, plural, one {hour} other {hours}} and € {euros}",
      "{hours} {hours, plural, one {uur} other {uur}} en € {euros}"},
    E{"edit.log.no-amount", "give --hours, --euros or both: an entry of the log records time or money spent",
      "geef --hours, --euros of allebei: een logboekregel legt bestede tijd of kosten vast"},
    E{"edit.log.negative", "{value} is negative", "{value} is negatief"},
    E{"edit.log.negative.hint", "write what was spent, 0 or more", "schrijf op wat er besteed is: 0 of meer"},
    E{"edit.log.too-many", "{value} is more than {max} hours in one entry", "{value} is meer dan {max} uur in één regel"},
    E{"edit.log.too-many.hint", "write one entry per day, each at most {max} hours",
      "schrijf één regel per dag, elk met hoogstens {max} uur"},
    E{"edit.log.future", "{date} is after today ({today}): log time once it has been spent",
      "{date} ligt na vandaag ({today}): leg tijd vast als die besteed is"},
    E{"edit.log.future.hint", "leave out --date for today, or correct the date",
      "laat --date weg voor vandaag, of verbeter de datum"},
    // ---- help and man page ----
    E{"man.example.log.goal", "Log an hour and a half of intervision today on the goal formatief-engels:",
      "Vandaag anderhalf uur intervisie vastleggen bij het doel formatief-engels:"},
    E{"man.example.log.pop", "Log time and money spent on a book that belongs to no goal:",
      "Tijd en geld voor een boek vastleggen dat bij geen enkel doel hoort:"},
    E{"cli.log.help", "log time or money spent on a goal, or on learning without a goal (logboek)",
      "bestede tijd of kosten vastleggen bij een doel, of bij leren zonder doel (logboek)"},
    E{"cli.log.opt.goal", "id (or number) of the goal; leave out for learning that belongs to no goal",
      "code (of nummer) van het doel; laat weg voor leren dat niet bij een doel hoort"},
    E{"cli.log.opt.hours", "clock hours spent, 0 to 24 (e.g. 1.5)", "bestede klokuren, 0 tot en met 24 (bijv. 1.5)"},
    E{"cli.log.opt.euros", "euros spent, e.g. a course fee", "kosten in euro, bijv. het cursusgeld"},
    E{"cli.log.opt.what", "what you did", "wat je gedaan hebt"},
    E{"cli.log.opt.learning", "kind of learning: formal, non_formal, informal (default: the goal's)",
      "soort leren: formal, non_formal, informal (standaard: die van het doel)"},
    E{"cli.log.opt.method", "how: one of the methods, e.g. intervision, collegial_visit, course",
      "werkvorm: een van de methods, bijv. intervision, collegial_visit, course"},
    E{"cli.log.opt.private", "count it only as hours, without its text, in multi-person reports",
      "in rapporten over meer mensen alleen de uren meetellen, zonder de tekst"},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> ledger() { return kEntries; }

}  // namespace pop::catalog_parts
