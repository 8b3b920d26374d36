#include "pop/base/rounding.h"

#include <charconv>
#include <cmath>
#include <string_view>

namespace pop {

std::string rounded_text(double value) {
    if (!std::isfinite(value)) return "-";
    // The shortest decimal text that reads back as `value`, in fixed notation: "12.45", "1000000000".
    char buffer[400];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed);
    if (error != std::errc{}) return "-";
    std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    std::size_t point = text.find('.');
    std::string whole(text.substr(0, point));
    int tenths = 0;
    bool up = false;
    if (point != std::string_view::npos) {
        std::string_view decimals = text.substr(point + 1);
        tenths = decimals[0] - '0';
        up = decimals.size() > 1 && decimals[1] >= '5';  // half (or more) of a hundredth: away from zero
    }
    if (up && ++tenths == 10) {
        tenths = 0;
        int i = static_cast<int>(whole.size()) - 1;  // carry into the whole number
        for (; i >= 0 && whole[i] == '9'; --i) whole[i] = '0';
        if (i < 0) whole.insert(whole.begin(), '1');
        else ++whole[i];
    }
    std::string out = whole;
    if (tenths != 0) out += "." + std::to_string(tenths);
    if (std::signbit(value) && out != "0") out.insert(out.begin(), '-');
    return out;
}

}  // namespace pop
