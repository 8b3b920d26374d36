// The message catalog, part "sheet": `pop sheet`, one person's POP as a sheet for the next
// conversation (headings, labels, agenda lines) and its options. Keys: sheet.<name>, cli.sheet.<name>.
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    // The document.
    E{"sheet.title", "POP conversation sheet: {name}", "POP-gespreksformulier: {name}"},
    E{"sheet.heading", "Personal development plan (POP)", "Persoonlijk ontwikkelingsplan (POP)"},
    E{"sheet.made-on", "Prepared on {date}", "Opgesteld op {date}"},
    E{"sheet.confidential", "Confidential", "Vertrouwelijk"},
    E{"sheet.confidential.note",
      "This sheet contains private items (marked \"confidential\"). Share it only with the people in the conversation.",
      "Dit formulier bevat privé-onderdelen (gemarkeerd als \"vertrouwelijk\"). Deel het alleen met wie aan het gesprek meedoet."},
    E{"sheet.private-tag", "confidential", "vertrouwelijk"},
    // Header.
    E{"sheet.person.name", "Name", "Naam"},
    E{"sheet.person.role", "Role", "Functie"},
    E{"sheet.person.school", "School", "School"},
    E{"sheet.person.team", "Team", "Team"},
    E{"sheet.person.manager", "Manager", "Leidinggevende"},
    E{"sheet.person.period", "POP period", "Looptijd POP"},
    E{"sheet.period", "{start} to {end}", "{start} t/m {end}"},
    E{"sheet.days-left", "{n, plural, =0 {ends today} one {# day left} other {# days left}}",
      "{n, plural, =0 {eindigt vandaag} one {nog # dag} other {nog # dagen}}"},
    E{"sheet.days-past", "{n, plural, one {ended # day ago} other {ended # days ago}}",
      "{n, plural, one {# dag geleden afgelopen} other {# dagen geleden afgelopen}}"},
    E{"sheet.unknown", "not filled in", "niet ingevuld"},
    // Agenda.
    E{"sheet.agenda", "Agenda for the next conversation", "Agenda voor het volgende gesprek"},
    E{"sheet.next-conversation", "Next conversation: {kind} on {date}", "Volgend gesprek: {kind} op {date}"},
    E{"sheet.no-next-conversation", "No next conversation planned yet.", "Er is nog geen volgend gesprek gepland."},
    E{"sheet.changes", "Changes since the last conversation ({kind}, {date})",
      "Veranderingen sinds het vorige gesprek ({kind}, {date})"},
    E{"sheet.changes.history", "From the history (git): the POP as committed on or before {date}, compared with the file now.",
      "Uit de geschiedenis (git): het POP zoals vastgelegd op of voor {date}, vergeleken met het bestand nu."},
    E{"sheet.changes.file", "No history from then: the items in the file dated after {date}.",
      "Geen geschiedenis van toen: de onderdelen in het bestand met een datum na {date}."},
    E{"sheet.changes.none", "No changes.", "Geen veranderingen."},
    E{"sheet.no-conversation", "No conversation has been held yet: everything below is new.",
      "Er is nog geen gesprek gevoerd: alles hieronder is nieuw."},
    E{"sheet.agreements", "Agreements of the last conversation", "Afspraken uit het vorige gesprek"},
    E{"sheet.agreements.none", "No agreements were written down.", "Er zijn geen afspraken vastgelegd."},
    E{"sheet.since", "What happened since then", "Wat er sindsdien gebeurde"},
    E{"sheet.since.none", "Nothing dated since then.", "Sindsdien niets met een datum."},
    E{"sheet.activity.step", "{date}: step done for `{goal}`: {text}", "{date}: stap gedaan bij `{goal}`: {text}"},
    E{"sheet.activity.evidence", "{date}: evidence for `{goal}`: {text}", "{date}: bewijs bij `{goal}`: {text}"},
    E{"sheet.activity.log", "{date}: {hours} hours logged: {text}", "{date}: {hours} uur gelogd: {text}"},
    E{"sheet.activity.log-goal", "{date}: {hours} hours logged for `{goal}`: {text}",
      "{date}: {hours} uur gelogd bij `{goal}`: {text}"},
    E{"sheet.due", "Due soon or overdue", "Binnenkort of te laat"},
    E{"sheet.due.none", "Nothing due soon.", "Niets dat binnenkort moet."},
    E{"sheet.reminders", "Reminders", "Herinneringen"},
    E{"sheet.reminders.none", "No reminders.", "Geen herinneringen."},
    // Hours of the school year.
    E{"sheet.school-year", "Hours in school year {year}", "Uren in schooljaar {year}"},
    // Self-assessment.
    E{"sheet.assessment", "Self-assessment: {framework}", "Zelfevaluatie: {framework}"},
    E{"sheet.assessment.latest", "Latest self-assessment: {date}", "Laatste zelfevaluatie: {date}"},
    E{"sheet.assessment.previous", "compared with the one of {date}", "vergeleken met die van {date}"},
    E{"sheet.assessment.manager", "Manager's view by {name}", "Oordeel van de leidinggevende: {name}"},
    E{"sheet.assessment.none", "No self-assessment yet.", "Nog geen zelfevaluatie."},
    E{"sheet.assessment.area", "Area", "Domein"},
    E{"sheet.assessment.level", "Own view", "Eigen oordeel"},
    E{"sheet.assessment.before", "Before", "Vorige keer"},
    E{"sheet.assessment.manager-level", "Manager", "Leidinggevende"},
    E{"sheet.assessment.required", "Required", "Vereist"},
    E{"sheet.assessment.goals", "Goals", "Doelen"},
    E{"sheet.assessment.below", "below the required level", "onder het vereiste niveau"},
    E{"sheet.assessment.not-assessed", "not assessed", "niet beoordeeld"},
    // Goals.
    E{"sheet.goals", "Goals", "Doelen"},
    E{"sheet.goals.none", "No goals yet.", "Nog geen doelen."},
    E{"sheet.goal.status", "Status", "Status"},
    E{"sheet.goal.progress", "Progress", "Voortgang"},
    E{"sheet.goal.progress.value", "{done} of {total} steps done", "{done} van {total} stappen gedaan"},
    E{"sheet.goal.specific", "Specific", "Specifiek"},
    E{"sheet.goal.measurable", "Measurable", "Meetbaar"},
    E{"sheet.goal.agreed", "Agreed", "Afgesproken"},
    E{"sheet.goal.agreed.value", "{name} on {date}", "{name} op {date}"},
    E{"sheet.goal.realistic", "Realistic", "Realistisch"},
    E{"sheet.goal.time", "Time-bound", "Tijdgebonden"},
    E{"sheet.goal.inspiring", "Inspiring", "Inspirerend"},
    E{"sheet.goal.competence", "Competence area", "Bekwaamheidsdomein"},
    E{"sheet.goal.hours", "Hours", "Uren"},
    E{"sheet.goal.hours.value", "{spent} spent of {planned} planned", "{spent} besteed van {planned} gepland"},
    E{"sheet.goal.hours.unplanned", "{spent} spent (none planned)", "{spent} besteed (niets gepland)"},
    E{"sheet.goal.euros", "Budget", "Budget"},
    E{"sheet.goal.euros.value", "€ {spent} spent of € {planned}", "€ {spent} besteed van € {planned}"},
    E{"sheet.goal.steps", "Steps", "Stappen"},
    E{"sheet.goal.evidence", "Evidence", "Bewijs"},
    E{"sheet.goal.none", "none yet", "nog geen"},
    E{"sheet.step.due", "due {date}", "uiterlijk {date}"},
    E{"sheet.step.done", "done {date}", "gedaan {date}"},
    E{"sheet.step.overdue", "overdue", "te laat"},
    // Agreements and signatures.
    E{"sheet.new-agreements", "New agreements", "Nieuwe afspraken"},
    E{"sheet.signatures", "Signatures", "Handtekeningen"},
    E{"sheet.sign.employee", "Employee", "Medewerker"},
    E{"sheet.sign.manager", "Manager", "Leidinggevende"},
    E{"sheet.sign.name", "Name", "Naam"},
    E{"sheet.sign.date", "Date", "Datum"},
    E{"sheet.sign.signature", "Signature", "Handtekening"},
    // The command.
    E{"cli.sheet.help", "one person's POP as a printable sheet for the next conversation (HTML or markdown)",
      "het POP van één persoon als afdrukbaar formulier voor het volgende gesprek (HTML of markdown)"},
    E{"cli.sheet.opt.format", "output format: html (default) or markdown", "uitvoerformaat: html (standaard) of markdown"},
    E{"cli.sheet.opt.public",
      "leave out every private item (goals, steps, evidence, log entries, conversations, self-assessments)",
      "laat elk privé-onderdeel weg (doelen, stappen, bewijs, logboekregels, gesprekken, zelfevaluaties)"},
    E{"cli.sheet.opt.output", "write the sheet to this file (default: stdout)",
      "het formulier in dit bestand opslaan (standaard: op het scherm, stdout)"},
    E{"man.example.sheet", "The sheet for the next conversation, to print from the browser:",
      "Het formulier voor het volgende gesprek, om vanuit de browser af te drukken:"},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> sheet() { return kEntries; }

}  // namespace pop::catalog_parts
