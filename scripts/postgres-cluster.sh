#!/usr/bin/env bash
# One throwaway PostgreSQL cluster for a whole test run (the team-mode tests of every crate share
# it through MALAKA_TEST_POSTGRES).
#   scripts/postgres-cluster.sh start DIR   starts it in DIR (new or empty), prints its address
#   scripts/postgres-cluster.sh stop DIR    stops it and removes DIR
set -euo pipefail
command="${1:?start|stop}"
dir="${2:?directory}"
bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}"
[ -x "$bin/initdb" ] || { echo "postgres-cluster: PostgreSQL is not installed; run scripts/setup.sh" >&2; exit 1; }
as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi

case "$command" in
  start)
    mkdir -p "$dir"
    password="malaka-test-only"
    printf '%s' "$password" >"$dir/password"
    [ "$(id -u)" -ne 0 ] || chown -R postgres "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A scram-sha-256 -U malaka_admin --encoding=UTF8 \
      --locale=C.UTF-8 --pwfile="$dir/password" >"$dir/initdb.log"
    # Hundreds of throwaway databases: keep the write-ahead log small so a run's disk use stays
    # near the databases' own size (a full disk once failed CI).
    lean="-c wal_level=minimal -c max_wal_senders=0 -c full_page_writes=off -c max_wal_size=96MB -c min_wal_size=32MB"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 $lean" start >/dev/null
    echo "postgres://malaka_admin:$password@127.0.0.1:$port"
    ;;
  stop)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
