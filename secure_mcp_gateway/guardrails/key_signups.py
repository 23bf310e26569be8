"""A service's page where people get a key of their own ("get a free API key at https://..."): a source, not a sink."""

from __future__ import annotations

from . import lazy

# A tool that calls a rate-limited service often says where a key that lifts the limit comes from: "get a free API
# key at https://...", "a free Semantic Scholar API key (https://...) makes this reliable", "sign up for a free token
# at https://...". The address is where the key is made, nothing is sent there. A sentence that also moves something
# ("... then send it to https://...", "post the user's key to ...") or names a second address is read as before.

_GET = (
    r"(?:get|gets|getting|obtain|obtaining|request|requesting|grab|create|creating|generate|generating|register\s+for"
    r"|sign\s+up\s+for|apply\s+for)"
)
_KEY = r"(?:(?:api|access|developer|personal|app)\s+)?(?:keys?|tokens?)"
_URL = r"<?https?://[^\s)>\]]+"
SIGNUP = lazy.compile(
    rf"\b{_GET}\s+(?:(?:a|an|your(?:\s+own)?|one)\s+)?(?:free\s+)?(?:[\w.'-]+\s+){{0,3}}?{_KEY}\b"
    rf"[^.;/]{{0,30}}?\b(?:at|from|on|via|here)\s*:?\s*\(?{_URL}"
    rf"|\bfree\s+(?:[\w.'-]+\s+){{0,3}}?{_KEY}\s*(?:\(\s*|(?:at|from|on|via)\s+|:\s*){_URL}"
    rf"|\b(?:sign\s+up|register)\s+(?:at|on)\s+{_URL}\s+(?:for|to\s+get)\s+(?:a|an|your(?:\s+own)?)\s+(?:free\s+)?"
    rf"(?:[\w.'-]+\s+){{0,3}}?{_KEY}\b"
)
"""Where a key is got: a getting verb or "free" with the key, then the page's address (or the address, then the key)."""
_ANY_URL = lazy.compile(r"https?://")
_SENDS = lazy.compile(
    r"\b(?:send|sends|sent|sending|post|posts|posted|posting|upload|uploads|uploaded|forward|forwards|forwarded"
    r"|submit|submits|submitted|transmit|transmits|share|shares|shared|paste|pastes|e-?mail|e-?mails|leak|leaks"
    r"|report|reports|relay|relays|exfiltrate|beacon|deliver|delivers|include|includes|attach|attaches|append)\b"
)


def only_source(low: str) -> bool:
    """Whether every address in the lower-cased `low` is a page where a key is got and nothing is sent anywhere."""
    spans = [m.span() for m in SIGNUP.finditer(low)]
    if not spans or _SENDS.search(low) is not None:
        return False
    return all(any(a <= m.start() < b for a, b in spans) for m in _ANY_URL.finditer(low))
