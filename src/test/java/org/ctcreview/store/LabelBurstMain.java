package org.ctcreview.store;

import java.nio.file.Path;

/**
 * Child process of {@link CrashSafetyTest}: opens a project and adds labels to one cell as fast as it
 * can, printing {@code committed <id>} after each add has returned, until it is killed.
 * Arguments: project folder, cell id.
 */
public final class LabelBurstMain {
    private LabelBurstMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long cellId = Long.parseLong(args[1]);
        String[] labels = {"CTC", "WBC", "UNSURE", "NOT_CTC"};
        try (Project project = Project.open(dir)) {
            Labels l = project.labels();
            for (int i = 0; ; i++) {
                long id = l.add(cellId, labels[i % labels.length], "burst", null, "oracle");
                System.out.println("committed " + id);
                System.out.flush();
            }
        }
    }
}
