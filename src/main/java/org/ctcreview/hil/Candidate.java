package org.ctcreview.hil;

/** A cell of the relabeling pool as a sampling strategy sees it: its map cluster and current CTC probability. */
public record Candidate(long cellId, int cluster, double probability) {
}
