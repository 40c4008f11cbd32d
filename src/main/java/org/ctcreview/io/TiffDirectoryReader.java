package org.ctcreview.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctcreview.model.BadInputException;

/**
 * Walks the IFD chain of a TIFF file and reads every numeric tag, private ones included (ImageJ cannot
 * decode private tags). Also checks that each page's image data lies inside the file, which is how a
 * truncated frame is recognised before any pixel is decoded.
 */
final class TiffDirectoryReader {
    private static final int MAX_PAGES = 4096;
    private static final String REEXPORT = "export the frame again from CellTracks or replace the file";

    private TiffDirectoryReader() {
    }

    static List<TiffDirectory> read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8) {
                throw new BadInputException(file, "not a TIFF file (only " + size + " bytes)", REEXPORT);
            }
            ByteBuffer head = readAt(ch, 0, 8, file);
            ByteOrder order = byteOrder(head, file);
            head.order(order);
            if (head.getShort(2) != 42) {
                throw new BadInputException(file, "not a TIFF file (BigTIFF or unknown magic number)", REEXPORT);
            }
            List<TiffDirectory> pages = new ArrayList<>();
            long ifd = Integer.toUnsignedLong(head.getInt(4));
            while (ifd != 0) {
                if (pages.size() >= MAX_PAGES || ifd + 2 > size) {
                    throw new BadInputException(file, "TIFF file is truncated or damaged (page directory "
                            + (pages.size() + 1) + " lies beyond the end of the file)", REEXPORT);
                }
                int n = Short.toUnsignedInt(readAt(ch, ifd, 2, file).order(order).getShort(0));
                if (ifd + 2 + 12L * n + 4 > size) {
                    throw new BadInputException(file, "TIFF file is truncated (page " + (pages.size() + 1)
                            + " is cut off)", REEXPORT);
                }
                ByteBuffer entries = readAt(ch, ifd + 2, 12 * n + 4, file).order(order);
                pages.add(directory(ch, entries, n, order, size, file, pages.size() + 1));
                ifd = Integer.toUnsignedLong(entries.getInt(12 * n));
            }
            if (pages.isEmpty()) {
                throw new BadInputException(file, "TIFF file has no pages", REEXPORT);
            }
            return pages;
        }
    }

    private static TiffDirectory directory(FileChannel ch, ByteBuffer entries, int n, ByteOrder order, long size,
                                           Path file, int pageNo) throws IOException {
        Map<Integer, Long> tags = new HashMap<>();
        long[] offsets = null;
        long[] counts = null;
        String pageName = null;
        for (int i = 0; i < n; i++) {
            int p = 12 * i;
            int tag = Short.toUnsignedInt(entries.getShort(p));
            int type = Short.toUnsignedInt(entries.getShort(p + 2));
            long count = Integer.toUnsignedLong(entries.getInt(p + 4));
            int width = typeSize(type);
            if (width == 0 || count == 0) {
                continue;
            }
            long bytes = width * count;
            ByteBuffer value;
            if (bytes <= 4) {
                value = entries.duplicate().order(order).position(p + 8).slice().order(order);
            } else {
                long off = Integer.toUnsignedLong(entries.getInt(p + 8));
                if (off + bytes > size) {
                    throw new BadInputException(file, "TIFF file is truncated (tag " + tag + " of page " + pageNo
                            + " points past the end)", REEXPORT);
                }
                if (bytes > (1 << 24)) {
                    continue;
                }
                value = readAt(ch, off, (int) bytes, file).order(order);
            }
            if (type == 2) {
                byte[] s = new byte[(int) bytes];
                value.get(0, s);
                String text = new String(s, StandardCharsets.ISO_8859_1);
                int nul = text.indexOf('\0');
                if (tag == 285) {
                    pageName = nul >= 0 ? text.substring(0, nul) : text;
                }
                continue;
            }
            long[] values = numbers(value, type, (int) Math.min(count, 1 << 20));
            tags.put(tag, values[0]);
            if (tag == 273 || tag == 324) {
                offsets = values;
            } else if (tag == 279 || tag == 325) {
                counts = values;
            }
        }
        long end = 0;
        if (offsets != null && counts != null) {
            for (int i = 0; i < Math.min(offsets.length, counts.length); i++) {
                end = Math.max(end, offsets[i] + counts[i]);
            }
        }
        if (end > size) {
            throw new BadInputException(file, "TIFF file is truncated: page " + pageNo + " needs " + end
                    + " bytes, the file has " + size, REEXPORT);
        }
        return new TiffDirectory(intTag(tags, 256, 0), intTag(tags, 257, 0), intTag(tags, 258, 1),
                intTag(tags, 277, 1), intTag(tags, 259, 1), end, pageName, tags);
    }

    private static int intTag(Map<Integer, Long> tags, int id, int fallback) {
        Long v = tags.get(id);
        return v == null ? fallback : (int) (long) v;
    }

    private static long[] numbers(ByteBuffer b, int type, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (type) {
                case 1, 7 -> Byte.toUnsignedInt(b.get(i));
                case 6 -> b.get(i);
                case 3 -> Short.toUnsignedInt(b.getShort(2 * i));
                case 8 -> b.getShort(2 * i);
                case 4, 13 -> Integer.toUnsignedLong(b.getInt(4 * i));
                case 9 -> b.getInt(4 * i);
                case 5, 10 -> b.getInt(8 * i) / (long) Math.max(1, b.getInt(8 * i + 4));
                case 11 -> (long) b.getFloat(4 * i);
                case 12 -> (long) b.getDouble(8 * i);
                default -> 0;
            };
        }
        return out;
    }

    private static int typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12 -> 8;
            default -> 0;
        };
    }

    private static ByteOrder byteOrder(ByteBuffer head, Path file) {
        if (head.get(0) == 'I' && head.get(1) == 'I') {
            return ByteOrder.LITTLE_ENDIAN;
        }
        if (head.get(0) == 'M' && head.get(1) == 'M') {
            return ByteOrder.BIG_ENDIAN;
        }
        throw new BadInputException(file, "not a TIFF file (no II/MM byte-order mark)",
                "remove the file from the cartridge folder or " + REEXPORT);
    }

    private static ByteBuffer readAt(FileChannel ch, long pos, int len, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len);
        while (b.hasRemaining()) {
            int r = ch.read(b, pos + b.position());
            if (r < 0) {
                throw new BadInputException(file, "TIFF file is truncated (ends at byte " + (pos + b.position())
                        + ")", REEXPORT);
            }
        }
        return b.flip();
    }
}
