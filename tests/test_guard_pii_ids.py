"""Identifiers named by a label or valid alone: check digits, labels in long texts, both index paths."""

from __future__ import annotations

import random
import re

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii, pii_ids, scan
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("check", "good", "bad"),
    [
        (pii_ids.dea_ok, "FN5486205", "FN5486206"),
        (pii_ids.npi_ok, "1067924708", "1067924709"),
        (pii_ids.it_vat_ok, "23201098326", "23201098327"),
        (pii_ids.tnin_ok, "3100600137353", "3100600137354"),
        (pii_ids.bsn_ok, "389869284", "389869285"),
        (pii_ids.no_fnr_ok, "01129947280", "01129947281"),
        (pii_ids.my_number_ok, "836236107885", "836236107886"),
        (pii_ids.cn_id_ok, "440308198807128474", "440308198807128475"),
        (pii_ids.curp_ok, "GODE561231HDFRRN18", "GODE561231HDFRRN19"),
        (pii_ids.be_nrn_ok, "85.07.30-529.17", "85.07.30-529.18"),
    ],
)
def test_each_check_digit_tells_a_real_number_from_one_typo(check, good: str, bad: str) -> None:
    assert check(good)
    assert not check(bad)


def test_every_kind_is_one_a_config_can_name() -> None:
    assert KNOWN_KINDS["pii"] >= pii_ids.KINDS
    assert {"date_of_birth", "medical_license", "cn_resident_id", "th_tnin"} <= pii_ids.KINDS


def test_a_label_without_a_value_of_its_shape_finds_nothing() -> None:
    assert _found("Enter the date of birth as YYYY-MM-DD and the NPI as ten digits, e.g. 12") == []
    assert _found("DEA number: FN5486206") == []  # wrong check digit
    assert _found("the idea: 1234 5678 9012 3456 7") == []


def test_a_value_is_read_only_right_after_its_label() -> None:
    far = "Date of birth: " + "x" * 40 + " 1981-07-22"
    assert _found(far) == []
    assert _found("Date of birth: 1981-07-22") == [("date_of_birth", "1981-07-22")]


def _accelerated() -> bool:
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


def _long(label_text: str, filler: str) -> str:
    return filler * (3 * scan.LONG // len(filler)) + label_text + filler * 50


@pytest.mark.parametrize("filler", ["def f(x):\n    return x + 1  # plain code\n", "Grüße aus Köln, nichts hier. "])
def test_labels_deep_in_a_long_text_are_found_on_every_path(monkeypatch: pytest.MonkeyPatch, filler: str) -> None:
    text = _long("Patient DOB: 02.05.1968, NPI 1067924708. ", filler)
    expected = [("date_of_birth", "02.05.1968"), ("medical_license", "1067924708")]
    if _accelerated():
        assert scan.INDEX.prepare()
    assert [f for f in _found(text) if f[0] in pii_ids.KINDS] == expected
    monkeypatch.setattr(scan, "ACCELERATE", False)
    monkeypatch.setattr(scan.INDEX, "_fast", None)
    assert [f for f in _found(text) if f[0] in pii_ids.KINDS] == expected
    monkeypatch.setattr(pii_ids, "_OWN_FROM", 10**9)  # one regex pass instead of the label words' finder
    assert [f for f in _found(text) if f[0] in pii_ids.KINDS] == expected


def test_a_label_word_too_common_for_the_index_is_still_read() -> None:
    text = "registration form. " * 400 + "Vehicle registration: MH 12 DE 1433"
    assert ("vehicle_registration", "MH 12 DE 1433") in _found(text)


def test_the_short_text_path_finds_what_the_long_one_does() -> None:
    line = "Voter ID card: KRB4417290; BSN: 389869284; born on 3rd August 1990"
    short = _found(line)
    assert [k for k, _ in short] == ["in_voter_id", "nl_bsn", "date_of_birth"]
    padded = _found(_long(line + ". ", "nothing to see in this line at all. "))
    assert [f for f in padded if f[0] in pii_ids.KINDS] == short


def test_long_texts_skip_the_colon_mac_pass_only_where_it_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(17)
    groups = ("3c", "22", "Fb", "0a", "6e", "d2", "91", "7A", "1", "abc", "fe80", "0000", "g1", "")
    edges = (" ", "\n", "x", ":", "-", ".", "_", "")

    def unit() -> str:
        return ":".join(rng.choice(groups[: rng.choice((8, 14))]) for _ in range(rng.randint(5, 8))) + rng.choice(edges)

    texts = ["".join(rng.choice(edges) + unit() for _ in range(rng.randint(1, 4))) for _ in range(4000)]
    matched = 0
    for text in texts:
        for m in pii_ids._MAC[":"].finditer(text):
            matched += 1
            assert pii_ids._MAC_NEAR.match(text, m.start()) is not None, text
    assert matched > 100
    padding = "key: value, at 12:30 the job ran (a-b-c)\n" * 60
    longs = [padding + "".join(rng.sample(texts, 40)) + padding for _ in range(60)]
    longs += [
        padding + "link/ether 5e:91:0c:a7:3b:d2 up\n" + padding,
        padding + "fe80:0000:0000:0000:0204:61ff:fe9d:f156",
    ]
    assert all(len(t) >= scan.LONG for t in longs)
    found = [pii_ids.macs(t, pii._ip_kind) for t in longs]
    monkeypatch.setattr(pii_ids, "_MAC_NEAR", re.compile(""))  # every text read by the colon pass
    assert found == [pii_ids.macs(t, pii._ip_kind) for t in longs]
    assert sum(map(bool, found)) >= 3


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ('<tr><th>NIF</th><td class="v">252601815</td></tr>', "pt_nif", "252601815"),
        ('<label for="pesel">PESEL</label>\n<input id="pesel" value="85120703424">', "pl_pesel", "85120703424"),
        ("NIF del titular: 252601815", "pt_nif", "252601815"),
        ("PESEL pacjenta: 85120703424", "pl_pesel", "85120703424"),
        ("個人番号（個人用）: 836236107885", "jp_my_number", "836236107885"),
        ("BSN (burgerservicenummer): 389869284", "nl_bsn", "389869284"),
        ("מספר זהות: 000000018", "il_id_number", "000000018"),
    ],
)
def test_a_checked_id_after_markup_a_note_or_whose_it_is_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "NIF do cliente. Total: 252601816",  # the label's sentence ends before the number (and it fails the check)
        "PESEL pacjenta: 85120703425",  # one digit off: fails the check
        "<th>NIF</th><td>252601816</td>",
        "NIF: a preencher. Encomenda: 252601815",  # another field's number, after the label's sentence ended
    ],
)
def test_a_wide_gap_needs_the_check_digits_and_stays_in_the_label_sentence(text: str) -> None:
    assert not [k for k, _ in _found(text) if k == "pt_nif" or k == "pl_pesel"]


def test_a_form_placeholder_is_an_example_not_someone_s_data() -> None:
    text = '<input type="tel" name="phone" placeholder="+44 7700 900123"><input type="email" placeholder="ana@mail.pt">'
    assert _found(text) == []
    text = '<input type="tel" name="phone" placeholder="Phone" value="+44 7700 900123">'
    assert ("phone_number", "+44 7700 900123") in _found(text)


_LABELLED = (
    "Employee record: passport no. X4871203, date of birth 1984-02-11, SSN on file, driver's licence D-4471-22.",
    "Formulaire : numéro de sécurité sociale, date de naissance 12/03/1979, numéro fiscal 3023217600053.",
    "Ausweisnummer L01X00T47, Steuer-ID 65929970489, Geburtsdatum 04.07.1990; tax_id and national_id in the form.",
    "Паспорт 4509 235857, дата рождения 21.09.1985; ИНН указан в анкете.",
)


def test_labels_are_read_only_with_expressions_the_store_keeps(monkeypatch) -> None:
    """Reading a text's labels uses only the module's lazy expressions (compiled ahead by the warm-up, from the store
    on a later start): nothing is compiled beside them. One expression was compiled per first character a check
    met (up to ~0.2 s of CPU each, on every start: neither the warm-up nor the store kept them). What is found is
    what the whole `_LABEL` finds at each place."""
    notes = " Notes: checked at the front desk; nothing changed since the last visit, the file is complete." * 3
    lows = [(text + notes).lower() for text in _LABELLED]  # (long enough to be read where label words start)
    for low in lows:  # (the lazy expressions these texts need, compiled)
        pii_ids._labels(low)
    for name in ("_label_at", "_groups_at"):  # a new process: what reading labels kept per first character is gone
        getattr(getattr(pii_ids, name, None), "cache_clear", lambda: None)()
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, *a: compiled.append(str(pattern)[:60]) or real(pattern, *a))
    found = [pii_ids._labels(low) for low in lows]
    monkeypatch.undo()
    assert compiled == [] and sum(map(len, found)) >= 8, (compiled, found)
    for low, matches in zip(lows, found, strict=True):
        for m in matches:
            whole = pii_ids._LABEL.match(low, m.start())
            assert whole is not None and (whole.end(), whole.lastgroup) == (m.end(), m.lastgroup), (low, m)
