// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.List;

/**
 * A starting set of management elements. The Tokachi table uses 13 ungrouped elements; the Kobe
 * table groups the elements into 8 rows, whose names the progress diagnosis uses as they stand.
 */
public record FrameworkTemplate(String code, List<GroupSpec> groups) {
    /** A group of elements; a null {@code nameJa} means the elements are ungrouped. */
    public record GroupSpec(String nameJa, String nameEn, List<ElementSpec> elements) {
    }

    public record ElementSpec(String nameJa, String nameEn) {
    }

    private static ElementSpec e(String ja, String en) {
        return new ElementSpec(ja, en);
    }

    /** The 13 elements of the Tokachi matrix, in the seed's column order. */
    public static final FrameworkTemplate TOKACHI_13 = new FrameworkTemplate("tokachi13", List.of(
            new GroupSpec(null, null, List.of(
                    e("リーダーシップ", "Leadership"),
                    e("ビジョン、クリティカルマス達成", "Vision, critical mass"),
                    e("研究マネジメント", "Research management"),
                    e("能力向上", "Capability building"),
                    e("メンバーの技術吸収", "Members' technology absorption"),
                    e("優位性のさらなる強化", "Strengthening advantage"),
                    e("地元資源との結びつけ", "Linking local resources"),
                    e("新事業進出支援", "New-business support"),
                    e("マーケティング支援", "Marketing support"),
                    e("ネットワーク形成", "Network formation"),
                    e("起業家支援メカニズム", "Entrepreneur support"),
                    e("資金の循環", "Funding circulation"),
                    e("人材育成メカニズム", "Human-resource development")))));

    /** The 8 element groups of the Kobe progress diagnosis (group names exactly as the seed prints them). */
    public static final FrameworkTemplate KOBE_8 = new FrameworkTemplate("kobe8", List.of(
            new GroupSpec("ビジョン、リーダーシップ", "Vision, leadership", List.of(
                    e("ビジョン", "Vision"), e("リーダーシップ", "Leadership"))),
            new GroupSpec("研究マネジメント、クリティカルマス達成", "Research management, critical mass", List.of(
                    e("研究マネジメント", "Research management"), e("クリティカルマス達成", "Critical mass"))),
            new GroupSpec("メンバーの技術吸収能力向上", "Members' absorptive capacity", List.of(
                    e("メンバーの技術吸収能力向上", "Members' absorptive capacity"))),
            new GroupSpec("優位性のさらなる強化、地元資源との結びつけ", "Strengthening advantage, linking local resources",
                    List.of(e("優位性のさらなる強化", "Strengthening advantage"),
                            e("地元資源との結びつけ", "Linking local resources"))),
            new GroupSpec("マーケティング支援 新事業進出支援", "Marketing support, new-business support", List.of(
                    e("マーケティング支援", "Marketing support"), e("新事業進出支援", "New-business support"))),
            new GroupSpec("ネットワーク形成、ネットワーク拡大（企業誘致）", "Network formation and expansion (attracting firms)",
                    List.of(e("ネットワーク形成", "Network formation"),
                            e("ネットワーク拡大（企業誘致）", "Network expansion (attracting firms)"))),
            new GroupSpec("資金の循環、起業化支援メカニズム", "Funding circulation, start-up support", List.of(
                    e("資金の循環", "Funding circulation"), e("起業化支援メカニズム", "Start-up support"))),
            new GroupSpec("人材育成メカニズム", "Human-resource development", List.of(
                    e("人材育成メカニズム", "Human-resource development")))));

    public static FrameworkTemplate byCode(String code) {
        for (FrameworkTemplate t : List.of(TOKACHI_13, KOBE_8)) {
            if (t.code.equalsIgnoreCase(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown framework template: " + code + " (tokachi13, kobe8)");
    }
}
