// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Writes the final .xlsx: every part of the package POI wrote, in POI's order, with the rows of
 * the streamed sheets ({@link StreamedRows}) put into their sheets' {@code <sheetData>}.
 *
 * <p>A streamed sheet's part is joined from three deflate streams: the sheet's XML up to and
 * including {@code <sheetData>} as POI wrote it (with the real dimension), the rows as they were
 * deflated while the sheet was written (copied byte for byte), and the rest of POI's XML. A deflate
 * stream may be cut into pieces like this when every piece but the last ends on a byte boundary
 * without a final block, which a sync flush gives. The part's CRC-32 is joined the same way
 * ({@link #crcCombine}).
 */
final class WorkbookPackage {
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[^\"]*\"/>");
    private static final String SHEET_DATA = "<sheetData";
    private static final String SHEET_DATA_END = "</sheetData>";

    private WorkbookPackage() {
    }

    /**
     * @param poiPackage the workbook as POI wrote it (the streamed sheets' data empty)
     * @param streamed the streamed rows by the part's entry name ({@code xl/worksheets/sheet7.xml})
     */
    static void write(byte[] poiPackage, Map<String, StreamedRows> streamed, OutputStream target) throws IOException {
        // every entry's sizes and CRC are known before its data, so a plain stream needs no data descriptors;
        // closing the zip flushes the buffer but leaves the staging stream open for its fsync
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(poiPackage)).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(new BufferedOutputStream(
                     new Unclosed(target), 1 << 16))) {
            int found = 0;
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                StreamedRows rows = streamed.get(e.getName());
                if (rows == null) {
                    // copied as POI compressed it
                    try (InputStream raw = in.getRawInputStream(e)) {
                        out.addRawArchiveEntry(e, raw);
                    }
                } else {
                    byte[] data;
                    try (InputStream xml = in.getInputStream(e)) {
                        data = xml.readAllBytes();
                    }
                    splice(out, e, data, rows);
                    found++;
                }
            }
            if (found != streamed.size()) {
                throw new IOException("a streamed sheet's part is missing from the workbook (" + found + " of "
                        + streamed.size() + " found)");
            }
        }
    }

    /** Passes writes through and leaves the stream open: the staging file is fsynced after. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static void splice(ZipArchiveOutputStream out, ZipArchiveEntry e, byte[] data, StreamedRows rows)
            throws IOException {
        String xml = new String(data, StandardCharsets.UTF_8);
        int open = xml.indexOf(SHEET_DATA);
        if (open < 0) {
            throw new IOException(e.getName() + " has no sheetData");
        }
        int end;
        if (xml.startsWith("<sheetData/>", open)) {
            end = open + "<sheetData/>".length();
        } else {
            int close = xml.indexOf(SHEET_DATA_END, open);
            if (close < 0) {
                throw new IOException(e.getName() + " has an unclosed sheetData");
            }
            String inside = xml.substring(xml.indexOf('>', open) + 1, close);
            if (!inside.isBlank()) {
                throw new IOException(e.getName() + " already has rows");
            }
            end = close + SHEET_DATA_END.length();
        }
        String before = xml.substring(0, open);
        Matcher m = DIMENSION.matcher(before);
        String ref = rows.rows() == 0 || rows.lastColumn() < 0 ? "A1"
                : "A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(rows.lastColumn()) + rows.rows();
        if (m.find()) {
            before = before.substring(0, m.start()) + "<dimension ref=\"" + ref + "\"/>" + before.substring(m.end());
        }
        byte[] head = (before + "<sheetData>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = (SHEET_DATA_END + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
        byte[] headDeflated = deflate(head, false);
        byte[] tailDeflated = deflate(tail, true);
        long crc = crcCombine(crcCombine(crc(head), rows.crc(), rows.size()), crc(tail), tail.length);

        ZipArchiveEntry z = new ZipArchiveEntry(e.getName());
        z.setTime(e.getTime());
        z.setMethod(ZipEntry.DEFLATED);
        z.setCrc(crc);
        z.setSize(head.length + rows.size() + tail.length);
        z.setCompressedSize(headDeflated.length + rows.compressedSize() + tailDeflated.length);
        try (InputStream raw = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(headDeflated), rows.compressed(), new ByteArrayInputStream(tailDeflated))))) {
            out.addRawArchiveEntry(z, raw);
        }
    }

    /** Raw deflate of {@code data}: ending in a final block when {@code last}, else in a sync flush. */
    static byte[] deflate(byte[] data, boolean last) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            d.setInput(data);
            if (last) {
                d.finish();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] chunk = new byte[8192];
            while (true) {
                int n = d.deflate(chunk, 0, chunk.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                bytes.write(chunk, 0, n);
                if (last ? d.finished() : n < chunk.length) {
                    return bytes.toByteArray();
                }
            }
        } finally {
            d.end();
        }
    }

    static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    /**
     * The CRC-32 of A followed by B from the CRC-32 of A, that of B and B's length: A's CRC is
     * carried over B's length in zero bits (multiplication by x^(8·len) modulo the CRC polynomial,
     * with the 32×32 bit matrix of one zero bit squared for each bit of the length), then B's
     * CRC is added. The method of zlib's {@code crc32_combine}.
     */
    static long crcCombine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] odd = new long[32];
        long[] even = new long[32];
        odd[0] = 0xEDB88320L; // one zero bit: the reflected polynomial
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four
        long crc = crcA;
        long len = lengthB;
        while (true) {
            square(even, odd); // eight zero bits (one byte), then 32, 128, ...
            if ((len & 1) != 0) {
                crc = times(even, crc);
            }
            len >>>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                crc = times(odd, crc);
            }
            len >>>= 1;
            if (len == 0) {
                break;
            }
        }
        return (crc ^ crcB) & 0xFFFFFFFFL;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
