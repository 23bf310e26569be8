"""What stands around a dotted quad is read as before when the searches are skipped where they cannot match."""

from __future__ import annotations

import random
import re

from secure_mcp_gateway.guardrails import pii

_BEFORE = (
    *("version ", "Version: ", "ver. ", "v", "pkg==", "pkg@", "Section ", "fig. ", "release ", "build "),
    *('"ip": "', "ip=", "src ", "host: ", "upgraded nginx to ", "Bump V8 from ", "2009-05-19 (", "XFree86 "),
    *("-2.5 1.75 ", "3.1,4.2,", "0.5-0.25-", '"version": "', "step ", "item ", "ПК ", "ΣΕΛ. ", "§"),
    *("Update the firewall to ", "downgraded ", "", " ", "(", "\u212a", "İ", "\n"),
)
_AFTER = ("", "-generic", "+build7", "~rc1", "/24", "/32", " ", '"', ".")


def _texts(seed: int, count: int) -> list[tuple[str, int, int]]:
    """Made-up dotted quads with what may stand before and after them, and where each quad lies."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        head = "".join(rng.choice(_BEFORE) for _ in range(rng.randint(0, 4)))
        quad = ".".join(str(rng.randint(0, 255)) for _ in range(4))
        start = len(head)
        out.append((head + quad + rng.choice(_AFTER), start, start + len(quad)))
    return out


def test_the_characters_a_version_word_ends_with_are_all_those_the_expression_can_end_with() -> None:
    last = re.compile("(?i:[=<>~!^@ :./\u00a7vnrehpm])")  # the last element of each branch of `_VERSION_BEFORE`
    candidates = [*range(0x3000), *range(0xFF00, 0xFFF0), 0x1E9E, 0x212A, 0x212B]
    assert {chr(c) for c in candidates if last.fullmatch(chr(c))} == pii._VERSION_ENDS


def test_a_quad_s_context_is_judged_as_by_the_expressions_alone() -> None:
    def versioned(text: str, start: int, end: int) -> bool:
        if pii._VERSION_AFTER.match(text, end) is not None or pii._PRODUCT_BEFORE.search(
            text, max(0, start - 24), start
        ):
            return True
        return pii._VERSIONED_BEFORE.search(text[max(0, start - 60) : start].lower()) is not None

    seen = {"version": 0, "versioned": 0, "run": 0}
    for text, start, end in _texts(4, 2000):
        version = pii._VERSION_BEFORE.search(text, max(0, start - 10), start) is not None
        assert pii._version_before(text, start) == version, text
        assert pii._versioned(text, start, end) == versioned(text, start, end), text
        run = pii._NUMBER_RUN.search(text, max(0, start - 24), start) is not None
        assert (text[start - 1 : start] in pii._RUN_ENDS and run) == run, text
        seen["version"] += version
        seen["versioned"] += versioned(text, start, end)
        seen["run"] += run
    assert min(seen.values()) > 40, seen
