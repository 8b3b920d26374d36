// bench/gen_corpus.cpp: a deterministic generator of realistic POP corpora for bench/run.sh.
//
//   usage: gen_corpus N OUTDIR
//
// Writes N POP files (*.pop.yaml) with the policies, rosters and school goals around them:
//
//   OUTDIR/pop-policy.yaml                          the default policy (preset vo)
//   OUTDIR/bNNN-<board>/pop-policy.yaml             one policy per school board (its sector's preset)
//   OUTDIR/bNNN-<board>/sNNNN-<school>/pop-roster.yaml, pop-school-goals.yaml
//   OUTDIR/bNNN-<board>/sNNNN-<school>/pops/<id>.pop.yaml   (at most 600 POPs in one folder)
//
// Boards are primary (po), secondary (vo), vocational (mbo) or Flemish (vlaanderen) with school
// sizes to match. The POPs look like the ones in examples/: Dutch text assembled from word lists,
// one to four goals with steps, evidence, logs of hours spent and conversations, dates around 2026-11-22 (check with
// --today 2026-11-22), and about one POP in eight with the mistakes people make (a misspelt
// status, 2025-02-30, 1-8-2025, a vague goal, a missing field, an unknown key, a tab...). A few
// staff on each roster have no POP, a few are inactive, and a few POPs name someone not on it.
//
// Deterministic: a fixed seed and xorshift generators, one per school, seeded from the school's
// number; nothing depends on the clock, the locale or the file system. The logs (`log:`, time and
// money spent) draw from generators of their own, seeded from the person's and the goal's ids, so
// that everything else in a POP is what it was before logs were added. The same N gives the same
// bytes on every run and machine, and a smaller corpus is a prefix (school by school) of a larger
// one. Person ids are unique in the whole corpus (a.jansen, a.jansen2, ...), so that a report over
// all schools counts people, not names. The last line printed is a digest (FNV-1a, 64 bits) of every path and byte written.
#include <sys/stat.h>
#include <sys/types.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ---- randomness ---------------------------------------------------------------------------

constexpr std::uint64_t kSeed = 0x504f502d62656e63ULL;  // "POP-benc"

std::uint64_t splitmix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct Rng {
    std::uint64_t s;
    explicit Rng(std::uint64_t seed) : s(splitmix(seed) | 1) {}
    std::uint64_t next() {  // xorshift64*
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 0x2545f4914f6cdd1dULL;
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>((next() >> 33) % static_cast<std::uint64_t>(n)); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
    bool percent(int p) { return below(100) < p; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))]; }
};

// ---- dates --------------------------------------------------------------------------------

// Days since 1970-01-01 <-> civil dates (H. Hinnant's algorithms).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

struct Civil {
    int y, m, d;
};

Civil civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::string iso(long day) {
    Civil c = civil_from_days(day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
    return buf;
}

const long kToday = days_from_civil(2026, 11, 22);

const char* const kMonths[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                               "augustus", "september", "oktober", "november", "december"};

std::string month_year(long day) {
    Civil c = civil_from_days(day);
    return std::string(kMonths[c.m - 1]) + " " + std::to_string(c.y);
}

// ---- word lists -----------------------------------------------------------------------------

using Words = std::vector<std::string>;

const Words kFirstNames = {
    "Anouk", "Mourad", "Hanneke", "Ruud", "Nadia", "Kees", "Sevgi", "Lotte", "Pieter", "Jeroen",
    "Marieke", "Sanne", "Daan", "Sem", "Fleur", "Lieke", "Bram", "Thijs", "Eva", "Noor",
    "Jasper", "Femke", "Youssef", "Fatima", "Mehmet", "Ayşe", "Priya", "Wouter", "Ingrid", "Frank",
    "Els", "Marloes", "Ahmed", "Lisa", "Joris", "Maaike", "Tim", "Esther", "Ilse", "Koen",
    "Roos", "Sjoerd", "Wim", "Karin", "Hugo", "Zoë", "Inès", "Dewi", "Rachid", "Bas",
    "Katrien", "Tom", "Elif", "Annelies", "Gert", "Hatice", "Niels", "Mirjam", "Stefan", "Linda",
    "Jelle", "Merel", "Robin", "Wendy", "Arjen", "Saskia", "Ravi", "Chantal", "Erik", "Yvonne",
    "Lucas", "Julia", "Milan", "Tessa", "Olga", "Kevin", "Hester", "Samira", "Dirk", "Petra",
};

struct LastName {
    const char* shown;  // as written in a name
    const char* id;     // as used in a person id
};

const std::vector<LastName> kLastNames = {
    {"Jansen", "jansen"}, {"de Vries", "devries"}, {"van den Berg", "vandenberg"}, {"van Dijk", "vandijk"},
    {"Bakker", "bakker"}, {"Janssen", "janssen"}, {"Visser", "visser"}, {"Smit", "smit"},
    {"Meijer", "meijer"}, {"de Boer", "deboer"}, {"Mulder", "mulder"}, {"de Groot", "degroot"},
    {"Bos", "bos"}, {"Vos", "vos"}, {"Peters", "peters"}, {"Hendriks", "hendriks"},
    {"van Leeuwen", "vanleeuwen"}, {"Dekker", "dekker"}, {"Brouwer", "brouwer"}, {"de Wit", "dewit"},
    {"Dijkstra", "dijkstra"}, {"Smits", "smits"}, {"de Graaf", "degraaf"}, {"van der Meer", "vandermeer"},
    {"Kok", "kok"}, {"Koster", "koster"}, {"Vermeer", "vermeer"}, {"Verhoef", "verhoef"},
    {"el Baz", "elbaz"}, {"Amrani", "amrani"}, {"Yilmaz", "yilmaz"}, {"Demir", "demir"},
    {"Peeters", "peeters"}, {"Wouters", "wouters"}, {"Claes", "claes"}, {"Maes", "maes"},
    {"Willems", "willems"}, {"Goossens", "goossens"}, {"Kaya", "kaya"}, {"Öztürk", "ozturk"},
    {"Boukhari", "boukhari"}, {"Ramdin", "ramdin"}, {"Sarmo", "sarmo"}, {"Postma", "postma"},
    {"Hoekstra", "hoekstra"}, {"van Beek", "vanbeek"}, {"Kuipers", "kuipers"}, {"Veenstra", "veenstra"},
    {"Prins", "prins"}, {"Huisman", "huisman"}, {"Scholten", "scholten"}, {"Timmermans", "timmermans"},
    {"Groen", "groen"}, {"Boersma", "boersma"}, {"Wijnands", "wijnands"}, {"van Wijk", "vanwijk"},
    {"Lambrechts", "lambrechts"}, {"Jacobs", "jacobs"}, {"Koç", "koc"}, {"Haddou", "haddou"},
};

const Words kPlaces = {"Zwolle", "Deventer", "Utrecht", "Tilburg", "Groningen", "Leeuwarden", "Almere",
                       "Amersfoort", "Den Bosch", "Nijmegen", "Arnhem", "Breda", "Eindhoven", "Haarlem",
                       "Leiden", "Delft", "Rotterdam-Zuid", "Apeldoorn", "Enschede", "Assen", "Emmen",
                       "Heerlen", "Venlo", "Middelburg", "Gouda", "Alkmaar", "Hoorn", "Lelystad",
                       "Dordrecht", "Zaandam"};
const Words kFlemishPlaces = {"Gent", "Leuven", "Brugge", "Hasselt", "Mechelen", "Aalst", "Kortrijk",
                              "Genk", "Turnhout", "Roeselare", "Lier", "Geel"};
const Words kSchoolWords = {"De Regenboog", "Het Kompas", "De Wilgen", "De Springplank", "Het Baken",
                            "De Vlinder", "De Zonnewijzer", "Het Anker", "De Klimop", "De Linde",
                            "Het Palet", "De Wegwijzer", "De Horizon", "Het Startpunt", "De Sterrenkijker",
                            "De Kameleon", "Het Mozaïek", "De Eik", "De Boomgaard", "Het Atrium"};
const Words kBoardWords = {"Lumen", "Prisma", "Akkoord", "Fluvius", "Meander", "Vitus", "Arcade",
                           "Veluwezoom", "Kempenland", "Delta", "Wadden", "Noorderlicht", "Waterland",
                           "Zuiderzee", "Brabantstroom", "Scala", "Via", "Pallas", "Octant", "Kwadrant"};

const Words kVoSubjects = {"Nederlands", "Engels", "Duits", "Frans", "wiskunde", "biologie", "natuurkunde",
                           "scheikunde", "geschiedenis", "aardrijkskunde", "economie", "lichamelijke opvoeding",
                           "muziek", "beeldende vorming", "informatica", "maatschappijleer", "Latijn"};
const Words kPoSubjects = {"rekenen", "begrijpend lezen", "spelling", "taal", "wereldoriëntatie",
                           "technisch lezen", "muziek", "bewegingsonderwijs"};
const Words kMboSubjects = {"mechatronica", "verpleegkunde", "Nederlands", "rekenen", "ondernemerschap",
                            "ICT en mediabeheer", "installatietechniek", "pedagogisch werk", "logistiek",
                            "burgerschap", "bouwkunde", "sport en bewegen"};
const Words kVlSubjects = {"Nederlands", "Frans", "Engels", "wiskunde", "geschiedenis", "aardrijkskunde",
                           "natuurwetenschappen", "techniek", "Latijn", "economie", "STEM", "lichamelijke opvoeding"};

enum Sector { Po = 0, Vo = 1, Mbo = 2, Vl = 3 };
const char* const kPreset[] = {"po", "vo", "mbo", "vlaanderen"};

Words classes_for(Sector s) {
    switch (s) {
        case Po: return {"groep 3", "groep 4", "groep 5", "groep 6", "groep 7", "groep 8", "groep 1-2",
                         "groep 5/6", "groep 7/8", "de combinatiegroep 4/5"};
        case Vo: return {"havo 4", "havo 3b", "mavo 2c", "mavo 2b", "vwo 5", "vwo 4", "brugklas 1d",
                         "brugklas 1a", "havo 1c", "havo 2a", "mavo 4", "vwo 6", "havo 5", "mavo 3"};
        case Mbo: return {"MT2A (niveau 4, jaar 2)", "de eerstejaars van Zorg en Welzijn niveau 3",
                          "ICT1B", "de BOL-groep logistiek niveau 2", "de entreeopleiding", "VP3C",
                          "de tweedejaars installatietechniek", "SB2 (sport en bewegen)"};
        case Vl: return {"1A3", "1A1", "2B1", "3 ASO", "4 TSO elektromechanica", "5 Latijn-wiskunde",
                         "6 economie-moderne talen", "1B", "2A2"};
    }
    return {};
}

Words teams_for(Sector s) {
    switch (s) {
        case Po: return {"onderbouw (groep 1-4)", "bovenbouw (groep 5-8)", "middenbouw", "zorg en ondersteuning"};
        case Vo: return {"onderbouw", "mavo", "havo/vwo bovenbouw", "onderwijsondersteuning", "sectie talen",
                         "sectie bèta"};
        case Mbo: return {"techniek", "zorg en welzijn", "economie en ondernemen", "ICT", "entree en basis"};
        case Vl: return {"eerste graad", "tweede graad", "derde graad", "vakgroep talen"};
    }
    return {};
}

std::string role_for(Sector s, const std::string& subject, Rng& r) {
    int k = r.below(100);
    switch (s) {
        case Po:
            if (k < 70) return "leerkracht " + r.pick(classes_for(Po));
            if (k < 80) return "intern begeleider";
            if (k < 90) return "onderwijsassistent";
            if (k < 95) return "vakleerkracht " + subject;
            return "bouwcoördinator";
        case Vo:
            if (k < 60) return "docent " + subject;
            if (k < 75) return "docent " + subject + " en mentor";
            if (k < 82) return "docent " + subject + " (startend)";
            if (k < 88) return "docent " + subject + " (zij-instromer)";
            if (k < 94) return "technisch onderwijsassistent";
            if (k < 97) return "sectievoorzitter " + subject;
            return "teamleider";
        case Mbo:
            if (k < 65) return "docent " + subject;
            if (k < 80) return "instructeur " + subject;
            if (k < 92) return "bpv-begeleider " + subject;
            return "onderwijskundig teamleider";
        case Vl:
            if (k < 80) return "leraar " + subject;
            if (k < 90) return "leraar " + subject + " en klastitularis";
            return "zorgcoördinator";
    }
    return "docent";
}

// ---- goal themes ----------------------------------------------------------------------------
// Placeholders: {klas} {klas2} {vak} {n} {m} {pct} {pct0} {coach} {collega} {manager} {eind}
// {sectie} {uren}. Each theme names the school goal it serves and the sectors it suits.

struct Theme {
    const char* slug;
    const char* school_goal;
    unsigned sectors;  // bit per Sector
    Words titles, specifics, specifics2, measurables, inspirings, steps, evidence, methods, notes;
    const char* competence;
    const char* learning;
};

constexpr unsigned kAll = 0xF, kPoVo = 0x3, kVoMbo = 0x6, kNotPo = 0xE;

const std::vector<Theme>& themes() {
    static const std::vector<Theme> t = {
        {"formatief-evalueren", "formatief-evalueren", kAll,
         {"Leerdoelen en exit tickets in {klas}", "Formatief evalueren bij {vak}", "Wisbordjes en succescriteria in {klas}",
          "Feedback tijdens de les in {klas}"},
         {"In {klas} zet ik bij {vak} in elke les een leerdoel met twee of drie succescriteria op het bord, en sluit ik de les af met een exit ticket waarmee ik de volgende les plan.",
          "Ik gebruik in {klas} en {klas2} bij {vak} wisbordjes en korte controlevragen om tijdens de instructie te zien welke leerlingen de stof nog niet beheersen, en ik pas mijn uitleg daarop aan.",
          "Voor {vak} in {klas} maak ik per hoofdstuk succescriteria die leerlingen kennen, zodat zij zelf kunnen zien waar ze staan voordat de toets komt."},
         {"De sectie {vak} doet mee, zodat we materiaal kunnen delen.", "Ik begin met de lessen op maandag en donderdag.",
          "De opzet bespreek ik vooraf met {coach}."},
         {"In minstens {n} van de 5 lessen per week gebruik ik een exit ticket (bijgehouden in mijn planner). Bij {m} lesbezoeken kan minstens {pct}% van de gevraagde leerlingen het leerdoel in eigen woorden zeggen.",
          "Bij {n} lesbezoeken van {coach} zie ik in de kijkwijzer dat ik mijn instructie aanpas na de controlevragen, en de toetsresultaten van {klas} stijgen van gemiddeld {pct0}% naar minstens {pct}% voldoende.",
          "Voor {eind} heb ik voor {m} hoofdstukken succescriteria gemaakt, en in de leerlingenenquête zegt minstens {pct}% van {klas} te weten wat er van hen verwacht wordt."},
         {"Ik wil niet pas bij de toets ontdekken dat de helft van de klas de stof niet snapt.",
          "Ik wil elke dag een beetje zicht hebben op wat mijn leerlingen echt kunnen.",
          "Toen ik zelf op school zat, wist ik nooit wat de docent van me wilde. Dat wil ik anders doen."},
         {"Studiemiddag formatief evalueren van de sectie {vak} volgen", "Set van {m} exit tickets maken voor {klas}",
          "Lesbezoek door {coach} met de focus op leerdoelen", "Succescriteria voor hoofdstuk {n} met de sectie afstemmen",
          "Evalueren met {coach} en de aanpak bijstellen", "Eerste ronde wisbordjes uitproberen in {klas2}"},
         {"Exit tickets van {klas} in de sectiemap {vak}", "Kijkwijzer lesbezoek {n} door {coach}",
          "Uitslag leerlingenenquête {klas}, {pct}% weet wat er verwacht wordt"},
         {"training", "intervision", "coaching", "collegial_visit", "reading"},
         {"Studiemiddag en intervisie vallen in de professionaliseringsuren.", "Twee lesuren per maand vrij geroosterd voor de sectie."},
         "subject_didactics", "non_formal"},
        {"orde-en-structuur", "welzijn-veiligheid", kPoVo | 0x4,
         {"Rust en structuur in {klas}", "Een goede start van elke les in {klas}", "Klassenmanagement in {klas} en {klas2}"},
         {"In {klas} en {klas2} wil ik de eerste tien minuten van elke les strakker neerzetten: leerlingen bij de deur ontvangen, een vaste startopdracht op het bord en duidelijke afspraken over telefoons.",
          "Ik werk in {klas} met vaste routines voor binnenkomst, overgangen en het einde van de les, zodat er minder tijd verloren gaat en leerlingen sneller aan het werk zijn."},
         {"Daarbij krijg ik coaching van {coach}.", "We spreken dit af met het hele team van {klas}.", ""},
         {"Bij {n} lesbezoeken van {coach} is de klas binnen 5 minuten na de bel aan het werk, en in de leerlingenenquête scoort {klas} minstens 3,5 (van 5) op rust in de les.",
          "Het aantal verwijderingen uit mijn lessen in {klas} daalt van {m} in het vorige halfjaar naar hoogstens 2, en bij {n} lesbezoeken is de startopdracht elke keer binnen 3 minuten begonnen."},
         {"Na een onrustige les loop ik de hele avond te malen. Als de start goed staat, kan ik doen waarvoor ik docent ben geworden.",
          "Ik wil dat leerlingen zich veilig voelen in mijn lokaal, ook de stille.",
          "Een rustige klas geeft mij en de leerlingen ruimte om echt te leren."},
         {"Eerste les van {klas} op video opnemen en nabespreken met {coach}", "Vaste startopdracht voor elke les van periode {n} maken",
          "Twee lessen bijwonen bij {collega}", "Leerlingenenquête afnemen in {klas} en {klas2}", "Routines bespreken in de teamvergadering"},
         {"Verslag lesbezoek {n} door {coach} (kijkwijzer klassenmanagement)", "Uitslag leerlingenenquête {klas}",
          "Video-opname en nabespreking met {coach}"},
         {"coaching", "collegial_visit", "intervision", "mentoring"},
         {"Coaching om de week op dinsdag het 7e uur.", "Twee lesbezoeken bij collega's."},
         "pedagogical", "informal"},
        {"leesmotivatie", "taal-en-lezen", kAll,
         {"Een kwartier vrij lezen in {klas}", "Leesmotivatie in {klas} vergroten", "Boekgesprekken in {klas}"},
         {"Met {collega} richt ik in {klas} een dagelijks kwartier vrij lezen in, met een klasbibliotheek van minstens {m}0 jeugdboeken en korte boekgesprekken in kleine groepen.",
          "Ik voer in {klas} elke week een boekgesprek met een groepje van vier leerlingen en laat leerlingen elkaar boeken aanraden op een tipmuur in het lokaal."},
         {"De mediatheek helpt bij het kiezen van de boeken.", "De ouders krijgen een brief over thuis lezen.", ""},
         {"Vanaf {eind} lezen alle leerlingen van {klas} elke dag 15 minuten vrij. In de vragenlijst leesmotivatie stijgt het aandeel leerlingen dat graag leest met minstens {n}0 procentpunten.",
          "Minstens {pct}% van de leerlingen van {klas} leest in het schooljaar {m} boeken of meer, bijgehouden in het leesdossier."},
         {"Ik lees zelf elke avond. Ik gun mijn leerlingen dat ze ontdekken hoe fijn een goed boek is.",
          "Steeds minder kinderen lezen voor hun plezier. Daar wil ik in mijn eigen klas iets aan doen.",
          "Lezen opent werelden, en ik zie te veel leerlingen die die deur dichthouden."},
         {"Vragenlijst leesmotivatie afnemen (nulmeting)", "Klasbibliotheek samenstellen met de mediatheek",
          "Start vrij lezen in {klas}", "Vragenlijst leesmotivatie opnieuw afnemen", "Boekgesprekken voorbereiden met {collega}"},
         {"Resultaten nulmeting leesmotivatie {klas}", "Foto van de tipmuur en lijst met {m}0 boeken", "Verslag boekgesprekken periode {n}"},
         {"learning_community", "reading", "collegial_visit"}, {},
         "pedagogical", "informal"},
        {"digitale-geletterdheid", "digitale-geletterdheid", kAll,
         {"AI-hulpmiddelen verantwoord gebruiken bij {vak}", "Digitale geletterdheid in {klas}", "Werken met data bij {vak}"},
         {"Ik leer werken met AI-hulpmiddelen (samenvatten, bronnen zoeken, oefenvragen maken), zodat ik de leerlingen van {klas} bij {vak} kan begeleiden in het verantwoord gebruiken ervan.",
          "In {klas} ontwerp ik met {collega} een lessenserie van {n} lessen over betrouwbare bronnen, nepnieuws en het controleren van antwoorden van een chatbot."},
         {"De school betaalt de cursus uit het scholingsplan.", "Ik deel het materiaal met de werkgroep digitale geletterdheid.", ""},
         {"Ik rond de online cursus af ({n} modules). Met de sectie maak ik een werkwijzer met minstens {m} afspraken over AI-gebruik, die vanaf {eind} in {klas} wordt gebruikt.",
          "De lessenserie van {n} lessen is gegeven in {klas} en {klas2}; minstens {pct}% van de leerlingen herkent in de eindopdracht een onbetrouwbare bron."},
         {"Mijn leerlingen gebruiken AI toch al. Ik wil ze helpen het slim en eerlijk te doen, in plaats van het alleen te verbieden.",
          "Ik voel me achterlopen op mijn eigen leerlingen als het om digitale middelen gaat. Dat wil ik inhalen.",
          "Digitale vaardigheden zijn voor mijn leerlingen net zo belangrijk als lezen en rekenen."},
         {"Online cursus, modules 1 en 2", "Online cursus, modules 3 en 4", "Werkwijzer bespreken in de sectie",
          "Lessenserie uitproberen in {klas}", "Evaluatie met de werkgroep digitale geletterdheid"},
         {"Certificaat online cursus AI in het onderwijs", "Werkwijzer met {m} afspraken over AI-gebruik",
          "Lesmateriaal lessenserie bronnen en nepnieuws"},
         {"course", "reading", "learning_community", "training"},
         {"Cursusgeld uit het persoonlijk budget.", "De studiedag van maart is vrij geroosterd."},
         "subject_matter", "non_formal"},
        {"differentiatie", "passend-onderwijs", kAll,
         {"Differentiëren bij {vak} in {klas}", "Instructie op drie niveaus in {klas}", "Verlengde instructie in {klas}"},
         {"In {klas} differentieer ik de lessen {vak} op drie niveaus, met verlengde instructie aan de instructietafel voor leerlingen die bij de beginsituatie onder {pct0}% scoren.",
          "Ik maak voor {vak} in {klas} verrijkingsopdrachten voor de leerlingen die de basisstof al beheersen, en plan voor hen elke week een moment van feedback."},
         {"Ik kijk daarvoor mee bij {collega}, die al zo werkt.", "De intern begeleider denkt mee over de groepsindeling.", ""},
         {"Voor {m} lessen zijn drie niveaus uitgewerkt. Bij de toets van {eind} haalt minstens {pct}% van mijn leerlingen een voldoende (nu {pct0}%).",
          "Minstens {n} leerlingen van {klas} werken elke week aan verrijkingsopdrachten, en in het gesprek met de intern begeleider blijkt dat hun motivatie is gestegen."},
         {"In elke klas zitten leerlingen die zich vervelen en leerlingen die de stof niet begrijpen. Ik wil dat iedereen op zijn niveau aan de slag kan.",
          "Ik zie elke dag hoe groot de verschillen in mijn klas zijn. Daar wil ik beter mee omgaan dan nu.",
          "Elke leerling verdient een les waarin hij iets leert, niet alleen de middengroep."},
         {"Nascholing differentiëren, dag 1", "Nascholing dag 2, eigen lesmateriaal meebrengen", "Klasbezoek bij {collega}",
          "{collega} komt op klasbezoek in {klas} en geeft feedback", "Drie niveaus uitwerken voor {m} lessen", "Toets afnemen en resultaten vergelijken"},
         {"Verslag klasbezoek bij {collega}, met drie tips voor de instructietafel", "Attest nascholing differentiëren",
          "Overzicht toetsresultaten {klas} voor en na"},
         {"training", "collegial_visit", "coaching", "course"},
         {"Nascholing via de pedagogische begeleiding; de school betaalt het inschrijvingsgeld."},
         "subject_didactics", "non_formal"},
        {"mentorgesprekken", "welzijn-veiligheid", kNotPo,
         {"Mentorgesprekken met {klas}", "Mentoraat van {klas}", "Een veilige klas {klas}"},
         {"Als mentor van {klas} voer ik met elke leerling twee keer per jaar een kort individueel gesprek volgens het mentormodel van de school, en ik geef signalen van pesten sneller door aan de zorgcoördinator.",
          "Ik leer met de methode van de school groepsvormende activiteiten te doen in de eerste zes weken met {klas}, zodat de klas een groep wordt waarin iedereen meedoet."},
         {"", "De zorgcoördinator denkt mee bij lastige gesprekken."},
         {"Voor {eind} heb ik met alle {m}0 leerlingen een gesprek gevoerd en kort genoteerd in het leerlingvolgsysteem; zorgsignalen geef ik binnen 2 werkdagen door.",
          "In de monitor sociale veiligheid voelt minstens {pct}% van {klas} zich veilig in de klas, en ik heb {n} groepsvormende activiteiten gedaan."},
         {"Ik was zelf een stil kind in de brugklas. Ik wil dat ook de stille leerlingen gezien worden.",
          "Een leerling die zich niet veilig voelt, leert niets. Daar begint mijn werk als mentor.",
          "Ik wil de mentor zijn die ik zelf had willen hebben."},
         {"Mentortraining gespreksvoering ({n} middagen)", "Eerste ronde mentorgesprekken", "Tweede ronde mentorgesprekken",
          "Groepsvormende activiteit met {klas}", "Bespreken met de zorgcoördinator"},
         {"Overzicht gevoerde gesprekken in het leerlingvolgsysteem", "Uitslag monitor sociale veiligheid {klas}"},
         {"training", "mentoring", "intervision"}, {},
         "pedagogical", "non_formal"},
        {"lesson-study", "lerende-organisatie", kAll,
         {"Lesson study over {vak} in {klas}", "Lesson study met de sectie {vak}"},
         {"Met {n} collega's van de sectie {vak} doe ik een lesson study-cyclus over het lezen en interpreteren van bronnen in {klas}, bij het hoofdstuk dat leerlingen het moeilijkst vinden.",
          "Ik ontwerp met {collega} en twee andere collega's een onderzoeksles over {vak} in {klas}, die we samen observeren met drie casusleerlingen en daarna verbeteren."},
         {"De deelnemers zijn op drie middagen tegelijk vrij geroosterd.", ""},
         {"We ontwerpen, geven en observeren samen {n} onderzoekslessen met elk 3 casusleerlingen. Bij de eindtoets beantwoordt minstens {pct}% van {klas} de vragen voldoende (vorig schooljaar {pct0}%).",
          "Er zijn {n} onderzoekslessen gegeven en nabesproken, en het verslag is in {eind} gepresenteerd aan de hele sectie."},
         {"Na jaren lesgeven wil ik weer echt kijken wat er in het hoofd van een leerling gebeurt, in plaats van te raden waarom een vraag fout gaat.",
          "Samen lessen ontwerpen en observeren is het beste wat ik in jaren heb gedaan. Dat wil ik vaker.",
          "Ik leer het meest van collega's, niet van boeken."},
         {"Onderzoeksvraag en casusleerlingen kiezen", "Onderzoeksles 1 ontwerpen, geven en nabespreken",
          "Onderzoeksles 2 ontwerpen, geven en nabespreken", "Eindtoets analyseren en verslag schrijven voor de sectie"},
         {"Verslag lesson study, {pct}% van {klas} beantwoordt de vragen voldoende", "Lesontwerp onderzoeksles {n}"},
         {"lesson_study", "learning_community", "collegial_visit"},
         {"De vier deelnemers zijn op 3 middagen tegelijk vrij geroosterd."},
         "subject_didactics", "informal"},
        {"bevoegdheid", "begeleiding-starters", kNotPo,
         {"Bevoegdheid {vak} halen", "Pabo-deeltijd afronden", "Lerarenopleiding {vak}"},
         {"Ik volg de deeltijdopleiding tot leraar {vak} en rond in deze periode de vakinhoudelijke modules en de stage in {klas} af, zodat ik bevoegd ben voor de onderbouw.",
          "Als zij-instromer haal ik in twee jaar mijn bevoegdheid {vak}, met begeleiding van {coach} als werkplekbegeleider en een vaste intervisiegroep op school."},
         {"De school betaalt de opleiding en geeft mij een dag per week vrij.", ""},
         {"Ik haal alle {m} modules van het eerste jaar en de beoordeling van de stage is minstens voldoende; voor {eind} heb ik het getuigschrift.",
          "Ik rond {n} van de {m} onderdelen van het geschiktheidsonderzoek af, en bij {n} lesbezoeken van {coach} scoor ik minstens voldoende op alle bekwaamheidseisen."},
         {"Na vijftien jaar in het bedrijfsleven wil ik echt leraar zijn, met papieren die dat bewijzen.",
          "Ik wil mijn vak goed kunnen uitleggen, niet alleen goed kunnen.",
          "Mijn leerlingen verdienen een bevoegde docent, en ik wil die docent zijn."},
         {"Inschrijving opleiding en studieplan met {coach}", "Module vakdidactiek {vak} afronden", "Stage-opdracht in {klas}",
          "Tussenbeoordeling met de opleiding", "Eindbeoordeling stage", "Getuigschrift aanvragen"},
         {"Studieresultaten eerste jaar ({m} modules behaald)", "Beoordeling stage door {coach}", "Inschrijvingsbewijs opleiding"},
         {"course", "study", "coaching", "supervision"},
         {"De opleiding valt onder de regeling zij-instroom; een dag per week studieverlof."},
         "subject_matter", "formal"},
        {"rekendidactiek", "rekenen-wiskunde", kPoVo,
         {"Rekendidactiek in {klas}", "Sterk rekenonderwijs in {klas}", "Automatiseren van tafels in {klas}"},
         {"Ik verbeter mijn rekeninstructie in {klas} met het drieslagmodel en dagelijks vijf minuten automatiseren, zodat leerlingen de basisbewerkingen sneller en met minder fouten maken.",
          "In {klas} gebruik ik bij rekenen concreet materiaal en modellen voordat we naar de kale som gaan, en ik laat leerlingen hun aanpak hardop uitleggen."},
         {"De rekencoördinator komt twee keer meekijken.", ""},
         {"Bij de M-toets haalt minstens {pct}% van {klas} het niveau dat past bij de groep (nu {pct0}%), en bij {n} lesbezoeken zie ik het drieslagmodel terug in de kijkwijzer.",
          "De tafeltoets van {eind} maakt minstens {pct}% van de leerlingen binnen {m} minuten foutloos."},
         {"Rekenen is voor veel van mijn leerlingen spannend. Ik wil dat ze merken dat ze het kunnen.",
          "Ik was zelf slecht in rekenen en wil dat het voor mijn leerlingen anders gaat."},
         {"Cursus rekendidactiek, bijeenkomst 1 en 2", "Lesbezoek door de rekencoördinator", "Automatiseringsrondes invoeren in {klas}",
          "Resultaten tussentoets analyseren met de intern begeleider"},
         {"Analyse toetsresultaten rekenen {klas}", "Certificaat cursus rekendidactiek"},
         {"course", "coaching", "collegial_visit", "training"}, {},
         "subject_didactics", "non_formal"},
        {"bpv-begeleiding", "beroepspraktijk", 0x4,
         {"Betere begeleiding in de beroepspraktijkvorming", "Contact met leerbedrijven voor {klas}"},
         {"Ik bezoek alle studenten van {klas} minstens twee keer op hun stageplek en maak met elke praktijkopleider afspraken over de beoordeling van de werkprocessen.",
          "Ik loop {n} dagen mee bij een leerbedrijf in de {vak}, zodat mijn lessen aansluiten bij wat studenten in de praktijk tegenkomen."},
         {"De opleidingsmanager maakt daarvoor tijd vrij in de jaartaak.", ""},
         {"Voor {eind} heb ik {m}0 stagebezoeken afgelegd en verslagen in het studentvolgsysteem gezet; de stage-uitval daalt van {pct0}% naar hoogstens {n}%.",
          "Na {n} meeloopdagen heb ik {m} praktijkopdrachten herschreven, en minstens {pct}% van de studenten noemt ze in de evaluatie herkenbaar."},
         {"Studenten leren het meest op de werkvloer. Ik wil dat school en bedrijf hetzelfde verhaal vertellen.",
          "Ik kom zelf uit de praktijk en wil die band niet kwijtraken."},
         {"Planning stagebezoeken maken", "Eerste ronde stagebezoeken", "Meeloopdagen bij het leerbedrijf",
          "Praktijkopdrachten herschrijven", "Evaluatie met de praktijkopleiders"},
         {"Verslagen stagebezoeken in het studentvolgsysteem", "Herschreven praktijkopdrachten"},
         {"job_shadowing", "other", "learning_community"}, {},
         "subject_matter", "informal"},
        {"examinering", "kwaliteit-examinering", 0x6,
         {"Examenvaardig in {vak}", "Betrouwbaar beoordelen in {klas}", "Examinator {vak}"},
         {"Ik volg de scholing voor examinatoren en beoordeel in dit schooljaar de proeven van bekwaamheid van {klas} samen met een tweede beoordelaar, met de vastgestelde beoordelingsformulieren.",
          "Met de sectie {vak} maak ik rubrics voor de praktische opdrachten in {klas}, zodat twee docenten onafhankelijk van elkaar tot hetzelfde oordeel komen."},
         {"", "De examencommissie controleert een steekproef."},
         {"Ik haal het certificaat examinator, en bij {n} dubbel beoordeelde examens verschillen mijn oordelen niet meer dan 1 punt van die van de tweede beoordelaar.",
          "Voor {m} opdrachten zijn rubrics gemaakt; bij de kalibratie in {eind} stemmen de beoordelingen in minstens {pct}% van de gevallen overeen."},
         {"Een student moet erop kunnen rekenen dat een examen eerlijk wordt beoordeeld.",
          "Ik vond beoordelen altijd het moeilijkste deel van mijn werk. Dat wil ik beter onder de knie krijgen."},
         {"Scholing examinatoren, dag 1", "Scholing examinatoren, dag 2", "Kalibratiesessie met de sectie",
          "Dubbel beoordelen van {n} examens"},
         {"Certificaat examinator", "Verslag kalibratiesessie"},
         {"training", "course", "learning_community"}, {},
         "subject_matter", "formal"},
        {"leiderschap", "lerende-organisatie", kAll,
         {"Leidinggeven aan het team {team}", "Coachend leidinggeven", "Goede gesprekken in de gesprekkencyclus"},
         {"Ik volg een leergang voor middenmanagers en leer coachend leidinggeven, zodat ik de gesprekken uit de gesprekkencyclus met de {m} medewerkers van mijn team beter voer en beter vastleg.",
          "Ik voer met alle medewerkers van mijn team een start-, voortgangs- en functioneringsgesprek volgens de nieuwe gesprekkencyclus, en ik leer daarbij doorvragen in plaats van oplossingen te geven."},
         {"De leergang duurt twee jaar.", ""},
         {"Ik rond de leergang af met een praktijkopdracht, en in de medewerkerspeiling van {eind} scoort ons team minstens 7,5 op de vraag of de leidinggevende stimuleert om te leren (nu {n},{m}).",
          "Voor {eind} is met alle {m}0 medewerkers een gesprek gevoerd en vastgelegd, en minstens {pct}% heeft een actueel POP."},
         {"Ik wil dat collega's zich gezien voelen en met plezier blijven werken.",
          "Goed leidinggeven heb ik nooit geleerd; ik deed het maar. Dat wil ik veranderen."},
         {"Leergang middenmanagement, module {n}", "Intervisie met andere teamleiders", "Gesprekkenronde in het team",
          "Praktijkopdracht schrijven", "Terugkoppeling vragen aan het team"},
         {"Getuigschrift leergang", "Overzicht gevoerde gesprekken", "Uitslag medewerkerspeiling"},
         {"course", "intervision", "coaching", "supervision"},
         {"Leergang uit het scholingsbudget van het bestuur."},
         "", "formal"},
        {"praktijkonderzoek", "lerende-organisatie", kAll,
         {"Praktijkonderzoek naar {onderwerp}", "Onderzoek naar huiswerk in {klas}"},
         {"Ik doe een klein praktijkonderzoek naar de vraag of gespreide herhaling bij {vak} in {klas} leidt tot betere resultaten, met een vergelijking tussen twee klassen en een korte vragenlijst.",
          "In het kader van de onderzoeksgroep van de school onderzoek ik hoe leerlingen van {klas} feedback op hun werk lezen en gebruiken, met interviews en een analyse van {m} werkstukken."},
         {"De begeleiding komt van de lectoraatsgroep van de hogeschool.", ""},
         {"Het onderzoek is klaar en beschreven in een verslag van hoogstens {m} pagina's, en ik presenteer het in {eind} op de studiedag voor minstens {n}0 collega's.",
          "Ik verzamel gegevens van {m}0 leerlingen in twee klassen en vergelijk de toetscijfers; het verslag is voor {eind} besproken in de sectie."},
         {"Ik wil weten of wat ik doe ook echt werkt, in plaats van op mijn gevoel te varen.",
          "Onderzoek doen maakt me nieuwsgierig naar mijn eigen lessen."},
         {"Onderzoeksvraag formuleren met de begeleider", "Vragenlijst afnemen in {klas}", "Gegevens analyseren", "Verslag schrijven",
          "Presentatie op de studiedag"},
         {"Onderzoeksverslag praktijkonderzoek", "Presentatie studiedag"},
         {"practitioner_research", "study", "learning_community"}, {},
         "subject_didactics", "non_formal"},
        {"samenwerkend-leren", "formatief-evalueren", kAll,
         {"Samenwerkend leren in {klas}", "Coöperatieve werkvormen bij {vak}"},
         {"Ik zet in {klas} bij {vak} elke week minstens twee coöperatieve werkvormen in, zoals denken-delen-uitwisselen en genummerde hoofden, zodat alle leerlingen actief meedoen.",
          "In {klas} laat ik leerlingen in vaste tweetallen samenwerken bij de verwerking, met duidelijke rollen en een korte evaluatie aan het eind van de les."},
         {"", "Ik leer de werkvormen in een training van de schoolbegeleidingsdienst."},
         {"Bij {n} lesbezoeken is minstens {pct}% van de leerlingen actief betrokken volgens de kijkwijzer, en ik gebruik minstens {m} verschillende werkvormen.",
          "In de leerlingenenquête zegt minstens {pct}% van {klas} dat samenwerken helpt bij het leren (nu {pct0}%)."},
         {"Ik praat te veel in mijn lessen. Ik wil dat de leerlingen zelf aan het denken gaan.",
          "Leerlingen leren veel van elkaar als je het goed organiseert."},
         {"Training coöperatieve werkvormen", "Werkvormen uitproberen in {klas}", "Lesbezoek door {coach}", "Evaluatie met de leerlingen"},
         {"Kijkwijzer lesbezoek door {coach}", "Uitslag leerlingenenquête {klas}"},
         {"training", "collegial_visit", "co_teaching"}, {},
         "pedagogical", "non_formal"},
        {"nt2-taalsteun", "taal-en-lezen", kAll,
         {"Taalsteun voor nieuwkomers in {klas}", "Taalgericht vakonderwijs bij {vak}"},
         {"Ik maak voor {vak} in {klas} een lijst met vaktaal per hoofdstuk en gebruik bij elke les visuele ondersteuning en zinsstarters, zodat ook leerlingen met Nederlands als tweede taal de uitleg kunnen volgen.",
          "Met de taalcoördinator ontwikkel ik voor {klas} leesstrategieën voor vakteksten bij {vak}, die ik elke week expliciet oefen met de klas."},
         {"", "De leescoördinator ondersteunt de secties."},
         {"Voor {m} hoofdstukken is een vaktaallijst gemaakt, en bij de toets van {eind} scoren de NT2-leerlingen gemiddeld minstens {pct}% van het klasgemiddelde (nu {pct0}%).",
          "Bij {n} lesbezoeken zie ik zinsstarters en visuele ondersteuning terug, en {m} leerlingen geven in een gesprek aan dat ze de uitleg beter volgen."},
         {"Veel van mijn leerlingen zijn slim, maar lopen vast op de taal. Dat mag geen reden zijn om af te haken.",
          "Taal is de sleutel tot elk vak."},
         {"Scholing taalgericht vakonderwijs", "Vaktaallijst hoofdstuk {n}", "Overleg met de taalcoördinator", "Lesbezoek met focus op taal"},
         {"Vaktaallijsten {vak}", "Verslag lesbezoek taalgericht lesgeven"},
         {"training", "learning_community", "reading", "coaching"}, {},
         "subject_didactics", "non_formal"},
        {"stemgebruik", "", kAll,
         {"Training stemgebruik", "Gezond blijven werken", "Minder werkdruk ervaren"},
         {"Na twee keer heesheid in één jaar volg ik een training stemgebruik bij een logopedist, gericht op lesgeven in een groot lokaal en op excursies buiten.",
          "Ik leer met een coach mijn werk beter te plannen en grenzen te stellen, zodat ik het werk met plezier en zonder uitval vol kan houden."},
         {"", ""},
         {"Ik volg alle {n} sessies en doe de oefeningen minstens 3 keer per week. Na {eind} heb ik geen heesheid meer die langer dan 2 dagen duurt.",
          "Ik werk in de schoolweken hoogstens {m} avonden per week, en na {n} coachgesprekken ervaar ik minder stress (zelfscore van 8 naar hoogstens 5)."},
         {"Ik wil nog jaren met plezier voor de klas staan, en mijn stem is daarbij mijn belangrijkste gereedschap.",
          "Ik merk dat ik mijn energie kwijtraak. Ik wil weer zin hebben in maandag."},
         {"Intake bij de logopedist", "Sessies 1 tot en met {n}", "Evaluatie na de herfst", "Coachgesprek {n}"},
         {"Verslag logopedist", "Planning en afspraken met de coach"},
         {"training", "coaching", "other"}, {},
         "", "non_formal"},
        {"ouderbetrokkenheid", "ouders-als-partner", kPoVo,
         {"Ouders als partner in {klas}", "Gesprekken met ouders van {klas}"},
         {"Ik voer aan het begin van het schooljaar met de ouders van alle leerlingen van {klas} een kort startgesprek, waarin de ouders vertellen wat ze van hun kind weten, en ik spreek met hen af hoe we contact houden.",
          "Ik verbeter de nieuwsbrief van {klas}: elke twee weken een korte update met foto's en een tip voor thuis, in eenvoudig Nederlands."},
         {"", "De ouderraad denkt mee over de vorm."},
         {"Voor {eind} heb ik met minstens {pct}% van de ouders een startgesprek gevoerd, en in de ouderenquête scoort de communicatie minstens een 7,5 (nu {n},{m}).",
          "Er zijn minstens {m}0 nieuwsbrieven verstuurd, en minstens {pct}% van de ouders zegt in de enquête ze te lezen."},
         {"Ouders kennen hun kind het best. Ik wil dat ze merken dat ik dat serieus neem.",
          "Als ouders en school samen optrekken, gaat het met het kind beter."},
         {"Planning startgesprekken maken", "Startgesprekken voeren", "Ouderenquête afnemen", "Evaluatie met de bouwcoördinator"},
         {"Overzicht gevoerde startgesprekken", "Uitslag ouderenquête"},
         {"other", "reading", "intervision"}, {},
         "pedagogical", "informal"},
        {"klasbezoek", "lerende-organisatie", kAll,
         {"Trio voor collegiale visitatie", "Klasbezoeken in de vakgroep {vak}"},
         {"Ik zet met twee collega's een trio voor collegiale visitatie op. We bezoeken elkaars lessen in {klas} met een korte kijkwijzer en bespreken elk bezoek binnen een week na.",
          "Met de vakgroep {vak} spreek ik af dat we elk trimester twee keer bij elkaar op klasbezoek gaan, met een vraag die de bezochte collega zelf kiest."},
         {"", "Het trio werkt met de kijkwijzer van de school."},
         {"Per schooljaar legt ieder lid van het trio minstens {n} lesbezoeken af en ontvangt er {n}, elk met een ingevulde kijkwijzer. In {eind} presenteert het trio de opbrengst aan alle secties.",
          "Ik leg {m} klasbezoeken af en ontvang er {n}, en ik pas na elk bezoek minstens één ding in mijn lessen aan (bijgehouden in mijn logboek)."},
         {"Ik sta al jaren alleen in mijn lokaal. Ik ben benieuwd hoe collega's het doen, en ik wil zelf weer feedback krijgen.",
          "Van elkaar leren is goedkoop en werkt."},
         {"Kijkwijzer opstellen met het trio", "Eerste bezoek bij {collega}", "{collega} bezoekt mijn les in {klas}", "Presentatie voor alle secties"},
         {"Ingevulde kijkwijzers van dit schooljaar", "Kijkwijzer collegiale visitatie"},
         {"collegial_visit", "intervision"}, {},
         "pedagogical", "informal"},
    };
    return t;
}

struct SchoolGoalDef {
    const char* id;
    const char* title;
    const char* theme;
    const char* description;
};

const std::vector<SchoolGoalDef>& school_goal_pool() {
    static const std::vector<SchoolGoalDef> p = {
        {"formatief-evalueren", "Formatief evalueren in elke les", "onderwijs en leren",
         "In 2028 werken alle teams met leerdoelen en succescriteria die leerlingen kennen. Docenten checken in elke les of de leerlingen het begrijpen en passen hun les daarop aan."},
        {"taal-en-lezen", "Taalgericht onderwijs en leesplezier", "taal en lezen",
         "Elke sectie heeft een lijst met vaktaal per leerjaar. Het aandeel leerlingen dat graag leest stijgt elk jaar."},
        {"digitale-geletterdheid", "Digitale geletterdheid en verantwoord gebruik van AI", "curriculum",
         "Leerlingen leren werken met data, digitale bronnen en AI-hulpmiddelen, en denken na over wat die wel en niet kunnen."},
        {"welzijn-veiligheid", "Welzijn en sociale veiligheid van leerlingen", "pedagogisch klimaat",
         "Elke leerling heeft een mentor of leerkracht die hem of haar kent. In de jaarlijkse monitor voelt minstens 90% van de leerlingen zich veilig."},
        {"begeleiding-starters", "Goede begeleiding van starters en zij-instromers", "personeel",
         "Startende leraren en zij-instromers krijgen drie jaar begeleiding, minder lesuren in het eerste jaar en een vaste intervisiegroep."},
        {"lerende-organisatie", "Een lerende organisatie", "personeel",
         "Iedereen heeft een actueel POP dat past bij de schooldoelen, en collega's leren van elkaar door visitatie, lesson study en intervisie."},
        {"passend-onderwijs", "Passend onderwijs in de eigen klas", "zorg en ondersteuning",
         "Leraren stemmen hun instructie af op de verschillen tussen leerlingen, zodat minder leerlingen extra ondersteuning buiten de klas nodig hebben."},
        {"rekenen-wiskunde", "Sterk reken- en wiskundeonderwijs", "basisvaardigheden",
         "De resultaten voor rekenen liggen in 2028 minstens op het landelijk gemiddelde; elke groep werkt met het drieslagmodel."},
        {"beroepspraktijk", "Sterke band met de beroepspraktijk", "beroepsonderwijs",
         "Elke opleiding werkt met vaste leerbedrijven, en docenten lopen elke twee jaar mee in de praktijk."},
        {"kwaliteit-examinering", "Kwaliteit van examinering", "kwaliteitszorg",
         "Examens zijn valide en betrouwbaar; elke examinator is gecertificeerd en beoordelingen worden gekalibreerd."},
        {"ouders-als-partner", "Ouders als partner", "ouders en omgeving",
         "Met alle ouders is aan het begin van het schooljaar contact, en de school communiceert helder en tijdig."},
        {"duurzaamheid", "Duurzame school", "curriculum",
         "Duurzaamheid komt terug in de lessen van elk leerjaar, en de school verbruikt in 2028 een kwart minder energie."},
        {"burgerschap", "Burgerschap en democratie", "curriculum",
         "Leerlingen oefenen met democratische besluitvorming in de leerlingenraad en in de klas, en leren respectvol van mening te verschillen."},
        {"gezonde-school", "Gezonde school", "pedagogisch klimaat",
         "De school heeft het vignet Gezonde School voor de thema's bewegen en voeding."},
    };
    return p;
}

// ---- writing YAML ---------------------------------------------------------------------------

std::string fill(std::string_view tpl, const std::vector<std::pair<std::string, std::string>>& vars) {
    std::string out;
    out.reserve(tpl.size() + 32);
    for (std::size_t i = 0; i < tpl.size();) {
        if (tpl[i] == '{') {
            std::size_t close = tpl.find('}', i);
            if (close != std::string_view::npos) {
                std::string_view name = tpl.substr(i + 1, close - i - 1);
                bool done = false;
                for (const auto& [k, v] : vars)
                    if (k == name) {
                        out += v;
                        done = true;
                        break;
                    }
                if (done) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += tpl[i++];
    }
    return out;
}

bool needs_quotes(std::string_view s) {
    if (s.empty()) return true;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@` ").find(s.front()) != std::string_view::npos) return true;
    if (s.back() == ' ' || s.back() == ':') return true;
    if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos) return true;
    if (s == "true" || s == "false" || s == "null" || s == "~" || s == "True" || s == "False" || s == "Null" ||
        s == "TRUE" || s == "FALSE" || s == "NULL")
        return true;
    bool number = true;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) number = false;
    return number;
}

std::string scalar(std::string_view s) {
    if (!needs_quotes(s)) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

struct Out {
    std::string s;
    void line(int indent, std::string_view text) {
        s.append(static_cast<std::size_t>(indent), ' ');
        s += text;
        s += '\n';
    }
    // key: value, or a folded block when the text is long.
    void text(int indent, std::string_view key, const std::string& value, bool literal_ok = false) {
        std::size_t width = static_cast<std::size_t>(indent) + key.size() + 2 + value.size();
        if (width <= 100 || literal_ok) {
            s.append(static_cast<std::size_t>(indent), ' ');
            s += key;
            s += ": ";
            s += scalar(value);
            s += '\n';
            return;
        }
        s.append(static_cast<std::size_t>(indent), ' ');
        s += key;
        s += ": >\n";
        // Wrap at about 96 columns.
        std::size_t i = 0;
        while (i < value.size()) {
            std::size_t room = 96 - static_cast<std::size_t>(indent) - 2;
            std::size_t end = i + room;
            if (end >= value.size()) {
                end = value.size();
            } else {
                std::size_t sp = value.rfind(' ', end);
                if (sp == std::string::npos || sp <= i) sp = value.find(' ', end);
                end = sp == std::string::npos ? value.size() : sp;
            }
            s.append(static_cast<std::size_t>(indent) + 2, ' ');
            s.append(value, i, end - i);
            s += '\n';
            i = end;
            while (i < value.size() && value[i] == ' ') ++i;
        }
    }
};

// ---- the corpus model -------------------------------------------------------------------------

struct Person {
    std::string id, first, name, role, team, manager, subject;
    bool active = true;
    bool has_pop = true;
};

struct School {
    int number = 0;
    Sector sector = Vo;
    std::string slug, name;
    std::vector<const SchoolGoalDef*> goals;
    std::vector<Person> staff;
    std::vector<std::string> managers;
};

// The mistakes a POP can carry (at most two per POP).
enum Mistake {
    None,
    StatusTypo,        // structure.enum
    ImpossibleDate,    // dates.invalid
    DayMonthYear,      // dates.format
    VagueSpecific,     // smarti.specific
    NoMeasurable,      // smarti.measurable
    NoInspiring,       // smarti.inspiring
    NoHours,           // smarti.realistic
    EndBeforeStart,    // dates.order
    UnknownKey,        // structure.unknown-key (methodes:)
    StepAfterEnd,      // dates.step-in-goal
    UnknownSchoolGoal, // links.school-goal
    NotOnRoster,       // links.person
    NumberAsText,      // structure.type (team: 4)
    DecimalComma,      // structure.type (hours: 12,5)
    DoneInFuture,      // dates.future
    NoNumber,          // smarti.measurable-concrete
    TooManyHours,      // smarti.realistic-hours
    Tab,               // yaml.tab
    DuplicateKey,      // yaml.duplicate-key
    UnclosedQuote,     // yaml.unclosed-quote
    kMistakes
};

struct Digest {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    void add(std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 0x100000001b3ULL;
        }
    }
};

struct Writer {
    std::string root;
    Digest digest;
    std::size_t files = 0, bytes = 0;

    void mkdirs(const std::string& rel) {
        std::string path = root;
        std::size_t i = 0;
        while (i <= rel.size()) {
            std::size_t slash = rel.find('/', i);
            if (slash == std::string::npos) slash = rel.size();
            path += "/";
            path.append(rel, i, slash - i);
            if (::mkdir(path.c_str(), 0777) != 0 && errno != EEXIST) {
                std::fprintf(stderr, "gen_corpus: cannot create %s: %s\n", path.c_str(), std::strerror(errno));
                std::exit(1);
            }
            i = slash + 1;
        }
    }
    void write(const std::string& rel, const std::string& content) {
        digest.add(rel);
        digest.add(std::string_view("\0", 1));
        digest.add(content);
        std::string path = root + "/" + rel;
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        if (fd < 0) {
            std::fprintf(stderr, "gen_corpus: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
            std::exit(1);
        }
        std::size_t done = 0;
        while (done < content.size()) {
            ssize_t n = ::write(fd, content.data() + done, content.size() - done);
            if (n < 0) {
                if (errno == EINTR) continue;
                std::fprintf(stderr, "gen_corpus: write %s: %s\n", path.c_str(), std::strerror(errno));
                std::exit(1);
            }
            done += static_cast<std::size_t>(n);
        }
        ::close(fd);
        ++files;
        bytes += content.size();
    }
};

// ---- policies, rosters, school goals ---------------------------------------------------------

std::string root_policy() {
    return "# Standaardbeleid voor deze benchmark-corpus; elk bestuur heeft een eigen pop-policy.yaml\n"
           "# in zijn map, die hier voor gaat.\n"
           "format_version: 1\n"
           "preset: vo\n";
}

std::string board_policy(Sector sector, const std::string& board_name, Rng& r) {
    Out o;
    o.line(0, "# POP-beleid van " + board_name + ".");
    o.line(0, "# Geldt voor alle scholen in deze map; pop zoekt het vanuit de map van een POP omhoog.");
    o.line(0, "format_version: 1");
    o.line(0, std::string("preset: ") + kPreset[sector]);
    if (r.percent(50)) {
        int budget = sector == Po ? 500 + 50 * r.range(0, 4) : 600 + 50 * r.range(0, 4);
        o.line(0, "budget_per_year: " + std::to_string(budget) + "   # aanvulling uit het scholingsplan van het bestuur");
    }
    if (r.percent(40)) o.line(0, "stale_months: " + std::to_string(r.range(9, 18)));
    if (r.percent(60)) {
        o.line(0, "warn:");
        o.line(2, "period_end_days: " + std::to_string(30 * r.range(2, 3)));
        o.line(2, "step_due_days: " + std::to_string(7 * r.range(2, 3)));
        o.line(2, "inactivity_months: " + std::to_string(r.range(3, 4)));
    }
    if (r.percent(50)) {
        o.line(0, "smarti:");
        o.line(2, "min_specific_words: 8");
        o.line(2, "max_goal_months: 24");
        if (r.percent(60))
            o.line(2, "vague_words: [beter, meer, verbeteren, goed, leuk, optimaliseren, professionaliseren, ontwikkelen, "
                      "effectiever, vaker]");
    }
    if (r.percent(25)) {
        o.line(0, "complete:");
        o.line(2, "sign_off: true   # een lopend POP is door medewerker en leidinggevende getekend");
    }
    return o.s;
}

std::string roster_file(const School& school) {
    Out o;
    o.line(0, "# Personeelslijst van " + school.name + ": iedereen die een POP hoort te hebben.");
    o.line(0, "format_version: 1");
    o.line(0, "");
    o.line(0, "staff:");
    for (const Person& p : school.staff) {
        o.line(2, "- id: " + p.id);
        o.line(4, "name: " + scalar(p.name));
        o.line(4, "role: " + scalar(p.role));
        o.line(4, "team: " + scalar(p.team));
        o.line(4, "manager: " + scalar(p.manager));
        if (!p.active) o.line(4, "active: false   # uit dienst");
    }
    return o.s;
}

std::string school_goals_file(const School& school) {
    Out o;
    o.line(0, "# Schooldoelen uit het schoolplan 2024-2028 van " + school.name + ".");
    o.line(0, "format_version: 1");
    o.line(0, "school: " + scalar(school.name));
    o.line(0, "");
    o.line(0, "goals:");
    for (const SchoolGoalDef* g : school.goals) {
        o.line(2, std::string("- id: ") + g->id);
        o.text(4, "title", g->title);
        o.text(4, "theme", g->theme);
        o.text(4, "description", g->description);
    }
    return o.s;
}

// The text with a lower-case first letter, for use inside a sentence.
std::string lower_first(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

// ---- one POP ---------------------------------------------------------------------------------

// ---- logs: time and money spent -----------------------------------------------------------

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

// What a teacher writes for an entry of a given method ({vak}, {klas}, {coach}, {collega} filled in).
const Words& log_texts(std::string_view method) {
    static const std::map<std::string_view, Words> texts = {
        {"training", {"Studiemiddag {vak}", "Workshop op de studiedag", "Training met de sectie {vak}"}},
        {"course", {"Cursusavond", "Cursusdag", "Cursus, bijeenkomst {n}"}},
        {"study", {"Collegedag van de opleiding", "Opdracht voor de opleiding geschreven", "Tentamen voorbereid"}},
        {"lesson_study", {"Lesson study: les voorbereid met de sectie", "Lesson study: onderzoeksles in {klas}",
                          "Lesson study: nabespreking"}},
        {"coaching", {"Coachingsgesprek met {coach}", "Video van {klas} nabesproken met {coach}"}},
        {"mentoring", {"Begeleidingsgesprek met {coach}", "Gesprek met mijn mentor {coach}"}},
        {"collegial_visit", {"Lesbezoek bij {collega} en nagesprek", "Collegiaal lesbezoek in {klas2}",
                             "Hospiteren bij {collega}"}},
        {"job_shadowing", {"Meegelopen bij een leerbedrijf", "Jobshadowing bij een partnerschool"}},
        {"intervision", {"Intervisie, casus uit {klas}", "Intervisiegroep", "Intervisie over {onderwerp}"}},
        {"supervision", {"Supervisie", "Supervisiegesprek"}},
        {"learning_community", {"PLG-bijeenkomst", "PLG-bijeenkomst over {onderwerp}", "Vakgroepoverleg {vak}"}},
        {"practitioner_research", {"Praktijkonderzoek: data verzameld in {klas}", "Onderzoeksgroep",
                                   "Praktijkonderzoek: verslag geschreven"}},
        {"co_teaching", {"Samen lesgegeven met {collega} in {klas}", "Co-teaching voorbereid met {collega}"}},
        {"conference", {"Congres", "Onderwijscongres, twee workshops"}},
        {"reading", {"Vakliteratuur gelezen", "Artikel over {onderwerp} gelezen"}},
        {"international", {"Erasmus+-overleg met de partnerschool", "Online bijeenkomst met de partnerschool"}},
        {"other", {"Materiaal gemaakt voor {klas}", "Voorbereiding"}},
    };
    static const Words fallback{"Gewerkt aan dit doel"};
    auto it = texts.find(method);
    return it == texts.end() ? fallback : it->second;
}

// Writes a `log:` at `indent` with up to `most` entries dated from `from` to `to` (never after
// today), their methods from `methods`. Nothing when there are none.
void write_log(Out& o, int indent, Rng& lr, long from, long to, int most, const Words& methods,
               const std::vector<std::pair<std::string, std::string>>& vars, bool goal_private) {
    to = std::min(to, kToday);
    if (to < from || most <= 0) return;
    int n = lr.range(0, most);
    if (n == 0) return;
    std::vector<long> days;
    for (int i = 0; i < n; ++i) days.push_back(from + lr.below(static_cast<int>(to - from + 1)));
    std::sort(days.begin(), days.end());
    o.line(indent, "log:");
    for (long day : days) {
        const std::string& method = methods.empty() ? std::string("other") : lr.pick(methods);
        bool course = method == "course" || method == "training" || method == "conference" || method == "study";
        o.line(indent + 2, "- date: " + iso(day));
        int half_hours = course ? lr.range(4, 16) : lr.range(1, 6);
        if (!course || !lr.percent(15)) {
            int whole = half_hours / 2;
            o.line(indent + 4, "hours: " + std::to_string(whole) + (half_hours % 2 ? ".5" : ""));
        } else {
            half_hours = 0;
        }
        if ((course && lr.percent(40)) || half_hours == 0) o.line(indent + 4, "euros: " + std::to_string(25 * lr.range(1, 40)));
        else if (lr.percent(4)) o.line(indent + 4, "euros: " + std::to_string(lr.range(10, 60)) + ".95");
        o.text(indent + 4, "what", fill(lr.pick(log_texts(method)), vars));
        if (lr.percent(10)) o.line(indent + 4, std::string("learning: ") + (course ? "formal" : "informal"));
        if (!methods.empty() && lr.percent(85)) o.line(indent + 4, "method: " + method);
        if (!goal_private && lr.percent(3)) o.line(indent + 4, "private: true");
    }
}

std::string pop_file(const School& school, const Person& person, const std::string& written_id, Rng& r,
                     std::array<int, kMistakes>& counts) {
    // Up to two mistakes; about one POP in eight has one.
    std::set<int> mistakes;
    if (r.percent(12)) {
        int m = 1 + r.below(kMistakes - 1);
        // YAML-level mistakes are rarer than the rest.
        if ((m == Tab || m == DuplicateKey || m == UnclosedQuote) && r.percent(60)) m = VagueSpecific + r.below(5);
        if (m == NotOnRoster) m = NoInspiring;  // decided by the caller, which writes the id
        mistakes.insert(m);
        if (r.percent(20)) mistakes.insert(1 + r.below(Tab - 1));
    }
    auto has = [&](Mistake m) { return mistakes.count(m) != 0; };
    for (int m : mistakes) ++counts[static_cast<std::size_t>(m)];

    Sector sector = school.sector;
    Words classes = classes_for(sector);
    // The period: starts at a school year and lasts 1-4 years (1 in Flanders). Nearly all POPs
    // are current on 2026-11-22; a few ended and were never renewed (roster.missing-pop).
    int years = sector == Vl ? 1 : r.range(1, 4);
    int start_year = r.percent(96) ? r.range(2027 - years, 2026) : r.range(2022 - years, 2026 - years);
    bool august = r.percent(40);
    long p_start = days_from_civil(start_year, august ? 8 : 9, 1);
    long p_end = days_from_civil(start_year + years, august ? 7 : 8, 31);

    std::string coach_first = r.pick(kFirstNames);
    std::string coach = coach_first + " " + r.pick(kLastNames).shown;
    std::string collega = r.pick(kFirstNames) + " " + r.pick(kLastNames).shown;

    Out o;
    o.line(0, "# yaml-language-server: $schema=https://pop.example/schemas/pop.schema.json");
    o.line(0, "#");
    o.line(0, "# POP van " + person.name + ", " + person.role + ".");
    if (r.percent(50)) o.line(0, "# Looptijd van " + month_year(p_start) + " tot en met " + month_year(p_end) + ".");
    o.line(0, "format_version: 1");
    o.line(0, "");
    o.line(0, "person:");
    o.line(2, "id: " + written_id);
    o.line(2, "name: " + scalar(person.name));
    o.line(2, "role: " + scalar(person.role));
    if (r.percent(80)) o.line(2, "school: " + scalar(school.name));
    if (has(NumberAsText)) o.line(2, "team: " + std::to_string(r.range(1, 6)));
    else o.line(2, "team: " + scalar(person.team));
    o.line(2, "manager: " + scalar(person.manager));
    if (has(DuplicateKey)) o.line(2, "name: " + scalar(person.name));
    o.line(0, "");
    o.line(0, "period:");
    o.line(2, "start: " + iso(p_start));
    o.line(2, "end: " + iso(p_end) + (years == 1 ? "   # één schooljaar" : ""));
    o.line(0, "");

    bool signed_off = r.percent(88);
    long sign_day = std::min(kToday - 1, p_start + r.range(7, 40));
    if (signed_off) {
        o.line(0, "sign_off:");
        o.line(2, "employee: { name: " + scalar(person.name) + ", date: " + iso(sign_day) + " }");
        o.line(2, "manager: { name: " + scalar(person.manager) + ", date: " + iso(std::min(kToday - 1, sign_day + r.range(0, 6))) + " }");
        o.line(0, "");
    }

    // Goals: themes that suit the sector, no theme twice; laid out over the period.
    std::vector<const Theme*> pool;
    for (const Theme& t : themes())
        if (t.sectors & (1u << sector)) pool.push_back(&t);
    int n_goals = std::min<int>(static_cast<int>(pool.size()), 1 + r.below(3) + (years >= 3 ? r.below(2) : 0));
    std::vector<const Theme*> chosen;
    while (static_cast<int>(chosen.size()) < n_goals) {
        const Theme* t = pool[static_cast<std::size_t>(r.below(static_cast<int>(pool.size())))];
        bool dup = false;
        for (const Theme* c : chosen) dup |= c == t;
        if (!dup) chosen.push_back(t);
    }
    // Hours: stay within 55 per year of the period unless the mistake asks for more.
    double allowance = 55.0 * years;
    long span = p_end - p_start;
    long slot = span / n_goals;
    int mistake_goal = r.below(n_goals);

    std::string first_title;
    o.line(0, "goals:");
    for (int gi = 0; gi < n_goals; ++gi) {
        const Theme& t = *chosen[static_cast<std::size_t>(gi)];
        bool here = gi == mistake_goal;
        std::string klas = r.pick(classes), klas2 = r.pick(classes);
        std::string subject = person.subject;
        long g_start = p_start + slot * gi + r.range(7, 45);
        long g_len = std::min<long>(std::max<long>(slot - 50, 120), 700) - r.below(60);
        long g_end = std::min(p_end, g_start + g_len);
        std::vector<std::pair<std::string, std::string>> vars = {
            {"klas", klas}, {"klas2", klas2}, {"vak", subject}, {"n", std::to_string(r.range(2, 5))},
            {"m", std::to_string(r.range(3, 9))}, {"pct", std::to_string(60 + 5 * r.below(7))},
            {"pct0", std::to_string(40 + 3 * r.below(6))}, {"coach", coach}, {"collega", collega},
            {"manager", person.manager}, {"eind", month_year(g_end)}, {"team", person.team},
            {"onderwerp", "huiswerk en herhaling bij " + subject}};

        std::string gid = t.slug;
        if (r.percent(30)) gid += "-" + std::to_string(2022 + static_cast<int>((g_start - days_from_civil(2022, 1, 1)) / 365));
        o.line(2, "- id: " + gid);
        std::string title = fill(r.pick(t.titles), vars);
        if (gi == 0) first_title = title;
        o.text(4, "title", title);
        bool priv = std::string_view(t.slug) == "stemgebruik" ? r.percent(80) : r.percent(3);
        if (priv) o.line(4, "private: true");
        // S
        std::string specific = fill(r.pick(t.specifics), vars);
        std::string extra = fill(r.pick(t.specifics2), vars);
        if (!extra.empty()) specific += " " + extra;
        if (here && has(VagueSpecific)) specific = r.percent(50) ? "Ik wil beter worden in lesgeven." : "Meer doen met " + subject + ".";
        o.text(4, "specific", specific);
        // M
        if (!(here && has(NoMeasurable))) {
            std::string measurable = fill(r.pick(t.measurables), vars);
            if (here && has(NoNumber)) measurable = "De leerlingen merken dat de lessen beter lopen, en ik voel me er zekerder over.";
            if (here && has(UnclosedQuote)) {
                o.line(4, "measurable: \"" + measurable);
            } else {
                o.text(4, "measurable", measurable);
            }
        }
        // A: goals added after the sign-off, or in an unsigned POP, carry their own agreement.
        bool agreed = (!signed_off && r.percent(85)) || (g_start > sign_day + 200 && r.percent(50));
        long agreed_day = std::min(kToday - 3, g_start - r.range(3, 20));
        if (agreed && agreed_day > p_start - 30)
            o.line(4, "agreed: { name: " + scalar(person.manager) + ", date: " + iso(agreed_day) + " }");
        // R
        if (!(here && has(NoHours))) {
            o.line(4, "realistic:");
            int hours = 5 * r.range(2, 9);
            if (hours > allowance / n_goals) hours = std::max(5, static_cast<int>(allowance / n_goals / 5) * 5);
            if (here && has(TooManyHours)) hours = 150 + 10 * r.below(10);
            if (here && has(DecimalComma)) o.line(6, "hours: " + std::to_string(hours / 2) + ",5");
            else if (r.percent(10)) o.line(6, "hours: " + std::to_string(hours - 1) + ".5");
            else o.line(6, "hours: " + std::to_string(hours));
            if (r.percent(30)) o.line(6, "budget: " + std::to_string(25 * r.range(0, 24)));
            if (!t.notes.empty() && r.percent(50)) o.text(6, "note", fill(r.pick(t.notes), vars));
        }
        // T
        if (here && has(EndBeforeStart)) {
            o.line(4, "start: " + iso(g_start));
            o.line(4, "end: " + iso(g_start - r.range(30, 300)));
        } else if (here && has(ImpossibleDate)) {
            Civil c = civil_from_days(g_start);
            char buf[32];
            std::snprintf(buf, sizeof buf, "%04d-02-%02d", c.y, r.range(30, 31));
            o.line(4, std::string("start: ") + buf);
            o.line(4, "end: " + iso(g_end));
        } else if (here && has(DayMonthYear)) {
            Civil c = civil_from_days(g_start);
            o.line(4, "start: " + std::to_string(c.d) + "-" + std::to_string(c.m) + "-" + std::to_string(c.y));
            o.line(4, "end: " + iso(g_end));
        } else {
            o.line(4, "start: " + iso(g_start));
            o.line(4, "end: " + iso(g_end));
        }
        // I
        if (!(here && has(NoInspiring))) o.text(4, "inspiring", fill(r.pick(t.inspirings), vars));
        if (r.percent(85)) o.line(4, std::string("learning: ") + t.learning);
        if (r.percent(90)) {
            std::vector<std::string> ms;
            int nm = r.range(1, std::min<int>(3, static_cast<int>(t.methods.size())));
            while (static_cast<int>(ms.size()) < nm) {
                const std::string& m = r.pick(t.methods);
                bool dup = false;
                for (const std::string& x : ms) dup |= x == m;
                if (!dup) ms.push_back(m);
            }
            std::string list;
            for (const std::string& m : ms) list += (list.empty() ? "" : ", ") + m;
            o.line(4, std::string(here && has(UnknownKey) ? "methodes" : "methods") + ": [" + list + "]");
        }
        if (*t.competence && r.percent(80)) o.line(4, std::string("competence: ") + t.competence);
        // Links to the school's goals: the theme's own when the school has it, sometimes one more.
        std::vector<std::string> links;
        for (const SchoolGoalDef* sg : school.goals)
            if (*t.school_goal && std::string_view(sg->id) == t.school_goal) links.push_back(sg->id);
        if (!links.empty() && r.percent(30)) {
            const SchoolGoalDef* other = school.goals[static_cast<std::size_t>(r.below(static_cast<int>(school.goals.size())))];
            if (links.front() != other->id) links.push_back(other->id);
        }
        if (here && has(UnknownSchoolGoal)) links.push_back(r.percent(50) ? "gezonde-schooll" : "professionele-cultuur");
        if (!links.empty()) {
            std::string list;
            for (const std::string& l : links) list += (list.empty() ? "" : ", ") + l;
            o.line(4, "school_goals: [" + list + "]");
        }
        // Status from the dates.
        std::string status;
        if (g_end < kToday) status = r.percent(85) ? "achieved" : "dropped";
        else if (g_start > kToday) status = "planned";
        else status = r.percent(92) ? "active" : "paused";
        if (here && has(StatusTypo)) status = r.percent(50) ? "klaar" : "actief";
        o.line(4, "status: " + status);
        // Steps.
        int n_steps = std::min<int>(r.below(6), static_cast<int>(t.steps.size()));
        std::vector<std::size_t> order(t.steps.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[static_cast<std::size_t>(r.below(static_cast<int>(i)))]);
        std::sort(order.begin(), order.begin() + n_steps);  // the templates are in a sensible order
        if (n_steps > 0 || (here && has(StepAfterEnd))) {
            o.line(4, "steps:");
            long gap = std::max<long>(1, (g_end - g_start) / (n_steps + 1));
            bool ids = r.percent(50);
            for (int si = 0; si < n_steps; ++si) {
                long due = g_start + gap * (si + 1);
                std::string what = fill(t.steps[order[static_cast<std::size_t>(si)]], vars);
                if (ids) o.line(6, "- id: stap-" + std::to_string(si + 1));
                std::string first = ids ? "  " : "- ";
                o.line(6, first + "what: " + scalar(what));
                if (here && has(Tab) && si == 0) o.s += "\t  due: " + iso(due) + "\n";
                else o.line(8, "due: " + iso(due));
                long done = due + r.range(-10, 10);
                done = std::max(done, g_start);
                done = std::min(done, g_end);
                if (done <= kToday && due <= kToday + 5 && r.percent(90)) o.line(8, "done: " + iso(done));
                else if (here && has(DoneInFuture) && si == n_steps - 1) o.line(8, "done: " + iso(kToday + r.range(5, 60)));
                if (r.percent(2)) o.line(8, "private: true");
            }
            if (here && has(StepAfterEnd)) {
                o.line(6, "- what: " + scalar(fill(r.pick(t.steps), vars)));
                o.line(8, "due: " + iso(g_end + r.range(20, 90)));
            }
        }
        // Evidence, dated between the start and today.
        if (g_start + 30 < kToday && r.percent(70)) {
            int n_ev = r.range(1, 3);
            o.line(4, "evidence:");
            long last = std::min(kToday, g_end);
            for (int ei = 0; ei < n_ev; ++ei) {
                long day = g_start + (last - g_start) * (ei + 1) / (n_ev + 1);
                o.line(6, "- date: " + iso(day));
                o.text(8, "what", fill(r.pick(t.evidence), vars));
                int k = r.below(10);
                if (k < 3) o.line(8, "link: https://intranet." + school.slug + ".example/pop/" + person.id + "/" + gid);
                else if (k < 4) o.line(8, "file: bewijs/" + person.id + "/" + gid + "-" + std::to_string(ei + 1) + ".pdf");
                if (r.percent(3)) o.line(8, "private: true");
            }
        }
        // Log: 0-12 entries between the goal's start and today (its own generator: see the top).
        {
            Rng lr(kSeed ^ fnv1a(written_id + "/" + gid + "/" + std::to_string(gi)));
            int most = status == "planned" ? 0 : lr.range(0, 12);
            write_log(o, 4, lr, g_start, g_end, most, t.methods, vars, priv);
        }
        if (status == "achieved" && r.percent(60)) {
            o.line(4, "reflection: |");
            o.line(6, "Het werkte het best toen ik het elke week volhield, ook in drukke periodes.");
            if (r.percent(60)) o.line(6, "In " + klas + " zag ik het verschil het snelst; in " + klas2 + " kostte het meer tijd.");
            o.line(6, r.percent(50) ? "Volgend jaar wil ik dit vasthouden zonder dat het me zoveel energie kost."
                                    : "Ik deel wat ik geleerd heb in de eerstvolgende teamvergadering.");
        }
        o.line(0, "");
    }
    if (has(UnknownKey) && o.s.find("methodes:") == std::string::npos) o.line(0, "comments: vergeten te verwijderen");

    // Conversations: a start conversation, then about every 4-8 months; later ones are planned.
    o.line(0, "conversations:");
    const char* kinds_after[] = {"progress", "performance", "progress", "appraisal"};
    long day = p_start + r.range(5, 30);
    int ci = 0;
    while (day <= std::min(p_end, kToday + 120) && ci < 6) {
        o.line(2, std::string("- kind: ") + (ci == 0 ? "start" : kinds_after[r.below(4)]));
        o.line(4, "date: " + iso(day) + (day > kToday ? "   # gepland" : ""));
        if (day <= kToday) {
            o.line(4, "with: " + scalar(person.manager + (r.percent(40) ? " (leidinggevende)" : "")));
            int k = r.below(10);
            if (k < 4) {
                o.text(4, "agreements", person.first + " werkt dit jaar aan " + lower_first(first_title) + "; we kijken in het volgende gesprek hoe het gaat.");
            } else if (k < 7) {
                o.line(4, "agreements: |");
                o.line(6, "- " + person.first + " bespreekt de voortgang met " + coach + ".");
                o.line(6, "- Uren en budget voor dit jaar zijn akkoord.");
                if (r.percent(50)) o.line(6, "- Volgend gesprek over " + std::to_string(r.range(4, 8)) + " maanden.");
            }
            if (r.percent(15)) o.text(4, "notes", person.first + " gaf aan dat de combinatie met het mentoraat zwaar is. In het volgende gesprek vragen hoe het gaat.");
            if (r.percent(3)) o.line(4, "private: true");
        }
        day += r.range(120, 240);
        ++ci;
    }
    // A log of learning that belongs to no goal: up to 4 entries in about half the POPs.
    Rng lr(kSeed ^ fnv1a(written_id + "/log"));
    if (lr.percent(50)) {
        static const Words top_methods{"training", "learning_community", "intervision", "collegial_visit", "reading",
                                       "conference"};
        std::vector<std::pair<std::string, std::string>> vars = {
            {"vak", person.subject}, {"klas", lr.pick(classes)}, {"klas2", lr.pick(classes)}, {"n", "1"},
            {"coach", coach}, {"collega", collega}, {"onderwerp", "huiswerk en herhaling bij " + person.subject}};
        o.line(0, "");
        write_log(o, 0, lr, p_start, p_end, 4, top_methods, vars, false);
        if (o.s.size() >= 2 && o.s[o.s.size() - 2] == '\n') o.s.pop_back();  // no log after all: no blank line
    }
    return o.s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: gen_corpus N OUTDIR\n");
        return 2;
    }
    long n = std::strtol(argv[1], nullptr, 10);
    if (n <= 0) {
        std::fprintf(stderr, "gen_corpus: N must be a positive number\n");
        return 2;
    }
    Writer w;
    w.root = argv[2];
    if (::mkdir(w.root.c_str(), 0777) != 0 && errno != EEXIST) {
        std::fprintf(stderr, "gen_corpus: cannot create %s: %s\n", w.root.c_str(), std::strerror(errno));
        return 1;
    }
    w.write("pop-policy.yaml", root_policy());

    std::array<int, kMistakes> counts{};
    std::map<std::string, int> used_ids;  // id base -> how many people have it
    long pops = 0;
    int school_no = 0;
    std::size_t staff_total = 0, without_pop = 0, inactive = 0;
    for (int board = 0; pops < n; ++board) {
        Rng br(kSeed ^ (0xB0A2D000ULL + static_cast<std::uint64_t>(board)));
        int k = br.below(100);
        Sector sector = k < 45 ? Po : k < 80 ? Vo : k < 92 ? Mbo : Vl;
        int n_schools = sector == Po ? br.range(6, 24) : sector == Vo ? br.range(2, 7) : sector == Mbo ? br.range(1, 3) : br.range(3, 9);
        std::string board_word = br.pick(kBoardWords);
        std::string board_name = (sector == Vl ? "Scholengroep " : "Stichting ") + board_word;
        char bdir[64];
        std::snprintf(bdir, sizeof bdir, "b%03d-", board + 1);
        std::string board_dir = bdir + std::string(sector == Vl ? "scholengroep-" : "stichting-");
        for (char c : board_word) board_dir += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        w.mkdirs(board_dir);
        w.write(board_dir + "/pop-policy.yaml", board_policy(sector, board_name, br));

        for (int s = 0; s < n_schools && pops < n; ++s) {
            ++school_no;
            Rng r(kSeed ^ (static_cast<std::uint64_t>(school_no) * 0x9E3779B97F4A7C15ULL));
            School school;
            school.number = school_no;
            school.sector = sector;
            std::string word = r.pick(kSchoolWords);
            std::string place = sector == Vl ? r.pick(kFlemishPlaces) : r.pick(kPlaces);
            const char* kind = sector == Po ? (r.percent(50) ? "OBS " : "CBS ") : sector == Vo ? "" : sector == Mbo ? "" : "";
            if (sector == Po) school.name = kind + word + ", " + place;
            else if (sector == Vo) school.name = word + " (" + (r.percent(50) ? "mavo, havo, vwo" : "havo, vwo") + "), " + place;
            else if (sector == Mbo) school.name = std::string(r.percent(50) ? "ROC " : "Vakcollege ") + word + ", " + place;
            else school.name = "Campus " + word + " (secundair onderwijs), " + place;
            char sdir[32];
            std::snprintf(sdir, sizeof sdir, "s%04d-", school_no);
            school.slug = sdir;
            std::string plain = word + "-" + place;
            for (std::size_t at; (at = plain.find("\xC3\xAF")) != std::string::npos;) plain.replace(at, 2, "i");  // ï
            for (char c : plain) {
                if (c >= 'A' && c <= 'Z') school.slug += static_cast<char>(c - 'A' + 'a');
                else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) school.slug += c;
                else if (c == ' ' || c == '-') { if (school.slug.back() != '-') school.slug += '-'; }
            }
            // School goals: 4-8 from the pool, always the ones most themes link to.
            const auto& sg = school_goal_pool();
            std::vector<int> idx;
            for (int i = 0; i < static_cast<int>(sg.size()); ++i) idx.push_back(i);
            for (int i = static_cast<int>(idx.size()) - 1; i > 0; --i) std::swap(idx[static_cast<std::size_t>(i)], idx[static_cast<std::size_t>(r.below(i + 1))]);
            int n_goals = r.range(4, 8);
            for (int i = 0; i < n_goals; ++i) school.goals.push_back(&sg[static_cast<std::size_t>(idx[static_cast<std::size_t>(i)])]);

            int size = sector == Po ? r.range(12, 45) : sector == Vo ? r.range(50, 250) : sector == Mbo ? r.range(150, 600) : r.range(20, 90);
            Words teams = teams_for(sector);
            int n_managers = std::max(1, size / 30);
            for (int i = 0; i < n_managers; ++i) school.managers.push_back(r.pick(kFirstNames) + " " + r.pick(kLastNames).shown);
            const Words& subjects = sector == Po ? kPoSubjects : sector == Vo ? kVoSubjects : sector == Mbo ? kMboSubjects : kVlSubjects;
            for (int i = 0; i < size; ++i) {
                Person p;
                p.first = r.pick(kFirstNames);
                const LastName& last = r.pick(kLastNames);
                p.name = p.first + " " + last.shown;
                char initial = p.first[0] >= 'A' && p.first[0] <= 'Z' ? static_cast<char>(p.first[0] - 'A' + 'a') : 'x';
                std::string base = std::string(1, initial) + "." + last.id;
                p.id = base;
                // Unique in the whole corpus, as a board's personnel codes are (a.jansen, a.jansen2...).
                int& taken = used_ids[base];
                if (taken++ > 0) p.id = base + std::to_string(taken);
                p.subject = r.pick(subjects);
                p.role = role_for(sector, p.subject, r);
                int team = r.below(static_cast<int>(teams.size()));
                p.team = teams[static_cast<std::size_t>(team)];
                p.manager = school.managers[static_cast<std::size_t>(team % n_managers)];
                p.active = !r.percent(2);
                p.has_pop = p.active ? !r.percent(3) : r.percent(50);
                school.staff.push_back(std::move(p));
            }
            // The last school keeps only the staff up to the N-th POP, so its roster fits the corpus.
            long room = n - pops;
            for (std::size_t i = 0; i < school.staff.size(); ++i) {
                if (school.staff[i].has_pop && --room < 0) {
                    school.staff.resize(i);
                    break;
                }
            }
            std::string dir = board_dir + "/" + school.slug;
            w.mkdirs(dir + "/pops");
            w.write(dir + "/pop-roster.yaml", roster_file(school));
            w.write(dir + "/pop-school-goals.yaml", school_goals_file(school));
            for (const Person& p : school.staff) {
                ++staff_total;
                if (!p.active) ++inactive;
                if (!p.has_pop) {
                    ++without_pop;
                    continue;
                }
                if (pops >= n) break;
                Rng pr(r.next());
                // The mistake "not on the roster" is decided first: it changes the id written.
                std::string written = p.id;
                if (pr.percent(1)) {
                    written = p.id.substr(0, p.id.size() - 1) + (p.id.back() == 'e' ? "a" : "e");
                    ++counts[NotOnRoster];
                }
                std::string content = pop_file(school, p, written, pr, counts);
                w.write(dir + "/pops/" + p.id + ".pop.yaml", content);
                ++pops;
            }
        }
    }
    std::printf("gen_corpus: %ld POPs in %d schools, %zu files, %.1f MB\n", pops, school_no, w.files,
                static_cast<double>(w.bytes) / 1e6);
    std::printf("gen_corpus: roster: %zu staff, %zu without a POP, %zu inactive\n", staff_total, without_pop, inactive);
    std::printf("gen_corpus: POPs with a deliberate mistake (by kind):");
    const char* names[] = {"", "status", "date-invalid", "date-format", "vague", "no-measurable", "no-inspiring",
                           "no-hours", "end<start", "unknown-key", "step-after-end", "school-goal", "not-on-roster",
                           "number-as-text", "decimal-comma", "done-in-future", "no-number", "too-many-hours",
                           "tab", "duplicate-key", "unclosed-quote"};
    for (int m = 1; m < kMistakes; ++m) std::printf(" %s=%d", names[m], counts[static_cast<std::size_t>(m)]);
    std::printf("\ngen_corpus: digest %016llx\n", static_cast<unsigned long long>(w.digest.h));
    return 0;
}
