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
TIME="${BENCH_TIME:-/usr/bin/time}"
# Without GNU time (Debian: apt-get install time), python3's rusage of the
# child gives the same two figures.
timed() { # out err cmd...
	local out="$1" err="$2"
	shift 2
	if [ -x "$TIME" ]; then
		"$TIME" -v "$@" >"$out" 2>"$err"
		return
	fi
	python3 - "$out" "$err" "$@" <<'PY'
import resource, subprocess, sys, time
out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
t0 = time.monotonic()
with open(out, "wb") as o, open(err, "wb") as e:
    rc = subprocess.call(cmd, stdout=o, stderr=e)
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(err, "a") as e:
    e.write(f"\tUser time (seconds): {ru.ru_utime:.2f}\n\tSystem time (seconds): {ru.ru_stime:.2f}\n")
    e.write(f"\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:{wall:.2f}\n\tMaximum resident set size (kbytes): {ru.ru_maxrss}\n")
sys.exit(rc)
PY
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "building policylint"
go build -o "$work/policylint" ./cmd/policylint
echo "generating $N policies"
go run ./bench/gen -to "$work/batch" -n "$N"
bytes="$(du -sb "$work/batch" | cut -f1)"

echo "checking $N policies ($((bytes / 1024)) KiB) on $(nproc) CPUs, --format $FORMAT"
set +e
timed "$work/out" "$work/time" "$work/policylint" check --no-color --format "$FORMAT" "$work/batch"
status=$?
set -e
if [ "$status" -gt 1 ]; then
	echo "bench: policylint exited $status" >&2
	grep -v "^[[:space:]]" "$work/time" | head -20 >&2
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
