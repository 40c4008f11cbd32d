"""StarDist loss: BCE on the object probability + object-probability-weighted L1 on the ray distances."""
import torch
import torch.nn.functional as F


def stardist_loss(logits, dist, prob_t, dist_t, w, lambda_dist=0.2, reg_bg=1e-4):
    """logits (N,1,h,w), dist (N,R,h,w), prob_t (N,h,w) in [0,1], dist_t (N,R,h,w), w (N,h,w) loss weight
    (0 on ignored regions). Distances in pixels. Returns total, bce, dist terms."""
    l = logits[:, 0]
    bce = (F.binary_cross_entropy_with_logits(l, prob_t, reduction="none") * w).sum() / w.sum().clamp(min=1)
    err = (dist - dist_t).abs().mean(1)                       # mean over rays
    pw = prob_t * w
    dl = (err * pw).sum() / pw.sum().clamp(min=1e-3)
    bg = ((prob_t == 0).float() * w)
    reg = (dist.mean(1) * bg).sum() / bg.sum().clamp(min=1)  # keep distances small on background
    dl = dl + reg_bg * reg
    return bce + lambda_dist * dl, bce, dl
