#pragma once
/// Hashes of bytes that must stay the same across versions and machines (GitLab fingerprints,
/// calendar UIDs).

#include <string>
#include <string_view>

namespace pop {

/// 32 lower-case hex digits: the 128-bit FNV-1a hash of the bytes.
std::string fnv1a_128_hex(std::string_view bytes);

}  // namespace pop
