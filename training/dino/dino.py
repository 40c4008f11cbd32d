"""DINO pieces: projection head, loss with centring, schedules (Caron et al. 2021)."""
import math

import torch
from torch import nn
import torch.nn.functional as F


class DinoHead(nn.Module):
    """MLP 128 -> hidden -> hidden -> bottleneck, l2-normalised, then a weight-normalised linear layer."""

    def __init__(self, in_dim, out_dim, hidden=512, bottleneck=128):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(in_dim, hidden), nn.GELU(), nn.Linear(hidden, hidden), nn.GELU(),
                                 nn.Linear(hidden, bottleneck))
        for m in self.mlp:
            if isinstance(m, nn.Linear):
                nn.init.trunc_normal_(m.weight, std=0.02)
                nn.init.zeros_(m.bias)
        self.last_layer = nn.utils.weight_norm(nn.Linear(bottleneck, out_dim, bias=False))
        self.last_layer.weight_g.data.fill_(1)
        self.last_layer.weight_g.requires_grad = False

    def forward(self, x):
        return self.last_layer(F.normalize(self.mlp(x), dim=-1, p=2))


class MultiCropWrapper(nn.Module):
    """Runs the backbone once per view resolution (views of equal size are batched together)."""

    def __init__(self, backbone, head):
        super().__init__()
        self.backbone = backbone
        self.head = head

    def forward(self, views):
        outs, i = [], 0
        while i < len(views):
            j = i
            while j < len(views) and views[j].shape[-1] == views[i].shape[-1]:
                j += 1
            outs.append(self.backbone(torch.cat(views[i:j])))
            i = j
        return self.head(torch.cat(outs))


class DinoLoss(nn.Module):
    def __init__(self, out_dim, n_views, n_global=2, student_temp=0.1, center_momentum=0.9):
        super().__init__()
        self.student_temp = student_temp
        self.center_momentum = center_momentum
        self.n_views = n_views
        self.n_global = n_global
        self.register_buffer("center", torch.zeros(1, out_dim))

    def forward(self, student_out, teacher_out, teacher_temp):
        s = (student_out / self.student_temp).chunk(self.n_views)
        t = F.softmax((teacher_out - self.center) / teacher_temp, dim=-1).detach().chunk(self.n_global)
        total, n = 0.0, 0
        for iq, q in enumerate(t):
            for v in range(self.n_views):
                if v == iq:
                    continue
                total = total + torch.sum(-q * F.log_softmax(s[v], dim=-1), dim=-1).mean()
                n += 1
        self.update_center(teacher_out)
        return total / n

    @torch.no_grad()
    def update_center(self, teacher_out):
        self.center = self.center * self.center_momentum + teacher_out.mean(dim=0, keepdim=True) * (1 - self.center_momentum)


def cosine(base, final, step, total, warmup=0, start=0.0):
    if step < warmup:
        return start + (base - start) * step / max(1, warmup)
    p = (step - warmup) / max(1, total - warmup)
    return final + 0.5 * (base - final) * (1 + math.cos(math.pi * min(1.0, p)))
