// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kizuna.exchange.ExchangeException;
import org.kizuna.exchange.ImportOptions;
import org.kizuna.exchange.ImportPlan;
import org.kizuna.exchange.ImportReport;
import org.kizuna.exchange.Msg;
import org.kizuna.exchange.NetworkBuilder;
import org.kizuna.exchange.Problem;
import org.kizuna.exchange.StrictReader;
import org.kizuna.exchange.TidyColumn;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;

/**
 * Reads actors and ties from GraphML (ours, Gephi's, yEd's, igraph's). Node and edge data are
 * mapped to our fields by the key's {@code attr.name} (the tidy tables' column names, plus
 * {@code name}/{@code label} for the actor's name and {@code weight} for the strength); a node
 * without a name is named by its id. Keys we have no field for are reported.
 *
 * <p>The file is untrusted: the StAX parser has DTD support and external entities switched off,
 * and a document that carries a DTD at all is refused before anything is read from it.
 */
public final class GraphMlImporter {
    private static final Map<String, TidyColumn> NODE_FIELDS = new HashMap<>();
    private static final Map<String, TidyColumn> EDGE_FIELDS = new HashMap<>();
    private static final Set<String> IGNORED = Set.of("scope", "id");

    static {
        for (TidyColumn c : TidyColumn.of(TidyColumn.Table.ACTORS)) {
            NODE_FIELDS.put(c.en(), c);
        }
        NODE_FIELDS.put("label", TidyColumn.NAME);
        NODE_FIELDS.put("name", TidyColumn.NAME);
        for (TidyColumn c : TidyColumn.of(TidyColumn.Table.TIES)) {
            EDGE_FIELDS.put(c.en(), c);
        }
        EDGE_FIELDS.put("weight", TidyColumn.STRENGTH);
        EDGE_FIELDS.remove("scope");
    }

    private record Key(String id, String forWhat, String name, String defaultValue) {
    }

    private record Pending(int line, String source, String target, Boolean directed, Map<String, String> data) {
    }

    private GraphMlImporter() {
    }

    public static ImportReport importInto(ProjectFile target, Path graphml, ImportOptions options) {
        List<Problem> problems = new ArrayList<>();
        List<Msg> notes = new ArrayList<>();
        ImportPlan plan = read(target.snapshot(), graphml, options, problems, notes);
        if (!plan.isEmpty()) {
            target.execute(plan.toCommand(graphml.getFileName().toString()));
        }
        return ImportReport.of(plan, problems, notes);
    }

    /** A parser that refuses DTDs and external entities. */
    static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public static ImportPlan read(Project project, Path graphml, ImportOptions options, List<Problem> problems,
                                  List<Msg> notes) {
        String file = graphml.getFileName().toString();
        ImportPlan plan = new ImportPlan();
        NetworkBuilder network = new NetworkBuilder(project, plan, options, problems, notes);
        Map<String, Key> keys = new HashMap<>();
        Map<String, String> nodeNames = new HashMap<>();
        List<Pending> edges = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        boolean directedDefault = false;
        boolean sawGraphMl = false;
        if (!Files.isRegularFile(graphml)) {
            throw new ExchangeException(new Msg(graphml + ": no such file", graphml + "：ファイルがありません"));
        }
        Charset charset = encoding(graphml, file);
        // the parser reads characters we decode (strictly): given bytes, the JDK's parser prints
        // "[Fatal Error]" to stderr on a bad byte, and a problem could not name the line and column
        StrictReader in = null;
        try (StrictReader counting = new StrictReader(withoutMark(graphml), charset)) {
            in = counting;
            XMLStreamReader x = hardenedFactory().createXMLStreamReader(counting);
            String element = null;
            String elementId = null;
            int elementLine = 0;
            String source = null;
            String target = null;
            Boolean edgeDirected = null;
            Map<String, String> data = null;
            Key currentKey = null;
            String dataKey = null;
            StringBuilder text = new StringBuilder();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new ExchangeException(new Msg(file + " is refused: it carries a DTD (<!DOCTYPE …>); GraphML needs none, "
                            + "and DTDs and external entities are not read from untrusted files", file
                            + " は DTD（<!DOCTYPE …>）を含むため読み込みません。GraphML に DTD は不要で、"
                            + "信頼できないファイルの DTD と外部実体は読みません"));
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    String at = file + ":" + x.getLocation().getLineNumber();
                    throw new ExchangeException(new Msg(at + ": an entity reference (&" + x.getLocalName()
                            + ";) is not accepted", at + "：実体参照（&" + x.getLocalName() + ";）は受け付けません"));
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    text.setLength(0);
                    switch (name) {
                        case "graphml" -> sawGraphMl = true;
                        case "key" -> {
                            String name1 = attr(x, "attr.name");
                            if (name1 == null && attr(x, "yfiles.type") != null) {
                                name1 = "yfiles." + attr(x, "yfiles.type");
                            }
                            currentKey = new Key(attr(x, "id"), attr(x, "for"), name1 == null ? attr(x, "id") : name1, null);
                        }
                        case "graph" -> directedDefault = "directed".equalsIgnoreCase(attr(x, "edgedefault"));
                        case "node" -> {
                            element = "node";
                            elementId = attr(x, "id");
                            elementLine = x.getLocation().getLineNumber();
                            data = new LinkedHashMap<>();
                        }
                        case "edge" -> {
                            element = "edge";
                            elementLine = x.getLocation().getLineNumber();
                            source = attr(x, "source");
                            target = attr(x, "target");
                            String d = attr(x, "directed");
                            edgeDirected = d == null ? null : Boolean.valueOf(d);
                            data = new LinkedHashMap<>();
                        }
                        case "data" -> dataKey = attr(x, "key");
                        default -> {
                            // other elements (desc, default, yEd graphics) are read as text or skipped
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    text.append(x.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    switch (name) {
                        case "default" -> {
                            if (currentKey != null) {
                                currentKey = new Key(currentKey.id(), currentKey.forWhat(), currentKey.name(),
                                        text.toString().strip());
                            }
                        }
                        case "key" -> {
                            if (currentKey != null && currentKey.id() != null) {
                                keys.put(currentKey.id(), currentKey);
                            }
                            currentKey = null;
                        }
                        case "data" -> {
                            if (data != null && dataKey != null) {
                                data.put(dataKey, text.toString());
                            }
                            dataKey = null;
                        }
                        case "node" -> {
                            Map<TidyColumn, Object> values = fields(data, keys, "node", NODE_FIELDS, unknown);
                            if (values.get(TidyColumn.NAME) == null) {
                                values.put(TidyColumn.NAME, elementId);
                            }
                            NetworkBuilder.Where w = new NetworkBuilder.Where(file, elementLine, Map.of());
                            if (elementId == null) {
                                network.problem(w, null, "a node without an id", "id のないノードです");
                            } else if (nodeNames.containsKey(elementId)) {
                                network.problem(w, null, "two nodes with the id '" + elementId + "'",
                                        "id「" + elementId + "」のノードが二つあります");
                            } else if (network.actor(values, w)) {
                                nodeNames.put(elementId, values.get(TidyColumn.NAME).toString().strip());
                            } else {
                                nodeNames.put(elementId, null);
                            }
                            element = null;
                            data = null;
                        }
                        case "edge" -> {
                            edges.add(new Pending(elementLine, source, target, edgeDirected, data));
                            element = null;
                            data = null;
                        }
                        default -> {
                            // nothing to do
                        }
                    }
                    text.setLength(0);
                }
            }
            if (element != null) {
                throw new ExchangeException(new Msg(file + " ends inside a " + element,
                        file + " が " + element + " 要素の途中で終わっています"));
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                throw badBytes(file, charset, in);
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            String why = reason(e.getMessage());
            throw ExchangeException.unreadable(new Problem(file, Math.max(line, 0), column > 0 ? "column " + column : null,
                    "not well-formed XML: " + why, "正しい XML ではありません：" + why), e);
        } catch (CharacterCodingException e) {
            throw badBytes(file, charset, in);
        } catch (IOException e) {
            throw new ExchangeException(new Msg("cannot read " + graphml + ": " + e.getMessage(),
                    graphml + " を読めません：" + e.getMessage()), e);
        }
        if (!sawGraphMl) {
            throw new ExchangeException(new Msg(file + " is not GraphML (no <graphml> element)",
                    file + " は GraphML ではありません（<graphml> 要素がありません）"));
        }
        for (Pending p : edges) {
            NetworkBuilder.Where w = new NetworkBuilder.Where(file, p.line(), Map.of());
            Map<TidyColumn, Object> values = fields(p.data(), keys, "edge", EDGE_FIELDS, unknown);
            String s = p.source() == null ? null : nodeNames.getOrDefault(p.source(), p.source());
            String t = p.target() == null ? null : nodeNames.getOrDefault(p.target(), p.target());
            if (p.source() != null && nodeNames.containsKey(p.source()) && s == null
                    || p.target() != null && nodeNames.containsKey(p.target()) && t == null) {
                network.problem(w, null, "the edge's end is a node that could not be imported",
                        "エッジの端が、取り込めなかったノードです");
                continue;
            }
            values.put(TidyColumn.SOURCE, s);
            values.put(TidyColumn.TARGET, t);
            if (values.get(TidyColumn.DIRECTED) == null) {
                values.put(TidyColumn.DIRECTED, p.directed() != null ? p.directed() : directedDefault);
            }
            network.tie(values, w);
        }
        if (!unknown.isEmpty()) {
            notes.add(new Msg(file + ": attribute" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + " not imported (Kizuna has no field for " + (unknown.size() == 1 ? "it" : "them") + ")",
                    file + "：属性「" + String.join("」「", unknown) + "」は取り込みません（Kizuna に対応する項目がありません）"));
        }
        if (!problems.isEmpty() && !options.skipBadRows()) {
            throw ExchangeException.of(problems);
        }
        return plan;
    }

    private static Map<TidyColumn, Object> fields(Map<String, String> data, Map<String, Key> keys, String what,
                                                  Map<String, TidyColumn> fields, Set<String> unknown) {
        Map<TidyColumn, Object> values = new EnumMap<>(TidyColumn.class);
        for (Key k : keys.values()) {
            boolean applies = k.forWhat() == null || k.forWhat().equals(what) || k.forWhat().equals("all");
            if (applies && k.defaultValue() != null && !k.defaultValue().isEmpty()) {
                TidyColumn c = fields.get(k.name().toLowerCase(Locale.ROOT));
                if (c != null) {
                    values.put(c, k.defaultValue());
                }
            }
        }
        if (data == null) {
            return values;
        }
        for (Map.Entry<String, String> e : data.entrySet()) {
            Key k = keys.get(e.getKey());
            String name = k == null ? e.getKey() : k.name();
            TidyColumn c = fields.get(name.toLowerCase(Locale.ROOT));
            if (c == null) {
                if (!IGNORED.contains(name)) {
                    unknown.add(name);
                }
                continue;
            }
            // only XML's own white space around a value is layout; other control characters stay, to be refused
            String v = xmlStrip(e.getValue());
            values.put(c, v.isEmpty() ? null : v);
        }
        return values;
    }

    /** The file's encoding: its byte-order mark, else its XML declaration, else UTF-8 (XML's default). */
    static Charset encoding(Path graphml, String file) {
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(graphml)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ExchangeException(new Msg("cannot read " + graphml + ": " + e.getMessage(),
                    graphml + " を読めません：" + e.getMessage()), e);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        Matcher m = DECLARED.matcher(new String(head, 0, n, StandardCharsets.ISO_8859_1));
        if (m.lookingAt()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                throw ExchangeException.unreadable(new Problem(file, 1, null, "unknown encoding '" + m.group(1)
                        + "' in the XML declaration", "XML 宣言の文字コード「" + m.group(1) + "」は不明です"), e);
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The file's bytes after a byte-order mark, if it has one (a Reader would pass it on as U+FEFF). */
    private static InputStream withoutMark(Path graphml) throws IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(Files.newInputStream(graphml));
        in.mark(3);
        byte[] b = in.readNBytes(3);
        in.reset();
        if (b.length == 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            in.skipNBytes(3);
        } else if (b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)) {
            in.skipNBytes(2);
        }
        return in;
    }

    private static final Pattern DECLARED = Pattern.compile(
            "(?:\u00EF\u00BB\u00BF)?\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private static ExchangeException badBytes(String file, Charset charset, StrictReader at) {
        int line = at == null ? 0 : at.line();
        String column = at == null ? null : "column " + at.column();
        return ExchangeException.unreadable(new Problem(file, line, column, "bytes that are not valid "
                + charset.name() + " (the encoding the file declares, or XML's default)",
                charset.name() + " として正しくないバイトがあります（ファイルが宣言する文字コード、または XML の既定）"), null);
    }

    /** The parser's reason without its "ParseError at [row,col]" preamble (the problem carries the place). */
    private static String reason(String message) {
        if (message == null) {
            return "unreadable";
        }
        int i = message.indexOf("Message: ");
        return firstLine(i >= 0 ? message.substring(i + "Message: ".length()) : message).strip();
    }

    private static String xmlStrip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && " \t\n\r".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && " \t\n\r".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    private static String attr(XMLStreamReader x, String name) {
        return x.getAttributeValue(null, name);
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
