// The message catalog, part "lsp": the language server's answers to malformed or unknown
// JSON-RPC messages (an editor may show them in its log). Keys: lsp.<name>.
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    E{"lsp.error.parse", "the message is not valid JSON", "het bericht is geen geldige JSON"},
    E{"lsp.error.invalid-request", "the message is not a JSON-RPC request or notification",
      "het bericht is geen JSON-RPC-verzoek of -melding"},
    E{"lsp.error.invalid-params", "the parameters of the request are not valid",
      "de parameters van het verzoek kloppen niet"},
    E{"lsp.error.method-not-found", "pop lsp does not handle {method}", "pop lsp kent {method} niet"},
    E{"lsp.error.not-initialized", "the server is not initialized yet: send initialize first",
      "de server is nog niet gestart: stuur eerst initialize"},
    E{"lsp.error.shut-down", "the server is shut down: only exit is left",
      "de server is afgesloten: alleen exit kan nog"},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> lsp() { return kEntries; }

}  // namespace pop::catalog_parts
