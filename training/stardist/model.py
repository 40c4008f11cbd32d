"""Small StarDist-style U-Net: object probability + 32 radial distances on an output grid of 2.

Input  (N, 1, H, W), H and W multiples of 16, percentile-normalised (see common.normalize).
Output (prob, dist): prob (N, 1, H/2, W/2) after sigmoid, dist (N, n_rays, H/2, W/2) in input pixels.
Grid cell (i, j) describes the input pixel (y = 2i, x = 2j).

Layout (why it is cheap on 2 CPU cores): a stride-2 4x4 stem convolution takes the input straight to
the output grid, so no feature map is ever computed at full resolution (full-resolution 3x3
convolutions cost ~0.4 s each on a 1040 x 1392 frame here). Below the stem a U-Net with 3 poolings
(widths 16-32-64-128 at H/2, H/4, H/8, H/16) and a decoder that stops at H/2.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


def block(cin, cout, n=2):
    layers = []
    for i in range(n):
        layers += [nn.Conv2d(cin if i == 0 else cout, cout, 3, padding=1), nn.ReLU(inplace=True)]
    return nn.Sequential(*layers)


class StarDistNet(nn.Module):
    def __init__(self, n_rays=32, widths=(16, 32, 64, 128), head=32):
        super().__init__()
        c0, c1, c2, c3 = widths
        self.n_rays = n_rays
        self.stem = nn.Sequential(nn.Conv2d(1, c0, 4, stride=2, padding=1), nn.ReLU(inplace=True),
                                  nn.Conv2d(c0, c0, 3, padding=1), nn.ReLU(inplace=True))   # H/2
        self.enc1 = block(c0, c1)                       # H/4
        self.enc2 = block(c1, c2)                       # H/8
        self.enc3 = block(c2, c3)                       # H/16 (bottleneck)
        self.up2 = nn.Conv2d(c3, c2, 1)
        self.dec2 = block(2 * c2, c2)                   # H/8
        self.up1 = nn.Conv2d(c2, c1, 1)
        self.dec1 = block(2 * c1, c1)                   # H/4
        self.up0 = nn.Conv2d(c1, c0, 1)
        self.dec0 = block(2 * c0, c0, 1)                # H/2
        self.feat = nn.Sequential(nn.Conv2d(c0, head, 3, padding=1), nn.ReLU(inplace=True))
        self.prob = nn.Conv2d(head, 1, 1)
        self.dist = nn.Conv2d(head, n_rays, 1)

    def features(self, x):
        s0 = self.stem(x)
        e1 = self.enc1(F.max_pool2d(s0, 2))
        e2 = self.enc2(F.max_pool2d(e1, 2))
        e3 = self.enc3(F.max_pool2d(e2, 2))
        d2 = self.dec2(torch.cat([F.interpolate(self.up2(e3), scale_factor=2.0, mode="nearest"), e2], 1))
        d1 = self.dec1(torch.cat([F.interpolate(self.up1(d2), scale_factor=2.0, mode="nearest"), e1], 1))
        d0 = self.dec0(torch.cat([F.interpolate(self.up0(d1), scale_factor=2.0, mode="nearest"), s0], 1))
        return self.feat(d0)

    def forward(self, x):
        f = self.features(x)
        # softplus keeps distances non-negative with a usable gradient near 0
        return torch.sigmoid(self.prob(f)), F.softplus(self.dist(f))

    def logits_and_dist(self, x):
        """Training path: probability logits (numerically stable BCE) and distances."""
        f = self.features(x)
        return self.prob(f), F.softplus(self.dist(f))


def n_params(m):
    return sum(p.numel() for p in m.parameters())
