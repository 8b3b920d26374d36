#pragma once
// The parts of the message catalog, one file each (src/core/i18n/catalog_<part>.cpp), so that the
// texts of one area live together. Every part is sorted by key; keys are unique across all parts.

#include <algorithm>
#include <array>
#include <span>

#include "pop/i18n/messages.h"

namespace pop::catalog_parts {

using E = CatalogEntry;

/// The entries sorted by key, at compile time.
constexpr auto sorted(auto entries) {
    std::sort(entries.begin(), entries.end(), [](const E& a, const E& b) { return a.key < b.key; });
    return entries;
}

/// True when no key appears twice in sorted entries.
constexpr bool unique_keys(const auto& entries) {
    for (std::size_t i = 1; i < entries.size(); ++i)
        if (entries[i - 1].key == entries[i].key) return false;
    return true;
}

std::span<const CatalogEntry> input();    ///< Reading: file access, encoding, YAML syntax.
std::span<const CatalogEntry> rules();    ///< The rules' findings and the help of each rule.
std::span<const CatalogEntry> reports();  ///< status, due, calendar, report, diff.
std::span<const CatalogEntry> edit();     ///< The editing commands and the policy checklist.
std::span<const CatalogEntry> cli();      ///< Summaries, usage errors, formats, substituted words.
std::span<const CatalogEntry> help();     ///< The help texts of the commands and their options.
std::span<const CatalogEntry> man();      ///< The man pages' own texts: sections, exit codes, examples.
std::span<const CatalogEntry> lsp();      ///< The language server's protocol errors.
std::span<const CatalogEntry> lsp_fix();  ///< The language server's quick fixes and completion.
std::span<const CatalogEntry> fields();   ///< What every field and allowed value of the file formats means.
std::span<const CatalogEntry> lsp_hover();  ///< The language server's hover texts.
std::span<const CatalogEntry> ledger();   ///< The log (logboek) of time and money spent, and pop log.
std::span<const CatalogEntry> hours();    ///< `pop hours`, the rules hours.* and their reminder.
std::span<const CatalogEntry> sheet();    ///< `pop sheet`: the conversation sheet.
std::span<const CatalogEntry> assess();   ///< Self-assessments: the rules competence.*, status and report lines.

}  // namespace pop::catalog_parts
