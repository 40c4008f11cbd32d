package org.ctcreview.io;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ctcreview.model.BadInputException;

/**
 * Pairs of images and integer instance masks with the same file stem in two folders (TIFF or PNG), e.g.
 * DSB2018 ({@code images/x.tif} + {@code masks/x.tif}). Images are read one page (1-based) as floats; RGB
 * images are averaged to gray. Pairs are loaded one at a time.
 */
public final class LabelledImageFolder {
    private LabelledImageFolder() {
    }

    /** An image and its mask, both {@code width x height}. */
    public record Pair(String name, int width, int height, float[] image, int[] labels) {
    }

    /** The image files that have a mask of the same stem; images without one are an error. */
    public static List<Path[]> pairs(Path images, Path masks) {
        List<Path> imgs = list(images);
        List<Path> msks = list(masks);
        List<Path[]> out = new ArrayList<>();
        for (Path img : imgs) {
            String stem = stem(img);
            Path mask = msks.stream().filter(m -> stem(m).equals(stem)).findFirst()
                    .orElseThrow(() -> new BadInputException(img, "has no mask named " + stem + ".tif/.png in " + masks,
                            "add the mask, or remove the image from the folder"));
            out.add(new Path[] {img, mask});
        }
        if (out.isEmpty()) {
            throw new BadInputException(images, "contains no TIFF or PNG images", "point --images to a folder of images");
        }
        return out;
    }

    public static Pair load(Path[] pair, int page) {
        ImagePlus img = open(pair[0]);
        ImagePlus mask = open(pair[1]);
        if (img.getWidth() != mask.getWidth() || img.getHeight() != mask.getHeight()) {
            throw new BadInputException(pair[1], "is " + mask.getWidth() + "x" + mask.getHeight() + " but its image is "
                    + img.getWidth() + "x" + img.getHeight(), "use the mask that belongs to the image");
        }
        if (page < 1 || page > img.getStackSize()) {
            throw new BadInputException(pair[0], "has " + img.getStackSize() + " page(s), page " + page + " was asked for",
                    "choose --page between 1 and " + img.getStackSize());
        }
        ImageProcessor ip = img.getStack().getProcessor(page);
        float[] image = (float[]) ip.convertToFloatProcessor().getPixels();
        ImageProcessor mp = mask.getProcessor();
        int[] labels = new int[mp.getPixelCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) mp.getf(i);
        }
        return new Pair(stem(pair[0]), img.getWidth(), img.getHeight(), image, labels);
    }

    private static ImagePlus open(Path file) {
        ImagePlus imp = IJ.openImage(file.toString());
        if (imp == null) {
            throw new BadInputException(file, "is not a readable TIFF/PNG image", "replace or remove the file");
        }
        return imp;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "is not a folder", "give a folder of TIFF/PNG files");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".tif") || n.endsWith(".tiff") || n.endsWith(".png");
            }).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list the folder (" + e.getMessage() + ")", "check the path", e);
        }
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
