// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportsEveryFormatInOneRun() throws Exception {
        Path file = dir.resolve("kobe.kizuna");
        assertEquals(0, CliTestSupport.run("demo", "kobe", file.toString()).code());
        Path xlsx = dir.resolve("kobe.xlsx");
        CliTestSupport r = CliTestSupport.run("export", file.toString(), "--xlsx", xlsx.toString(), "--graphml",
                dir.resolve("k.graphml").toString(), "--gexf", dir.resolve("k.gexf").toString(), "--csv",
                dir.resolve("csv").toString(), "--lang", "en", "--sheets", "summary,progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + xlsx), r.out());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("Progress diagnosis", wb.getSheetName(1));
        }
        assertTrue(Files.size(dir.resolve("k.graphml")) > 0);
        assertTrue(Files.size(dir.resolve("k.gexf")) > 0);
        assertTrue(Files.exists(dir.resolve("csv/ties.csv")));
    }

    @Test
    void userErrorsAreOneLine() throws Exception {
        Path file = dir.resolve("t.kizuna");
        assertEquals(0, CliTestSupport.run("new", file.toString(), "--name", "t").code());
        CliTestSupport none = CliTestSupport.run("export", file.toString());
        assertEquals(1, none.code());
        assertEquals("kizuna: name at least one output: --xlsx, --graphml, --gexf or --csv", none.err().strip());
        CliTestSupport sheet = CliTestSupport.run("export", file.toString(), "--xlsx", dir.resolve("o.xlsx").toString(),
                "--sheets", "bogus");
        assertEquals(1, sheet.code());
        assertTrue(sheet.err().startsWith("kizuna: unknown sheet: bogus (summary, matrix"), sheet.err());
        assertFalse(Files.exists(dir.resolve("o.xlsx")));
        CliTestSupport lang = CliTestSupport.run("export", file.toString(), "--csv", dir.toString(), "--lang", "fr");
        assertEquals(1, lang.code());
        assertEquals(1, lang.err().strip().lines().count());
    }
}
