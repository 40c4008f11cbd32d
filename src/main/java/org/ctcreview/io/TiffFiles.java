package org.ctcreview.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;

/** Writing TIFF and PNG files atomically (temporary file, then rename), so a crash never leaves half a file. */
public final class TiffFiles {
    private TiffFiles() {
    }

    /** Writes pages as one multipage TIFF. */
    public static void write(Path file, List<TiffPage> pages, boolean deflate) {
        writeAtomically(file, TiffEncoder.encode(pages, deflate));
    }

    /** Writes a 16-bit grayscale image (e.g. an instance label mask). */
    public static void writeGray16(Path file, int width, int height, short[] pixels, boolean deflate) {
        write(file, List.of(TiffPage.gray16(width, height, pixels)), deflate);
    }

    /** Writes a PNG image. */
    public static void writePng(Path file, BufferedImage image) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".png-", ".tmp");
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static void writeAtomically(Path file, byte[] bytes) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
