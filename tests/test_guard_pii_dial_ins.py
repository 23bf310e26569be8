"""A meeting's dial-in lines (`Dial by your location`, `Join by phone`, one-tap strings) are a service's numbers,
not anyone's phone; a person's number beside an invite is still found."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text)]


@every(
    "text",
    [
        "Join Zoom Meeting\nMeeting ID: 848 2731 5960\nOne tap mobile\n+16465588656,,84827315960# US (New York)\n"
        "Dial by your location\n        +1 646 558 8656 US (New York)\n        +1 301 715 8592 US (Washington DC)",
        "Microsoft Teams meeting\nOr call in (audio only)\n+1 323-849-4874,,482731596#   United States, Los Angeles\n"
        "Phone Conference ID: 482 731 596#",
        "Join by phone\n(US) +1 929-205-7012 PIN: 482 731 596#",
        "Join by phone\n+1-415-655-0001 US Toll\nAccess code: 2482 731 5960",
        "Conference bridge: +44 20 3481 5237, participant code 4827315#",
        "Dial-in: +1 646 558 8656",
        "Weekly sync. Dial-in numbers:\n0800-NOT-USED\n020 3481 5237 (London)\n",
    ],
)
def test_dial_in_lines_are_not_personal_data(text: str) -> None:
    assert pii.find(text) == []


@every(
    ("text", "value"),
    [
        (
            "Organizer: Dana Whitfield (+1 415 555 2671)\nJoin Zoom Meeting https://zoom.us/j/84827315960",
            "+1 415 555 2671",
        ),
        ("Dial-in: +1 646 558 8656\nIf the link fails, call me on +44 7700 918273", "+44 7700 918273"),
        ("Join by phone +1 646 558 8656\nHost mobile: +1 415 555 2671", "+1 415 555 2671"),
        ("Conference room B, Bridge Street office. Call Dana: 0412 873 615", "0412 873 615"),
    ],
)
def test_a_persons_number_beside_an_invite_is_found(text: str, value: str) -> None:
    assert value in _values(text)
