package org.ctcreview.task;

enum NoProgress implements ProgressListener {
    INSTANCE;

    @Override
    public void update(long done, long total, String message) {
        // nothing to show
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
