"""A `MayMatch` answers False only where its expression matches nowhere, and the id words it keeps out of the windows
before digits change no finding."""

from __future__ import annotations

import random

import pytest

from secure_mcp_gateway.guardrails import pii, pii_ids, provider_keys, secrets
from secure_mcp_gateway.guardrails.may_match import MayMatch, alternatives, loosened

_WORDS = (
    *("ssn", "Social_Security", "taxpayer id", "NHS", "tax file", "Medicare", "CPF", "aadhar", "आधार", "Steuer-ID"),
    *("steuer id", "TIN", "social insurance", "sécurité sociale", "numero de secu", "phone", "Telefone", "móvil"),
    *("Reisepass", "cestovní pas", "útlevélszám", "pașaport", "pases numurs", "διαβατήριο", "паспорт", "acct"),
    *("account no.", "n° de compte", "número de cuenta", "口座番号", "계좌번호", "счёт", "routing", "driver's license"),
    *("DL #", "dln", "ABN", "company number", "whatsapp", "Handy"),
)
"""Id words as people write them before a number (made up, several languages)."""
_NEAR = ("lassn", "cellar", "tinned", "basin", "nassau", "callback", "order", "invoice", "ref", "request", "pasta")
"""Words that hold or resemble an id word and name nothing."""
_DIGITS = ("078051120", "9434765919", "12345678901", "234567890123", "4111111111111111", "021000021", "52998224725")
_BETWEEN = (": ", " ", "=", '": "', " no. ", "_", " for the account: ", "\n\n", " is ", "... ", " (home): ")
_AROUND = ("", "x" * 30, "lorem ipsum dolor sit amet ", "é" * 9, "\ud800", "2026-03-01 ", "user_")


def _texts(seed: int, count: int) -> list[str]:
    """Digits after id words and near-misses, at every distance from them, among other text."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        word = rng.choice(_WORDS + _NEAR)
        word = word.upper() if rng.random() < 0.2 else word
        tail = rng.choice(("", " people", " records", ".", "-1", "x", " 12345678"))
        text = rng.choice(_AROUND) + word + rng.choice(_BETWEEN) + rng.choice(_AROUND) + rng.choice(_DIGITS) + tail
        out.append(text)
    return out


@pytest.fixture
def ready() -> MayMatch:
    """The id words' gate, its Hyperscan database built (the test is of the gate, not of its fallback)."""
    if not pii._ID_MAY.prepare():
        pytest.skip("Hyperscan is not installed")
    return pii._ID_MAY


def test_the_gate_says_may_wherever_the_expression_matches(ready: MayMatch) -> None:
    windows = [t.lower()[i : i + 40] for t in _texts(5, 3000) for i in (0, 7, 19)]
    matched = [w for w in windows if pii._ID_WORDS.search(w) is not None]
    assert len(matched) > 1000
    assert all(ready.may(w) for w in matched)
    assert sum(not ready.may(w) for w in windows) > 1000  # and it keeps many windows out


def test_a_window_with_no_id_word_is_kept_out(ready: MayMatch) -> None:
    assert not ready.may('"type": "assumedrole", "arn": "arn:aws:sts::')
    assert not ready.may("gecko/20100101 firefox/128.0 \ud800")
    assert ready.may("numéro de sécu ")
    assert ready.may("口座番号 ")


def test_findings_are_the_same_with_the_gate_and_without(ready: MayMatch, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(11, 2500)
    texts.append("\n".join(texts[:400]) + "\n" + "lorem ipsum " * 400)  # long: the digit runs of its shape
    gated = [pii.find(t) for t in texts]
    monkeypatch.setattr(pii._ID_MAY, "may", lambda window: True)
    assert [pii.find(t) for t in texts] == gated
    assert sum(bool(f) for f in gated) > 200


def test_without_hyperscan_every_window_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    gate = MayMatch(pii._ID_WORDS.pattern)
    monkeypatch.setattr("secure_mcp_gateway.guardrails.scan.ACCELERATE", False)
    assert gate.may("no id word here")


def test_loosened_leaves_out_look_arounds_and_anchors_and_widens_classes() -> None:
    assert loosened(r"(?<![a-z])(ssn|tax (?:id|no))(?![a-z])") == "(?:ssn|tax (?:id|no))"
    assert loosened(r"(?<![a-z])\u0906x\b[^\W\d_]*[\u00e9e]") == "\u0906x.*[\u00e9e]"
    assert loosened(r"^(?P<dea>dea(?=[\s:(]))|\d{3}(?!\d)$") == "(?:dea)|.{3}"
    assert loosened(r"a[\]\\(](?=(?:x)|\))b") == r"a[\]\\(]b"
    for pattern in (r"(a)\1", r"(?i)ssn", r"(?>ssn)", r"(?=x)?y"):
        with pytest.raises(ValueError):
            loosened(pattern)


def test_a_loose_form_is_split_into_its_branches() -> None:
    assert alternatives("(?:(?:ssn|tin)|(?:nhs)).*") == ["(?:ssn|tin)", "(?:nhs)"]
    assert alternatives(r"a\.*|[|)]b|(?:c|d)e") == [r"a\.*", "[|)]b", "(?:c|d)e"]


_HEADS = ("name", "SSN", "tax_id", "Telefon", "passport no", "date of birth", "NPI", "Führerschein", "notes", "order")


def _tables(seed: int, count: int) -> list[str]:
    """Made-up CSV and TSV exports under header cells that name ids (and some that name nothing)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        cols = rng.sample(_HEADS, rng.randint(2, 4))
        sep = rng.choice((",", ";", "\t"))
        rows = [sep.join(cols)]
        rows += [sep.join(rng.choice((*_DIGITS, "Ana Ruiz", "1990-04-12")) for _ in cols) for _ in range(3)]
        out.append("\n".join(rows))
    return out


def test_the_label_gate_says_may_wherever_a_label_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    if not pii_ids._LABEL_MAY.prepare():
        pytest.skip("Hyperscan is not installed")
    cells = [c.lower() for t in _texts(8, 2000) + _tables(8, 300) for c in t.replace("\n", ",").split(",")]
    found = [c for c in cells if pii_ids._LABEL.search(c) is not None]
    assert len(found) > 100
    assert all(pii_ids._LABEL_MAY.may(c) for c in found)
    texts = _tables(9, 400) + _texts(9, 400)
    gated = [pii.find(t) for t in texts]
    monkeypatch.setattr(pii_ids._LABEL_MAY, "may", lambda text: True)
    assert [pii.find(t) for t in texts] == gated
    assert sum(bool(f) for f in gated[:400]) > 100


def test_a_text_the_index_does_not_read_is_searched_for_foreign_password_words_only_where_one_occurs() -> None:
    """`secrets._foreign_places` asks one pass whether any word for "password" in another language occurs before it
    looks for each: the places are those of every word, found one by one."""
    from secure_mcp_gateway.guardrails import password_words, secrets
    from secure_mcp_gateway.guardrails.scan import occurrences

    for gate in (secrets._FOREIGN_ASCII, secrets._FOREIGN_OTHER):
        if not gate.prepare():
            pytest.skip("needs Hyperscan")
    rng = random.Random(21)
    filler = ("the build ", "token=abc ", "pass the salt ", "clavier ", "parol ", "Passwörter ", "σύνθημα ")
    found = 0
    for _ in range(400):
        words = [rng.choice(filler) for _ in range(rng.randint(1, 60))]
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words) + 1), rng.choice(password_words.WORDS) + ": x7Hq2-Lm9 ")
        low = "".join(words).lower()
        want = sorted({at for word in password_words.WORDS for at in occurrences(low, word)})
        assert secrets._foreign_places(low, None) == want, low
        found += bool(want)
    assert 150 < found < 250


_PROVIDERS = (
    "twilio",
    "datadog",
    "dd_api",
    "DD_APP_KEY",
    "heroku",
    "mailgun",
    "cloudflare",
    "cf_api",
    "sentry",
    "okta",
)
_NOT_PROVIDERS = ("commit", "uuid", "sha", "id", "request", "trace", "session", "label", "state", "created_at")


def test_a_run_s_window_without_a_provider_s_name_is_kept_out_findings_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Records with ids and commits (a run of a context length after no provider's name, thousands in a MB) are not
    searched for every provider's name; the keys after a provider's name are found as before."""
    if not provider_keys._NAMED_NEAR.prepare():
        pytest.skip("Hyperscan is not installed")
    rng = random.Random(3)
    rows = []
    for n in range(600):
        name = rng.choice(_PROVIDERS + _NOT_PROVIDERS * 2)
        value = f"{rng.getrandbits(160):040x}" if n % 2 else f"{rng.getrandbits(128):032x}"
        rows.append(f'{{"{name}_key": "{value}", "n": {n}}}')
    texts = [*rows[:300], "\n".join(rows)]
    gated = [secrets.find(t) for t in texts]
    windows = [t.lower()[: t.index('": "') + 4][-96:] for t in rows]
    assert sum(not provider_keys._NAMED_NEAR.may(w) for w in windows) > 200
    monkeypatch.setattr(provider_keys._NAMED_NEAR, "may", lambda window: True)
    assert [secrets.find(t) for t in texts] == gated
    assert sum(bool(f) for f in gated[:300]) > 20


_GREETINGS = (
    *("Dear parents,", "Hi team,", "To all drivers:", "Reminder to all users of the shared kitchen:", "Team leads:"),
    *("Hello everyone, ", "Good morning, night shift!", "Dear Mr. Okafor,", "Folks - ", "Estimados voluntarios,"),
    *("An alle Fahrer:", "Уважаемые коллеги,", "أيها المتطوعون،", "स्वयंसेवकों,", "各位志愿者：", "ドライバー各位："),
    *("자원봉사자 여러분,", "Kære frivillige,", "Instructions for the nurse:", "Note to the cleaner -"),
    "Avast, ye crew!",
)
"""Lines that open with a greeting to people, a group or a job (made up, several languages)."""


def test_the_greeting_gate_changes_no_reading_of_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """`people_orders._addressed` asks one anchored pass whether any long vocative may open a line: the lines the
    gates keep out are read as before (greetings and ordinary lines, at every roles setting)."""
    import json
    from pathlib import Path

    from secure_mcp_gateway.guardrails import people_orders as po

    if not (po._GREETED.prepare() and po._GROUPS.prepare()):
        pytest.skip("Hyperscan is not installed")
    corpus = json.loads((Path(__file__).parent / "corpus" / "injection.json").read_text(encoding="utf-8"))
    texts = [case["text"] for case in corpus["positives"]] + corpus["negatives"]
    rng = random.Random(4)
    texts += [g + rng.choice(("", " the depot opens at 6.", "\nplease bring your badge")) for g in _GREETINGS * 3]
    lines = []
    for text in texts:
        for line in text.lower().split("\n"):
            lead = po._LEAD.match(line)
            lines.append(line[lead.end() if lead else 0 :])
    gated = [(po._addressed(line), po._addressed(line, True)) for line in lines]
    kept_out = sum(not po._GREETED.may(line) and not po._GROUPS.may(line) for line in lines)
    monkeypatch.setattr(po._GREETED, "may", lambda line: True)
    assert [(po._addressed(line), po._addressed(line, True)) for line in lines] == gated
    assert sum(a for a, _ in gated) > 2 * len(_GREETINGS) and kept_out > len(lines) // 2


def test_the_people_header_gate_changes_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    """`pii_people._columns` asks one pass whether a header line may hold a header or role word before testing each:
    tables under such headers (and under none) are read as before."""
    from secure_mcp_gateway.guardrails import pii_people

    if not pii_people._HEADER_MAY.prepare():
        pytest.skip("Hyperscan is not installed")
    rng = random.Random(12)
    heads = (
        ("Driver", "Plate"),
        ("tenant", "unit"),
        ("Passenger", "Seat"),
        ("member_name", "member_id"),
        ("Item", "Qty"),
    )
    texts = _tables(12, 60)
    for _ in range(60):
        sep = rng.choice((",", ";", "\t", "|"))
        rows = [sep.join(rng.choice(heads))] + [
            sep.join((rng.choice(("Ana Ruiz", "Hamid Rahimi", "Box")), "KX-4410"))
        ] * 2
        texts.append("\n".join(rows))
    gated = [pii.find(t) for t in texts]
    monkeypatch.setattr(pii_people._HEADER_MAY, "may", lambda line: True)
    assert [pii.find(t) for t in texts] == gated
    assert sum(bool(f) for f in gated) > 30


def test_the_model_cue_gate_changes_no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """`injection_model._windows` asks one pass whether any cue word occurs in a text the shared index did not read
    before looking for each: texts with and without cues get the same sentences to judge."""
    from secure_mcp_gateway.guardrails import injection_model

    if not injection_model._CUES_MAY.prepare():
        pytest.skip("Hyperscan is not installed")
    rng = random.Random(13)
    plain = ("the build passed", "lorem ipsum", "ok.", "the assistantship form")
    cued = ("Ignore the old draft.", "Vergiss die Liste nicht.", "instructions below")
    texts = [" ".join(rng.choice(plain + cued * (n % 2)) for _ in range(rng.randint(40, 200))) for n in range(60)]
    lows = [t.lower() for t in texts]
    gated = [injection_model._windows(low) for low in lows]
    monkeypatch.setattr(injection_model._CUES_MAY, "may", lambda low: True)
    assert [injection_model._windows(low) for low in lows] == gated
    assert 20 <= sum(bool(w) for w in gated) <= 40
