package org.ctcreview.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ctcreview.model.CellSearchEvent;
import org.ctcreview.model.GridLayout;

/**
 * Simulates the CellSearch gallery and its operator. Events are objects where DAPI and CK overlap: most
 * CTCs (dim ones less often), apoptotic CTCs and look-alikes (CK+ particles on nuclei, point-like signals,
 * CK+ debris). A doublet or cluster is one event. The operator assigns each event with a probability that
 * depends on what it truly is, so agreement with the truth is high on typical cells and low on hard ones.
 */
final class GallerySimulator {
    private GallerySimulator() {
    }

    /** The events and the objects with their event rid and operator call filled in. */
    record Gallery(List<CellSearchEvent> events, List<TruthObject> objects) {
    }

    /** @param objects all objects of a cartridge, sorted by frame then id */
    static Gallery simulate(List<TruthObject> objects, GalleryConfig g, GridLayout layout, SplittableRandom r) {
        List<CellSearchEvent> events = new ArrayList<>();
        List<TruthObject> out = new ArrayList<>(objects.size());
        int i = 0;
        while (i < objects.size()) {
            TruthObject first = objects.get(i);
            int end = i + 1;
            while (end < objects.size() && first.groupId() != 0 && objects.get(end).frame() == first.frame()
                    && objects.get(end).groupId() == first.groupId()) {
                end++;
            }
            List<TruthObject> members = objects.subList(i, end);
            double u = r.nextDouble();
            double v = r.nextDouble();
            if (u < detection(first.sub(), g)) {
                boolean assigned = v < operatorCall(first.sub(), g);
                long rid = events.size() + 1L;
                events.add(event(rid, members, assigned, g.boxMarginPx(), layout));
                for (TruthObject m : members) {
                    out.add(m.inEvent(rid, assigned));
                }
            } else {
                out.addAll(members);
            }
            i = end;
        }
        return new Gallery(events, out);
    }

    static double detection(SubPopulation sub, GalleryConfig g) {
        if (sub.isCtc()) {
            boolean dim = sub == SubPopulation.CTC_DIM_CK || sub == SubPopulation.CTC_DIM_DAPI;
            return dim ? g.dimCtcDetection() : g.ctcDetection();
        }
        if (sub.objectClass() == ObjectClass.APOPTOTIC_CTC) {
            return g.apoptoticDetection();
        }
        return sub.isLookalike() ? g.lookalikeDetection() : 0;
    }

    static double operatorCall(SubPopulation sub, GalleryConfig g) {
        if (sub.isCtc()) {
            return sub.isHard() ? g.operatorHardCtcSensitivity() : g.operatorCtcSensitivity();
        }
        if (sub.objectClass() == ObjectClass.APOPTOTIC_CTC) {
            return g.operatorApoptoticCallRate();
        }
        return g.operatorLookalikeCallRate();
    }

    private static CellSearchEvent event(long rid, List<TruthObject> members, boolean assigned, int margin,
                                         GridLayout layout) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (TruthObject m : members) {
            x0 = Math.min(x0, m.x0());
            y0 = Math.min(y0, m.y0());
            x1 = Math.max(x1, m.x1());
            y1 = Math.max(y1, m.y1());
        }
        int frame = members.get(0).frame();
        x0 = Math.max(0, x0 - margin);
        y0 = Math.max(0, y0 - margin);
        x1 = Math.min(layout.frameWidth(), x1 + 1 + margin);
        y1 = Math.min(layout.frameHeight(), y1 + 1 + margin);
        return new CellSearchEvent(rid, frame, layout.toCartridgeX(frame, x0), layout.toCartridgeY(frame, y0),
                layout.toCartridgeX(frame, x1), layout.toCartridgeY(frame, y1), assigned, assigned ? 1 : 0);
    }
}
