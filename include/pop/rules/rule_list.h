// The rule registry: one POP_RULE row per rule, sorted by id. Every rule `pop` can report is a row
// here, and only here: the typed ids (pop::rule::dates_order, rule_id.h) and the registry table
// (severity, family, English and Dutch description: rules.h, `pop check --list`, docs/rules.md, SARIF)
// are generated from these rows.
//
//   POP_RULE(constant, "id", Error | Warning, "description in English", "description in Dutch")
//
// The constant is the id with '.' and '-' turned into '_'; the id's prefix (before the dot) is its
// family, implemented in src/core/rules/<family>.cpp. Ids are stable: never rename one once released.
// Compile-time checks (rule_id.h, rules.cpp) fail the build when the rows are not sorted, an id is
// written twice, a constant does not match its id, or a prefix names no family.
//
// This file has no include guard on purpose (an "X-macro" list): a user defines POP_RULE, includes
// it, and undefines POP_RULE. Only rule_id.h and src/core/rules/rules.cpp include it.

POP_RULE(competence_area, "competence.area", Error,
         "a self-assessment or a goal's competence names an area that is not in the competence framework",
         "een zelfevaluatie of de competence van een doel noemt een gebied dat niet in het bekwaamheidskader staat")
POP_RULE(competence_below_required, "competence.below-required", Warning,
         "in the latest self-assessment an area is below the level the role requires and no goal addresses it",
         "in de laatste zelfevaluatie ligt een gebied onder het vereiste niveau en geen doel werkt eraan")
POP_RULE(competence_duplicate_area, "competence.duplicate-area", Error,
         "a self-assessment assesses the same area twice",
         "een zelfevaluatie beoordeelt hetzelfde gebied twee keer")
POP_RULE(competence_level, "competence.level", Error,
         "a self-assessment names a level that is not in the competence framework",
         "een zelfevaluatie noemt een niveau dat niet in het bekwaamheidskader staat")
POP_RULE(competence_no_framework, "competence.no-framework", Warning,
         "the POP has self-assessments but the policy names no competence framework",
         "het POP heeft zelfevaluaties maar het beleid noemt geen bekwaamheidskader")
POP_RULE(complete_conversation, "complete.conversation", Error,
         "policy: no conversation of the cycle within conversation_months",
         "beleid: geen gesprek uit de cyclus binnen conversation_months")
POP_RULE(complete_goal, "complete.goal", Error,
         "policy: the current POP has no goal that runs today",
         "beleid: het lopende POP heeft geen doel dat vandaag loopt")
POP_RULE(complete_sign_off, "complete.sign-off", Error,
         "policy: the current POP is not signed by both",
         "beleid: het lopende POP is niet door beiden ondertekend")
POP_RULE(dates_format, "dates.format", Error,
         "a date is not written as YYYY-MM-DD",
         "een datum staat niet in de vorm JJJJ-MM-DD")
POP_RULE(dates_future, "dates.future", Warning,
         "something is recorded as done, signed, shown or spent on a date after today",
         "iets staat als gedaan, getekend, aangetoond of besteed op een datum na vandaag")
POP_RULE(dates_goal_in_period, "dates.goal-in-period", Warning,
         "a goal starts before the POP period, or ends after it while the period runs",
         "een doel begint voor de looptijd van het POP, of eindigt erna terwijl die loopt")
POP_RULE(dates_invalid, "dates.invalid", Error,
         "a date does not exist in the calendar (e.g. 2025-02-30)",
         "een datum bestaat niet in de kalender (bijv. 2025-02-30)")
POP_RULE(dates_log_in_period, "dates.log-in-period", Warning,
         "a log entry is dated before the POP period starts",
         "een logboekregel heeft een datum van voor het begin van de looptijd")
POP_RULE(dates_order, "dates.order", Error,
         "an end date lies before its start date",
         "een einddatum ligt voor de bijbehorende startdatum")
POP_RULE(dates_step_in_goal, "dates.step-in-goal", Warning,
         "a step is due or done outside its goal's dates",
         "een stap valt buiten de start- en einddatum van zijn doel")
POP_RULE(history_stale, "history.stale", Warning,
         "with --history: the POP has not changed in git for longer than stale_months",
         "met --history: het POP is in git langer dan stale_months niet veranderd")
POP_RULE(hours_over_allowance, "hours.over-allowance", Warning,
         "the hours logged in a school year are more than its allowance (with what was carried over)",
         "de gelogde uren van een schooljaar zijn meer dan er toegekend zijn (met wat is meegenomen)")
POP_RULE(hours_plan_exceeded, "hours.plan-exceeded", Warning,
         "a goal's logged hours exceed its planned hours by more than the policy's margin",
         "de gelogde uren van een doel zijn meer dan gepland, boven de marge uit het beleid")
POP_RULE(input_encoding, "input.encoding", Error,
         "the file is not UTF-8 text (bad byte, NUL, stray BOM)",
         "het bestand is geen UTF-8-tekst (ongeldige byte, NUL, losse BOM)")
POP_RULE(input_leftover_temp, "input.leftover-temp", Warning,
         "a temporary file of an interrupted pop edit lies beside the POP",
         "naast het POP staat een tijdelijk bestand van een afgebroken pop-wijziging")
POP_RULE(input_size, "input.size", Error,
         "the file is too large to be a POP",
         "het bestand is te groot voor een POP")
POP_RULE(input_unreadable, "input.unreadable", Error,
         "the file cannot be read",
         "het bestand kan niet gelezen worden")
POP_RULE(links_person, "links.person", Warning,
         "the person's id is not on the roster",
         "de code van de medewerker staat niet op de personeelslijst")
POP_RULE(links_school_goal, "links.school-goal", Error,
         "a goal links to a school goal that does not exist",
         "een doel verwijst naar een schooldoel dat niet bestaat")
POP_RULE(reminder_conversation_due, "reminder.conversation-due", Warning,
         "a conversation of the cycle is due soon or overdue (conversation_months)",
         "een gesprek uit de cyclus moet binnenkort of had al gevoerd moeten zijn (conversation_months)")
POP_RULE(reminder_goal_inactive, "reminder.goal-inactive", Warning,
         "a running goal shows no activity for inactivity_months",
         "een lopend doel laat al inactivity_months geen activiteit zien")
POP_RULE(reminder_goal_overdue, "reminder.goal-overdue", Warning,
         "a goal is past its end date and neither achieved nor dropped",
         "een doel is over de einddatum en niet behaald of gestopt")
POP_RULE(reminder_hours_unused, "reminder.hours-unused", Warning,
         "the school year ends soon and hours of the allowance are unused",
         "het schooljaar eindigt binnenkort en er zijn nog toegekende uren over")
POP_RULE(reminder_period_ended, "reminder.period-ended", Warning,
         "the POP period has ended",
         "de looptijd van het POP is voorbij")
POP_RULE(reminder_period_ending, "reminder.period-ending", Warning,
         "the POP period ends within period_end_days",
         "de looptijd van het POP eindigt binnen period_end_days")
POP_RULE(reminder_renewal, "reminder.renewal", Warning,
         "the POP is older than the renewal cadence (renewal_years)",
         "het POP is ouder dan de vernieuwingstermijn (renewal_years)")
POP_RULE(reminder_step_due, "reminder.step-due", Warning,
         "a step is due within step_due_days",
         "een stap moet binnen step_due_days af")
POP_RULE(reminder_step_overdue, "reminder.step-overdue", Warning,
         "a step is past its due date and not done",
         "een stap is over de datum en niet gedaan")
POP_RULE(roster_duplicate_pop, "roster.duplicate-pop", Error,
         "a person has more than one current POP",
         "een medewerker heeft meer dan een lopend POP")
POP_RULE(roster_missing_pop, "roster.missing-pop", Error,
         "an active staff member has no current POP",
         "een medewerker in dienst heeft geen lopend POP")
POP_RULE(roster_retention, "roster.retention", Warning,
         "someone left longer ago than retention_months: remove or archive their POP files (AVG)",
         "iemand is langer dan retention_months uit dienst: verwijder of archiveer de POP-bestanden (AVG)")
POP_RULE(smarti_agreed, "smarti.agreed", Warning,
         "Acceptabel: the goal is not agreed (no `agreed`, POP not signed by both)",
         "Acceptabel: het doel is niet afgesproken (geen `agreed`, POP niet door beiden getekend)")
POP_RULE(smarti_inspiring, "smarti.inspiring", Warning,
         "Inspirerend: the goal has no personal motivation",
         "Inspirerend: het doel heeft geen persoonlijke motivatie")
POP_RULE(smarti_measurable, "smarti.measurable", Error,
         "Meetbaar: the goal has no success criterion",
         "Meetbaar: het doel heeft geen succescriterium")
POP_RULE(smarti_measurable_concrete, "smarti.measurable-concrete", Warning,
         "Meetbaar: the success criterion names no number",
         "Meetbaar: het succescriterium noemt geen aantal")
POP_RULE(smarti_realistic, "smarti.realistic", Warning,
         "Realistisch: no hours planned, or the goal runs longer than the policy allows",
         "Realistisch: geen uren gepland, of het doel duurt langer dan het beleid toestaat")
POP_RULE(smarti_realistic_budget, "smarti.realistic-budget", Warning,
         "Realistisch: budget planned per year exceeds the yearly budget",
         "Realistisch: het geplande budget per jaar is meer dan het jaarlijkse budget")
POP_RULE(smarti_realistic_hours, "smarti.realistic-hours", Warning,
         "Realistisch: hours planned per year exceed the yearly allowance",
         "Realistisch: de geplande uren per jaar zijn meer dan het jaarlijkse budget")
POP_RULE(smarti_specific, "smarti.specific", Warning,
         "Specifiek: the description is missing, too short or only vague words",
         "Specifiek: de omschrijving ontbreekt, is te kort of bestaat uit vage woorden")
POP_RULE(smarti_time_bound, "smarti.time-bound", Error,
         "Tijdgebonden: the goal lacks a start or end date",
         "Tijdgebonden: het doel mist een start- of einddatum")
POP_RULE(structure_duplicate_id, "structure.duplicate-id", Error,
         "two items in one list have the same id",
         "twee onderdelen in een lijst hebben dezelfde code")
POP_RULE(structure_empty, "structure.empty", Error,
         "a text field is empty",
         "een tekstveld is leeg")
POP_RULE(structure_enum, "structure.enum", Error,
         "a value is not one of the allowed values",
         "een waarde is niet een van de toegestane waarden")
POP_RULE(structure_id, "structure.id", Error,
         "an id contains spaces or other characters not allowed",
         "een code bevat spaties of andere tekens die niet mogen")
POP_RULE(structure_no_goals, "structure.no-goals", Warning,
         "the POP has no goals yet",
         "het POP heeft nog geen doelen")
POP_RULE(structure_required, "structure.required", Error,
         "a required field is missing",
         "een verplicht veld ontbreekt")
POP_RULE(structure_thousands_point, "structure.thousands-point", Warning,
         "an amount in euros has three decimals (2.450): a thousands point reads as a decimal point",
         "een bedrag in euro heeft drie decimalen (2.450): een punt voor duizendtallen telt als decimaalteken")
POP_RULE(structure_type, "structure.type", Error,
         "a value has the wrong type",
         "een waarde heeft het verkeerde type")
POP_RULE(structure_unknown_key, "structure.unknown-key", Error,
         "a key is not part of the format",
         "een sleutel hoort niet bij het formaat")
POP_RULE(structure_version, "structure.version", Error,
         "format_version is not a version pop knows",
         "format_version is geen versie die pop kent")
POP_RULE(yaml_anchor, "yaml.anchor", Error,
         "anchors and aliases (&x, *x) are not allowed",
         "ankers en verwijzingen (&x, *x) zijn niet toegestaan")
POP_RULE(yaml_comment_in_text, "yaml.comment-in-text", Warning,
         "a # in a text starts a comment, so the rest of the line is left out",
         "een # in een tekst begint een opmerking, dus de rest van de regel valt weg")
POP_RULE(yaml_complex_key, "yaml.complex-key", Error,
         "a key is a list or mapping instead of text",
         "een sleutel is een lijst of mapping in plaats van tekst")
POP_RULE(yaml_depth, "yaml.depth", Error,
         "lists and mappings are nested too deeply",
         "lijsten en mappings zijn te diep genest")
POP_RULE(yaml_documents, "yaml.documents", Error,
         "the file holds more than one YAML document",
         "het bestand bevat meer dan een YAML-document")
POP_RULE(yaml_duplicate_key, "yaml.duplicate-key", Error,
         "a key appears twice in the same mapping",
         "een sleutel komt twee keer voor in dezelfde mapping")
POP_RULE(yaml_syntax, "yaml.syntax", Error,
         "the file is not valid YAML",
         "het bestand is geen geldige YAML")
POP_RULE(yaml_tab, "yaml.tab", Error,
         "a tab is used for indentation",
         "er wordt met een tab ingesprongen")
POP_RULE(yaml_tag, "yaml.tag", Error,
         "YAML tags (!!str, !x) are not allowed",
         "YAML-tags (!!str, !x) zijn niet toegestaan")
POP_RULE(yaml_unclosed_quote, "yaml.unclosed-quote", Error,
         "a quoted text is never closed",
         "een tekst tussen aanhalingstekens wordt nergens afgesloten")
