#!/usr/bin/env bash
# Everything CI checks, in the order a reviewer would: generated code, build, types, lint, package, tests.
# Each gate counts as one check in the summary line; the tests add their own counts.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -f packages/*/.test-report.json apps/*/.test-report.json
failed_gates=0
gate() {
  echo "::: $*"
  if ! "$@"; then
    echo "::: FAILED: $*"
    failed_gates=$((failed_gates + 1))
  fi
}
gate pnpm generate:check
gate pnpm check:schemas
gate pnpm build
gate pnpm typecheck
gate pnpm lint
gate pnpm --filter dialogporten-events lint:package
gate pnpm turbo run test --concurrency=1 -- --reporter=default --reporter=json --outputFile.json=.test-report.json
node scripts/summarize-tests.mjs "$failed_gates"
exit $((failed_gates > 0 ? 1 : 0))
