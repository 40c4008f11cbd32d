package org.ctcreview.hil;

/**
 * The two simulated scenarios of the published method.
 * <ul>
 * <li>{@code sim1} (limited global data): start with {@code initial} random labelled cells, draw {@code perLoop}
 * more per loop, {@code loops} loops.</li>
 * <li>{@code sim2} (limited local data): the training pool starts with {@code mainFraction} of the main cluster's
 * cells and {@code otherFraction} of every other cluster's; each loop draws {@code loopFraction} of the main
 * cluster's size.</li>
 * </ul>
 * Common: the labelled set is every true CTC plus as many non-CTC cells (at random), at most {@code labelledCap}
 * cells, like the balanced expert-labelled set of the paper; {@code testFraction} of it (stratified) is the test
 * pool; the rest is the relabeling pool whose labels the oracle reveals when drawn.
 */
public record ExperimentDesign(String scenario, int loops, int initial, int perLoop, Integer mainCluster,
                               double mainFraction, double otherFraction, double loopFraction, int labelledCap,
                               double testFraction, double labelNoise) {

    public static ExperimentDesign sim1() {
        return new ExperimentDesign("sim1", 4, 100, 100, null, 0, 0, 0, 6000, 0.2, 0);
    }

    public static ExperimentDesign sim2(int mainCluster) {
        return new ExperimentDesign("sim2", 4, 0, 0, mainCluster, 0.2, 0.8, 0.2, 6000, 0.2, 0);
    }

    public ExperimentDesign withLoops(int n) {
        return new ExperimentDesign(scenario, n, initial, perLoop, mainCluster, mainFraction, otherFraction,
                loopFraction, labelledCap, testFraction, labelNoise);
    }

    public ExperimentDesign withLabelledCap(int n) {
        return new ExperimentDesign(scenario, loops, initial, perLoop, mainCluster, mainFraction, otherFraction,
                loopFraction, n, testFraction, labelNoise);
    }

    public ExperimentDesign withLabelNoise(double p) {
        return new ExperimentDesign(scenario, loops, initial, perLoop, mainCluster, mainFraction, otherFraction,
                loopFraction, labelledCap, testFraction, p);
    }

    public ExperimentDesign withInitial(int initialCells, int cellsPerLoop) {
        return new ExperimentDesign(scenario, loops, initialCells, cellsPerLoop, mainCluster, mainFraction,
                otherFraction, loopFraction, labelledCap, testFraction, labelNoise);
    }
}
