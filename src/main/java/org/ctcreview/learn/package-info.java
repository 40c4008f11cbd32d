/**
 * Learning on cell embeddings, in pure Java on {@code float[][]} / {@code double[][]} and labels:
 * {@link org.ctcreview.learn.Pca} (128 -> 32), {@link org.ctcreview.learn.CtcClassifier} (PCA + RBF SVM with
 * balanced class weights and Platt probabilities), {@link org.ctcreview.learn.MultiClassClassifier}
 * (one-vs-rest), {@link org.ctcreview.learn.ArtefactFilter}, {@link org.ctcreview.learn.Metrics} (precision,
 * recall, F1, specificity, per-cluster scores) and {@link org.ctcreview.learn.MonteCarloCv}.
 * <p>Nothing here knows the project store, files or the front ends; fitted models serialise to bytes so that the
 * caller can keep them with a model version. Bad input raises {@link org.ctcreview.learn.BadFeaturesException} or
 * {@link org.ctcreview.learn.NotEnoughLabelsException} (both {@link org.ctcreview.model.BadInputException}s).
 * Formulas and choices are described in docs/architecture.md, section "learn".
 */
package org.ctcreview.learn;
