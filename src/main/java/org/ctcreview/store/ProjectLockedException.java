package org.ctcreview.store;

import java.nio.file.Path;
import org.ctcreview.model.BadInputException;

/** Another program (or another window of this one) has the project open for writing. */
public final class ProjectLockedException extends BadInputException {
    private final String holder;

    ProjectLockedException(Path dir, String holder) {
        super(dir, "the project is already open in another program (" + holder + ")",
                "close the other program or window that has this project open, or open the project read-only");
        this.holder = holder;
    }

    /** Who holds the lock, as the lock file says (process id, host, since when), or a short note. */
    public String holder() {
        return holder;
    }
}
