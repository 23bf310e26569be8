"""Writes the held-out corpus files (*.jsonl) beside this script; run it again only to regenerate them all.

Run: `python tests/corpus/heldout/build.py`. Every value is made up here (seeded), in the real format of its kind.
A later slice is added alone with its own generator (`python tests/corpus/heldout/gen_dev3.py`), which leaves the
stored cases as they are.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_definitions
import gen_dev3
import gen_final
import gen_final2
import gen_injection
import gen_pii
import gen_reserve
import gen_reserve2
import gen_secrets
from gen_common import write


def main() -> None:
    built = {
        "secrets": gen_secrets.build(),
        "pii": gen_pii.build(),
        "injection": gen_injection.build(),
        "definitions": gen_definitions.build(),
    }
    for name, extra in gen_reserve.build().items():  # last, so the seeded values above never change
        built[name] += extra
    for name, extra in gen_reserve2.build().items():  # its own generator: the slices above never change
        built[name] += extra
    for name, extra in gen_final.build().items():
        built[name] += extra
    for name, extra in gen_dev3.build().items():
        built[name] += extra
    for name, extra in gen_final2.build().items():
        built[name] += extra
    for name, cases in built.items():
        write(name, cases)
        pos = sum(c["label"] for c in cases)
        print(f"{name}: {pos} positives, {len(cases) - pos} negatives")


if __name__ == "__main__":
    main()
