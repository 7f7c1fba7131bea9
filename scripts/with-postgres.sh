#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: initdb in a temp dir, start on 127.0.0.1 on a free port,
# export DATABASE_URL (and PG_BIN, the server binaries' directory), run the command, stop and delete the
# cluster on exit, exit with the command's status. Needs the server binaries (Debian: `apt-get install -y
# postgresql`); does not use or touch the system's cluster service.
#
#   scripts/with-postgres.sh pnpm --filter @dialogporten-events/consumer test
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 64
fi

# The newest installed server version (Debian puts them under /usr/lib/postgresql/<version>/bin).
pg_bin=""
if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then
  pg_bin="$PG_BIN"
else
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      pg_bin="$dir"
      break
    fi
  done
  if [ -z "$pg_bin" ] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    pg_bin="$(dirname "$(command -v initdb)")"
  fi
fi
if [ -z "$pg_bin" ]; then
  echo "with-postgres: no PostgreSQL server binaries found (Debian: apt-get install -y postgresql)" >&2
  exit 69
fi

# PostgreSQL refuses to run as root: run the server as an unprivileged user then.
as_user=()
if [ "$(id -u)" = "0" ]; then
  pg_user="${PG_RUN_AS:-postgres}"
  if ! id "$pg_user" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
  fi
  as_user=(runuser -u "$pg_user" --)
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX")"
chmod 755 "$tmp"
data="$tmp/data"
mkdir -p "$data" "$tmp/socket"
if [ "${#as_user[@]}" -gt 0 ]; then chown -R "$pg_user" "$tmp"; fi

started=0
cleanup() {
  local status=$?
  if [ "$started" = 1 ]; then
    "${as_user[@]}" "$pg_bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
password="pw$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" >"$tmp/pwfile"
if [ "${#as_user[@]}" -gt 0 ]; then chown "$pg_user" "$tmp/pwfile"; fi

"${as_user[@]}" "$pg_bin/initdb" -D "$data" -U postgres --pwfile="$tmp/pwfile" --auth=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || {
  cat "$tmp/initdb.log" >&2
  exit 70
}
# Tests create and drop many databases: fsync off is fine for a cluster thrown away after the run.
"${as_user[@]}" "$pg_bin/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 30 \
  -o "-h 127.0.0.1 -p $port -k $tmp/socket -c fsync=off -c max_connections=300" start >/dev/null || {
  cat "$tmp/server.log" >&2
  exit 70
}
started=1

export DATABASE_URL="postgres://postgres:$password@127.0.0.1:$port/postgres"
export PG_BIN="$pg_bin"
# Lets a test stop and start this very cluster (the database-down test); unset, such tests bring their own.
export WITH_POSTGRES_DATA="$data"
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
