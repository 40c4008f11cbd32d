package org.ctcreview.model;

import java.nio.file.Path;

/**
 * Where a model or rule-based method comes from, for the project's model_versions table: its kind
 * ("segmenter", ...), name, file (null for rule-based methods), parameters and training data as JSON.
 */
public record ModelProvenance(String kind, String name, Path file, String parametersJson, String trainingJson) {
}
