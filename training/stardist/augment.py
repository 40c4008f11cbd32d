"""Patch sampling with augmentation that keeps the grid-2 targets exact.

Geometric: the 8 dihedral transforms (flips and 90-degree rotations). Flipping a patch moves grid pixels
(even coordinates) to odd ones, so the crop origin is chosen odd along a flipped axis; then the flipped
patch's even pixels are even pixels of the source image, whose targets are precomputed, and only the ray
order changes (common.ray_permutation). Arbitrary-angle rotations would need targets recomputed per
sample and are left out (the nuclei have no preferred orientation beyond what the dihedral group covers).
Photometric (on the normalised patch): intensity scale (sometimes up to 15x, see photometric) and offset,
Gaussian blur, Gaussian noise.
"""
import numpy as np
from scipy import ndimage

from common import ray_permutation


def pad_record(rec, P):
    """Zero-pad a record so that every crop of size P, at either parity, fits (size >= P + 2, even)."""
    img = rec["img"]
    H, W = img.shape
    Hp, Wp = max(H + H % 2, P + 2), max(W + W % 2, P + 2)
    if (Hp, Wp) != (H, W):
        def padn(a, shape, val=0):
            out = np.full(shape + a.shape[2:], val, a.dtype)
            out[:a.shape[0], :a.shape[1]] = a
            return out
        rec["img"] = padn(img, (Hp, Wp))
        rec["prob"] = padn(rec["prob"], (Hp // 2, Wp // 2))
        rec["dist"] = padn(rec["dist"], (Hp // 2, Wp // 2))
        rec["w"] = padn(rec["w"], (Hp // 2, Wp // 2), 1)
    lab = rec["lab"]
    objs = ndimage.find_objects(lab)
    rec["centres"] = np.array([((s[0].start + s[0].stop) // 2, (s[1].start + s[1].stop) // 2)
                               for s in objs if s is not None], np.int64).reshape(-1, 2)
    return rec


def _origin(rng, size, P, parity, centre=None):
    hi = size - P
    if centre is None:
        o = int(rng.integers(0, hi + 1))
    else:
        o = int(np.clip(centre - P // 2 + rng.integers(-P // 3, P // 3 + 1), 0, hi))
    if o % 2 != parity:
        o = o + 1 if o + 1 <= hi else o - 1
    return o


def sample(rec, P, rng, focus=0.0):
    """One augmented patch: x (P, P), prob (P/2, P/2), dist (P/2, P/2, R), w (P/2, P/2)."""
    img = rec["img"]
    H, W = img.shape
    fy, fx, tr = (int(v) for v in rng.integers(0, 2, 3))
    cy = cx = None
    if focus > 0 and len(rec["centres"]) and rng.random() < focus:
        cy, cx = rec["centres"][rng.integers(len(rec["centres"]))]
    y0 = _origin(rng, H, P, fy, cy)
    x0 = _origin(rng, W, P, fx, cx)
    g = P // 2
    gy0 = (y0 + fy) // 2
    gx0 = (x0 + fx) // 2
    x = img[y0:y0 + P, x0:x0 + P]
    prob = rec["prob"][gy0:gy0 + g, gx0:gx0 + g]
    dist = rec["dist"][gy0:gy0 + g, gx0:gx0 + g]
    w = rec["w"][gy0:gy0 + g, gx0:gx0 + g]
    if fy:
        x, prob, dist, w = x[::-1], prob[::-1], dist[::-1], w[::-1]
    if fx:
        x, prob, dist, w = x[:, ::-1], prob[:, ::-1], dist[:, ::-1], w[:, ::-1]
    if tr:
        x, prob, dist, w = x.T, prob.T, dist.transpose(1, 0, 2), w.T
    dist = dist[..., ray_permutation(fy, fx, tr)]
    x = photometric(np.ascontiguousarray(x, dtype=np.float32), rng)
    return x, np.ascontiguousarray(prob), np.ascontiguousarray(dist, dtype=np.float32), np.ascontiguousarray(w)


def photometric(x, rng):
    if rng.random() < 0.25:
        x = ndimage.gaussian_filter(x, float(rng.uniform(0.5, 1.3)))
    gain = np.exp(rng.uniform(np.log(0.6), np.log(1.6)))
    if rng.random() < 0.25:
        # a frame with few bright objects has its 99.8th percentile in the background, so its objects
        # come out of the normalisation up to ~20x brighter than in an object-rich frame
        gain *= np.exp(rng.uniform(0, np.log(15)))
    x = x * np.float32(gain) + np.float32(rng.uniform(-0.1, 0.1))
    if rng.random() < 0.5:
        x = x + rng.normal(0, rng.uniform(0.005, 0.06), x.shape).astype(np.float32)
    return x.astype(np.float32)
