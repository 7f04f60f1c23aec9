#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Times NetworkX's exact betweenness on a bench edge list (the issue's "50x faster" target).

    /usr/bin/python3 docs/crosscheck/networkx_timing.py /tmp/kbench/bench-10000.csv            # exact, slow
    /usr/bin/python3 docs/crosscheck/networkx_timing.py /tmp/kbench/bench-10000.csv --sources 500

With --sources K it runs Brandes from K sources only (NetworkX's k= argument, seeded) and
extrapolates to all n sources (time * n / K): Brandes costs the same per source, so the estimate is
close, and it spares a shared machine several minutes of one core. Say which one you quote.
"""
import csv
import sys
import time

import networkx as nx


def main():
    path = sys.argv[1]
    k = None
    if "--sources" in sys.argv:
        k = int(sys.argv[sys.argv.index("--sources") + 1])
    t = time.perf_counter()
    g = nx.DiGraph()
    with open(path, newline="") as f:
        rows = list(csv.reader(f))[1:]
    g.add_edges_from(rows)
    print("read+build ms %.0f (%d nodes, %d arcs)" % ((time.perf_counter() - t) * 1000, g.number_of_nodes(),
                                                      g.number_of_edges()))
    for name, graph in (("directed", g), ("undirected", g.to_undirected())):
        t = time.perf_counter()
        if k is None:
            nx.betweenness_centrality(graph)
            print("betweenness %s ms %.0f (exact)" % (name, (time.perf_counter() - t) * 1000))
        else:
            nx.betweenness_centrality(graph, k=k, seed=1)
            el = (time.perf_counter() - t) * 1000
            print("betweenness %s ms %.0f for %d sources -> %.0f estimated for all %d"
                  % (name, el, k, el * graph.number_of_nodes() / k, graph.number_of_nodes()))


if __name__ == "__main__":
    main()
