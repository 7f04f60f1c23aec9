// SPDX-License-Identifier: Apache-2.0
package org.kizuna.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kizuna.store.ProjectFile;

/**
 * Hostile CSV and GraphML inputs to {@code kizuna import}, generated here: bad encodings, bad
 * quotes, wrong columns, control characters, huge fields, unknown kinds, self-loops, dangling
 * references, duplicate names, bad numbers and years, XML bombs, external entities, DOCTYPEs,
 * malformed XML and foreign roots. Each must be refused with its exit code and ONE {@code kizuna:}
 * line that names the line and column where the input has them, with no stack trace or library
 * noise, and leave the project exactly as it was: same bytes, same rows (all or nothing).
 */
class ImportHostileTest {
    @TempDir
    static Path shared;
    private static Path template;

    @TempDir
    Path dir;

    /** One hostile input: the files to write, the import's options, and what the refusal must say. */
    record Case(String name, List<Input> files, List<String> options, List<String> words) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A file of the case: its name and bytes. */
    record Input(String name, byte[] bytes) {
    }

    @BeforeAll
    static void project() throws Exception {
        // a project with content, so "unchanged" means more than "still empty"
        template = shared.resolve("template.kizuna");
        ProjectFile.create(template, "hostile").close();
        Path ties = shared.resolve("seed.csv");
        Files.writeString(ties, "source,target,kind\nOld A,Old B,joint_research\nOld B,Old C,transaction\n",
                StandardCharsets.UTF_8);
        Hostile.Run r = Hostile.run("import", template.toString(), "--ties", ties.toString());
        assertEquals(0, r.code(), r::err);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedInOneLineAndNothingChanges(Case c) throws Exception {
        Path project = dir.resolve("p.kizuna");
        Files.copy(template, project, StandardCopyOption.REPLACE_EXISTING);
        List<String> args = new ArrayList<>(List.of("import", project.toString()));
        for (String o : c.options()) {
            if (o.startsWith("@")) {
                // @name: the path of the case's file of that name
                args.add(dir.resolve(o.substring(1)).toString());
            } else {
                args.add(o);
            }
        }
        for (Input f : c.files()) {
            Files.write(dir.resolve(f.name()), f.bytes());
        }
        String before = Hostile.sha256(project);
        long[] rows = HostileRows.count(project);
        Hostile.Run r = Hostile.run(args.toArray(String[]::new));
        Hostile.assertRefused(r, 1, null);
        String line = r.errLines().get(0).toLowerCase(Locale.ROOT);
        for (String w : c.words()) {
            assertTrue(line.contains(w.toLowerCase(Locale.ROOT)), () -> "should say '" + w + "': " + r.err());
        }
        assertEquals(before, Hostile.sha256(project), "the project's bytes");
        assertArrayEquals(rows, HostileRows.count(project), "the project's rows");
    }

    // ------------------------------------------------------------------ the cases

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        csv(out);
        graphMl(out);
        return out.stream();
    }

    private static final char[] CONTROLS = {'\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B',
        '\u001F', '\u007F', '\u0085', '\u009F'};

    private static void csv(List<Case> out) {
        // ---- control characters, in each kind of field of a ties file (line 3 is the bad row)
        for (char ch : CONTROLS) {
            String u = String.format(Locale.ROOT, "U+%04X", (int) ch);
            out.add(ties("control " + u + " in a source", "source,target\nA,B\nA" + ch + "x,B\n",
                    "line 3", "column source", u));
            out.add(ties("control " + u + " in a target", "source,target\nA,B\nA,\"B" + ch + "\"\n",
                    "line 3", "column target", u));
            out.add(ties("control " + u + " in a kind", "source,target,kind\nA,B,other\nA,C,oth" + ch + "er\n",
                    "line 3", "column kind", u));
            out.add(actors("control " + u + " in a field", "name,field\nP,bio\nQ,\"b" + ch + "io\"\n",
                    "line 3", "column field", u));
            out.add(ties("control " + u + " in tie notes", "source,target,notes\nA,B,fine\nA,C,\"bad" + ch
                    + " note\"\n", "line 3", "column notes", u));
        }
        out.add(ties("a tab in a name", "source,target\nA,B\n\"A\tB\",C\n", "line 3", "column source", "U+0009"));
        out.add(ties("a line break in a name", "source,target\nA,B\n\"A\nB\",C\n", "line 3", "column source",
                "U+000A"));
        out.add(ties("a carriage return in a name", "source,target\nA,B\n\"A\rB\",C\n", "line 3",
                "column source", "U+000D"));
        for (char ch : new char[] {'\u0001', '\t', '\u0085'}) {
            String u = String.format(Locale.ROOT, "U+%04X", (int) ch);
            out.add(actors("control " + u + " in an actor's name", "name,kind\nP,other\n\"Q" + ch + "\",other\n",
                    "line 3", "column name", u));
            out.add(actors("control " + u + " in a location", "name,location\nP,Obihiro\nQ,\"Obi" + ch + "hiro\"\n",
                    "line 3", "column location", u));
            out.add(actors("control " + u + " in memberships", "name,memberships\nP,club\nQ,\"club;x" + ch + "y\"\n",
                    "line 3", "column memberships", u));
        }
        out.add(actors("a bell in an actor's notes", "name,notes\nP,\"two\nlines\tand tab\"\nQ,\"ring\u0007\"\n",
                "line 4", "column notes", "U+0007"));

        // ---- bad encodings
        out.add(new Case("invalid UTF-8 declared as utf-8", List.of(new Input("t.csv",
                cat("source,target\nA,B\nA,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28},
                        "\n".getBytes(StandardCharsets.UTF_8)))), List.of("--ties", "@t.csv", "--encoding", "utf-8"),
                List.of("line 3", "encoding")));
        out.add(new Case("invalid Shift_JIS declared as shift_jis", List.of(new Input("t.csv",
                cat("source,target\nA,B\nA,".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, 0x7F},
                        "\n".getBytes(StandardCharsets.US_ASCII)))), List.of("--ties", "@t.csv", "--encoding",
                "shift_jis"), List.of("line 3", "encoding")));
        out.add(new Case("an unknown --encoding", List.of(new Input("t.csv", "source,target\nA,B\n"
                .getBytes(StandardCharsets.UTF_8))), List.of("--ties", "@t.csv", "--encoding", "ebcdic-x"),
                List.of("ebcdic-x")));
        out.add(new Case("a UTF-8 file read as shift_jis with bytes Shift_JIS cannot hold", List.of(new Input("t.csv",
                cat("source,target\nA,B\nA,".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFD, (byte) 0xFE},
                        "\n".getBytes(StandardCharsets.US_ASCII)))), List.of("--ties", "@t.csv", "--encoding",
                "shift_jis"), List.of("line 3")));

        // ---- quotes
        out.add(ties("a quote never closed", "source,target\nA,B\nA,\"B\nC,D\n", "line 3", "never closed"));
        out.add(ties("text after a closing quote", "source,target\nA,B\n\"A\"x,B\n", "line 3", "closing quote"));
        out.add(ties("a quote never closed in the header", "\"source,target\nA,B\n", "line 1", "never closed"));

        // ---- columns
        out.add(ties("no target column", "source,dest\nA,B\n", "line 1", "target"));
        out.add(ties("no source column", "from_x,target\nA,B\n", "line 1", "source"));
        out.add(ties("a column twice", "source,target,target\nA,B,C\n", "line 1", "column 3", "twice"));
        out.add(ties("a row with too many fields", "source,target\nA,B\nA,C,D\n", "line 3", "column 3",
                "3 fields"));
        out.add(ties("a row with too few fields", "source,target,kind\nA,B,other\nA\n", "line 3", "column target",
                "1 fields"));
        out.add(ties("an empty file", "", "empty file"));
        out.add(ties("only blank lines", "\n\n\r\n", "empty file"));
        out.add(actors("an actors file without a name column", "kind,sector\nother,industry\n", "line 1", "name"));

        // ---- size
        out.add(ties("an unquoted field of 2 MiB", "source,target\nA,B\nA," + "x".repeat(2 << 20) + "\n",
                "line 3", "column 2", "1 mib"));
        out.add(ties("a quoted field of 3 MiB", "source,target\nA,B\n\"" + "y\n".repeat(3 << 19) + "\",B\n",
                "line 3", "column 1", "1 mib"));
        out.add(ties("a line of 10000 fields", "source,target\nA,B\n" + "a,".repeat(10_000) + "\n", "line 3",
                "fields"));

        // ---- kinds, loops, references, names
        out.add(ties("an unknown tie kind", "source,target,kind\nA,B,other\nA,C,bogus\n", "line 3", "column kind",
                "bogus"));
        out.add(new Case("a new kind with a bad code, with --add-kinds", List.of(new Input("t.csv",
                "source,target,kind\nA,B,other\nA,C,Bad Kind!\n".getBytes(StandardCharsets.UTF_8))),
                List.of("--ties", "@t.csv", "--add-kinds"), List.of("line 3", "column kind")));
        out.add(actors("an unknown actor kind", "name,kind\nP,other\nQ,spaceship\n", "line 3", "column kind",
                "spaceship"));
        out.add(ties("a self-loop", "source,target\nA,B\nA,A\n", "line 3", "column target"));
        out.add(ties("a self-loop of an existing actor", "source,target\nOld A,Old A\n", "line 2",
                "column target"));
        out.add(new Case("a tie naming an actor in neither file nor project", List.of(
                new Input("a.csv", "name\nP\nQ\n".getBytes(StandardCharsets.UTF_8)),
                new Input("t.csv", "source,target\nP,Q\nP,Nobody\n".getBytes(StandardCharsets.UTF_8))),
                List.of("--ties", "@t.csv", "--actors", "@a.csv"), List.of("t.csv line 3", "column target",
                "nobody")));
        out.add(actors("an actor named twice", "name\nP\nQ\nP\n", "line 4", "column name", "line 2"));
        out.add(actors("an actor the project has", "name\nP\nOld B\n", "line 3", "column name", "old b"));
        out.add(actors("an actor without a name", "name,kind\nP,other\n,other\n", "line 3", "column name"));
        out.add(actors("an unknown sector", "name,sector\nP,industry\nQ,piracy\n", "line 3", "column sector"));
        out.add(actors("a position that is not a number", "name,x\nP,1.5\nQ,east\n", "line 3", "column x"));
        out.add(actors("a region flag that is not true or false", "name,inside_region\nP,true\nQ,perhaps\n",
                "line 3", "column inside_region"));

        // ---- numbers and years
        for (String w : new String[] {"abc", "-1", "0", "NaN", "Infinity", "1e999", "0x10", "1,5"}) {
            String field = w.contains(",") ? "\"" + w + "\"" : w;
            out.add(ties("weight " + w, "source,target,weight\nA,B,1\nA,C," + field + "\n", "line 3",
                    "column weight"));
        }
        for (String y : new String[] {"20x0", "99", "12345", "-2020", "2020.5"}) {
            out.add(ties("start year " + y, "source,target,start\nA,B,2001\nA,C," + y + "\n", "line 3",
                    "column start"));
        }
        out.add(ties("a tie that ends before it starts", "source,target,start,end\nA,B,2001,2002\nA,C,2010,2005\n",
                "line 3", "column end"));
        out.add(ties("directed that is not true or false", "source,target,directed\nA,B,yes\nA,C,sideways\n",
                "line 3", "column directed"));
        out.add(ties("an unknown scope", "source,target,scope_override\nA,B,domestic\nA,C,galactic\n", "line 3",
                "column scope_override"));
    }

    private static void graphMl(List<Case> out) {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<key id=\"n\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                + "<key id=\"k\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                + "<key id=\"w\" for=\"edge\" attr.name=\"strength\" attr.type=\"double\"/>\n"
                + "<key id=\"s\" for=\"edge\" attr.name=\"start_year\" attr.type=\"int\"/>\n"
                + "<key id=\"e\" for=\"edge\" attr.name=\"end_year\" attr.type=\"int\"/>\n"
                + "<key id=\"t\" for=\"edge\" attr.name=\"notes\" attr.type=\"string\"/>\n"
                + "<graph edgedefault=\"undirected\">\n";
        // line 10 is the first line after the head
        String two = "<node id=\"a\"><data key=\"n\">A</data></node>\n<node id=\"b\"><data key=\"n\">B</data></node>\n";
        String tail = "</graph>\n</graphml>\n";

        // ---- DTDs, entities, bombs
        out.add(graph("billion laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                + "<graphml><graph><node id=\"&lol3;\"/></graph></graphml>\n", "dtd"));
        out.add(graph("an external entity (XXE)", "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<graphml><graph><node id=\"&x;\"/></graph></graphml>\n", "dtd"));
        out.add(graph("a parameter entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY % p SYSTEM "
                + "\"http://127.0.0.1:1/evil.dtd\"> %p;]>\n<graphml/>\n", "dtd"));
        out.add(graph("an external DTD", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM "
                + "\"http://127.0.0.1:1/graphml.dtd\">\n<graphml/>\n", "dtd"));
        out.add(graph("a bare DOCTYPE", "<!DOCTYPE graphml>\n<graphml/>\n", "dtd"));
        out.add(graph("an undeclared entity", head + "<node id=\"&nope;\"/>\n" + tail, ":10", "column"));

        // ---- malformed XML (the line and column of the parser's complaint)
        out.add(graph("an unclosed node", head + "<node id=\"a\">\n" + tail, ":11", "column", "well-formed"));
        out.add(graph("mismatched tags", head + "<node id=\"a\"></edge>\n" + tail, ":10", "column",
                "well-formed"));
        out.add(graph("an unquoted attribute", head + "<node id=a/>\n" + tail, ":10", "column", "well-formed"));
        out.add(graph("a lone '<' in text", head + "<node id=\"a\"><data key=\"n\">a < b</data></node>\n" + tail,
                ":10", "column", "well-formed"));
        out.add(graph("content after the root", head + tail + "<graphml/>\n", ":12", "column", "well-formed"));
        out.add(graph("a file cut short", head + "<node id=\"a\"><data key=\"n\">A", ":10", "column",
                "well-formed"));
        out.add(graph("an empty file", "", ":1", "column", "well-formed"));
        out.add(graph("not XML at all", "source,target\nA,B\n", ":1", "column", "well-formed"));
        out.add(graph("a C0 character reference in XML 1.0", head + "<node id=\"a&#1;\"/>\n" + tail, ":10",
                "column", "well-formed"));

        // ---- foreign roots
        out.add(graph("a GEXF file", "<?xml version=\"1.0\"?>\n<gexf><graph><nodes/></graph></gexf>\n", "graphml"));
        out.add(graph("an XHTML page", "<html><body>GraphML?</body></html>\n", "graphml"));
        out.add(graph("an empty root", "<root/>\n", "graphml"));

        // ---- encodings
        out.add(graph("invalid UTF-8", cat(head.getBytes(StandardCharsets.UTF_8),
                "<node id=\"a\"><data key=\"n\">A".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE3, 0x41},
                "</data></node>\n".getBytes(StandardCharsets.UTF_8), tail.getBytes(StandardCharsets.UTF_8)),
                ":10", "column 29", "utf-8"));
        out.add(graph("UTF-16 with an odd byte", new byte[] {(byte) 0xFF, (byte) 0xFE, '<'}, ":1", "utf-16"));
        out.add(graph("Shift_JIS declared, bytes it cannot hold", cat(
                "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<graphml><graph><node id=\"".getBytes(
                        StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, 0x7F}, "\"/></graph></graphml>\n"
                        .getBytes(StandardCharsets.US_ASCII)), ":2", "column", "shift_jis"));
        out.add(graph("an unknown declared encoding", "<?xml version=\"1.0\" encoding=\"klingon-8\"?>\n<graphml/>\n",
                ":1", "klingon-8"));

        // ---- control characters in names and notes (XML 1.1 can carry C0 as references; all XML can carry DEL and C1)
        for (String ref : new String[] {"&#9;", "&#10;", "&#13;", "\u007F", "\u0085", "\u009F"}) {
            out.add(graph("control " + ref.replace("&", "").replace(";", "") + " in a node's name",
                    head + "<node id=\"a\"><data key=\"n\">A" + ref + "B</data></node>\n" + tail, ":10", "[name]",
                    "control character"));
            out.add(graph("control " + ref.replace("&", "").replace(";", "") + " in a node id used as name",
                    head + "<node id=\"a" + ref + "\"/>\n" + tail, ":10", "[name]", "control character"));
        }
        String head11 = head.replace("version=\"1.0\"", "version=\"1.1\"");
        for (String ref : new String[] {"&#1;", "&#7;", "&#27;", "&#31;"}) {
            out.add(graph("XML 1.1 " + ref.replace("&", "").replace(";", "") + " in a node's name",
                    head11 + "<node id=\"a\"><data key=\"n\">A" + ref + "</data></node>\n" + tail, ":10", "[name]",
                    "control character"));
            out.add(graph("XML 1.1 " + ref.replace("&", "").replace(";", "") + " in a tie's notes",
                    head11 + two + "<edge source=\"a\" target=\"b\"><data key=\"t\">x" + ref + "</data></edge>\n"
                    + tail, ":12", "[notes]", "control character"));
        }

        // ---- records
        out.add(graph("a self-loop", head + two + "<edge source=\"a\" target=\"a\"/>\n" + tail, ":12", "[target]"));
        out.add(graph("an edge to a node that is not there", head + two + "<edge source=\"a\" target=\"zz\"/>\n"
                + tail, ":12", "[target]", "zz"));
        out.add(graph("an edge without a source", head + two + "<edge target=\"b\"/>\n" + tail, ":12", "[source]"));
        out.add(graph("two nodes with one id", head + "<node id=\"a\"/>\n<node id=\"a\"/>\n" + tail, ":11", "'a'"));
        out.add(graph("two nodes with one name", head + "<node id=\"a\"><data key=\"n\">Same</data></node>\n"
                + "<node id=\"b\"><data key=\"n\">Same</data></node>\n" + tail, ":11", "[name]", "line 10"));
        out.add(graph("a node the project has", head + "<node id=\"x\"><data key=\"n\">Old C</data></node>\n" + tail,
                ":10", "[name]", "old c"));
        out.add(graph("a node without an id", head + "<node><data key=\"n\">Q</data></node>\n" + tail, ":10",
                "without an id"));
        out.add(graph("an unknown edge kind", head + two + "<edge source=\"a\" target=\"b\"><data key=\"k\">"
                + "teleport</data></edge>\n" + tail, ":12", "[kind]", "teleport"));
        for (String w : new String[] {"heavy", "-2", "0", "NaN"}) {
            out.add(graph("strength " + w, head + two + "<edge source=\"a\" target=\"b\"><data key=\"w\">" + w
                    + "</data></edge>\n" + tail, ":12", "[strength]"));
        }
        for (String y : new String[] {"soon", "85", "20201"}) {
            out.add(graph("start year " + y, head + two + "<edge source=\"a\" target=\"b\"><data key=\"s\">" + y
                    + "</data></edge>\n" + tail, ":12", "[start_year]"));
        }
        out.add(graph("a tie that ends before it starts", head + two + "<edge source=\"a\" target=\"b\">"
                + "<data key=\"s\">2010</data><data key=\"e\">2001</data></edge>\n" + tail, ":12", "[end_year]"));
    }

    // ------------------------------------------------------------------ helpers

    private static Case ties(String name, String text, String... words) {
        return new Case("csv: " + name, List.of(new Input("t.csv", text.getBytes(StandardCharsets.UTF_8))),
                List.of("--ties", "@t.csv", "--encoding", "utf-8"), List.of(words));
    }

    private static Case actors(String name, String text, String... words) {
        return new Case("csv actors: " + name, List.of(new Input("a.csv", text.getBytes(StandardCharsets.UTF_8))),
                List.of("--actors", "@a.csv", "--encoding", "utf-8"), List.of(words));
    }

    private static Case graph(String name, String text, String... words) {
        return graph(name, text.getBytes(StandardCharsets.UTF_8), words);
    }

    private static Case graph(String name, byte[] bytes, String... words) {
        return new Case("graphml: " + name, List.of(new Input("g.graphml", bytes)), List.of("--graphml", "@g.graphml"),
                List.of(words));
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
