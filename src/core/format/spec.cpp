#include "pop/format/spec.h"

#include <array>

#include "pop/base/utf8.h"

namespace pop {
namespace {

using enum ValueType;

constexpr TypeSpec text{Text};
constexpr TypeSpec id_type{Id};
constexpr TypeSpec date{Date};
constexpr TypeSpec boolean{Boolean};
constexpr TypeSpec version{Version};
// Hours and euros have sane ranges: a plan of more than 10,000 hours or 1,000,000 euros is a typo.
constexpr TypeSpec hours{Number, Text, nullptr, {}, 0, 10000, false};
constexpr TypeSpec euros{Number, Text, nullptr, {}, 0, 1000000, true};
// Hours of one ledger entry: a day has 24 of them.
constexpr TypeSpec entry_hours{Number, Text, nullptr, {}, 0, 24, false};
constexpr TypeSpec integer_from_0{Integer, Text, nullptr, {}, 0, 0, false};
constexpr TypeSpec integer_from_1{Integer, Text, nullptr, {}, 1, 0, false};
constexpr TypeSpec month{Integer, Text, nullptr, {}, 1, 12, false};
constexpr TypeSpec percent{Integer, Text, nullptr, {}, 0, 1000, false};
// A part-time factor: 1 is full time; a few contracts run a little above it.
constexpr TypeSpec fte{Number, Text, nullptr, {}, 0, 2, false};
constexpr TypeSpec object(const ObjectSpec& o) { return TypeSpec{Object, Text, &o, {}, 0, 0, false}; }
constexpr TypeSpec list_of(const ObjectSpec& o) { return TypeSpec{List, Object, &o, {}, 0, 0, false}; }
constexpr TypeSpec list_of(ValueType t) { return TypeSpec{List, t, nullptr, {}, 0, 0, false}; }
constexpr TypeSpec one_of(std::span<const Choice> c) { return TypeSpec{Enum, Text, nullptr, c, 0, 0, false}; }
constexpr TypeSpec list_of(std::span<const Choice> c) { return TypeSpec{List, Enum, nullptr, c, 0, 0, false}; }

// ---- choices -------------------------------------------------------------------------------
constexpr std::array kLearning{Choice{"formal", "formeel", "formele"},
                               Choice{"non_formal", "non-formeel", "non-formele|niet-formeel"},
                               Choice{"informal", "informeel", "informele"}};
constexpr std::array kMethods{
    Choice{"training", "training", "trainingen|studiedag|studiedagen|workshop"},
    Choice{"course", "cursus", "cursussen|nascholing"},
    Choice{"study", "opleiding", "studie|opleidingen"},
    Choice{"lesson_study", "lesson study"},
    Choice{"coaching", "coaching", "coach"},
    Choice{"mentoring", "mentoring", "mentor|begeleiding|aanvangsbegeleiding"},
    Choice{"collegial_visit", "collegiale visitatie", "hospiteren|klasbezoek|lesbezoek|collegiaal bezoek|visitatie"},
    Choice{"job_shadowing", "jobshadowing", "meelopen"},
    Choice{"intervision", "intervisie"},
    Choice{"supervision", "supervisie"},
    Choice{"learning_community", "professionele leergemeenschap", "leergemeenschap|plg|vakgroepwerking"},
    Choice{"practitioner_research", "praktijkonderzoek", "onderzoek|actieonderzoek"},
    Choice{"co_teaching", "co-teaching", "teamteaching"},
    Choice{"conference", "congres", "conferentie|congressen|symposium"},
    Choice{"reading", "vakliteratuur", "vakliteratuur lezen|literatuur|lezen"},
    Choice{"international", "internationaal project", "internationaal|erasmus|erasmus+"},
    Choice{"other", "anders", "iets anders|overig|overige"}};
constexpr std::array kStatus{
    Choice{"planned", "gepland", "nog niet begonnen|niet begonnen"},
    Choice{"active", "bezig", "actief|lopend|loopt|in uitvoering"},
    Choice{"achieved", "behaald", "klaar|afgerond|gehaald|bereikt|voltooid|gedaan"},
    Choice{"dropped", "gestopt", "gestaakt|geschrapt|vervallen|afgebroken"},
    Choice{"paused", "gepauzeerd", "pauze|onderbroken|uitgesteld|on hold"}};
constexpr std::array kConversationKind{
    Choice{"start", "startgesprek", "begingesprek|intakegesprek"},
    Choice{"progress", "voortgangsgesprek", "voortgang|tussentijds gesprek|tussengesprek"},
    Choice{"performance", "functioneringsgesprek", "functionering|ontwikkelgesprek"},
    Choice{"appraisal", "beoordelingsgesprek", "beoordeling|evaluatiegesprek"}};
constexpr std::array kPreset{Choice{"po", "primair onderwijs", "basisonderwijs|basisschool"},
                             Choice{"vo", "voortgezet onderwijs", "middelbare school|secundair onderwijs"},
                             Choice{"mbo", "mbo", "middelbaar beroepsonderwijs"},
                             Choice{"vlaanderen", "Vlaanderen", "vlaams|belgie"}};
constexpr std::array kFrameworkPreset{
    Choice{"nl-bekwaamheidseisen-2017", "bekwaamheidseisen", "bekwaamheidseisen 2017|bekwaamheid"},
    Choice{"vl-basiscompetenties-2018", "basiscompetenties", "basiscompetenties leraren|beroepsprofiel"}};
constexpr std::array kRoleGroup{Choice{"teacher", "docent", "leraar|onderwijzend personeel"},
                                Choice{"support", "onderwijsondersteunend", "oop|ondersteunend personeel|ondersteuning"}};

// ---- POP -----------------------------------------------------------------------------------
constexpr std::array kSignatureFields{
    FieldSpec{"name", text, true, "naam"},
    FieldSpec{"date", date, true, "datum"}};
constexpr ObjectSpec kSignature{"signature", kSignatureFields, "Who agreed, and when."};

constexpr std::array kPersonFields{
    FieldSpec{"id", id_type, true, "code", "personeelsnummer|personeelscode"},
    FieldSpec{"name", text, true, "naam"},
    FieldSpec{"role", text, false, "functie", "rol"},
    FieldSpec{"school", text, false, "school", "locatie|vestiging"},
    FieldSpec{"team", text, false, "team of sectie", "sectie|vakgroep"},
    FieldSpec{"manager", text, false, "leidinggevende", "direct leidinggevende|teamleider"}};
constexpr ObjectSpec kPerson{"person", kPersonFields, "Whose POP this is."};

constexpr std::array kPeriodFields{
    FieldSpec{"start", date, true, "startdatum", "begin|begindatum|vanaf"},
    FieldSpec{"end", date, true, "einddatum", "eind|einde|eindigt"}};
constexpr ObjectSpec kPeriod{"period", kPeriodFields, "The period the POP covers."};

constexpr std::array kSignOffFields{
    FieldSpec{"employee", object(kSignature), false, "akkoord medewerker", "medewerker akkoord|medewerker|werknemer"},
    FieldSpec{"manager", object(kSignature), false, "akkoord leidinggevende", "leidinggevende akkoord|leidinggevende"}};
constexpr ObjectSpec kSignOff{"sign_off", kSignOffFields, "Sign-off of the whole POP (Acceptabel)."};

constexpr std::array kRealisticFields{
    FieldSpec{"hours", hours, false, "uren", "uur|klokuren|aantal uren|tijd"},
    FieldSpec{"budget", euros, false, "budget", "kosten|bedrag|euro|geld"},
    FieldSpec{"note", text, false, "toelichting", "opmerking|notitie"}};
constexpr ObjectSpec kRealistic{"realistic", kRealisticFields, "Realistisch: time and money planned."};

constexpr std::array kStepFields{
    FieldSpec{"id", id_type, false, "code"},
    FieldSpec{"what", text, true, "wat", "omschrijving|beschrijving|stap"},
    FieldSpec{"due", date, false, "uiterlijk", "deadline|uiterlijk op|streefdatum"},
    FieldSpec{"done", date, false, "gedaan op", "afgerond op|afgerond|gedaan|klaar|klaar op|voltooid"},
    FieldSpec{"private", boolean, false, "privé", "vertrouwelijk"}};
constexpr ObjectSpec kStep{"step", kStepFields, "A small step towards the goal."};

constexpr std::array kEvidenceFields{
    FieldSpec{"date", date, true, "datum"},
    FieldSpec{"what", text, true, "wat", "omschrijving|beschrijving"},
    FieldSpec{"link", text, false, "link", "url|webadres"},
    FieldSpec{"file", text, false, "bestand", "pad|document|bijlage"},
    FieldSpec{"private", boolean, false, "privé", "vertrouwelijk"}};
constexpr ObjectSpec kEvidence{"evidence", kEvidenceFields, "Evidence of progress (bewijs)."};

constexpr std::array kLogEntryFields{
    FieldSpec{"date", date, true, "datum"},
    FieldSpec{"hours", entry_hours, false, "uren", "uur|klokuren|bestede uren|tijd"},
    FieldSpec{"euros", euros, false, "kosten", "bedrag|euro|geld|budget|bestede kosten"},
    FieldSpec{"what", text, true, "wat", "omschrijving|beschrijving|activiteit"},
    FieldSpec{"learning", one_of(kLearning), false, "soort leren", "leren|leervorm|manier van leren"},
    FieldSpec{"method", one_of(kMethods), false, "werkvorm", "methode|werkvormen"},
    FieldSpec{"private", boolean, false, "privé", "vertrouwelijk"}};
constexpr ObjectSpec kLogEntry{"log entry", kLogEntryFields,
                               "Time and money spent on learning (logboek: bestede uren en kosten)."};

constexpr std::array kGoalFields{
    FieldSpec{"id", id_type, true, "code"},
    FieldSpec{"title", text, true, "titel", "naam|onderwerp"},
    FieldSpec{"specific", text, false, "Specifiek"},
    FieldSpec{"measurable", text, false, "Meetbaar", "meetbaarheid|succescriterium|succescriteria"},
    FieldSpec{"agreed", object(kSignature), false, "Acceptabel", "afgesproken|akkoord"},
    FieldSpec{"realistic", object(kRealistic), false, "Realistisch", "haalbaar"},
    FieldSpec{"start", date, false, "startdatum (Tijdgebonden)", "begin|begindatum|vanaf"},
    FieldSpec{"end", date, false, "einddatum (Tijdgebonden)", "eind|einde"},
    FieldSpec{"inspiring", text, false, "Inspirerend", "inspiratie|motivatie|waarom"},
    FieldSpec{"learning", one_of(kLearning), false, "soort leren", "leren|leervorm|manier van leren"},
    FieldSpec{"methods", list_of(kMethods), false, "werkvormen", "werkvorm|methoden|methodes|methode"},
    FieldSpec{"competence", id_type, false, "bekwaamheidsdomein",
              "bekwaamheidsdomeinen|bekwaamheid|domein|competentie"},
    FieldSpec{"school_goals", list_of(Id), false, "schooldoelen", "schooldoel"},
    FieldSpec{"status", one_of(kStatus), false, "status", "stand|voortgang"},
    FieldSpec{"steps", list_of(kStep), false, "stappen", "stap|acties|activiteiten"},
    FieldSpec{"evidence", list_of(kEvidence), false, "bewijs", "bewijzen|bewijsstukken|bewijsstuk"},
    FieldSpec{"log", list_of(kLogEntry), false, "logboek", "bestede uren|uren besteed|urenlog|verantwoording"},
    FieldSpec{"reflection", text, false, "reflectie", "reflecties|terugblik"},
    FieldSpec{"private", boolean, false, "privé", "vertrouwelijk"}};
constexpr ObjectSpec kGoal{"goal", kGoalFields, "A development goal (ontwikkeldoel), SMARTI."};

constexpr std::array kConversationFields{
    FieldSpec{"kind", one_of(kConversationKind), true, "soort gesprek", "soort|type|gesprekstype"},
    FieldSpec{"date", date, true, "datum"},
    FieldSpec{"with", text, false, "met", "met wie|gesprekspartner"},
    FieldSpec{"agreements", text, false, "afspraken", "afspraak"},
    FieldSpec{"notes", text, false, "aantekeningen", "aantekening|notities|notitie|verslag"},
    FieldSpec{"private", boolean, false, "privé", "vertrouwelijk"}};
constexpr ObjectSpec kConversation{"conversation", kConversationFields, "A conversation of the cycle."};

constexpr std::array kAreaAssessmentFields{
    FieldSpec{"area", id_type, true, "bekwaamheidsgebied", "gebied|domein|bekwaamheidsdomein|competentie"},
    FieldSpec{"level", id_type, true, "niveau", "bekwaamheid|stand"},
    FieldSpec{"explanation", text, false, "toelichting", "uitleg|onderbouwing|opmerking"},
    FieldSpec{"evidence", list_of(Text), false, "bewijs", "bewijzen|bewijsstukken|bewijsstuk"},
    FieldSpec{"manager_level", id_type, false, "oordeel leidinggevende", "niveau leidinggevende|leidinggevende"}};
constexpr ObjectSpec kAreaAssessment{"area assessment", kAreaAssessmentFields,
                                     "One area of a self-assessment, with the level you see yourself at."};

constexpr std::array kSelfAssessmentFields{
    FieldSpec{"date", date, true, "datum"},
    FieldSpec{"manager", text, false, "leidinggevende", "met|beoordelaar"},
    FieldSpec{"private", boolean, false, "privé", "vertrouwelijk"},
    FieldSpec{"areas", list_of(kAreaAssessment), true, "bekwaamheidsgebieden", "gebieden|domeinen|competenties"}};
constexpr ObjectSpec kSelfAssessment{"self assessment", kSelfAssessmentFields,
                                     "A dated self-assessment (zelfevaluatie) against the competence framework."};

constexpr std::array kPopFields{
    FieldSpec{"format_version", version, true, "formaatversie", "versie|formaat"},
    FieldSpec{"person", object(kPerson), true, "medewerker", "persoon|personeelslid|werknemer"},
    FieldSpec{"period", object(kPeriod), true, "looptijd", "periode"},
    FieldSpec{"sign_off", object(kSignOff), false, "ondertekening", "handtekeningen|ondertekend|akkoord"},
    FieldSpec{"goals", list_of(kGoal), false, "ontwikkeldoelen", "ontwikkeldoel|doelen|doel|leerdoelen|leerdoel"},
    FieldSpec{"conversations", list_of(kConversation), false, "gesprekken", "gesprek|gesprekkencyclus"},
    FieldSpec{"log", list_of(kLogEntry), false, "logboek", "bestede uren|uren besteed|urenlog|verantwoording"},
    FieldSpec{"self_assessments", list_of(kSelfAssessment), false, "zelfevaluaties",
              "zelfevaluatie|zelfbeoordeling|zelfbeoordelingen|bekwaamheidsmeting"}};
constexpr ObjectSpec kPop{"pop", kPopFields, "A personal development plan (persoonlijk ontwikkelingsplan)."};

// ---- policy --------------------------------------------------------------------------------
constexpr std::array kWarnFields{
    FieldSpec{"period_end_days", integer_from_0, false, "dagen voor einde looptijd", "waarschuwen voor einde looptijd"},
    FieldSpec{"step_due_days", integer_from_0, false, "dagen voor deadline stap", "waarschuwen voor deadline stap"},
    FieldSpec{"inactivity_months", integer_from_1, false, "maanden zonder activiteit",
              "waarschuwen bij stilstand|stilstand"},
    FieldSpec{"hours_unused_days", integer_from_0, false, "dagen voor einde schooljaar", "waarschuwen voor ongebruikte uren"}};
constexpr ObjectSpec kWarn{"warn", kWarnFields, "Warning windows."};

constexpr std::array kSmartiFields{
    FieldSpec{"min_specific_words", integer_from_0, false, "minimaal aantal woorden", "minimum aantal woorden"},
    FieldSpec{"vague_words", list_of(Text), false, "vage woorden"},
    FieldSpec{"max_goal_months", integer_from_1, false, "maximale duur doel (maanden)", "maximale duur doel"}};
constexpr ObjectSpec kSmarti{"smarti", kSmartiFields, "Thresholds of the SMARTI rules."};

constexpr std::array kCompleteFields{
    FieldSpec{"sign_off", boolean, false, "ondertekend", "ondertekening"},
    FieldSpec{"current_goal", boolean, false, "lopend doel"},
    FieldSpec{"conversation", boolean, false, "recent gesprek", "gesprek"}};
constexpr ObjectSpec kComplete{"complete", kCompleteFields, "What a complete POP needs besides a valid file."};

constexpr std::array kFrameworkAreaFields{
    FieldSpec{"id", id_type, true, "code"},
    FieldSpec{"name", text, true, "naam"},
    FieldSpec{"name_en", text, false, "Engelse naam", "naam engels"}};
constexpr ObjectSpec kFrameworkArea{"framework area", kFrameworkAreaFields, "One area of the competence framework."};
constexpr std::array kFrameworkLevelFields{
    FieldSpec{"id", id_type, true, "code"},
    FieldSpec{"name", text, true, "naam"},
    FieldSpec{"name_en", text, false, "Engelse naam", "naam engels"}};
constexpr ObjectSpec kFrameworkLevel{"framework level", kFrameworkLevelFields,
                                     "One level of the competence framework (list them low to high)."};

constexpr std::array kRequiredLevelFields{
    FieldSpec{"teacher", id_type, false, "docent", "leraar"},
    FieldSpec{"starter", id_type, false, "starter", "beginnend leraar|startende leraar"},
    FieldSpec{"support", id_type, false, "onderwijsondersteunend", "oop|ondersteunend personeel"}};
constexpr ObjectSpec kRequiredLevel{"required level", kRequiredLevelFields, "The level each role group needs."};

constexpr std::array kCompetenceFrameworkFields{
    FieldSpec{"preset", one_of(kFrameworkPreset), false, "kader", "standaardkader"},
    FieldSpec{"id", id_type, false, "code"},
    FieldSpec{"name", text, false, "naam"},
    FieldSpec{"name_en", text, false, "Engelse naam", "naam engels"},
    FieldSpec{"areas", list_of(kFrameworkArea), false, "bekwaamheidsgebieden", "gebieden|domeinen|competenties"},
    FieldSpec{"levels", list_of(kFrameworkLevel), false, "niveaus", "niveau|bekwaamheidsniveaus"},
    FieldSpec{"required", object(kRequiredLevel), false, "vereist niveau", "vereist|vereisten|eisen"}};
constexpr ObjectSpec kCompetenceFramework{"competence framework", kCompetenceFrameworkFields,
                                          "The competence framework self-assessments use."};

constexpr std::array kPolicyFields{
    FieldSpec{"format_version", version, true, "formaatversie", "versie|formaat"},
    FieldSpec{"preset", one_of(kPreset), false, "sector", "onderwijssector"},
    FieldSpec{"renewal_years", integer_from_1, false, "vernieuwen na (jaren)", "pop vernieuwen|vernieuwen"},
    FieldSpec{"conversation_months", integer_from_1, false, "gesprek elke (maanden)", "gesprekstermijn"},
    FieldSpec{"hours_per_year", hours, false, "uren per jaar",
              "uren professionalisering per jaar|professionaliseringsuren|uren"},
    FieldSpec{"budget_per_year", euros, false, "budget per jaar", "scholingsbudget per jaar|scholingsbudget|budget"},
    FieldSpec{"support_hours_per_year", hours, false, "uren ondersteunend personeel per jaar",
              "uren oop|uren ondersteunend personeel"},
    FieldSpec{"starter_hours_per_year", hours, false, "extra uren starters per jaar", "extra uren starters|uren starters"},
    FieldSpec{"starter_years", integer_from_0, false, "jaren starter", "startersjaren"},
    FieldSpec{"carry_over_years", integer_from_0, false, "jaren sparen", "sparen|meenemen (jaren)|opsparen"},
    FieldSpec{"school_year_start", month, false, "eerste maand schooljaar", "begin schooljaar|schooljaar begint"},
    FieldSpec{"hours_plan_margin", percent, false, "marge op geplande uren (%)", "marge uren"},
    FieldSpec{"stale_months", integer_from_1, false, "maanden onaangeroerd", "onaangeroerd"},
    FieldSpec{"retention_months", integer_from_1, false, "bewaartermijn (maanden)", "bewaren"},
    FieldSpec{"min_group_size", integer_from_1, false, "minimale groepsgrootte", "groepsgrootte"},
    FieldSpec{"complete", object(kComplete), false, "volledig", "compleet|volledigheid"},
    FieldSpec{"warn", object(kWarn), false, "waarschuwingen", "waarschuwen|waarschuwing|herinneringen"},
    FieldSpec{"smarti", object(kSmarti), false, "SMARTI", "smart"},
    FieldSpec{"competence_framework", object(kCompetenceFramework), false, "bekwaamheidskader",
              "competentiekader|bekwaamheidseisen|basiscompetenties|competentieprofiel"}};
constexpr ObjectSpec kPolicy{"policy", kPolicyFields, "The school's POP policy (pop-policy.yaml)."};

// ---- roster --------------------------------------------------------------------------------
constexpr std::array kStaffFields{
    FieldSpec{"id", id_type, true, "code", "personeelsnummer|personeelscode"},
    FieldSpec{"name", text, true, "naam"},
    FieldSpec{"role", text, false, "functie", "rol"},
    FieldSpec{"team", text, false, "team of sectie", "sectie|vakgroep"},
    FieldSpec{"manager", text, false, "leidinggevende", "direct leidinggevende|teamleider"},
    FieldSpec{"active", boolean, false, "in dienst", "actief"},
    FieldSpec{"left", date, false, "uit dienst per", "uit dienst|vertrokken|vertrokken op"},
    FieldSpec{"fte", fte, false, "fte (betrekkingsomvang)", "betrekkingsomvang|wtf|deeltijdfactor"},
    FieldSpec{"role_group", one_of(kRoleGroup), false, "personeelsgroep", "functiegroep|categorie"},
    FieldSpec{"start_date", date, false, "in dienst sinds", "datum in dienst|in dienst per|startdatum"}};
constexpr ObjectSpec kStaff{"staff member", kStaffFields, "One member of staff."};

constexpr std::array kRosterFields{
    FieldSpec{"format_version", version, true, "formaatversie", "versie|formaat"},
    FieldSpec{"staff", list_of(kStaff), true, "personeel", "medewerkers|personeelsleden|personeelslijst"}};
constexpr ObjectSpec kRoster{"roster", kRosterFields, "The roster of staff (pop-roster.yaml)."};

// ---- school goals --------------------------------------------------------------------------
constexpr std::array kSchoolGoalFields{
    FieldSpec{"id", id_type, true, "code"},
    FieldSpec{"title", text, true, "titel", "naam"},
    FieldSpec{"description", text, false, "omschrijving", "beschrijving"},
    FieldSpec{"theme", text, false, "thema"}};
constexpr ObjectSpec kSchoolGoal{"school goal", kSchoolGoalFields, "One goal of the school plan."};

constexpr std::array kSchoolGoalsFields{
    FieldSpec{"format_version", version, true, "formaatversie", "versie|formaat"},
    FieldSpec{"school", text, false, "school"},
    FieldSpec{"goals", list_of(kSchoolGoal), true, "schooldoelen", "doelen|schooldoel"}};
constexpr ObjectSpec kSchoolGoals{"school goals", kSchoolGoalsFields,
                                  "The school's goals (pop-school-goals.yaml)."};

// The words of an also_nl list: "klaar|afgerond" gives "klaar" and "afgerond".
void add_words(std::vector<std::string_view>& out, std::string_view list) {
    while (!list.empty()) {
        std::size_t bar = list.find('|');
        out.push_back(list.substr(0, bar));
        list = bar == std::string_view::npos ? std::string_view() : list.substr(bar + 1);
    }
}

// The ASCII letter of a Latin-1 letter with an accent (U+00C0 to U+00FF; upper case is folded to
// lower case), or 0 for the others (×, ÷, ß, æ, ø, þ, ð).
char without_accent(char32_t c) {
    constexpr std::string_view kLetters = "aaaaaa.ceeeeiiii.nooooo..uuuuy.y";  // U+00E0 ... U+00FF
    static_assert(kLetters.size() == 0x20);
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 0x20;  // À -> à
    if (c < 0xE0 || c > 0xFF || kLetters[c - 0xE0] == '.') return 0;
    return kLetters[c - 0xE0];
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

constexpr FileKind kKinds[] = {FileKind::Pop, FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals};

// The object of the spec below `object` (or `object` itself) that holds `field`; nullptr when none.
const ObjectSpec* owner_below(const ObjectSpec& object, const FieldSpec* field) {
    for (const FieldSpec& f : object.fields) {
        if (&f == field) return &object;
        if (f.type.object)
            if (const ObjectSpec* o = owner_below(*f.type.object, field)) return o;
    }
    return nullptr;
}

// The field of the spec below `object` whose allowed values include `choice`; nullptr when none.
const FieldSpec* field_with_choice(const ObjectSpec& object, const Choice* choice) {
    for (const FieldSpec& f : object.fields) {
        for (const Choice& c : f.type.choices)
            if (&c == choice) return &f;
        if (f.type.object)
            if (const FieldSpec* found = field_with_choice(*f.type.object, choice)) return found;
    }
    return nullptr;
}

// A message of the catalog, or "" for an empty key.
std::string described(const std::string& key, Lang lang) { return key.empty() ? std::string() : render_message(key, lang); }

}  // namespace

std::string description_key(const FieldSpec& field) {
    for (FileKind kind : kKinds) {
        if (const ObjectSpec* owner = owner_below(spec_for(kind), &field)) {
            std::string name(owner->name);
            for (char& c : name)
                if (c == ' ') c = '_';
            return "field." + name + "." + std::string(field.key);
        }
    }
    return {};
}

std::string description_key(const Choice& choice) {
    for (FileKind kind : kKinds)
        if (const FieldSpec* field = field_with_choice(spec_for(kind), &choice))
            return "choice." + std::string(field->key) + "." + std::string(choice.value);
    return {};
}

std::string field_description(const FieldSpec& field, Lang lang) { return described(description_key(field), lang); }

std::string choice_description(const Choice& choice, Lang lang) { return described(description_key(choice), lang); }

const ObjectSpec& spec_for(FileKind kind) {
    switch (kind) {
        case FileKind::Pop: return kPop;
        case FileKind::Policy: return kPolicy;
        case FileKind::Roster: return kRoster;
        case FileKind::SchoolGoals: return kSchoolGoals;
    }
    return kPop;
}

std::string_view conventional_filename(FileKind kind) {
    switch (kind) {
        case FileKind::Pop: return {};
        case FileKind::Policy: return "pop-policy.yaml";
        case FileKind::Roster: return "pop-roster.yaml";
        case FileKind::SchoolGoals: return "pop-school-goals.yaml";
    }
    return {};
}

std::optional<FileKind> kind_from_filename(std::string_view filename) {
    auto slash = filename.find_last_of('/');
    std::string_view base = slash == std::string_view::npos ? filename : filename.substr(slash + 1);
    for (FileKind k : {FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals})
        if (base == conventional_filename(k)) return k;
    if (ends_with(base, ".pop.yaml") && base.size() > 9) return FileKind::Pop;
    return std::nullopt;
}

std::string_view kind_name(FileKind kind) {
    switch (kind) {
        case FileKind::Pop: return "pop";
        case FileKind::Policy: return "policy";
        case FileKind::Roster: return "roster";
        case FileKind::SchoolGoals: return "school-goals";
    }
    return "pop";
}

const FieldSpec* find_field(const ObjectSpec& object, std::string_view key) {
    for (const FieldSpec& f : object.fields)
        if (f.key == key) return &f;
    return nullptr;
}

std::vector<std::string_view> dutch_terms(const FieldSpec& field) {
    std::vector<std::string_view> terms{field.term_nl.substr(0, field.term_nl.find(" ("))};
    add_words(terms, field.also_nl);
    return terms;
}

std::vector<std::string_view> dutch_terms(const Choice& choice) {
    std::vector<std::string_view> terms{choice.term_nl};
    add_words(terms, choice.also_nl);
    return terms;
}

std::string folded_word(std::string_view word) {
    std::string out;
    for (std::size_t i = 0; i < word.size();) {
        utf8::Decoded d = utf8::decode(word, i);
        if (d.length == 0) {  // a stray byte stays as it is
            out += word[i++];
            continue;
        }
        char32_t c = d.code_point;
        if (c == '-' || c == '_' || c == ' ') {
            // left out
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (char plain = without_accent(c)) {
            out += plain;
        } else {
            out += word.substr(i, d.length);
        }
        i += d.length;
    }
    return out;
}

bool is_valid_id(std::string_view text) {
    auto ok_first = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (text.empty() || !ok_first(text.front())) return false;
    for (char c : text)
        if (!ok_first(c) && c != '_' && c != '.' && c != '-') return false;
    return true;
}

}  // namespace pop
