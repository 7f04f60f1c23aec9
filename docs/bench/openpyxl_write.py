#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""The openpyxl side of the export benchmark (docs/performance.md).

Reads every cell value of a workbook Kizuna wrote (not timed), then writes the same cells, sheet
by sheet, with openpyxl in write-only mode (timed) and reports the time and the peak memory of the
process (peak resident set size, which includes the cells held in memory for writing). Styles are not copied: openpyxl writes plain cells, so the comparison
favours openpyxl.

    /usr/bin/python3 docs/bench/openpyxl_write.py target/bench/bench.xlsx [runs]
"""
import sys
import time
import resource

import openpyxl


def main():
    src = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    wb = openpyxl.load_workbook(src, read_only=True)
    sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets]
    wb.close()
    cells = sum(len(r) for _, rows in sheets for r in rows)
    print(f"openpyxl {openpyxl.__version__}: {len(sheets)} sheets, {cells:,} cells to write")
    for run in range(1, runs + 1):
        start = time.perf_counter()
        cpu = time.process_time()
        out = openpyxl.Workbook(write_only=True)
        for title, rows in sheets:
            ws = out.create_sheet(title)
            for r in rows:
                ws.append(r)
        out.save(src.replace(".xlsx", "-openpyxl.xlsx"))
        secs = time.perf_counter() - start
        cpu = time.process_time() - cpu
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        print(f"run {run}: openpyxl write-only {secs:.2f} s ({cpu:.2f} s CPU), process peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
