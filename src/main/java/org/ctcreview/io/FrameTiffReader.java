package org.ctcreview.io;

import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.FrameImage;

/** Reads one CellTracks frame TIFF into 12-bit intensities, checking pages, bit depth and size. */
public final class FrameTiffReader {
    private FrameTiffReader() {
    }

    /**
     * A decoded frame, the rescale values of its pages and the original 8-bit page samples (so crops can
     * be stored losslessly as 8-bit values plus the page's rescale).
     */
    public record FrameRead(FrameImage image, List<PageRescale> rescale, int pagesInFile, byte[][] pages8) {
    }

    /**
     * Reads the first {@code channels.size()} pages of a frame file.
     *
     * @param width  expected frame width, or 0 to accept any
     * @param height expected frame height, or 0 to accept any
     */
    public static FrameRead read(Path file, int frameNumber, List<String> channels, int width, int height,
                                 RescaleTags tags) {
        List<TiffDirectory> pages = directories(file);
        check(file, pages, channels, width, height);
        TiffDirectory first = pages.get(0);
        int w = first.width();
        int h = first.height();
        float[][] planes = new float[channels.size()][];
        List<PageRescale> rescale = new ArrayList<>(channels.size());
        byte[][] pages8 = new byte[channels.size()][];
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = tiffReader();
            try {
                reader.setInput(in, false, true);
                for (int c = 0; c < channels.size(); c++) {
                    Raster raster = reader.read(c).getRaster();
                    byte[] samples = new byte[w * h];
                    raster.getDataElements(0, 0, w, h, samples);
                    pages8[c] = samples;
                    PageRescale r = rescaleOf(pages.get(c), channels.get(c), samples, tags);
                    rescale.add(r);
                    planes[c] = toIntensities(samples, r);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(file, "cannot decode the TIFF pixels (" + e.getMessage() + ")",
                    "export the frame again from CellTracks or replace the file", e);
        }
        return new FrameRead(new FrameImage(frameNumber, w, h, channels, planes), rescale, pages.size(), pages8);
    }

    /** Reads and checks only the page directories (fast validation without decoding pixels). */
    public static int pageCount(Path file) {
        return directories(file).size();
    }

    static List<TiffDirectory> directories(Path file) {
        if (!Files.isReadable(file)) {
            throw unreadable(file, null);
        }
        try {
            return TiffDirectoryReader.read(file);
        } catch (AccessDeniedException e) {
            throw unreadable(file, e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the file (" + e.getMessage() + ")",
                    "check the disk and the file, then import again", e);
        }
    }

    static BadInputException unreadable(Path file, Throwable cause) {
        return new BadInputException(file, "the file cannot be read (permission denied)",
                "give your user read permission (e.g. chmod a+r) and import again", cause);
    }

    private static void check(Path file, List<TiffDirectory> pages, List<String> channels, int width, int height) {
        for (int i = 0; i < Math.min(channels.size(), pages.size()); i++) {
            TiffDirectory d = pages.get(i);
            if (d.samplesPerPixel() != 1) {
                throw new BadInputException(file, "page " + (i + 1) + " is RGB/multi-sample ("
                        + d.samplesPerPixel() + " samples per pixel); CellTracks frames are 8-bit grayscale",
                        "export the raw multipage grayscale frames, not colour snapshots");
            }
            if (d.bitsPerSample() != 8) {
                throw new BadInputException(file, "page " + (i + 1) + " is " + d.bitsPerSample()
                        + "-bit; CellTracks frames are 8-bit with rescale tags",
                        "export the original 8-bit frames from CellTracks");
            }
            if ((width > 0 && d.width() != width) || (height > 0 && d.height() != height)
                    || d.width() != pages.get(0).width() || d.height() != pages.get(0).height()) {
                throw new BadInputException(file, "page " + (i + 1) + " is " + d.width() + "x" + d.height()
                        + " pixels, expected " + (width > 0 ? width : pages.get(0).width()) + "x"
                        + (height > 0 ? height : pages.get(0).height()),
                        "check that the frame belongs to this cartridge (camxsize/camysize in the XML)");
            }
        }
        if (pages.size() < channels.size()) {
            throw new BadInputException(file, "has " + pages.size() + " page(s), but " + channels.size()
                    + " channels " + channels + " are expected (one page per channel)",
                    "use the complete multipage frame export, or name fewer channels with --channels");
        }
    }

    private static PageRescale rescaleOf(TiffDirectory d, String channel, byte[] samples, RescaleTags tags) {
        int max = 0;
        for (byte b : samples) {
            max = Math.max(max, b & 0xff);
        }
        Long low = d.tag(tags.lowTag());
        Long high = d.tag(tags.highTag());
        if (low == null || high == null) {
            return new PageRescale(channel, 0, CellTracksFormat.MAX_INTENSITY, 255, false);
        }
        int lo = CellTracksFormat.stripOffset((int) (long) low);
        int hi = CellTracksFormat.stripOffset((int) (long) high);
        return new PageRescale(channel, lo, Math.max(lo, hi), max, true);
    }

    private static float[] toIntensities(byte[] samples, PageRescale r) {
        float[] lut = new float[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = r.intensity(v);
        }
        float[] out = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = lut[samples[i] & 0xff];
        }
        return out;
    }

    private static ImageReader tiffReader() {
        Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("tiff");
        if (!it.hasNext()) {
            throw new IllegalStateException("this Java runtime has no TIFF reader (javax.imageio, Java 9+)");
        }
        return it.next();
    }
}
