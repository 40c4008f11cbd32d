package org.ctcreview.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.CartridgeXml;
import org.ctcreview.model.CellSearchEvent;
import org.ctcreview.model.GridLayout;

/** Checks events against the grid and fills in missing frame numbers from the event location. */
final class EventChecks {
    private EventChecks() {
    }

    static CartridgeXml resolveFrames(Path xmlFile, CartridgeXml xml, GridLayout layout, List<String> warnings) {
        List<CellSearchEvent> out = new ArrayList<>(xml.events().size());
        for (CellSearchEvent e : xml.events()) {
            if (e.frameNumber() > layout.frameCount() || e.frameNumber() < 0) {
                throw new BadInputException(xmlFile, "event rid " + e.rid() + " names frame " + e.frameNumber()
                        + " but the cartridge has " + layout.frameCount() + " frames",
                        "use the XML that belongs to this cartridge, or import with --no-xml");
            }
            if (e.frameNumber() == 0) {
                Optional<GridLayout.FramePoint> p = layout.fromCartridge(e.centerX(), e.centerY());
                if (p.isEmpty()) {
                    warnings.add("event rid " + e.rid() + " has no frame number and lies outside the scan; skipped");
                    continue;
                }
                e = new CellSearchEvent(e.rid(), p.get().frameNumber(), e.x0(), e.y0(), e.x1(), e.y1(),
                        e.assigned(), e.numSelected());
            }
            out.add(e);
        }
        return new CartridgeXml(xml.run(), xml.channels(), out, xml.warnings());
    }
}
