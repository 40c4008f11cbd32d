package org.ctcreview.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ctcreview.io.CellTracksFormat;
import org.ctcreview.io.CellTracksWriter;
import org.ctcreview.io.TiffFiles;
import org.ctcreview.model.FrameImage;
import org.ctcreview.model.GridLayout;

/**
 * Simulates one patient's cartridge frame by frame. {@link #frame} is safe to call from several threads:
 * every frame draws from its own random stream (seed, patient, frame), so pixels do not depend on the
 * order or the thread that renders them.
 */
final class CartridgeSimulation {
    static final String MASKS_DIR = "masks";

    private final SimulationConfig cfg;
    private final PatientProfile patient;
    private final GridLayout layout;
    private final FramePlanner planner;
    private final CellTracksWriter writer;
    private final Path masksDir;

    CartridgeSimulation(SimulationConfig cfg, PatientProfile patient, CellTracksWriter writer, Path truthDir) {
        this.cfg = cfg;
        this.patient = patient;
        this.layout = cfg.layout();
        this.planner = new FramePlanner(cfg, patient, layout);
        this.writer = writer;
        this.masksDir = truthDir == null ? null : truthDir.resolve(MASKS_DIR);
    }

    PatientProfile patient() {
        return patient;
    }

    GridLayout layout() {
        return layout;
    }

    /** Plans a frame without rendering it (for previews). */
    FrameScene scene(int frame) {
        return planner.plan(frame, frameRandom(frame));
    }

    /** Renders a frame in memory together with its scene. */
    Rendered render(int frame) {
        SplittableRandom r = frameRandom(frame);
        FrameScene scene = planner.plan(frame, r);
        RenderedFrame image = FrameRenderer.render(scene, patient.background(), patient.noiseScale(), cfg.noise(), r,
                true);
        return new Rendered(scene, image);
    }

    /** Renders a frame, writes its TIFF (and mask) and returns the ground truth of its objects. */
    List<TruthObject> frame(int frame) {
        Rendered rendered = render(frame);
        RenderedFrame image = rendered.image();
        writer.writeFrame(new FrameImage(frame, layout.frameWidth(), layout.frameHeight(),
                CellTracksFormat.STANDARD_CHANNELS, image.planes()));
        if (masksDir != null && cfg.writeMasks()) {
            TiffFiles.writeGray16(masksDir.resolve(CellTracksWriter.frameFileName(frame)), layout.frameWidth(),
                    layout.frameHeight(), image.mask(), true);
        }
        return truth(rendered.scene(), image.stats());
    }

    private SplittableRandom frameRandom(int frame) {
        return Seeds.random(cfg.seed(), Seeds.FRAME, patient.index(), frame);
    }

    List<TruthObject> truth(FrameScene scene, MaskStats stats) {
        List<TruthObject> out = new ArrayList<>(scene.objects().size());
        int k = 0;
        for (SimObject o : scene.objects()) {
            k++;
            int area = stats.area(o.maskId());
            double x;
            double y;
            int x0 = o.x0();
            int y0 = o.y0();
            int x1 = o.x1();
            int y1 = o.y1();
            if (area > 0) {
                x = stats.centroidX(o.maskId());
                y = stats.centroidY(o.maskId());
                x0 = stats.minX(o.maskId());
                y0 = stats.minY(o.maskId());
                x1 = stats.maxX(o.maskId());
                y1 = stats.maxY(o.maskId());
            } else {
                x = (x0 + x1 + 1) / 2.0;
                y = (y0 + y1 + 1) / 2.0;
            }
            int frame = scene.frameNumber();
            out.add(new TruthObject(frame * 100_000L + k, o.sub(), frame, area > 0 ? o.maskId() : 0, o.groupId(), x, y,
                    layout.toCartridgeX(frame, x), layout.toCartridgeY(frame, y), x0, y0, x1, y1, area,
                    o.diameterUm(), 0, null));
        }
        return out;
    }

    /** A frame's scene and pixels. */
    record Rendered(FrameScene scene, RenderedFrame image) {
    }
}
