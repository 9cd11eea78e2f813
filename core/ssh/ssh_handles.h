#pragma once

#include <libssh/libssh.h>

#include <memory>

// Move-only owners for every libssh handle, so no code path can leak or double-free one.
namespace stitch::ssh {

struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        ssh_disconnect(s);
        ssh_free(s);
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const
    {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct CStringDeleter
{
    void operator()(char *s) const { ssh_string_free_char(s); }
};

using SessionHandle = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using ChannelHandle = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using KeyHandle = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using CStringHandle = std::unique_ptr<char, CStringDeleter>;

} // namespace stitch::ssh
