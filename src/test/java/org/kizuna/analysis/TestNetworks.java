// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kizuna.model.Actor;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.Project;
import org.kizuna.model.Tie;
import org.kizuna.model.Vocabulary;

/** Builds in-memory projects for the analysis tests from the cross-check resources. */
final class TestNetworks {
    private TestNetworks() {
    }

    /** Actors a0 … a(n-1), ids 1 … n, all companies inside the region (for generated networks). */
    static List<Actor> numberedActors(int n) {
        List<Actor> a = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            a.add(Actor.of("a" + i, "company", true).withId(i + 1));
        }
        return a;
    }

    static List<String[]> rows(String resource, String separator) {
        InputStream in = TestNetworks.class.getResourceAsStream("/analysis/" + resource);
        if (in == null) {
            throw new IllegalArgumentException("missing test resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty()) {
                    out.add(line.split(separator, -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Expected per-actor values: name → column → value. */
    static Map<String, Map<String, String>> expected(String name) {
        List<String[]> rows = rows(name + ".expected.tsv", "\t");
        String[] header = rows.get(0);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], r[i]);
            }
            out.put(r[0], m);
        }
        return out;
    }

    static Map<String, Double> networkExpected(String name) {
        Map<String, Double> m = new HashMap<>();
        for (String[] r : rows(name + ".network.tsv", "\t")) {
            m.put(r[0], Double.parseDouble(r[1]));
        }
        return m;
    }

    /** A project with the data set's actors (ids 1..n in name order) and ties. */
    static Project project(String name, boolean directed, Map<String, String> location) {
        List<Actor> actors = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        long id = 1;
        for (String a : expected(name).keySet()) {
            String loc = location == null ? null : location.get(a);
            actors.add(new Actor(id, a, "company", null, loc, null, !"Officer".equals(loc), null, List.of(), null,
                    null, null, null));
            ids.put(a, id++);
        }
        List<Tie> ties = new ArrayList<>();
        List<String[]> edges = rows(name + ".edges.csv", ",");
        long tid = 1;
        for (String[] e : edges.subList(1, edges.size())) {
            ties.add(new Tie(tid++, ids.get(e[0]), ids.get(e[1]), "transaction", directed, 1.0, null, null, null,
                    null));
        }
        return project(actors, ties);
    }

    static Project project(List<Actor> actors, List<Tie> ties) {
        return new Project(ClusterProfile.named("test"), Vocabulary.ACTOR_KINDS, Vocabulary.TIE_KINDS, actors, ties,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Map<String, String> karateClubs() {
        Map<String, String> m = new HashMap<>();
        List<String[]> rows = rows("karate.club.csv", ",");
        for (String[] r : rows.subList(1, rows.size())) {
            m.put(r[0], r[1]);
        }
        return m;
    }
}
