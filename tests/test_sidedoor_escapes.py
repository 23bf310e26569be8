"""Text written with escapes (URL percent-escapes in a query or a form body, HTML character references, quoted-printable
mail, `\\x` escapes in source) is checked as the characters the escapes stand for: a secret is redacted with its
escapes, personal data found, the rest kept as it was; escapes that hide nothing, C formats and base64 padding at a
line's end pass as they are."""

from __future__ import annotations

import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from every_case import every

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import escaped_text
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault

SECRET = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def redacting() -> AsyncIterator[Any]:
    """A client of a hub whose hostile server's personal data is redacted in results."""
    from memlink import connect

    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.handlers import Handlers
    from secure_mcp_gateway.hub import Hub

    hostile = str(Path(__file__).parent / "servers" / "hostile_server.py")
    policy = {"output": {"pii": "redact"}}
    server = {"command": sys.executable, "args": [hostile], "pinning": "off", "guardrails": policy}
    hub = Hub(GatewayConfig(mcpServers={"h": server}, cache={"enabled": False}))
    yield await connect(hub, Handlers(hub), {})
    await hub.stop()


async def _page(client: Any, case: str) -> tuple[str, list[str]]:
    got = await client.call("tools/call", {"name": "h__web", "arguments": {"case": case}})
    first, *notes = got["content"]
    return first["text"], [n["text"] for n in notes]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("case", "kept"),
    [
        ("query_token", ["https://app.example.test/login?next=%2Fsettings%3Ftoken%3D<SECRET:github_token:", "&lang="]),
        ("twice_encoded", ["302 Location: /sso?return=%252Fhome%253Faccess_token%253D<SECRET:github_token:"]),
    ],
)
async def test_a_token_in_an_encoded_query_is_redacted_with_its_escapes_and_the_url_kept(
    hostile_client, case: str, kept: list[str]
) -> None:
    text, _ = await _page(hostile_client, case)
    assert SECRET not in text and all(k in text for k in kept), text


FORM = "name=Ana+Ruiz&card=4929%203813%203266%204295&exp=11%2F27&phone=%2B1%20415%20555%202671"


@pytest.mark.anyio
async def test_a_card_and_a_phone_in_a_form_body_are_found_and_the_body_left_as_sent(hostile_client, redacting) -> None:
    text, notes = await _page(hostile_client, "form_card")
    assert text == f"POST /checkout\n{FORM}" and notes == [], "personal data is warned of (the default), not changed"
    redacted, _ = await _page(redacting, "form_card")
    assert redacted.startswith("POST /checkout\nname=<PII:person_name:"), redacted  # the name, its `+` kept inside
    assert "&card=<PII:credit_card:" in redacted, redacted
    assert "&exp=11%2F27&phone=<PII:phone_number:" in redacted, "each value replaced with its escapes, no more"


@pytest.mark.anyio
async def test_an_ordinary_encoded_url_passes_unchanged(hostile_client) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__web", "arguments": {"case": "plain_url"}})
    page = "See https://docs.example.test/search?q=rate%20limits%20and%20retries&page=2 for more."
    assert got["content"] == [{"type": "text", "text": page}]


@pytest.mark.anyio
async def test_a_secret_behind_quoted_printable_or_backslash_escapes_is_redacted_whole(hostile_client) -> None:
    mail, _ = await _page(hostile_client, "mail_qp")
    assert mail.startswith("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n")
    assert mail.endswith(" =E2=80=94 gu=C3=A1rdala.") and "<SECRET:github_token:" in mail
    assert SECRET[:20] not in mail and SECRET[20:] not in mail, "both halves around the soft line break"
    code, _ = await _page(hostile_client, "js_escapes")
    assert code.startswith('const cfg = { key: "<SECRET:github_token:') and code.endswith('>" };'), code


@pytest.mark.anyio
async def test_an_address_and_a_phone_behind_html_references_are_found(hostile_client, redacting) -> None:
    page, _ = await _page(hostile_client, "html_refs")
    assert page.startswith("<p>Write to ana&#46;ruiz&#64;"), "warned of (the default), left as sent"
    page, _ = await _page(redacting, "html_refs")
    assert re.fullmatch(r"<p>Write to <PII:email:\w+> or call <PII:phone_number:\w+></p>", page), page


def _hits(text: str, direction: str = "output") -> list[str]:
    guard = LocalGuard(GuardrailPolicy())
    check = guard.check_output if direction == "output" else guard.check_input
    verdict = check({"content": [{"type": "text", "text": text}]}, Vault())
    return sorted(h.kind for h in verdict.hits)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("curl 'https://api.example.test/v2?api_key%3Dsk_live_51HxQ2kLmN8pQrStUvWxYz0123456789abcdEFgh'", "stripe"),
        ("callback=https%3A%2F%2Fhooks.example.test%2Fin%3Fpassword%3DVt9%2521qLm%2523x2Rw&state=4", "password"),
        ("to=ops&body=reach%20me%20at%20marta.olsen%40fjord-mail.no%20or%20%2B47%2091%2023%2045%2067", "email"),
        ("iban=DE89%203704%200044%200532%200130%2000&amount=12.50", "iban"),
    ],
)
def test_encoded_secrets_and_personal_data_are_found_in_any_direction(text: str, kind: str) -> None:
    for direction in ("output", "input"):
        assert any(kind in k for k in _hits(text, direction)), (direction, _hits(text, direction))


@every(
    "text",
    [
        'printf("%3d items, %20s, %5d left\\n", n, name, rest);',
        "Discount: 50% off, then 20%ABC codes expire; progress 100%.",
        "https://example.test/wiki/Caf%C3%A9_%28Paris%29?ref=nav%2Fleft",
        "team=Data+Platform&city=S%C3%A3o+Paulo&plan=team%2Bsupport",
        "<p>R&amp;D &lt;team&gt; &#8212; caf&eacute; &#x2019;s menu</p>",
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo==\nAQAB==\nline=\nnext",
        'print("\\x1b[0m done", "\\\\x41", "caf\\u00e9")',
        "[tls]\n\tcipher=3DES-CBC\n\tverify=\n\tca=/etc/ssl/certs/ca.pem\n",
    ],
)
def test_text_whose_escapes_hide_nothing_passes(text: str) -> None:
    assert _hits(text) == []


def test_a_copy_maps_back_to_whole_escapes_and_a_long_text_is_read_only_where_it_holds_escapes() -> None:
    copy, back = escaped_text.decoded("a=%2Fx%3Fk%3D1+2&b=%E2%82%AC")  # type: ignore[misc]
    assert copy == "a=/x?k=1 2&b=€"
    assert back(copy.index("?"), copy.index("?") + 1) == (6, 9), "a character maps to its whole escape"
    assert back(copy.index("€"), len(copy)) == (19, 28), "a letter of three bytes to its three escapes"
    assert escaped_text.decoded("no escapes here") is None
    assert escaped_text.decoded("%2d and %5d") is None, "escapes of letters and digits are no URL's"
    lines = ["x = 1"] * 2000
    lines[1500] = f"url = 'https://h.example.test/?t%3D{SECRET}'"
    text = "\n".join(lines)
    assert len(text) > escaped_text.WHOLE
    found = LocalGuard(GuardrailPolicy()).check_output({"content": [{"type": "text", "text": text}]}, Vault())
    assert SECRET not in found.value["content"][0]["text"] and [h.kind for h in found.hits] == ["github_token"]


def test_a_long_page_with_escapes_on_every_line_is_read_whole() -> None:
    line = '<li><a href="/search?q=caf%C3%A9&amp;page=2+x">Caf&eacute; &amp; bar &#8212; n&deg; 4</a></li>\n'
    page = line * 3000 + "<p>deploy key: &#103;&#104;&#112;&#95;" + SECRET[4:] + "</p>\n" + line * 10
    assert len(page) > 30 * escaped_text.WHOLE
    found = LocalGuard(GuardrailPolicy()).check_output({"content": [{"type": "text", "text": page}]}, Vault())
    text = found.value["content"][0]["text"]
    assert [h.kind for h in found.hits] == ["github_token"] and SECRET[4:] not in text
    assert text.startswith(line * 3000 + "<p>deploy key: <SECRET:github_token:") and text.endswith("</p>\n" + line * 10)
