#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster on loopback for the storage tests (ctest fixture).
#   postgres-fixture.sh start|stop PORT [FOLDER]
# Each build tree passes its own port and folder (tests/CMakeLists.txt), so two suites on one machine never meet.
# The folder is marked as the fixture's when it is made: stop, and a start after a crash, only ever touch a
# marked folder, and a port some other program holds is reported, never taken over.
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 start|stop PORT [FOLDER]" >&2
    exit 2
fi
action=$1
port=$2
dir=${3:-/tmp/als-evidence-guide-pg-$port}
marker=$dir/als-postgres-fixture
case "$port" in
'' | *[!0-9]*)
    echo "postgres-fixture: the port must be a number, not '$port'" >&2
    exit 2
    ;;
esac
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
run() {
    # PostgreSQL refuses to run as root; Debian's package brings the postgres user.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# Stops this folder's own server, if one runs, and removes the folder; a folder without the mark is left alone.
teardown() {
    [ -e "$dir" ] || return 0
    if [ ! -f "$marker" ]; then
        echo "postgres-fixture: $dir is not a fixture folder (no $(basename "$marker")); left untouched" >&2
        return 1
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        run "$bin/pg_ctl" -D "$dir/data" -m "$1" -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
port_in_use() {
    # A connection that succeeds means something already listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}
case "$action" in
start)
    teardown immediate  # what a crashed run of this same build left behind
    if port_in_use; then
        echo "postgres-fixture: 127.0.0.1:$port is already in use by another program (another build's fixture?)." >&2
        echo "Configure this build with another port: cmake -DALS_TEST_PG_PORT=<free port> <build folder>" >&2
        exit 1
    fi
    mkdir -p "$dir"
    chmod 700 "$dir"
    echo "$port" >"$marker"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            echo "postgres-fixture: the postgres user cannot reach $dir (a parent folder is closed to it)" >&2
            teardown immediate
            exit 1
        fi
    fi
    run "$bin/initdb" -D "$dir/data" -A trust -U als -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # TCP on loopback only and no Unix socket, so nothing is shared with another cluster (no /tmp/.s.PGSQL.* lock).
    if ! run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories= -c fsync=on -c synchronous_commit=on" \
        start >/dev/null; then
        echo "postgres-fixture: the server did not start on 127.0.0.1:$port; its log ($dir/server.log) ends:" >&2
        tail -n 5 "$dir/server.log" >&2 || true
        teardown immediate
        exit 1
    fi
    run "$bin/createdb" -h 127.0.0.1 -p "$port" -U als als_test
    url="postgresql://als@127.0.0.1:$port/als_test"
    printf 'PGHOST=127.0.0.1\nPGPORT=%s\nPGUSER=als\nPGDATABASE=als_test\nALS_TEST_POSTGRES_URL=%s\n' "$port" "$url" \
        >"$dir/fixture.env"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, folder $dir"
    ;;
stop)
    teardown fast
    ;;
*)
    echo "usage: $0 start|stop PORT [FOLDER]" >&2
    exit 2
    ;;
esac
