"""Writes the held-out corpus files (*.jsonl) beside this script; run it again only to regenerate them all.

Run: `python tests/corpus/heldout/build.py`. Every value is made up here (seeded), in the real format of its kind.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_definitions
import gen_injection
import gen_pii
import gen_secrets
from gen_common import write


def main() -> None:
    for name, module in (
        ("secrets", gen_secrets),
        ("pii", gen_pii),
        ("injection", gen_injection),
        ("definitions", gen_definitions),
    ):
        cases = module.build()
        write(name, cases)
        pos = sum(c["label"] for c in cases)
        print(f"{name}: {pos} positives, {len(cases) - pos} negatives")


if __name__ == "__main__":
    main()
