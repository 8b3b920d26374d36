#include "pop/messages.h"

#include <algorithm>
#include <array>

#include "pop/text.h"

namespace pop {
namespace {

using E = CatalogEntry;

constexpr auto sorted(auto entries) {
    std::sort(entries.begin(), entries.end(), [](const E& a, const E& b) { return a.key < b.key; });
    return entries;
}

constexpr auto kCatalog = sorted(std::array{
    // ---- input ----
    E{"input.size", "the file is larger than {limit} bytes; a POP is a few kilobytes",
      "het bestand is groter dan {limit} bytes; een POP is een paar kilobyte"},
    E{"input.size.hint", "is this the right file? Split it, or remove what does not belong in a POP",
      "is dit het goede bestand? Splits het, of haal weg wat niet in een POP hoort"},
    E{"input.size.nodes", "the file has more than {limit} values; a POP has a few hundred",
      "het bestand heeft meer dan {limit} waarden; een POP heeft er een paar honderd"},
    E{"input.encoding.utf8", "this is not valid UTF-8 text", "dit is geen geldige UTF-8-tekst"},
    E{"input.encoding.utf8.hint", "save the file as UTF-8 in your editor",
      "sla het bestand op als UTF-8 in je editor"},
    E{"input.encoding.nul", "the file contains a NUL byte; it is not a text file",
      "het bestand bevat een NUL-byte; het is geen tekstbestand"},
    E{"input.encoding.bom", "a byte order mark (BOM) in the middle of the file",
      "een byte order mark (BOM) midden in het bestand"},
    E{"input.encoding.bom.hint", "remove the invisible character here (often left by pasting two files together)",
      "haal het onzichtbare teken hier weg (vaak over van het aan elkaar plakken van twee bestanden)"},
    E{"input.encoding.utf16", "the file is UTF-16 or UTF-32, not UTF-8",
      "het bestand is UTF-16 of UTF-32, geen UTF-8"},
    E{"input.encoding.utf16.hint", "save the file as UTF-8 in your editor",
      "sla het bestand op als UTF-8 in je editor"},
    E{"input.encoding.control", "the control character {code} is not allowed in a text file",
      "het stuurteken {code} hoort niet in een tekstbestand"},
    E{"input.unreadable.missing", "no such file or folder", "dit bestand of deze map bestaat niet"},
    E{"input.unreadable.missing.hint", "check the path; POP files end in .pop.yaml",
      "controleer het pad; POP-bestanden eindigen op .pop.yaml"},
    E{"input.unreadable.folder", "this is a folder, not a file", "dit is een map, geen bestand"},
    E{"input.unreadable.folder.hint", "a name ending in .pop.yaml is for a POP file; rename the folder",
      "een naam die eindigt op .pop.yaml is voor een POP-bestand; geef de map een andere naam"},
    E{"input.unreadable.loop.hint", "fix or remove the symbolic link", "herstel of verwijder de symbolische link"},
    E{"input.unreadable.special.hint", "name a regular file", "geef een gewoon bestand op"},
    E{"input.unreadable.permission", "permission denied", "geen toestemming om dit te lezen"},
    E{"input.unreadable.loop", "symbolic links form a loop here", "symbolische links vormen hier een lus"},
    E{"input.unreadable.special", "this is not a regular file", "dit is geen gewoon bestand"},
    E{"input.unreadable.other", "cannot be read (system error {code})", "kan niet gelezen worden (systeemfout {code})"},
    // ---- yaml ----
    E{"yaml.syntax", "not valid YAML: {problem}", "geen geldige YAML: {problem}"},
    E{"yaml.syntax.hint", "check the indentation and the punctuation around here ({context})",
      "controleer hier de inspringing en de leestekens ({context})"},
    E{"yaml.unclosed-quote", "this quote is never closed before the end of the file",
      "dit aanhalingsteken wordt tot het eind van het bestand niet gesloten"},
    E{"yaml.unclosed-quote.hint", "add the closing quote at the end of the text",
      "zet het sluitende aanhalingsteken aan het eind van de tekst"},
    E{"yaml.tab", "a tab is used for indentation", "er wordt ingesprongen met een tab"},
    E{"yaml.tab.hint", "YAML allows only spaces for indentation; replace the tab with spaces",
      "YAML staat alleen spaties toe om in te springen; vervang de tab door spaties"},
    E{"yaml.duplicate-key", "`{key}` appears twice; the first is on line {first_line}",
      "`{key}` staat er twee keer; de eerste staat op regel {first_line}"},
    E{"yaml.duplicate-key.hint", "merge the two into one, or remove one of them",
      "voeg de twee samen, of haal er een weg"},
    E{"yaml.complex-key", "a key must be plain text, not a list or mapping",
      "een sleutel moet gewone tekst zijn, geen lijst of mapping"},
    E{"yaml.anchor", "anchor `&{name}` is not allowed in a POP", "anker `&{name}` is niet toegestaan in een POP"},
    E{"yaml.anchor.hint", "write the value out in full where it is needed",
      "schrijf de waarde voluit op de plek waar die nodig is"},
    E{"yaml.anchor.alias", "alias `*{name}` is not allowed in a POP",
      "verwijzing `*{name}` is niet toegestaan in een POP"},
    E{"yaml.anchor.alias.hint", "write the value out in full here", "schrijf de waarde hier voluit"},
    E{"yaml.tag", "tag `{tag}` is not allowed in a POP", "tag `{tag}` is niet toegestaan in een POP"},
    E{"yaml.tag.hint", "remove the tag; put text in quotes if it must stay text",
      "haal de tag weg; zet tekst tussen aanhalingstekens als het tekst moet blijven"},
    E{"yaml.documents", "a second YAML document starts here; a POP file holds one",
      "hier begint een tweede YAML-document; een POP-bestand bevat er een"},
    E{"yaml.documents.hint", "put each POP in a file of its own, or remove the `---` line",
      "zet elk POP in een eigen bestand, of haal de regel `---` weg"},
    E{"yaml.depth", "nested more than {limit} levels deep", "meer dan {limit} niveaus diep genest"},
    E{"yaml.depth.hint", "a POP needs only a few levels; check the indentation",
      "een POP heeft maar een paar niveaus nodig; controleer de inspringing"},
    // ---- structure ----
    E{"structure.required", "`{field}` is missing", "`{field}` ontbreekt"},
    E{"structure.required.hint", "add `{field}:` here (see docs/format.md)",
      "voeg hier `{field}:` toe (zie docs/format.md)"},
    E{"structure.empty-file", "the file is empty", "het bestand is leeg"},
    E{"structure.empty-file.hint", "start from an example in examples/, or run `pop init`",
      "begin met een voorbeeld uit examples/, of gebruik `pop init`"},
    E{"structure.empty", "`{field}` has no value", "`{field}` heeft geen waarde"},
    E{"structure.empty.hint", "fill it in, or remove the line", "vul het in, of haal de regel weg"},
    E{"structure.type.object", "`{field}` should be a group of keys, but is {found}",
      "`{field}` moet een groep sleutels zijn, maar is {found}"},
    E{"structure.type.object.hint", "write the keys of `{field}` on the lines below it, indented",
      "zet de sleutels van `{field}` op de regels eronder, ingesprongen"},
    E{"structure.type.scalar", "`{field}` should be a single value, but is {found}",
      "`{field}` moet een enkele waarde zijn, maar is {found}"},
    E{"structure.type.text", "`{field}` should be text, but `{value}` is read as {found}",
      "`{field}` moet tekst zijn, maar `{value}` wordt gelezen als {found}"},
    E{"structure.type.text.hint", "put it in quotes: \"{value}\"", "zet het tussen aanhalingstekens: \"{value}\""},
    E{"structure.type.list", "`{field}` should be a list, but is {found}",
      "`{field}` moet een lijst zijn, maar is {found}"},
    E{"structure.type.list.hint", "start each item on its own line with `- `",
      "begin elk onderdeel op een eigen regel met `- `"},
    E{"structure.type.boolean", "`{field}` should be true or false, not `{value}`",
      "`{field}` moet true of false zijn, niet `{value}`"},
    E{"structure.type.boolean.hint", "write true or false", "schrijf true of false"},
    E{"structure.type.integer", "`{field}` should be a whole number, not `{value}`",
      "`{field}` moet een heel getal zijn, niet `{value}`"},
    E{"structure.type.number", "`{field}` should be a number, not `{value}`",
      "`{field}` moet een getal zijn, niet `{value}`"},
    E{"structure.type.number.hint", "write digits only, with a decimal point if needed (12.5)",
      "schrijf alleen cijfers, met een punt voor decimalen (12.5)"},
    E{"structure.type.min", "`{field}` must be at least {minimum}, not {value}",
      "`{field}` moet minstens {minimum} zijn, niet {value}"},
    E{"structure.id", "`{value}` is not a valid id", "`{value}` is geen geldige code"},
    E{"structure.id.hint", "use letters, digits, `.`, `_` and `-` only, starting with a letter or digit",
      "gebruik alleen letters, cijfers, `.`, `_` en `-`, en begin met een letter of cijfer"},
    E{"structure.version", "format_version `{value}` is not supported", "format_version `{value}` wordt niet ondersteund"},
    E{"structure.version.quoted", "format_version must be the number 1, not the text \"1\"",
      "format_version moet het getal 1 zijn, niet de tekst \"1\""},
    E{"structure.version.quoted.hint", "remove the quotes: format_version: 1",
      "haal de aanhalingstekens weg: format_version: 1"},
    E{"structure.version.hint", "this version of pop reads format_version: 1",
      "deze versie van pop leest format_version: 1"},
    E{"structure.unknown-key", "unknown key `{key}`", "onbekende sleutel `{key}`"},
    E{"structure.unknown-key.hint", "known keys here: {known}", "sleutels die hier mogen: {known}"},
    E{"structure.unknown-key.suggest", "unknown key `{key}`", "onbekende sleutel `{key}`"},
    E{"structure.unknown-key.suggest.hint", "did you mean `{suggestion}`?", "bedoel je `{suggestion}`?"},
    E{"structure.enum", "`{value}` is not a valid value for `{field}`",
      "`{value}` is geen geldige waarde voor `{field}`"},
    E{"structure.enum.hint", "choose one of: {choices}", "kies een van: {choices}"},
    E{"structure.enum.suggest", "`{value}` is not a valid value for `{field}`",
      "`{value}` is geen geldige waarde voor `{field}`"},
    E{"structure.enum.suggest.hint", "did you mean `{suggestion}`? (one of: {choices})",
      "bedoel je `{suggestion}`? (een van: {choices})"},
    E{"structure.duplicate-id", "id `{id}` is already used on line {first_line}",
      "code `{id}` is al gebruikt op regel {first_line}"},
    E{"structure.duplicate-id.hint", "give each item in `{field}` an id of its own",
      "geef elk onderdeel van `{field}` een eigen code"},
    E{"structure.no-goals", "this POP has no goals yet", "dit POP heeft nog geen doelen"},
    E{"structure.no-goals.hint", "add a goal under `goals:` (see docs/format.md)",
      "voeg een doel toe onder `goals:` (zie docs/format.md)"},
    // ---- dates ----
    E{"dates.format", "`{value}` is not a date in the form YYYY-MM-DD",
      "`{value}` is geen datum in de vorm JJJJ-MM-DD"},
    E{"dates.format.hint", "write dates as YYYY-MM-DD, for example 2025-08-01",
      "schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2025-08-01"},
    E{"dates.format.suggest", "`{value}` is not a date in the form YYYY-MM-DD",
      "`{value}` is geen datum in de vorm JJJJ-MM-DD"},
    E{"dates.format.suggest.hint", "write {suggestion}", "schrijf {suggestion}"},
    E{"dates.invalid.month", "`{value}` is not a date: there is no such month",
      "`{value}` is geen datum: die maand bestaat niet"},
    E{"dates.invalid.month.hint", "months run from 01 to 12", "maanden lopen van 01 tot en met 12"},
    E{"dates.invalid.day", "`{value}` does not exist: {month} {year} has {days} days",
      "`{value}` bestaat niet: {month} {year} heeft {days} dagen"},
    E{"dates.invalid.day.hint", "check the day of the month", "controleer de dag van de maand"},
    E{"dates.order.period", "the POP period ends ({end}) before it starts ({start})",
      "de looptijd eindigt ({end}) voordat hij begint ({start})"},
    E{"dates.order.period.hint", "swap the dates, or correct the year", "wissel de datums om, of verbeter het jaar"},
    E{"dates.order.goal", "goal `{goal}` ends ({end}) before it starts ({start})",
      "doel `{goal}` eindigt ({end}) voordat het begint ({start})"},
    E{"dates.order.goal.hint", "swap the dates, or correct the year", "wissel de datums om, of verbeter het jaar"},
    E{"dates.goal-in-period.start", "goal `{goal}` starts before the POP period ({period_start} to {period_end})",
      "doel `{goal}` begint voor de looptijd van het POP ({period_start} tot en met {period_end})"},
    E{"dates.goal-in-period.start.hint", "start the goal on or after {period_start}, or renew the POP",
      "laat het doel op of na {period_start} beginnen, of vernieuw het POP"},
    E{"dates.goal-in-period.end", "goal `{goal}` ends after the POP period ({period_start} to {period_end})",
      "doel `{goal}` eindigt na de looptijd van het POP ({period_start} tot en met {period_end})"},
    E{"dates.goal-in-period.end.hint", "end the goal on or before {period_end}, or take it into the next POP",
      "laat het doel op of voor {period_end} eindigen, of neem het mee naar het volgende POP"},
    E{"dates.step-in-goal.due", "this step is due on {date}, outside goal `{goal}` ({goal_start} to {goal_end})",
      "deze stap staat op {date}, buiten doel `{goal}` ({goal_start} tot en met {goal_end})"},
    E{"dates.step-in-goal.due.hint", "move the step inside the goal's dates, or change the goal's dates",
      "verplaats de stap binnen de datums van het doel, of pas de datums van het doel aan"},
    E{"dates.step-in-goal.due-open", "this step is due on {date}, outside the dates of goal `{goal}`",
      "deze stap staat op {date}, buiten de datums van doel `{goal}`"},
    E{"dates.step-in-goal.due-open.hint", "move the step inside the goal's dates",
      "verplaats de stap binnen de datums van het doel"},
    E{"dates.step-in-goal.done", "this step was done on {date}, before goal `{goal}` started ({goal_start})",
      "deze stap is gedaan op {date}, voordat doel `{goal}` begon ({goal_start})"},
    E{"dates.step-in-goal.done-late", "this step was done on {date}, after goal `{goal}` ended ({goal_end})",
      "deze stap is gedaan op {date}, nadat doel `{goal}` afliep ({goal_end})"},
    E{"dates.step-in-goal.done-late.hint", "check the date, or move the goal's end date",
      "controleer de datum, of verschuif de einddatum van het doel"},
    E{"dates.step-in-goal.done.hint", "check the date, or let the goal start earlier",
      "controleer de datum, of laat het doel eerder beginnen"},
    E{"dates.future", "{what} is dated {date}, after today ({today})",
      "{what} heeft datum {date}, na vandaag ({today})"},
    E{"dates.future.hint", "record it once it has happened, or correct the date",
      "leg het vast als het gebeurd is, of verbeter de datum"},
    // ---- SMARTI ----
    E{"smarti.specific.missing", "goal `{goal}` has no `specific` description (Specifiek)",
      "doel `{goal}` heeft geen omschrijving `specific` (Specifiek)"},
    E{"smarti.specific.missing.hint", "describe what exactly you will do, with whom, in which class or context",
      "beschrijf wat je precies gaat doen, met wie, in welke klas of context"},
    E{"smarti.specific.short", "the description of goal `{goal}` has {words} words; at least {minimum} are expected (Specifiek)",
      "de omschrijving van doel `{goal}` heeft {words} woorden; er worden er minstens {minimum} verwacht (Specifiek)"},
    E{"smarti.specific.short.hint", "say what exactly you will do, with whom, in which class or context",
      "zeg wat je precies gaat doen, met wie, in welke klas of context"},
    E{"smarti.specific.vague", "the description of goal `{goal}` is mostly general words (Specifiek)",
      "de omschrijving van doel `{goal}` bestaat vooral uit algemene woorden (Specifiek)"},
    E{"smarti.specific.vague.hint", "replace words like \"beter\" and \"meer\" with what you will actually do",
      "vervang woorden als \"beter\" en \"meer\" door wat je echt gaat doen"},
    E{"smarti.measurable", "goal `{goal}` has no success criterion `measurable` (Meetbaar)",
      "doel `{goal}` heeft geen succescriterium `measurable` (Meetbaar)"},
    E{"smarti.measurable.hint", "add `measurable:` saying how you will know the goal is reached",
      "voeg `measurable:` toe: waaraan zie je dat het doel bereikt is?"},
    E{"smarti.measurable-concrete", "the success criterion of goal `{goal}` names no number (Meetbaar)",
      "het succescriterium van doel `{goal}` noemt geen aantal (Meetbaar)"},
    E{"smarti.measurable-concrete.hint", "make it countable: how many lessons, pupils, observations, or what percentage?",
      "maak het telbaar: hoeveel lessen, leerlingen, observaties, of welk percentage?"},
    E{"smarti.agreed", "goal `{goal}` is not agreed: no `agreed` and the POP is not signed by both (Acceptabel)",
      "doel `{goal}` is niet afgesproken: geen `agreed` en het POP is niet door beiden getekend (Acceptabel)"},
    E{"smarti.agreed.hint", "add `agreed:` with name and date, or sign the POP under `sign_off:`",
      "voeg `agreed:` toe met naam en datum, of onderteken het POP onder `sign_off:`"},
    E{"smarti.realistic.hours", "goal `{goal}` plans no hours (`realistic.hours`, Realistisch)",
      "doel `{goal}` plant geen uren (`realistic.hours`, Realistisch)"},
    E{"smarti.realistic.hours.hint", "estimate the clock hours the goal needs, e.g. `realistic: {{hours: 20}}`",
      "schat hoeveel klokuren het doel kost, bijv. `realistic: {{hours: 20}}`"},
    E{"smarti.realistic.duration", "goal `{goal}` runs longer than {months} months (Realistisch)",
      "doel `{goal}` duurt langer dan {months} maanden (Realistisch)"},
    E{"smarti.realistic.duration.hint", "split it into shorter goals with steps; short cycles keep progress visible",
      "splits het in kortere doelen met stappen; korte cycli houden voortgang zichtbaar"},
    E{"smarti.realistic-hours", "the goals plan {per_year} hours a year; the allowance is {allowance} (Realistisch)",
      "de doelen plannen {per_year} uur per jaar; er is {allowance} uur beschikbaar (Realistisch)"},
    E{"smarti.realistic-hours.hint", "plan fewer hours, spread goals over more time, or agree extra time",
      "plan minder uren, spreid de doelen over meer tijd, of maak afspraken over extra tijd"},
    E{"smarti.time-bound", "goal `{goal}` lacks {missing} (Tijdgebonden)",
      "doel `{goal}` mist {missing} (Tijdgebonden)"},
    E{"smarti.time-bound.hint", "give the goal a `start:` and an `end:` date (YYYY-MM-DD)",
      "geef het doel een `start:`- en een `end:`-datum (JJJJ-MM-DD)"},
    E{"smarti.inspiring", "goal `{goal}` has no personal motivation `inspiring` (Inspirerend)",
      "doel `{goal}` heeft geen persoonlijke motivatie `inspiring` (Inspirerend)"},
    E{"smarti.inspiring.hint", "add `inspiring:` saying why this goal matters to you",
      "voeg `inspiring:` toe: waarom is dit doel belangrijk voor jou?"},
    // ---- links ----
    E{"links.person", "`{id}` is not on the roster", "`{id}` staat niet op de personeelslijst"},
    E{"links.person.hint", "use the id from pop-roster.yaml, or add the person there",
      "gebruik de code uit pop-roster.yaml, of zet de medewerker daar op"},
    E{"links.person.suggest", "`{id}` is not on the roster", "`{id}` staat niet op de personeelslijst"},
    E{"links.person.suggest.hint", "did you mean `{suggestion}`?", "bedoel je `{suggestion}`?"},
    E{"links.school-goal", "school goal `{id}` does not exist", "schooldoel `{id}` bestaat niet"},
    E{"links.school-goal.hint", "school goals in pop-school-goals.yaml: {known}",
      "schooldoelen in pop-school-goals.yaml: {known}"},
    E{"links.school-goal.suggest", "school goal `{id}` does not exist", "schooldoel `{id}` bestaat niet"},
    E{"links.school-goal.suggest.hint", "did you mean `{suggestion}`?", "bedoel je `{suggestion}`?"},
    // ---- completeness and history ----
    E{"complete.sign-off", "this current POP is not signed by both employee and manager (the policy asks for it)",
      "dit lopende POP is niet door medewerker en leidinggevende ondertekend (het beleid vraagt dat)"},
    E{"complete.sign-off.hint", "add `sign_off:` with `employee:` and `manager:`, each with name and date",
      "voeg `sign_off:` toe met `employee:` en `manager:`, elk met naam en datum"},
    E{"complete.goal", "no goal of this current POP runs today ({today}); the policy asks for one",
      "geen doel van dit lopende POP loopt vandaag ({today}); het beleid vraagt er een"},
    E{"complete.goal.hint", "add a goal for this period, or check the start and end dates of the goals",
      "voeg een doel voor deze periode toe, of controleer de start- en einddatums van de doelen"},
    E{"complete.conversation", "no conversation in the last {months} months (the last was on {last})",
      "geen gesprek in de afgelopen {months} maanden (het laatste was op {last})"},
    E{"complete.conversation.hint", "hold the conversation and record it under `conversations:`",
      "voer het gesprek en leg het vast onder `conversations:`"},
    E{"complete.conversation.none", "no conversation recorded yet; the policy asks for one every {months} months",
      "nog geen gesprek vastgelegd; het beleid vraagt er elke {months} maanden een"},
    E{"complete.conversation.none.hint", "record the start conversation (startgesprek) under `conversations:`",
      "leg het startgesprek vast onder `conversations:`"},
    E{"roster.missing-pop", "`{id}` ({name}) is on the roster but has no current POP",
      "`{id}` ({name}) staat op de personeelslijst maar heeft geen lopend POP"},
    E{"roster.missing-pop.hint", "add {id}.pop.yaml, renew an expired POP, or set `active: false` for someone who left",
      "maak {id}.pop.yaml, vernieuw een verlopen POP, of zet `active: false` bij wie uit dienst is"},
    E{"roster.duplicate-pop", "`{id}` has more than one current POP; the other is {other}",
      "`{id}` heeft meer dan een lopend POP; het andere is {other}"},
    E{"roster.duplicate-pop.hint", "keep one current POP per person: end the period of the old one",
      "houd een lopend POP per persoon: laat de looptijd van het oude eindigen"},
    E{"links.person.inactive", "`{id}` is on the roster as no longer active",
      "`{id}` staat op de personeelslijst als niet meer in dienst"},
    E{"links.person.inactive.hint", "move this POP to an archive folder, or set `active: true` on the roster",
      "verplaats dit POP naar een archiefmap, of zet `active: true` op de personeelslijst"},
    E{"history.stale", "this POP has not changed in git since {date}, more than {months} months ago",
      "dit POP is in git niet meer veranderd sinds {date}, meer dan {months} maanden geleden"},
    E{"history.stale.hint", "a POP in the drawer: look at it together, tick off steps, add evidence, record the conversation",
      "een POP in de la: bekijk het samen, vink stappen af, voeg bewijs toe, leg het gesprek vast"},
    // ---- reminders ----
    E{"reminder.step-overdue", "step of `{goal}` was due on {date}, {days} days ago: {what}",
      "stap van `{goal}` moest af op {date}, {days} dagen geleden: {what}"},
    E{"reminder.step-overdue.hint", "do it and record `done:`, or agree a new date",
      "doe het en vul `done:` in, of spreek een nieuwe datum af"},
    E{"reminder.step-due", "step of `{goal}` is due on {date}, in {days} days: {what}",
      "stap van `{goal}` moet af op {date}, over {days} dagen: {what}"},
    E{"reminder.goal-overdue", "goal `{goal}` ended on {date} but is not marked achieved or dropped",
      "doel `{goal}` liep af op {date} maar staat niet op behaald of gestopt"},
    E{"reminder.goal-overdue.hint", "set `status: achieved` or `dropped`, or agree a new end date",
      "zet `status: achieved` of `dropped`, of spreek een nieuwe einddatum af"},
    E{"reminder.goal-inactive", "goal `{goal}` shows no activity since {date} (more than {months} months)",
      "doel `{goal}` laat geen activiteit zien sinds {date} (meer dan {months} maanden)"},
    E{"reminder.goal-inactive.hint", "tick off a step or add evidence; or pause the goal (`status: paused`)",
      "vink een stap af of voeg bewijs toe; of pauzeer het doel (`status: paused`)"},
    E{"reminder.period-ended", "the POP period ended on {date}", "de looptijd van het POP eindigde op {date}"},
    E{"reminder.period-ended.hint", "draw up a new POP for the next period", "stel een nieuw POP op voor de volgende periode"},
    E{"reminder.period-ending", "the POP period ends on {date}, in {days} days",
      "de looptijd van het POP eindigt op {date}, over {days} dagen"},
    E{"reminder.period-ending.hint", "plan the conversation about the next POP",
      "plan het gesprek over het volgende POP"},
    E{"reminder.renewal", "the POP should have been renewed by {date} (every {years} years)",
      "het POP had vernieuwd moeten zijn op {date} (elke {years} jaar)"},
    E{"reminder.renewal.hint", "draw up a new POP, or shorten the period", "stel een nieuw POP op, of kort de looptijd in"},
    E{"reminder.conversation-overdue", "a conversation was due by {date} (every {months} months)",
      "er had uiterlijk {date} een gesprek moeten zijn (elke {months} maanden)"},
    E{"reminder.conversation-overdue.hint", "hold it soon and record it under `conversations:`",
      "voer het binnenkort en leg het vast onder `conversations:`"},
    E{"reminder.conversation-due", "a conversation is due by {date} (every {months} months)",
      "er moet uiterlijk {date} een gesprek zijn (elke {months} maanden)"},
    E{"reminder.conversation-due.hint", "plan it under `conversations:` with a date before then",
      "plan het onder `conversations:` met een datum daarvoor"},
    // ---- pop status and pop due ----
    E{"status.heading", "{name} ({id}), POP {period}", "{name} ({id}), POP {period}"},
    E{"status.days-left", "{days} days left", "nog {days} dagen"},
    E{"status.days-past", "ended {days} days ago", "{days} dagen geleden afgelopen"},
    E{"status.next-step", "next step (by {date}): {what}", "volgende stap (uiterlijk {date}): {what}"},
    E{"status.next-step-undated", "next step: {what}", "volgende stap: {what}"},
    E{"status.latest-evidence", "latest evidence ({date}): {what}", "laatste bewijs ({date}): {what}"},
    E{"status.has-errors", "This POP has {n} errors; `pop check` shows them.",
      "Dit POP heeft {n} fouten; `pop check` laat ze zien."},
    E{"status.no-reminders", "Nothing overdue or due soon.", "Niets te laat of binnenkort."},
    E{"status.reminders", "Reminders, most urgent first ({n}):", "Herinneringen, meest urgent eerst ({n}):"},
    E{"due.step", "step of `{goal}`: {text}", "stap van `{goal}`: {text}"},
    E{"due.goal-end", "end of goal `{goal}`: {text}", "einde van doel `{goal}`: {text}"},
    E{"due.conversation", "{kind} (planned)", "{kind} (gepland)"},
    E{"due.conversation-required", "a conversation is required by the policy", "een gesprek, volgens het beleid"},
    E{"due.period-end", "end of the POP period", "einde looptijd POP"},
    E{"due.renewal", "renewal of the POP", "vernieuwing van het POP"},
    E{"due.overdue", "{days} days overdue", "{days} dagen te laat"},
    E{"due.today", "today", "vandaag"},
    E{"due.in", "in {days} days", "over {days} dagen"},
    E{"due.count.one", "1 item", "1 punt"},
    E{"due.count.many", "{n} items", "{n} punten"},
    E{"due.private-left-out", "{n} private items left out", "{n} privé-punten weggelaten"},
    E{"ui.within", "--within must be a number of days such as 30 or 30d, not `{value}`",
      "--within moet een aantal dagen zijn, zoals 30 of 30d, niet `{value}`"},
    // ---- pop report ----
    E{"report.title", "POP overview on {date}: {people} people, {pops} POP files",
      "POP-overzicht op {date}: {people} medewerkers, {pops} POP-bestanden"},
    E{"report.col.name", "name", "naam"},
    E{"report.col.id", "id", "code"},
    E{"report.col.team", "team", "team"},
    E{"report.col.pop-until", "POP until", "POP tot"},
    E{"report.col.goals", "goals", "doelen"},
    E{"report.col.steps", "steps", "stappen"},
    E{"report.col.last-talk", "last talk", "laatste gesprek"},
    E{"report.col.next-talk", "next talk", "volgend gesprek"},
    E{"report.col.hours", "h/year", "uur/jaar"},
    E{"report.col.warnings", "warnings", "signalen"},
    E{"report.col.people", "people", "mensen"},
    E{"report.col.has-pop", "current POP", "lopend POP"},
    E{"report.col.goals-achieved", "goals achieved", "doelen behaald"},
    E{"report.col.steps-done", "steps done", "stappen gedaan"},
    E{"report.col.with-pop", "with POP", "met POP"},
    E{"report.col.what", "what", "wat"},
    E{"report.col.examples", "examples", "voorbeelden"},
    E{"report.missing", "MISSING", "ONTBREEKT"},
    E{"report.section.teams", "Per team", "Per team"},
    E{"report.section.school-goals", "Per school goal", "Per schooldoel"},
    E{"report.section.themes", "Development needs by theme (for the professionalisation plan)",
      "Ontwikkelbehoeften per thema (voor het professionaliseringsplan)"},
    E{"report.section.methods", "Methods", "Werkvormen"},
    E{"report.section.learning", "Kinds of learning", "Soorten leren"},
    E{"report.section.competences", "Competence areas", "Bekwaamheidsdomeinen"},
    E{"report.team-line", "{team}: size {people}, with a current POP {with}, goals {goals}, steps {done}/{steps}, h/year {hours}, warnings {warnings}",
      "{team}: omvang {people}, met lopend POP {with}, doelen {goals}, stappen {done}/{steps}, uur/jaar {hours}, signalen {warnings}"},
    E{"report.count-line", "{what}: goals {goals}, people {people}", "{what}: doelen {goals}, mensen {people}"},
    E{"report.left-out",
      "Left out for privacy: {goals} private goals, {steps} private steps, {evidence} private evidence, {conversations} private conversations, {notes} conversation notes, {reflections} reflections.",
      "Weggelaten voor de privacy: {goals} privédoelen, {steps} privéstappen, {evidence} privébewijzen, {conversations} privégesprekken, {notes} gespreksaantekeningen, {reflections} reflecties."},
    E{"report.unreadable", "some files could not be read; run `pop check` to see which",
      "sommige bestanden konden niet gelezen worden; `pop check` laat zien welke"},
    E{"report.bad-separator", "--separator must be , or ;, not `{value}`", "--separator moet , of ; zijn, niet `{value}`"},
    // ---- pop diff ----
    E{"diff.heading", "{path}: changes since {since}", "{path}: veranderingen sinds {since}"},
    E{"diff.period", "~ POP period {from} → {to}", "~ looptijd {from} → {to}"},
    E{"diff.signed", "✓ signed by {text} on {date}", "✓ getekend door {text} op {date}"},
    E{"diff.goal-added", "+ goal `{goal}` added: {text}", "+ doel `{goal}` toegevoegd: {text}"},
    E{"diff.goal-removed", "- goal `{goal}` removed: {text}", "- doel `{goal}` weggehaald: {text}"},
    E{"diff.goal-status", "~ goal `{goal}`: status {from} → {to}", "~ doel `{goal}`: status {from} → {to}"},
    E{"diff.goal-changed", "~ goal `{goal}`: changed {fields}", "~ doel `{goal}`: {fields} aangepast"},
    E{"diff.step-added", "+ step for `{goal}`: {text}", "+ stap bij `{goal}`: {text}"},
    E{"diff.step-done", "✓ step done for `{goal}` on {date}: {text}", "✓ stap gedaan bij `{goal}` op {date}: {text}"},
    E{"diff.evidence-added", "+ evidence for `{goal}` ({date}): {text}", "+ bewijs bij `{goal}` ({date}): {text}"},
    E{"diff.conversation-added", "+ conversation: {kind} on {date}", "+ gesprek: {kind} op {date}"},
    E{"diff.none", "no changes", "geen veranderingen"},
    E{"diff.count.one", "1 change", "1 verandering"},
    E{"diff.count.many", "{n} changes", "{n} veranderingen"},
    E{"diff.no-file", "name the POP file: the current folder has {n} *.pop.yaml files",
      "noem het POP-bestand: de huidige map heeft {n} *.pop.yaml-bestanden"},
    E{"diff.no-git", "pop diff needs a git repository, and {path} is not in one",
      "pop diff heeft een git-repository nodig, en {path} staat er niet in"},
    E{"diff.bad-rev", "`{rev}` is not a revision or a date of this repository",
      "`{rev}` is geen revisie of datum van deze repository"},
    E{"diff.no-commit-before", "there is no commit on or before {date}", "er is geen commit op of voor {date}"},
    E{"status.planned", "planned", "gepland"},
    E{"status.active", "active", "bezig"},
    E{"status.achieved", "achieved", "behaald"},
    E{"status.dropped", "dropped", "gestopt"},
    E{"status.paused", "paused", "gepauzeerd"},
    E{"conversation.start", "start conversation", "startgesprek"},
    E{"conversation.progress", "progress conversation", "voortgangsgesprek"},
    E{"conversation.performance", "performance conversation", "functioneringsgesprek"},
    E{"conversation.appraisal", "appraisal", "beoordelingsgesprek"},
    E{"conversation.?", "conversation", "gesprek"},
    // ---- words substituted into messages ----
    E{"kind.mapping", "a group of keys", "een groep sleutels"},
    E{"kind.list", "a list", "een lijst"},
    E{"kind.null", "empty", "leeg"},
    E{"kind.boolean", "true/false", "waar/onwaar"},
    E{"kind.number", "a number", "een getal"},
    E{"kind.text", "text", "tekst"},
    E{"what.sign_off", "the sign-off", "de ondertekening"},
    E{"what.agreed", "the agreement", "de afspraak"},
    E{"what.evidence", "this evidence", "dit bewijs"},
    E{"what.step_done", "this step", "deze stap"},
    E{"month.1", "January", "januari"},
    E{"month.2", "February", "februari"},
    E{"month.3", "March", "maart"},
    E{"month.4", "April", "april"},
    E{"month.5", "May", "mei"},
    E{"month.6", "June", "juni"},
    E{"month.7", "July", "juli"},
    E{"month.8", "August", "augustus"},
    E{"month.9", "September", "september"},
    E{"month.10", "October", "oktober"},
    E{"month.11", "November", "november"},
    E{"month.12", "December", "december"},
    // ---- the command line ----
    E{"ui.hint-word", "hint", "tip"},
    E{"ui.summary.clean", "{files} checked: no problems", "{files} gecontroleerd: geen problemen"},
    E{"ui.summary", "{files} checked: {errors}, {warnings} in {affected}",
      "{files} gecontroleerd: {errors}, {warnings} in {affected}"},
    E{"ui.count.file.one", "1 file", "1 bestand"},
    E{"ui.count.file.many", "{n} files", "{n} bestanden"},
    E{"ui.count.error.one", "1 error", "1 fout"},
    E{"ui.count.error.many", "{n} errors", "{n} fouten"},
    E{"ui.count.warning.one", "1 warning", "1 waarschuwing"},
    E{"ui.count.warning.many", "{n} warnings", "{n} waarschuwingen"},
    E{"ui.summary.unreadable.one", "{n} could not be read", "{n} kon niet gelezen worden"},
    E{"ui.summary.unreadable.many", "{n} could not be read", "{n} konden niet gelezen worden"},
    E{"ui.no-files", "no *.pop.yaml files found in {paths}", "geen *.pop.yaml-bestanden gevonden in {paths}"},
    E{"ui.bad-today", "--today must be a date YYYY-MM-DD, not `{value}`",
      "--today moet een datum JJJJ-MM-DD zijn, niet `{value}`"},
    E{"ui.unknown-command", "unknown command `{name}`; commands: {commands}",
      "onbekend commando `{name}`; commando's: {commands}"},
    E{"ui.unknown-command.suggest", "unknown command `{name}`; did you mean `{suggestion}`? (commands: {commands})",
      "onbekend commando `{name}`; bedoel je `{suggestion}`? (commando's: {commands})"},
    E{"ui.history.no-git", "--history needs a git repository, and {path} is not in one",
      "--history heeft een git-repository nodig, en {path} staat er niet in"},
    E{"ui.history.shallow",
      "--history: this is a shallow clone, so git cannot tell when POPs last changed; history.stale is skipped (fetch the whole history, e.g. fetch-depth: 0)",
      "--history: dit is een ondiepe kloon, dus git weet niet wanneer POP's het laatst veranderden; history.stale wordt overgeslagen (haal de hele geschiedenis op, bijv. fetch-depth: 0)"},
    E{"ui.changed-since.no-git", "--changed-since needs a git repository, and {path} is not in one",
      "--changed-since heeft een git-repository nodig, en {path} staat er niet in"},
    E{"ui.changed-since.bad-rev", "--changed-since {rev}: git says: {error}",
      "--changed-since {rev}: git zegt: {error}"},
    E{"ui.and", "and", "en"},
    E{"ci.github.hidden",
      "{hidden} not shown as annotations (GitHub shows at most {limit} errors and {limit} warnings per step); `pop check --format text` lists them all",
      "{hidden} niet als annotatie getoond (GitHub toont per stap hoogstens {limit} fouten en {limit} waarschuwingen); `pop check --format text` toont ze allemaal"},
    E{"ui.bad-lang", "--lang must be nl or en, not `{value}`", "--lang moet nl of en zijn, niet `{value}`"},
    E{"ui.list.header", "{n} rules (id, severity, description):", "{n} regels (code, ernst, omschrijving):"},
    E{"ui.severity.error", "error", "fout"},
    E{"ui.severity.warning", "warning", "waarschuwing"},
});

constexpr bool unique_keys() {
    for (std::size_t i = 1; i < kCatalog.size(); ++i)
        if (kCatalog[i - 1].key == kCatalog[i].key) return false;
    return true;
}
static_assert(unique_keys(), "duplicate key in the message catalog");

std::string substitute(std::string_view text, Lang lang, std::span<const MessageArg> args) {
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {  // {{ is a literal brace
            out.push_back('{');
            ++i;
            continue;
        }
        if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
            out.push_back('}');
            ++i;
            continue;
        }
        if (c == '{') {
            std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                std::string_view name = text.substr(i + 1, close - i - 1);
                auto arg = std::find_if(args.begin(), args.end(), [&](const MessageArg& a) { return a.name == name; });
                if (arg != args.end()) {
                    if (arg->translate) {
                        auto t = message_template(arg->value, lang);
                        out += t ? *t : std::string_view(arg->value);
                    } else {
                        out += printable_text(arg->value);  // user text: no terminal escapes, no line breaks
                    }
                    i = close;
                    continue;
                }
            }
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::span<const CatalogEntry> catalog() { return kCatalog; }

std::optional<Lang> parse_lang(std::string_view text) {
    if (text.size() < 2) return std::nullopt;
    std::string_view head = text.substr(0, 2);
    if (text.size() > 2 && text[2] != '_' && text[2] != '-' && text[2] != '.' && text[2] != '@') return std::nullopt;
    if (head == "nl") return Lang::Nl;
    if (head == "en") return Lang::En;
    return std::nullopt;
}

Lang lang_from_locale(std::string_view lc_all, std::string_view lc_messages, std::string_view lang) {
    for (std::string_view v : {lc_all, lc_messages, lang}) {
        if (v.empty()) continue;
        return parse_lang(v).value_or(Lang::En);  // the first non-empty one decides, as in POSIX
    }
    return Lang::En;
}

std::optional<std::string_view> message_template(std::string_view key, Lang lang) {
    auto it = std::lower_bound(kCatalog.begin(), kCatalog.end(), key,
                               [](const CatalogEntry& e, std::string_view k) { return e.key < k; });
    if (it == kCatalog.end() || it->key != key) return std::nullopt;
    return lang == Lang::Nl ? it->nl : it->en;
}

std::string render_message(std::string_view key, Lang lang, std::span<const MessageArg> args) {
    auto t = message_template(key, lang);
    return t ? substitute(*t, lang, args) : std::string(key);
}

std::string finding_message(const Finding& finding, Lang lang) {
    return render_message(finding.message, lang, finding.args);
}

std::string finding_hint(const Finding& finding, Lang lang) {
    std::string key = finding.message + ".hint";
    auto t = message_template(key, lang);
    return t ? substitute(*t, lang, finding.args) : std::string();
}

}  // namespace pop
