#include "pop/workspace/check_file.h"

#include <algorithm>
#include <tuple>

#include "pop/model/model.h"
#include "pop/base/text.h"
#include "pop/format/validate.h"

namespace pop {

ValidatedFile read_and_validate(std::string_view bytes, FileKind kind, const ReadLimits& limits) {
    ValidatedFile out;
    ReadResult read = read_yaml(bytes, limits);
    out.findings = std::move(read.findings);
    if (read.fatal && !read.recovered) return out;
    out.doc = std::move(read.doc);
    out.usable = !read.fatal;
    out.recovered = read.fatal;
    std::vector<Finding> structure = validate_structure(out.doc, kind);
    out.findings.insert(out.findings.end(), std::make_move_iterator(structure.begin()),
                        std::make_move_iterator(structure.end()));
    return out;
}

std::vector<Finding> check_file(std::string_view bytes, FileKind kind, const CheckContext& context,
                                const ReadLimits& limits, PopSummary* summary) {
    ValidatedFile file = read_and_validate(bytes, kind, limits);
    std::vector<Finding> findings = std::move(file.findings);
    if ((file.usable || file.recovered) && kind == FileKind::Pop && !file.doc.empty()) {
        Pop pop = build_pop(file.doc);
        if (summary && file.usable) *summary = summarize(pop);
        std::vector<Finding> rules = check_pop(pop, context);
        findings.insert(findings.end(), std::make_move_iterator(rules.begin()), std::make_move_iterator(rules.end()));
    }
    sort_by_position(findings);
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
        f.source_line = printable_text(bytes.substr(start, std::min<std::size_t>(end - start, 500)));
    }
}


}  // namespace pop
