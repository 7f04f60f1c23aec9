// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** The evaluation axes the Fujita model's propositions map onto. */
public enum FujitaAxis {
    IN_REGION("in_region", "域内連携", "in-region collaboration"),
    DOMESTIC("domestic", "国内連携", "domestic collaboration"),
    INTERNATIONAL("international", "国際連携", "international collaboration"),
    GOVERNANCE("governance", "統括機能", "governance function");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    FujitaAxis(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String code() { return code; }
    public String labelJa() { return labelJa; }
    public String labelEn() { return labelEn; }
}
