"""Post-processing (candidates -> star-convex polygons -> greedy NMS -> label image) and evaluation
(one-to-one matching at an IoU threshold, AP = TP / (TP + FP + FN) as in the StarDist paper).

This is the reference the Java implementation follows:
1. candidates: grid cells (i, j) with prob > thr_prob, sorted by prob descending (stable);
2. polygon of cell (i, j): centre (y, x) = (2i, 2j), vertex k = (y + d_k sin phi_k, x + d_k cos phi_k);
3. greedy NMS: walk the candidates; a candidate is kept unless its IoU with an already kept polygon
   exceeds thr_nms. IoU is computed on rasterised polygons (pixels whose centre lies strictly inside the
   polygon, see rasterise), at full resolution;
4. label image: kept polygons painted in order of increasing prob (the most probable one wins overlaps),
   labels 1..n in order of decreasing prob; polygons cut to the image.
"""
import numpy as np
from scipy.optimize import linear_sum_assignment

from common import ray_angles, GRID


def candidates(prob, dist, thr, grid=GRID):
    """(scores, ys, xs, dists) of cells above thr, sorted by decreasing prob."""
    prob = np.asarray(prob)
    ii, jj = np.nonzero(prob > thr)
    s = prob[ii, jj]
    order = np.argsort(-s, kind="stable")
    ii, jj, s = ii[order], jj[order], s[order]
    return s, ii * grid, jj * grid, np.asarray(dist)[:, ii, jj].T


def rasterise(y, x, d, shape, phis):
    """Pixels (rows, cols) whose centre lies strictly inside the star-convex polygon, clipped to shape.

    A pixel at offset p = (px - x, py - y) from the centre lies in the sector of rays k, k+1 that contains
    its angle; it is inside when it is on the centre's side of the edge v_k -> v_k+1, i.e. when
    cross(v_k+1 - v_k, p - v_k) > 0 with cross(a, b) = a_x b_y - a_y b_x (y pointing down).
    """
    n = len(d)
    vy = d * np.sin(phis)
    vx = d * np.cos(phis)
    y0 = max(int(np.ceil(y + vy.min())), 0)
    y1 = min(int(np.floor(y + vy.max())), shape[0] - 1)
    x0 = max(int(np.ceil(x + vx.min())), 0)
    x1 = min(int(np.floor(x + vx.max())), shape[1] - 1)
    if y1 < y0 or x1 < x0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    rr, cc = np.mgrid[y0:y1 + 1, x0:x1 + 1]
    oy = rr - y
    ox = cc - x
    k = (np.floor(np.arctan2(oy, ox) * (n / (2 * np.pi))).astype(np.int64)) % n
    k1 = (k + 1) % n
    ax, ay = vx[k], vy[k]
    ex, ey = vx[k1] - ax, vy[k1] - ay
    inside = ex * (oy - ay) - ey * (ox - ax) > 0
    return rr[inside], cc[inside]


def nms(prob, dist, shape, thr_prob=0.5, thr_nms=0.4, grid=GRID, max_candidates=200000):
    """Greedy NMS. Returns list of (score, y, x, d, rr, cc) kept, in decreasing score."""
    s, ys, xs, ds = candidates(prob, dist, thr_prob, grid)
    s, ys, xs, ds = s[:max_candidates], ys[:max_candidates], xs[:max_candidates], ds[:max_candidates]
    phis = ray_angles(ds.shape[1] if len(ds) else 32)
    H, W = shape
    owner = np.zeros(shape, np.int32)       # index+1 of a kept polygon covering the pixel (last wins)
    kept = []
    boxes = np.zeros((0, 4), np.int64)
    for n in range(len(s)):
        rr, cc = rasterise(ys[n], xs[n], ds[n], shape, phis)
        if rr.size == 0:
            continue
        box = np.array([rr.min(), rr.max(), cc.min(), cc.max()])
        ok = True
        if kept:
            hit = np.nonzero((boxes[:, 0] <= box[1]) & (boxes[:, 1] >= box[0]) &
                             (boxes[:, 2] <= box[3]) & (boxes[:, 3] >= box[2]))[0]
            if hit.size:
                mine = np.zeros((box[1] - box[0] + 1, box[3] - box[2] + 1), bool)
                mine[rr - box[0], cc - box[2]] = True
                for k in hit:
                    krr, kcc = kept[k][4], kept[k][5]
                    inb = (krr >= box[0]) & (krr <= box[1]) & (kcc >= box[2]) & (kcc <= box[3])
                    inter = int(mine[krr[inb] - box[0], kcc[inb] - box[2]].sum())
                    if inter == 0:
                        continue
                    iou = inter / (rr.size + krr.size - inter)
                    if iou > thr_nms:
                        ok = False
                        break
        if ok:
            kept.append((float(s[n]), int(ys[n]), int(xs[n]), ds[n], rr, cc))
            boxes = np.vstack([boxes, box[None]])
    return kept


def label_image(kept, shape):
    lab = np.zeros(shape, np.int32)
    for idx in range(len(kept) - 1, -1, -1):      # lowest score first, highest painted last
        _, _, _, _, rr, cc = kept[idx]
        lab[rr, cc] = idx + 1
    return lab


def predict_labels(prob, dist, shape, thr_prob, thr_nms):
    """prob (h, w), dist (R, h, w) from the network (padded input), shape = un-padded image shape."""
    kept = nms(prob, dist, shape, thr_prob, thr_nms)
    return label_image(kept, shape), kept


def iou_matrix(gt, pred):
    ng, npred = int(gt.max()), int(pred.max())
    c = np.bincount(gt.ravel().astype(np.int64) * (npred + 1) + pred.ravel(),
                    minlength=(ng + 1) * (npred + 1)).reshape(ng + 1, npred + 1)
    area_g = c.sum(1)[1:, None]
    area_p = c.sum(0)[None, 1:]
    inter = c[1:, 1:]
    union = area_g + area_p - inter
    return np.where(union > 0, inter / np.maximum(union, 1), 0.0), c


def match(gt, pred, thr=0.5, ignore=None, ignore_frac=0.5):
    """One-to-one matching (Hungarian on IoU, pairs below thr excluded). gt/pred label images (ids 1..n,
    gaps allowed). A predicted object left unmatched whose area lies more than ignore_frac on the
    ignore mask is dropped (neither TP nor FP). Returns dict tp, fp, fn, n_true, n_pred."""
    gt, _, _ = _relabel(gt)
    pred, _, _ = _relabel(pred)
    ng, npred = int(gt.max()), int(pred.max())
    tp = 0
    matched_p = np.zeros(npred + 1, bool)
    if ng and npred:
        iou, _ = iou_matrix(gt, pred)
        cost = np.where(iou >= thr, -iou, 0.0)
        r, c = linear_sum_assignment(cost)
        good = iou[r, c] >= thr
        tp = int(good.sum())
        matched_p[c[good] + 1] = True
    dropped = 0
    if ignore is not None and npred:
        area = np.bincount(pred.ravel(), minlength=npred + 1)
        on_ig = np.bincount(pred.ravel(), weights=ignore.ravel().astype(np.float64), minlength=npred + 1)
        drop = (~matched_p) & (on_ig > ignore_frac * np.maximum(area, 1))
        drop[0] = False
        dropped = int(drop.sum())
    fp = npred - tp - dropped
    fn = ng - tp
    return dict(tp=tp, fp=fp, fn=fn, n_true=ng, n_pred=npred - dropped)


def _relabel(lab):
    lab = np.asarray(lab)
    ids = np.unique(lab)
    ids = ids[ids > 0]
    lut = np.zeros(int(lab.max()) + 1, np.int64)
    lut[ids] = np.arange(1, len(ids) + 1)
    return lut[lab], ids, len(ids)


def summarise(stats):
    tp = sum(s["tp"] for s in stats)
    fp = sum(s["fp"] for s in stats)
    fn = sum(s["fn"] for s in stats)
    return dict(ap=tp / max(tp + fp + fn, 1), precision=tp / max(tp + fp, 1), recall=tp / max(tp + fn, 1),
                tp=tp, fp=fp, fn=fn, n_true=tp + fn, n_pred=tp + fp, images=len(stats))
