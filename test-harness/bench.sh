#!/usr/bin/env bash
# Runs the JMH benchmarks (not tests): ./test-harness/bench.sh [JMH regexp and options]
# (-Pbench switches off the activeByDefault tomcat-embedded profile: name it too, the test sources need it.)
# Example: ./test-harness/bench.sh 'HlsSplice.*' -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
args="${*:--f 1 -wi 3 -w 2s -i 5 -r 2s}"
exec mvn -B -ntp -q -Pbench,tomcat-embedded -pl test-harness -am verify -DskipTests -DskipITs -Dspotless.check.skip=true "-Djmh.args=$args"
