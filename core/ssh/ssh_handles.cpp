#include "ssh_handles.h"

#include <libssh/libssh.h>

namespace stitch::ssh {

void SessionDeleter::operator()(ssh_session s) const
{
    ssh_disconnect(s);
    ssh_free(s);
}

void ChannelDeleter::operator()(ssh_channel c) const
{
    if (ssh_channel_is_open(c))
        ssh_channel_close(c);
    ssh_channel_free(c);
}

void KeyDeleter::operator()(ssh_key k) const
{
    ssh_key_free(k);
}

void CStringDeleter::operator()(char *s) const
{
    ssh_string_free_char(s);
}

} // namespace stitch::ssh
