// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers shared by the exchange tests: the fixture copies in the test resources. */
public final class ExchangeTestSupport {
    private ExchangeTestSupport() {
    }

    /** A TSV resource under /exchange/ as rows of cells (trailing empty line dropped). */
    public static List<List<String>> tsv(String name) throws IOException {
        try (InputStream in = ExchangeTestSupport.class.getResourceAsStream("/exchange/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /exchange/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(Arrays.asList(line.split("\t", -1)));
                }
            }
            return rows;
        }
    }
}
