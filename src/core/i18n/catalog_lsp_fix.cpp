// The message catalog, part "lsp_fix": the titles of the language server's quick fixes (the
// editor shows them in its light-bulb menu) and the details of its completion items.
// Keys: lsp.fix.<name>, lsp.complete.<name>.
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    E{"lsp.fix.date", "Write the date as {suggestion}", "Schrijf de datum als {suggestion}"},
    E{"lsp.fix.value", "Write `{suggestion}` instead of `{value}`", "Schrijf `{suggestion}` in plaats van `{value}`"},
    E{"lsp.fix.key", "Rename `{key}` to `{suggestion}`", "Verander het veld `{key}` in `{suggestion}`"},
    E{"lsp.fix.quote", "Put `{value}` in quotes, so that it is text", "Zet `{value}` tussen aanhalingstekens, dan is het tekst"},
    E{"lsp.fix.add-field", "Add `{field}` ({word}) to goal `{goal}`, still to be filled in",
      "Voeg `{field}` ({word}) toe aan doel `{goal}`, nog in te vullen"},
    E{"lsp.fix.add-fields", "Add `{first}` and `{second}` ({word}) to goal `{goal}`, still to be filled in",
      "Voeg `{first}` en `{second}` ({word}) toe aan doel `{goal}`, nog in te vullen"},
    E{"lsp.complete.today", "today", "vandaag"},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> lsp_fix() { return kEntries; }

}  // namespace pop::catalog_parts
