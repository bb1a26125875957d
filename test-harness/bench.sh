#!/usr/bin/env bash
# Runs the JMH benchmarks (not tests): ./test-harness/bench.sh [JMH regexp and options]
# Example: ./test-harness/bench.sh 'HlsSplice.*' -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
args="${*:--f 1 -wi 3 -w 2s -i 5 -r 2s}"
# tomcat-embedded is active by default, but naming -Pbench deactivates default profiles; the
# test sources (player fixtures) need Tomcat on the class path to compile.
exec mvn -B -ntp -q -Pbench,tomcat-embedded -pl test-harness -am verify -DskipTests -DskipITs=true -Dspotless.check.skip=true "-Djmh.args=$args"
