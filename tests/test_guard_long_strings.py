"""A very long string in a message is read on its own, not copied into a joined text; findings land the same."""

from __future__ import annotations

from secure_mcp_gateway.guardrails import local
from secure_mcp_gateway.guardrails.redact import Vault
from tests.fakes import numbered
from tests.test_guard_local import TOKEN, guard, text_result

PROSE = "The quick brown fox jumps over the lazy dog; def handler(request): return request.body\n"


def test_a_long_string_is_its_own_piece_and_short_neighbours_stay_joined() -> None:
    long = PROSE * (local._ALONE // len(PROSE) + 2)
    texts = ["a", "b", long, "c", "d"]
    pieces = local._pieces(texts)
    assert [(p.index[0], len(p.texts)) for p in pieces] == [(0, 2), (2, 1), (3, 2)]
    assert pieces[1].text is long  # no copy
    assert len(local._pieces(["a", "b", "c"])) == 1


def test_findings_in_and_around_a_long_string_land_on_their_own_strings() -> None:
    filler = PROSE * (local._ALONE // len(PROSE) + 2)
    long = filler[:5000] + f" key {TOKEN} " + filler + f"\nand again {TOKEN}\n" + "\u200bhidden"
    result = text_result(f"before {TOKEN}", long, f"after {TOKEN}")
    verdict = guard().check_output(result, Vault())
    first, middle, last = (numbered(c["text"]) for c in verdict.value["content"])
    assert first == "before <SECRET:github_token:1>"
    assert last == "after <SECRET:github_token:1>"
    assert TOKEN not in middle and middle.count("<SECRET:github_token:1>") == 2
    assert middle.startswith(filler[:5000] + " key <SECRET:github_token:1> ")
    assert middle.endswith("\u200bhidden")  # hidden text is flagged by default, left in place
    assert [h.where for h in verdict.hits if h.kind == "zero_width"] == ["content[1].text"]
    assert sorted(h.where for h in verdict.hits if h.kind == "github_token") == [
        "content[0].text",
        "content[1].text",
        "content[2].text",
    ]
