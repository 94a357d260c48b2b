#!/usr/bin/env bash
# Installs everything the test suite needs and runs it: lint, format and type checks, all tests on SQLite,
# then every test that uses a store (data layer and pages) again on a real PostgreSQL server.
#
# PostgreSQL: with TEAMSPIEGEL_TEST_POSTGRES_URL set (an admin URL, e.g.
# postgresql+psycopg://postgres@127.0.0.1:5432/postgres) that server is used. Otherwise a
# throwaway cluster is made in a temporary directory, started on a free local port and removed
# at the end; Debian's `postgresql` package is installed first when it is missing. In CI
# (CI=true) a missing PostgreSQL is an error; elsewhere the PostgreSQL run is left out with a
# loud warning.
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

# The browser tests (real Chromium through Playwright, no browser download) need Debian's chromium.
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "== installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q chromium >/dev/null \
      || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "ERROR: /usr/bin/chromium is missing: apt-get install -y chromium" >&2
    exit 1
  fi
fi

echo "== ruff check"
python -m ruff check .
echo "== ruff format --check"
python -m ruff format --check .
echo "== mypy"
python -m mypy .
run_pytest() {  # exit code 5: the chosen tests have none for this store; not a failure
  local status=0
  python -m pytest "$@" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 5 ]; then exit "$status"; fi
}

echo "== pytest (SQLite)"
run_pytest "$@"

PG_TMP=""
PG_BIN=""
PG_USER=()

no_postgres() {
  if [ "${CI:-}" = "true" ]; then
    echo "ERROR: PostgreSQL is needed for the tests in CI and could not be installed: $1" >&2
    exit 1
  fi
  echo "!! WARNING: the PostgreSQL tests did NOT run: $1" >&2
  echo "!! Install Debian's 'postgresql' package or set TEAMSPIEGEL_TEST_POSTGRES_URL." >&2
  exit 0
}

find_postgres_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    PG_BIN="$dir"
  elif command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    PG_BIN="$(dirname "$(command -v initdb)")"
  fi
}

install_postgres() {
  command -v apt-get >/dev/null || no_postgres "no initdb found and no apt-get to install it"
  [ "$(id -u)" = 0 ] || no_postgres "no initdb found and not root, so apt-get cannot install it"
  echo "== installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q postgresql >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; } \
    || echo "apt-get reported an error (often only its attempt to start a service)" >&2
}

run_as_owner() {
  if [ "${#PG_USER[@]}" -gt 0 ]; then "${PG_USER[@]}" "$@"; else "$@"; fi
}

stop_postgres() {
  if [ -n "$PG_TMP" ] && [ -f "$PG_TMP/data/postmaster.pid" ]; then
    run_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$PG_TMP" ]; then rm -rf "$PG_TMP"; fi
}

start_postgres() {
  find_postgres_bin
  if [ -z "$PG_BIN" ]; then install_postgres; find_postgres_bin; fi
  [ -n "$PG_BIN" ] || no_postgres "initdb not found after installing postgresql"
  PG_TMP="$(mktemp -d /tmp/teamspiegel-pg.XXXXXX)"
  trap stop_postgres EXIT
  if [ "$(id -u)" = 0 ]; then  # the server refuses to run as root
    id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    PG_USER=(runuser -u postgres --)
    chown postgres "$PG_TMP"
  fi
  local port
  port="$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  run_as_owner "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust --no-locale \
    -E UTF8 >"$PG_TMP/initdb.log" 2>&1 || { cat "$PG_TMP/initdb.log" >&2; exit 1; }
  run_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
    start >/dev/null || { cat "$PG_TMP/server.log" >&2; exit 1; }
  export TEAMSPIEGEL_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  echo "== PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port"
}

if [ -z "${TEAMSPIEGEL_TEST_POSTGRES_URL:-}" ]; then
  start_postgres
fi
echo "== pytest (PostgreSQL: store, data-layer and page tests, a fresh database per test)"
run_pytest --store=postgresql "$@"
