"""Speakers of chat exports and transcripts are found by the line's form (a time before `Name:`, an author over the
time, a caption's voice); a log's component or a heading after a time is no speaker."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "person_name"]


@every(
    ("text", "name"),
    [
        ("[09:14] Priya Raman: can you send me the form?\n[09:15] Oliver Brandt: sure, emailing now", "Priya Raman"),
        ("12/03/2024, 21:07 - Lucía Fernández: llego tarde\n12/03/2024, 21:08 - Marco Bellini: ok", "Marco Bellini"),
        ("[12/03/2024, 21:07:15] Aroha Ngata: kia ora\n[12/03/2024, 21:09:02] Tane Ngata: hey", "Aroha Ngata"),
        ("Mateo Rossi [10:02 AM]\nthe contract is attached\nHannah Kowalski [10:03 AM]\nthanks", "Hannah Kowalski"),
        ("Dmitri Volkov — Today at 9:41 AM\nmerged, thanks", "Dmitri Volkov"),
        ("Anna Schmidt, [12.03.24 21:07]\nhallo zusammen", "Anna Schmidt"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Kwame Mensah>We start at nine.", "Kwame Mensah"),
        ("Kwame Mensah (00:01:23):\nwelcome everyone", "Kwame Mensah"),
        ("[09:14] Priya: are you there?\n[09:20] Priya: call me back", "Priya"),
    ],
)
def test_a_speaker_is_found(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    "text",
    [
        "[2024-03-01 10:00:01] Worker Pool: started\n[2024-03-01 10:00:02] Worker Pool: stopped",
        "10:00 Build Step: ok",
        "Meeting at 10:30 Room: B",
        "[09:14] Release Notes: see below",
        "Started at 10:02:03 Monday: ok",
    ],
)
def test_a_log_or_a_heading_after_a_time_names_no_one(text: str) -> None:
    assert _names(text) == []
