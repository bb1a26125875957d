#!/usr/bin/env bash
# The project's test command (README; .ci/run calls it with CI=true on a clean checkout).
set -euo pipefail
cd "$(dirname "$0")/.."

# ---- setup: system packages the tests need -------------------------------------------------
# Headless Chromium + its WebDriver for the admin console's real-browser test (config-ui
# ConsoleBrowserTest fails, not skips, without them when CI=true).
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "run-tests: installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "run-tests: missing ${need[*]} (apt-get install -y ${need[*]})" >&2
  fi
fi

# ---- build and test --------------------------------------------------------------------------
MVN=(mvn -B -ntp -Dstyle.color=never -Dmaven.wagon.http.retryHandler.count=3)
"${MVN[@]}" clean verify
