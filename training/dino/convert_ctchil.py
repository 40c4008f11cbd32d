"""Convert the published CTC-HiL encoder checkpoint (DINO-trained XCiT-nano p8, 3 channels, 224 px, input
scaled to [-1, 1]) into our TorchScript + model.json, so that the Java embedder runs it unchanged.

  /usr/bin/python3 convert_ctchil.py --checkpoint checkpoint.pth --out ../../models/encoder-ctchil-xcit-nano
  (--which teacher|student, default teacher; --size 224 as published, or 48 to run it at our native size)

Accepted layouts: a DINO training checkpoint ({"teacher": ..., "student": ...} with "module."/"backbone."
prefixes), a bare backbone state dict, facebookresearch/xcit names ("pos_embeder") or timm names
("pos_embed"). Head weights ("head.*") are dropped. Every backbone tensor must be found and match in shape,
otherwise the script stops and lists what is missing.
The published model min-max normalises each crop channel to [0, 1] and scales to [-1, 1]: the same contract
as ours, so only the input size differs (the Java translator resizes 48 px crops to the card's size).
"""
import argparse
import datetime
import hashlib
import os

import torch

from common import CHANNELS, git_commit, write_json
from export import script_and_check
from xcit import XCiT


def backbone_state(ck, which):
    state = ck
    if isinstance(ck, dict) and which in ck and isinstance(ck[which], dict):
        state = ck[which]
    elif isinstance(ck, dict) and "state_dict" in ck:
        state = ck["state_dict"]
    out = {}
    for k, v in state.items():
        if not torch.is_tensor(v):
            continue
        for p in ("module.", "backbone.", "encoder."):
            if k.startswith(p):
                k = k[len(p):]
        if k.startswith("head.") or k.startswith("head_") or k.startswith("last_layer") or k.startswith("mlp."):
            continue
        k = k.replace("pos_embeder.", "pos_embed.")
        out[k] = v
    return out


def convert(checkpoint, out_dir, which="teacher", size=224, name=None):
    ck = torch.load(checkpoint, map_location="cpu")
    state = backbone_state(ck, which)
    depth = len({k.split(".")[1] for k in state if k.startswith("blocks.")})
    model = XCiT(in_chans=3, embed_dim=128, depth=depth, num_heads=4)
    expected = model.state_dict()
    missing = [k for k in expected if k not in state]
    wrong = [f"{k}: {tuple(state[k].shape)} vs {tuple(expected[k].shape)}" for k in expected
             if k in state and state[k].shape != expected[k].shape]
    if missing or wrong:
        raise SystemExit(f"{checkpoint}: not an XCiT-nano p8 backbone (missing {missing[:8]}, shape mismatch {wrong[:8]})")
    model.load_state_dict({k: state[k] for k in expected})
    model.eval()
    os.makedirs(out_dir, exist_ok=True)
    pt = os.path.join(out_dir, "model.pt")
    script_and_check(model, pt, size)
    sha = hashlib.sha256(open(pt, "rb").read()).hexdigest()
    card = {
        "name": name or os.path.basename(os.path.normpath(out_dir)),
        "kind": "encoder",
        "architecture": {"backbone": "XCiT-nano", "patch": 8, "embed_dim": 128, "depth": depth, "heads": 4,
                         "class_attention_blocks": 2},
        "input": {"layout": "NCHW float32", "size": size, "channels": CHANNELS,
                  "normalization": "minmax_per_crop_channel", "range": [-1.0, 1.0],
                  "formula": "x = 2 * (v - min_c) / (max_c - min_c) - 1 per crop and channel c; a flat channel gives -1",
                  "resize": "bilinear from the 48 px crop" if size != 48 else "none"},
        "output": {"embedding_dim": 128, "what": f"{which} class token after the final LayerNorm"},
        "training": {"method": "converted from the published CTC-HiL checkpoint", "checkpoint": os.path.basename(checkpoint),
                     "checkpoint_sha256": hashlib.sha256(open(checkpoint, "rb").read()).hexdigest(), "which": which},
        "quality": {},
        "file": {"model.pt": sha, "torch": torch.__version__},
        "exported": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
    }
    write_json(os.path.join(out_dir, "model.json"), card)
    return card


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--which", default="teacher", choices=["teacher", "student"])
    ap.add_argument("--size", type=int, default=224)
    ap.add_argument("--name")
    a = ap.parse_args()
    card = convert(a.checkpoint, a.out, a.which, a.size, a.name)
    print(f"wrote {a.out}/model.pt (sha256 {card['file']['model.pt']}) and model.json")


if __name__ == "__main__":
    main()
