"""Ids whose label and value have a note in brackets or the card's kind between them."""

from __future__ import annotations

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


def test_a_note_in_brackets_or_an_electronic_card_between_label_and_value() -> None:
    assert _found("Voter ID (EPIC): KLM5502918, polling station 14").get("KLM5502918") == "in_voter_id"
    assert _found("Carta d'identità elettronica CB19384TZ, rilasciata a Bari").get("CB19384TZ") == "it_identity_card"


def test_a_bracketed_note_with_no_value_of_the_labels_shape_names_nothing() -> None:
    assert not pii.find("Voter ID (front side) is shown on page 2 of the form.")
    assert not pii.find("Identity card (back): see the scan attached to ticket 42.")
