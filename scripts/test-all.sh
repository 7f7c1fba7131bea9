#!/usr/bin/env bash
# Everything CI checks, in the order a reviewer would: generated code, build, types, lint, package, tests,
# the demo.
# Each gate counts as one check in the summary line; the tests add their own counts.
set -uo pipefail
cd "$(dirname "$0")/.."
# The PostgreSQL store tests need a server: start a throwaway one when the binaries are here. Without
# them those cases are skipped (and fail under CI=true, where .ci/run installs PostgreSQL first).
if [ -z "${DATABASE_URL:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exec scripts/with-postgres.sh "$0" "$@"
fi
[ -n "${DATABASE_URL:-}" ] || echo "::: no PostgreSQL server found: its test cases are skipped (Debian: apt-get install postgresql)"
rm -f packages/*/.test-report.json apps/*/.test-report.json
failed_gates=0
gate() {
  echo "::: $*"
  if ! "$@"; then
    echo "::: FAILED: $*"
    failed_gates=$((failed_gates + 1))
  fi
}
gate node scripts/check-hermetic.mjs
gate pnpm generate:check
gate pnpm check:schemas
gate pnpm build
gate pnpm typecheck
gate pnpm lint
gate pnpm --filter dialogporten-events lint:package
gate pnpm turbo run test --concurrency=1 -- --reporter=default --reporter=json --outputFile.json=.test-report.json
# The README's other command: the whole loop, API calls to enriched snapshots, must pass as a user runs it.
gate pnpm demo
node scripts/summarize-tests.mjs "$failed_gates"
exit $((failed_gates > 0 ? 1 : 0))
