#!/bin/bash
# remote-db.sh start|stop|pg-hba LINE|pg-hba-reset|mariadb SQL
#
# The guide's real topology inside the sandbox of run-in-sandbox.sh: the database on another
# private host behind its own firewall, reached from the SSH server over a private network.
#
#   SSH server (the sandbox)            database host (network namespace "stitchdb")
#   lo: 127.0.0.1, 10.0.0.5/32          lo
#   stdb0: 198.18.0.1/24  <── veth ──>  stdb1: 198.18.0.2/24
#                                       PostgreSQL 198.18.0.2:5432 (ssl on, pg_hba: no line
#                                         for the SSH server), MariaDB 198.18.0.2:3306 (users
#                                         only for localhost), nftables: only 198.18.0.0/24
#                                         may reach either port
#
# 10.0.0.5 is a second address of the SSH server that sorts (and is listed) before the one
# facing the database: a tool that takes "the first address" suggests the wrong one.
#   pg-hba LINE     appends LINE to pg_hba.conf and reloads PostgreSQL
#   pg-hba-reset    puts pg_hba.conf back as start made it, and reloads
#   mariadb SQL     runs SQL as MariaDB's root (through its socket)
# Exit status 0 on success; 1 with the reason on stderr.
set -euo pipefail

die() {
    printf 'remote-db.sh: %s\n' "$*" >&2
    exit 1
}
[[ ${STITCH_SANDBOX:-} == 1 && -n ${STITCH_SANDBOX_DIR:-} ]] \
    || die "run this inside tests/sandbox/run-in-sandbox.sh only"
readonly NS=stitchdb PG_BIN=/usr/lib/postgresql/15/bin
readonly R=$STITCH_SANDBOX_DIR/remote-db
readonly SSH_SIDE=198.18.0.1 DB_SIDE=198.18.0.2 DECOY=10.0.0.5
in_ns() { ip netns exec "$NS" "$@"; }

start() {
    [[ -e /run/netns/$NS ]] && die "the remote database runs already (stop it first)"
    rm -rf -- "$R"
    mkdir -m 0711 "$R"

    ip netns add "$NS"
    ip link add stdb0 type veth peer name stdb1 netns "$NS"
    ip addr add "$DECOY/32" dev lo
    ip addr add "$SSH_SIDE/24" dev stdb0
    ip link set stdb0 up
    in_ns ip link set lo up
    in_ns ip addr add "$DB_SIDE/24" dev stdb1
    in_ns ip link set stdb1 up
    # The database host's own firewall: its ports only for the private network.
    in_ns nft -f - <<EOF || die "nftables in the database namespace failed"
table inet stitchdb {
    chain input {
        type filter hook input priority 0; policy accept;
        tcp dport { 5432, 3306 } ip saddr != 198.18.0.0/24 drop
    }
}
EOF

    local pg_init my_init
    install -d -m 0700 -o postgres -g postgres "$R/pgdata" "$R/pgsock"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$R/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=peer --auth-host=scram-sha-256 --no-sync --no-instructions \
        >"$R/initdb.log" 2>&1 </dev/null &
    pg_init=$!
    install -d -m 0700 -o mysql -g mysql "$R/mysql" "$R/mysqlrun"
    mariadb-install-db --no-defaults --user=mysql --datadir="$R/mysql" \
        --auth-root-authentication-method=socket --skip-test-db --skip-name-resolve \
        --innodb-buffer-pool-size=16M --innodb-log-file-size=8M \
        >"$R/mariadb-install.log" 2>&1 </dev/null &
    my_init=$!

    wait "$pg_init" || die "initdb failed: $(tail -n 20 "$R/initdb.log")"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -subj /CN=stitch-remote-db -keyout "$R/pgdata/server.key" -out "$R/pgdata/server.crt" \
        >/dev/null 2>&1 || die "openssl could not make PostgreSQL's certificate"
    chown postgres:postgres "$R/pgdata/server.key" "$R/pgdata/server.crt"
    chmod 0600 "$R/pgdata/server.key"
    cat >>"$R/pgdata/postgresql.conf" <<EOF

# --- Stitch sandbox: the remote database ---
listen_addresses = '$DB_SIDE'
port = 5432
unix_socket_directories = '$R/pgsock'
ssl = on
fsync = off
synchronous_commit = off
shared_buffers = 16MB
logging_collector = off
EOF
    # Local administration only: no host line admits the SSH server yet.
    printf 'local all all peer\nhost all all 127.0.0.1/32 scram-sha-256\n' >"$R/pgdata/pg_hba.conf"
    cp "$R/pgdata/pg_hba.conf" "$R/pg_hba.initial"
    install -m 0640 -o postgres -g postgres /dev/null "$R/postgres.log"
    in_ns runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$R/pgdata" -l "$R/postgres.log" -w -t 30 \
        -s start </dev/null || die "postgres did not start: $(tail -n 20 "$R/postgres.log")"
    runuser -u postgres -- psql -X -q -h "$R/pgsock" -d postgres -v ON_ERROR_STOP=1 >/dev/null <<EOF \
        || die "creating the postgres role failed"
CREATE ROLE stitch_demo LOGIN;
CREATE DATABASE stitch_demo OWNER stitch_demo;
EOF

    wait "$my_init" || die "mariadb-install-db failed: $(tail -n 20 "$R/mariadb-install.log")"
    in_ns mariadbd --no-defaults --user=mysql --datadir="$R/mysql" --port=3306 \
        --bind-address="$DB_SIDE" --socket="$R/mysqlrun/mysqld.sock" \
        --pid-file="$R/mysqlrun/mysqld.pid" --log-error="$R/mysqlrun/mariadb.log" --skip-name-resolve --skip-log-bin \
        --innodb-buffer-pool-size=16M --innodb-log-file-size=8M \
        --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 </dev/null >/dev/null 2>&1 &
    local i
    for ((i = 0; i < 600; i++)); do
        mariadb-admin --no-defaults --socket="$R/mysqlrun/mysqld.sock" ping >/dev/null 2>&1 && return 0
        sleep 0.05
    done
    die "mariadbd did not answer: $(tail -n 20 "$R/mysqlrun/mariadb.log" 2>/dev/null)"
}

stop() {
    if [[ -d $R/pgdata ]]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$R/pgdata" -m immediate -w -t 10 stop \
            >/dev/null 2>&1 || true
    fi
    if [[ -s $R/mysqlrun/mysqld.pid ]]; then
        local pid i
        pid=$(cat "$R/mysqlrun/mysqld.pid")
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    ip link del stdb0 2>/dev/null || true
    ip addr del "$DECOY/32" dev lo 2>/dev/null || true
    ip netns del "$NS" 2>/dev/null || true
    rm -rf -- "$R"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    pg-hba)
        [[ $# -eq 2 ]] || die "usage: remote-db.sh pg-hba LINE"
        printf '%s\n' "$2" >>"$R/pgdata/pg_hba.conf"
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$R/pgdata" -s reload ;;
    pg-hba-reset)
        cp "$R/pg_hba.initial" "$R/pgdata/pg_hba.conf"
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$R/pgdata" -s reload ;;
    mariadb)
        [[ $# -eq 2 ]] || die "usage: remote-db.sh mariadb SQL"
        mariadb --no-defaults --socket="$R/mysqlrun/mysqld.sock" -u root -e "$2" ;;
    *) die "usage: remote-db.sh start|stop|pg-hba LINE|pg-hba-reset|mariadb SQL" ;;
esac
