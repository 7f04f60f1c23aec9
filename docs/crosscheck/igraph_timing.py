#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Times igraph (C core) on a bench edge list, for comparison with `kizuna bench` / `kizuna analyze`.

    /usr/bin/python3 docs/crosscheck/igraph_timing.py /tmp/kbench/bench-10000.csv [--no-betweenness]

Reads the CSV (source,target, one directed arc per row) written by `kizuna bench --keep DIR`, then
computes the per-actor figures `kizuna analyze` reports: degree, betweenness (directed and
undirected), closeness, PageRank, local clustering, coreness, Burt constraint and maximal cliques
(>= 3). Prints one line per step in ms and the total including start-up and CSV reading.
"""
import csv
import sys
import time

T_START = time.perf_counter()
import igraph as ig  # noqa: E402  (import time is part of what a user waits for)


def ms(t):
    return "%.0f" % ((time.perf_counter() - t) * 1000)


def main():
    path = sys.argv[1]
    skip_betweenness = "--no-betweenness" in sys.argv
    t = time.perf_counter()
    with open(path, newline="") as f:
        rows = list(csv.reader(f))[1:]
    names = {}
    edges = []
    for s, d in rows:
        edges.append((names.setdefault(s, len(names)), names.setdefault(d, len(names))))
    g = ig.Graph(n=len(names), edges=edges, directed=True)
    g.simplify()
    u = g.as_undirected()  # collapses reciprocal arcs, as Kizuna's undirected view
    print("read+build", ms(t))
    t = time.perf_counter()
    g.degree(mode="all"); g.degree(mode="in"); g.degree(mode="out")
    print("degree", ms(t))
    if not skip_betweenness:
        t = time.perf_counter()
        g.betweenness(directed=True)
        print("betweenness directed", ms(t))
        t = time.perf_counter()
        u.betweenness(directed=False)
        print("betweenness undirected", ms(t))
        t = time.perf_counter()
        g.closeness(mode="in")
        print("closeness", ms(t))
    t = time.perf_counter()
    g.pagerank(damping=0.85, directed=True)
    print("pagerank", ms(t))
    t = time.perf_counter()
    u.transitivity_local_undirected(mode="zero")
    print("clustering", ms(t))
    t = time.perf_counter()
    u.coreness()
    print("coreness", ms(t))
    t = time.perf_counter()
    u.constraint()
    print("constraint", ms(t))
    t = time.perf_counter()
    c = u.maximal_cliques(min=3)
    print("cliques", ms(t), len(c))
    print("total incl. start-up", ms(T_START))


if __name__ == "__main__":
    main()
