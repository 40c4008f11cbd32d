package org.ctcreview.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes the ground truth of a cartridge: {@code objects.csv} (one row per object). */
final class TruthWriter {
    static final String OBJECTS_CSV = "objects.csv";
    static final String HEADER = "object_id,class,sub_population,frame,x,y,cartridge_x,cartridge_y,"
            + "bbox_x0,bbox_y0,bbox_x1,bbox_y1,area_px,mask_id,group_id,diameter_um,is_ctc,event_rid,operator_label";

    private TruthWriter() {
    }

    /** Writes the table and returns its size in bytes. */
    static long writeObjects(Path file, List<TruthObject> objects) {
        StringBuilder sb = new StringBuilder(objects.size() * 110 + 200);
        sb.append(HEADER).append('\n');
        for (TruthObject o : objects) {
            sb.append(o.id()).append(',')
                    .append(o.objectClass().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(o.sub().label()).append(',')
                    .append(o.frame()).append(',')
                    .append(fmt(o.x())).append(',').append(fmt(o.y())).append(',')
                    .append(fmt(o.cartridgeX())).append(',').append(fmt(o.cartridgeY())).append(',')
                    .append(o.x0()).append(',').append(o.y0()).append(',')
                    .append(o.x1()).append(',').append(o.y1()).append(',')
                    .append(o.area()).append(',').append(o.maskId()).append(',').append(o.groupId()).append(',')
                    .append(fmt(o.diameterUm())).append(',')
                    .append(o.isCtc()).append(',')
                    .append(o.eventRid() == 0 ? "" : Long.toString(o.eventRid())).append(',')
                    .append(o.operatorCtc() == null ? "" : o.operatorCtc() ? "ctc" : "non_ctc")
                    .append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return bytes.length;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
