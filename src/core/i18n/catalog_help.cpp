// The message catalog, part "help": the help texts of the commands and their options.
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    // ---- options several commands share ----
    E{"cli.help.excel", "csv for Excel: UTF-8 with a BOM, ; as separator, column names in the chosen language",
      "csv voor Excel: UTF-8 met BOM, ; als scheidingsteken, kolomnamen in de gekozen taal"},
    E{"cli.help.partial", "write even when files are missing, saying which at the top (exit code 3)",
      "ook schrijven als er bestanden ontbreken, met bovenaan welke (exit-code 3)"},
    E{"cli.help.partial-calendar", "write even when files are missing, naming them in the calendar (exit code 3)",
      "ook schrijven als er bestanden ontbreken, met in de agenda welke (exit-code 3)"},
    E{"cli.help.width", "text width (0: no limit; default the terminal's, no limit in a file)",
      "breedte van de tekst (0: geen grens; standaard die van de terminal, geen grens in een bestand)"},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> help() { return kEntries; }

}  // namespace pop::catalog_parts
