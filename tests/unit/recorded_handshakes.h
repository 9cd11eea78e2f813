#pragma once

// Database handshake replies for tests, as bytes on the wire. Used by the unit tests of
// core/database/handshake and served by tests/integration/fake_database.
//
// RECORDED from the real servers of tests/sandbox (Debian 12: MariaDB 10.11.19, PostgreSQL 15,
// OpenSSH 9.2) with bash's /dev/tcp and xxd:
//   kMariaDbGreeting        connect to 127.0.0.1:3306, read what the server sends first
//   kMariaDbHostNotAllowed  the same, from source address 127.0.0.2 (no account matches it)
//   kPostgresSslOff         SSLRequest to 127.0.0.1:5432 with the sandbox's default ssl = off
//   kPostgresSslOn          the same after "ALTER SYSTEM SET ssl = on" with a self-signed cert
//   kPostgresOldStyleError  a startup packet for protocol 1.0 (how old servers answer SSLRequest)
//   kSshBanner              connect to the sandbox sshd, read the first line
//
// HAND-BUILT from the protocol specifications, because SQL Server, Oracle and MongoDB cannot run
// on this machine (every field is commented):
//   kSqlServerPreloginReply MS-TDS 2.2.6.5 PRELOGIN answer in a 0x04 packet, VERSION 16.0.1000
//   kOracleRefuse           TNS REFUSE (type 4) as a listener sends for an unknown service name
//   kMongoHelloReply        MongoDB wire protocol OP_MSG answering our hello (requestID
//                           0x00c0ffee): a MongoDB 7.0 standalone, ok: 1.0, maxWireVersion: 21
//
// The OPENING REQUESTS each probe must send, from the same specifications: kPostgresSslRequest,
// kSqlServerPrelogin, kOracleConnect, kMongoHello (MySQL/MariaDB: none, the server speaks first).

#include <QByteArray>

#include <cstddef>

namespace recorded {

// The bytes of one of the arrays below (without the string literal's terminating NUL).
template <std::size_t N> QByteArray bytes(const char (&data)[N])
{
    return QByteArray(data, static_cast<qsizetype>(N - 1));
}

// clang-format off

// ---- Recorded ------------------------------------------------------------------------------

inline constexpr char kMariaDbGreeting[] = // 104 bytes
    "\x64\x00\x00\x00"                                     // payload length 100, sequence 0
    "\x0a"                                                 // protocol version 10
    "5.5.5-10.11.19-MariaDB-0+deb12u1\x00"                 // server version, NUL
    "\x05\x00\x00\x00"                                     // connection id 5
    "\x4a\x4b\x78\x3c\x61\x52\x5a\x4b"                     // auth data part 1
    "\x00"                                                 // filler
    "\xfe\xf7"                                             // capabilities (low)
    "\x08"                                                 // character set
    "\x02\x00"                                             // status
    "\xff\x81"                                             // capabilities (high)
    "\x15"                                                 // auth data length 21
    "\x00\x00\x00\x00\x00\x00\x1d\x00\x00\x00"             // reserved (MariaDB capabilities)
    "\x48\x67\x4e\x32\x4d\x6d\x5b\x63\x5d\x2b\x5c\x6c\x00" // auth data part 2
    "mysql_native_password\x00";                           // auth plugin name, NUL

inline constexpr char kMariaDbHostNotAllowed[] = // 72 bytes
    "\x44\x00\x00\x00"                  // payload length 68, sequence 0
    "\xff"                              // error packet
    "\x6a\x04"                          // error 1130 (ER_HOST_NOT_PRIVILEGED)
    "Host '127.0.0.2' is not allowed t" // message, to the end of the packet
    "o connect to this MariaDB server";

// PostgreSQL 15 answering SSLRequest: one byte.
inline constexpr char kPostgresSslOff[] = "N";
inline constexpr char kPostgresSslOn[] = "S";

inline constexpr char kPostgresOldStyleError[] = // 72 bytes
    "E"                                        // 'E'
    "FATAL:  unsupported frontend protocol 1." // protocol-2 style error text, NUL
    "0: server supports 3.0 to 3.0\x0a\x00";

inline constexpr char kSshBanner[] = // 41 bytes
    "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\x0d\x0a";

// ---- Hand-built from the protocol specifications -------------------------------------------

inline constexpr char kSqlServerPreloginReply[] = // 43 bytes
    "\x04"                     // packet type 0x04 (tabular result)
    "\x01"                     // status: end of message
    "\x00\x2b"                 // length 43 (big-endian)
    "\x00\x00"                 // SPID
    "\x01"                     // packet id 1
    "\x00"                     // window
    "\x00\x00\x1a\x00\x06"     // VERSION: offset 26, length 6
    "\x01\x00\x20\x00\x01"     // ENCRYPTION: offset 32, length 1
    "\x02\x00\x21\x00\x01"     // INSTOPT: offset 33, length 1
    "\x03\x00\x22\x00\x00"     // THREADID: offset 34, length 0
    "\x04\x00\x22\x00\x01"     // MARS: offset 34, length 1
    "\xff"                     // end of the option table
    "\x10\x00\x03\xe8\x00\x00" // VERSION 16.0.1000, sub-build 0
    "\x00"                     // ENCRYPTION: ENCRYPT_OFF
    "\x00"                     // INSTOPT: valid
    "\x00";                    // MARS: off

inline constexpr char kOracleRefuse[] = // 103 bytes
    "\x00\x67"                                         // packet length 103
    "\x00\x00"                                         // packet checksum
    "\x04"                                             // type 4: REFUSE
    "\x00"                                             // flags
    "\x00\x00"                                         // header checksum
    "\x22"                                             // user reason
    "\x00"                                             // system reason
    "\x00\x5b"                                         // refuse data length 91
    "(DESCRIPTION=(TMP=)(VSNNUM=318767104)(ERR=12514)" // refuse data; VSNNUM means 19.0.0.0.0
    "(ERROR_STACK=(ERROR=(CODE=12514)(EMFI=4))))";

inline constexpr char kMongoHelloReply[] = // 313 bytes
    "\x39\x01\x00\x00"                                     // messageLength 313
    "\x07\x00\x00\x00"                                     // requestID 7
    "\xee\xff\xc0\x00"                                     // responseTo: our requestID 0x00c0ffee
    "\xdd\x07\x00\x00"                                     // opCode 2013: OP_MSG
    "\x00\x00\x00\x00"                                     // flagBits
    "\x00"                                                 // section kind 0: body
    "\x24\x01\x00\x00"                                     // document length 292
    "\x08isWritablePrimary\x00\x01"                        // bool isWritablePrimary: true
    "\x03topologyVersion\x00\x2d\x00\x00\x00"              // document topologyVersion (45 bytes):
    "\x07processId\x00"                                    //   ObjectId processId
    "\x65\xf1\xc0\xa8\xe3\xb1\xa2\xc4\xd5\xe6\xf7\x08"
    "\x12" "counter\x00\x00\x00\x00\x00\x00\x00\x00\x00"   //   int64 counter: 0
    "\x00"                                                 //   end of topologyVersion
    "\x10maxBsonObjectSize\x00\x00\x00\x00\x01"            // int32 16777216
    "\x10maxMessageSizeBytes\x00\x00\x6c\xdc\x02"          // int32 48000000
    "\x10maxWriteBatchSize\x00\xa0\x86\x01\x00"            // int32 100000
    "\x09localTime\x00\xbb\xf0\x48\x38\x8e\x01\x00\x00"    // date 2024-03-13T14:48:08.123Z
    "\x10logicalSessionTimeoutMinutes\x00\x1e\x00\x00\x00" // int32 30
    "\x10" "connectionId\x00\x0c\x00\x00\x00"              // int32 12
    "\x10minWireVersion\x00\x00\x00\x00\x00"               // int32 0
    "\x10maxWireVersion\x00\x15\x00\x00\x00"               // int32 21 (MongoDB 7.0)
    "\x08readOnly\x00\x00"                                 // bool false
    "\x01ok\x00\x00\x00\x00\x00\x00\x00\xf0\x3f"           // double 1.0
    "\x00";                                                // end of document

// ---- Opening requests, as the protocols require them ---------------------------------------
// What Stitch's probe must send first (MySQL/MariaDB: nothing, the server speaks first). Spelled
// out from the specifications, independently of core/database; the fake database in the
// integration tests compares what reaches it with these.

inline constexpr char kPostgresSslRequest[] = // 8 bytes
    "\x00\x00\x00\x08"                  // length 8, counting itself
    "\x04\xd2\x16\x2f";                 // SSLRequest code 80877103 (1234 << 16 | 5679)

inline constexpr char kSqlServerPrelogin[] = // 47 bytes (MS-TDS 2.2.6.5)
    "\x12"                              // packet type 0x12: PRELOGIN
    "\x01"                              // status: end of message
    "\x00\x2f"                          // length 47 (big-endian)
    "\x00\x00"                          // SPID
    "\x01"                              // packet id 1
    "\x00"                              // window
    "\x00\x00\x1a\x00\x06"              // VERSION: offset 26, length 6
    "\x01\x00\x20\x00\x01"              // ENCRYPTION: offset 32, length 1
    "\x02\x00\x21\x00\x01"              // INSTOPT: offset 33, length 1
    "\x03\x00\x22\x00\x04"              // THREADID: offset 34, length 4
    "\x04\x00\x26\x00\x01"              // MARS: offset 38, length 1
    "\xff"                              // end of the option table
    "\x00\x00\x00\x00\x00\x00"          // VERSION 0.0.0.0 (the client's, unused)
    "\x00"                              // ENCRYPTION: ENCRYPT_OFF
    "\x00"                              // INSTOPT: no instance name (an empty string)
    "\x00\x00\x00\x00"                  // THREADID 0
    "\x00";                             // MARS: off

inline constexpr char kOracleConnect[] = // 190 bytes (TNS CONNECT to the listener)
    "\x00\xbe"                          // packet length 190
    "\x00\x00"                          // packet checksum
    "\x01"                              // type 1: CONNECT
    "\x00"                              // flags
    "\x00\x00"                          // header checksum
    "\x01\x39"                          // version 313 (below 315: no large-SDU framing)
    "\x01\x2c"                          // lowest compatible version 300
    "\x00\x00"                          // service options
    "\x20\x00"                          // SDU 8192
    "\x7f\xff"                          // TDU 32767
    "\x7f\x08"                          // protocol characteristics
    "\x00\x00"                          // line turnaround
    "\x00\x01"                          // the value 1 in the sender's byte order
    "\x00\x84"                          // connect data length 132
    "\x00\x3a"                          // connect data offset 58
    "\x00\x00\x00\x00"                  // maximum receivable connect data
    "\x00\x00"                          // connect flags 0 and 1
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" // trace fields, unused (to offset 58)
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "(DESCRIPTION=(CONNECT_DATA=(SERVICE_NAME=)(CID=(PROGRAM=stitch-tunnel)(HOST=x)(USER=x)))"
    "(ADDRESS=(PROTOCOL=TCP)(HOST=x)(PORT=1521)))"; // an empty service name: any listener answers

inline constexpr char kMongoHello[] = // 52 bytes (OP_MSG {hello: 1, $db: "admin"})
    "\x34\x00\x00\x00"                  // messageLength 52
    "\xee\xff\xc0\x00"                  // requestID 0x00c0ffee (the reply must answer it)
    "\x00\x00\x00\x00"                  // responseTo
    "\xdd\x07\x00\x00"                  // opCode 2013: OP_MSG
    "\x00\x00\x00\x00"                  // flagBits: no checksum
    "\x00"                              // section kind 0: body
    "\x1f\x00\x00\x00"                  // document length 31
    "\x10" "hello\x00"                  // int32 hello:
    "\x01\x00\x00\x00"                  //   1
    "\x02" "$db\x00"                    // string $db:
    "\x06\x00\x00\x00" "admin\x00"      //   "admin" (length 6 with its NUL)
    "\x00";                             // end of document

// clang-format on

} // namespace recorded
