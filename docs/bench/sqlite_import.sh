#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The floor for CSV import (docs/performance.md): the sqlite3 shell's .import of a ties.csv into a
# bare table (no types, no checks, no indexes) on the same machine.
#   sh docs/bench/sqlite_import.sh target/bench500/csv/ties.csv
set -e
CSV="$1"
DB="$(mktemp -d)/floor.db"
# .import reads the header row as column names when the table does not exist
/usr/bin/time -f "sqlite3 .import: %e s wall, %U+%S s CPU, %M KB peak RSS" \
  sqlite3 "$DB" -cmd ".mode csv" ".import $CSV ties" "SELECT count(*) || ' rows' FROM ties;"
rm -f "$DB"
