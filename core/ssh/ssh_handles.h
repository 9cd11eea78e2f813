#pragma once

#include "libssh_types.h"

#include <memory>

// Move-only owners for every libssh handle, so no code path can leak or double-free one. The
// deleters live in ssh_handles.cpp, so this header needs no libssh.
namespace stitch::ssh {

struct SessionDeleter
{
    void operator()(ssh_session s) const; // disconnects, then frees
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const; // closes an open channel, then frees
};
struct KeyDeleter
{
    void operator()(ssh_key k) const;
};
struct CStringDeleter
{
    void operator()(char *s) const; // ssh_string_free_char
};

using SessionHandle = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using ChannelHandle = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using KeyHandle = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using CStringHandle = std::unique_ptr<char, CStringDeleter>;

} // namespace stitch::ssh
