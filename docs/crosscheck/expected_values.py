#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the cross-check data sets and their NetworkX values to src/test/resources/analysis/.

Run from the repository root with the Debian NetworkX (python3-networkx):
    /usr/bin/python3 docs/crosscheck/expected_values.py
The JUnit tests (org.kizuna.analysis.CrossCheckTest) read the files; they never run Python.

Per data set NAME:
  NAME.edges.csv     source,target (directed data sets: one arc per row)
  NAME.expected.tsv  one row per actor with the NetworkX figures Kizuna must match
  NAME.network.tsv   whole-network figures (key, value)
  NAME.cliques.txt   maximal cliques with >= 3 members, members sorted, one clique per line
Undirected-view figures of a directed data set are computed on G.to_undirected(), which is how
Kizuna defines its undirected view (docs/metrics.md).
"""
import csv
import os
import sys

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "test", "resources", "analysis")


def directed_example():
    # A small directed network with reciprocated arcs, a cycle, a source, a sink and an isolate-free
    # bridge: seeded so the file is reproducible, then stored, so the RNG of later NetworkX versions
    # does not matter.
    g = nx.gnp_random_graph(20, 0.12, seed=7, directed=True)
    return nx.relabel_nodes(g, {v: "d%02d" % v for v in g})


def datasets():
    karate = nx.karate_club_graph()
    karate = nx.relabel_nodes(karate, {v: "k%02d" % v for v in karate})
    kite = nx.krackhardt_kite_graph()
    kite_names = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]
    kite = nx.relabel_nodes(kite, {v: kite_names[v] for v in kite})
    return [
        ("karate", karate),
        ("florentine", nx.florentine_families_graph()),
        ("kite", kite),
        ("directed", directed_example()),
    ]


def fmt(x):
    return repr(float(x))


def write(name, g):
    und = g.to_undirected() if g.is_directed() else g
    nodes = sorted(g.nodes())
    with open(os.path.join(OUT, name + ".edges.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target"])
        for u, v in sorted(g.edges()):
            w.writerow([u, v])
    bc = nx.betweenness_centrality(g)  # normalized=True, NetworkX default
    bcu = nx.betweenness_centrality(und)
    clo = nx.closeness_centrality(g)  # wf_improved=True; incoming distance on DiGraph
    pr = nx.pagerank(g, alpha=0.85, weight=None, tol=1e-14, max_iter=100000)
    cl = nx.clustering(und)
    core = nx.core_number(und)
    con = nx.constraint(und)
    es = nx.effective_size(und)
    with open(os.path.join(OUT, name + ".expected.tsv"), "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "degree", "in_degree", "out_degree", "betweenness", "betweenness_undirected",
                    "closeness", "pagerank", "clustering", "core", "constraint", "effective_size",
                    "efficiency"])
        for v in nodes:
            d = und.degree(v)
            ind = g.in_degree(v) if g.is_directed() else d
            outd = g.out_degree(v) if g.is_directed() else d
            eff = es[v] / d if d > 0 else float("nan")
            w.writerow([v, d, ind, outd, fmt(bc[v]), fmt(bcu[v]), fmt(clo[v]), fmt(pr[v]), fmt(cl[v]),
                        core[v], fmt(con[v]), fmt(es[v]), fmt(eff)])
    n = und.number_of_nodes()
    degs = dict(und.degree())
    maxd = max(degs.values())
    deg_cent = sum(maxd - x for x in degs.values()) / ((n - 1) * (n - 2))
    maxb = max(bcu.values())
    btw_cent = sum(maxb - x for x in bcu.values()) / (n - 1)
    net = [
        ("density_undirected", nx.density(und)),
        ("density_directed", nx.density(g) if g.is_directed() else nx.density(und)),
        ("transitivity", nx.transitivity(und)),
        ("average_clustering", nx.average_clustering(und)),
        ("components", nx.number_connected_components(und)),
        ("degree_centralisation", deg_cent),
        ("betweenness_centralisation", btw_cent),
    ]
    if name == "karate":
        # The club split as a categorical attribute: Newman assortativity and the E-I index.
        net.append(("assortativity_club", nx.attribute_assortativity_coefficient(und, "club")))
        ext = sum(1 for u, v in und.edges() if und.nodes[u]["club"] != und.nodes[v]["club"])
        internal = und.number_of_edges() - ext
        net.append(("ei_index_club", (ext - internal) / (ext + internal)))
        with open(os.path.join(OUT, "karate.club.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["name", "club"])
            for v in nodes:
                w.writerow([v, und.nodes[v]["club"]])
    with open(os.path.join(OUT, name + ".network.tsv"), "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        for k, x in net:
            w.writerow([k, fmt(x)])
    cliques = sorted(sorted(c) for c in nx.find_cliques(und) if len(c) >= 3)
    with open(os.path.join(OUT, name + ".cliques.txt"), "w") as f:
        for c in cliques:
            f.write(" ".join(c) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, g in datasets():
        write(name, g)
        print(name, g.number_of_nodes(), "nodes", g.number_of_edges(), "edges", file=sys.stderr)
    print("networkx", nx.__version__, file=sys.stderr)


if __name__ == "__main__":
    main()
