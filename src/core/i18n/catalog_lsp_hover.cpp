// The message catalog, part "lsp_hover": what `pop lsp` shows when the pointer rests on a key, a
// value or a diagnostic (Markdown). Keys: lsp.hover.<name>. What each field and allowed value
// means is in the part "fields" (catalog_fields.cpp).
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    E{"lsp.hover.key", "`{key}` – in Dutch: **{term}**", "`{key}` – **{term}**"},
    E{"lsp.hover.smarti", "SMARTI: **{letter}** – {word}", "SMARTI: **{letter}** – {word}"},
    E{"lsp.hover.choice", "`{value}` – in Dutch: **{term}**: {description}", "`{value}` – **{term}**: {description}"},
    E{"lsp.hover.date", "{weekday} {date}: {distance}", "{weekday} {date}: {distance}"},
    E{"lsp.hover.school-goal", "School goal `{id}`: **{title}**", "Schooldoel `{id}`: **{title}**"},
    E{"lsp.hover.area", "`{id}` – area of *{framework}*: **{name}**", "`{id}` – gebied uit *{framework}*: **{name}**"},
    E{"lsp.hover.level", "`{id}` – level of *{framework}*: **{name}**", "`{id}` – niveau uit *{framework}*: **{name}**"},
    E{"lsp.hover.rule", "Rule `{rule}`: {description}", "Regel `{rule}`: {description}"},
    E{"lsp.hover.weekday.1", "Monday", "maandag"},
    E{"lsp.hover.weekday.2", "Tuesday", "dinsdag"},
    E{"lsp.hover.weekday.3", "Wednesday", "woensdag"},
    E{"lsp.hover.weekday.4", "Thursday", "donderdag"},
    E{"lsp.hover.weekday.5", "Friday", "vrijdag"},
    E{"lsp.hover.weekday.6", "Saturday", "zaterdag"},
    E{"lsp.hover.weekday.7", "Sunday", "zondag"},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> lsp_hover() { return kEntries; }

}  // namespace pop::catalog_parts
