#!/usr/bin/env bash
# Builds (if needed) and starts the Splicer standalone launcher with its demo.
# Arguments are passed to the launcher, e.g. dist/run-demo.sh --port 9090 --no-demo
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=dist/target/splicer-standalone.jar

stale=0
if [ ! -f "$JAR" ]; then
  stale=1
elif [ -n "$(find pom.xml filter config-ui dist -newer "$JAR" \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -type f -print -quit 2>/dev/null)" ]; then
  stale=1
fi
if [ "$stale" = 1 ]; then
  echo "Building $JAR ..."
  mvn -B -ntp -q -DskipTests package -pl dist/standalone -am
fi

if ! command -v ffmpeg >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ffmpeg (needed once to generate the demo media) ..."
    apt-get update && apt-get install -y ffmpeg
  else
    echo "ffmpeg is missing; the demo media cannot be generated until it is installed:"
    echo "apt-get install -y ffmpeg"
  fi
fi

exec java -jar "$JAR" "$@"
