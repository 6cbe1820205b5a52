#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster on loopback for the storage tests (ctest fixture).
#   postgres-fixture.sh start|stop PORT
set -euo pipefail
action=$1
port=$2
dir=/tmp/als-evidence-guide-pg-$port
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
run() {
    # PostgreSQL refuses to run as root; Debian's package brings the postgres user.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then run "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    chmod 700 "$dir"
    run "$bin/initdb" -D "$dir/data" -A trust -U als -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on -c synchronous_commit=on" start >/dev/null
    run "$bin/createdb" -h 127.0.0.1 -p "$port" -U als als_test
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    ;;
stop)
    if [ -d "$dir/data" ]; then run "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop PORT" >&2
    exit 2
    ;;
esac
