"""Predict the validation sets, tune the probability and NMS thresholds, report AP.

  python3 evaluate.py --weights runs/cpu/last.pth --out runs/cpu/eval.json

Tuning: a grid of (prob, nms) thresholds; the pair maximising the mean AP@0.5 of the DSB2018 validation
split and the generated CK validation frames is chosen (the per-set optima are reported too). The
generated test frames (default generator config, objects few and mostly small) are only reported.
"""
import argparse
import collections
import json
import multiprocessing
import os
import time

import numpy as np
import torch

import data
import postprocess as pp
from common import pad_to_multiple, GRID
from model import StarDistNet

PROBS = (0.2, 0.25, 0.3, 0.4, 0.5, 0.6)
NMSS = (0.1, 0.2, 0.3, 0.4)


def load_model(path):
    if path.endswith(".pt"):
        return torch.jit.load(path)
    ck = torch.load(path, map_location="cpu")
    c = ck["config"]
    m = StarDistNet(n_rays=c["n_rays"], widths=tuple(c["widths"]), head=c["head"])
    m.load_state_dict(ck["state_dict"])
    return m.eval()


def predict(model, img):
    """img: normalised (H, W). Returns prob (h, w), dist (R, h, w) cut to the grid cells inside the image."""
    H, W = img.shape
    x = torch.from_numpy(pad_to_multiple(img, 16))[None, None]
    with torch.no_grad():
        prob, dist = model(x)
    h, w = -(-H // GRID), -(-W // GRID)
    return prob[0, 0, :h, :w].numpy(), dist[0, :, :h, :w].numpy()


def evaluate(preds, recs, thr_prob, thr_nms, ious=(0.5,), subpops=None):
    stats = {t: [] for t in ious}
    found = collections.Counter()
    total = collections.Counter()
    for (prob, dist), r in zip(preds, recs):
        lab, _ = pp.predict_labels(prob, dist, r["lab"].shape, thr_prob, thr_nms)
        ig = r.get("ignore")
        for t in ious:
            stats[t].append(pp.match(r["lab"], lab, t, ignore=ig))
        if subpops is not None:
            sp = subpops[r["name"]]
            iou, _ = pp.iou_matrix(r["lab"], pp._relabel(lab)[0])
            hit = iou.max(1) >= 0.5 if iou.size else np.zeros(len(sp), bool)
            for s, h in zip(sp, hit):
                total[s] += 1
                found[s] += int(h)
    out = {("ap%d" % round(t * 100)): pp.summarise(stats[t]) for t in ious}
    if subpops is not None:
        out["recall_by_subpopulation"] = {s: "%d/%d" % (found[s], total[s]) for s in sorted(total)}
    return out


_SETS, _PREDS = None, None


def _tune_one(combo):
    tp_, tn = combo
    row = dict(prob=tp_, nms=tn)
    for k in ("dsb_val", "sim_val"):
        if k in _SETS:
            row[k] = round(evaluate(_PREDS[k], _SETS[k], tp_, tn)["ap50"]["ap"], 4)
    row["mean"] = round(float(np.mean([row[k] for k in ("dsb_val", "sim_val") if k in row])), 4)
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True, help="training checkpoint .pth or TorchScript .pt")
    ap.add_argument("--cache", default=data.CACHE)
    ap.add_argument("--out", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--sim-val-root", default=None, help="generator output of sim_val (recall per sub-population)")
    ap.add_argument("--sim-test-root", default=None, help="generator output of sim_test (recall per sub-population)")
    ap.add_argument("--workers", type=int, default=2, help="processes for the threshold grid")
    ap.add_argument("--fixed", nargs=2, type=float, default=None, help="skip tuning: prob nms")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    model = load_model(a.weights)
    sets = {}
    for key in ("dsb_val", "sim_val", "sim_test"):
        p = os.path.join(a.cache, key + ".npz")
        if os.path.exists(p):
            sets[key] = data.load(p)
    t0 = time.time()
    preds = {k: [predict(model, r["img"]) for r in recs] for k, recs in sets.items()}
    print("predicted in %.0f s" % (time.time() - t0), flush=True)

    tuning = []
    if a.fixed:
        best = tuple(a.fixed)
    else:
        global _SETS, _PREDS
        _SETS, _PREDS = sets, preds
        combos = [(tp_, tn) for tp_ in PROBS for tn in NMSS]
        with multiprocessing.get_context("fork").Pool(a.workers) as pool:
            for row in pool.imap(_tune_one, combos):
                tuning.append(row)
                print(row, flush=True)
        b = max(tuning, key=lambda r: r["mean"])
        best = (b["prob"], b["nms"])
    print("chosen thresholds prob %.2f nms %.2f" % best, flush=True)

    subpops = {}
    for k, root in (("sim_val", a.sim_val_root), ("sim_test", a.sim_test_root)):
        if root and k in sets:
            subpops[k] = {}
            for f in data.sim_frames(root):
                _, _, _, sp = data.load_sim(root, *f, with_subpops=True)
                subpops[k]["%s/frame_%03d" % (f[0], f[1])] = sp
    report = {}
    for k in sets:
        sp = subpops.get(k)
        report[k] = evaluate(preds[k], sets[k], best[0], best[1], ious=(0.5, 0.7), subpops=sp)
        print(k, json.dumps(report[k]), flush=True)
        if sp is not None:
            # the same frames scored on cells and debris only: tdEVs (median 8 px) become ignored regions
            recs = []
            for r in sets[k]:
                tdev = np.array([s == "tdev_dot" for s in sp[r["name"]]], bool)
                lut = np.concatenate([[False], tdev])
                is_tdev = lut[r["lab"]]
                recs.append(dict(r, lab=np.where(is_tdev, 0, r["lab"]),
                                 ignore=(r["ignore"] if r["ignore"] is not None else False) | is_tdev))
            kk = k + "_without_tdev"
            report[kk] = evaluate(preds[k], recs, best[0], best[1], ious=(0.5, 0.7))
            print(kk, json.dumps(report[kk]), flush=True)
    res = dict(weights=a.weights, thresholds=dict(prob=best[0], nms=best[1]), tuning=tuning, results=report,
               eval_wall_s=round(time.time() - t0))
    if tuning:
        res["best_per_set"] = {k: max(tuning, key=lambda r: r[k]) for k in ("dsb_val", "sim_val") if k in tuning[0]}
    with open(a.out, "w") as f:
        json.dump(res, f, indent=1)


if __name__ == "__main__":
    main()
