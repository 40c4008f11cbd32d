package org.ctcreview.simulate;

/**
 * Ground truth of one rendered object, as written to {@code objects.csv}.
 *
 * @param id object id, unique in the cartridge: frame * 100000 + index in the frame
 * @param sub sub-population (and through it the class)
 * @param frame 1-based frame number
 * @param maskId label in the frame's instance mask (0 = none)
 * @param groupId mask id of the first cell of its doublet/cluster
 * @param x centroid x in frame pixels (of the mask; of the planned box when the mask is empty)
 * @param y centroid y in frame pixels
 * @param cartridgeX centroid x in whole-cartridge pixels
 * @param cartridgeY centroid y in whole-cartridge pixels
 * @param x0 bounding box in frame pixels, inclusive
 * @param y0 bounding box
 * @param x1 bounding box
 * @param y1 bounding box
 * @param area mask area in pixels
 * @param diameterUm nominal diameter in micrometres
 * @param eventRid rid of the CellSearch event that shows it (0 = not in the gallery)
 * @param operatorCtc the simulated operator's call for its event (null = not in the gallery)
 */
public record TruthObject(long id, SubPopulation sub, int frame, int maskId, int groupId, double x, double y,
                          double cartridgeX, double cartridgeY, int x0, int y0, int x1, int y1, int area,
                          double diameterUm, long eventRid, Boolean operatorCtc) {

    public ObjectClass objectClass() {
        return sub.objectClass();
    }

    public boolean isCtc() {
        return sub.isCtc();
    }

    TruthObject inEvent(long rid, boolean operatorSaysCtc) {
        return new TruthObject(id, sub, frame, maskId, groupId, x, y, cartridgeX, cartridgeY, x0, y0, x1, y1, area,
                diameterUm, rid, operatorSaysCtc);
    }
}
