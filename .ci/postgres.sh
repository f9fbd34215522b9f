#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests marked `postgres`, and print its URL.
#
#   export REALPOLITIK_TEST_PG=$(bash .ci/postgres.sh)
#
# Installs the Debian postgresql package and psycopg if missing, creates a
# cluster in a temp dir (trust auth, fsync off, 127.0.0.1 only) on port
# $PG_PORT (default 54329), and creates the database realpolitik_test. If a
# server already answers on that port it is reused. All chatter goes to
# stderr; stdout is the URL alone. Stop it with: pg_ctl -D <dir>/data stop
# (the dir is printed on stderr).
set -euo pipefail
PORT=${PG_PORT:-54329}
DB=realpolitik_test
URL="postgresql://postgres@127.0.0.1:${PORT}/${DB}"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing postgresql ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
python3 -c "import psycopg" 2>/dev/null || python3 -m pip install -q "psycopg[binary]" >&2
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "reusing the server on port $PORT" >&2
  echo "$URL"
  exit 0
fi

DIR=$(mktemp -d /tmp/realpolitik-pg.XXXXXX)
mkdir -p "$DIR/sock"
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown -R postgres:postgres "$DIR"
as_pg "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync -E UTF8 >&2
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-k $DIR/sock -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >&2
as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
echo "postgresql server in $DIR (stop: $BIN/pg_ctl -D $DIR/data stop)" >&2
echo "$URL"
