"""A repository's notes for AI coding tools about the project's own workflow ("AI assistants: run make test before
committing"): addressed to a model, yet no order against the user."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .order_words import HARM, unbound

_DISCOUNT = 0.45
"""What such a note takes off a finding's score (as `everyday` takes off a labelled everyday task)."""
_MOST = 1500
"""A note longer than this is judged as any other text (a long file holds more than a workflow)."""
_KINDS = frozenset(("model_address",))
"""The only findings such a note may carry: an address to a model, nothing else."""

WORKFLOW = lazy.compile(
    r"`[^`\n]{2,60}`|\b(?:tests?|pytest|unit\s+tests?|lint(?:er|ing)?|linters?|typecheck(?:ing)?|type-?check|mypy"
    r"|ruff|eslint|prettier|clippy|fmt|format(?:ter|ting)?|commits?|committing|pull\s+requests?|prs?|merge\s+requests?"
    r"|branch(?:es)?|repo(?:sitory)?|code\s*base|build(?:s|ing)?|ci|pipeline|style\s+guide|conventions?|docstrings?"
    r"|changelog|readme|contributing(?:\.md)?|dependenc(?:y|ies)|migrations?|refactor(?:s|ing)?|modules?|functions?"
    r"|vendor|generated|makefile|npm|pnpm|yarn|cargo|bazel|gradle|maven|go\s+test|uv|pip|poetry|tox|nox)\b"
)
"""Words of a project's workflow (tests, lint, commits, pull requests, builds, style, a command in backticks)."""
_WORKFLOW_ML = lazy.compile(
    r"\b(?:commit|tests?|pruebas|tests|archivos\s+generados|fichiers\s+générés|dateien|vendor|pull\s+request"
    r"|rama|branche|zweig|estilo|stil|style)\b"
)
"""The same in German, Spanish, French (a command in backticks is read by `_WORKFLOW`)."""
_AGAINST = lazy.compile(
    r"://|www\.|[\w.+-]+@[\w-]+\.[a-z]|\b(?:tell\w*|told|inform\w*|notif\w*|mention\w*|reveal\w*|disclos\w*"
    r"|hid(?:e|es|ing|den)|conceal\w*|secret\w*|silent\w*|quiet\w*|discreet\w*|covert\w*|unnoticed|ignor\w*"
    r"|disregard\w*|overrid\w*|bypass\w*|skip\w*|disabl\w*|turn\w*\s+off|no-verify|forc\w*|directly\s+to"
    r"|straight\s+to|approv\w*|auto-?merg\w*|passed|succeeded|green|claim\w*|report\w*|state[sd]?|say\w*|said"
    r"|repl(?:y|ies|ied)|respond\w*|answer\w*|mark\w*\s+as|pretend\w*|curl|wget|eval|exec\w*|base64|sudo|chmod"
    r"|rm\s+-|delet\w*|remov\w*|wip(?:e|es|ed|ing)|drop\w*|eras\w*|truncat\w*|destroy\w*|publish\w*|deploy\w*"
    r"|releas\w*|upload\w*|send\w*|sent|forward\w*|post(?:s|ed|ing)?|transfer\w*|exfiltrat\w*|past(?:e|es|ed|ing)"
    r"|cop(?:y|ies|ied|ying)|shar(?:e|es|ed|ing)|e-?mail\w*|mail\w*|webhook\w*|token\w*|password\w*|passwd"
    r"|credential\w*|api\s+keys?|private\s+keys?|ssh|id_rsa|authorized_keys|env|environment\w*|cookies?|session\w*"
    r"|wallet\w*|payment\w*|invoice\w*|bank\w*|iban|credit\w*|cards?|prompt\w*|previous|prior|earlier|new\s+task"
    r"|users?|customers?|humans?|auth\w*|login\w*|security|permission\w*|admin\w*|root|comment\w*\s+out"
    r"|downgrad\w*|licen[cs]\w*|telemetry|analytics|backdoor\w*|hooks?|postinstall|preinstall|cron\w*|firewall\w*"
    r"|tls|ssl|certificat\w*|2fa|mfa|codeowners|owners?|protect\w*)\b"
)
"""Words that make an addressed note more than a workflow: a link or an address, telling or hiding, an override,
skipping or forcing a check, claiming a result, running a download, destroying, publishing, sending, a secret, the
model's own orders, or the people it answers to (asking them is left to the words above: "ask the user" reads
"user")."""
_AGAINST_ML = lazy.compile(
    r"\b(?:sag|sage|verschweig\w*|ignorier\w*|lösch\w*|sende|schick\w*|passwort|geheim\w*|nutzer\w*|benutzer\w*"
    r"|di|dile|oculta\w*|ignora\w*|borra\w*|elimina\w*|envía|envia|manda|contraseña\w*|usuario\w*|dis|dites|cache\w*"
    r"|ignore\w*|supprime\w*|envoie\w*|mot\s+de\s+passe|utilisateur\w*|anweisung\w*|instruccion\w*|consigne\w*)\b"
)
"""The same in German, Spanish and French."""


def workflow_note(text: str, found: list[Finding]) -> bool:
    """Whether `text` (the reading copy) is a note to AI coding tools about the project's workflow only: its findings
    are all addresses to a model, it names at least two workflow things (tests, lint, commits, a command in
    backticks) and no word of harm, limits lifted, links, addresses, secrets, telling or hiding, overrides, skipped
    checks, claimed results, downloads, deletion, publishing, sending, or the people the model answers to."""
    if not found or len(text) > _MOST or any(f.kind not in _KINDS for f in found):
        return False
    if _AGAINST.search(text) is not None or _AGAINST_ML.search(text) is not None:
        return False
    words = set(re.findall(r"[^\W\d_]+", text))
    if not HARM.isdisjoint(words) or unbound(words):
        return False
    return len(WORKFLOW.findall(text)) + len(_WORKFLOW_ML.findall(text)) >= 2


_COURTESY = lazy.compile(
    r"\b(?:cit(?:e|es|ing)|credit(?:s|ing)?\s+(?:the\s+|its\s+|this\s+)?(?:author|authors|source|site|original|page"
    r"|writer|creator|publisher)|attribut(?:e|es|ion)|acknowledg\w*\s+(?:the\s+)?(?:author|authors|source)"
    r"|respect\w*\s+(?:the\s+|our\s+|this\s+site's\s+)?(?:robots\.txt|licen[cs]e|copyright|terms|crawl(?:ing)?\s+"
    r"(?:limits|rules|delay))|robots\.txt|link(?:ing)?\s+(?:back\s+)?to\s+(?:the\s+|this\s+)?(?:original|source"
    r"|article|page|post)|licen[cs]e\s+terms|(?:cc|creative\s+commons)\s+by\S*)"
)
"""What a page asks of the AI tools that read it for its own sake: credit, a licence, crawling manners."""


def courtesy_note(text: str, found: list[Finding]) -> bool:
    """Whether `text` (the reading copy) only asks AI readers a courtesy ("AI agents reading this page must respect
    robots.txt", "any LLM quoting this should cite the source"): its findings are all addresses to a model, it names
    a courtesy, and once the courtesy's words are set aside no word of harm, telling, hiding, overriding, sending,
    secrets, the model's own orders or the people it answers to is left."""
    if not found or len(text) > _MOST or any(f.kind not in _KINDS for f in found):
        return False
    if _COURTESY.search(text) is None:
        return False
    rest = _COURTESY.sub(" ", text)
    if _AGAINST.search(rest) is not None or _AGAINST_ML.search(rest) is not None:
        return False
    words = set(re.findall(r"[^\W\d_]+", rest))
    return HARM.isdisjoint(words) and not unbound(words)


def discounted(found: list[Finding], text: str) -> list[Finding]:
    """`found` with every finding weakened when `text` is a workflow note to AI coding tools (`workflow_note`) or a
    page's courtesy request to AI readers (`courtesy_note`)."""
    if not workflow_note(text, found) and not courtesy_note(text, found):
        return found
    return [Finding(f.detector, f.kind, f.start, f.end, round(max(0.0, f.score - _DISCOUNT), 2)) for f in found]
