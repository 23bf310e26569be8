"""Labelled personal data is found the same in a long text as alone, whatever the label's script, with and without
Hyperscan (long texts read labels through the shared word index)."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import pii, pii_ids, scan

_SENTENCES = (
    "The committee reviewed the quarterly report and agreed to continue the project next year. ",
    "Several volunteers painted the old library walls during the long weekend in early spring. ",
    "Our garden produced more tomatoes than we could eat, so we shared them with the neighbours. ",
    "The train was late again, which gave everyone time to finish their coffee and read the paper. ",
    "After the meeting, the team walked to the river and talked about the design of the new bridge. ",
    "She prefers short stories to novels because she can finish one in a single quiet evening. ",
)


def _prose(size: int, first: int) -> str:
    """Ordinary English paragraphs of at least `size` characters."""
    out: list[str] = []
    i = first
    while sum(map(len, out)) < size:
        out.append(_SENTENCES[i % len(_SENTENCES)])
        i += 1
        if i % 5 == 0:
            out.append("\n\n")
    return "".join(out)


_BEFORE = _prose(4096, 0) + "\n\n"
_AFTER = "\n\n" + _prose(4096, 3)

EXAMPLES = [
    # labels not in ASCII: German, Nordic, Finnish, Hungarian, Greek, Turkish, Czech, Cyrillic, Persian
    "Führerschein-Nr.: B072RRE2I55",
    "Führerscheinnummer: B072RRE2I55",
    "Födelsedatum: 1984-03-12",
    "Syntymäaika: 12.3.1984",
    "Doğum tarihi: 12.03.1984",
    "Útlevélszám: BE1234567",
    "Αριθμός διαβατηρίου: AK1234567",
    "ΑΦΜ: 047392817",
    "rodné číslo 9157234284",
    "Číslo cestovního pasu: 45812763",
    "ИНН: 471914651860",
    "Паспорт 45 10 123456",
    "ЕГН 8503154002",
    "СНИЛС 168-718-003 94",
    "Звоните: 8 912 345 67 89",
    "کد ملی: 3735997309",
    "Número de cuenta: 0049123456789012",
    "Numéro de compte : 12345678901",
    # CJK and Hangul labels
    "マイナンバー: 2606 4501 1459",
    "生年月日: 1984年3月12日",
    "手机号码 13912345678",
    "身分證字號：K224601878",
    "개인사업자등록번호: 690-70-29313",
    "운전면허번호: 13-19-482615-37",
    "여권번호: M123A4567",
    "생년월일: 1984-03-12",
    "계좌번호: 110123456789",
    "전화번호: 010-1234-5678",
    # names and addresses
    "Lieferadresse: Musterstraße 12, 10115 Berlin",
    "Sehr geehrte Frau Schneider,",
    "Mit freundlichen Grüßen\nJonas Becker",
    "Cardholder name: Luis Fernández",
    "Hola, me llamo Lucía Herrera.",
    "Nazwisko: Dvořák",
    "ul. Marszałkowska 84, 00-514 Warszawa",
    "Name: Priya Raman",
    "Ship to 221B Baker Street, London NW1 6XE please",
    # labels in ASCII, and ids read by the name of their kind
    "Fuhrerschein-Nr.: B072RRE2I55",
    "Geboortedatum: 12-03-1984",
    "Rentenversicherungsnummer: 53 120385 M 041",
    "Emirates ID: 784-1987-0163298-0",
    "PhilHealth No. 29-170389618-4",
    "Reisepass-Nr. C01X00T47 (gültig bis 2031)",
    "Il numero di passaporto è YA4410382",
    "Ring mig på 070-123 45 67",
    "Meine Steuer-ID lautet 63 405 537 807",
    "Het BSN van de werknemer is 162307986.",
    "723 286 0129 is my NHS number",
    "Aadhaar card number of the applicant - 3440 5795 0055",
    "आधार 344057950055",
    "Versichertennummer 756.3047.5009.62 (Grundversicherung)",
    "Call +1 415 555 2671 after 5pm",
    "Contact jane.doe@example.org for access.",
]


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((f.kind, text[f.start : f.end]) for f in pii.find(text))


@pytest.fixture(params=[True, False], ids=["hyperscan", "regex"])
def accelerate(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    monkeypatch.setattr(scan, "ACCELERATE", request.param)
    if request.param:
        scan.INDEX.prepare()
    return bool(request.param)


@pytest.mark.parametrize("text", EXAMPLES)
def test_labelled_data_is_found_alike_alone_and_in_long_prose(text: str, accelerate: bool) -> None:
    alone = _found(text)
    assert alone, "each example holds personal data"
    for long in (_BEFORE + text + _AFTER, text + _AFTER):
        assert len(long) >= scan.LONG
        assert _found(long) == alone


def test_words_not_in_ascii_are_found_in_a_long_text_by_their_own_passes() -> None:
    indexed = pii_ids.Indexed(["führerschein", "생년월일", "driver"])
    low = _BEFORE.lower() + "führerschein-nr. / 생년월일 / driver" + _AFTER.lower()
    found, unknown = indexed.find(low)
    words = ("führerschein", "생년월일", "driver")
    assert unknown.isdisjoint(words)
    assert {w: found.get(w) for w in words} == {
        "führerschein": [len(_BEFORE)],
        "생년월일": [len(_BEFORE) + 19],
        "driver": [len(_BEFORE) + 26],
    }
    assert "führerschein" not in indexed.find(_AFTER.lower() + "fuhrerschein")[0]


_ADDRESSES = (
    "1N9MHeENoUigTjAHeNbB23jayhPTr4yneg",
    "3AaStfUp9YhcC5MjbCQnYiPfSf7CLa9c93",
    "bc1qpyxexjcypqddr7ce6yv349n4q68g0xqrush8tv",
)


def _wallet_texts() -> list[str]:
    """Long texts holding wallet addresses next to escapes, dashes and letters outside ASCII, and long runs of
    token characters that are not addresses (made up)."""
    pieces = [
        *(f"send to {a} today. " for a in _ADDRESSES),
        *(f"note:\\n{a}\\t{a[:20]}_{a} " for a in _ADDRESSES),
        *(f"\u756a\u53f7{a}\u3067\u3059 \u2013{a}\u2014 " for a in _ADDRESSES),
        "build_id=aZ09aZ09aZ09aZ09aZ09aZ09aZ09aZ-aZ09aZ09aZ09aZ09aZ09aZ09aZ09 ",
        "\\nxq1N9MHeENoUigTjAHeNbB23jayhPTr4yneg ",
    ]
    texts = []
    for n in range(len(pieces)):
        body = "".join(pieces[(n + k) % len(pieces)] for k in range(len(pieces)))
        texts.append(_prose(3000, n) + body + _prose(scan.LONG, n + 1) + body)
        ascii_body = "".join(p for p in pieces if p.isascii())
        texts.append(_prose(3000, n) + ascii_body + _prose(scan.LONG, n + 1) + ascii_body)
    return texts


@pytest.mark.parametrize("accelerate", [False, True])
def test_wallet_addresses_found_alike_from_the_runs_the_secrets_check_kept(
    monkeypatch: pytest.MonkeyPatch, accelerate: bool
) -> None:
    """A long text's runs of token characters that the secrets check kept (see `provider_keys.RUNS`) give the
    personal-data check the same wallet addresses as its own pass over the text's shape, which it then skips."""
    from secure_mcp_gateway.guardrails import secrets
    from secure_mcp_gateway.guardrails.findings import lower_aligned

    if accelerate:
        pytest.importorskip("hyperscan")
        assert scan.INDEX.prepare()
    else:
        monkeypatch.setattr(scan, "ACCELERATE", False)
        monkeypatch.setattr(scan.INDEX, "_fast", None)
    alone = []
    for text in _wallet_texts():
        scan.INDEX.forget()
        alone.append(pii.find(text, lower_aligned(text)))
    assert sum(1 for found in alone for f in found if f.kind == "crypto_address") >= 30
    mapped: list[int] = []
    real_runs = pii.runs

    def counting(text: bytes, table: bytes, least: int) -> list[tuple[int, int]]:
        mapped.append(least)
        return real_runs(text, table, least)

    monkeypatch.setattr(pii, "runs", counting)
    for text, want in zip(_wallet_texts(), alone, strict=True):
        low = lower_aligned(text)
        secrets.find(text, low)
        mapped.clear()
        assert pii.find(text, low) == want
        if text.isascii():
            assert mapped == []
    scan.INDEX.forget()


@pytest.mark.parametrize("before", ["", "ref " * 40_000, "ref " * 40_000 + "\n", "Sent KES 20\n" + "ref " * 40_000])
def test_a_statement_s_subscriber_is_found_the_same_on_a_long_line(before: str) -> None:
    """A mobile-money line's word stands far before the number (its line is read whole for it), after a long line of
    other runs or none: the number and the name are found alike (each run reads back only within reach); the same
    line without that word, after a statement's line, holds none."""
    line = "on 2026-03-04 at 10:42, reference QK7TX2, branch Westlands office, till 55201 from JANE WANJIRU 0712345678 "
    found = []
    for said in ("Received KES 5,000 ", "Noted "):
        text = before + said + line + "ok 12345678901 " * 2_000
        found.append({(f.kind, text[f.start : f.end]) for f in pii.find(text) if f.kind == "phone_number"})
    assert found == [{("phone_number", "0712345678")}, set()]


def test_numbers_after_the_same_words_are_each_judged_by_their_own_digits() -> None:
    # A log or a listing repeats the words before its numbers: what those words name is read once, and each number
    # is still checked by its own digits (a valid SSN found, one failing its checks not).
    gap = "The quick brown fox jumps over the lazy dog; def handler(request): return request.body\n" * 3
    numbers = ("536228419", "000000000", "536228418", "219099999", "078051120", "536228419", "666123456")
    blocks = [f"{gap}member ssn {n}\n" for n in numbers]
    alone = [n for n, block in zip(numbers, blocks, strict=True) if ("ssn", n) in _kinds(block)]
    assert 0 < len(alone) < len(numbers)
    long = "".join(blocks)
    assert [long[f.start : f.end] for f in pii.find(long) if f.kind == "ssn"] == alone


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in pii.find(text)}
