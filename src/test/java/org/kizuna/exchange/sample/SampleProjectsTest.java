// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kizuna.exchange.table.TsvTables;
import org.kizuna.model.Actor;
import org.kizuna.model.CellRef;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.ClusterType;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.Finding;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.GovernanceType;
import org.kizuna.model.Judgement;
import org.kizuna.model.Kind;
import org.kizuna.model.LifeCycleStage;
import org.kizuna.model.Novelty;
import org.kizuna.model.Period;
import org.kizuna.model.ProgressCell;
import org.kizuna.model.Project;
import org.kizuna.model.Scope;
import org.kizuna.model.Sector;
import org.kizuna.model.Tie;
import org.kizuna.store.ProjectFile;
import org.kizuna.store.ProjectFileException;

class SampleProjectsTest {
    @TempDir
    Path dir;

    /** Each sample is built once for the class (a snapshot is immutable), in a real file. */
    @TempDir
    static Path shared;

    private static final Map<String, Project> BUILT = new HashMap<>();

    private static Project build(String name) throws Exception {
        Project cached = BUILT.get(name);
        if (cached != null) {
            return cached;
        }
        Path file = shared.resolve(name + ".kizuna");
        SampleProjects.create(name, file);
        try (ProjectFile pf = ProjectFile.open(file)) {
            assertFalse(pf.readOnly());
            Project p = pf.snapshot();
            BUILT.put(name, p);
            return p;
        }
    }

    // ------------------------------------------------------------------ every sample

    @ParameterizedTest
    @ValueSource(strings = {"tokachi", "kobe", "hokuriku"})
    void everySampleOpensWithANetworkAndSaysWhereItsTiesComeFrom(String name) throws Exception {
        Project p = build(name);
        assertTrue(p.ties().size() >= 5, "ties: " + p.ties().size());
        assertTrue(p.ties().stream().anyMatch(Tie::directed), "some ties are directed");
        Set<String> tieKinds = p.tieKinds().stream().map(Kind::code).collect(Collectors.toSet());
        Set<String> actorKinds = p.actorKinds().stream().map(Kind::code).collect(Collectors.toSet());
        for (Tie t : p.ties()) {
            assertTrue(tieKinds.contains(t.kind()), t.kind());
            assertNotNull(p.actor(t.sourceId()));
            assertNotNull(p.actor(t.targetId()));
        }
        for (Actor a : p.actors()) {
            assertTrue(actorKinds.contains(a.kind()), a.kind());
            assertNotNull(a.sector(), a.name());
            assertTrue(a.location() != null || a.abroad(), a.name() + " has a place");
        }
        assertNotNull(p.profile().description());
        assertTrue(p.profile().description().contains("例示"), "the description says the ties are illustrative");
    }

    @Test
    void anUnknownSampleIsRefusedByNameAndNoFileIsMade() {
        Path out = dir.resolve("x.kizuna");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleProjects.create("sapporo", out));
        assertTrue(e.getMessage().contains("tokachi, kobe, hokuriku"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void anExistingFileIsNotOverwritten() throws Exception {
        Path out = dir.resolve("taken.kizuna");
        Files.writeString(out, "mine");
        assertThrows(ProjectFileException.class, () -> SampleProjects.create("kobe", out));
        assertEquals("mine", Files.readString(out));
    }

    @Test
    void namesAreMatchedWithoutRegardToCase() {
        assertEquals("kobe", SampleProjects.require(" KOBE "));
    }

    // ------------------------------------------------------------------ tokachi

    @Test
    void tokachiReproducesTheMatrixFixtureByteForByte() throws Exception {
        assertArrayEquals(fixture("tokachi-management-matrix.tsv"),
                TsvTables.matrix(build("tokachi")).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tokachiHasExactlyTheFiveInstitutionsInsideTheRegion() throws Exception {
        Project p = build("tokachi");
        assertEquals(List.of("帯広畜産大学", "十勝圏地域食品加工技術センター", "農業系の公的研究機関・公設試験研究機関",
                "帯広信用金庫", "自治体"), p.actors().stream().map(Actor::name).toList());
        assertTrue(p.actors().stream().allMatch(Actor::insideRegion));
        assertEquals("university", p.actorNamed("帯広畜産大学").kind());
        assertEquals(Sector.ACADEMIA, p.actorNamed("帯広畜産大学").sector());
        assertEquals("research_institute", p.actorNamed("十勝圏地域食品加工技術センター").kind());
        assertEquals("research_institute", p.actorNamed("農業系の公的研究機関・公設試験研究機関").kind());
        assertEquals("financial", p.actorNamed("帯広信用金庫").kind());
        assertEquals(Sector.FINANCE, p.actorNamed("帯広信用金庫").sector());
        assertEquals("local_government", p.actorNamed("自治体").kind());
        assertEquals("(資金提供による間接的支援)", p.actorNamed("自治体").matrixNote());
        assertEquals(13, p.elements().size());
        assertTrue(p.ties().stream().allMatch(t -> p.scopeOf(t) == Scope.IN_REGION));
    }

    @Test
    void tokachiFindingsOneToFourPointAtExactlyTheCellsMarkedWithACircle() throws Exception {
        Project p = build("tokachi");
        Set<String> circled = circledCellsOfTheFixture();
        assertEquals(11, circled.size());
        List<Finding> findings = p.findings();
        assertEquals(List.of(1, 2, 3, 4, 5), findings.stream().map(Finding::number).toList());
        List<String> texts = new ArrayList<>();
        for (String line : text("tokachi-issues.tsv").split("\n")) {
            texts.add(line.split("\t", -1)[1]);
        }
        for (Finding f : findings) {
            assertEquals(texts.get(f.number()), f.text());
            Set<String> linked = f.cells().stream().map(r -> cellName(p, r)).collect(Collectors.toSet());
            assertEquals(f.number() <= 4 ? circled : Set.of(), linked, f.label());
        }
        assertTrue(p.profile().description().contains("○"), "the description explains the links");
    }

    @Test
    void tokachiProfileIsTheUntappedFoodCluster() throws Exception {
        ClusterProfile prof = build("tokachi").profile();
        assertEquals("十勝", prof.region());
        assertEquals("食品", prof.field());
        assertEquals(Novelty.EXISTING, prof.nationalNovelty());
        assertEquals(Novelty.EXISTING, prof.regionalNovelty());
        assertEquals(Boolean.FALSE, prof.potentialRealised());
        assertEquals(ClusterType.UNTAPPED_POTENTIAL, prof.clusterType());
    }

    // ------------------------------------------------------------------ kobe

    @Test
    void kobeReproducesTheProgressFixtureByteForByte() throws Exception {
        assertArrayEquals(fixture("kobe-progress-diagnosis.tsv"),
                TsvTables.progress(build("kobe")).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void kobeHasTheFourPeriodsTheLastOneThePlan() throws Exception {
        List<Period> periods = build("kobe").periods();
        assertEquals(List.of("2000年まで", "2001～2005年度", "2006年度～", "未定、'10以降"),
                periods.stream().map(Period::name).toList());
        assertEquals(List.of(false, false, false, true), periods.stream().map(Period::plan).toList());
        assertNull(periods.get(0).startYear());
        assertEquals(2000, periods.get(0).endYear());
        assertEquals(2001, periods.get(1).startYear());
        assertEquals(2005, periods.get(1).endYear());
        assertEquals(2006, periods.get(2).startYear());
        assertEquals(2009, periods.get(2).endYear());
        assertEquals(2010, periods.get(3).startYear());
        assertNull(periods.get(3).endYear());
    }

    @Test
    void kobeJudgementsAreFieldsNotText() throws Exception {
        Project p = build("kobe");
        List<ElementGroup> g = p.groups();
        List<Period> per = p.periods();
        assertEquals(8, g.size());

        ProgressCell vision2006 = p.progressCell(g.get(0).id(), per.get(2).id());
        assertEquals(List.of("サイタルクラスター十健康を楽しむまちづくり"), vision2006.initiatives());
        assertEquals(Judgement.CONSIDERABLE, vision2006.judgement());

        ProgressCell research2001 = p.progressCell(g.get(1).id(), per.get(1).id());
        assertEquals(List.of("理研 発生・再生科学設置", "研究プロジェクト実施"), research2001.initiatives());
        assertNull(research2001.judgement());

        ProgressCell vision2001 = p.progressCell(g.get(0).id(), per.get(1).id());
        assertEquals(List.of("井村氏、神戸市の主導 ・知クラ・文科省リープロ"), vision2001.initiatives());

        ProgressCell people2006 = p.progressCell(g.get(7).id(), per.get(2).id());
        assertEquals(List.of("理研からの人材）"), people2006.initiatives());
        assertEquals(Judgement.INSUFFICIENT, people2006.judgement());

        ProgressCell network2006 = p.progressCell(g.get(5).id(), per.get(2).id());
        assertEquals(Judgement.PROGRESS, network2006.judgement());

        assertNull(p.progressCell(g.get(2).id(), per.get(0).id()), "empty cells are not stored");
        assertEquals(21, p.progress().size());
        long judged = p.progress().stream().filter(c -> c.judgement() != null).count();
        assertEquals(8, judged);
        for (ProgressCell c : p.progress()) {
            for (String i : c.initiatives()) {
                assertFalse(i.contains("進展）") || i.contains("不十分）"), i);
                assertFalse(i.startsWith("○"), i);
            }
        }
    }

    @Test
    void kobeGroupsAreTheFixtureRows() throws Exception {
        Project p = build("kobe");
        List<String> rows = new ArrayList<>();
        String[] lines = text("kobe-progress-diagnosis.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split("\t", -1)[0]);
        }
        assertEquals(rows, p.groups().stream().map(ElementGroup::nameJa).toList());
    }

    @Test
    void kobeIsAFrontierClusterWithTiesBeyondTheRegion() throws Exception {
        Project p = build("kobe");
        ClusterProfile prof = p.profile();
        assertEquals(Novelty.NEW, prof.nationalNovelty());
        assertEquals(Novelty.NEW, prof.regionalNovelty());
        assertEquals(ClusterType.FRONTIER, prof.clusterType());
        assertTrue(p.ties().stream().anyMatch(t -> p.scopeOf(t) == Scope.DOMESTIC));
        assertTrue(p.ties().stream().anyMatch(t -> p.scopeOf(t) == Scope.IN_REGION));
    }

    // ------------------------------------------------------------------ hokuriku

    @Test
    void hokurikuCarriesTheReportsFujitaAssessmentsVerbatim() throws Exception {
        ClusterProfile prof = build("hokuriku").profile();
        assertEquals(Map.of(
                FujitaAxis.IN_REGION, "北陸地域におけるライフサイエンスクラスターは、革新的な技術シーズやものづくり基盤等がありながら、"
                        + "低密度で分散し、相互に必ずしも十分には連携していないことから、ネットワーク密度の向上が課題である。",
                FujitaAxis.DOMESTIC, "医薬品産業等において活発に国内連携が図られているが、技術シーズの活用といった観点では、"
                        + "医工連携等において一層の国内連携が必要である。",
                FujitaAxis.INTERNATIONAL, "北陸地域におけるライフサイエンス産業の技術シーズやポテンシャルを国際的に訴求する取組が必要である。",
                FujitaAxis.GOVERNANCE, "一般財団法人北陸産業活性化センターに設置されている北陸ライフサイエンスクラスター推進室等、"
                        + "様々な主体により統括機能が担われており、それぞれがクリーク（推進組織）として機能した上で、"
                        + "更に全体の統括が図られることが望ましい。"), prof.assessments());
        assertEquals(LifeCycleStage.FORMATION, prof.stage());
        assertEquals(GovernanceType.CORE_ORGANISATION, prof.governance());
        assertEquals("北陸（富山県・石川県・福井県）", prof.region());
        assertEquals("ライフサイエンス", prof.field());
    }

    @Test
    void hokurikuHasTheBodiesTheReportNamesInsideAndOutsideTheRegion() throws Exception {
        Project p = build("hokuriku");
        for (String inside : List.of("金沢大学", "富山大学", "福井大学", "北陸ライフサイエンスクラスター推進室",
                "一般財団法人北陸産業活性化センター", "富山県", "石川県", "福井県", "医薬品医療機器総合機構（PMDA）北陸支部",
                "北陸産業競争力協議会", "北陸の地域金融機関")) {
            Actor a = p.actorNamed(inside);
            assertNotNull(a, inside);
            assertTrue(a.insideRegion(), inside);
        }
        for (String outside : List.of("日本貿易振興機構（JETRO）", "メディカル・エクセレンス・ジャパン（MEJ）", "静岡ファルマバレー",
                "うつくしま次世代医療産業集積", "東九州メディカルバレー", "神戸医療産業都市", "神奈川ヘルスケア・ニューフロンティア")) {
            Actor a = p.actorNamed(outside);
            assertNotNull(a, outside);
            assertFalse(a.insideRegion(), outside);
            assertFalse(a.abroad(), outside);
        }
        assertEquals("university", p.actorNamed("金沢大学").kind());
        assertEquals("local_government", p.actorNamed("富山県").kind());
        assertEquals("support_body", p.actorNamed("北陸ライフサイエンスクラスター推進室").kind());
        assertEquals("financial", p.actorNamed("北陸の地域金融機関").kind());
        assertEquals(List.of("北陸産業競争力協議会"), p.actorNamed("石川県").memberships());
    }

    @Test
    void hokurikuNetworkReachesEveryScope() throws Exception {
        Project p = build("hokuriku");
        Set<Scope> scopes = new HashSet<>();
        p.ties().forEach(t -> scopes.add(p.scopeOf(t)));
        assertEquals(Set.of(Scope.IN_REGION, Scope.DOMESTIC, Scope.INTERNATIONAL), scopes);
        List<Actor> abroad = p.actors().stream().filter(Actor::abroad).toList();
        assertFalse(abroad.isEmpty());
        for (Actor a : abroad) {
            assertFalse(a.insideRegion(), a.name());
        }
        long funding = p.ties().stream()
                .filter(t -> t.kind().equals("funding") && t.directed()
                        && p.actor(t.targetId()).name().equals("北陸ライフサイエンスクラスター推進室"))
                .count();
        assertEquals(3, funding, "内閣府, 総務省, 経済産業省 fund the cluster project");
    }

    // ------------------------------------------------------------------ helpers

    /** "機関×要素" for every fixture cell whose marks include ○, read from the fixture copy. */
    private static Set<String> circledCellsOfTheFixture() throws IOException {
        String[] lines = text("tokachi-management-matrix.tsv").split("\n");
        String[] header = lines[0].split("\t", -1);
        Set<String> out = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] row = lines[i].split("\t", -1);
            for (int c = 1; c < header.length - 1; c++) {
                String marks = row[c].split(" ", 2)[0];
                if (marks.indexOf('○') >= 0) {
                    out.add(row[0] + "×" + header[c]);
                }
            }
        }
        return out;
    }

    private static String cellName(Project p, CellRef r) {
        Element e = p.elements().stream().filter(x -> x.id() == r.elementId()).findFirst().orElseThrow();
        return p.actor(r.actorId()).name() + "×" + e.nameJa();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = SampleProjectsTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    static String text(String name) throws IOException {
        return new String(fixture(name), StandardCharsets.UTF_8);
    }
}
