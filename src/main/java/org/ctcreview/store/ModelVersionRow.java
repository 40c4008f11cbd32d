package org.ctcreview.store;

import java.util.Objects;

/**
 * A trained or imported model with its provenance: kind (e.g. encoder, classifier), name, model file
 * and its SHA-256, parameters and training set as JSON, and the version it was derived from (or null).
 */
public record ModelVersionRow(String kind, String name, String filePath, String fileSha256, String parametersJson,
                              String trainingSetJson, Long parentId) {

    public ModelVersionRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        parametersJson = parametersJson == null ? "{}" : parametersJson;
        trainingSetJson = trainingSetJson == null ? "{}" : trainingSetJson;
    }
}
