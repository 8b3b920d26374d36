// The message catalog, part "input": reading the input: file access, encoding and YAML syntax.
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
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
    E{"input.unreadable.permission", "permission denied", "je hebt geen rechten om dit te lezen"},
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
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> input() { return kEntries; }

}  // namespace pop::catalog_parts
