#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and local runs, from the Debian package (postgresql-15).
#   tools/postgres-cluster.sh start DIR [PORT]   initdb (first time) and start; prints the admin connection string
#   tools/postgres-cluster.sh stop DIR           stop it (the data stays in DIR until you delete it)
# The server refuses to run as root, so as root it runs as the 'postgres' user, which must own DIR.
# It listens on 127.0.0.1 and on a socket inside DIR only; the 'postgres' role needs no password from this machine.
set -euo pipefail

bin=""
for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/pg_ctl" ] && bin="$candidate"; done
if [ -z "$bin" ]; then
  echo "PostgreSQL not found: apt-get install postgresql" >&2
  exit 2
fi

command=${1:?start or stop}
dir=$(realpath -m "${2:?data directory}")
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    port=${3:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
