"""The built-in offline guard: runs the local detectors over arguments, results and definitions, applies the policy."""

from __future__ import annotations

import functools
import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Literal

from ..config import DetectorPolicy, DirectionPolicy, GuardrailPolicy
from . import (
    across,
    escaped_text,
    hidden,
    injection,
    key_pieces,
    memo,
    normalize,
    pii,
    poisoning,
    poisoning_accounts,
    poisoning_choices,
    poisoning_outside,
    poisoning_signals,
    scope,
    secrets,
)
from .containers import with_escaped
from .deny import DenyMatcher
from .findings import DefinitionVerdict, Finding, Hit, Verdict, lower_aligned
from .normalize import find_folded
from .redact import INJECTION_MARKER, PLACEHOLDER, POISONING_MARKER, PREFIXES, Vault, placeholder_spans, splice
from .scan import INDEX, LARGE
from .screen import SCREEN
from .walk import Mode, Path, Place, gather, place_path, rebuild, render, walk

Detect = Callable[[str, "str | None"], list[Finding]]
_Event = tuple[Path, bool, str, str, str]  # path, is_key, detector, kind, action

_ORDER = {"deny": 0, "secrets": 1, "pii": 2, "injection": 3}
Direction = Literal["input", "output"]


def _injection(text: str, low: str | None) -> list[Finding]:
    """Injection signals at the span that matched (a redaction replaces only that, never the text around it); text
    with look-alike letters ("Ιgnore аll") is read folded, its spans mapped back."""
    return _read(injection.RULES, text, low)


def _injection_eager(text: str, low: str | None) -> list[Finding]:
    """`_injection` for thresholds low enough that a weak signal alone counts (see `injection.BOOSTER_MAX`)."""
    return _read(injection.EAGER_RULES, text, low)


def _read(rules: Any, text: str, low: str | None) -> list[Finding]:
    """`rules` scored on `text` (folded when it holds letters outside ASCII; JSON's `\\uXXXX` escapes of such
    letters read as those letters)."""
    if len(text) < 6:
        return []
    if injection.holds_escape(text):
        return with_escaped(lambda copy: _read(rules, copy, None), text, lambda: _as_written(rules, text, low))
    return _as_written(rules, text, low)


def _as_written(rules: Any, text: str, low: str | None) -> list[Finding]:
    """`rules` scored on `text` as written (folded when it holds letters outside ASCII), with the orders it carries in
    base64 next to a request to decode them."""
    low = low if low is not None else lower_aligned(text)
    if not text.isascii():
        found = find_folded(lambda _, folded: injection.scan(folded, rules, injection.DETECTOR), text, low)
    else:
        found = injection.scan(low, rules, injection.DETECTOR)
    return injection.with_decoded(found, text, low, lambda plain: _read(rules, plain, None))


def _active(policy: DetectorPolicy) -> bool:
    return policy.action != "allow" or any(a != "allow" for a in policy.kinds.values())


@dataclass(frozen=True)
class _Plan:
    """The detectors that can act in one direction, in the order they run, built once per policy."""

    hidden: DetectorPolicy | None
    stages: tuple[tuple[str, Detect, DetectorPolicy], ...]
    threshold: float
    salt: bytes = b""
    """What the stages' findings depend on besides the text (see `memo`): their findings are remembered under it."""
    decoded: tuple[int, ...] = ()
    """The stages (by index) that also read the text with its escapes decoded, after every stage read it as written
    (the detectors' shared answers about the last text read are for that text while they all read it)."""

    @property
    def idle(self) -> bool:
        return self.hidden is None and not self.stages


def _plan(direction: DirectionPolicy, deny: DenyMatcher, threshold: float, salt: bytes = b"") -> _Plan:
    stages: list[tuple[str, Detect, DetectorPolicy]] = []
    if deny and _active(direction.deny):
        stages.append(("deny", deny.find, direction.deny))
    if _active(direction.secrets):
        stages.append(("secrets", _unremembered(secrets.find), direction.secrets))
    if _active(direction.pii):
        stages.append(("pii", pii.find, direction.pii))
    if _active(direction.injection):
        detect = _injection_eager if threshold <= injection.BOOSTER_MAX else _injection
        stages.append(("injection", detect, direction.injection))
    salt = memo.fingerprint(salt, threshold, [(name, f"{d.__module__}.{d.__qualname__}") for name, d, _ in stages])
    decoded = tuple(i for i, (name, _, _) in enumerate(stages) if name in _DECODED)
    salt = memo.fingerprint(salt, "escapes read", decoded)
    hidden_text = direction.hidden_text if _active(direction.hidden_text) else None
    return _Plan(hidden_text, tuple(stages), threshold, salt, decoded)


_DECODED = ("secrets", "pii", "injection")
"""The stages that also read a text with its escapes decoded (see `escaped_text`): `token%3Dghp_...`,
`Ignore%20all%20previous`, `&#73;gnore`."""


def _unremembered(detect: Detect) -> Detect:
    """A detector without its own memo of short texts (`scan.remembered` keeps them as they are): a message's texts
    may hold secrets, and `memo` remembers them by keyed digest instead."""
    return getattr(detect, "__wrapped__", detect)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


class _Spans:
    """Spans of one string, asked whether a span overlaps any of them by bisection (a string of thousands of
    placeholders or secrets is not read once per finding)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = max((e - s for s, e in self.spans), default=0)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether `start`..`end` shares a character with one of the spans."""
        lo, hi = bisect_left(self.starts, start - self.reach), bisect_left(self.starts, end)
        return any(start < e for _, e in self.spans[lo:hi])


@dataclass
class Checked:
    """What the local detectors made of a message's strings: the strings after redactions, which of them changed,
    the hits, the first block; `shown` the strings with spans awaiting confirmation replaced too."""

    texts: list[str]
    rewritten: set[int]
    hits: list[Hit]
    blocked: Hit | None = None
    shown: list[str] | None = None

    def acting(self, action: str) -> list[Hit]:
        """The hits with that action."""
        return [h for h in self.hits if h.action == action]


class LocalGuard:
    """Checks one server's traffic against a `GuardrailPolicy` with the offline detectors; safe to share."""

    def __init__(self, policy: GuardrailPolicy) -> None:
        self.policy = policy
        t = policy.injection_threshold
        said = policy.model_dump_json()  # every setting that could change a finding keys the memo
        deny_in, deny_out = DenyMatcher(policy.deny_patterns, "input"), DenyMatcher(policy.deny_patterns, "output")
        self._input = _plan(policy.input, deny_in, t, memo.fingerprint(said, "input"))
        self._output = _plan(policy.output, deny_out, t, memo.fingerprint(said, "output"))
        defs = policy.definitions
        self._def_hidden = defs.hidden_text if _active(defs.hidden_text) else None
        self._def_poisoning = defs.poisoning if _active(defs.poisoning) else None

    # --- calls -------------------------------------------------------------------------------------------------

    def check_input(self, arguments: dict[str, Any] | None, vault: Vault) -> Verdict:
        """Check tool arguments as the model sent them (placeholders are not findings; nothing is restored).

        Placeholders minted here stand for values the model sent: they are never restorable.
        """
        return self.check_value(arguments, "input", vault, "arguments", "free")

    def check_output(self, result: dict[str, Any], vault: Vault, *, redact_flags: bool = False) -> Verdict:
        """Check a CallToolResult, GetPromptResult or ReadResourceResult (raw MCP JSON) on its way to the model.

        With `redact_flags` (a message with no place to show a notice), what would be flagged is redacted.
        """
        return self.check_value(result, "output", vault, "", "result", redact_flags=redact_flags)

    def check_value(
        self,
        value: Any,
        direction: Direction,
        vault: Vault,
        root: str = "",
        mode: Mode = "free",
        *,
        redact_flags: bool = False,
    ) -> Verdict:
        """Check any payload in one direction: "input" (towards the server) or "output" (towards the client).

        Output placeholders go to `vault` as restorable (the server produced the value); input ones never are.
        A "confirm" hit leaves its text in `value` and replaces it in `shown`. With `redact_flags`, a "flag" acts as
        "redact" (the message has nowhere the model would see a notice; the marker shows what was removed).
        """
        plan = self._input if direction == "input" else self._output
        if not self.policy.enabled or value is None or plan.idle:
            return Verdict(value)
        restorable = direction == "output"
        verdict = self._check(value, root, mode, plan, vault, restorable, redact_flags=redact_flags)
        if verdict.to_confirm and verdict.blocked is None:
            verdict.shown = self._check(verdict.value, root, mode, plan, vault, False, held=True).value
        return verdict

    def restore(self, arguments: Any, vault: Vault, only: set[str] | None = None) -> Any:
        """`arguments` with the placeholders `vault` minted put back (if the policy restores); unknown ones stay.

        With `only`, just those placeholders are restored: the ones the model itself sent, never ones minted while
        checking this very call (a secret the model typed must not reach the server through its own placeholder).
        """
        if not self.policy.enabled or not self.policy.restore or not len(vault) or only == set():
            return arguments
        replacements = {}
        for path, is_key, s in walk(arguments, "free"):
            if only is None:
                restored = vault.restore(s)
            else:
                restored = PLACEHOLDER.sub(lambda m: vault.restore(m[0]) if m[0] in only else m[0], s)
            if restored != s:
                replacements[(path, is_key)] = restored
        return rebuild(arguments, replacements)

    @staticmethod
    def placeholders_in(arguments: Any) -> set[str]:
        """The placeholders present in arguments (as the model sent them)."""
        return {m[0] for _, _, s in walk(arguments, "free") if "<" in s for m in PLACEHOLDER.finditer(s)}

    def check_texts(
        self,
        texts: list[str],
        places: list[Place],
        direction: Direction,
        vault: Vault,
        root: str = "",
        *,
        redact_flags: bool = False,
        key_open: int = 0,
    ) -> Checked | None:
        """Check the strings of one message as `gather` found them (the chain gathers once per direction); None
        when nothing was found. The result holds the strings after the redactions and, when something awaits
        confirmation, the strings as shown meanwhile (those spans replaced too). With `key_open` (the message
        before it from the same server ended inside a private key; the characters it still needs, see `key_pieces`),
        body lines that open a string are its rest."""
        plan = self._input if direction == "input" else self._output
        if not self.policy.enabled or plan.idle or not texts:
            return None
        restorable = direction == "output"
        rests = _key_rests(texts, places, plan, redact_flags, key_open) if key_open else None
        checked = self._check_texts(list(texts), places, root, plan, vault, restorable, False, redact_flags, rests)
        if checked is not None and checked.blocked is None and any(h.action == "confirm" for h in checked.hits):
            held = self._check_texts(list(checked.texts), places, root, plan, vault, False, True)
            checked.shown = held.texts if held is not None else checked.texts
        return checked

    def _check(
        self,
        value: Any,
        root: str,
        mode: Mode,
        plan: _Plan,
        vault: Vault,
        restorable: bool,
        held: bool = False,
        redact_flags: bool = False,
    ) -> Verdict:
        texts, places = gather(value, mode)
        checked = self._check_texts(texts, places, root, plan, vault, restorable, held, redact_flags)
        if checked is None:
            return Verdict(value)
        replacements = {(place_path(places[i]), places[i][2]): checked.texts[i] for i in sorted(checked.rewritten)}
        return Verdict(rebuild(value, replacements), checked.hits, checked.blocked)

    def _check_texts(
        self,
        texts: list[str],
        places: list[Place],
        root: str,
        plan: _Plan,
        vault: Vault,
        restorable: bool,
        held: bool = False,
        redact_flags: bool = False,
        rests: dict[int, list[tuple[Finding, str]]] | None = None,
    ) -> Checked | None:
        """The detectors over `texts` (rewritten in place where they redact); None when nothing was found. `rests`:
        findings made beforehand, per string (a key's rest, see `_key_rests`), applied with the first round's.
        Texts of more than `SERIAL_CHARS` characters in all are read one such value at a time (see `_SERIAL`)."""
        if not texts:
            return None
        args = (texts, places, root, plan, vault, restorable, held, redact_flags, rests)
        if sum(map(len, texts)) <= SERIAL_CHARS:
            return self._read_texts(*args)
        with _SERIAL:
            LARGE.reading = True  # (it may wait for the long-text databases, see `scan.WAIT_FROM`)
            try:
                return self._read_texts(*args)
            finally:
                LARGE.reading = False

    def _read_texts(
        self,
        texts: list[str],
        places: list[Place],
        root: str,
        plan: _Plan,
        vault: Vault,
        restorable: bool,
        held: bool,
        redact_flags: bool,
        rests: dict[int, list[tuple[Finding, str]]] | None,
    ) -> Checked | None:
        """`_check_texts`, reading them."""
        found: dict[int, list[tuple[str, str, str]]] = {}
        rewritten: set[int] = set()
        skip = _envelope(texts, places) if plan is self._output else frozenset()
        joined: list[_Joined] | None = _pieces(texts, skip)
        visible = all(p.text.isascii() and "\x1b" not in p.text for p in joined)
        if (
            plan.hidden is not None
            and not held
            and not visible
            and _strip_hidden(texts, joined, plan.hidden, found, rewritten, redact_flags)
        ):
            joined = None  # the detectors below see the stripped strings
        owners: dict[int, list[int]] = {}
        if plan.stages and not visible:
            read = _normalise(texts, owners)  # look-alike and padded text is read as what it looks like
            if owners:
                joined = _pieces(read, skip)
                memo.noted(None)  # (what is read is not the strings themselves: their keys do not name them)
        if plan.stages:
            todo = list(range(len(texts)))
            for round_ in range(_ROUNDS):
                if round_:  # later rounds read the changed strings the way the first did (normalised)
                    owners = {}
                    subset = [texts[i] for i in todo]
                    batch = _pieces(_normalise(subset, owners) if not visible else subset)
                else:
                    batch = joined if joined is not None else _pieces(list(texts), skip)
                changed = []
                found_now = _detect(batch, plan, held, places if not round_ else None, redact_flags)
                joined = batch = None  # (a large value's joined copy is not kept while the redactions are applied)
                if rests and not round_:
                    found_now.update((j, found_now.get(j, [])) for j in rests)
                for j, acting in found_now.items():
                    i = todo[j]
                    if j in owners:  # positions in the normalised text -> in the original
                        acting = _to_original(acting, owners[j])
                    if rests and not round_ and j in rests:
                        acting = [*acting, *rests[j]]
                    events_i: list[tuple[str, str, str]] = []
                    new = _apply(texts[i], acting, events_i, vault, restorable)
                    # later rounds see the earlier findings again; only their new redactions are news
                    found.setdefault(i, []).extend(e for e in events_i if not round_ or e[2] == "redact")
                    if new != texts[i]:
                        texts[i] = new
                        changed.append(i)
                rewritten.update(changed)
                todo = changed
                if not todo:
                    break
        if not found and not rewritten:
            return None
        events: list[_Event] = []
        for i in sorted(found):
            path, is_key = place_path(places[i]), places[i][2]
            events.extend((path, is_key, d, k, a) for d, k, a in found[i])
        hits = _hits(root, events)
        blocked = next((h for h in hits if h.action == "block"), None)
        return Checked(texts, rewritten, hits, blocked)

    # --- definitions -------------------------------------------------------------------------------------------

    def check_definition(
        self,
        definition: dict[str, Any],
        kind: str,
        read: tuple[list[str], list[Place]] | None = None,
        siblings: frozenset[str] = frozenset(),
    ) -> DefinitionVerdict:
        """Check a tool, prompt, resource or resource-template definition; poisoned ones are withheld by default.
        `read` is `gather(definition, "definition")` when the caller has it already (it is not changed); `siblings`:
        lower-cased names of the other tools and prompts its server lists (naming them in a workflow is ordinary)."""
        if not self.policy.enabled or (self._def_hidden is None and self._def_poisoning is None):
            return DefinitionVerdict(False, definition)
        raw, places = gather(definition, "definition") if read is None else read  # property names (keys) too
        events: list[_Event] = []
        scored: list[tuple[int, Finding]] = []
        cleaned: list[str] = []  # every string as read, when poisoning is looked for (index as in `raw`)
        replacements: dict[int, str] = {}
        poisoned = self._def_poisoning is not None
        stores: list[int] = []
        find = poisoning.find
        clean = getattr(find, "clean", ())  # strings it found nothing in already (no call needed to know)
        for i, s in enumerate(raw):
            plain = s.isascii() and "\x1b" not in s  # nothing hidden.find reports can be in it (as in `_check_texts`)
            if plain and poisoned:  # most strings: read as they are
                cleaned.append(s)
                if places[i][2] and scope.is_param(places[i]) and scope.private_store(s):
                    stores.append(i)  # a parameter named for the user's private store ("shell_history")
                if s in clean:
                    continue
                found = find(s)
                if found:
                    scored.extend((i, f) for f in found)
                continue
            marks = [] if plain else hidden.find(s)
            text = hidden.strip(s, marks) if marks else s
            if marks and self._def_hidden is not None:
                for f in marks:
                    action = self._def_hidden.for_kind(f.kind)
                    if action != "allow":
                        events.append((place_path(places[i]), places[i][2], f.detector, f.kind, action))
                if any(self._def_hidden.for_kind(f.kind) == "redact" for f in marks):
                    replacements[i] = text
            if not poisoned:
                continue
            if not plain and not text.isascii():  # look-alike letters read as what they look like
                text = unicodedata.normalize("NFKC", text)
            cleaned.append(text)
            found = poisoning.find(text)
            if found:
                scored.extend((i, f) for f in found)
            tags = hidden.decode_tags(s) if marks and any(f.kind == "tag_characters" for f in marks) else ""
            if tags:
                scored.append((i, Finding(poisoning.DETECTOR, "hidden_instructions", 0, 0, 1.0)))
                scored.extend((i, Finding(f.detector, f.kind, 0, 0, f.score)) for f in poisoning.find(tags))
        if poisoned and len(cleaned) > 1:
            scored.extend(_split_poisoning(cleaned, places))
        if poisoned:
            found, job = scope.find(cleaned, places, kind)
            if stores:
                job = scope.job_of(cleaned, places, kind) if job is None else job
                scored.extend(
                    (i, scope.store_asked(cleaned[i])) for i in stores if not scope.own_store(job, cleaned[i])
                )
            if scored:
                job = scope.job_of(cleaned, places, kind) if job is None else job
                top = next((i for i, p in enumerate(places) if p == ((), "description", False)), None)
                lead = scope.summary_end(cleaned[top]) if top is not None else 0
                scored = [
                    (i, f)
                    for i, f in scored
                    if not scope.quiet(job, cleaned[i], f, lead if i == top else 0, scope.in_param(places[i]))
                ]
            scored.extend(found)
            scored.extend(poisoning_signals.find(cleaned, places, kind, siblings))
            scored.extend(poisoning_outside.find(cleaned, places, kind))
            for name, f in [*poisoning_choices.find(definition), *poisoning_accounts.find(definition)]:
                key = (("inputSchema", "properties"), name, True)  # consent fixed to yes, a payee account fixed
                scored.append((next((i for i, p in enumerate(places) if p == key), 0), f))
            scored = [
                (i, f) for i, f in scored if not scope.switch_described(definition, places[i], cleaned[i], f.kind)
            ]
        score = 0.0
        if poisoned and scored:
            policy = self._def_poisoning
            if any(f.kind in poisoning.SHOWN_KINDS for _, f in scored):
                for i, f in scored:  # shown with a flag, unless the config names the kind's action
                    if f.kind in poisoning.SHOWN_KINDS and f.kind not in policy.kinds:
                        events.append((place_path(places[i]), places[i][2], f.detector, f.kind, "warn"))
                scored = [(i, f) for i, f in scored if f.kind not in poisoning.SHOWN_KINDS or f.kind in policy.kinds]
            counted = [(i, f, policy.for_kind(f.kind)) for i, f in scored]
            counted = [(i, f, a) for i, f, a in counted if a != "allow"]
            score = injection.combined(f for _, f, _ in counted)
            if counted and score >= self.policy.injection_threshold:
                by_place: dict[int, list[Finding]] = {}
                for i, f, a in counted:
                    events.append((place_path(places[i]), places[i][2], f.detector, f.kind, a))
                    if a == "redact" and f.end > f.start:
                        by_place.setdefault(i, []).append(f)
                for i, fs in by_place.items():
                    edits = [(f.start, f.end, POISONING_MARKER) for f in fs]
                    replacements[i] = splice(cleaned[i], _merge(edits))
        if not events and not replacements and not score:
            return DefinitionVerdict(False, definition)  # most definitions
        hits = _hits("", events)
        withhold = any(h.action == "block" for h in hits)
        reasons = [h.describe() for h in hits]
        if score:
            reasons.insert(0, f"poisoning score {score:.2f} (threshold {self.policy.injection_threshold:.2f})")
        changed = {(place_path(places[i]), places[i][2]): new for i, new in replacements.items()}
        return DefinitionVerdict(withhold, rebuild(definition, changed), hits, reasons)


SERIAL_CHARS = 256 * 1024
"""Values with more text than this are read one at a time (see `_SERIAL`); not less than the gateway's
`chain.OFFLOAD_BYTES`, so that a check on the event loop never waits for one in a worker thread."""
_SERIAL = threading.Lock()
"""Held while a large value is read. The detectors keep answers about the last long text read (its lower-cased and
folded copies, where the shared index and screen found their words) for the next detector of the same text: two
large values read at once in worker threads (the gateway checks large results off the event loop) took turns on
the interpreter lock and each replaced the other's answers, so every text was read twice or more (CPU per 1 MB
result twice that of one at a time). Only one thread runs Python at a time anyway."""

_ROUNDS = 3
"""A redaction can change what its neighbours look like (a value that ran into a token now ends before the
placeholder), so strings that changed are checked again, up to this many rounds in all."""

_SEP = "\n\x00\n"
"""Joins the strings of one value so each detector runs once over all of them; no pattern matches across it."""


_ALONE = 1 << 10
"""A string longer than this is read on its own rather than copied into a joined text: no copy, and injection (which
reads each string on its own, see `_each`) reads the very text the other detectors read, sharing their passes."""


class _Joined:
    """Strings of one value (at indices `index` of it) joined by `_SEP`, so that a detector runs once over all."""

    __slots__ = ("_starts", "index", "text", "texts", "whole")

    def __init__(self, texts: list[str], index: list[int] | None = None, whole: list[str] | None = None) -> None:
        self.texts = texts
        self.index = list(range(len(texts))) if index is None else index
        self.whole = texts if whole is None else whole
        """Every string of the value (`texts` are some of them)."""
        self.text = texts[0] if len(texts) == 1 else _SEP.join(texts)
        self._starts: list[int] | None = None

    def locate(self, f: Finding) -> tuple[int, Finding] | None:
        """The index of the string a finding starts in and the finding at positions within that string."""
        if len(self.texts) == 1:  # (a string read on its own: its positions are the finding's)
            size = len(self.text)
            if f.start >= size:
                return None
            return self.index[0], f if f.end <= size else Finding(f.detector, f.kind, f.start, size, f.score)
        starts = self._starts
        if starts is None:  # only values with findings need them
            sizes = accumulate(map(len, self.texts), initial=0)
            starts = self._starts = [size + n * len(_SEP) for n, size in enumerate(sizes)]
        i = bisect_right(starts, f.start) - 1
        lo = starts[i]
        hi = lo + len(self.texts[i])
        if f.start >= hi:
            return None
        return self.index[i], Finding(f.detector, f.kind, f.start - lo, min(f.end, hi) - lo, f.score)


def _pieces(texts: list[str], skip: frozenset[int] = frozenset()) -> list[_Joined]:
    """`texts` joined for the detectors, but for those at the indices in `skip` (see `_envelope`): one joined text,
    except that a very long string is read on its own (joining it would copy it; nothing matches across `_SEP`
    anyway)."""
    kept = [i for i in range(len(texts)) if i not in skip] if skip else range(len(texts))
    if not kept:
        return []
    if len(kept) == 1 or all(len(texts[i]) <= _ALONE for i in kept):
        return [_Joined([texts[i] for i in kept], list(kept), texts)]
    out: list[_Joined] = []
    run: list[int] = []
    for i in kept:
        if len(texts[i]) > _ALONE:
            if run:
                out.append(_Joined([texts[j] for j in run], run, texts))
                run = []
            out.append(_Joined([texts[i]], [i], texts))
        else:
            run.append(i)
    if run:
        out.append(_Joined([texts[j] for j in run], run, texts))
    return out


def _envelope(texts: list[str], places: list[Place]) -> frozenset[int]:
    """The indices of a tool result's own protocol words among its strings: the `content` key, each content block's
    `type` key, the type `text` and a block's `text` key. No detector finds anything in them, and joined into the
    detectors' text they made a short result's text longer and of more lines than it is (a one-line JSON result of
    222 characters read as 258 on five lines: every detector's longer path). (Of the types, only `text`, the one
    value of its length: a payload's memo key, see `memo.payload_key`, names the values left out by their lengths.)"""
    out = []
    for i, (parent, key, is_key) in enumerate(places):
        if not parent:
            word = "content" if is_key and key == "content" else None
        elif len(parent) == 2 and parent[0] == "content" and type(parent[1]) is int:
            word = _BLOCK_WORDS.get((key, is_key))
        else:
            continue
        if word is not None and texts[i] == word:
            out.append(i)
    return frozenset(out)


_BLOCK_WORDS = {("type", True): "type", ("type", False): "text", ("text", True): "text"}
"""A content block's protocol words (see `_envelope`), by their key and whether they are the key."""


def _strip_hidden(
    texts: list[str],
    joined: list[_Joined],
    policy: DetectorPolicy,
    found: dict[int, list[tuple[str, str, str]]],
    rewritten: set[int],
    redact_flags: bool = False,
) -> bool:
    """Record hidden text in every string and strip it where the policy redacts (rewrites `texts` in place and adds
    the indices to `rewritten`); whether any string was rewritten."""
    strip: dict[int, list[Finding]] = {}
    for piece in joined:
        for mark in hidden.find(piece.text):
            located = piece.locate(mark)
            if located is not None:
                _hidden_mark(texts, located, policy, found, strip, redact_flags)
    for i, fs in strip.items():
        texts[i] = hidden.strip(texts[i], fs)
        rewritten.add(i)
    return bool(strip)


def _hidden_mark(
    texts: list[str],
    located: tuple[int, Finding],
    policy: DetectorPolicy,
    found: dict[int, list[tuple[str, str, str]]],
    strip: dict[int, list[Finding]],
    redact_flags: bool,
) -> None:
    """One hidden-text finding recorded, and queued for stripping where the policy redacts."""
    i, f = located
    if f.kind == "zero_width" and f.start == 0 and texts[i][0] == "\ufeff" and f.end == 1:
        return  # a byte-order mark at the start of its own string
    action = _action(policy, f.kind, False, redact_flags)
    if action != "allow":
        found.setdefault(i, []).append((f.detector, f.kind, action))
        if action == "redact":
            strip.setdefault(i, []).append(f)


def _normalise(texts: list[str], owners: dict[int, list[int]]) -> list[str]:
    """The strings as the detectors read them: NFKC form, hidden characters dropped.

    For each string that differs, `owners[i]` maps every position of its read form to the position of the
    original character it came from, so that an edit lands on the original text and nothing else changes.
    """
    read = list(texts)
    for i, text in enumerate(texts):
        if text.isascii():
            continue
        marks = hidden.find(text)
        if not marks and unicodedata.normalize("NFKC", text) == text:
            continue  # read as it is: a text in NFKC form holds no character that NFKC changes on its own
        dropped = _cuts(marks)
        runs = normalize.outside_ascii(text)
        if not dropped and all(_kept(c) for a, b in runs for c in set(text[a:b])):
            continue  # each character reads as itself: the loop below would give the text back
        parts: list[str] = []
        owner: list[int] = []
        at = 0
        for a, b in [*runs, (len(text), len(text))]:  # ASCII between the runs, as it is; character by character in them
            for x, y in _spans_without(at, a, dropped):
                parts.append(text[x:y])
                owner.extend(range(x, y))
            for x, y in _spans_without(a, b, dropped):
                if all(_kept(c) for c in set(text[x:y])):  # (a span of characters that read as themselves, at once)
                    parts.append(text[x:y])
                    owner.extend(range(x, y))
                    continue
                for j in range(x, y):
                    norm = unicodedata.normalize("NFKC", text[j])
                    parts.append(norm)
                    owner.extend([j] * len(norm))
            at = b
        new = "".join(parts)
        if new != text:
            read[i] = new
            owners[i] = owner
    return read


def _cuts(marks: list[Finding]) -> list[tuple[int, int]]:
    """The spans of `marks`, overlapping ones merged, in order (a text of a million hidden characters is one span, not
    a million positions)."""
    out: list[tuple[int, int]] = []
    for mark in sorted(marks, key=lambda f: f.start):
        if mark.end <= mark.start:
            continue
        if out and mark.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], mark.end))
        else:
            out.append((mark.start, mark.end))
    return out


@functools.lru_cache(maxsize=4096)
def _kept(c: str) -> bool:
    """Whether a character outside ASCII reads as itself (see `_normalise`)."""
    return unicodedata.normalize("NFKC", c) == c


def _spans_without(start: int, end: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) in spans that leave out the positions `cuts` cover (spans in order, not overlapping)."""
    out = []
    a = start
    k = max(bisect_right(cuts, (start, start)) - 1, 0)
    for lo, hi in cuts[k:]:
        if lo >= end:
            break
        if hi <= a:
            continue
        if lo > a:
            out.append((a, lo))
        a = max(a, hi)
    if end > a:
        out.append((a, end))
    return out


def _to_original(acting: list[tuple[Finding, str]], owner: list[int]) -> list[tuple[Finding, str]]:
    out = []
    for f, action in acting:
        if not owner:
            continue
        start = owner[min(f.start, len(owner) - 1)]
        end = owner[min(max(f.end - 1, f.start), len(owner) - 1)] + 1
        out.append((Finding(f.detector, f.kind, start, end, f.score), action))
    return out


def _detect(
    joined: list[_Joined],
    plan: _Plan,
    held: bool = False,
    places: list[Place] | None = None,
    redact_flags: bool = False,
) -> dict[int, list[tuple[Finding, str]]]:
    """Per string index, the findings whose action is not allow, at positions within that string.

    Each detector runs once over all strings joined (a very long string on its own, see `_pieces`); injection reads
    each string on its own (see `_each`), and its threshold applies per string. With `held`, only the findings
    awaiting confirmation act, as redactions (the value shown while the user decides). With `places` (the strings
    are a whole message), findings that span fields are added (see `across`).
    """
    out: dict[int, list[tuple[Finding, str]]] = {}
    remembered = memo.MEMO
    for piece in joined:
        key = remembered.key(plan.salt, piece.text)
        memo.noted(key)
        known = remembered.get(key)
        if known is None:  # read afresh; a text seen before (same checks) is not read again
            low = lower_aligned(piece.text)
            known = tuple(
                tuple(
                    _each(detect, piece, low)
                    if name == "injection" and len(piece.texts) > 1
                    else detect(piece.text, low)
                )
                for name, detect, _ in plan.stages
            )
            if plan.decoded:
                known = _with_decoded(piece.text, known, plan)
            del low
            if len(piece.text) > _KEPT:
                _forget_last()
            remembered.put(key, known, len(piece.text), sum(map(len, known)))
        for (_, _, policy), raws in zip(plan.stages, known, strict=True):
            actions: dict[str, str] = {}  # (per kind: a text with thousands of findings asks once)
            for raw in raws:
                action = actions.get(raw.kind)
                if action is None:
                    action = actions[raw.kind] = _action(policy, raw.kind, held, redact_flags)
                if action == "allow":
                    continue
                located = piece.locate(raw)
                if located is not None:
                    out.setdefault(located[0], []).append((located[1], action))
    for acting in out.values():
        if any(f.detector == "injection" for f, _ in acting):
            score = injection.combined(f for f, _ in acting if f.detector == "injection")
            if score < plan.threshold:
                acting[:] = [(f, a) for f, a in acting if f.detector != "injection"]
    texts = joined[0].whole if joined else []
    if places is not None and len(texts) > 1:
        _across(texts, places, plan, held, out, redact_flags)
    return out


def _with_decoded(text: str, known: tuple[tuple[Finding, ...], ...], plan: _Plan) -> tuple[tuple[Finding, ...], ...]:
    """`known` (each stage's findings in `text`) with what the stages in `plan.decoded` find in the text with its
    escapes decoded (one copy for all; see `escaped_text`)."""
    made = escaped_text.copies(text)
    if made is None:
        return known
    copy, parts = made
    out = list(known)
    for i in plan.decoded:
        out[i] = tuple(escaped_text.merged(list(known[i]), plan.stages[i][1](copy, None), parts))
    return tuple(out)


def _key_rests(
    texts: list[str], places: list[Place], plan: _Plan, redact_flags: bool, need: int
) -> dict[int, list[tuple[Finding, str]]] | None:
    """The rest of a private key the message before left open: per string (a text, blob or log line, or any value on
    more than one line), the body lines it opens with, as the secrets detector would act on a key."""
    policy = next((p for name, _, p in plan.stages if name == "secrets"), None)
    if policy is None:
        return None
    action = _action(policy, "private_key", False, redact_flags)
    if action == "allow":
        return None
    out: dict[int, list[tuple[Finding, str]]] = {}
    for i, s in enumerate(texts):
        _, key, is_key = places[i]
        if is_key or len(s) < 16 or (key not in key_pieces.READ_TEXT and "\n" not in s and "\\n" not in s):
            continue
        span = key_pieces.rest(s, need)
        if span is not None:
            out[i] = [(Finding(secrets.DETECTOR, "private_key", span[0], span[1]), action)]
    return out or None


def _each(detect: Detect, piece: _Joined, low: str) -> list[Finding]:
    """`detect` over each string of `piece` on its own, at positions in the joined text: injection judges a string
    by itself (its length, its quotes, the other findings in it), never by the strings it is joined with. A string
    that occurs again in the value (a key, a repeated status) is read once, a key of the protocol's envelope once."""
    out: list[Finding] = []
    read: dict[str, list[Finding]] = {}
    at = 0
    for t in piece.texts:
        end = at + len(t)
        if len(t) >= 6:
            found = read.get(t)
            if found is None:
                if t in _ENVELOPE:
                    found = _ENVELOPE_FOUND.get((detect, t))
                    if found is None:
                        found = _ENVELOPE_FOUND[detect, t] = detect(t, low[at:end])
                else:
                    found = detect(t, low[at:end])
                read[t] = found
            if found:
                out.extend(Finding(f.detector, f.kind, f.start + at, f.end + at, f.score) for f in found)
        at = end + len(_SEP)
    return out


_ENVELOPE = frozenset(
    (
        "content",
        "structuredContent",
        "isError",
        "mimeType",
        "resource",
        "annotations",
        "audience",
        "priority",
        "lastModified",
        "resource_link",
        "description",
        "arguments",
        "messages",
    )
)
"""Keys of MCP's own results and requests: what a detector finds in one of them alone is asked once per process."""
_ENVELOPE_FOUND: dict[tuple[Detect, str], list[Finding]] = {}


_KEPT = 64 * 1024
"""Texts longer than this are not kept by the detectors' shared last-text answers once they have been read."""


def _forget_last() -> None:
    """The shared answers about the last text read (its lower-cased and folded copies) let go of it: a large result's
    copies are not kept alive until the next check."""
    SCREEN.forget()
    INDEX.forget()
    normalize.forget()


def _action(policy: DetectorPolicy, kind: str, held: bool, redact_flags: bool) -> str:
    """What a finding of `kind` does: the policy's action; with `held` only what awaits confirmation, as a
    redaction; with `redact_flags` a flag becomes a redaction."""
    action = policy.for_kind(kind)
    if held:
        return "redact" if action == "confirm" else "allow"
    if redact_flags and action == "flag":
        return "redact"
    return action


_LOOSE_KINDS = frozenset({"generic_secret", "password"})
"""Secrets known by a name or by their look, not by a form of their own: one found alone in a field may be read on
into the next without that being the rest of it."""


def _across(
    texts: list[str],
    places: list[Place],
    plan: _Plan,
    held: bool,
    out: dict[int, list[tuple[Finding, str]]],
    redact_flags: bool = False,
) -> None:
    """Add the findings no single string shows: a secret or instruction split across fields, a secret whose name
    is in a sibling field or its key. Each lands on every piece it covers; pieces already found alone are left."""
    fields: list[int] | None = None
    for name, detect, policy in plan.stages:
        if name not in ("secrets", "injection"):
            continue
        detect = memo.MEMO.detecting(plan.salt + name.encode(), detect)  # a repeated message's seams are read once
        if fields is None:
            fields = across.text_fields(texts, places)
        groups: list[across.Located] = []
        if len(fields) > 1:
            if name == "secrets":
                groups = across.split_secrets(texts, fields, places, detect)
            else:
                joined = across.seam(texts, fields, " ", across.phrase_joinable, across.PHRASE_WIDTH)
                groups = across.split_findings(joined, detect, 3)
                groups = _strong(groups, plan.threshold)
        if name == "secrets":
            groups.extend(
                {i: [f]}
                for i, fs in across.pair_findings(
                    texts, across.named_pairs(texts, places) + across.labelled_pairs(texts, fields, places), detect
                ).items()
                for f in fs
            )
        for located in groups:
            kind = next(iter(located.values()))[0].kind
            action = _action(policy, kind, held, redact_flags)
            if action == "allow":
                continue
            found = {
                (i, a_f.kind)
                for i, fs in located.items()
                for f in fs
                for a_f, _ in out.get(i, ())
                if a_f.detector == name and _overlaps(f.start, f.end, [(a_f.start, a_f.end)])
            }
            if name == "secrets" and kind not in _LOOSE_KINDS:
                found -= _named_on(located, out, name, found)
            alone = {i for i, _ in found}
            rest = alone and (name != "secrets" or kind in _LOOSE_KINDS or any(k == kind for _, k in found))
            if rest and name != "secrets":
                continue  # an instruction found alone already
            for i, fs in located.items():
                if i in alone:
                    continue
                if rest:  # found alone in one block: the next blocks hold its rest only where they read as a token's
                    if not any(across.blocks(places, i, j) for j in alone):
                        continue
                    fs = [f for f in fs if across.continues(texts[i][f.start : f.end])]
                out.setdefault(i, []).extend((f, action) for f in fs)


def _named_on(
    located: across.Located, out: dict[int, list[tuple[Finding, str]]], name: str, found: set[tuple[int, str]]
) -> set[tuple[int, str]]:
    """The pieces of a token cut across fields that were found alone only by a name or a look (`_LOOSE_KINDS`) inside
    the token's own span: those findings give way to the token's, so every piece's placeholder names the provider."""
    loose = {i for i, k in found if k in _LOOSE_KINDS} - {i for i, k in found if k not in _LOOSE_KINDS}
    named: set[tuple[int, str]] = set()
    for i in loose:
        spans = [(f.start, f.end) for f in located[i]]
        mine = [(a_f, a) for a_f, a in out[i] if a_f.detector == name and _overlaps(a_f.start, a_f.end, spans)]
        if all(any(s <= a_f.start and a_f.end <= e for s, e in spans) for a_f, _ in mine):
            out[i] = [pair for pair in out[i] if pair not in mine]
            named |= {(i, k) for j, k in found if j == i}
    return named


def _split_poisoning(cleaned: list[str], places: list[Place]) -> list[tuple[int, Finding]]:
    """Poisoning cut between a definition's strings (a description running on into a parameter's), located in each
    piece."""
    fields = across.prose_fields(cleaned, places)
    if len(fields) < 2:
        return []
    joined = across.seam(cleaned, fields, " ", across.phrase_joinable, across.PHRASE_WIDTH)
    out = []
    for located in across.split_findings(joined, lambda text, low: poisoning.find(text), 3):
        for i, fs in located.items():
            out.extend((i, f) for f in fs)
    return out


def _strong(groups: list[across.Located], threshold: float) -> list[across.Located]:
    """The split instructions whose combined score (over the findings that cover the same strings) is enough."""
    by_strings: dict[frozenset[int], list[Finding]] = {}
    for located in groups:
        by_strings.setdefault(frozenset(located), []).append(next(iter(located.values()))[0])
    return [g for g in groups if injection.combined(by_strings[frozenset(g)]) >= threshold]


def _apply(
    s: str, acting: list[tuple[Finding, str]], events: list[tuple[str, str, str]], vault: Vault, restorable: bool
) -> str:
    """Record the findings of one string and return it with the redactions applied.

    Placeholder-looking text is never a finding, and personal data inside a secret is reported as the secret only.
    """
    guarded = _Spans(placeholder_spans(s))
    secret_spans = _Spans([(f.start, f.end) for f, _ in acting if f.detector == "secrets"])
    edits: list[Finding] = []
    for f, action in acting:
        if guarded and f.detector != "injection" and guarded.overlaps(f.start, f.end):
            continue
        if f.detector == "pii" and secret_spans and secret_spans.overlaps(f.start, f.end):
            continue
        events.append((f.detector, f.kind, action))
        if action == "redact":
            edits.append(f)
    return splice(s, _replacements(s, edits, vault, restorable)) if edits else s


def _merge(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping edits joined into one that covers them all and keeps the first edit's replacement."""
    out: list[tuple[int, int, str]] = []
    for start, end, new in sorted(edits):
        if out and start < out[-1][1]:
            s0, e0, n0 = out[-1]
            out[-1] = (s0, max(e0, end), n0)
        else:
            out.append((start, end, new))
    return out


def _replacements(s: str, findings: list[Finding], vault: Vault, restorable: bool) -> list[tuple[int, int, str]]:
    """The edits for redacted findings: overlapping ones are joined; a joined span that touches an injection is
    replaced by the injection marker, any other by one placeholder minted for its whole text."""
    findings = sorted(findings, key=lambda f: (f.start, -f.end))
    clusters: list[list[Finding]] = []
    end = -1
    for f in findings:
        if clusters and f.start < end:
            clusters[-1].append(f)
            end = max(end, f.end)
        else:
            clusters.append([f])
            end = f.end
    edits = []
    for group in clusters:
        start, stop = group[0].start, max(f.end for f in group)
        if any(f.detector == "injection" for f in group):
            edits.append((start, stop, INJECTION_MARKER))
            continue
        lead = min(group, key=lambda f: _ORDER.get(f.detector, 9))
        prefix = PREFIXES.get(lead.detector, "SECRET")
        edits.append((start, stop, vault.mint(prefix, lead.kind, s[start:stop], restorable=restorable)))
    return edits


_KEY_LIMIT = 64
"""Dict keys longer than this are shortened in the places recorded in hits."""


def _hits(root: str, events: list[_Event]) -> list[Hit]:
    """Events counted per (detector, kind, action, place); keys that matched are masked in every place."""
    masked = {path for path, is_key, *_ in events if is_key}
    counts: dict[tuple[str, str, str, str], int] = {}
    rendered: dict[tuple[Path, bool], str] = {}  # (a string with thousands of findings is placed once)
    for path, is_key, detector, kind, action in events:
        where = rendered.get((path, is_key))
        if where is None:
            where = rendered[path, is_key] = render(root, path, is_key, masked, _KEY_LIMIT)
        key = (detector, kind, action, where)
        counts[key] = counts.get(key, 0) + 1
    return [Hit(d, k, a, w, n) for (d, k, a, w), n in counts.items()]
