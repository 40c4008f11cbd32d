package org.ctcreview.io;

import java.nio.file.Path;
import org.ctcreview.model.CellCrop;

/** One ready-made cell thumbnail from an existing export, already cut to the pipeline's crop size. */
public record Thumbnail(String id, Path source, int originalWidth, int originalHeight, CellCrop crop) {
}
