#!/usr/bin/env bash
# Whole-process timing and peak memory of `bulwark scan` (every rule) on the example and on generated
# trees of N .tf files, plus the split between loading and rule evaluation (in-process, CPU time).
# Usage: bench/scan-tree.sh [N...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests package test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
./bulwark rules > /dev/null   # records the class-data archive once, as a user's first run would
for run in 1 2 3; do
  /usr/bin/time -f "scan example run=$run wall=%es user=%Us maxrss=%MKB" ./bulwark scan examples/aws-platform --fail-on none > /dev/null
done
for n in "${@:-1000 10000}"; do
  dir="target/bench-tree-$n"
  rm -rf "$dir"   # always the generator's current output, never a tree left by an older version
  java -cp "$cp" dev.bulwark.bench.GenerateTree "$dir" "$n" > /dev/null
  for run in 1 2 3; do
    /usr/bin/time -f "scan files=$n run=$run wall=%es user=%Us maxrss=%MKB" ./bulwark scan "$dir" --fail-on none --quiet > /dev/null
  done
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" dev.bulwark.bench.ScanStages "$dir" 1
done
