"""Shared definitions: normalisation, ray geometry, star-convex distance targets, dihedral transforms.

Everything here is part of the contract with the Java inference code (see model.json written by
export.py): keep normalize() and the ray convention in step with it.
"""
import numpy as np
from scipy import ndimage

N_RAYS = 32
GRID = 2
P_LO, P_HI = 1.0, 99.8


def ray_angles(n_rays=N_RAYS):
    """phi_k = 2 pi k / n; ray k ends at (x + d cos phi_k, y + d sin phi_k), y pointing down."""
    return 2 * np.pi * np.arange(n_rays) / n_rays


def percentiles(img):
    """1st and 99.8th percentile of the whole image, numpy's default (linear interpolation)."""
    lo, hi = np.percentile(np.asarray(img, dtype=np.float64), [P_LO, P_HI])
    return float(lo), float(hi)


def normalize(img, lo=None, hi=None):
    """x' = (x - p_lo) / max(p_hi - p_lo, 1e-6), float32, no clipping."""
    if lo is None:
        lo, hi = percentiles(img)
    return ((np.asarray(img, dtype=np.float32) - np.float32(lo)) / np.float32(max(hi - lo, 1e-6))).astype(np.float32)


def pad_to_multiple(x, m=16):
    """Zero-pad a 2-D array at the bottom/right to a multiple of m (what Java does after normalising)."""
    h, w = x.shape
    H, W = -(-h // m) * m, -(-w // m) * m
    if (H, W) == (h, w):
        return x
    out = np.zeros((H, W), dtype=x.dtype)
    out[:h, :w] = x
    return out


def star_dist_grid(labels, n_rays=N_RAYS, grid=GRID, step=0.5):
    """Radial distances (H/grid, W/grid, n_rays) float32 at the grid pixels (y = grid*i, x = grid*j).

    March along each ray in steps of `step` px (nearest-pixel lookup) until the label changes or the
    image ends; the distance is taken half a step before the first outside sample, i.e. between the last
    inside and the first outside sample. Zero on background.
    """
    labels = np.asarray(labels)
    h, w = labels.shape
    gy, gx = np.mgrid[0:h:grid, 0:w:grid]
    out = np.zeros(gy.shape + (n_rays,), np.float32)
    lab = labels[gy, gx]
    sel = lab > 0
    if not sel.any():
        return out
    ys, xs, ls = gy[sel].astype(np.float32), gx[sel].astype(np.float32), lab[sel]
    padded = np.zeros((h + 2, w + 2), labels.dtype)
    padded[1:-1, 1:-1] = labels
    flat = padded.ravel()
    res = np.zeros((len(ls), n_rays), np.float32)
    for k, phi in enumerate(ray_angles(n_rays)):
        dy, dx = np.float32(np.sin(phi) * step), np.float32(np.cos(phi) * step)
        idx = np.arange(len(ls))
        cy, cx, cl = ys.copy(), xs.copy(), ls.copy()
        t = 0
        while idx.size:
            t += 1
            cy += dy
            cx += dx
            iy = np.clip(np.floor(cy + 0.5).astype(np.int64) + 1, 0, h + 1)
            ix = np.clip(np.floor(cx + 0.5).astype(np.int64) + 1, 0, w + 1)
            outside = flat[iy * (w + 2) + ix] != cl
            if outside.any():
                res[idx[outside], k] = (t - 0.5) * step
                keep = ~outside
                idx, cy, cx, cl = idx[keep], cy[keep], cx[keep], cl[keep]
    out[sel] = res
    return out


def edt_prob(labels):
    """Object probability target: per-object Euclidean distance to the object's outside, divided by
    its maximum in the object (StarDist's normalised EDT). Full resolution, float32."""
    labels = np.asarray(labels)
    prob = np.zeros(labels.shape, np.float32)
    for i, sl in enumerate(ndimage.find_objects(labels)):
        if sl is None:
            continue
        l = i + 1
        sl = tuple(slice(max(s.start - 1, 0), s.stop + 1) for s in sl)
        m = labels[sl] == l
        mp = np.pad(m, 1)
        d = ndimage.distance_transform_edt(mp)[1:-1, 1:-1]
        mx = d[m].max()
        if mx > 0:
            prob[sl][m] = d[m] / mx
    return prob


def ray_permutation(flip_y, flip_x, transpose, n_rays=N_RAYS):
    """Index array p with new_dist[..., k] = old_dist[..., p[k]] after flipping (y, then x) and then
    transposing an image."""
    k = np.arange(n_rays)
    f_y = lambda a: (-a) % n_rays               # y -> -y : phi -> -phi
    f_x = lambda a: (n_rays // 2 - a) % n_rays  # x -> -x : phi -> pi - phi
    f_t = lambda a: (n_rays // 4 - a) % n_rays  # x <-> y : phi -> pi/2 - phi
    p = k
    if transpose:
        p = f_t(p)
    if flip_x:
        p = f_x(p)
    if flip_y:
        p = f_y(p)
    return p
