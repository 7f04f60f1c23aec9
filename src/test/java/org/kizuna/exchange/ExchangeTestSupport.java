// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;

/** Helpers shared by the exchange tests: the fixture copies in the test resources, inputs, samples. */
public final class ExchangeTestSupport {
    private ExchangeTestSupport() {
    }

    /** Writes {@code text} as UTF-8 into {@code dir/name}. */
    public static Path writeUtf8(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A sample project ({@code tokachi}, {@code kobe}, {@code hokuriku}) written to {@code dir} and read back. */
    public static Project sample(Path dir, String name) throws Exception {
        Path file = dir.resolve(name + ".kizuna");
        SampleProjects.create(name, file);
        try (ProjectFile pf = ProjectFile.open(file)) {
            return pf.snapshot();
        }
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
