package org.ctcreview.io;

import java.nio.file.Path;

/** A frame TIFF of a cartridge folder and the 1-based frame number taken from its name. */
public record FrameFile(int frameNumber, Path file) {
}
