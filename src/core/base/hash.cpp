#include "pop/base/hash.h"

#include <cstdint>

#include <fmt/format.h>

namespace pop {

std::string fnv1a_128_hex(std::string_view bytes) {
    __extension__ using u128 = unsigned __int128;
    const u128 prime = (u128{1} << 88) | 0x13B;
    u128 hash = (u128{0x6c62272e07bb0142ULL} << 64) | 0x62b821756295c58dULL;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= prime;
    }
    return fmt::format("{:016x}{:016x}", static_cast<std::uint64_t>(hash >> 64), static_cast<std::uint64_t>(hash));
}

}  // namespace pop
