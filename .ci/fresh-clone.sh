#!/usr/bin/env bash
# Issue 9: a fresh clone works as the READMEs say. Clones this repository into a temporary folder,
# runs `npm ci` and `npm start`, then each command the root README and packages/schema/README.md show
# (with the repository's own files in place of the placeholders), checking exit codes and output.
# `npm test` and `npm run bench` are not repeated here: .ci/run runs the first, the second is long.
# The packed package (`npm install @parlwire/schema zod`) is covered by packages/schema/test/packed-tarball.test.ts.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export npm_config_yes=false # npx must never fetch a package of that name from the registry

git clone -q "$repo" "$work/parlwire"
[ -d "$repo/../shared" ] && ln -s "$repo/../shared" "$work/shared" # the dev corpus sits beside the repo, as in CI
cd "$work/parlwire"
seed=examples/milli-majlis-2021-04-15-gafarova-ashimbayev.release.json

say() { printf '\n$ %s\n' "$*"; }
expect_exit() { # CODE COMMAND...: run, show the last lines, fail unless it exits CODE
  local want=$1 got=0
  shift
  say "$*"
  "$@" >"$work/out" 2>&1 || got=$?
  tail -n 4 "$work/out"
  if [ "$got" != "$want" ]; then echo "FAIL: exit $got, expected $want: $*"; cat "$work/out"; exit 1; fi
}

expect_exit 0 npm ci --no-audit --no-fund --prefer-offline
# Bins are linked before anything is built, and say what to do.
expect_exit 2 npx parlwire-validate "$seed"
grep -q "run \`npm run build\`" "$work/out"

expect_exit 0 npm start
test -s site/index.html

# Root README
expect_exit 0 npx parlwire-validate "$seed"
expect_exit 1 npx parlwire-validate examples/invalid/shape
if [ -d ../shared/corpus/dev ]; then expect_exit 0 npm run eval -- ../shared/corpus/dev; fi
expect_exit 0 npm run check:breaking
expect_exit 0 npm run generate
git diff --exit-code --stat # generate rewrites the committed files unchanged

# packages/schema/README.md
mkdir -p "$work/data" && cp "$seed" "$work/data/release.json"
node -e 'const r=require(process.argv[1]); process.stdout.write(JSON.stringify(r)+"\n"+JSON.stringify(r)+"\n")' "$work/data/release.json" >"$work/data/batch.ndjson"
expect_exit 0 npx parlwire-validate "$work/data/release.json" "$work/data/batch.ndjson"
expect_exit 0 npx parlwire-validate "$work/data/"
say "cat release.json | npx parlwire-validate"
cat "$work/data/release.json" | npx parlwire-validate
expect_exit 0 npx parlwire-validate --format json "$work"/data/*.json
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$work/out"
mkdir -p "$work/old" "$work/new"
cp packages/schema/schema-history/0.0.0/release.schema.json "$work/old/"
cp packages/schema/schemas/release.schema.json "$work/new/"
expect_exit 0 npx parlwire-schema diff "$work/new/release.schema.json" "$work/new/release.schema.json" --mode full
expect_exit 1 npx parlwire-schema diff "$work/old/release.schema.json" "$work/new/release.schema.json" --mode full

echo
echo "fresh clone: npm ci, npm start and every README command passed"
