"""Multi-crop augmentation for fluorescence cell crops, batched in torch.

Every view: per crop and channel min-max to [0, 1] (the inference contract), one random affine warp
(rotation by any angle, flips, scale from the crop's area range, aspect jitter, translation) sampled with
bilinear interpolation to the view size, then per-channel intensity jitter that never mixes channels
(contrast, offset, gamma), optional Gaussian blur, Gaussian noise, clip to [0, 1], 2x - 1.
Global views: area scale 0.4-1.0 at 48 px; local views: 0.1-0.4 at 24 px (DINO's multi-crop, 2 + 5).
"""
import math

import torch
import torch.nn.functional as F


def minmax01(x):
    lo = x.amin(dim=(2, 3), keepdim=True)
    hi = x.amax(dim=(2, 3), keepdim=True)
    rng = hi - lo
    return torch.where(rng > 0, (x - lo) / rng.clamp_min(1e-12), torch.zeros_like(x))


def random_affine(x, out_size, scale, gen):
    """x: (B, C, H, W) in [0, 1] -> (B, C, out, out); scale = (min, max) fraction of the crop area."""
    b = x.shape[0]
    area = torch.empty(b).uniform_(scale[0], scale[1], generator=gen)
    logr = torch.empty(b).uniform_(math.log(3 / 4), math.log(4 / 3), generator=gen)
    ratio = torch.exp(logr)
    sx = torch.sqrt(area * ratio).clamp(max=1.0)
    sy = torch.sqrt(area / ratio).clamp(max=1.0)
    theta = torch.empty(b).uniform_(0, 2 * math.pi, generator=gen)
    flip = (torch.rand(b, generator=gen) < 0.5).float() * 2 - 1
    tx = (torch.rand(b, generator=gen) * 2 - 1) * (1 - sx) * 0.8
    ty = (torch.rand(b, generator=gen) * 2 - 1) * (1 - sy) * 0.8
    cos, sin = torch.cos(theta), torch.sin(theta)
    mat = torch.zeros(b, 2, 3)
    mat[:, 0, 0] = cos * sx * flip
    mat[:, 0, 1] = -sin * sy
    mat[:, 1, 0] = sin * sx * flip
    mat[:, 1, 1] = cos * sy
    mat[:, 0, 2] = tx
    mat[:, 1, 2] = ty
    grid = F.affine_grid(mat, (b, x.shape[1], out_size, out_size), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def gaussian_blur(x, sigma):
    k = 5
    t = torch.arange(k, dtype=torch.float32) - k // 2
    w = torch.exp(-(t ** 2) / (2 * sigma ** 2))
    w = w / w.sum()
    c = x.shape[1]
    x = F.conv2d(F.pad(x, (2, 2, 0, 0), mode="reflect"), w.view(1, 1, 1, k).repeat(c, 1, 1, 1), groups=c)
    return F.conv2d(F.pad(x, (0, 0, 2, 2), mode="reflect"), w.view(1, 1, k, 1).repeat(c, 1, 1, 1), groups=c)


def intensity(x, gen, p_blur, noise_max):
    b, c = x.shape[:2]
    contrast = torch.empty(b, c, 1, 1).uniform_(0.6, 1.4, generator=gen)
    offset = torch.empty(b, c, 1, 1).uniform_(-0.1, 0.1, generator=gen)
    gamma = torch.exp(torch.empty(b, c, 1, 1).uniform_(math.log(0.7), math.log(1.4), generator=gen))
    x = (x * contrast + offset).clamp(0, 1) ** gamma
    if p_blur > 0:
        sel = torch.rand(b, generator=gen) < p_blur
        if sel.any():
            sigma = float(torch.empty(1).uniform_(0.3, 1.2, generator=gen))
            x[sel] = gaussian_blur(x[sel], sigma)
    sd = torch.rand(b, 1, 1, 1, generator=gen) * noise_max
    x = x + torch.randn(x.shape, generator=gen) * sd
    return x.clamp(0, 1)


def multi_crop(batch_u8, gen, n_global=2, n_local=5, global_size=48, local_size=24):
    """batch_u8: (B, 3, 48, 48) uint8 tensor -> list of views, globals first, each in [-1, 1]."""
    x = minmax01(batch_u8.float())
    views = []
    for i in range(n_global):
        v = random_affine(x, global_size, (0.4, 1.0), gen)
        views.append(intensity(v, gen, p_blur=1.0 if i == 0 else 0.1, noise_max=0.05) * 2 - 1)
    for _ in range(n_local):
        v = random_affine(x, local_size, (0.1, 0.4), gen)
        views.append(intensity(v, gen, p_blur=0.5, noise_max=0.05) * 2 - 1)
    return views
