#!/usr/bin/env bash
# Batch throughput and peak memory of policylint: builds the binary,
# generates N distinct policies from the labelled corpus (bench/gen), checks
# them all in one run under /usr/bin/time -v, and prints policies per second
# and peak resident memory against the targets of docs/performance.md.
#
#   bash bench/run.sh            # 1,000 policies
#   N=5000 bash bench/run.sh     # more
#   FORMAT=json bash bench/run.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${N:-1000}"
FORMAT="${FORMAT:-jsonl}"
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
	echo "bench: $TIME is missing (Debian: apt-get install time)" >&2
	exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "building policylint"
go build -o "$work/policylint" ./cmd/policylint
echo "generating $N policies"
go run ./bench/gen -to "$work/batch" -n "$N"
bytes="$(du -sb "$work/batch" | cut -f1)"

echo "checking $N policies ($((bytes / 1024)) KiB) on $(nproc) CPUs, --format $FORMAT"
set +e
"$TIME" -v "$work/policylint" check --no-color --format "$FORMAT" "$work/batch" >"$work/out" 2>"$work/time"
status=$?
set -e
if [ "$status" -gt 1 ]; then
	echo "bench: policylint exited $status" >&2
	grep -v '^\s' "$work/time" | head -20 >&2
	exit 1
fi

wall="$(awk -F': ' '/Elapsed \(wall clock\) time/ {print $2}' "$work/time")"
rss_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")"
user="$(awk -F': ' '/User time/ {print $2}' "$work/time")"
sys="$(awk -F': ' '/System time/ {print $2}' "$work/time")"
python3 - "$N" "$wall" "$rss_kb" "$user" "$sys" <<'PY'
import sys
n, wall, rss, user, sys_ = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
parts = [float(p) for p in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rate = n / secs
print(f"policies:          {n}")
print(f"wall time:         {secs:.2f} s (user {user:.2f} s, sys {sys_:.2f} s)")
print(f"throughput:        {rate:.0f} policies/s   (target >= 500)")
print(f"peak memory (RSS): {rss / 1024:.1f} MiB   (target < 150)")
PY
