package org.ctcreview.hil;

import org.ctcreview.model.BadInputException;
import org.ctcreview.store.Project;

/** The encoder version the learning loop works on: the newest one that has embeddings. */
final class EncoderData {
    private EncoderData() {
    }

    /** Its id, or a {@link BadInputException} that says to run {@code ctc embed}. */
    static long newestVersion(Project project) {
        return project.modelVersions().newestEncoderWithEmbeddings().orElseThrow(() -> new BadInputException(
                project.databaseFile(), "has no cell embeddings", "run ctc embed --project " + project.dir()));
    }
}
