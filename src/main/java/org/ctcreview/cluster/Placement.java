package org.ctcreview.cluster;

/** Where new cells land on an existing map: positions by UMAP transform, clusters by HDBSCAN prediction. */
public record Placement(Points2d positions, int[] clusters) {
}
