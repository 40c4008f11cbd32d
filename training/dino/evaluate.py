"""Quality of cell embeddings on labelled generated crops held apart from encoder training.

  /usr/bin/python3 evaluate.py --db /path/hil-project/project.db --cohort /path/hil-cohort \
      --model ../../models/encoder-xcit-nano-dino-v1/model.pt --out runs/cpu/quality.json

Labels come from the generator's truth (truth_labels.py), used here only. Split by patient (alternate
patients fit / evaluate), at most --per-class cells per class and split. Three representations:
the trained encoder (TorchScript file), the same architecture randomly initialised (seeded), raw pixels
(the normalised 3 x 48 x 48 input) + PCA to 128. For each: kNN (k=20, cosine, majority vote) and a linear
probe (logistic regression on standardised features), for CTC vs non-CTC and for the object classes;
accuracy, balanced accuracy and CTC F1.
"""
import argparse
import json
import time

import numpy as np
import torch
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

from common import load_crops, normalize
from truth_labels import cell_labels
from xcit import XCiT


def embed(model, crops, batch=256):
    out = []
    with torch.no_grad():
        for i in range(0, len(crops), batch):
            out.append(model(torch.from_numpy(normalize(crops[i:i + batch]))).numpy())
    return np.concatenate(out)


def scores(y_true, y_pred, ctc_positive):
    d = {"accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
         "balanced_accuracy": round(float(balanced_accuracy_score(y_true, y_pred)), 4)}
    if ctc_positive is not None:
        d["ctc_f1"] = round(float(f1_score(y_true == ctc_positive, y_pred == ctc_positive)), 4)
    return d


def probe(ftr, ytr, fte, yte, ctc_positive):
    knn = KNeighborsClassifier(n_neighbors=20, metric="cosine").fit(ftr, ytr)
    sc = StandardScaler().fit(ftr)
    lin = LogisticRegression(max_iter=2000, C=1.0).fit(sc.transform(ftr), ytr)
    return {"knn20": scores(yte, knn.predict(fte), ctc_positive),
            "linear": scores(yte, lin.predict(sc.transform(fte)), ctc_positive)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--cohort", required=True)
    ap.add_argument("--model", required=True, help="TorchScript model.pt of the trained encoder")
    ap.add_argument("--random-depth", type=int, default=12)
    ap.add_argument("--per-class", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    rng = np.random.default_rng(a.seed)
    ids, patients, crops = load_crops([a.db])
    labels = cell_labels(a.db, a.cohort)
    keep = np.array([i in labels for i in ids])
    ids, patients, crops = ids[keep], patients[keep], crops[keep]
    cls = np.array([labels[i][0] for i in ids])
    ctc = np.array([labels[i][1] for i in ids])
    codes = sorted(set(patients.tolist()))
    fit_patients = set(codes[0::2])
    split = np.array(["fit" if p in fit_patients else "eval" for p in patients])
    sel = []
    for s in ("fit", "eval"):
        for c in sorted(set(cls.tolist())):
            idx = np.flatnonzero((split == s) & (cls == c))
            sel.extend(rng.choice(idx, size=min(a.per_class, len(idx)), replace=False).tolist())
    sel = np.array(sorted(sel))
    crops, cls, ctc, split = crops[sel], cls[sel], ctc[sel], split[sel]
    tr, te = split == "fit", split == "eval"
    counts = {s: {c: int(((split == s) & (cls == c)).sum()) for c in sorted(set(cls.tolist()))} for s in ("fit", "eval")}

    reps = {}
    t = time.time()
    reps["trained encoder"] = embed(torch.jit.load(a.model).eval(), crops)
    t_trained = time.time() - t
    torch.manual_seed(a.seed)
    reps["random-init XCiT"] = embed(XCiT(depth=a.random_depth).eval(), crops)
    flat = normalize(crops).reshape(len(crops), -1)
    reps["raw pixels + PCA-128"] = PCA(n_components=128, random_state=a.seed).fit(flat[tr]).transform(flat)
    result = {"db": a.db, "cohort": a.cohort, "model": a.model, "split": "by patient: fit " + ",".join(sorted(fit_patients)),
              "cells": counts, "embed_seconds_trained": round(t_trained, 1), "results": {}}
    ctc_lbl = np.where(ctc, "CTC", "non-CTC")
    for name, f in reps.items():
        result["results"][name] = {
            "ctc_vs_rest": probe(f[tr], ctc_lbl[tr], f[te], ctc_lbl[te], "CTC"),
            "classes": probe(f[tr], cls[tr], f[te], cls[te], "ctc"),
        }
        print(name, json.dumps(result["results"][name]), flush=True)
    if a.out:
        with open(a.out, "w") as fh:
            json.dump(result, fh, indent=1)


if __name__ == "__main__":
    main()
