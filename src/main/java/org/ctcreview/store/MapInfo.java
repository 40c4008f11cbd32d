package org.ctcreview.store;

/** A stored latent map: its id, the model version whose vectors it maps, its parameters, seed and time. */
public record MapInfo(long id, long modelVersionId, String paramsJson, long seed, String createdAt) {
}
