"""Expressions in their ASCII form (`re.ASCII`) for plain ASCII texts: the same matches, read faster.

In Python's default (Unicode) mode every `\\b`, `\\w` and `\\d` asks the Unicode database about the character at
hand; in ASCII mode the same test is one table look-up (a rule set's searches of a definition's strings cost ~30%
less). On a text of ASCII characters both modes match exactly the same, but for two differences: `\\s` also takes
the separators `\\x1c`-`\\x1f` in Unicode mode, and case folding may take a non-ASCII letter of the expression for
an ASCII one (`ſ` for `s`). So a text holding none of those separators is read with the ASCII form, and an
expression that folds case keeps its own.
"""

from __future__ import annotations

import re
from typing import Any

READ_BEFORE = 1 << 20
"""Characters of plain ASCII text an expression reads in its own form before its ASCII form is compiled: a
compilation (~1-2 ms for a rule's expression) then costs no more than about a third of what its searches have
cost already, so a catalog read once, or a short-lived process, pays for none it does not use."""

_SEPARATORS = ("\x1c", "\x1d", "\x1e", "\x1f")
_FOLDS = re.compile(r"\(\?[a-zA-Z]*i[a-zA-Z-]*[:)]")
"""An inline flag group that turns case folding on (`(?i)`, `(?si:...)`)."""


def plain(text: str) -> bool:
    """Whether `text` is ASCII without the separators `\\x1c`-`\\x1f`: there an expression that does not fold case
    matches exactly where its ASCII form does."""
    return text.isascii() and not any(c in text for c in _SEPARATORS)


class Forms:
    """Each expression's ASCII form once it has read `READ_BEFORE` characters of plain text (see the module)."""

    def __init__(self, read_before: int = READ_BEFORE) -> None:
        self.read_before = read_before
        self._forms: dict[int, list[Any]] = {}
        """By the expression's id: [the expression, characters read, its ASCII form (None: not yet, False: none)]."""

    def of(self, pattern: Any, size: int) -> Any:
        """The form of `pattern` to run on a plain text (see `plain`) of `size` characters: its ASCII form, once
        compiled; else `pattern` itself."""
        known = self._forms.get(id(pattern))
        if known is None or known[0] is not pattern:
            known = self._forms[id(pattern)] = [pattern, 0, None]
        form = known[2]
        if form:
            return form
        if form is None:
            known[1] += size
            if known[1] >= self.read_before:
                form = known[2] = _ascii_form(pattern) or False
                if form:
                    return form
        return pattern


def _ascii_form(pattern: Any) -> re.Pattern[str] | None:
    """`pattern` compiled in ASCII mode; None for one that folds case or does not compile so."""
    source, flags = pattern.pattern, getattr(pattern, "flags", None)
    if flags is None:
        flags = pattern.compiled().flags  # a `lazy.Lazy` expression
    if not isinstance(source, str) or flags & re.IGNORECASE or _FOLDS.search(source):
        return None
    try:
        return re.compile(source, (flags & ~re.UNICODE) | re.ASCII)
    except (re.error, ValueError):
        return None
