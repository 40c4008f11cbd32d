package org.ctcreview.simulate;

/**
 * The simulated CellSearch gallery (which objects become events) and the simulated operator.
 *
 * @param ctcDetection chance that a CTC becomes an event
 * @param dimCtcDetection chance that a dim-CK or dim-DAPI CTC becomes an event
 * @param apoptoticDetection chance that an apoptotic CTC becomes an event
 * @param lookalikeDetection chance that a look-alike becomes an event
 * @param operatorCtcSensitivity chance that the operator assigns a typical CTC event
 * @param operatorHardCtcSensitivity chance that the operator assigns a hard CTC event
 * @param operatorApoptoticCallRate chance that the operator assigns an apoptotic CTC event
 * @param operatorLookalikeCallRate chance that the operator assigns a look-alike event
 * @param boxMarginPx margin around the object(s) of an event box, pixels
 */
public record GalleryConfig(double ctcDetection, double dimCtcDetection, double apoptoticDetection,
                            double lookalikeDetection, double operatorCtcSensitivity,
                            double operatorHardCtcSensitivity, double operatorApoptoticCallRate,
                            double operatorLookalikeCallRate, int boxMarginPx) {

    public static GalleryConfig defaults() {
        return new GalleryConfig(0.97, 0.55, 0.8, 0.9, 0.96, 0.75, 0.3, 0.04, 4);
    }
}
