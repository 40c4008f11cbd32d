"""Data sources, splits and cached training targets.

Sources
- DSB2018 training subset (../shared/data/dsb2018-train): 8-bit grayscale nuclei, instance masks.
  A fixed random 15 % of the images (seed 2018) is our validation split; the rest trains.
- Synthetic CellSearch frames from `ctc simulate` (page 3 = CK). Targets are the objects visible in CK
  (CK_TARGET sub-populations); objects carrying CK that their mask does not outline (CK particles lying on
  a WBC or bare nucleus, point-like DAPI+CK dots, out-of-focus cells that may be CTCs or WBCs, smears in
  an unknown channel) are IGNORED: zero loss weight on their mask (dilated 2 px), and at evaluation a
  prediction lying mostly on them is neither a TP nor an FP. Everything else is background.

The 8-bit pages are normalised directly: the 12-bit rescale (low + v (high - low) / max v) is affine with a
positive slope, so percentile normalisation gives the same result up to float rounding.
"""
import csv
import glob
import os

import numpy as np
import tifffile
from scipy import ndimage

from common import edt_prob, normalize, percentiles, star_dist_grid, GRID

HERE = os.path.dirname(os.path.abspath(__file__))
DSB_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "dsb2018-train"))
CACHE = os.path.join(HERE, "cache")
CK_PAGE = 2
DAPI_PAGE = 0

CK_TARGET = {
    "ctc_typical", "ctc_irregular", "ctc_textured_ck", "ctc_dim_ck", "ctc_dim_dapi", "ctc_doublet",
    "ctc_cluster", "ctc_shine_through", "ctc_extra_dapi", "ctc_small",
    "apoptotic_fragmented", "apoptotic_condensed", "tdev_dot", "artefact_ck_debris", "artefact_debris",
}
CK_IGNORE = {"wbc_ck_debris", "bare_nucleus_ck_debris", "artefact_point_like", "artefact_out_of_focus",
             "artefact_smear"}


def dsb_split(val_fraction=0.15, seed=2018):
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(DSB_DIR, "images", "*.tif")))
    rng = np.random.default_rng(seed)
    perm = rng.permutation(len(names))
    n_val = int(round(val_fraction * len(names)))
    val = sorted(names[i] for i in perm[:n_val])
    train = sorted(names[i] for i in perm[n_val:])
    return train, val


def load_dsb(name):
    img = tifffile.imread(os.path.join(DSB_DIR, "images", name + ".tif"))
    lab = tifffile.imread(os.path.join(DSB_DIR, "masks", name + ".tif"))
    if img.ndim == 3:  # never in this subset, kept for safety
        img = img[..., :3].mean(-1) if img.shape[-1] in (3, 4) else img[0]
    return img, lab.astype(np.int32), None


def sim_frames(root):
    """(patient, frame number, tif path) for every frame of a `ctc simulate` output folder."""
    out = []
    for pdir in sorted(glob.glob(os.path.join(root, "*", ""))):
        patient = os.path.basename(os.path.dirname(pdir))
        if patient == "truth":
            continue
        for f in sorted(glob.glob(os.path.join(pdir, "frame_*.tif"))):
            out.append((patient, int(os.path.basename(f)[6:9]), f))
    return out


def read_page(path, page):
    with tifffile.TiffFile(path) as t:
        return t.pages[page].asarray()


def read_page_12bit(path, page):
    """The 12-bit signal: low + v * (high - low) / max(v) (tags 754/755, 32768 offset removed)."""
    with tifffile.TiffFile(path) as t:
        p = t.pages[page]
        v = p.asarray().astype(np.float64)
        low, high = float(p.tags[754].value), float(p.tags[755].value)
    low, high = (x - 32768 if x > 32767 else x for x in (low, high))
    return low + v * (high - low) / max(v.max(), 1)


def load_sim(root, patient, frame, path, page=CK_PAGE, with_subpops=False):
    """Image (8-bit page), target labels (CK-visible objects, relabelled 1..n), ignore mask (bool);
    with_subpops: also the sub-population of each target label (list, index = label - 1)."""
    img = read_page(path, page)
    masks = tifffile.imread(os.path.join(root, "truth", patient, "masks", "frame_%03d.tif" % frame)).astype(np.int32)
    keep, ignore, subs = [], [], []
    with open(os.path.join(root, "truth", patient, "objects.csv")) as f:
        for row in csv.DictReader(f):
            if int(row["frame"]) != frame or int(row["mask_id"]) == 0:
                continue
            sub = row["sub_population"]
            if sub in CK_TARGET:
                keep.append(int(row["mask_id"]))
                subs.append(sub)
            elif sub in CK_IGNORE:
                ignore.append(int(row["mask_id"]))
    lut = np.zeros(masks.max() + 1, np.int32)
    lut[np.asarray(keep, np.int64)] = np.arange(1, len(keep) + 1)
    lab = lut[masks]
    # ids present in the csv but fully painted over by later objects leave holes in the numbering:
    lab, ids, _ = relabel(lab)
    ig = np.isin(masks, ignore) if ignore else np.zeros(masks.shape, bool)
    ig = ndimage.binary_dilation(ig, iterations=2) & (lab == 0)
    if with_subpops:
        return img, lab, ig, [subs[i - 1] for i in ids]
    return img, lab, ig


def relabel(lab):
    ids = np.unique(lab)
    ids = ids[ids > 0]
    lut = np.zeros(lab.max() + 1, np.int32)
    lut[ids] = np.arange(1, len(ids) + 1)
    return lut[lab], ids, len(ids)


def targets(lab, ignore=None, grid=GRID):
    """prob target (H/g, W/g) float32, dist target (H/g, W/g, 32) float16, weight (H/g, W/g) float32."""
    prob = edt_prob(lab)[::grid, ::grid].copy()
    dist = star_dist_grid(lab, grid=grid).astype(np.float16)
    w = np.ones(prob.shape, np.float32)
    if ignore is not None:
        w[ignore[::grid, ::grid]] = 0
    return prob, dist, w


def build(kind, items, loader):
    """Load images, normalise per image (whole image), compute targets. Returns list of dicts."""
    out = []
    for i, it in enumerate(items):
        img, lab, ig = loader(*it) if isinstance(it, tuple) else loader(it)
        lo, hi = percentiles(img)
        x = normalize(img, lo, hi)
        prob, dist, w = targets(lab, ig)
        out.append(dict(name=str(it if not isinstance(it, tuple) else "%s/frame_%03d" % (it[1], it[2])),
                        img=x, lab=lab.astype(np.int32), ignore=ig, prob=prob, dist=dist, w=w, lo=lo, hi=hi))
        if (i + 1) % 50 == 0:
            print("  %s: %d/%d" % (kind, i + 1, len(items)), flush=True)
    return out


def save(path, recs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    arrs = {}
    for i, r in enumerate(recs):
        for k, v in r.items():
            if v is None:
                continue
            arrs["%d_%s" % (i, k)] = np.asarray(v)
    np.savez(path, n=len(recs), **arrs)


def load(path):
    z = np.load(path, allow_pickle=False)
    recs = []
    for i in range(int(z["n"])):
        r = {}
        for k in ("name", "img", "lab", "ignore", "prob", "dist", "w", "lo", "hi"):
            key = "%d_%s" % (i, k)
            if key in z.files:
                r[k] = z[key]
        r["name"] = str(r["name"])
        r.setdefault("ignore", None)
        recs.append(r)
    return recs
