// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/**
 * The five cluster types of the typology (類型), each with the support style an outside
 * supporter (the state) should use, as the seed report words it.
 */
public enum ClusterType {
    UNTAPPED_POTENTIAL("untapped_potential", "地域ポテンシャル未開発型", "untapped regional potential"),
    RENEWAL("renewal", "リニューアルによる再成長型", "renewal and regrowth"),
    FIELD_FUSION("field_fusion", "異分野融合による成長型", "growth by fusing fields"),
    TRANSPLANT("transplant", "他地域からの移植・融合型", "transplant and fuse"),
    FRONTIER("frontier", "フロンティア開拓型", "frontier");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    ClusterType(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String code() { return code; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }

    public static ClusterType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (ClusterType t : values()) {
            if (t.code.equalsIgnoreCase(text.strip()) || t.labelJa.equals(text.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown cluster type: " + text);
    }
}
