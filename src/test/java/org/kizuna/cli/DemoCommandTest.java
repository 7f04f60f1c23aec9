// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.store.ProjectFile;

class DemoCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KizunaCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = DemoCommandTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void demoTokachiThenShowMatrixReproducesTheFixture() throws IOException {
        Path t = dir.resolve("t.kizuna");
        Result demo = run("demo", "tokachi", t.toString());
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("created"), demo.out());
        assertEquals("", demo.err());
        Result show = run("show", t.toString(), "matrix");
        assertEquals(0, show.code(), show.err());
        assertArrayEquals(fixture("tokachi-management-matrix.tsv"), show.out().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void demoKobeThenShowProgressReproducesTheFixture() throws IOException {
        Path k = dir.resolve("k.kizuna");
        assertEquals(0, run("demo", "kobe", k.toString()).code());
        Result show = run("show", k.toString(), "progress");
        assertEquals(0, show.code(), show.err());
        assertArrayEquals(fixture("kobe-progress-diagnosis.tsv"), show.out().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void demoHokurikuMakesAProjectThatOpens() throws Exception {
        Path h = dir.resolve("h.kizuna");
        assertEquals(0, run("demo", "hokuriku", h.toString()).code());
        try (ProjectFile pf = ProjectFile.open(h)) {
            assertEquals("北陸ライフサイエンスクラスター", pf.profile().name());
            assertFalse(pf.history().canUndo(), "a fresh sample has nothing to undo");
        }
    }

    @Test
    void anUnknownSampleIsOneLineOnStderrListingTheSamples() {
        Path x = dir.resolve("x.kizuna");
        Result r = run("demo", "nagano", x.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("tokachi, kobe, hokuriku"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(x));
    }

    @Test
    void anExistingOutputIsLeftAlone() throws IOException {
        Path x = dir.resolve("x.kizuna");
        Files.writeString(x, "keep me");
        Result r = run("demo", "tokachi", x.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().startsWith("kizuna: "), r.err());
        assertTrue(r.err().contains("exists"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("keep me", Files.readString(x));
    }

    @Test
    void aMissingOutputArgumentIsAUsageError() {
        Result r = run("demo", "kobe");
        assertEquals(2, r.code());
        assertFalse(r.err().isEmpty());
    }
}
