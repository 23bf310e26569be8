"""Speakers named in chat exports and transcripts: a message's line after its time (`12/03/2024, 21:07 - Name:`,
`[09:14] Name:`), a copied chat's author over the time (`Name  [10:02 AM]`, `Name — Today at 10:02`), a messenger's
`Name, [12.03.24 21:07]`, a caption's `<v Name>` and a transcript's `Name (00:01:23):`."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .findings import Finding
from .pii_people import _GIVEN, _NAME, _name_ok, _words

DETECTOR = "pii"

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[ ]?[Mm]\.?)?"
_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})"
_PHONE_DATE = r"(?P<dated>\d{1,2}[./]\d{1,2}[./]\d{2,4}, )"
"""A messenger's date before its time (`12/03/2024, `): a chat's export, not a program's log."""
_STAMP = rf"[\[(]?(?:{_PHONE_DATE}|{_DATE},?[ T])?{_TIME}[\])]?(?![\d:])"
_SPEAKER = rf"(?P<name>{_NAME.pattern})"
_TIMED = lazy.compile(rf"[ \t]*{_STAMP}[ \t]*(?:[-–—][ \t]*)?{_SPEAKER}[ \t]*:[ \t]")
"""A message after its time: WhatsApp's `12/03/2024, 21:07 - Name: ...` and `[12/03/2024, 21:07:15] Name: ...`, a
log of a chat's `[09:14] Name: ...`."""
_AUTHOR = lazy.compile(
    rf"[ \t]*{_SPEAKER}[ \t]+(?:\[{_TIME}\]|[—–-][ \t]+(?:Today at |Yesterday at |{_DATE},? )?{_TIME}|"
    rf"\(?\d{{1,2}}:\d{{2}}:\d{{2}}\)?:?)[ \t]*\r?$",
    re.M,
)
"""A copied chat's author over the message, its time beside (`Name  [10:02 AM]`, `Name — Today at 10:02 AM`), or a
transcript's speaker over the words (`Name  00:01:23`, `Name (00:01:23):`)."""
_MESSENGER = lazy.compile(rf"{_SPEAKER}, \[{_DATE} {_TIME}\]")
"""A messenger's export: `Name, [12.03.24 21:07]` over the message."""
_VOICE = lazy.compile(rf"<v(?:\.[\w.-]+)? {_SPEAKER}>")
"""A caption's voice (WebVTT): `<v Name>...`."""
_OPENERS = "[( \t"
"""What a line of these forms may open with besides a letter or a digit."""
_HEARD = lazy.compile(r"\d:\d\d")
"""A time: a text without one holds no chat's line."""


def _times(text: str, shape: bytes | None) -> Callable[[int], int]:
    """Where the next time (`_HEARD`) from a position starts, -1 if none: found in the text's shape when given
    (`pii.text_shape`: one byte per character, ASCII digits as `0`; the caller has read every other digit as ASCII
    already), by a search of the text otherwise."""
    if shape is not None:
        return lambda at: shape.find(b"0:00", at)
    return lambda at: -1 if (hit := _HEARD.search(text, at)) is None else hit.start()


def _speakers(text: str, shape: bytes | None = None) -> list[tuple[re.Match[str], bool]]:
    """Every speaker's place found by the forms above, each with whether its form is a chat's own (a messenger's
    date, a copied chat's author, a caption's voice) rather than a time any log may print (`shape`: see `_times`)."""
    out: list[tuple[re.Match[str], bool]] = []
    done = 0 if ":" in text else len(text)
    after = _times(text, shape)
    while (at := after(done)) >= 0:  # from the end of the line tried last
        start = text.rfind("\n", 0, at) + 1
        done = text.find("\n", at + 4)
        done = len(text) if done < 0 else done
        if not (text[start].isalnum() or text[start] in _OPENERS):
            continue  # every form starts with a letter, a digit, a bracket or blank space (not `{"ts": ...`)
        m = _TIMED.match(text, start)
        if m is not None:
            out.append((m, m.group("dated") is not None))
            continue
        m = _AUTHOR.match(text, start)
        if m is not None:
            out.append((m, "[" in m.group() or "—" in m.group()))
            continue
        m = _MESSENGER.match(text, start)
        if m is not None:
            out.append((m, True))
    if "<v " in text or "<v." in text:
        out += [(m, True) for m in _VOICE.finditer(text)]
    return out


def find(text: str, shape: bytes | None = None) -> list[Finding]:
    """Speakers in chat exports and transcripts: a name that reads as a person's (a known given name, a surname's
    form, a title), two or more capitalised words in a chat's own form, or a known given name alone that speaks
    more than once (`shape`: the text's shape, see `_times`)."""
    seen: dict[str, list[tuple[int, int]]] = {}
    own: set[str] = set()
    for m, chat in _speakers(text, shape):
        seen.setdefault(m.group("name"), []).append(m.span("name"))
        if chat:
            own.add(m.group("name"))
    out = []
    for name, spans in seen.items():
        words = len(_words(name))
        again = len(spans) > 1
        if (
            _name_ok(name, True)
            or (name in own and words > 1 and _name_ok(name, False))
            or (again and words == 1 and name.lower() in _GIVEN)
        ):
            out += [Finding(DETECTOR, "person_name", s, e) for s, e in spans]
    return out
