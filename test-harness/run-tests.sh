#!/usr/bin/env bash
# The project's test command (README; .ci/run calls it with CI=true on a clean checkout).
# Runs every test leg of Splicer, one after another (the Tomcat/Jetty ports are fixed):
#   1. mvn clean verify          unit tests + ITs on embedded Tomcat 10.1 (default profile)
#   2. Tomcat 11 leg             ITs only, -Dtomcat.version=11.0.24
#   3. Jetty 12 ee10 leg         ITs only, -Pjetty-embedded
# Usage: test-harness/run-tests.sh [--skip-setup] [--only default|tomcat11|jetty]
# Prints each leg's test counts and wall time; exits non-zero if any leg fails.
set -euo pipefail
cd "$(dirname "$0")/.."

SKIP_SETUP=false
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-setup) SKIP_SETUP=true ;;
    --only) ONLY="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

MVN=(mvn -B -ntp -Dstyle.color=never -Dmaven.wagon.http.retryHandler.count=3)
# The real-player checks run on the default leg only.
IT_ONLY=(-pl test-harness -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
  '-Dplayers.it.exclude=**/*PlayerIT.java')
LOG_DIR="${TMPDIR:-/tmp}/splicer-run-tests" # not under target/: "clean" would delete it
SUMMARY=()

log() { printf '\n=== %s ===\n' "$*"; }

# --- setup: each step checks first and installs only what is missing -----------------------
need_root() { [ "$(id -u)" -eq 0 ] || { echo "need root to install $1" >&2; exit 1; }; }

setup_java_maven() {
  if ! command -v java >/dev/null || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then
    need_root "a JDK 17+"; apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless
  fi
  if ! command -v mvn >/dev/null; then
    need_root "maven"; apt-get update -qq && apt-get install -y -qq maven
  fi
  java -version 2>&1 | sed -n 1p
  mvn -v 2>/dev/null | sed -n 1p
}

# Real-player checks (test-harness/players/README.md): ffmpeg, Debian chromium and DejaVu fonts
# from apt (as root), node >= 20, and the pinned npm packages. Without root, prints what is missing;
# RealPlayerIT then skips locally and fails when CI=true or -Dplayers.required=true.
setup_player_tools() {
  local pkgs=()
  command -v ffmpeg >/dev/null || pkgs+=(ffmpeg)
  [ -x /usr/bin/chromium ] || pkgs+=(chromium)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || pkgs+=(fonts-dejavu-core)
  if [ ${#pkgs[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}"
    else
      echo "real-player checks: missing ${pkgs[*]}; install as root: apt-get install -y ${pkgs[*]}" >&2
    fi
  fi
  ffmpeg -version 2>/dev/null | sed -n 1p || true
  /usr/bin/chromium --version 2>/dev/null || true
}

setup_player_packages() {
  local dir=test-harness/players
  if ! command -v node >/dev/null || ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
    echo "real-player checks: missing node >= 20 (and npm) on PATH; Debian 12's nodejs is 18, install Node 20+" >&2
    return 0
  fi
  if [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    echo "npm packages of $dir up to date"
  else
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  echo "node $(node --version)"
}

# Headless Chromium + its WebDriver for the admin console's real-browser test (config-ui
# ConsoleBrowserTest fails, not skips, without them when CI=true).
setup_chromium() {
  local need=()
  command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
  if [ "${#need[@]}" -eq 0 ]; then
    echo "chromium and chromedriver present"
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing ${need[*]} (apt-get install -y ${need[*]})" >&2
  fi
}

SETUP_STEPS=(setup_java_maven setup_player_tools setup_chromium setup_player_packages)

if ! $SKIP_SETUP; then
  log "setup"
  for step in "${SETUP_STEPS[@]}"; do "$step"; done
fi

# --- legs ------------------------------------------------------------------------------------
counts() {
  # Sums the per-module summaries ("Tests run: N, Failures: F, Errors: E, Skipped: S" without
  # " -- in ") that surefire (unit) and failsafe (IT) print after "Results:".
  grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$1" \
    | sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+)/\1 \2 \3 \4/' \
    | awk '{ r+=$1; f+=$2; e+=$3; s+=$4 } END { printf "tests %d, failures %d, errors %d, skipped %d", r, f, e, s }'
}

run_leg() {
  local name="$1"; shift
  [ -z "$ONLY" ] || [ "$ONLY" = "$name" ] || return 0
  mkdir -p "$LOG_DIR"
  local logfile="$LOG_DIR/$name.log" start end status=0
  log "leg $name: mvn $*"
  start=$(date +%s)
  "${MVN[@]}" "$@" >"$logfile" 2>&1 || status=$?
  end=$(date +%s)
  local line
  line="$(printf '%-9s %-4s %4ss  %s' "$name" "$([ $status -eq 0 ] && echo OK || echo FAIL)" \
    $((end - start)) "$(counts "$logfile")")"
  grep -E 'Tests run: .* -- in |BUILD (SUCCESS|FAILURE)' "$logfile" | sed 's/^/  /' || true
  [ $status -eq 0 ] || tail -n 60 "$logfile"
  SUMMARY+=("$line")
  return $status
}

overall=0
# The clean build comes first: the IT-only legs reuse its filter jar and WAR.
run_leg default clean verify || overall=1
run_leg tomcat11 verify "${IT_ONLY[@]}" -Dtomcat.version=11.0.24 || overall=1
run_leg jetty verify "${IT_ONLY[@]}" -Pjetty-embedded || overall=1

log "summary (logs in $LOG_DIR/)"
printf '%s\n' "${SUMMARY[@]}"
# One plain closing line over all legs: "tests: N passed, N failed, N skipped".
printf '%s\n' "${SUMMARY[@]}" \
  | sed -nE 's/.*tests ([0-9]+), failures ([0-9]+), errors ([0-9]+), skipped ([0-9]+).*/\1 \2 \3 \4/p' \
  | awk '{ r+=$1; f+=$2+$3; s+=$4 } END { printf "tests: %d passed, %d failed, %d skipped\n", r-f-s, f, s }'
exit $overall
