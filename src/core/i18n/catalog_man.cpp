// The message catalog, part "man": the texts of the man pages that `--help` does not have (section
// titles, exit codes, environment, files, examples). Everything else on a page (descriptions,
// options, arguments, placeholders) is the text of `--help` itself (catalog_help.cpp). The Dutch
// section titles follow Debian's Dutch man pages (NAAM, OVERZICHT, BESCHRIJVING, OPTIES, OMGEVING,
// BESTANDEN, VOORBEELDEN, ZIE OOK), with pop's own words "opdracht" and "exitcode".
// Keys: man.section.<name>, man.exit.<code>[.<kind of command>], man.env.<variable>,
// man.files.<file>, man.example.<page>.<name>, man.description.<command words> (optional).
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    E{"man.command", "write the man pages into a folder (for the build)",
      "de handleidingspagina's in een map schrijven (voor de build)"},
    E{"man.cannot-write", "cannot write {path}", "kan {path} niet schrijven"},
    E{"man.arg.folder", "FOLDER", "MAP"},
    E{"man.opt.folder", "the folder to write pop.1 and pop-COMMAND.1 into (made if missing)",
      "de map waarin pop.1 en pop-OPDRACHT.1 komen (wordt gemaakt als die ontbreekt)"},
    E{"man.opt.date", "the date on the pages, YYYY-MM-DD (the build passes the date of the source, not the clock's)",
      "de datum op de pagina's, JJJJ-MM-DD (de build geeft de datum van de broncode, niet die van de klok)"},
    E{"man.manual", "pop manual", "Handleiding van pop"},

    // ---- section titles ----
    E{"man.section.name", "NAME", "NAAM"},
    E{"man.section.synopsis", "SYNOPSIS", "OVERZICHT"},
    E{"man.section.description", "DESCRIPTION", "BESCHRIJVING"},
    E{"man.section.commands", "COMMANDS", "OPDRACHTEN"},
    E{"man.section.options", "OPTIONS", "OPTIES"},
    E{"man.section.exit-status", "EXIT STATUS", "EXITCODE"},
    E{"man.section.environment", "ENVIRONMENT", "OMGEVING"},
    E{"man.section.files", "FILES", "BESTANDEN"},
    E{"man.section.examples", "EXAMPLES", "VOORBEELDEN"},
    E{"man.section.see-also", "SEE ALSO", "ZIE OOK"},

    // ---- longer descriptions ----
    E{"man.description",
      "pop reads and edits the POP files of a school's staff (one YAML file per person and period, "
      "*.pop.yaml), checks them against the format and the school's policy, and writes overviews, "
      "reports and calendars from them. Every command takes the global options; each has a page of its own.",
      "pop leest en wijzigt de POP-bestanden van het personeel van een school (één YAML-bestand per "
      "persoon en periode, *.pop.yaml), controleert ze op het formaat en het beleid van de school, en "
      "maakt er overzichten, rapporten en agenda's van. Elke opdracht kent de algemene opties; elke "
      "opdracht heeft een eigen pagina."},

    // ---- exit codes: man.exit.<code> for pop(1), .<kind> for a kind of command ----
    E{"man.exit.0", "success: no errors found, the output written, or the edit done",
      "gelukt: geen fouten gevonden, de uitvoer geschreven of de wijziging gedaan"},
    E{"man.exit.0.check", "no errors (with --strict: no warnings either)",
      "geen fouten (met --strict: ook geen waarschuwingen)"},
    E{"man.exit.0.read", "written, every input read", "geschreven, alle invoer gelezen"},
    E{"man.exit.0.edit", "done (or nothing to change)", "gedaan (of er was niets te wijzigen)"},
    E{"man.exit.0.info", "printed", "getoond"},
    E{"man.exit.0.lsp", "the editor ended the session with shutdown and then exit",
      "de editor sloot de sessie af met shutdown en daarna exit"},
    E{"man.exit.2.lsp", "usage error: an unknown option or value", "gebruiksfout: een onbekende optie of waarde"},
    E{"man.exit.1.lsp", "the session ended without shutdown (exit alone, or the end of the input)",
      "de sessie stopte zonder shutdown (alleen exit, of het einde van de invoer)"},
    E{"man.exit.1",
      "findings (pop check: an error, or a warning with --strict), or an edit refused with nothing written",
      "bevindingen (pop check: een fout, of een waarschuwing met --strict), of een wijziging geweigerd "
      "zonder dat er iets is opgeslagen"},
    E{"man.exit.1.check", "findings: at least one error, or a warning with --strict",
      "bevindingen: minstens één fout, of een waarschuwing met --strict"},
    E{"man.exit.1.edit",
      "refused, nothing written: the edit would add an error, the file cannot be edited this way, it "
      "changed on disk since pop read it, or the new file already exists",
      "geweigerd, er is niets opgeslagen: de wijziging zou een fout opleveren, het bestand kan niet zo "
      "gewijzigd worden, het is veranderd sinds pop het las, of het nieuwe bestand bestaat al"},
    E{"man.exit.2",
      "usage error: an unknown command or option, a malformed value or date, no POP files in the paths "
      "given; also pop without a command",
      "verkeerd gebruik: een onbekende opdracht of optie, een verkeerd geschreven waarde of datum, geen "
      "POP-bestanden in de opgegeven paden; ook pop zonder opdracht"},
    E{"man.exit.2.info", "usage error: an unknown command, option or value",
      "verkeerd gebruik: een onbekende opdracht, optie of waarde"},
    E{"man.exit.2.edit",
      "usage error: an unknown goal or step, a malformed date, an unknown field or value, missing "
      "options without a terminal",
      "verkeerd gebruik: een onbekend doel of onbekende stap, een verkeerd geschreven datum, een "
      "onbekend veld of onbekende waarde, ontbrekende opties zonder terminal"},
    E{"man.exit.3",
      "a file could not be read (missing, a folder, a symlink loop, no permission, not a regular file), "
      "or an edited POP could not be written",
      "een bestand kon niet gelezen worden (bestaat niet, is een map, een kringloop van symbolische "
      "links, geen toegang, geen gewoon bestand), of een gewijzigd POP kon niet opgeslagen worden"},
    E{"man.exit.3.check",
      "a file could not be read: missing, a folder, a symlink loop, no permission, not a regular file",
      "een bestand kon niet gelezen worden: bestaat niet, is een map, een kringloop van symbolische "
      "links, geen toegang, geen gewoon bestand"},
    E{"man.exit.3.read",
      "a path is missing or a file or folder cannot be read: nothing written; with --partial written "
      "with a notice at the top",
      "een pad bestaat niet of een bestand of map kan niet gelezen worden: er is niets geschreven; met "
      "--partial wel, met bovenaan een melding"},
    E{"man.exit.3.edit", "the POP cannot be read (missing, not YAML), or could not be written",
      "het POP kan niet gelezen worden (bestaat niet, geen YAML) of kon niet opgeslagen worden"},
    E{"man.exit.70", "an internal error of pop (a bug): please report it with the command line",
      "een interne fout van pop (een bug): meld die graag, met de opdrachtregel erbij"},

    // ---- environment ----
    E{"man.env.lang",
      "the language when --lang is not given: the first of LC_ALL, LC_MESSAGES and LANG that is set; "
      "when that is not C or POSIX, LANGUAGE (a list such as nl_BE:nl:en) decides first. nl gives "
      "Dutch, nl_BE Flemish, anything else English.",
      "de taal als --lang ontbreekt: de eerste van LC_ALL, LC_MESSAGES en LANG die een waarde heeft; "
      "is dat niet C of POSIX, dan beslist LANGUAGE (een lijst zoals nl_BE:nl:en) eerst. nl geeft "
      "Nederlands, nl_BE Vlaams, al het andere Engels."},
    E{"man.env.no-color", "when set and not empty: no colour with --color auto",
      "als die een waarde heeft: geen kleur bij --color auto"},
    E{"man.env.term", "dumb: no colour with --color auto", "dumb: geen kleur bij --color auto"},
    E{"man.env.columns",
      "the width of text output on a terminal that does not tell its width (else 100); --width wins",
      "de breedte van tekstuitvoer op een terminal die zijn breedte niet doorgeeft (anders 100); --width gaat voor"},
    E{"man.env.github-actions",
      "true (as in a GitHub Actions step): pop check writes GitHub annotations (--format github) unless "
      "--format is given",
      "true (zoals in een stap van GitHub Actions): pop check schrijft meldingen voor GitHub (--format "
      "github), tenzij --format is opgegeven"},
    E{"man.env.tmpdir", "the folder for pop check's temporary file when its output is large (default /tmp)",
      "de map voor het tijdelijke bestand van pop check als de uitvoer groot is (standaard /tmp)"},
    E{"man.env.path",
      "where pop finds git, which it asks for the history of a POP and for the files git ignores",
      "waar pop git vindt, dat het vraagt naar de geschiedenis van een POP en naar de bestanden die git negeert"},

    // ---- files ----
    E{"man.files.pop", "a POP: one person's plan for one period (pop init writes one)",
      "een POP: het plan van één persoon voor één periode (pop init maakt er een)"},
    E{"man.files.policy",
      "the school's policy (thresholds, how strict the checks are); pop looks for it in the folder of "
      "each POP, then in the folders above, up to the root of the git repository",
      "het POP-beleid van de school (drempels, hoe streng de controles zijn); pop zoekt het in de map "
      "van elk POP en dan in de mappen erboven, tot aan de hoofdmap van de git-repository"},
    E{"man.files.roster", "the staff who should have a POP; found as pop-policy.yaml is",
      "de personeelslijst: wie een POP hoort te hebben; wordt gevonden zoals pop-policy.yaml"},
    E{"man.files.school-goals", "the school's goals that POP goals link to; found as pop-policy.yaml is",
      "de schooldoelen waar de doelen van een POP naar verwijzen; wordt gevonden zoals pop-policy.yaml"},
    E{"man.files.schemas",
      "the JSON Schemas of the files (also printed by pop schema), for an editor's completion and "
      "checks; /usr/local/share/pop/schemas after cmake --install with the default prefix",
      "de JSON-schema's van de bestanden (ook te tonen met pop schema), voor aanvullen en controleren "
      "in een editor; /usr/local/share/pop/schemas na cmake --install met het standaardvoorvoegsel"},

    // ---- examples (the command lines are in src/cli/man.cpp; they work in a copy of examples/) ----
    E{"man.example.pop.check", "Check every POP in this folder and the folders below it:",
      "Alle POP's in deze map en de mappen daaronder controleren:"},
    E{"man.example.pop.lang", "A teacher's view of one POP, in Dutch:",
      "Het overzicht van één POP voor de docent, in het Nederlands:"},
    E{"man.example.pop.help", "The help of one command (the same as pop goal set --help):",
      "De hulp bij één opdracht (hetzelfde als pop goal set --help):"},
    E{"man.example.check.here", "Check every POP in this folder and the folders below it:",
      "Alle POP's in deze map en de mappen daaronder controleren:"},
    E{"man.example.check.strict", "Check one POP; a warning counts as an error:",
      "Eén POP controleren; een waarschuwing telt als fout:"},
    E{"man.example.check.sarif",
      "Write the findings as SARIF for a CI report; stop only on exit codes other than 1:",
      "De bevindingen als SARIF schrijven voor een CI-rapport; alleen stoppen bij een andere exitcode dan 1:"},
    E{"man.example.check.list", "List every rule with its id:", "Alle regels met hun code tonen:"},
    E{"man.example.init", "Start a new POP for a new colleague:", "Een nieuw POP beginnen voor een nieuwe collega:"},
    E{"man.example.goal.add", "Add a goal:", "Een doel toevoegen:"},
    E{"man.example.goal.set", "Move the end of the goal lezen:", "De einddatum van het doel lezen verzetten:"},
    E{"man.example.goal.status", "Mark the goal lezen as achieved:", "Het doel lezen als behaald markeren:"},
    E{"man.example.step.add", "Add a step with a due date to the goal lezen:",
      "Een stap met een uiterste datum toevoegen aan het doel lezen:"},
    E{"man.example.step.done", "Tick off the first step of the goal lezen:",
      "De eerste stap van het doel lezen afvinken:"},
    E{"man.example.evidence.add", "Add a file as evidence to the first goal:",
      "Een bestand als bewijs toevoegen aan het eerste doel:"},
    E{"man.example.talk.add", "Record a progress conversation:", "Een voortgangsgesprek vastleggen:"},
    E{"man.example.sign", "Record that the manager signed the POP:",
      "Vastleggen dat de leidinggevende het POP heeft ondertekend:"},
    E{"man.example.renew", "Show the POP for the next period without writing it:",
      "Het POP voor de volgende periode laten zien zonder het op te slaan:"},
    E{"man.example.status", "A teacher's view of one POP:", "Het overzicht van één POP voor de docent:"},
    E{"man.example.due", "What is overdue or due in the next 30 days, across all POPs here:",
      "Wat over tijd is of binnen 30 dagen moet, in alle POP's hier:"},
    E{"man.example.report.csv", "The coordinator's overview as a spreadsheet for Excel:",
      "Het overzicht voor de coördinator als spreadsheet voor Excel:"},
    E{"man.example.report.html", "The same overview as a web page:", "Hetzelfde overzicht als webpagina:"},
    E{"man.example.calendar", "All dates of all POPs here, to import into a calendar:",
      "Alle datums van alle POP's hier, om in een agenda te zetten:"},
    E{"man.example.diff", "What changed in a POP since the last commit:",
      "Wat er in een POP veranderd is sinds de laatste commit:"},
    E{"man.example.schema", "Save the JSON Schema of a POP for an editor:",
      "Het JSON-schema van een POP bewaren voor een editor:"},
    E{"man.example.help", "The help of pop goal set:", "De hulp bij pop goal set:"},
    E{"man.example.lsp", "The command an editor starts as its language server for *.pop.yaml files:",
      "De opdracht die een editor als taalserver voor *.pop.yaml-bestanden start:"},

    E{"man.see-also.docs",
      "The documentation in /usr/share/doc/pop (or /usr/local/share/doc/pop), the same as docs/ in pop's repository.",
      "De documentatie in /usr/share/doc/pop (of /usr/local/share/doc/pop), dezelfde als docs/ in de repository van pop."},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> man() { return kEntries; }

}  // namespace pop::catalog_parts
