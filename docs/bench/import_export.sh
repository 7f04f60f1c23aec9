#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The import and export speed targets (docs/performance.md, "Export and import"), three rounds, each
# figure beside its reference taken at the same moment, with the load average noted per round.
#   mvn -B -q package -DskipTests
#   java -Xmx2g -cp "target/kizuna.jar:target/lib/*" org.kizuna.exchange.bench.ExportBenchmark target/bench500 50000 500000 0
#   java -Xmx1g -cp "target/kizuna.jar:target/lib/*" org.kizuna.exchange.bench.ExportBenchmark target/bench 5000 50000 1
#   sh docs/bench/import_export.sh [target/kizuna.jar]
set -e
JAR="${1:-target/kizuna.jar}"
TIES=target/bench500/csv/ties.csv
PROJECT=target/bench/bench.kizuna
TMP="$(mktemp -d)"
for round in 1 2 3; do
  echo "== round $round $(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load/load/')"
  # the floor: sqlite3 .import of the same CSV into a bare table
  sh docs/bench/sqlite_import.sh "$TIES" 2>&1 | tail -1
  # the whole CLI run into an empty project (ties only: the 50,000 actors are created from the ties)
  rm -f "$TMP/imp.kizuna"
  java -jar "$JAR" new --name bench "$TMP/imp.kizuna" > /dev/null
  /usr/bin/time -f "kizuna import: %e s wall, %U+%S s CPU, %M KB peak RSS" \
    java -Xmx512m -jar "$JAR" import "$TMP/imp.kizuna" --ties "$TIES" 2>&1 | grep "kizuna import"
  # one `kizuna export` as a user runs it (fresh JVM, diagnosis included), then openpyxl on the same cells
  /usr/bin/time -f "kizuna export: %e s wall, %U+%S s CPU, %M KB peak RSS" \
    java -jar "$JAR" export "$PROJECT" --xlsx "$TMP/out.xlsx" > /dev/null
  /usr/bin/python3 -W ignore docs/bench/openpyxl_write.py "$TMP/out.xlsx" 1 | tail -1
done
# the export inside one JVM, as the workbench's Export window runs it: a first export in a fresh
# process (after the project is built), then repeated ones (the same seeded 5k/50k project)
echo "== in-process export $(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load/load/')"
java -Xmx1g -cp "$JAR:$(dirname "$JAR")/lib/*" org.kizuna.exchange.bench.ExportBenchmark "$TMP/inproc" 5000 50000 3 \
  | grep '^run'
rm -rf "$TMP"
