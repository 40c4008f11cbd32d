#!/usr/bin/python3
"""Peer check of the Java CTC classifier (org.ctcreview.learn) with scikit-learn.

Reads a CSV with feature columns f0..fN (128-d embeddings, or rows already projected), a label column and a
split column (train/test), fits the reference pipeline of the published method

    PCA(32) -> SVC(kernel='rbf', class_weight='balanced', probability=True, gamma='scale', C=1)

on the train rows, predicts the test rows and prints one JSON object (the last line of standard output) with
F1, precision, recall, specificity, the confusion counts, optional per-cluster scores (same rule as the Java
Metrics: F1 where the cluster has a true CTC, specificity where it has none, null without test cells) and the
fit/predict times.

Usage (Debian's python3-sklearn; no pandas needed):
    /usr/bin/python3 training/peer/sklearn_peer.py cells.csv [--label-col label] [--split-col split]
        [--positive CTC] [--cluster-col cluster] [--components 32] [--C 1] [--gamma scale]
        [--threshold 0.5] [--seed 0] [--svd-solver full] [--predictions out.csv]

Labels: a row is positive when its label equals --positive (case-insensitive) or is 1/true; rows labelled
UNSURE or left empty are dropped. PCA is skipped when the file has no more feature columns than --components
(features already projected) or with --components 0. PCA uses the exact 'full' SVD, as the Java side (Smile,
covariance eigen-decomposition) does; scikit-learn's default 'auto' picks a randomized SVD for inputs over 500
rows, which keeps a few per cent less variance and so gives a slightly larger gamma 'scale' (--svd-solver auto
reproduces that default).
"""
import argparse
import csv
import json
import platform
import re
import sys
import time

import numpy as np
import sklearn
from sklearn.decomposition import PCA
from sklearn.svm import SVC


def read_csv(path, label_col, split_col, cluster_col):
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        feature_cols = sorted(
            (i for i, h in enumerate(header) if re.fullmatch(r"f\d+", h.strip())),
            key=lambda i: int(header[i].strip()[1:]))
        if not feature_cols:
            sys.exit(f"{path}: no feature columns named f0, f1, ...")
        index = {h.strip(): i for i, h in enumerate(header)}
        for name in [label_col, split_col] + ([cluster_col] if cluster_col else []):
            if name not in index:
                sys.exit(f"{path}: no column '{name}' (columns: {', '.join(header[:8])}, ...)")
        features, labels, splits, clusters = [], [], [], []
        for line, row in enumerate(reader, start=2):
            try:
                features.append([float(row[i]) for i in feature_cols])
            except (ValueError, IndexError) as e:
                sys.exit(f"{path}, line {line}: bad feature value ({e})")
            labels.append(row[index[label_col]].strip())
            splits.append(row[index[split_col]].strip().lower())
            clusters.append(row[index[cluster_col]].strip() if cluster_col else None)
    x = np.asarray(features, dtype=np.float64)
    if not np.all(np.isfinite(x)):
        bad = int(np.argwhere(~np.isfinite(x))[0][0])
        sys.exit(f"{path}: data row {bad} has NaN or Inf")
    return x, labels, splits, clusters, len(feature_cols)


def is_positive(label, positive):
    return label.lower() in (positive.lower(), "1", "true")


def confusion(truth, called):
    truth = np.asarray(truth, dtype=bool)
    called = np.asarray(called, dtype=bool)
    return dict(tp=int(np.sum(truth & called)), fp=int(np.sum(~truth & called)),
                tn=int(np.sum(~truth & ~called)), fn=int(np.sum(truth & ~called)))


def ratio(num, den):
    return None if den == 0 else num / den


def scores(c):
    return dict(precision=ratio(c["tp"], c["tp"] + c["fp"]), recall=ratio(c["tp"], c["tp"] + c["fn"]),
                specificity=ratio(c["tn"], c["tn"] + c["fp"]),
                f1=ratio(2 * c["tp"], 2 * c["tp"] + c["fp"] + c["fn"]))


def cluster_score(c):
    """The Java ClusterScore rule: F1 with a true CTC present, else specificity, else no score."""
    if c["tp"] + c["fn"] > 0:
        return "F1", scores(c)["f1"]
    if c["tn"] + c["fp"] > 0:
        return "SPECIFICITY", scores(c)["specificity"]
    return "NONE", None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--split-col", default="split")
    ap.add_argument("--cluster-col", default=None)
    ap.add_argument("--positive", default="CTC")
    ap.add_argument("--components", type=int, default=32)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--gamma", default="scale", help="'scale', 'auto' or a number")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=0, help="random_state of SVC's internal 5-fold Platt CV")
    ap.add_argument("--svd-solver", default="full", choices=["full", "auto", "randomized", "arpack"])
    ap.add_argument("--predictions", default=None, help="write test-row probabilities to this CSV")
    args = ap.parse_args()

    x, labels, splits, clusters, n_features = read_csv(args.csv, args.label_col, args.split_col,
                                                       args.cluster_col)
    keep = np.array([l != "" and l.upper() != "UNSURE" for l in labels])
    y = np.array([is_positive(l, args.positive) for l in labels])
    train = keep & (np.array(splits) == "train")
    test = keep & (np.array(splits) == "test")
    if train.sum() == 0 or test.sum() == 0:
        sys.exit(f"need train and test rows; have {int(train.sum())} train, {int(test.sum())} test")
    if y[train].all() or not y[train].any():
        sys.exit("the training rows hold one class only")

    use_pca = 0 < args.components < n_features
    t0 = time.perf_counter()
    pca = PCA(n_components=args.components, svd_solver=args.svd_solver, random_state=args.seed).fit(x[train]) if use_pca else None
    t1 = time.perf_counter()
    xtr = pca.transform(x[train]) if pca else x[train]
    gamma = args.gamma if args.gamma in ("scale", "auto") else float(args.gamma)
    svc = SVC(kernel="rbf", C=args.C, gamma=gamma, class_weight="balanced", probability=True,
              random_state=args.seed)
    t2 = time.perf_counter()
    svc.fit(xtr, y[train])
    t3 = time.perf_counter()
    xte = pca.transform(x[test]) if pca else x[test]
    proba = svc.predict_proba(xte)[:, list(svc.classes_).index(True)]
    t4 = time.perf_counter()
    decision = svc.decision_function(xte)
    t5 = time.perf_counter()

    called = proba >= args.threshold
    c = confusion(y[test], called)
    c_decision = confusion(y[test], decision > 0)
    result = dict(
        n_train=int(train.sum()), n_test=int(test.sum()),
        n_train_positive=int(y[train].sum()), n_test_positive=int(y[test].sum()),
        n_features=n_features, components=args.components if use_pca else None,
        svd_solver=args.svd_solver if use_pca else None,
        C=args.C, gamma=float(svc._gamma), n_support=int(svc.n_support_.sum()),
        threshold=args.threshold, confusion=c, **scores(c),
        f1_decision_positive=scores(c_decision)["f1"],
        seconds=dict(pca_fit=t1 - t0, svc_fit_with_platt_cv=t3 - t2, predict_proba=t4 - t3,
                     decision_function=t5 - t4),
        sklearn=sklearn.__version__, python=platform.python_version(),
        note="probability=True: Platt scaling on 5-fold internal CV (libsvm); "
             "predict = probability >= threshold")
    if args.cluster_col:
        per = {}
        test_clusters = np.array(clusters)[test]
        for cid in sorted(set(np.array(clusters)[keep]), key=lambda s: (len(s), s)):
            m = test_clusters == cid
            kind, value = cluster_score(confusion(y[test][m], called[m]))
            per[cid] = dict(kind=kind, value=value, n_test=int(m.sum()))
        result["per_cluster"] = per
    if args.predictions:
        rows = np.flatnonzero(test)
        with open(args.predictions, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["row", "probability", "decision"])
            for r, p, d in zip(rows, proba, decision):
                w.writerow([int(r), f"{p:.9g}", f"{d:.9g}"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
