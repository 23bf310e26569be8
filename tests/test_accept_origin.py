"""Acceptance: through the real gateway, a server never obtains a secret value it did not produce itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import fixture_server, gateway, text_of

pytestmark = pytest.mark.anyio

SECRET_A = "sk-proj-" + "Tq3vN8wXk2LmRz7YbHc5JdPs9FgUe4AoWi1Qx6BnKt0Vy"
SECRET_B = "sk-proj-" + "Hb6uP1oZs8KdMe3WqTr5XvLc2NjYf7GaRi9Bw4ElQs0Dn"
"""Both made up for the test, in the shape of OpenAI project keys."""

PLACEHOLDER = re.compile(r"<SECRET:[^<>\s]+>")


def placeholder_in(text: str, secret: str) -> str:
    assert secret not in text, "the secret reached the client in clear"
    found = PLACEHOLDER.findall(text)
    assert found, f"no placeholder in {text!r}"
    return found[0]


async def test_placeholders_reach_only_the_server_that_produced_them(tmp_path: Path) -> None:
    config = {
        "mcpServers": {
            "a": fixture_server(name="a", env={"LEAK_VALUE": SECRET_A}),
            "b": fixture_server(name="b", env={"LEAK_VALUE": SECRET_B}),
            "c": fixture_server(name="c", env={"LEAK_VALUE": SECRET_A}),
        },
        "gateway": {"reload": False},
    }
    async with gateway(tmp_path, config) as (session, run):
        from_a = placeholder_in(text_of(await session.call_tool("a__leak", {})), SECRET_A)
        from_b = placeholder_in(text_of(await session.call_tool("b__leak", {})), SECRET_B)
        assert from_a != from_b

        async def compare(server: str, value: str) -> str:
            result = await session.call_tool(f"{server}__compare", {"value": value})
            said = text_of(result)
            assert SECRET_A not in said and SECRET_B not in said
            return f"refused: {said}" if result.is_error else said

        # the producer gets its own value back: restore works (so the refusals below can fail)
        assert await compare("a", from_a) == "match"
        assert await compare("b", from_b) == "match"
        # another server gets the literal placeholder: neither A's value nor its own secret under the same name
        assert await compare("c", from_a) == "no match", "A's secret reached C"
        assert await compare("b", from_a) == "no match", "B was handed a secret through A's placeholder"
        echoed = text_of(await session.call_tool("b__echo", {"text": from_a}))
        assert from_a in echoed and SECRET_A not in echoed, "B must receive A's placeholder literally"
        prompt = await session.get_prompt("b__greet", {"who": from_a})
        said = prompt.messages[0].content.text
        assert said == f"Say hello to {from_a}.", "prompt arguments are not restored for another server either"
        # guessed and forged placeholders give a server nothing
        kind, tag = from_a[len("<SECRET:") : -1].rsplit(":", 1)
        for guess in (
            "<SECRET:openai_api_key:1>",
            f"<SECRET:{kind}:1>",
            f"<SECRET:{kind}:{tag[:-1]}{'0' if tag[-1] != '0' else '1'}>",
            f"<SECRET:generic_secret:{tag}>",
            f"<secret:{kind}:{tag}>",
        ):
            answer = await compare("a", guess)
            assert answer == "no match" or answer.startswith("refused"), f"{guess} gave A its secret"
            echoed = await session.call_tool("a__echo", {"text": guess})
            assert SECRET_A not in text_of(echoed)
            assert echoed.is_error or guess in text_of(echoed), "A receives a guess literally (or not at all)"
        assert await compare("a", from_a) == "match", "the real placeholder still works after the guesses"
    assert SECRET_A not in run.stderr() and SECRET_B not in run.stderr()
