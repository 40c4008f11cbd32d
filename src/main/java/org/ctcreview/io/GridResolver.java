package org.ctcreview.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.CartridgeXml;
import org.ctcreview.model.GridLayout;

/** Decides the frame grid: the user's --grid, else the XML run record, else the known frame counts. */
final class GridResolver {
    private GridResolver() {
    }

    static GridLayout resolve(Path dir, ReaderOptions options, CartridgeXml xml, List<FrameFile> frames,
                              int width, int height) {
        GridLayout layout;
        if (options.gridRows() > 0 && options.gridCols() > 0) {
            layout = new GridLayout(options.gridRows(), options.gridCols(), width, height);
        } else if (xml.run().hasGrid()) {
            layout = new GridLayout(xml.run().numRows(), xml.run().numCols(), width, height);
        } else {
            Optional<GridLayout> known = GridLayout.forFrameCount(frames.size());
            if (known.isEmpty()) {
                throw new BadInputException(dir, frames.size() + " frames fit no known CellSearch layout ("
                        + GridLayout.knownFrameCounts() + " frames) and no XML gives the grid",
                        "pass the grid with --grid ROWSxCOLS, or add the event XML with numrows/numcols");
            }
            layout = new GridLayout(known.get().rows(), known.get().cols(), width, height);
        }
        int last = frames.get(frames.size() - 1).frameNumber();
        if (last > layout.frameCount()) {
            throw new BadInputException(frames.get(frames.size() - 1).file(), "has frame number " + last
                    + " but the " + layout.rows() + "x" + layout.cols() + " grid holds " + layout.frameCount()
                    + " frames", "check the grid (--grid ROWSxCOLS or numrows/numcols in the XML)");
        }
        if (frames.size() != layout.frameCount()) {
            throw new BadInputException(dir, "has " + frames.size() + " frame files but the " + layout.rows() + "x"
                    + layout.cols() + " grid needs " + layout.frameCount() + " (first missing: frame "
                    + firstMissing(frames) + ")", "copy the missing frames into the folder, or fix the grid");
        }
        return layout;
    }

    private static int firstMissing(List<FrameFile> frames) {
        int expect = 1;
        for (FrameFile f : frames) {
            if (f.frameNumber() != expect) {
                return expect;
            }
            expect++;
        }
        return expect;
    }
}
