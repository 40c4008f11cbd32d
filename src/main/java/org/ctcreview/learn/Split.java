package org.ctcreview.learn;

/** One train/test split: row indices, each array ascending. */
public record Split(int[] train, int[] test) {
}
