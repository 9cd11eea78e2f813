#pragma once

// libssh's handle types, declared exactly as <libssh/libssh.h> declares them (libssh 0.10:
// opaque structs behind pointer typedefs), so that core's headers can name a handle without
// including libssh. Only core/ssh's .cpp files include libssh itself; a header that the front
// ends reach never does (tests/header_check checks it).

#ifdef _WIN32
#include <winsock2.h>
#endif

struct ssh_session_struct;
struct ssh_channel_struct;
struct ssh_key_struct;
typedef struct ssh_session_struct *ssh_session;
typedef struct ssh_channel_struct *ssh_channel;
typedef struct ssh_key_struct *ssh_key;
#ifdef _WIN32
typedef SOCKET socket_t;
#else
typedef int socket_t;
#endif

namespace stitch::ssh {

// libssh's SSH_INVALID_SOCKET.
inline constexpr socket_t kInvalidSocket = static_cast<socket_t>(-1);

} // namespace stitch::ssh
