package org.ctcreview.io;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.CellCrop;

/**
 * Reads a folder of ready-made cell thumbnails, as ACCEPT's thumbnail loader does: either one multipage
 * TIFF per cell (pages in the order of {@code pageChannels}) or one image per channel named
 * {@code <cell>_<channel>.tif|png} (e.g. {@code ev12_DAPI.tif}, {@code ev12_CK-PE.tif}). Each thumbnail is
 * centre-cropped or zero-padded to the pipeline's crop size with channels DAPI, CK, CD45.
 */
public final class ThumbnailFolderReader {
    private static final List<String> CROP_CHANNELS = CellTracksFormat.REQUIRED_CHANNELS;

    private ThumbnailFolderReader() {
    }

    public static List<Thumbnail> read(Path dir, List<String> pageChannels, int cropSize) {
        List<Path> images = images(dir);
        Map<String, Map<String, Path>> perChannel = new LinkedHashMap<>();
        List<Thumbnail> out = new ArrayList<>();
        for (Path p : images) {
            String base = stem(p);
            int sep = channelSeparator(base);
            if (sep > 0) {
                String channel = CellTracksFormat.canonicalChannel(base.substring(sep + 1));
                perChannel.computeIfAbsent(base.substring(0, sep), k -> new LinkedHashMap<>()).put(channel, p);
            } else {
                out.add(fromStack(p, base, pageChannels, cropSize));
            }
        }
        for (Map.Entry<String, Map<String, Path>> e : perChannel.entrySet()) {
            out.add(fromChannelFiles(e.getKey(), e.getValue(), cropSize));
        }
        if (out.isEmpty()) {
            throw new BadInputException(dir, "contains no thumbnail images",
                    "point to a folder of per-cell TIFFs or per-channel images (<cell>_DAPI.tif, ...)");
        }
        return out;
    }

    private static Thumbnail fromStack(Path file, String id, List<String> pageChannels, int size) {
        ImagePlus imp = open(file);
        ImageStack stack = imp.getStack();
        if (stack.getSize() < pageChannels.size()) {
            throw new BadInputException(file, "has " + stack.getSize() + " page(s), expected one per channel "
                    + pageChannels, "export multipage thumbnails, or name the pages with --channels");
        }
        float[][] planes = new float[CROP_CHANNELS.size()][];
        for (int c = 0; c < CROP_CHANNELS.size(); c++) {
            int page = indexOf(pageChannels, CROP_CHANNELS.get(c), file);
            planes[c] = (float[]) stack.getProcessor(page + 1).convertToFloatProcessor().getPixels();
        }
        return thumbnail(id, file, imp.getWidth(), imp.getHeight(), planes, size);
    }

    private static Thumbnail fromChannelFiles(String id, Map<String, Path> files, int size) {
        float[][] planes = new float[CROP_CHANNELS.size()][];
        int w = -1;
        int h = -1;
        for (int c = 0; c < CROP_CHANNELS.size(); c++) {
            Path p = files.get(CROP_CHANNELS.get(c));
            if (p == null) {
                Path any = files.values().iterator().next();
                throw new BadInputException(any, "thumbnail " + id + " has no " + CROP_CHANNELS.get(c) + " image",
                        "add " + id + "_" + CROP_CHANNELS.get(c) + ".tif beside it");
            }
            ImagePlus imp = open(p);
            if (w >= 0 && (imp.getWidth() != w || imp.getHeight() != h)) {
                throw new BadInputException(p, "is " + imp.getWidth() + "x" + imp.getHeight() + " but the other channels of "
                        + id + " are " + w + "x" + h, "export all channels of a thumbnail at the same size");
            }
            w = imp.getWidth();
            h = imp.getHeight();
            planes[c] = (float[]) imp.getProcessor().convertToFloatProcessor().getPixels();
        }
        return thumbnail(id, files.get(CROP_CHANNELS.get(0)), w, h, planes, size);
    }

    private static Thumbnail thumbnail(String id, Path source, int w, int h, float[][] planes, int size) {
        CellCrop crop = CellCrop.cut(planes, w, h, CROP_CHANNELS, w / 2.0, h / 2.0, size);
        return new Thumbnail(id, source, w, h, crop);
    }

    private static int indexOf(List<String> pageChannels, String channel, Path file) {
        for (int i = 0; i < pageChannels.size(); i++) {
            if (CellTracksFormat.canonicalChannel(pageChannels.get(i)).equals(channel)) {
                return i;
            }
        }
        throw new BadInputException(file, "page order " + pageChannels + " has no " + channel,
                "name the pages with --channels, e.g. --channels DAPI,FITC,CK,CD45");
    }

    private static ImagePlus open(Path file) {
        if (!Files.isReadable(file)) {
            throw FrameTiffReader.unreadable(file, null);
        }
        ImagePlus imp = IJ.openImage(file.toString());
        if (imp == null) {
            throw new BadInputException(file, "is not a readable image", "remove it or replace it with a TIFF/PNG thumbnail");
        }
        if (imp.getType() == ImagePlus.COLOR_RGB) {
            throw new BadInputException(file, "is an RGB image; thumbnails must be grayscale per channel",
                    "export raw channel images, not colour composites");
        }
        return imp;
    }

    private static List<Path> images(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, Files.exists(dir) ? "is not a folder" : "does not exist",
                    "give the path of a thumbnail folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.startsWith(".") && (n.endsWith(".tif") || n.endsWith(".tiff") || n.endsWith(".png"));
            }).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list the folder (" + e.getMessage() + ")", "check the path", e);
        }
    }

    /** The leftmost '_' or '-' after which the name is a channel name ("c1_CD45-APC" -> 2), or -1. */
    private static int channelSeparator(String base) {
        for (int i = 1; i < base.length() - 1; i++) {
            char ch = base.charAt(i);
            if (ch == '_' || ch == '-') {
                String channel = CellTracksFormat.canonicalChannel(base.substring(i + 1));
                if (CROP_CHANNELS.contains(channel) || "FITC".equals(channel)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
