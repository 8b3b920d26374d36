// `pop sheet` over one POP file (pop/workspace/sheet_view.h).
#include "pop/workspace/sheet_view.h"

#include "pop/workspace/check_file.h"
#include "pop/workspace/workspace.h"

namespace pop {

PopSheet pop_sheet(const std::string& path, const FileSource& files, const PopVersions* versions, const Date& today,
                   bool public_only) {
    PopSheet out;
    FileBytes read = files.read(path, ReadLimits{}.max_bytes);
    if (read.error) {
        out.unreadable = std::move(read);
        return out;
    }
    ValidatedFile validated = read_and_validate(read.bytes, FileKind::Pop);
    Pop pop = validated.usable ? build_pop(validated.doc) : Pop{};
    PopContext context = load_pop_context(path, files);
    // The baseline: the file as committed on or before the day of the last conversation.
    std::optional<Pop> baseline;
    if (std::optional<Date> since = last_conversation_date(pop, today); since && versions) {
        if (std::optional<std::string> bytes = versions->as_of(path, *since)) {
            ValidatedFile old = read_and_validate(*bytes, FileKind::Pop);
            baseline = old.usable ? build_pop(old.doc) : Pop{};
        }
    }
    SheetInput input{&pop, &context.policy, context.roster ? &*context.roster : nullptr,
                     baseline ? &*baseline : nullptr, public_only};
    out.sheet = build_sheet(input, today);
    return out;
}

}  // namespace pop
