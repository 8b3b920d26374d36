// The message catalog, part "help": the help texts of the commands and their options.
// Keys: cli.<command>[.<subcommand>].help is a command's one-line description,
// cli.<command>[.<subcommand>].opt.<option> the help of one of its options or arguments,
// cli.help.<name> a text several commands share, cli.arg.<name> the name of a positional argument
// as help and error messages show it (uppercase, one word: CLI11 takes it as the argument's name).
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    // ---- options several commands share ----
    E{"cli.help.excel", "csv for Excel: UTF-8 with a BOM, ; as separator, column names in the chosen language",
      "csv voor Excel: UTF-8 met BOM, ; als scheidingsteken, kolomnamen in de gekozen taal"},
    E{"cli.help.partial", "write even when files are missing, saying which at the top (exit code 3)",
      "ook schrijven als er bestanden ontbreken, met bovenaan welke (exitcode 3)"},
    E{"cli.help.partial-calendar", "write even when files are missing, naming them in the calendar (exit code 3)",
      "ook schrijven als er bestanden ontbreken, met in de agenda welke (exitcode 3)"},
    E{"cli.help.width", "text width (0: no limit; default the terminal's, no limit in a file)",
      "breedte van de tekst (0: geen grens; standaard die van de terminal, geen grens in een bestand)"},
    E{"cli.help.paths", "POP files or folders (default: this folder)",
      "POP-bestanden of mappen (standaard: deze map)"},
    E{"cli.help.pop-here", "the POP file (default: the only *.pop.yaml in this folder)",
      "het POP-bestand (standaard: het enige *.pop.yaml-bestand in deze map)"},
    E{"cli.help.pop-file", "the POP file (default: the POP in this folder)",
      "het POP-bestand (standaard: het POP in deze map)"},
    E{"cli.help.dry-run", "show the change as a unified diff; write nothing",
      "alleen laten zien wat er verandert (als unified diff); er wordt niets opgeslagen"},
    E{"cli.help.force", "also edit a read-only POP, a hard-linked POP, or one whose owner cannot be kept",
      "ook wijzigen als het POP alleen-lezen is, harde links heeft of van iemand anders is"},
    E{"cli.help.format-text-json", "output: text or json", "soort uitvoer: text of json"},
    E{"cli.help.goal", "id (or number) of the goal", "code (of nummer) van het doel"},
    E{"cli.help.step", "the step: its id, its number (1 = the first) or a unique part of its text",
      "de stap: de code, het nummer (1 = de eerste) of een stukje tekst dat alleen in die stap staat"},
    E{"cli.help.date-today", "date, YYYY-MM-DD (default: today)", "datum, JJJJ-MM-DD (standaard: vandaag)"},
    E{"cli.help.manager", "name of the manager", "naam van de leidinggevende"},

    // ---- names of the arguments without an option name (positionals) ----
    E{"cli.arg.field", "FIELD", "VELD"},
    E{"cli.arg.file", "FILE", "BESTAND"},
    E{"cli.arg.goal", "GOAL", "DOEL"},
    E{"cli.arg.kind", "KIND", "SOORT"},
    E{"cli.arg.number", "NUMBER", "NUMMER"},
    E{"cli.arg.path", "PATH", "PAD"},
    E{"cli.arg.rev", "REVISION", "REVISIE"},
    E{"cli.arg.status", "STATUS", "STATUS"},
    E{"cli.arg.step", "STEP", "STAP"},
    E{"cli.arg.value", "VALUE", "WAARDE"},

    // ---- pop calendar ----
    E{"cli.calendar.help", "everything due as a calendar (iCalendar, .ics) to import",
      "alles wat moet gebeuren, als agendabestand (iCalendar, .ics) om in je agenda te importeren"},
    E{"cli.calendar.opt.output", "write the calendar to this file (default: stdout)",
      "de agenda in dit bestand opslaan (standaard: op het scherm, stdout)"},

    // ---- pop lsp ----
    E{"cli.lsp.help", "a language server for editors: pop check's findings while you type (LSP over stdin/stdout)",
      "een taalserver voor editors: de bevindingen van pop check terwijl je typt (LSP via stdin/stdout)"},

    // ---- pop check ----
    E{"cli.check.help", "check POP files (SMARTI, dates, structure)",
      "POP-bestanden controleren (SMARTI, datums, structuur)"},
    E{"cli.check.opt.paths", "files or folders (folders are searched for *.pop.yaml); default: this folder",
      "bestanden of mappen (in een map zoekt pop naar *.pop.yaml); standaard: deze map"},
    E{"cli.check.opt.stdin-filename",
      "read the file from standard input (path -) as if it were FILE: its name says what kind of file it is, its folder which policy, roster and school goals apply",
      "lees het bestand van standaardinvoer (pad -) alsof het BESTAND is: de naam zegt wat voor bestand het is, de map welk beleid, rooster en welke schooldoelen gelden"},
    E{"cli.check.opt.strict", "warnings fail too (exit code 1)",
      "ook waarschuwingen tellen als mislukt (exitcode 1)"},
    E{"cli.check.opt.list", "list all rules", "alle regels tonen"},
    E{"cli.check.opt.policy", "policy file (default: pop-policy.yaml found above)",
      "beleidsbestand (standaard: pop-policy.yaml in deze map of een map erboven)"},
    E{"cli.check.opt.roster", "roster file (default: pop-roster.yaml found above)",
      "personeelslijst (standaard: pop-roster.yaml in deze map of een map erboven)"},
    E{"cli.check.opt.school-goals", "school goals file (default: pop-school-goals.yaml found above)",
      "schooldoelen (standaard: pop-school-goals.yaml in deze map of een map erboven)"},
    E{"cli.check.opt.reminders", "also the reminders (reminder.*): what is overdue or due soon",
      "ook de herinneringen (reminder.*): wat te laat is of binnenkort moet gebeuren"},
    E{"cli.check.opt.history", "also look at git history: a POP nobody changed for long (history.stale)",
      "ook naar de git-geschiedenis kijken: een POP dat lang niet is veranderd (history.stale)"},
    E{"cli.check.opt.changed-since", "only POPs changed since this git revision (plus the completeness rules)",
      "alleen POP's die sinds deze git-revisie zijn veranderd (plus de regels over volledigheid)"},
    E{"cli.check.opt.jobs", "threads to use (default: all cores)",
      "aantal threads (standaard: één per processorkern)"},

    // ---- pop diff ----
    E{"cli.diff.help", "what changed in a POP since a revision or a date",
      "wat er in een POP is veranderd sinds een git-revisie of een datum"},
    E{"cli.diff.opt.rev", "git revision, or a date YYYY-MM-DD", "git-revisie, of een datum JJJJ-MM-DD"},

    // ---- pop due ----
    E{"cli.due.help", "everything due soon or overdue, by date",
      "alles wat binnenkort moet gebeuren of te laat is, op datum"},
    E{"cli.due.opt.within", "how many days ahead, e.g. 14d (default 30d)",
      "hoeveel dagen vooruit, bijv. 14d (standaard 30d)"},

    // ---- pop evidence ----
    E{"cli.evidence.help", "add evidence to a goal or remove it (add, remove)",
      "bewijs bij een doel toevoegen of weghalen (add, remove)"},
    E{"cli.evidence.add.help", "add evidence to a goal", "bewijs bij een doel toevoegen"},
    E{"cli.evidence.add.opt.what", "what the evidence is", "wat het bewijs is"},
    E{"cli.evidence.add.opt.link", "a web address", "een webadres"},
    E{"cli.evidence.add.opt.file", "a file in the repository (path from this folder or from the repository root)",
      "een bestand in de repository (het pad vanaf deze map of vanaf de hoofdmap van de repository)"},
    E{"cli.evidence.add.opt.private", "keep the evidence out of multi-person reports",
      "het bewijs niet opnemen in rapporten over meer mensen"},
    E{"cli.evidence.remove.help", "remove evidence from a goal", "bewijs bij een doel weghalen"},
    E{"cli.evidence.remove.opt.number", "which evidence: 1 = the first", "welk bewijs: 1 = het eerste"},

    // ---- pop goal ----
    E{"cli.goal.help", "add a goal or change one (add, set, status)",
      "een doel toevoegen of aanpassen (add, set, status)"},
    E{"cli.goal.add.help", "add a SMARTI goal", "een SMARTI-doel toevoegen"},
    E{"cli.goal.add.opt.id", "id of the goal, unique in the POP", "code van het doel, uniek binnen het POP"},
    E{"cli.goal.add.opt.title", "short title", "korte titel"},
    E{"cli.goal.add.opt.specific", "S: what exactly, in which class or context",
      "S: wat je precies doet, in welke klas of context"},
    E{"cli.goal.add.opt.measurable", "M: success criterion (required)",
      "M: succescriterium, waaraan je ziet dat het doel bereikt is (verplicht)"},
    E{"cli.goal.add.opt.agreed-by", "A: who agreed to the goal", "A: met wie het doel is afgesproken"},
    E{"cli.goal.add.opt.agreed-on", "A: when, YYYY-MM-DD (default: today)",
      "A: wanneer het is afgesproken, JJJJ-MM-DD (standaard: vandaag)"},
    E{"cli.goal.add.opt.hours", "R: planned clock hours", "R: geplande klokuren"},
    E{"cli.goal.add.opt.budget", "R: planned budget in euros", "R: gepland budget in euro"},
    E{"cli.goal.add.opt.note", "R: how time and money are arranged", "R: toelichting op tijd en geld"},
    E{"cli.goal.add.opt.start", "T: start date YYYY-MM-DD (required)", "T: startdatum JJJJ-MM-DD (verplicht)"},
    E{"cli.goal.add.opt.end", "T: end date YYYY-MM-DD (required)", "T: einddatum JJJJ-MM-DD (verplicht)"},
    E{"cli.goal.add.opt.inspiring", "I: why this goal matters to you", "I: waarom dit doel belangrijk voor je is"},
    E{"cli.goal.add.opt.learning", "kind of learning: formal, non_formal or informal",
      "soort leren: formal, non_formal of informal (formeel, non-formeel, informeel)"},
    E{"cli.goal.add.opt.method", "method, e.g. coaching (repeat the option for more)",
      "werkvorm, bijv. coaching (herhaal de optie voor meer werkvormen)"},
    E{"cli.goal.add.opt.competence",
      "competence area: an area id of the policy's competence framework (bekwaamheidseisen: subject_matter, "
      "subject_didactics or pedagogical; basiscompetenties: learning_guide, educator, ...)",
      "bekwaamheidsdomein: een gebied uit het bekwaamheidskader van het beleid (bekwaamheidseisen: subject_matter, "
      "subject_didactics of pedagogical; basiscompetenties: learning_guide, educator, ...)"},
    E{"cli.goal.add.opt.school-goal", "id of a school goal (repeat the option for more)",
      "code van een schooldoel (herhaal de optie voor meer schooldoelen)"},
    E{"cli.goal.add.opt.status", "status (default: not written, so planned)",
      "status (zonder deze optie komt er geen status in het bestand, en dat telt als planned)"},
    E{"cli.goal.add.opt.private", "keep the goal out of multi-person reports",
      "het doel niet opnemen in rapporten over meer mensen"},
    E{"cli.goal.set.help", "change one field of a goal", "één veld van een doel aanpassen"},
    E{"cli.goal.set.opt.field",
      "field: title, specific, measurable, hours, budget, note, start, end, inspiring, learning, "
      "methods, competence, school_goals, status, agreed-by, agreed-on, reflection, private or id",
      "veld: title, specific, measurable, hours, budget, note, start, end, inspiring, learning, "
      "methods, competence, school_goals, status, agreed-by, agreed-on, reflection, private of id"},
    E{"cli.goal.set.opt.value", "the new value (a list: a,b)", "de nieuwe waarde (een lijst: a,b)"},
    E{"cli.goal.set.opt.start", "T: new start date (with --end: both at once, checked together)",
      "T: nieuwe startdatum (met --end: allebei in één keer, samen gecontroleerd)"},
    E{"cli.goal.set.opt.end", "T: new end date", "T: nieuwe einddatum"},
    E{"cli.goal.status.help", "set the status of a goal", "de status van een doel aanpassen"},
    E{"cli.goal.status.opt.status", "planned, active, achieved, dropped or paused",
      "planned, active, achieved, dropped of paused (gepland, bezig, behaald, gestopt, gepauzeerd)"},

    // ---- pop init ----
    E{"cli.init.help", "start a new POP (asks for what is missing on a terminal)",
      "een nieuw POP beginnen (in een terminal vraagt pop wat er nog ontbreekt)"},
    E{"cli.init.opt.file", "the new file (default: <id>.pop.yaml)", "het nieuwe bestand (standaard: <code>.pop.yaml)"},
    E{"cli.init.opt.id", "the person's id, as on the roster", "code van de medewerker, zoals op de personeelslijst"},
    E{"cli.init.opt.name", "full name", "volledige naam"},
    E{"cli.init.opt.role", "role", "functie"},
    E{"cli.init.opt.team", "team or department", "team of sectie"},
    E{"cli.init.opt.school", "school or location", "school of locatie"},
    E{"cli.init.opt.start", "first day of the period, YYYY-MM-DD (default: today)",
      "eerste dag van de looptijd, JJJJ-MM-DD (standaard: vandaag)"},
    E{"cli.init.opt.end",
      "last day of the period (default: the policy's renewal_years after the start, minus one day; 4 years without a policy)",
      "laatste dag van de looptijd (standaard: renewal_years jaar uit het beleid na het begin, min één dag; "
      "zonder beleid 4 jaar)"},

    // ---- pop renew ----
    E{"cli.renew.help", "a new POP for the next period, with the goals still open",
      "een nieuw POP voor de volgende looptijd, met de doelen die nog lopen"},
    E{"cli.renew.opt.start", "first day of the new period (default: the day after the old one ends)",
      "eerste dag van de nieuwe looptijd (standaard: de dag na het einde van de oude)"},
    E{"cli.renew.opt.end", "last day of the new period (default: the policy's renewal_years after its start, minus one day)",
      "laatste dag van de nieuwe looptijd (standaard: renewal_years jaar uit het beleid na het begin, min één dag)"},
    E{"cli.renew.opt.output", "the new file (default: <id>-<start year>.pop.yaml beside the old one)",
      "het nieuwe bestand (standaard: <code>-<startjaar>.pop.yaml in dezelfde map als het oude)"},
    E{"cli.renew.opt.all", "renew every POP in the folders whose period has ended or ends soon",
      "elk POP in de mappen vernieuwen waarvan de looptijd voorbij is of binnenkort afloopt"},
    E{"cli.renew.opt.paths", "with --all: the folders or files (default: this folder)",
      "met --all: de mappen of bestanden (standaard: deze map)"},

    // ---- pop report ----
    E{"cli.report.help", "an overview of all POPs for the coordinator", "overzicht van alle POP's voor de coördinator"},
    E{"cli.report.opt.paths", "folders or POP files (default: this folder)",
      "mappen of POP-bestanden (standaard: deze map)"},
    E{"cli.report.opt.separator", "csv separator: , or ; (Dutch spreadsheet settings expect ;)",
      "scheidingsteken voor csv: , of ; (een Nederlandstalige spreadsheet verwacht meestal ;)"},
    E{"cli.report.opt.roster", "roster file", "personeelslijst"},
    E{"cli.report.opt.school-goals", "school goals file", "bestand met de schooldoelen"},
    E{"cli.report.opt.policy", "policy file", "beleidsbestand"},
    E{"cli.report.opt.jobs", "threads to use", "aantal threads"},

    // ---- pop schema ----
    E{"cli.schema.help", "print the JSON Schema of a kind of file", "het JSON-schema van een soort bestand tonen"},
    E{"cli.schema.opt.kind", "pop, policy, roster or school-goals", "pop, policy, roster of school-goals"},
    E{"cli.schema.opt.write",
      "write the four schemas (pop, policy, roster, school-goals) into FOLDER, for editors (default: schemas/ at the root of the git repository you are in, else schemas/ here)",
      "de vier schema's (pop, policy, roster, school-goals) in MAP zetten, voor editors (standaard: schemas/ in de hoofdmap van de git-repository waarin je staat, anders schemas/ hier)"},

    // ---- pop sign ----
    E{"cli.sign.help", "sign the POP (sign_off) as the employee or the manager",
      "het POP ondertekenen (sign_off) als medewerker of als leidinggevende"},
    E{"cli.sign.opt.employee", "name of the employee", "naam van de medewerker"},

    // ---- pop status ----
    E{"cli.status.help", "where a POP stands: progress per goal, then reminders",
      "stand van zaken van een POP: voortgang per doel, dan de herinneringen"},

    // ---- pop step ----
    E{"cli.step.help", "add a step, tick one off, change or remove one (add, done, set, remove)",
      "een stap toevoegen, afvinken, aanpassen of weghalen (add, done, set, remove)"},
    E{"cli.step.add.help", "add a step to a goal", "een stap aan een doel toevoegen"},
    E{"cli.step.add.opt.what", "what the step is", "wat de stap is"},
    E{"cli.step.add.opt.due", "due date, YYYY-MM-DD", "wanneer de stap uiterlijk klaar moet zijn, JJJJ-MM-DD"},
    E{"cli.step.add.opt.id", "id of the step, unique in the goal", "code van de stap, uniek binnen het doel"},
    E{"cli.step.add.opt.private", "keep the step out of multi-person reports",
      "de stap niet opnemen in rapporten over meer mensen"},
    E{"cli.step.done.help", "tick a step off", "een stap afvinken"},
    E{"cli.step.done.opt.step",
      "the step: its id, its number (1 = the first) or a unique part of its text (a number is always the number)",
      "de stap: de code, het nummer (1 = de eerste) of een stukje tekst dat alleen in die stap staat "
      "(een getal is altijd het nummer)"},
    E{"cli.step.done.opt.on", "done on, YYYY-MM-DD (default: today)",
      "wanneer de stap is gedaan, JJJJ-MM-DD (standaard: vandaag)"},
    E{"cli.step.set.help", "change a field of a step (empty: remove the field)",
      "een veld van een stap aanpassen (met een lege waarde haal je het veld weg)"},
    E{"cli.step.set.opt.field", "field: what, due, done, id or private", "veld: what, due, done, id of private"},
    E{"cli.step.set.opt.value", "the new value; \"\" removes due, done, id or private",
      "de nieuwe waarde; \"\" haalt due, done, id of private weg"},
    E{"cli.step.remove.help", "remove a step", "een stap weghalen"},

    // ---- pop talk ----
    E{"cli.talk.help", "record or plan a conversation of the cycle (add)",
      "een gesprek uit de gesprekkencyclus vastleggen of plannen (add)"},
    E{"cli.talk.add.help", "add a conversation (a date after today: planned)",
      "een gesprek toevoegen (met een datum na vandaag is het gepland)"},
    E{"cli.talk.add.opt.kind", "start, progress, performance or appraisal",
      "start, progress, performance of appraisal (start-, voortgangs-, functionerings- of beoordelingsgesprek)"},
    E{"cli.talk.add.opt.date", "date, YYYY-MM-DD", "datum, JJJJ-MM-DD"},
    E{"cli.talk.add.opt.with", "with whom", "met wie"},
    E{"cli.talk.add.opt.agreements", "what was agreed", "de afspraken"},
    E{"cli.talk.add.opt.notes", "notes (never in multi-person reports)",
      "aantekeningen (komen nooit in rapporten over meer mensen)"},
    E{"cli.talk.add.opt.private", "keep the conversation out of multi-person reports",
      "het gesprek niet opnemen in rapporten over meer mensen"},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> help() { return kEntries; }

}  // namespace pop::catalog_parts
