"""Self-test of convert_ctchil.py: a DINO-style checkpoint in the published layout (student under
module.backbone., teacher under backbone., xcit's "pos_embeder" name, DINO head weights) converts into a
TorchScript model that gives the same embeddings as the source backbone.   /usr/bin/python3 test_convert.py"""
import os
import tempfile

import torch

from convert_ctchil import convert
from xcit import XCiT


def main():
    torch.manual_seed(3)
    src = XCiT(depth=12).eval()
    sd = {("backbone." + k).replace("pos_embed.", "pos_embeder."): v for k, v in src.state_dict().items()}
    sd["head.mlp.0.weight"] = torch.zeros(4, 4)
    ck = {"teacher": sd, "student": {"module." + k: v for k, v in sd.items()}, "epoch": 100}
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "checkpoint.pth")
        torch.save(ck, path)
        convert(path, os.path.join(d, "out"), size=64)
        m = torch.jit.load(os.path.join(d, "out", "model.pt"))
        x = torch.rand(3, 3, 64, 64) * 2 - 1
        with torch.no_grad():
            diff = (m(x) - src(x)).abs().max().item()
        assert diff < 1e-5, diff
        bad = {"teacher": {"backbone.patch_embed.proj.0.0.weight": torch.zeros(1)}}
        torch.save(bad, path)
        try:
            convert(path, os.path.join(d, "bad"))
            raise AssertionError("a broken checkpoint was accepted")
        except SystemExit as e:
            assert "not an XCiT-nano" in str(e)
    print("convert_ctchil: ok (max diff %.2e)" % diff)


if __name__ == "__main__":
    main()
