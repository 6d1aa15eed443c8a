#!/usr/bin/env bash
# Runs the JMH micro-benchmarks (parser throughput). Extra arguments go to JMH, e.g. -wi 3 -i 5.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "${@:-HclParseBenchmark}"
