package org.ctcreview.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * A small baseline TIFF encoder: little-endian, one strip per page, uncompressed or Adobe deflate
 * (compression 8), grayscale 8/16 bit, multipage. Written by us because CellTracks frames need private
 * SHORT tags that ImageJ cannot write.
 */
final class TiffEncoder {
    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short ASCII = 2;

    private TiffEncoder() {
    }

    static byte[] encode(List<TiffPage> pages, boolean deflate) {
        List<byte[]> strips = new ArrayList<>(pages.size());
        for (TiffPage p : pages) {
            byte[] raw = raw(p);
            strips.add(deflate ? deflate(raw) : raw);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(estimate(strips));
        ByteBuffer header = le(8);
        header.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        out.writeBytes(header.array());
        long pos = 8;
        long firstIfd = 0;
        long[] stripOffsets = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            stripOffsets[i] = pos;
            out.writeBytes(strips.get(i));
            pos += strips.get(i).length;
            if (pos % 2 == 1) {
                out.write(0);
                pos++;
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            TiffPage p = pages.get(i);
            byte[] strip = strips.get(i);
            long stripOffset = stripOffsets[i];
            byte[] name = p.pageName() == null ? null : (p.pageName() + "\0").getBytes(StandardCharsets.US_ASCII);
            List<long[]> entries = new ArrayList<>();
            entries.add(new long[] {256, LONG, 1, p.width()});
            entries.add(new long[] {257, LONG, 1, p.height()});
            entries.add(new long[] {258, SHORT, 1, p.bitsPerSample()});
            entries.add(new long[] {259, SHORT, 1, deflate ? 8 : 1});
            entries.add(new long[] {262, SHORT, 1, 1});
            entries.add(new long[] {273, LONG, 1, stripOffset});
            entries.add(new long[] {277, SHORT, 1, 1});
            entries.add(new long[] {278, LONG, 1, p.height()});
            entries.add(new long[] {279, LONG, 1, strip.length});
            int nEntries = entries.size() + (name != null ? 1 : 0) + p.shortTags().size();
            long ifdSize = 2 + 12L * nEntries + 4;
            long extraOffset = pos + ifdSize;
            if (name != null) {
                entries.add(new long[] {285, ASCII, name.length, name.length <= 4 ? -1 : extraOffset});
            }
            for (Map.Entry<Integer, Integer> t : p.shortTags().entrySet()) {
                entries.add(new long[] {t.getKey(), SHORT, 1, t.getValue()});
            }
            entries.sort((a, b) -> Long.compare(a[0], b[0]));
            boolean last = i == pages.size() - 1;
            long extraSize = name != null && name.length > 4 ? name.length + (name.length % 2) : 0;
            long nextIfd = last ? 0 : extraOffset + extraSize;
            if (i == 0) {
                firstIfd = pos;
            }
            ByteBuffer ifd = le((int) ifdSize);
            ifd.putShort((short) nEntries);
            for (long[] e : entries) {
                ifd.putShort((short) e[0]).putShort((short) e[1]).putInt((int) e[2]);
                if (e[0] == 285 && e[3] == -1) {
                    byte[] inline = new byte[4];
                    System.arraycopy(name, 0, inline, 0, name.length);
                    ifd.put(inline);
                } else if (e[1] == SHORT) {
                    ifd.putShort((short) e[3]).putShort((short) 0);
                } else {
                    ifd.putInt((int) e[3]);
                }
            }
            ifd.putInt((int) nextIfd);
            out.writeBytes(ifd.array());
            pos += ifdSize;
            if (extraSize > 0) {
                out.writeBytes(name);
                if (name.length % 2 == 1) {
                    out.write(0);
                }
                pos += extraSize;
            }
        }
        byte[] bytes = out.toByteArray();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, (int) firstIfd);
        return bytes;
    }

    static void write(OutputStream out, List<TiffPage> pages, boolean deflate) throws IOException {
        out.write(encode(pages, deflate));
    }

    private static byte[] raw(TiffPage p) {
        if (p.bitsPerSample() == 8) {
            return p.samples8();
        }
        ByteBuffer b = le(p.samples16().length * 2);
        b.asShortBuffer().put(p.samples16());
        return b.array();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(6);
        try {
            d.setInput(raw);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
            byte[] buf = new byte[1 << 16];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static int estimate(List<byte[]> strips) {
        long n = 1024;
        for (byte[] s : strips) {
            n += s.length + 256;
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, n);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
