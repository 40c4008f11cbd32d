package org.ctcreview.simulate;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ctcreview.io.TiffFiles;

/**
 * Pictures for {@code ctc simulate --preview}: (a) an RGB composite of one frame (DAPI blue, CK green,
 * CD45 red, auto-contrast), (b) a gallery of 48 x 48 crops per sub-population, each example shown as
 * composite, DAPI, CK and CD45 with fixed contrast so that dim objects look dim.
 */
public final class Preview {
    /** Crop size of the gallery, as in the published pipeline. */
    public static final int CROP = 48;
    private static final int EXAMPLES = 3;
    private static final int ZOOM = 2;
    private static final int CANVAS = 128;
    private static final int LABEL_WIDTH = 210;
    private static final int GAP = 4;

    private Preview() {
    }

    /**
     * What was drawn.
     *
     * @param composite the frame composite PNG
     * @param gallery the crop gallery PNG
     * @param patientCode patient whose staining was used
     * @param frame frame shown
     * @param objectsInFrame objects of the frame by sub-population
     */
    public record Result(Path composite, Path gallery, String patientCode, int frame,
                         Map<SubPopulation, Integer> objectsInFrame) {
    }

    /** Renders frame {@code frame} of patient {@code patientIndex} (0-based) and the gallery. */
    public static Result render(SimulationConfig config, int patientIndex, int frame, Path compositePng,
                                Path galleryPng) {
        PatientProfile patient = PatientSampler.sample(config, patientIndex);
        CartridgeSimulation sim = new CartridgeSimulation(config, patient, null, null);
        CartridgeSimulation.Rendered rendered = sim.render(frame);
        FrameScene scene = rendered.scene();
        float[][] planes = rendered.image().planes();
        double[][] limits = Composite.autoContrast(planes, 1, 99.95);
        BufferedImage img = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
        Composite.drawRgb(img, 0, 0, planes, scene.width(), 0, 0, scene.width(), scene.height(), limits, 1);
        TiffFiles.writePng(compositePng, img);
        Map<SubPopulation, Integer> counts = new EnumMap<>(SubPopulation.class);
        for (SimObject o : scene.objects()) {
            counts.merge(o.sub(), 1, Integer::sum);
        }
        TiffFiles.writePng(galleryPng, gallery(config, patient));
        return new Result(compositePng, galleryPng, patient.code(), frame, counts);
    }

    static BufferedImage gallery(SimulationConfig config, PatientProfile patient) {
        SubPopulation[] subs = SubPopulation.values();
        int tile = CROP * ZOOM;
        int exampleWidth = 4 * (tile + 2) + 3 * GAP;
        int width = LABEL_WIDTH + EXAMPLES * exampleWidth;
        int rowHeight = tile + 6;
        BufferedImage img = new BufferedImage(width, 24 + subs.length * rowHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(40, 40, 40));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("each example: composite (CD45 red, CK green, DAPI blue) | DAPI | CK | CD45 ; patient "
                + patient.code() + " (" + patient.cancerType() + ")", 8, 16);
        double[][] limits = fixedLimits(config, patient);
        for (int row = 0; row < subs.length; row++) {
            int y = 24 + row * rowHeight;
            g.setColor(subs[row].isCtc() ? new Color(120, 255, 120) : Color.WHITE);
            g.drawString(subs[row].label(), 6, y + tile / 2);
            g.drawString(subs[row].isCtc() ? "CTC" : "not CTC", 6, y + tile / 2 + 16);
            for (int k = 0; k < EXAMPLES; k++) {
                float[][] planes = example(config, patient, subs[row], k);
                int x = LABEL_WIDTH + k * exampleWidth;
                int c0 = (CANVAS - CROP) / 2;
                int cx0 = subs[row] == SubPopulation.ARTEFACT_EDGE_GLARE ? 0 : c0;
                Composite.drawRgb(img, x, y, planes, CANVAS, cx0, c0, CROP, CROP, limits, ZOOM);
                int[] channels = {Stains.DAPI, Stains.CK, Stains.CD45};
                for (int j = 0; j < channels.length; j++) {
                    Composite.drawGrey(img, x + (j + 1) * (tile + 2), y, planes[channels[j]], CANVAS, cx0, c0, CROP,
                            CROP, limits[channels[j]], ZOOM);
                }
            }
        }
        g.dispose();
        return img;
    }

    private static float[][] example(SimulationConfig config, PatientProfile patient, SubPopulation sub, int k) {
        SplittableRandom r = Seeds.random(config.seed(), Seeds.PREVIEW, sub.ordinal(), k);
        Stains stains = new Stains(config.stain(), patient.gains());
        CellFactory cells = new CellFactory(stains, patient.cancerType().ctcDiameterUm());
        SmallFactory small = new SmallFactory(stains);
        List<Part> parts = switch (sub) {
            case ARTEFACT_DEBRIS -> List.of(small.debris(r));
            case ARTEFACT_SMEAR -> List.of(small.smear(r));
            case ARTEFACT_OUT_OF_FOCUS -> List.of(cells.outOfFocus(r));
            case ARTEFACT_EDGE_GLARE -> List.of();
            default -> FramePlanner.build(sub, cells, small, r);
        };
        double half = CANVAS / 2.0;
        List<SimObject> objects = new ArrayList<>();
        double mx = 0;
        double my = 0;
        for (Part p : parts) {
            mx += p.blobs().get(0).cx() / parts.size();
            my += p.blobs().get(0).cy() / parts.size();
        }
        for (Part p : parts) {
            objects.add(SimObject.of(0, objects.size() + 1, 1, p.movedBy(half - mx, half - my), CANVAS, CANVAS));
        }
        List<Glare> glares = sub == SubPopulation.ARTEFACT_EDGE_GLARE
                ? List.of(new Glare(Glare.Side.LEFT, config.noise().edgeGlarePeak(), config.noise().edgeGlareWidthPx()
                        * 0.4, r.nextLong()))
                : List.of();
        FrameScene scene = new FrameScene(0, CANVAS, CANVAS, objects, glares);
        return FrameRenderer.render(scene, patient.background(), patient.noiseScale(), config.noise(), r, false)
                .planes();
    }

    /** Fixed display range per channel: background to a bright object of this patient. */
    private static double[][] fixedLimits(SimulationConfig config, PatientProfile patient) {
        StainConfig s = config.stain();
        double[] bg = patient.background();
        double[] g = patient.gains();
        double[] top = {s.dapiCtc() * 1.3, 300, s.ckCtc() * 1.5, s.cd45Wbc() * 1.3};
        double[][] limits = new double[4][];
        for (int c = 0; c < 4; c++) {
            limits[c] = new double[] {bg[c] * 0.9, bg[c] + top[c] * g[c]};
        }
        return limits;
    }
}
