#!/usr/bin/env bash
# Whole-process timing and peak memory of `bulwark inspect` on generated trees of N .tf files.
# Usage: bench/inspect-tree.sh [N...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests package test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
for n in "${@:-1000 10000}"; do
  dir="target/bench-tree-$n"
  rm -rf "$dir"
  java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" dev.bulwark.bench.GenerateTree "$dir" "$n" >/dev/null
  size=$(du -sb "$dir" | cut -f1)
  for run in 1 2 3; do
    /usr/bin/time -f "inspect files=$n bytes=$size run=$run wall=%es user=%Us maxrss=%MKB" ./bulwark inspect "$dir" --format json > /dev/null
  done
done
