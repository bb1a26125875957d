#!/usr/bin/env bash
# Loopback throughput of personalised live media playlists vs the same playlist unfiltered, in one
# run on one embedded Tomcat (io.splicer.bench.WrkServer: live origin + VAST ADS + creative, the
# Splicer filter on /v1/* only, origin reached by in-process dispatch). Not a test.
#
#   test-harness/bench/wrk-live.sh [SECONDS=20] [CONNECTIONS=32] [SESSIONS=64]
#
# 1. builds the test classes and starts WrkServer on a free port;
# 2. opens SESSIONS implicit sessions (GET /v1/master/...) and warms each media playlist once, so
#    every break decision is memoised (the ADS is asked once per session, before measuring);
# 3. wrk, same threads/connections/duration: the unfiltered /live/index.m3u8, then the
#    personalised /v1/manifest/... rotating over the sessions (Lua), each twice, alternating;
# 4. prints requests/s of each, the ratio personalised/unfiltered (target >= 0.8) and the load
#    average (the machine may be shared: read the figures with it).
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_PER_RUN="${1:-20}"
CONNECTIONS="${2:-32}"
SESSIONS="${3:-64}"
THREADS=2
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 2; }

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The test class path, from the bench profile's exec (the reactor resolves the sibling modules).
mvn -B -ntp -q -Pbench,tomcat-embedded -pl test-harness -am verify -DskipTests -DskipITs \
  -Dspotless.check.skip=true -Dbench.main=io.splicer.bench.WrkServer \
  "-Djmh.args=--print-classpath $WORK/cp.txt" >"$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log"; echo "build failed" >&2; exit 1; }
CP="$(cat "$WORK/cp.txt")"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
java -Xms512m -Xmx512m -cp "$CP" io.splicer.bench.WrkServer "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
  curl -fs "$BASE/live/index.m3u8" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/live/index.m3u8" >/dev/null || { cat "$WORK/server.log"; echo "server did not start" >&2; exit 1; }

# Sessions: each multivariant names the session's media playlist; warm it (decision memoised).
: >"$WORK/paths.txt"
for _ in $(seq 1 "$SESSIONS"); do
  media="$(curl -fs "$BASE/v1/master/h/bench/master.m3u8" | grep -v '^#' | head -n 1)"
  body="$(curl -fs "$BASE$media")"
  grep -qE '/creative/|/v1/segment/' <<<"$body" || { echo "not personalised: $body" >&2; exit 1; }
  echo "$media" >>"$WORK/paths.txt"
done

cat >"$WORK/rotate.lua" <<EOF
local paths = {}
for line in io.lines("$WORK/paths.txt") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
EOF

run() { # $1 = label, rest = wrk arguments; prints requests/s
  local label="$1"
  shift
  local out
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$@")"
  echo "$out" >>"$WORK/wrk.txt"
  local errors
  errors="$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)"
  [ -z "$errors" ] || echo "  $label: $errors" >&2
  awk '/^Requests\/sec:/ { print $2 }' <<<"$out"
}

echo "wrk: $THREADS threads, $CONNECTIONS connections, ${SECONDS_PER_RUN}s per run, $SESSIONS sessions"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE/live/index.m3u8" >/dev/null          # JIT warm-up
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/rotate.lua" "$BASE" >/dev/null
plain=()
personal=()
for round in 1 2; do
  plain+=("$(run "unfiltered #$round" "$BASE/live/index.m3u8")")
  personal+=("$(run "personalised #$round" -s "$WORK/rotate.lua" "$BASE")")
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "${plain[@]}" "${personal[@]}" <<'EOF'
import sys
v = [float(x) for x in sys.argv[1:]]
plain, personal = v[:len(v) // 2], v[len(v) // 2:]
p, q = sum(plain) / len(plain), sum(personal) / len(personal)
print("unfiltered   req/s: " + ", ".join("%.0f" % x for x in plain) + "  (mean %.0f)" % p)
print("personalised req/s: " + ", ".join("%.0f" % x for x in personal) + "  (mean %.0f)" % q)
print("ratio personalised/unfiltered: %.2f (target >= 0.80)" % (q / p))
EOF
grep -E 'Latency +[0-9]' "$WORK/wrk.txt" | sed 's/^/  latency (avg, stdev, max): /' | head -4
