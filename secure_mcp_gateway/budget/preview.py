"""A result too big for the client cut to a preview that fits: the first part, a summary of every cut block, sizes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.guardrails.outcome import NOTE_META

META_KEY = "secure-mcp-gateway/result"
SEPARATOR = "\n\n"
_ABSENT = object()
_NOTE_ROOM = 1200
"""Characters kept back for the note, the link and the skeleton before any block is placed."""


def size_of(value: Any) -> int:
    """Characters of `value` as compact JSON (what the client receives, near enough)."""
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str))


def _escaped(text: str) -> int:
    return len(json.dumps(text, ensure_ascii=False)) - 2


def shown_size(result: dict[str, Any], measure: Callable[[Any], int]) -> int:
    """What the model is shown of a result: its content or its structuredContent, whichever is larger.

    A client gives the model one of the two (servers send the same data in both, as the specification asks), so
    their sum would count a result twice.
    """
    if "structuredContent" not in result:
        return measure(result)
    rest = {k: v for k, v in result.items() if k != "structuredContent"}
    return max(measure(rest), measure(result["structuredContent"]))


def rough_size(result: dict[str, Any]) -> int:
    """A cheap lower bound of `size_of(result)`: the characters of its strings, without JSON escapes."""
    total = 0
    stack: list[Any] = [result]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                total += len(key) + 3
                stack.append(value)
        elif isinstance(item, list):
            total += len(item)
            stack.extend(item)
        else:
            total += 4
    return total


# --- the full result as one text -----------------------------------------------------------------


@dataclass
class Part:
    """One block of a result as it appears in the result's text."""

    index: int | None
    """Position in `content`; None for structuredContent."""
    label: str
    text: str
    start: int = 0
    textual: bool = True


@dataclass
class Document:
    """A result's text: every block in order, separated by a blank line; binary blocks as a one-line mention."""

    parts: list[Part] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The whole text (a single text block comes back as it is)."""
        if len(self.parts) == 1:
            return self.parts[0].text
        return SEPARATOR.join(p.text for p in self.parts)

    def __len__(self) -> int:
        return sum(len(p.text) for p in self.parts) + len(SEPARATOR) * max(len(self.parts) - 1, 0)


def gateway_notes(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The gateway's notes at the end of a checked result: every preview and page carries them, since what they
    warn about (an instruction flagged in the result) may be in what is shown. Only blocks the gateway marked as its
    own count (a server's block that merely begins like one is the server's text, cut like any other)."""
    content = result.get("content")
    if not isinstance(content, list):
        return []
    n = len(content)
    while n and _is_note(content[n - 1]):
        n -= 1
    return content[n:]


def _is_note(block: Any) -> bool:
    """Whether a block is a text the gateway added to the result (see `outcome.attach`)."""
    meta = block.get("_meta") if isinstance(block, dict) else None
    return isinstance(meta, dict) and meta.get(NOTE_META) is True and block.get("type") == "text"


def describe(block: Any) -> str:
    """What a content block is and how big, in a few words."""
    if not isinstance(block, dict):
        return f"a {type(block).__name__}, {size_of(block):,} characters of JSON"
    kind = block.get("type")
    if kind == "text" and isinstance(block.get("text"), str):
        return f"text, {len(block['text']):,} characters"
    if kind in ("image", "audio") and isinstance(block.get("data"), str):
        return f"{kind} ({block.get('mimeType', 'unknown type')}), {_decoded(block['data']):,} bytes"
    if kind == "resource" and isinstance(block.get("resource"), dict):
        res = block["resource"]
        what = f"embedded resource {res.get('uri', '')}".rstrip()
        if isinstance(res.get("text"), str):
            return f"{what} ({res.get('mimeType', 'text')}), {len(res['text']):,} characters"
        if isinstance(res.get("blob"), str):
            return f"{what} ({res.get('mimeType', 'binary')}), {_decoded(res['blob']):,} bytes"
    if kind == "resource_link":
        return f"link to {block.get('uri', '')}"
    return f"{kind or 'unknown'} block, {size_of(block):,} characters of JSON"


def _decoded(data: str) -> int:
    """Bytes behind a base64 string."""
    return len(data) * 3 // 4 - data[-2:].count("=")


def block_text(block: Any) -> str | None:
    """The text a block carries (a text block or an embedded text resource), else None."""
    if not isinstance(block, dict):
        return None
    if block.get("type") == "text" and isinstance(block.get("text"), str):
        return block["text"]
    res = block.get("resource") if block.get("type") == "resource" else None
    if isinstance(res, dict) and isinstance(res.get("text"), str):
        return res["text"]
    return None


def document(result: dict[str, Any]) -> Document:
    """The text of a (checked) result, block by block."""
    doc = Document()
    content = result.get("content")
    blocks = content if isinstance(content, list) else []
    start = 0
    texts: list[str] = []
    for i, block in enumerate(blocks):
        text = block_text(block)
        label = f"block {i + 1} ({describe(block)})"
        if text is None:
            part = Part(i, label, f"[{label}: not text; resources/read of the result returns it whole]", textual=False)
        else:
            part = Part(i, label, text)
            texts.append(text)
        part.start = start
        start += len(part.text) + len(SEPARATOR)
        doc.parts.append(part)
    if "structuredContent" in result and not _repeated(result["structuredContent"], texts):
        text = fastjson.text(result["structuredContent"], indent=1)
        doc.parts.append(Part(None, f"structured content ({len(text):,} characters of JSON)", text, start))
    return doc


def _repeated(structured: Any, texts: list[str]) -> bool:
    """Whether a text block already carries the structured content (as the spec recommends)."""
    want = size_of(structured)
    for text in texts:
        stripped = text.strip()
        if stripped[:1] in ("{", "[") and want // 2 <= len(stripped) <= want * 4:
            try:
                if json.loads(stripped) == structured:
                    return True
            except ValueError:
                continue
    return False


# --- the preview ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stored:
    """Where the full result can be read, or why it could not be kept."""

    id: str | None
    uri: str | None
    ttl: float = 0.0
    why_not: str | None = None


def fits(result: dict[str, Any], budget: int) -> bool:
    """Whether a result goes to the client whole."""
    return rough_size(result) <= budget and size_of(result) <= budget


def build_preview(
    result: dict[str, Any],
    budget: int,
    stored: Stored,
    *,
    structured_required: bool = False,
    links: bool = True,
    total: int | None = None,
) -> dict[str, Any]:
    """A result within `budget` characters: the blocks that fit, the first part of the first that does not, a note.

    `total` is `size_of(result)` when the caller has it already.
    """
    total = size_of(result) if total is None else total
    doc = document(result)
    content = result.get("content") if isinstance(result.get("content"), list) else []
    notes = gateway_notes(result)
    content = content[: len(content) - len(notes)]
    room = budget - _NOTE_ROOM - sum(size_of(n) + 1 for n in notes)
    structured = result.get("structuredContent", _ABSENT)
    keep_structured = structured is not _ABSENT and size_of(structured) + 24 <= room // 4
    if keep_structured:
        room -= size_of(structured) + 24
    required = structured_required and structured is not _ABSENT and not keep_structured
    for _ in range(6):
        kept, shown, cut, offset = _place(content, doc, room, keep_structured)
        out = _assemble(result, [*kept, *notes], shown, cut, offset, total, budget, stored, required, links)
        if keep_structured:
            out["structuredContent"] = structured
        excess = size_of(out) - budget
        if excess <= 0:
            return out
        room -= excess + 64
    kept, shown, cut, offset = _place(content, doc, 0, False)
    return _assemble(result, notes, [], cut, 0, total, budget, stored, required, links)


def _place(
    content: list[Any], doc: Document, room: int, keep_structured: bool
) -> tuple[list[Any], list[str], list[tuple[str, str]], int]:
    """Blocks kept whole or cut short within `room`; lines for what was shown and cut; where the text resumes."""
    kept: list[Any] = []
    shown: list[str] = []
    cut: list[tuple[str, str]] = []
    resume = 0
    parts = {p.index: p for p in doc.parts}
    stop = False
    for i, block in enumerate(content):
        part = parts.get(i)
        label = part.label if part else f"block {i + 1} ({describe(block)})"
        kind = str(block.get("type", "unknown")) if isinstance(block, dict) else type(block).__name__
        if stop:
            cut.append((kind, label))
            continue
        text = block_text(block)
        need = room + 1 if text is not None and len(text) > room else size_of(block) + 1
        if need <= room:
            kept.append(block)
            room -= need
            resume = (part.start + len(part.text) + len(SEPARATOR)) if part else resume
            continue
        n = _prefix(text, room - 40) if text is not None and room > 200 else 0
        if text is not None and n > 0:
            kept.append({"type": "text", "text": text[:n]})
            shown.append(f"{label}: its first {n:,} characters")
            resume = (part.start if part else 0) + n
            room = 0
            stop = True
            continue
        cut.append((kind, label))
    if doc.parts and doc.parts[-1].index is None and not keep_structured:
        cut.append(("structured content", doc.parts[-1].label))
    return kept, shown, cut, min(resume, len(doc))


def _prefix(text: str, room: int) -> int:
    """The longest prefix of `text` whose JSON escape fits `room`, ending at a line break when one is near."""
    n = min(len(text), room)
    while n > 0:
        escaped = _escaped(text[:n])
        if escaped <= room:
            break
        n = min(n - 1, n * room // escaped)
    n = max(n, 0)
    if n < len(text):
        nl = text.rfind("\n", max(0, n - 2000), n)
        if nl > n // 2:
            n = nl + 1
    return n


def _assemble(
    result: dict[str, Any],
    kept: list[Any],
    shown: list[str],
    cut: list[tuple[str, str]],
    resume: int,
    total: int,
    budget: int,
    stored: Stored,
    structured_required: bool,
    links: bool,
) -> dict[str, Any]:
    lines = [
        f"[secure-mcp-gateway] This result is about {total:,} characters, over this client's budget of {budget:,}; "
        "what fits is shown above."
    ]
    if shown:
        lines.append("Shown in part: " + "; ".join(shown) + ".")
    if cut:
        lines.append("Cut: " + _summary(cut) + ".")
    if stored.id is not None:
        minutes = max(1, round(stored.ttl / 60))
        lines.append(
            f"The full result, as checked, is kept for {minutes} min: read it with resources/read of {stored.uri}, "
            f'or page through its text with gateway__read_result {{"id": "{stored.id}", "offset": {resume}}}.'
        )
    else:
        lines.append(f"The full result could not be kept ({stored.why_not or 'no result store'}).")
    if structured_required:
        lines.append(
            "Marked as an error only because the tool's structured content (required by its output schema) "
            "does not fit; the call itself succeeded."
        )
    blocks = [*kept, {"type": "text", "text": "\n".join(lines)}]
    if links and stored.id is not None:
        blocks.append(
            {
                "type": "resource_link",
                "uri": stored.uri,
                "name": f"result-{stored.id}",
                "title": "Full tool result",
                "description": "The complete result as checked by the gateway (redactions applied).",
                "mimeType": "text/plain",
            }
        )
    out: dict[str, Any] = {"content": blocks}
    if result.get("isError") or structured_required:
        out["isError"] = True
    meta = result.get("_meta") if isinstance(result.get("_meta"), dict) else {}
    if meta and size_of(meta) > budget // 10:
        meta = {}
    out["_meta"] = {**meta, META_KEY: {"id": stored.id, "uri": stored.uri, "chars": total, "resume": resume}}
    return out


def _summary(cut: list[tuple[str, str]], named: int = 8) -> str:
    """Every cut block: the first few by name, the rest counted by kind."""
    text = "; ".join(label for _, label in cut[:named])
    rest = cut[named:]
    if rest:
        kinds: dict[str, int] = {}
        for kind, _ in rest:
            kinds[kind] = kinds.get(kind, 0) + 1
        text += f"; and {len(rest):,} more (" + ", ".join(f"{n:,} {k}" for k, n in sorted(kinds.items())) + ")"
    return text
