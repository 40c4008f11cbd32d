"""Export a trained checkpoint for the Java side (DJL / libtorch):

  python3 export.py --weights runs/cpu/last.pth --eval runs/cpu/eval.json --name stardist-fluo-ck-v1

writes ../../models/<name>/{model.pt (TorchScript), weights.pth (state_dict), model.json (card)} and the
parity fixture ../../src/test/resources/segment/parity/{input,raw,prob,dist}.f32 + parity.json.
TorchScript is produced by torch.jit.script with the installed (Debian, 1.13) torch, so that DJL's
libtorch 2.7.1 can load it.
"""
import argparse
import datetime
import json
import os
import subprocess
import time

import numpy as np
import torch

import data
import postprocess as pp
from common import N_RAYS, GRID, P_LO, P_HI, normalize, percentiles, ray_angles
from evaluate import load_model
from model import StarDistNet, n_params

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def git_commit():
    try:
        c = subprocess.check_output(["git", "-C", ROOT, "rev-parse", "HEAD"], text=True).strip()
        dirty = subprocess.call(["git", "-C", ROOT, "diff", "--quiet", "HEAD", "--", "training"]) != 0
        untracked = subprocess.check_output(["git", "-C", ROOT, "ls-files", "--others", "--exclude-standard",
                                             "training"], text=True).strip()
        return c + ("+uncommitted-training-changes" if dirty or untracked else "")
    except Exception:
        return "unknown"


def forward_time(ts, h=1040, w=1392, runs=5):
    x = torch.rand(1, 1, h, w)
    with torch.no_grad():
        ts(x)
        ts(x)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            ts(x)
            times.append(time.perf_counter() - t)
    return float(np.median(times)), float(np.min(times))


def write_f32(path, a):
    np.ascontiguousarray(a, dtype="<f4").tofile(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--eval", required=True, help="eval.json written by evaluate.py")
    ap.add_argument("--name", default="stardist-fluo-ck-v1")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--train-wall", default=None, help="train_summary.json of the run")
    ap.add_argument("--notes", default=os.path.join(HERE, "card_notes.json"), help="JSON merged into the card")
    ap.add_argument("--schedule-note", default=None, help="free text for the card (resumes, changes)")
    ap.add_argument("--parity-image", default=None, help="DSB2018 validation image id for the fixture")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)

    ck = torch.load(a.weights, map_location="cpu")
    cfg = ck["config"]
    model = load_model(a.weights)
    ts = torch.jit.script(model)
    outdir = os.path.join(ROOT, "models", a.name)
    os.makedirs(outdir, exist_ok=True)
    pt = os.path.join(outdir, "model.pt")
    ts.save(pt)
    torch.save(dict(state_dict=model.state_dict(), config=cfg), os.path.join(outdir, "weights.pth"))
    ts = torch.jit.load(pt).eval()

    # the export must reproduce the eager model on odd-sized (multiple of 16) inputs
    x = torch.randn(2, 1, 96, 144)
    with torch.no_grad():
        pe, de = model(x)
        ps, ds = ts(x)
    diff = max(float((pe - ps).abs().max()), float((de - ds).abs().max()))
    assert diff < 1e-4, diff
    assert ps.shape == (2, 1, 48, 72) and ds.shape == (2, N_RAYS, 48, 72)

    med, best = forward_time(ts)
    ev = json.load(open(a.eval))
    summ = json.load(open(a.train_wall)) if a.train_wall else {}
    args = ck.get("args", {})

    # parity fixture: a 96 x 128 crop of a DSB2018 validation image, normalised on the crop itself
    fix = os.path.join(ROOT, "src", "test", "resources", "segment", "parity")
    os.makedirs(fix, exist_ok=True)
    _, val = data.dsb_split()
    name = a.parity_image
    best_crop = None
    # prefer a crop with several nuclei whose percentiles fall between two pixel values (so that the
    # Java test exercises the linear interpolation)
    for nm in ([name] if name else val):
        img, lab, _ = data.load_dsb(nm)
        H, W = img.shape
        for y0 in range(0, H - 96 + 1, 48):
            for x0 in range(0, W - 128 + 1, 64):
                n = len(np.unique(lab[y0:y0 + 96, x0:x0 + 128])) - 1
                lo_, hi_ = percentiles(img[y0:y0 + 96, x0:x0 + 128])
                frac = int(lo_ != round(lo_)) + int(hi_ != round(hi_))
                key = (min(n, 8), frac, n)
                if best_crop is None or key > best_crop[0]:
                    best_crop = (key, nm, y0, x0)
        if best_crop[0][:2] == (8, 2):
            break
    (_, _, n), nm, y0, x0 = best_crop
    img, _, _ = data.load_dsb(nm)
    raw = img[y0:y0 + 96, x0:x0 + 128].astype(np.float32)
    lo, hi = percentiles(raw)
    inp = normalize(raw, lo, hi)
    with torch.no_grad():
        pr, di = ts(torch.from_numpy(inp)[None, None])
    write_f32(os.path.join(fix, "raw.f32"), raw)
    write_f32(os.path.join(fix, "input.f32"), inp)
    write_f32(os.path.join(fix, "prob.f32"), pr.numpy())
    write_f32(os.path.join(fix, "dist.f32"), di.numpy())
    thr = ev["thresholds"]
    kept = pp.nms(pr[0, 0].numpy(), di[0].numpy(), (96, 128), thr["prob"], thr["nms"])
    labimg = pp.label_image(kept, (96, 128))
    parity = {
        "model": a.name,
        "height": 96, "width": 128,
        "p_lo": lo, "p_hi": hi, "percentile_low": P_LO, "percentile_high": P_HI,
        "source": "DSB2018 training subset, validation image %s, crop y0=%d x0=%d (96 x 128), %d nuclei" % (nm, y0, x0, n),
        "raw": {"file": "raw.f32", "shape": [1, 1, 96, 128], "dtype": "float32 little-endian",
                "note": "un-normalised 8-bit pixel values as float32"},
        "normalisation": {"p_lo": lo, "p_hi": hi, "percentiles": [P_LO, P_HI],
                          "method": "numpy.percentile default (linear interpolation) over the whole crop; "
                                    "x' = (x - p_lo) / max(p_hi - p_lo, 1e-6)"},
        "input": {"file": "input.f32", "shape": [1, 1, 96, 128], "dtype": "float32 little-endian"},
        "prob": {"file": "prob.f32", "shape": [1, 1, 48, 64], "dtype": "float32 little-endian"},
        "dist": {"file": "dist.f32", "shape": [1, N_RAYS, 48, 64], "dtype": "float32 little-endian"},
        "tolerance": {"input": 1e-5, "prob": 1e-4, "dist": 1e-3},
        "postprocess": {"thresholds": thr, "n_objects": len(kept),
                        "objects": [{"score": round(k[0], 6), "y": k[1], "x": k[2],
                                     "area_px": int(k[4].size)} for k in kept],
                        "note": "polygons kept by the reference NMS (training/stardist/postprocess.py), "
                                "decreasing score; area = rasterised pixels (centre strictly inside)"},
        "label_area_total_px": int((labimg > 0).sum()),
    }
    with open(os.path.join(fix, "parity.json"), "w") as f:
        json.dump(parity, f, indent=1)

    res = ev["results"]
    card = {
        "name": a.name,
        "format": "TorchScript (torch.jit.script, torch %s)" % torch.__version__,
        "files": {"torchscript": "model.pt", "state_dict": "weights.pth"},
        "architecture": {
            "type": "StarDist-2D style U-Net",
            "stem": "conv 4x4 stride 2 + conv 3x3 (no full-resolution feature maps)",
            "widths": cfg["widths"], "poolings": 3, "head_channels": cfg["head"],
            "parameters": n_params(model),
            "prob_activation": "sigmoid (applied inside the model)",
            "dist_activation": "softplus (applied inside the model)",
        },
        "grid": GRID,
        "rays": N_RAYS,
        "input": {
            "channels": 1,
            "divisible_by": 16,
            "tensor": "float32 (N, 1, H, W), H and W multiples of 16; pad with zeros at bottom/right AFTER normalising",
            "channels_meant_for": ["CK (CellSearch CK-PE page)", "fluorescence nuclei (DAPI-like)"],
            "normalisation": {
                "low": P_LO, "high": P_HI,
                "per": "image/frame and channel, over the whole un-padded image",
                "p_lo": "percentile %.1f" % P_LO, "p_hi": "percentile %.1f" % P_HI,
                "percentile_method": "numpy.percentile default: linear interpolation between closest ranks "
                                     "(rank = q/100 * (n-1) on the sorted values)",
                "formula": "x' = (x - p_lo) / max(p_hi - p_lo, 1e-6), no clipping",
                "cellsearch_note": "8-bit pages and their 12-bit rescale (low + v (high - low) / max v) normalise "
                                   "identically up to float rounding (affine map with positive slope)",
            },
        },
        "output": {
            "tuple": ["prob", "dist"],
            "prob": "float32 (N, 1, H/2, W/2), object probability after sigmoid",
            "dist": "float32 (N, 32, H/2, W/2), radial distances in full-resolution input pixels, >= 0",
            "grid": GRID,
            "grid_cell": "cell (i, j) is input pixel (y = 2i, x = 2j); cells outside the un-padded image are ignored",
            "n_rays": N_RAYS,
            "rays": "phi_k = 2 pi k / 32, k = 0..31; end point (x + d_k cos phi_k, y + d_k sin phi_k), y downwards",
        },
        "postprocessing": {
            "reference": "training/stardist/postprocess.py",
            "steps": ["candidates: cells with prob > thresholds.prob, by decreasing prob",
                      "star-convex polygon from the 32 ray end points around the cell's pixel",
                      "greedy NMS: drop a candidate whose IoU with a kept polygon is > thresholds.nms "
                      "(IoU on rasterised polygons: pixels whose centre lies strictly inside)",
                      "label image: kept polygons painted from lowest to highest prob"],
        },
        "thresholds": {"prob": thr["prob"], "nms": thr["nms"]},
        "thresholds_tuning": {
            "grid": {"prob": sorted({r["prob"] for r in ev.get("tuning", [])}),
                     "nms": sorted({r["nms"] for r in ev.get("tuning", [])})},
            "criterion": "max mean AP@0.5 over the DSB2018 validation split and the generated CK validation frames",
            "best_per_set": ev.get("best_per_set"),
        },
        "training": {
            "data": {
                "dsb2018": "DSB2018 fluorescence nuclei training subset (shared/data/dsb2018-train), %d images for "
                           "training, %d for validation (random split, seed 2018)" % (len(data.dsb_split()[0]), len(val)),
                "generated": "ctc simulate frames, CK page; CK-rich config (ctcZeroFraction 0, ctcParetoAlpha 0.05, "
                             "tdevPerCtcMedian 3, debrisPerFrame 3): train 6 patients x 8 frames seed 101, "
                             "validation 2 x 6 frames seed 202; test = default config, 3 x 10 frames seed 11",
                "ck_targets": sorted(data.CK_TARGET),
                "ck_ignored": sorted(data.CK_IGNORE) + ["(zero loss weight on their masks, dilated 2 px)"],
                "ck_background": "WBCs, bare nuclei, CD45+ EVs, edge glare",
            },
            "patch": args.get("patch"), "batch": args.get("batch"), "iterations": ck.get("iter"),
            "schedule": ck.get("history"),
            "schedule_note": a.schedule_note,
            "epochs_equivalent": None,
            "sim_fraction": args.get("sim_fraction"),
            "optimizer": "Adam lr %s, warmup %s, cosine decay" % (args.get("lr"), args.get("warmup")),
            "loss": "BCE(prob) + 0.2 * L1(dist) weighted by the object-probability target (+1e-4 background reg.)",
            "augmentation": "8 dihedral transforms, intensity scale 0.6-1.6 (x1-15 in 25%), offset +-0.1, "
                            "Gaussian blur (25%), Gaussian noise (50%)",
            "device": args.get("device"), "wall_s": summ.get("wall_s", round(ck.get("wall_s", 0))),
        },
        "validation": {k: {m: {kk: (round(vv, 4) if isinstance(vv, float) else vv) for kk, vv in v.items()}
                           if isinstance(v, dict) and m.startswith("ap") else v for m, v in r.items()}
                       for k, r in res.items()},
        "validation_note": "AP = TP / (TP + FP + FN) over all objects of the set, one-to-one matching at IoU >= "
                           "0.5 / 0.7; on generated frames a false positive lying mostly on an ignored object "
                           "is not counted",
        "forward_time_s": {"input": [1, 1, 1040, 1392], "threads": a.threads, "median": round(med, 3),
                           "min": round(best, 3), "runtime": "torch %s TorchScript, Python" % torch.__version__},
        "date": datetime.date.today().isoformat(),
        "git_commit": git_commit(),
    }
    # epochs: patches seen / training images (a rough equivalent)
    if ck.get("iter") and args.get("batch"):
        n_img = len(data.dsb_split()[0]) + 48
        card["training"]["epochs_equivalent"] = round(ck["iter"] * args["batch"] / n_img, 1)
        card["training"]["epochs_note"] = "iterations x batch / training images (patches of %d px)" % args["patch"]
    if a.notes and os.path.exists(a.notes):
        card.update(json.load(open(a.notes)))
    with open(os.path.join(outdir, "model.json"), "w") as f:
        json.dump(card, f, indent=1)
    print(json.dumps(card["forward_time_s"]), "export diff %.2e" % diff)
    print("wrote", outdir, fix)


if __name__ == "__main__":
    main()
