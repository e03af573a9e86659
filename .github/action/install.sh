#!/usr/bin/env bash
# The build step of action.yml: builds policylint from the action's own
# checkout (this repository, at the ref the workflow named), so the linter
# and the action always match. Kept in a file so that the Go tests run it
# exactly as the runner does.
#
# Environment:
#   POLICYLINT_BIN_DIR  where the binary goes (default $RUNNER_TEMP/policylint-bin)
#   ACTION_REF          the ref the action was used at; a tag like v1.2.3
#                       becomes the version policylint reports (and SARIF records)
#   GITHUB_OUTPUT       receives binary=<path of the built binary>
#   GITHUB_PATH         receives the binary's directory, so later steps can
#                       call policylint too
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin_dir="${POLICYLINT_BIN_DIR:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/policylint-bin}"
mkdir -p "$bin_dir"

ldflags=""
if [[ "${ACTION_REF:-}" =~ ^v([0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]*)?)$ ]]; then
	ldflags="-X main.version=${BASH_REMATCH[1]}"
fi

exe=""
if [ "$(cd "$repo" && go env GOOS)" = windows ]; then
	exe=".exe"
fi
# No -trimpath: the build shares Go's cache with the project's own builds and
# tests, which matters when the tests run this script.
(cd "$repo" && go build -ldflags "$ldflags" -o "$bin_dir/policylint$exe" ./cmd/policylint)

if [ -n "${GITHUB_OUTPUT:-}" ]; then
	printf 'binary=%s\n' "$bin_dir/policylint$exe" >>"$GITHUB_OUTPUT"
fi
if [ -n "${GITHUB_PATH:-}" ]; then
	printf '%s\n' "$bin_dir" >>"$GITHUB_PATH"
fi
"$bin_dir/policylint$exe" --version
