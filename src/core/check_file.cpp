#include "pop/check_file.h"

#include <algorithm>
#include <tuple>

#include "pop/model.h"
#include "pop/validate.h"

namespace pop {

ValidatedFile read_and_validate(std::string_view bytes, FileKind kind, const ReadLimits& limits) {
    ValidatedFile out;
    ReadResult read = read_yaml(bytes, limits);
    out.findings = std::move(read.findings);
    if (read.fatal) return out;
    out.doc = std::move(read.doc);
    out.usable = true;
    std::vector<Finding> structure = validate_structure(out.doc, kind);
    out.findings.insert(out.findings.end(), std::make_move_iterator(structure.begin()),
                        std::make_move_iterator(structure.end()));
    return out;
}

std::vector<Finding> check_file(std::string_view bytes, FileKind kind, const CheckContext& context,
                                const ReadLimits& limits) {
    ValidatedFile file = read_and_validate(bytes, kind, limits);
    std::vector<Finding> findings = std::move(file.findings);
    if (file.usable && kind == FileKind::Pop && !file.doc.empty()) {
        std::vector<Finding> rules = check_pop(build_pop(file.doc), context);
        findings.insert(findings.end(), std::make_move_iterator(rules.begin()), std::make_move_iterator(rules.end()));
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
    });
    attach_source_lines(bytes, findings);
    return findings;
}

void attach_source_lines(std::string_view bytes, std::vector<Finding>& findings) {
    // Findings are few; find each line by scanning from the previous one when sorted.
    for (Finding& f : findings) {
        std::size_t offset = std::min<std::uint64_t>(f.at.offset, bytes.size());
        // Trust the byte offset when it agrees with the line; otherwise count lines.
        std::size_t start = offset;
        while (start > 0 && bytes[start - 1] != '\n') --start;
        if (f.at.offset == 0 && f.at.line > 1) {  // no offset known: count lines
            start = 0;
            for (std::uint32_t line = 1; line < f.at.line && start < bytes.size(); ++line) {
                std::size_t nl = bytes.find('\n', start);
                start = nl == std::string_view::npos ? bytes.size() : nl + 1;
            }
        }
        if (start == 0 && bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;  // a leading BOM takes no column
        std::size_t end = bytes.find('\n', start);
        if (end == std::string_view::npos) end = bytes.size();
        if (end > start && bytes[end - 1] == '\r') --end;
        f.source_line = printable_line(bytes.substr(start, std::min<std::size_t>(end - start, 500)));
    }
}

std::string printable_line(std::string_view line) {
    // Valid UTF-8 is kept; invalid bytes and control characters become '?', a tab one space,
    // so that the caret below still lines up (the reader counts a tab as one column).
    std::string out;
    out.reserve(line.size());
    std::size_t i = 0;
    while (i < line.size()) {
        auto c = static_cast<unsigned char>(line[i]);
        if (c < 0x80) {
            out.push_back(c == '\t' ? ' ' : (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c));
            ++i;
            continue;
        }
        std::size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        bool ok = len > 0 && i + len <= line.size();
        for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(line[i + k]) & 0xC0) == 0x80;
        if (ok && len == 3) {
            auto c1 = static_cast<unsigned char>(line[i + 1]);
            ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
        }
        if (ok && len == 4) {
            auto c1 = static_cast<unsigned char>(line[i + 1]);
            ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (ok && len == 3 && c == 0xEF && line[i + 1] == '\xBB' && line[i + 2] == '\xBF') {
            out.push_back('?');  // a stray byte order mark is invisible; show where it is
            i += 3;
            continue;
        }
        if (ok) {
            out.append(line.substr(i, len));
            i += len;
        } else {
            out.push_back('?');
            ++i;
        }
    }
    return out;
}

}  // namespace pop
