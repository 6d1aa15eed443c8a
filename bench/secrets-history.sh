#!/usr/bin/env bash
# Whole-process timing (wall and CPU) and peak memory of `bulwark secrets --history` on a generated
# repository of N commits (dev.bulwark.bench.GenerateHistory), packed by `git gc` as a real clone is.
# Prints the load average before each run: the machine may be shared.
# Usage: bench/secrets-history.sh [N...]   (default: 10000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests package test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
./bulwark rules > /dev/null   # records the class-data archive once, as a user's first run would
for n in "${@:-10000}"; do
  dir="target/bench-history-$n"
  rm -rf "$dir"
  java -cp "$cp" dev.bulwark.bench.GenerateHistory "$dir" "$n"
  git -C "$dir" gc -q
  echo "repository: $(git -C "$dir" rev-list --all | wc -l) commits, $(du -sh "$dir/.git" | cut -f1) in .git"
  for run in 1 2 3; do
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f "secrets --history commits=$n run=$run wall=%es user=%Us sys=%Ss maxrss=%MKB" \
      ./bulwark secrets --history "$dir" --format json --fail-on none > "target/bench-history-$n.json" || true
  done
done
