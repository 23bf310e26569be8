"""Secrets in free text (a server's stderr, error messages) replaced before the text reaches a log or the audit."""

from __future__ import annotations

from secure_mcp_gateway.audit.scrub import scrub
from secure_mcp_gateway.guardrails.redact import placeholder_spans, splice


def scrub_secrets(text: str) -> str:
    """`text` with every secret the detectors find replaced by `<SECRET:kind>`; the same object when none. A placeholder
    the guard wrote already (`<SECRET:github_token:q3x...>` in a redacted error) is never a finding of its own."""
    try:
        from secure_mcp_gateway.guardrails import secrets  # at the first text to scrub, not when the gateway starts

        found = secrets.find(text)
        if found and (written := placeholder_spans(text)):
            found = [f for f in found if not any(start < f.end and f.start < end for start, end in written)]
    except Exception:  # a detector that fails to load or to run must not let the line through in clear
        found = []
        text = scrub(text)
    if found:
        text = splice(text, [(f.start, f.end, f"<SECRET:{f.kind}>") for f in found])
    return scrub(text)


def bare_url(url: str) -> str:
    """An address without what may be a secret in it: a user and password, a query string, a fragment, and a key
    the detectors find in its path (hosted servers that put it there: `/mcp/<key>/sse`)."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    path = path.split("?", 1)[0].split("#", 1)[0]
    return scheme + sep + host.rpartition("@")[2] + slash + (scrub_secrets(path) if path else "")
