// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.List;
import java.util.Locale;

/** The default actor and tie kinds every new project starts with (DOMAIN.md); projects may add more. */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static final List<Kind> ACTOR_KINDS = List.of(
            new Kind("company", "企業", "Company", true, false),
            new Kind("university", "大学", "University", true, false),
            new Kind("research_institute", "公的研究機関", "Public research institute", true, false),
            new Kind("government", "国", "National government", true, false),
            new Kind("local_government", "地方自治体", "Local government", true, false),
            new Kind("financial", "金融機関", "Bank / fund", true, false),
            new Kind("support_body", "産業支援機関", "Support organisation", true, false),
            new Kind("hospital", "病院", "Hospital", true, false),
            new Kind("demonstration_facility", "バイオ製造実証機関", "Bio-manufacturing facility", true, false),
            new Kind("other", "その他", "Other", true, false));

    public static final List<Kind> TIE_KINDS = List.of(
            new Kind("joint_research", "共同研究", "Joint research", true, false),
            new Kind("transaction", "取引・部材供給", "Transaction / supply", true, true),
            new Kind("funding", "資金提供・投資", "Funding / investment", true, true),
            new Kind("personnel", "人材交流・育成", "Personnel exchange / training", true, false),
            new Kind("coordination", "情報共有・調整", "Information sharing / coordination", true, false),
            new Kind("clinical", "臨床研究・医工連携", "Clinical / medical-engineering", true, false),
            new Kind("technology_transfer", "技術移転", "Technology transfer / licensing", true, true),
            new Kind("other", "その他", "Other", true, false));

    /** Finds a kind by code, Japanese label or English label (case-insensitive). */
    public static Kind find(List<Kind> kinds, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Kind k : kinds) {
            if (k.code().equalsIgnoreCase(t) || k.labelJa().equals(t)
                    || k.labelEn().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
