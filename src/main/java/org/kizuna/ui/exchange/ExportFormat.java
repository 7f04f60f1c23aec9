// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.exchange;

/** What the export dialog writes; the picture is handed over to File → Export Network Picture. */
public enum ExportFormat {
    XLSX(".xlsx"), CSV(""), GRAPHML(".graphml"), GEXF(".gexf"), PICTURE(null);

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** ".xlsx", ".graphml", ".gexf"; empty for the CSV folder; null for the picture. */
    public String extension() {
        return extension;
    }

    /** True when the target is a folder (CSV). */
    public boolean folder() {
        return this == CSV;
    }

    /** The bundle key of the format's name. */
    public String messageKey() {
        return "exchange.export.format." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The target suggested for a project called {@code base} in {@code folder} (may be null). */
    public String suggestedName(String base) {
        return switch (this) {
            case CSV -> base + "-csv";
            case PICTURE -> base;
            default -> base + extension;
        };
    }
}
