package org.ctcreview.store;

/** A database operation failed for a reason the user cannot fix by choosing other input. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
