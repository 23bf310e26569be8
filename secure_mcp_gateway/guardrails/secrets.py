"""Credentials in their real formats: provider tokens, private keys, JWTs, passwords in URLs and in assignments."""

from __future__ import annotations

import base64
import binascii
import bisect
import itertools
import json
import math
import operator
import re
from collections.abc import Callable, Container, Iterable, Iterator
from functools import partial

from . import (
    admin_flags,
    app_settings,
    block_values,
    chain_keys,
    chat_servers,
    client_files,
    config_values,
    device_consoles,
    device_sketches,
    dumps,
    glued_names,
    key_files,
    key_sets,
    key_tables,
    keyword_values,
    lazy,
    login_pairs,
    login_prose,
    mail_dotfiles,
    marked_values,
    nested_keys,
    notify_urls,
    opaque_values,
    password_phrases,
    password_words,
    provider_keys,
    proxy_logins,
    public_values,
    script_values,
    secret_lists,
    secure_fields,
    server_xml,
    service_lines,
    setup_files,
    tool_arguments,
    tool_lines,
    transfer_lines,
    wallet_seeds,
)
from .findings import Finding, lower_aligned
from .line_starts import in_lines, merged_places
from .may_match import MayMatch
from .normalize import find_folded
from .scan import (
    INDEX,
    LONG,
    SHORT,
    Gate,
    Pivoted,
    Starts,
    WordGate,
    any_of,
    every_place,
    holds,
    holds_any,
    indexed,
    kept_holds,
    matches_at,
    occurrences,
    placed_in,
    remembered,
    required_words,
    runs,
    set_of,
    trie,
)
from .screen import SCREEN
from .short_words import ShortIndex

# Speed: provider formats with a prefix (`ghp_`, `AKIA`, `xoxb-`, some eighty services) are looked up only where a
# run of token characters starts (see `provider_keys`); the other expressions start with a literal (`eyJ`, `://`,
# `-----BEGIN`, `password`, ...) that the regex engine finds with its fast literal search, and most are not scanned
# at all: gate scans over the lower-cased text tell which names it holds (see `_LOW_GATES` and `scan`), and a short
# text gets one pass of everything joined. The 40-character AWS secret key is looked for only near an AWS context
# and only inside runs of token characters found with one `bytes.translate` and `find`. Every expression checks
# its left boundary and bounds its repeats, so no input makes it backtrack more than linearly.
#
# Values assigned to a telling name (`password=`, `"client_secret":`) count only when they look like credentials:
# not an environment reference (`${DB_PASSWORD}`, `os.environ[...]`, `settings.SECRET_KEY`), not a placeholder
# (`<redacted>`, `****`, `your-api-key-here`), not a plain word, with mixed characters and enough entropy.

DETECTOR = "secrets"

# --- secrets in a provider's own format ------------------------------------------------------------------------

# Provider formats with a literal prefix are found by `provider_keys` from runs of token characters; JWTs, which
# hold dots, are led by the `J` of `eyJ` (see `scan.Pivoted`) and scanned only when the text holds a `J` and a dot.
_JWT = Pivoted(
    r"J(?<=eyJ)(?<![A-Za-z0-9_.-]eyJ)[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{4,16000}\.[A-Za-z0-9_-]{0,2000}"
    r"(?![A-Za-z0-9_.-])",
    2,
    "J.",
)
_LOW_GATES = (
    Gate("k", {"key": ("", "ey"), "token": ("to", "en"), "hooks": ("hoo", r"s\.slack\.com/")}),
    Gate("cre", {"secret": ("se", "t"), "credential": ("", "dential")}),
    Gate("w", {"pwd": ("p", ""), "aws": ("a", "s")}),
    Gate("g", {"sig": ("si", "=")}),
)
"""Gates over the lower-cased text: a name found lets the expressions of that name run (see `scan.Gate`)."""
_GATE_WORDS = (
    *(("key", "key"), ("token", "token"), ("hooks", "hooks.slack.com/"), ("secret", "secret")),
    *(("credential", "credential"), ("pwd", "pw"), ("aws", "aws"), ("sig", "sig="), ("pass", "pass")),
)
"""The literal each name of the gates stands for: a long text asks the shared index (see `scan.INDEX`) instead of
the gates, only whether each occurs (one report each, however common)."""
_MARKS = (
    *(":5432:", ":*:", "machine", "LS0tLS1CRUdJTi", "PuTTY-User-Key-File", "-----BEGIN", "---- BEGIN SSH2"),
    *(literal for _, literal, _ in provider_keys.LITERALS),
)
"""Literals looked for with `in` (see `_holds`)."""
INDEX.add([*(w for _, w in _GATE_WORDS), *(m.lower() for m in _MARKS)], where=False)  # whether each occurs
INDEX.add(literal.lower() for _, literal, _ in provider_keys.LITERALS)  # where each starts (see `provider_keys`)
INDEX.add(login_pairs.WORDS, where=False)  # whether each occurs
INDEX.add([w for w in login_prose.PASSWORD_WORDS if w.isascii()])  # where each starts (see `login_prose`)
INDEX.add(nested_keys.LITERALS, where=False)  # whether each occurs (see `nested_keys`): a long text may hold many
INDEX.add(nested_keys.PLURAL_LITERALS)  # where each starts: their children are read there
INDEX.add(login_pairs.CALL_WORDS)  # where each starts: calls are read there (see `login_pairs`)
INDEX.add(login_pairs.PORT_CALL_WORDS)  # (and calls that take a host and a port first)
INDEX.add(password_phrases.ENGLISH)  # where each starts
INDEX.add([*dumps.WORDS, '"key"'], where=False)  # whether each occurs (see `dumps`)
INDEX.add(config_values.WORDS)  # where each starts: their lines are read (see `config_values`)
INDEX.add([*keyword_values.WORDS, *admin_flags.WORDS], where=False)
INDEX.add(keyword_values.LINE_WORDS)  # where each starts: their lines are read (see `keyword_values`)
INDEX.add(setup_files.WORDS)  # where each starts: their lines are read (see `setup_files`)
INDEX.add(script_values.LINE_WORDS)  # where each starts: their lines are read (see `script_values`)
INDEX.add([w for w in script_values.WORDS if w not in script_values.LINE_WORDS], where=False)
INDEX.add(proxy_logins.LINE_WORDS)  # where each starts: their lines are read (see `proxy_logins`)
INDEX.add([w for w in proxy_logins.WORDS if w not in proxy_logins.LINE_WORDS], where=False)
INDEX.add(service_lines.LINE_WORDS)  # where each starts: their lines are read (see `service_lines`)
INDEX.add([w for w in service_lines.WORDS if w not in service_lines.LINE_WORDS], where=False)
_APP_WORDS = (
    *secret_lists.WORDS,
    *key_files.WORDS,
    *device_consoles.WORDS,
    *mail_dotfiles.WORDS,
    *chain_keys.WORDS,
    *chain_keys.RPC_WORDS,
    *server_xml.WORDS,
    *app_settings.WORDS,
    *device_sketches.WORDS,
    *key_tables.WORDS,
    *key_sets.WORDS,
    *client_files.WORDS,
)
"""The words the readers of apps' and tools' own files need (see `_app_files`)."""
INDEX.add(_APP_WORDS, where=False)  # whether each occurs
INDEX.add(tool_lines.WORDS, where=False)  # whether each occurs (see `_tool_lines`)
INDEX.add(tool_arguments.WORDS)  # where each starts: only there are arguments read (see `_tool_arguments`)
INDEX.add(block_values.WORDS)  # where each starts: only those lines are read (see `_block_values`)
INDEX.add(secure_fields.WORDS)  # where each starts: only there are fields read (see `_secure_fields`)
INDEX.add(marked_values.WORDS)  # where each starts: only there are marks read (see `_marked_values`)
INDEX.add(marked_values.TEAMCITY_WORDS, where=False)  # whether each occurs
INDEX.add(glued_names.WORDS, where=False)  # whether each occurs (common in code: no places kept, see `_glued_names`)
INDEX.add(notify_urls.WORDS)  # where each starts (see `notify_urls`)
INDEX.add(app_settings.PLACED)  # where each starts (see `app_settings`)
INDEX.add(device_consoles.WORDS)  # where each starts: a firmware's commands are read there (see `device_consoles`)
INDEX.add(["aws"])  # where it starts: AWS secret keys are looked for only near it (see `_aws_candidates`)
_SINGLE_DASH_WORDS = ("-pass", "-pw", "-api", "-token", "-rcon", "-admin", "-server", "storepass", "keypass")
"""Where a long option with one dash that takes a secret may stand (see `_single_dash`)."""
INDEX.add(["--", "-----end", "private", "name", "value"], where=False)  # whether each occurs (see `scan.holds`)
INDEX.add(_SINGLE_DASH_WORDS)  # where each starts (see `_single_dash`)


def _prose_places(low: str, word: str) -> list[int]:
    """Where a word of `login_prose.PASSWORD_WORDS` starts in `low` (the shared index places the ASCII ones)."""
    return _places(low, word, _indexed(low)) if word.isascii() else occurrences(low, word)


_USER_WORDS = frozenset(w for w in login_prose.WORDS if w.isascii())
_USER_OTHER = tuple(w for w in login_prose.WORDS if not w.isascii())


def _may_log_in(low: str) -> bool:
    """Whether a user word `login_prose` reads a pair from (one of its `WORDS`) occurs in `low`: one set test when
    the shared index reads the text (its ASCII words; the others are looked for in a text outside ASCII)."""
    where = _indexed(low)
    if where is None:
        return any(w in low for w in login_prose.WORDS)
    if not _USER_WORDS.isdisjoint(where[0]) or not _USER_WORDS.isdisjoint(where[1]):
        return True
    return not low.isascii() and any(w in low for w in _USER_OTHER)


def _indexed(low: str) -> tuple[dict[str, list[int]], set[str]] | None:
    """What the shared index knows of a long text, or of one longer than `SHORT`, when it knows it at little cost
    (see `scan.indexed`)."""
    return INDEX.known(low) if len(low) >= LONG else indexed(low)


def _holds(text: str, low: str, literal: str) -> bool:
    """`literal in text`, first asked of the shared index when it knows the text (without the literal lower-cased in
    `low`, the text cannot hold the literal): a long text, or one longer than `SHORT` it reads in one pass (see
    `scan.indexed`)."""
    n = len(low)
    if n <= SHORT:
        return literal in text
    word = _LOWERED.get(literal)
    if word is None:
        if len(_LOWERED) > 4096:
            _LOWERED.clear()
        word = _LOWERED[literal] = literal.lower()
    last = INDEX._last  # (the index read this text for its current words: its answer at once, as below)
    if last is not None and last[0] is low and last[4] == INDEX._version:
        if text is low and placed_in(low, literal, last[1], last[2]):
            return True  # (the index's pass found it: not looked for again)
        if word in last[1] or word in last[2] or (n < LONG and word not in INDEX._words):
            return literal in text
        return False
    if n < LONG and word not in INDEX.words:
        return literal in text  # (the index's answer would not tell: asked only of its own words)
    where = INDEX.known(low) if n >= LONG else indexed(low)
    if where is not None and word not in where[0] and word not in where[1]:
        return False
    if where is not None and text is low and placed_in(low, literal, *where):
        return True
    return literal in text


_LOWERED: dict[str, str] = {}
"""The literals `_holds` is asked about, lower-cased (the same few hundred again and again)."""


_DISCORD_TAIL = lazy.compile(r"\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_DISCORD_EDGE = _TOKEN_CHARS | {"."}
_AWS_SECRET = lazy.compile(r"[A-Za-z0-9/+](?<![A-Za-z0-9/+=][A-Za-z0-9/+])[A-Za-z0-9/+]{39}(?![A-Za-z0-9/+=])")

_RUN = 40
_RUN_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=."
_SHAPE = bytes(97 if bytes([i]) in _RUN_BYTES else 32 for i in range(256))


def _runs(text: str) -> list[tuple[int, int]]:
    """Spans of runs of at least `_RUN` token characters, found without a regex pass (positions as in `text`)."""
    return runs(text, _SHAPE, _RUN)


def _discord_tails(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans of `_DISCORD_TAIL.finditer(text)`, read from the runs of at least 16 token characters (see
    `provider_keys.runs`): its last part is such a run, whole (27 to 40 characters, a dot before it and none after),
    and a dot stands 6 token characters before that one."""
    for lo, hi in spans:
        if (
            27 <= hi - lo <= 40
            and lo >= 8
            and text[lo - 1] == "."
            and text[lo - 8] == "."
            and text[hi : hi + 1] != "."
            and all(c in _TOKEN_CHARS for c in text[lo - 7 : lo - 1])
        ):
            yield lo - 8, hi


def _discord(text: str, spans: list[tuple[int, int]]) -> list[Finding]:
    """Discord bot tokens, found from their two dots: the part before the first is a base64 user id (M, N or O...)."""
    out = []
    for dot, end in _discord_tails(text, spans):
        for size in range(24, 29):
            start = dot - size
            if start < 0 or text[start] not in "MNO" or (start > 0 and text[start - 1] in _DISCORD_EDGE):
                continue
            if all(c in _TOKEN_CHARS for c in text[start:dot]) and _discord_ok(text[start:end]):
                out.append(Finding(DETECTOR, "discord_bot_token", start, end))
                break
    return out


def entropy(value: str) -> float:
    """Shannon entropy of `value`, in bits per character."""
    n = len(value)
    if not n:
        return 0.0
    if n > _TERMS_MOST:
        return -sum(c / n * math.log2(c / n) for c in map(value.count, set(value)))
    terms = _TERMS.get(n) or _terms(n)
    return -sum(map(terms.__getitem__, map(value.count, set(value))))  # the same terms, summed in the same order


_TERMS: dict[int, tuple[float, ...]] = {}
_TERMS_MOST = 64
"""`entropy`'s terms (`c / n * log2(c / n)` for each count `c`) of strings up to this long, worked out once per
length: most values judged are this long or cut to it."""


def _terms(n: int) -> tuple[float, ...]:
    terms = _TERMS[n] = (0.0, *(c / n * math.log2(c / n) for c in range(1, n + 1)))
    return terms


def _b64(part: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        return None


def _jwt_ok(token: str) -> bool:
    header = _b64(token.split(".", 1)[0])
    if header is None:
        return False
    try:
        data = json.loads(header)
    except ValueError:
        return False
    return isinstance(data, dict) and "alg" in data and not _public_jwt(token)


def _public_jwt(token: str) -> bool:
    """Whether a JWT is public by design or a documented example: an anonymous role's key (Supabase's
    `"role": "anon"`, shipped in web pages) or the sample claims of JWT documentation (`"sub": "1234567890",
    "name": "John Doe"`)."""
    parts = token.split(".")
    raw = _b64(parts[1]) if len(parts) > 1 else None
    try:
        claims = json.loads(raw) if raw else None
    except ValueError:
        return False
    if not isinstance(claims, dict):
        return False
    if claims.get("role") == "anon":
        return True
    return claims.get("sub") == "1234567890" and claims.get("name") == "John Doe"


def _discord_ok(token: str) -> bool:
    raw = _b64(token.split(".", 1)[0])
    return raw is not None and raw.isdigit() and 15 <= len(raw) <= 21


def _mixed(token: str) -> bool:
    chars = set(token)
    return any(c.isdigit() for c in chars) and any(c.isupper() for c in chars) and any(c.islower() for c in chars)


_AWS_CONTEXT = 240


def _aws_context(low: str, start: int, end: int, key_ids: list[int]) -> bool:
    if any(abs(k - start) <= _AWS_CONTEXT for k in key_ids):
        return True
    return low.find("aws", max(0, start - _AWS_CONTEXT), end + 40) >= 0


_EXAMPLE_TOKENS = frozenset(
    {
        "AKIAIOSFODNN7EXAMPLE",
        "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg",
        "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
        "ghp_" + "16C7e42F292c6912E7710c838347Ae178B4a",
        "key-" + "3ax6xnjp29jd6fds4gc373sgvjxteol0",
        "ac0974bec39a17e36ba4a6b4d238ff94" + "4bacb478cbed5efcae784d7bf4f2ff80",
        "59c6995e998f97a5a0044966f0945389" + "dc9e86dae88c7a8412f4603b6b78690d",
        "5de4111afa1a4b94908f83103eb1f170" + "6367c2e68ca870fc3fb9a804cdab365a",
        "e5be9a5092b81bca64be81d212e7f2f9" + "eba183bb7a90954f7b76361f6edb5c0a",
        "398f0c28f98885e046333d4a41c19cee" + "4c37368a9832c6502f6cfd182e2aef89",
    }
)
"""Keys printed in providers' and standards' documentation (Stripe's test key in its API reference; the JWT entries
are the sample signatures of jwt.io and of PyJWT's documentation; then the Telegram Bot API's sample token, the token
in GitHub's REST API examples and the key in Mailgun's; the private keys of the first accounts that Hardhat's and
Foundry's local test chains fund, printed in their documentation; the secret seeds of Substrate's development
accounts `//Alice` and `//Bob`, printed by `subkey inspect` in every chain's tutorial)."""
_STAND_IN = lazy.compile(
    r"example(?:key)?\Z|examplekey|x{6}|\*{4}|your|placeholder|redacted|dummy|insert|replace|1234567890abcdef", re.I
)


_SPELLED = lazy.compile(r"(?:[-_][a-z]{1,12}){5}(?:[-_]|\Z)")
"""Five lower-case words in a row between dashes or underscores: a token spelled out as a stand-in."""
_FILLER = frozenset("xX*0#._-")
"""Characters a stand-in is typed with."""


def _documented(value: str) -> bool:
    """Whether `value` holds a key printed in documentation (see `_EXAMPLE_TOKENS`)."""
    return any(t in value for t in _EXAMPLE_TOKENS)


_NEEDS_DIGITS_AND_LETTERS = frozenset(
    {
        *("adafruit_io_key", "resend_api_key", "posthog_token", "tavily_api_key", "fireworks_api_key"),
        *("statsig_key", "cratesio_token", "mattermost_webhook", "neon_api_key", "deno_token", "razorpay_key"),
        *("octopus_deploy_api_key", "yandex_api_key", "voyage_api_key", "nvidia_api_key", "scaleway_access_key"),
        *("anyscale_api_key", "cerebras_api_key", "flagsmith_server_key", "akamai_token", "openai_session_key"),
        *("mem0_api_key", "runpod_api_key", "jina_api_key", "apify_token", "xendit_key", "polar_token"),
        *("checkly_api_key",),
    }
)
"""Formats whose alphabet also spells identifiers: a key holds both digits and letters."""
_NEEDS_MIXED_CASE = frozenset(
    {
        *("mandrill_api_key", "modal_token", "beamer_token", "clickhouse_api_key", "brave_search_api_key"),
        *("gocardless_token", "mollie_api_key", "imagekit_private_key", "uptime_kuma_key", "portainer_token"),
        *("xata_api_key", "honeybadger_token", "coralogix_key", "cartesia_api_key", "matrix_token"),
        *("blockfrost_project_id", "devcycle_server_key", "trigger_dev_key", "unkey_root_key", "nylas_api_key"),
    }
)
"""Formats with a short or common prefix: a key mixes upper and lower case with digits, or is random enough (see
`_random_value`)."""


_KEY_BYTES_DISTINCT = 0.6


def _random_bytes(encoded: str) -> bool:
    """Whether base64 `encoded` holds drawn bytes: most of them different (not a stand-in of zeros or of text)."""
    raw = _b64(encoded)
    return raw is not None and len(set(raw)) >= _KEY_BYTES_DISTINCT * len(raw) and not raw.isascii()


def _genuine(kind: str, token: str) -> bool:
    """Whether a token in a provider's format is not a documented example, a stand-in or a word."""
    if token in _EXAMPLE_TOKENS or _STAND_IN.search(token) is not None:
        return False
    if _SPELLED.search(token) is not None:
        return False  # spelled out in words: `xoxb-not-a-real-token-this-will-not-work`
    if set(token[-24:]) <= _FILLER:
        return False  # `ghp_xxxxxxxx...`, `sk-********...`
    if kind == wallet_seeds.KIND:
        return wallet_seeds.valid(token)  # its checksum
    if kind.startswith("azure_") and len(set(token)) < _DRAWN_DISTINCT:
        return False  # `AAAA...+AStAAAAAA==`: a stand-in around a signature, not drawn bytes
    if kind == "laravel_app_key":
        return _random_bytes(token[7:])
    if kind == "openai_api_key":
        rest = token[3:]
        return _mixed(rest) or (any(c.isdigit() for c in rest) and entropy(rest) >= 3.5 and rest.count("-") <= 2)
    if kind == "facebook_access_token":
        secret = token.partition("|")[2]
        return any(c.isdigit() for c in secret) and any(c.isalpha() for c in secret)
    if kind == "vault_token" and token[1] == ".":
        return _mixed(token[2:])  # the old `s.` service token: `s.` is common, the 24 characters mix cases and digits
    if kind in _NEEDS_MIXED_CASE:
        return _mixed(token[3:]) or _random_value(token[3:])
    if kind in _NEEDS_DIGITS_AND_LETTERS:
        body = token[token.find("_") + 1 :] if "_" in token[:8] else token[4:]
        if not (any(c.isdigit() for c in body) and any(c.isalpha() for c in body)):
            return False  # an identifier in the format's alphabet (`secret-managerconfiguration...`), not a key
    if kind in ("huggingface_token", "notion_token", "twitter_bearer_token"):
        return any(c.isupper() for c in token[3:]) and any(c.islower() for c in token[3:])
    return True


_DRAWN_DISTINCT = 12
"""Fewer different characters than this in a key of a cloud's long format: typed as a stand-in, not drawn."""


_ID_HALVES = frozenset({"razorpay_key"})
"""Formats that a provider gives the public half of a key pair in (Razorpay's `rzp_live_...` key id, which checkout
pages carry; its secret has no prefix)."""
_KEY_ID_NAME = lazy.compile(r"key[_ -]?id[\"']?[ \t]*[:=]{1,2}[ \t]*[\"']?\Z")
"""A name for a key's id right before a value (`RAZORPAY_KEY_ID=`, `"key_id": "`)."""


def _key_id_named(low: str, at: int) -> bool:
    """Whether a key's id is named right before `at` (see `_KEY_ID_NAME`)."""
    return _KEY_ID_NAME.search(low, max(0, at - 24), at) is not None


def _format_findings(text: str, low: str, gated: Container[str], spans: list[tuple[int, int]]) -> list[Finding]:
    INDEX.keep(low, provider_keys.RUNS, (text, spans))  # the personal-data check reads its long runs
    out = provider_keys.find(text, low, _genuine, _indexed(low), spans)
    if out and "key" in low:
        out = [f for f in out if f.kind not in _ID_HALVES or not _key_id_named(low, f.start)]
    if out:
        out = _not_public(text, low, out)
    key_ids = [f.start for f in out if f.kind == "aws_access_key_id"]
    if "J" in text and _may(low, _JWT.pattern):
        for m in _JWT.finditer(text):
            start = m.start() - _JWT.back
            token = text[start : m.end()]
            if _jwt_ok(token) and token.rsplit(".", 1)[-1] not in _EXAMPLE_TOKENS and not _public_before(low, start):
                out.append(Finding(DETECTOR, "jwt", start, m.end()))
    if "." in text and _may(low, _DISCORD_TAIL):
        out += _discord(text, spans)
    if key_ids or "aws" in gated:
        for m in _aws_candidates(text, low, key_ids, "aws" in gated):
            value = m.group()
            if (
                _mixed(value)
                and value not in _EXAMPLE_TOKENS
                and not _path_like(value)
                and _aws_context(low, m.start(), m.end(), key_ids)
            ):
                out.append(Finding(DETECTOR, "aws_secret_access_key", m.start(), m.end()))
    return out


def _not_public(text: str, low: str, out: list[Finding]) -> list[Finding]:
    """The findings of `out` but a format without a prefix or a browser's key under a public key's name."""
    return [
        f
        for f in out
        if (f.kind not in provider_keys.CONTEXT_KINDS and f.kind not in _BROWSER_KINDS)
        or not _public_before(low, f.start)
        or (f.kind == wallet_seeds.KIND and wallet_seeds.valid(text[f.start : f.end]))  # its checksum tells
    ]


_BROWSER_KINDS = frozenset({"google_api_key"})
"""Formats of keys that web and mobile apps ship (a Firebase app's `AIza...` key, restricted by referrer): public
under a name the build hands to the browser (`NEXT_PUBLIC_FIREBASE_API_KEY`, `VITE_...`), a secret under any other."""


def _path_like(value: str) -> bool:
    """Whether 40 characters of the base64 alphabet are names rather than a key: a stretch of a path or URL
    (`com/Route53/latest/DeveloperGuide/domain` in a documentation link) with a part between slashes that is a
    lower-case word of five letters or more, or two of three or more, or a name of capitalised words anywhere in
    it (`AmazonSSMManagedEC2InstanceDefaultPolicy`, `role/AmazonEC2ContainerServiceforEC2Role` in an ARN; in a
    random key, about one in a thousand has any of these)."""
    return any(_word_name(p) for p in value.split("/")) or _path_words(value)


def _path_words(value: str) -> bool:
    """Whether a part of `value` between slashes is a lower-case word of five letters or more, or two are of three or
    more (`run/secrets/...`, `com/Route53/latest/...`): a path, not a key with a `/` or two in it."""
    words = [len(p) for p in value.split("/") if len(p) >= 3 and p.isalpha() and p.islower()]
    return len(words) >= 2 or any(n >= 5 for n in words)


def _word_name(part: str) -> bool:
    """Whether `part` is capitalised words, acronyms and digits run together, not letters of random case (see
    `_camel_name`, `_random_case`)."""
    return (
        _camel_name(part) and sum(1 for w in _CAMEL_WORD.findall(part) if len(w) >= 4) >= 3 and not _random_case(part)
    )


def _aws_candidates(text: str, low: str, key_ids: list[int], aws: bool) -> Iterator[re.Match[str]]:
    """The matches of `_AWS_SECRET` in `text` that `_aws_context` may accept, in order: in a long text whose `aws`
    places the shared index knows (`aws`: whether `low` holds it at all), only those that start near enough to one
    of them or to an access key id (see `_aws_windows`), else all of them."""
    windows = None
    where = _indexed(low)
    if where is not None and "aws" not in where[1]:
        windows = _aws_windows(where[0].get("aws", []) if aws else [], key_ids, len(low))
    if windows is None:
        for lo, hi in _runs(text):
            yield from _AWS_SECRET.finditer(text, lo, hi)
        return
    for first, last in windows:
        # Every match is 40 characters between two that are not of its own (`=` neither), so one that starts in
        # [first, last] lies in what is read here, found in the runs of it as in the whole text's; a match that
        # only the end of this stretch lets end (past `last`) is not kept, nor found before one that is.
        base = max(0, first)
        for lo, hi in runs(text[base : last + _RUN + 1], _SHAPE, _RUN):
            for m in _AWS_SECRET.finditer(text, base + lo, base + hi):
                if first <= m.start() <= last:
                    yield m


def _aws_windows(places: list[int], key_ids: list[int], size: int) -> list[tuple[int, int]] | None:
    """Where a match of `_AWS_SECRET` must start for `_aws_context` to accept it (first and last place of each
    stretch, in order), given where `aws` starts: within `_AWS_CONTEXT` of an access key id, or from 77 characters
    before an `aws` (its end then lies within 40 past the match's) to `_AWS_CONTEXT` after it. None when there are
    so many that they would cover much of the text (then all of it is read)."""
    if len(places) + len(key_ids) > size // (4 * _AWS_CONTEXT):
        return None
    near = sorted(
        [(k - _AWS_CONTEXT, k + _AWS_CONTEXT) for k in key_ids] + [(at - 77, at + _AWS_CONTEXT) for at in places]
    )
    out: list[tuple[int, int]] = []
    for first, last in near:
        if out and first <= out[-1][1] + _RUN:
            out[-1] = (out[-1][0], max(out[-1][1], last))  # what lies between is read too, and judged as before
        else:
            out.append((first, last))
    return out


# --- secrets found from a literal anchor ----------------------------------------------------------------------

_PEM_BEGIN = lazy.compile(r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_PEM_END = lazy.compile(r"-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_PEM_BODY = lazy.compile(r"[A-Za-z0-9+/=:,\\\- \t\r\n]*")


_PEM_MIN_BODY = 32
_PEM_CUT = lazy.compile(r"\s*(?:M[A-Za-z0-9+/]{3}|b3BlbnNza)")
"""A key body's start (a DER sequence, or OpenSSH's `openssh-key-v1`): a shorter body after a header is a key cut
at the text's end."""
_PEM_NOTE = 160


def _private_keys(text: str) -> list[Finding]:
    out = []
    pos = 0
    while True:
        m = _PEM_BEGIN.search(text, pos)
        if m is None:
            return out
        near = text.find("service_account", max(0, m.start() - 2000), m.start() + 4000) >= 0
        kind = "gcp_service_account_key" if near else "private_key"
        at = text.find("-----END", m.end())
        footer = _PEM_END.match(text, at) if at >= 0 else None
        end = footer.end() if footer else _PEM_BODY.match(text, m.end()).end()
        body = text[m.end() : at if footer else end]
        if sum(c.isalnum() for c in body[:200]) >= _PEM_MIN_BODY or (footer is None and _cut_at_end(text, body, end)):
            if text.startswith("\\n", end) and footer:
                end += 2  # the escaped line break after a JSON string's key (`...-----END PRIVATE KEY-----\n"`)
            out.append(Finding(DETECTOR, kind, m.start(), end))
        pos = end
        if at < 0:
            return out


def _cut_at_end(text: str, body: str, end: int) -> bool:
    """Whether a header's short body (a header constant alone holds none) is a key's start cut at the text's end
    (the rest in the next result): nothing but a short note after it."""
    return _PEM_CUT.match(body) is not None and len(text) - end <= _PEM_NOTE and "\n" not in text[end:]


_PEM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
_PEM_MAX_LINES = 200
_PEM_LINE_LEAST = 16
"""A body line before the last must be this long (a PEM line is 64 characters): a word on a line of its own is not."""


def _key_tails(text: str, taken: list[Finding]) -> list[Finding]:
    """The end of a private key whose header is not in `text` (a key cut between blocks or results): its body lines
    read back from the footer, and the footer."""
    out = []
    for m in _PEM_END.finditer(text):
        if any(f.start <= m.start() < f.end for f in taken):
            continue
        start = _body_before(text, m.start())
        if sum(c.isalnum() for c in text[start : m.start()]) >= _PEM_MIN_BODY:
            end = m.end() + 2 if text.startswith("\\n", m.end()) else m.end()
            near = text.find("service_account", max(0, start - 2000), end + 2000) >= 0
            out.append(Finding(DETECTOR, "gcp_service_account_key" if near else "private_key", start, end))
    return out


def _body_before(text: str, at: int) -> int:
    """Where the base64 lines that end at `at` begin (line breaks as written or escaped as in JSON, `\\n`); the
    first line read may be a piece of one (what precedes it on its line is not read)."""
    start = pos = at
    for n in range(_PEM_MAX_LINES):
        pos -= _break_before(text, pos)
        i = pos
        while i > 0 and text[i - 1] in _PEM_CHARS:
            i -= 1
        if i > 0 and text[i - 1] == "\\" and text[i] == "n":
            i += 1  # (`\\n` before the line: its 'n' is no part of it)
        line = text[i:pos]
        if not line or (n and not _body_line(line, i == 0)):
            break
        start = pos = i
        if not _break_before(text, i):
            break
    return start


def _break_before(text: str, pos: int) -> int:
    """The length of the line break that ends at `pos` (written, or escaped as in JSON), else 0."""
    for brk in ("\r\n", "\n", "\\r\\n", "\\n"):
        if pos >= len(brk) and text.startswith(brk, pos - len(brk)):
            return len(brk)
    return 0


def _body_line(line: str, first: bool) -> bool:
    """Whether a line before a key body's last reads as one of its lines: long, with a digit, `+` or `/` (a word
    alone on its line has none); a short piece only at the start of the text (the rest of a line cut there)."""
    return (len(line) >= _PEM_LINE_LEAST or first) and any(c.isdigit() or c in "+/" for c in line)


_SSH2_KEY = lazy.compile(
    r"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?P<body>[A-Za-z0-9+/=:\\\- \t\r\n\"]{32,20000}?)"
    r"(?:---- END SSH2 ENCRYPTED PRIVATE KEY ----|\Z|(?=[^A-Za-z0-9+/=:\\\- \t\r\n\"]))"
)
"""An SSH.com (SSH2) private key, from its header to its end line."""


def _other_private_keys(text: str) -> list[Finding]:
    return [Finding(DETECTOR, "private_key", *m.span()) for m in _SSH2_KEY.finditer(text)]


_URL_CREDS = lazy.compile(r"://([^\s:/?#\"'<>]{0,256}):([^\s@/?\"'<>]{1,256})@(?=[A-Za-z0-9\[])")
"""A URL's user and password: the user may be a mail address (`smtp://postmaster@mg.example.org:...@`), the
password may hold a `#` written unescaped."""
_URL_CREDS_REACH = 3 + 256 + 1 + 256
"""How far before its `@` a match of `_URL_CREDS` may start."""
_AT_SPARSE = 512
"""`@`s more frequent than one per this many characters cost more tried one at a time than the regex engine's search
(~7 instructions a character) does."""


def _url_creds(text: str) -> Iterator[re.Match[str]]:
    """`_URL_CREDS.finditer(text)`, tried only at the `://` that ends at the last `/` before each `@` (user and
    password hold no `/`: a match ending at an `@` starts there), the `@`s found at memory speed; once they come
    more often than once per `_AT_SPARSE` characters, the regex engine's own search goes on from where this one is."""
    match = _URL_CREDS.match
    find = text.find
    pos = tried = -1
    tries = 0
    at = find("@")
    while at >= 0:
        tries += 1
        if tries > 16 + at // _AT_SPARSE:
            yield from _URL_CREDS.finditer(text, max(pos, 0))
            return
        start = text.rfind("/", max(0, at - _URL_CREDS_REACH), at) - 2
        if start > tried and start >= pos and text.startswith("://", start):
            tried = start
            m = match(text, start)
            if m is not None:
                yield m
                pos = m.end()
        at = find("@", at + 1)


_SCHEME_TAIL = lazy.compile(r"([A-Za-z][A-Za-z0-9+.-]{1,24})\Z")
_DB_SCHEMES = frozenset(
    {
        "postgres",
        "postgresql",
        "mysql",
        "mariadb",
        "mongodb",
        "mongodb+srv",
        "redis",
        "rediss",
        "amqp",
        "amqps",
        "mssql",
        "sqlserver",
        "clickhouse",
        "cockroachdb",
        "couchdb",
        "neo4j",
        "nats",
        "kafka",
        "memcached",
        "oracle",
        "db2",
        "snowflake",
    }
)
_UNSET_WORDS = frozenset(
    {
        *("password", "pass", "passwd", "pwd", "secret", "user", "username", "xxx", "token", "changeme", "changeit"),
        *("p@ssw0rd", "passw0rd", "p@$$w0rd", "pa$$w0rd", "p@ssword", "letmein", "qwerty"),
        *("admin", "root", "toor", "guest", "minio", "minioadmin", "raspberry", "ubnt", "bitnami", "oracle"),
        *("tryportainer", "mosquitto", "postgres", "mysql", "welcome", "default", "secret", "demo"),
        *("tegbzn", "adminadmin", "deluge"),
        *password_words.WORDS,
    }
)
"""Stand-ins, the passwords documentation prints as examples and the defaults services and devices ship with
(compared without trailing digits and `!`)."""


def _placeholder_value(value: str) -> bool:
    if value[0] in "$<{%*[(" or len(set(value)) == 1:
        return True
    return value.lower() in _UNSET_WORDS


_DOC_HOSTS = lazy.compile(
    r"(?:host|hostname|server|domain|example\.(?:com|org|net)|[\w.-]+\.example(?:\.\w+)?)(?![\w.-])"
)


def _url_credentials(text: str) -> list[Finding]:
    out = []
    for m in _url_creds(text):
        password = m.group(2)
        if _placeholder_value(password) or "%20" in password or password[:1] == "+":
            continue  # a stand-in, or words written as a URL (`a%20secret`)
        if password == m.group(1):
            continue  # a default login whose password is its user name (`postgres:postgres@localhost`)
        if _DOC_HOSTS.match(text, m.end()) is not None and (len(password) < 8 or _classes(password) < 2):
            continue  # a documentation URL: `https://user:pass@host`
        scheme_m = _SCHEME_TAIL.search(text, max(0, m.start() - 26), m.start())
        if scheme_m is None:
            continue
        scheme = scheme_m.group(1).lower()
        kind = "database_password" if scheme.partition("+")[0] in _DB_SCHEMES else "url_password"
        if scheme == "cloudinary":  # `cloudinary://<api key>:<api secret>@cloud`: the pair is the credential
            out.append(Finding(DETECTOR, "cloudinary_url", m.start(1), m.end(2)))
            continue
        out.append(Finding(DETECTOR, kind, m.start(2), m.end(2)))
    return out


_SMB_CREDS = lazy.compile(r"(?i:smb)://[\w.-]{1,64}/[^\s:/?#@\"'<>;]{1,64}:([^\s@/?\"'<>]{1,256})@(?=[A-Za-z0-9\[])")
"""An SMB URI's workgroup, user and password, as CUPS writes a printer's device (`smb://workgroup/user:pass@host`)."""


def _smb_credentials(text: str) -> list[Finding]:
    """Passwords in SMB URIs with a workgroup (the URL reader takes a user without `/`), not stand-ins."""
    out = []
    for m in _SMB_CREDS.finditer(text):
        if not _placeholder_value(m.group(1)) and len(set(m.group(1))) > 2:
            out.append(Finding(DETECTOR, "url_password", *m.span(1)))
    return out


_QUERY_NAMES = ("key=", "appid=", "auth=", "token=", "sid=", "sessionid=", "session_id=", "session=", "ticket=")
"""Short names of keys, sessions and login tickets in URL queries that the assignments do not read (`?appid=`,
`&key=`, `&authkey=`, a web service's `?wstoken=`, `?sid=`, `;jsessionid=`, `&PHPSESSID=`, a single sign-on
service's `&ticket=`), found as literals; the name must follow `?`, `&` or `;` (`authkey=` and `auth_key=` end in
`key=`; any word glued before `token=`, unless it names a place or a state: `pageToken=`)."""
_QUERY_VALUE = lazy.compile(r"[A-Za-z0-9_-]{16,256}(?=[&#;?\s\"'<>]|\Z)")
_QUERY_OWNERS = {
    "key=": ("", "auth", "auth_"),
    "sid=": ("", "ses", "phpses"),
    "sessionid=": ("", "j"),
    "ticket=": ("", "alf_", "auth", "auth_", "login", "login_", "sso", "sso_"),
}
"""The words a name may be glued to (`authkey=`, `PHPSESSID=`, `jsessionid=`, `alf_ticket=`)."""
_GLUED_MOST = 24
_QUERY_REACH = 200


INDEX.add(list(_QUERY_NAMES))
INDEX.add(["smb://"], where=False)  # whether it occurs (see `_smb_credentials`)


def _places(low: str, word: str, where: tuple[dict[str, list[int]], set[str]] | None) -> list[int]:
    """Where `word` starts in `low`: from the shared index when it knows the text (see `_indexed`), else by a scan."""
    if where is not None and word not in where[1]:
        return where[0].get(word, [])
    return every_place(low, word) if where is not None else occurrences(low, word)


def _query_keys(text: str, low: str) -> list[Finding]:
    """Keys in URL queries: random or long hexadecimal values (`?appid=<32 hex>`), not ids or words."""
    out = []
    where = _indexed(low)
    for name in _QUERY_NAMES:
        if where is None and name not in low:
            continue  # (one `in` instead of a search of its own)
        for at in _places(low, name, where):
            start = at + len(name)
            owners = _QUERY_OWNERS.get(name, ("",))
            if name == "token=":
                lead = at
                while lead > at - _GLUED_MOST and lead > 0 and (low[lead - 1].isalnum() or low[lead - 1] == "_"):
                    lead -= 1
                if _public_name(low, at):
                    continue  # a page's or a badge's token (`?pageToken=`, a README's Codecov badge)
                owners = (low[lead:at],)
            if any(
                low[at - len(o) - 1 : at - len(o)] in ("?", "&", ";") and low.startswith(o, at - len(o)) for o in owners
            ):
                m = _QUERY_VALUE.match(text, start)
                value = m.group() if m is not None else ""
                if value and (_random_value(value) or _long_hex(value)) and not _placeholder_like(value):
                    if name in ("key=", "token=") and public_values.map_query(low, at, _QUERY_REACH):
                        continue  # a map viewer's tile or style URL's client key, in every page that draws the map
                    scheme = low.rfind("://", max(0, at - _QUERY_REACH), at)
                    if scheme < 0 or _DOC_HOSTS.match(low, scheme + 3) is None:  # not `https://example.com?key=`
                        out.append(Finding(DETECTOR, "generic_secret", start, m.end(), 0.9))
    return out


# Led by a rare character of their anchor and scanned only when a gate found it (see `_FORMATS`).
_ANCHORED: tuple[tuple[Pivoted, str, str], ...] = (
    (Pivoted(r"Key=(?<=AccountKey=)([A-Za-z0-9+/]{40,100}={0,2})", 7), "azure_storage_key", "key"),
    (Pivoted(r"Key=(?<=SharedAccessKey=)([A-Za-z0-9+/]{40,100}={0,2})", 12), "azure_shared_access_key", "key"),
    (Pivoted(r"g=(?<=[?&;]sig=)([A-Za-z0-9%+/_-]{40,200}(?:%3D|=){0,2})", 3), "azure_sas_token", "sig"),
    (
        Pivoted(
            r"ks\.slack\.com/(?<=https://hooks\.slack\.com/)(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,200}",
            11,
        ),
        "slack_webhook",
        "hooks",
    ),
)


_ANCHOR_WORDS = {"azure_storage_key": "AccountKey=", "azure_shared_access_key": "SharedAccessKey="}
"""The literal a match of these anchored formats holds (see `_holds`)."""
INDEX.add([w.lower() for w in _ANCHOR_WORDS.values()], where=False)


def _anchored(text: str, low: str, gated: Container[str]) -> list[Finding]:
    out = []
    for pattern, kind, gate in _ANCHORED:
        if gate not in gated or (kind in _ANCHOR_WORDS and not _holds(text, low, _ANCHOR_WORDS[kind])):
            continue
        for m in pattern.finditer(text):
            if pattern.pattern.groups:
                out.append(Finding(DETECTOR, kind, m.start(1), m.end(1)))
            else:
                out.append(Finding(DETECTOR, kind, m.start() - pattern.back, m.end()))
    return out


# --- secrets assigned to a telling name: `password=...`, `"client_secret": "..."`, `Authorization: Bearer ...` ---

_ASSIGN_TAIL = (
    r"(?:[_-](?:private|prod|production|live|base|v\d))?"
    r"s?\$?\\?[\"']?[\])}]?[ \t]*"
    r"(?:(?::{1,3}=|[?+.]=|\|\|=|\?\?=|//=|=>|<<?-|=(?!=)|:[ \t]*[|>][-+]?[ \t]*\r?\n[ \t]+|:[ \t]*string[ \t]*:?="
    r"|[ \t]type[ \t]+string[ \t]+value[ \t]|:(?!:)-?"
    r"|>(?:[ \t]*\r?\n[ \t]+)?|(?<=[ \t])(?:is[ \t]|string[ \t]*=))[ \t]*"
    r"(?:json\.stringify\([ \t]*|\[[ \t]*(?=[\"'`]))?(?:\"\"\"|'''|b?\\?[\"'`])?"
    r"|(?<=[a-z] )(?=[^\s\"'`]{0,200}[0-9])"
    r"|,(?=[^\s\"'`,;]{16,600}(?:,|\r?\n|\Z))"
    r"|[\"'][ \t]*,[ \t]*[\"']"
    r"|[ \t\r\n]+(?:android:)?value[ \t]*=[ \t]*[\"']"
    r"|\([ \t]*[\"'`]|->[ \t]*[\"']"
    r"|(?<=[a-z0-9][ \t])[\"'])(?P<value>[^\s\"'`,;<>()\[\]{}\\\x00-\x1f\x7f]{6,4096})"
)
"""After a telling name (with a qualifier such as `_PRIVATE`, `_PROD`, `_V2`; BASIC's `$`; a subscript's close, as in
M's `Set ^Cfg("password")=` and Visual Basic's `Dict.Item("apiToken") =`; a declared type: Go's `x string =`,
Kotlin's `x: String =`, Structured Text's `x : STRING :=`, ABAP's `x TYPE string VALUE`): an assignment (`=`, `:=`,
make's `::=`, `:::=`, `?=` and `+=`, PHP's `.=`, R's `<-` and `<<-`, a default's `||=`, `??=` or `//=`, `:`, a shell
default's `:-`
(`${DB_PASSWORD:-...}`), `=>`, a YAML block scalar's `: |` or `: >` and its next line, an XML element's `>`, on its
line or the next), a CSV row's next field, a call that sets it (`setProperty("X_TOKEN", "...")`) or an XML attribute
(`key="apiToken" value="..."`, Android's `android:name="...API_SECRET" android:value="..."`), a call named for it
with the value first (`setApiKey("...")`, `census_api_key("...")`), Mathematica's rule (`"ApiKey" -> "..."`) or a
directive's quoted value with no operator (see `_directive_line`), then the value (triple-quoted, or alone in an
array: `tokens = ["..."]`)."""
_PASSWORD_GLUED = (
    *("db", "user", "admin", "root", "pg", "mysql", "redis", "smtp", "mail", "ldap", "ftp", "sftp", "proxy", "bind"),
    *("keystore", "truststore", "store", "key", "vnc", "wifi", "mongo", "postgres", "sql", "sa", "master", "my"),
    *("remote", "imap", "pop", "mqtt", "web", "device", "sasl", "rpc", "ssh", "smb"),
)
"""Words a password's name is often glued to (`PGPASSWORD`, `keystorePassword`, `dbpass`, offlineimap's
`remotepass`, firmware's `mqttpassword`, sshpass' `SSHPASS`, Samba's `SMBPASS`)."""
# Scanned only when a gate found the name (see `_LOW_GATES`; `pass`, too common for those, by a search of its own). The
# name must start a word: after a character that is not a letter, at a camelCase capital (`shopifyToken`), or right
# after one of the words it is often glued to (`accesstoken`).
_NUMBERED = r"(?:[_-]?\d{1,2})?"
"""An index after a name (`password1`, `Pass0`, `DB_PASSWORD_2`, `secret_1`, `token2`): one of a list's entries."""
_ASSIGNMENTS: tuple[tuple[re.Pattern[str], str, str | None, tuple[str, ...]], ...] = (
    (lazy.compile(r"pass(?:word|wd|phrase|wort)?" + _NUMBERED + _ASSIGN_TAIL), "password", "pass", _PASSWORD_GLUED),
    (lazy.compile(r"pwd?" + _NUMBERED + _ASSIGN_TAIL), "password", "pwd", _PASSWORD_GLUED),
    (
        lazy.compile(r"secret(?:[_-]?key)?" + _NUMBERED + _ASSIGN_TAIL),
        "generic_secret",
        "secret",
        ("client", "app", "api", "shared"),
    ),
    (
        lazy.compile(r"token" + _NUMBERED + _ASSIGN_TAIL),
        "generic_secret",
        "token",
        ("access", "auth", "refresh", "api", "bot", "id", "session", "bearer", "oauth", "personal"),
    ),
    (
        lazy.compile(r"key" + _ASSIGN_TAIL),
        "generic_secret",
        "key",
        (),
    ),
    (lazy.compile(r"credentials?" + _NUMBERED + _ASSIGN_TAIL), "generic_secret", "credential", ()),
)


def _lead(pattern: str) -> str:
    """The letters every match of `pattern` starts with ('' when it starts otherwise)."""
    word = re.match(r"[a-z]*", pattern).group()
    return word[:-1] if pattern[len(word) : len(word) + 1] in ("?", "*", "{") else word


_FOREIGN = lazy.compile(f"(?:{password_words.PATTERN})" + _ASSIGN_TAIL)
"""A password named in another language (`Kennwort: ...`, `Contraseña = ...`, `パスワード：...`) and its value: tried
only where one of the words starts (see `_foreign_places`)."""
_FOREIGN_SAID = lazy.compile(
    f"(?:{password_words.PATTERN})s?(?:[ \t]*(?:{password_words.VERBS})[ \t]+|(?:{password_words.PARTICLES})[ \t]*)"
    r"[\"'`]?"
    r"(?P<value>[^\s\"'`,;<>()\[\]{}\\\x00-\x1f\x7f\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]{5,4095}"
    r"[^\s\"'`,;<>()\[\]{}\\\x00-\x1f\x7f\u3000-\u9fff\uac00-\ud7af\uff00-\uffef.:!?])"
)
"""The same in a sentence (`Das Kennwort lautet ...`, `La contraseña es ...`, `Пароль — ...`, `パスワードは ...`), as
`the password is` reads in English; a sentence's full stop, and Chinese, Japanese or Korean written right after
(`...です`, `。`), are not part of the value."""
INDEX.add(password_words.ASCII_WORDS)  # where each starts

_LEADS = {pattern: _lead(pattern.pattern) for pattern, _, _, _ in _ASSIGNMENTS}
"""The literal every match of each of `_ASSIGNMENTS` starts with: a value that does not hold it holds no start of
another match of the same expression."""

_LOOSE_VALUE = r"[^\x00-\x20\x22\x27\x60\x2c\x3b\x3c\x3e\x28\x29\x5b\x5d\x7b\x7d\x5c\x7f]{6}"
_LOOSE_NAMED = r"(?:[_-](?:private|prod|production|live|base|v[0-9]))?s?\\?[\"']?\]?"
_LOOSE_TAIL = (
    r"(?:[_-](?:private|prod|production|live|base|v[0-9]))?s?\$?\\?[\"']?[\])}]?"
    + r"(?:[ \t]*(?:(?::{1,3}=|[?+.]=|\|\|=|\?\?=|//=|=>|<<?-|=|:[ \t]*[|>][-+]?[ \t]*\r?\n[ \t]+"
    + r"|:[ \t]*string[ \t]*:?="
    + r"|[ \t]type[ \t]+string[ \t]+value[ \t]|:-?"
    + r"|>(?:[ \t]*\r?\n[ \t]+)?|is[ \t]|string[ \t]*=)[ \t]*(?:\[[ \t]*)?(?:\"\"\"|'''|b?\\?[\"'`])?"
    + _LOOSE_VALUE
    + r"|,"
    + _LOOSE_VALUE
    + r"|[\"'][ \t]*,[ \t]*[\"']"
    + _LOOSE_VALUE
    + r"|[\"']"
    + _LOOSE_VALUE
    + r"|\([ \t]*[\"'`]"
    + _LOOSE_VALUE
    + r"|->[ \t]*[\"']"
    + _LOOSE_VALUE
    + r")|[ \t\r\n]+(?:android:)?value[ \t]*=[ \t]*[\"']"
    + _LOOSE_VALUE
    + r"|[ \t]* [^\t\n\x0b\x0c\r \"'`0-9]*[0-9][^\t\n\x0b\x0c\r \"'`]*[\x00-\x20\"'`])"
)
"""`_ASSIGN_TAIL` loosened for Hyperscan (see `scan.Starts`), on ASCII text: look-arounds dropped or read as what
they ask for, a value of six characters or more read as its first six (it ends on a character of the value). A
value right after a space that holds a digit is read to the character after its run (always there: see
`scan.Starts`), which no value holds: a run that holds another name's start and value then ends elsewhere."""


def _in_url(low: str, at: int) -> bool:
    """Whether position `at` lies in the user part of a URL (`://` before it with no space, `/`, `@` or a
    parameter separator between: `jdbc:sqlserver://host;user=u;password=...` names its password)."""
    scheme = low.rfind("://", max(0, at - 64), at)
    return scheme >= 0 and not any(c in low[scheme + 3 : at] for c in " \t\n/@\"';?&")


def _starts_name(text: str, low: str, at: int, glued: tuple[str, ...]) -> bool:
    """Whether the name found at `at` starts a word (see `_ASSIGNMENTS`)."""
    if at == 0 or not low[at - 1].isalpha() or ord(low[at]) >= password_words.SPACELESS:
        return True
    if text[at].isupper() and (text[at - 1].islower() or text[at + 1 : at + 2].islower()):
        return True  # `shopifyToken`, or after a word in capitals (`JWTSecret`, `APIToken`)
    if glued is _PASSWORD_GLUED and low.startswith(("password", "passwd"), at):
        word = low[max(0, at - 12) : at]
        # `rpcpassword`, `smtppasswd`: glued to any name but these (`adminpassword` is not `minpassword`)
        return word.endswith(_PASSWORD_GLUED) or not word.endswith(_NOT_PASSWORD_GLUED)
    return any(low.startswith(w, at - len(w)) for w in glued)


_NOT_PASSWORD_GLUED = (
    *("hash", "hashed", "encrypted", "crypted", "salted", "forgot", "reset", "show", "has", "no", "require", "min"),
    *("max", "verify", "validate", "check", "expire", "expired", "is", "use", "allow", "empty", "blank", "enc"),
)
"""Words glued before `password` that make the name a hash's, a flag's or an action's (`hashedpassword`,
`nopassword`, `resetpassword`), not the password's."""


_BEARER = lazy.compile(r"bearer(?:[ \t]+|[\"']?[ \t]*[:=][ \t]*[\"']?)(?P<value>[A-Za-z0-9._~+/-]{16,2000}=*)")
"""A bearer token after its scheme (`Bearer <token>`) or set under the scheme's name (a client's YAML `bearer: ...`,
`"bearer": "..."`)."""
_BASIC = lazy.compile(r"basic[ \t]+(?P<value>[A-Za-z0-9+/]{8,400}={0,2})")
_AUTH_SCHEME = lazy.compile(
    r"authorization[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<scheme>(?:token|api-?key|key|sso-key|ssws|client-token|api-token|geniekey|splunk|app|kakaoak|oauth"
    r"|deepl-auth-key|klaviyo-api-key|zoho-oauthtoken|access-?token|secret)[ \t]+)?"
    r"(?P<value>[A-Za-z0-9._~+/=-]{16,400})(?![A-Za-z0-9._~+/=-])(?=[\"'`,;)\s]|\Z)"
)
"""An Authorization header with a scheme other than Bearer or Basic (`Token <key>`, `SSWS <key>`, `ApiKey <key>`,
Opsgenie's `GenieKey <key>`, Kakao's `KakaoAK <key>`, Yandex's `OAuth <token>`, DeepL's and Klaviyo's), or with
the key alone (`authorization: <key>`, as gRPC metadata and some APIs take it: then judged as an assigned value)."""
_AUTHORIZATION = Pivoted(r"zation(?<=authorization)", 7, "z")
_LONE_KEY_LEAST = 20
_LONE_KEY_AFTER = lazy.compile(r"[\"'`]|[ \t]*(?:[,;)]|\r?\n|\Z)")


def _lone_key(text: str, low: str, start: int, end: int, value: str) -> bool:
    """Whether an Authorization header's value without a scheme is a key: the header's own name (not
    `EndpointAuthorization`), the value alone on its line or in its quotes (not a scheme before its parameters, as
    `AWS4-HMAC-SHA256 Credential=...`), long and random, not a name, a call or a stand-in."""
    if start and low[start - 1].isalnum():
        return False
    if len(value) < _LONE_KEY_LEAST or _LONE_KEY_AFTER.match(text, end) is None:
        return False
    return plausible_secret(value) and _HAS_DIGIT(value) is not None


_AUTH_HEADER_WORDS = ("-auth", "-team")
"""What `_AUTH_HEADER` holds wherever it matches, asked of the shared index first in a long text."""
INDEX.add(_AUTH_HEADER_WORDS)  # where each starts (see `scan.occurrences`)
_AUTH_HEADER = lazy.compile(
    r"(?<![\w.-])(?:[a-z0-9]{1,30}-){1,4}(?:auth|team)[\"']?(?:[ \t]*:|[ \t])[ \t]*[\"']?"
    r"(?P<value>[A-Za-z0-9._~+/=-]{16,400})(?![A-Za-z0-9._~+/=-])(?=[\"'`,;)\s]|\Z)"
)
"""A vendor's header that carries its key (`X-Acme-Auth: <key>`, Honeycomb's `X-Honeycomb-Team: <key>`, a proxy's
`proxy_set_header X-Acme-Auth "<key>";`), judged as an assigned value; on one line, searched for on those that hold
one of `_AUTH_HEADER_WORDS` (the regex engine would try it at every character)."""

_PLACEHOLDER_WORDS = (
    *("your", "example", "xxxx", "placeholder", "redacted", "changeme", "change_me", "dummy", "sample", "insert"),
    *("replace", "here", "todo", "fixme", "****", "none", "null", "undefined", "masked"),
)
"""Words that mark a value as a stand-in (looked for in the lower-cased value)."""


_SEQUENCES = "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz 9876543210zyxwvutsrqponmlkjihgfedcba"
"""Runs of the alphabet and the digits, forwards and backwards: a value that is one of them is a stand-in."""


_STEPS = "0123456789abcdefghijklmnopqrstuvwxyz"
_NEXT = {a: b for a, b in itertools.pairwise(_STEPS)}
_SEQUENTIAL_SHARE = 0.85
"""How much of a value may be runs of the digits and the alphabet before it is typed, not drawn
(`0123456789ABCDEF0123456789ABCDEF`, `abcdef0123456789abcdef`)."""


def _sequential(low: str) -> bool:
    """Whether lower-cased `low` is mostly counting up (`0123456789abcdef` over and over): a stand-in."""
    if _NEXT.get(low[0]) != low[1] or _NEXT.get(low[1]) != low[2]:
        return False  # (one counting up starts so: most values are judged by their first three characters)
    steps = sum(1 for a, b in itertools.pairwise(low) if _NEXT.get(a) == b)
    return steps >= _SEQUENTIAL_SHARE * (len(low) - 1)


_ORCID = lazy.compile(r"000[09]-00\d\d-\d{4}-\d{3}[\dX]")
"""A researcher's ORCID iD (`0000-0002-...`, `0009-0001-...`), checked by `_orcid`."""


def _orcid(value: str) -> bool:
    """Whether `value` is an ORCID iD with its ISO 7064 check character: a public identifier of a person."""
    if _ORCID.fullmatch(value) is None:
        return False
    total = 0
    for d in value[:-1].replace("-", ""):
        total = (total + int(d)) * 2
    check = (12 - total % 11) % 11
    return value[-1] == ("X" if check == 10 else str(check))


def _placeholder_like(value: str) -> bool:
    low = value.lower()
    if low.startswith("default") and value.isalpha() and value.islower():
        return True  # a server's documented default (`defaultkey`, `defaultencryptionkey`)
    return any(map(low.__contains__, _PLACEHOLDER_WORDS))


_ENV_NAME = lazy.compile(r"[A-Z][A-Z0-9_]*")
_DOTTED = lazy.compile(r"[A-Za-z_$][\w$]*(?:\??\.(?:[A-Za-z_$][\w$]*|\*))+")
"""A member access (`settings.token`, JavaScript's `opts?.token`) or a path of fields (`users.*.password`)."""
_WORDS = lazy.compile(
    r"[a-z]+(?:[_-][a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[_-][A-Z][a-z]+)+"
)
_TYPE_NAME = lazy.compile(r"[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*")
"""Letters with a capital in them (`OAuthToken`, `getX`); written without nested repeats, so it never backtracks."""
_CLASSES = (lazy.compile(r"[a-z]"), lazy.compile(r"[A-Z]"), lazy.compile(r"[0-9]"), lazy.compile(r"[^A-Za-z0-9]"))


def _classes(value: str) -> int:
    """How many of lower case, upper case, digits and other characters `value` uses."""
    return sum(1 for c in _CLASSES if c.search(value))


def _camel_name(name: str) -> bool:
    """Whether `name` is capitalised words, acronyms and digits run together (`PKCS7PrivateKeyTypes`): ASCII letters
    and digits, not starting lower case, every lower-case run right after a letter. A loop, not a regex with
    nested repeats, so a hostile value cannot make it backtrack."""
    if not name or not name.isascii() or not name.isalnum() or name[0].islower():
        return False
    prev = name[0]
    for c in name[1:]:
        if c.islower() and not prev.isalpha():
            return False
        prev = c
    return True


_CAMEL_WORD = lazy.compile(r"[A-Z][a-z]+")


_STRONG_SHORT = lazy.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)\S{6,7}")


_STORE_REF = lazy.compile(
    r"arn:aws[\w-]*:[\w-]+:|(?:vault|secrets?|sm|ssm|gcpsm|azkv|keyvault|kms|awssm|sops|ref\+\w+):[\w.-]+/"
    r"|(?:gcp|aws|azure):(?:secretmanager|secretsmanager|ssm|keyvault):[\w.-]+"
    r"|secret(?:Key)?Ref:[a-z0-9][a-z0-9._-]*\Z"
    r"|(?:vault|secrets?|secretsmanager|sm|ssm|aws-?sm|aws-?ssm|gcpsm|gcp-?sm|azkv|keyvault|kms|sops|keychain|keyring"
    r"|op|bw|doppler|infisical|parameter-?store):(?:/?[\w.@-]*[/#][\w./#@-]*|[a-z0-9][a-z0-9._-]*)\Z"
    r"|(?:doppler|infisical|op|bws?|bitwarden|keeper|akeyless|conjur|akv|gsm|ssm|awssm|gcpsm|azkv)"
    r":(?:[A-Z][A-Z0-9_]{2,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\Z"
    r"|(?:os\.)?(?:env|environ|getenv)[:/.]\$?[A-Z][A-Z0-9_]{2,}\Z"
    r"|(?:[a-z][\w-]*/)+(?:data|metadata)/[\w./-]+(?::[\w-]+)?\Z"
    r"|(?:[a-z][a-z0-9_-]*/)+[a-z][a-z0-9_-]*:[a-z][a-z0-9_-]*\Z|\+secrets/[\w./-]+\Z"
)
"""Where a secret is kept rather than the secret: an AWS ARN, a store's `scheme:path/...` or `keychain:item`
reference, an environment variable named in a tool's config (`env:OPENAI_API_KEY`, `os.environ/AZURE_API_KEY`), or
a path in Vault's key-value store (`kv/data/shop:password`, as Ansible's `hashi_vault` lookup names a field), a
secret's name and field as CodeBuild's `secrets-manager` names them (`prod/db:password`), Earthly's
`+secrets/NAME`, or a secrets manager's entry by its variable's name or its id (`doppler:STRIPE_SECRET_KEY`,
`bws:<uuid>`, `gcp:secretmanager:...`, a chart's `secretRef:<name>`)."""


_SEALED_VALUE = lazy.compile(
    r"(?:pbkdf2|argon2|bcrypt|scrypt|sha1|sha224|sha256|sha384|sha512|md5|unsalted)[\w:-]{0,30}\$"
    r"|(?:encrypted|credentialsJSON|vault:v\d{1,3}|crypt[12]|digest1|enc:(?:AES|aes|kms|KMS)\w{0,8}):"
    r"|AQAAANCMnd8BFdERjHoAwE/Cl\+sB|\d\|\$|{cipher}|(?:EV|ENC|ENCRYPTED)\["
    r"|\d\.[A-Za-z0-9+/]{16,64}={0,2}\|"
    r"|(?:md5|sha(?:1|224|256|384|512)?|blake2[bs]?)[:#][0-9a-f]{32}|[0-9a-f]{32}:[A-Za-z0-9./]{16,64}\Z"
    r"|:(?:[AB]:(?:[0-9a-f]{1,16}:)?[0-9a-f]{32}\Z|pbkdf2:)|[0-9a-f]{8,64}\$(?:\d{1,7}\$)?[0-9a-f]{40,128}\Z"
    r"|(?:Ag|AQ)[A-D][A-Za-z0-9+/]{370}|AQICAH[A-Za-z0-9+/]{100}|AES[A-Za-z0-9+/]{20,200}={0,2}\Z"
    r"|16:[0-9A-F]{16}60[0-9A-F]{40}\Z|(?:md5|sha(?:1|256|512)?):[0-9a-f]{4,32}:[0-9a-f]{32,128}\Z"
    r"|JDJ[abxy]JD[A-Za-z0-9+/]{40}|(?:(?:\d{1,3}:)?b:)?(?i:01000000d08c9ddf0115d1118c7a00c04fc297eb)"
    r"|[xyztuvXYZTUV]pub[1-9A-HJ-NP-Za-km-z]{100,108}\Z|MD5:[0-9a-f]{32}\Z|CRYPT:[A-Za-z0-9./]{13}\Z"
)
"""What a value that is no secret in clear starts with: a web framework's password hash (Django's
`pbkdf2_sha256$600000$...`, Werkzeug's `scrypt:32768:8:1$...`), another tool's ciphertext (dotenvx's and Spinnaker's
`encrypted:...`, Vault transit's `vault:v1:...`, Spring Cloud Config's `{cipher}...`, an app platform's `EV[1:...]`,
SOPS' `ENC[...]`, Cirrus CI's `ENCRYPTED[...]`, a Windows DPAPI blob in base64 as NuGet stores a password or in
hex as a remote-desktop file does (`password 51:b:01000000D08C9DDF...`), Bitwarden's `2.<iv>|<data>|<mac>`; not
WinSCP's stored `A35C...`, an obfuscation anyone reverses), Nextcloud's versioned
hash (`3|$argon2id$...`), a map server's digest or reversible encryption (GeoServer's `digest1:...`, `crypt1:...`,
`crypt2:...`), a value marked as encrypted (`enc:AES256:...`) or a reference to a stored credential (TeamCity's
`credentialsJSON:<id>`); hex digests
named by their algorithm (ZNC's `sha256#<hash>#<salt>#`, `sha512:<hex>`), Joomla's `<md5>:<salt>`, MediaWiki's
`:B:<salt>:<md5>`, Tomcat's `<salt>$<iterations>$<digest>`; a SealedSecret's or AWS KMS' ciphertext blob (its
two-byte key length `Ag`/`AQ` before 256 or 512 bytes of wrapped key; KMS' `AQICAH...`) and pgpool's `AES...`;
Tor's hashed control-port password (`16:<salt>60<digest>`), Jupyter's `sha1:<salt>:<digest>`, a bcrypt hash in
base64 (Home Assistant's and Caddy's `JDJhJDE0...`), Jetty's `MD5:` and `CRYPT:` hashes; an extended public key of
a wallet (`xpub...`, `zpub...`, `tpub...`)."""


_USER_HASH = lazy.compile(r"[\w.@-]{1,64}:\$\$?(?:apr1|2[abxy]|[1567]|argon2i?d?|pbkdf2[\w-]*)\$")
"""A user and a crypt hash, as htpasswd, Traefik and Mosquitto write them (`admin:$apr1$...`, `admin:$7$...`)."""


_PUBLIC_POINT = lazy.compile(r"0[235][0-9a-f]{64}|0[235][0-9A-F]{64}|04[0-9a-f]{128}|04[0-9A-F]{128}")
"""An elliptic-curve public key in hex: compressed (`02`/`03` and 32 bytes: a Lightning node's id, a secp256k1 key),
Signal's and Session's Curve25519 identity key (`05` and 32 bytes), or uncompressed (`04` and 64 bytes). A private
key is 32 bytes with no type byte before it."""
_WORD_PATH = lazy.compile(
    r"[a-z][a-z._-]{0,30}[0-9]{0,2}(?::?/{1,3}[a-z][a-z._-]{0,30}[0-9]{0,2}|:[a-z][a-z._-]{0,30}[0-9]{0,2})+"
)
"""A value of lower-case words joined by `/` or `:`: where a secret is kept, not the secret."""
_MASKED = lazy.compile("[\u2022\u25cf\u2219\u00b7\u00d7\u25aa*]{3}")
"""Three bullets, dots or asterisks in a row: a value shown masked, as consoles and logs print a key."""


_DATE_TIME = lazy.compile(
    r"(?:[A-Za-z_]{2,24}[:=])?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
"""An ISO 8601 date and time, alone or after a word and a colon (`expires:2026-12-31T23:59:59Z`): when a token
expires or was made, never the token (a date alone may be someone's password, and stays judged as one)."""


_LOWER_RUNS = lazy.compile(r"[a-z]+").findall


def _random_case(name: str) -> bool:
    """Whether the letters of `name` switch case at random (`cGDQzGNfGiYlqKbw`) rather than in words
    (`OAuthTokenProvider`, `PKCS7PrivateKeyTypes`): short lower-case runs (about two letters on average, where words
    have four or more) and three capitals in ten or more."""
    if len(name) < _RANDOM_CASE_MIN:
        return False
    runs = _LOWER_RUNS(name)
    return (
        len(runs) >= 3 and sum(map(len, runs)) < 3.2 * len(runs) and sum(map(str.isupper, name)) * 10 >= 3 * len(name)
    )


_RANDOM_CASE_MIN = 12
_CLOSER = {"{": "}", "[": "]", "(": ")", "<": ">", "%": "%"}
_CRYPT = lazy.compile(r"\$\w{1,3}\$")
"""A crypt(3) hash's start (`$2b$`, `$6$`): a stored hash, not a variable and not a password typed in."""


def _random_after_lead(value: str) -> bool:
    """Whether a value led by a character that usually starts a reference or a stand-in (`$DB_PASS`, `/run/...`,
    `*alias`, `<your-key>`) is random all the same: a key that starts with a dash (`-L6HaO...`), a base64 key that
    starts with `/` (`/ioKZeq...`) or a generated password that starts with a symbol (`!Xk29#mPq...`). Random: upper
    and lower case and digits, the lower-case runs short as in random text (see `_random_case`), not a path (see
    `_path_words`) nor a file name, not closed by its bracket (`{...}`, `%...%`), not a crypt hash or `${`/`$(`."""
    if value[0] == "-" and (value[1:2] == "-" or _random_value(value)):
        return value[1:2] != "-"
    rest = value[1:]
    if len(value) < 12 or value[-1] == _CLOSER.get(value[0]) or not _mixed(rest) or "." in value:
        return False
    if value[0] == "$" and (rest[0] in "{(" or _CRYPT.match(value) is not None):
        return False
    if _path_words(rest):
        return False  # a path (`/run/secrets/...`, `~/keys/...`), not a key with a `/` or two in it
    runs = _LOWER_RUNS(rest)
    return sum(map(len, runs)) < 3.2 * len(runs)


_CODE_TAIL = lazy.compile(r"(?:===?|!==?|:)\Z")
"""What follows a name in code, not a value: a comparison (`this.token===`), an object literal's key (`details:`)."""
_MINIFIED = lazy.compile(r"[A-Za-z_$][\w$]{0,2}=(?!=)")
"""A minified assignment's short name and `=` (`l=e.scopes` read as the value of `token=`)."""
_BUNDLED = lazy.compile(r"\$\d+\Z")
"""The suffix a bundler gives a renamed name (`ProgressTokenSchema$1`)."""
_NAME_PATH = lazy.compile(r"[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*")


def _code_value(value: str) -> bool:
    """Whether a value is code that only looks assigned: a name or member access after a minified assignment, before
    a comparison or a colon, or with a bundler's `$1` (`l=e.scopes`, `this.token===`, `details:`,
    `ProgressTokenSchema$1`); a random key with such an ending stays a key (`Xk29mPqL8vR2$1`)."""
    core = _CODE_TAIL.sub("", value)
    minified = _MINIFIED.match(core)
    if minified is not None:
        core = core[minified.end() :]
    core = _BUNDLED.sub("", core)
    if core == value or _NAME_PATH.fullmatch(core) is None:
        return False
    return "." in core or not plausible_secret(core)


def _random_part(name: str) -> bool:
    """Whether a dotted value has a random part of twenty characters or more, as keys of an id and a secret joined by
    a dot have (Pushbullet's `o.<32>`, Close's `api_<id>.<secret>`), where a member access has names."""
    return any(len(p) >= 20 and _random_value(p) and _random_case(p) for p in name.split("."))


_ENV_PAIR = lazy.compile(r"[A-Z][A-Z0-9]*_[A-Z0-9_]*=[^=]")
_CMDLET = lazy.compile(
    r"(?:Get|Set|New|Read|Add|Remove|Convert(?:To|From)|Import|Export|Invoke|Start|Stop|Test|Select|Write|Out|Format"
    r"|Protect|Unprotect|Connect|Resolve|Join|Split|Find|Install|Update|Register|Enable|Disable)-[A-Z][A-Za-z]{2,40}"
)
"""A PowerShell command's name (approved verb, `-`, noun): what a variable is assigned from, not a password."""


def plausible_secret(value: str) -> bool:
    """Whether an assigned value looks like a real credential rather than a reference, placeholder or word."""
    n = len(value)
    if n < 8 and not (n >= 6 and _STRONG_SHORT.fullmatch(value)):
        return False  # too short, unless it mixes upper and lower case and digits (`S3cr3t`, `Pa55w0rd`)
    if value[0] in "$%*./~#&@!-<{[(?" and not _random_after_lead(value):
        return False  # a reference or a stand-in, unless random all the same (see `_random_after_lead`)
    if n >= 24 and value.count(value[:8]) > 2:
        return False  # the same eight characters three times over
    if n >= 10 and (value.lower() in _SEQUENCES or _sequential(value.lower())):
        return False  # `abcdefghijklmnopqrstuvwxyz`, `0123456789abcdef`: a run of the alphabet, typed as a stand-in
    if n == 19 and _orcid(value):
        return False  # a researcher's ORCID iD with its check character: public, printed on every paper
    if _code_value(value):
        return False
    if value[0].isupper() and _ENV_PAIR.match(value) is not None:
        return False  # the next variable's own assignment (`"Env": ["PG_PASSWORD_FILE=/run/...", "PG_USER=shop"]`)
    name = value.strip("_")  # `_core_token`, `_TokenStream`: private names read as the names they are
    if (_DOTTED.fullmatch(name) and not _random_part(name)) or _WORDS.fullmatch(name.rstrip("=")):
        return False
    if _ENV_NAME.fullmatch(name) and ("_" in name or len(name) < 16 or sum(map(str.isdigit, name)) < 3):
        return False  # a constant's or a variable's name (`API_TOKEN`), not random capitals and digits
    if name.isalpha() and (len(name) < 20 or _TYPE_NAME.fullmatch(name)) and not _random_case(name):
        return False  # a word or a type name (`OAuthToken`), not a password
    if _camel_name(name) and sum(1 for w in _CAMEL_WORD.findall(name) if len(w) >= 3) >= 2 and not _random_case(name):
        return False  # a type name with an acronym or digits in it (`PKCS7PrivateKeyTypes`, `Ed25519PrivateKey`)
    if value in _EXAMPLE_TOKENS:
        return False  # a key printed in documentation
    if value[0].isupper() and "-" in value and _CMDLET.fullmatch(value) is not None:
        return False  # a PowerShell command assigned from (`$pass = ConvertTo-SecureString ...`, `Read-Host`)
    if value.startswith(_PUBLIC_VALUE) or (value.startswith(_CLIENT_HEADS) and _RUM_CLIENT_TOKEN.fullmatch(value)):
        return False  # a publishable key (Stripe `pk_live_`, Mapbox `pk.`, a node key): public by design
    if "://" in value[:24] and value[0].isalpha():
        return False  # a reference to a secret store (`op://vault/item/password`, `vault://...`), not the secret
    if _SEALED_VALUE.match(value) or (":$" in value and _USER_HASH.match(value) is not None):
        return False  # a stored hash or another tool's ciphertext or reference (see `_SEALED_VALUE`)
    if n >= 26 and wallet_seeds.public_encoding(value):
        return False  # a public key, an address or a digest in a checked encoding (`tz1...`, `cosmos1...`, `0x...`)
    if (n == 66 or n == 130) and _PUBLIC_POINT.fullmatch(value) is not None:
        return False  # an elliptic-curve public key in hex (a node's or a messenger's identity), not a private key
    if ("***" in value or not value.isascii()) and _MASKED.search(value) is not None:
        return False  # shown masked (`sk_live_••••1a2b`, `ab12***cd34`): the key is not in it
    if _STORE_REF.match(value):
        return False  # a secret store's address (`arn:aws:secretsmanager:...`, `vault:secret/data/ci#token`)
    if ("/" in value or ":" in value) and _WORD_PATH.fullmatch(value) is not None:
        return False  # a reference of words (`prod/db/password`, `secretmanager:db-pass`, `kubernetes:ns/name/key`)
    if value.startswith("urn:") or value.lower().rstrip("0123456789!") in _UNSET_WORDS:
        return False  # a URN (`urn:ietf:params:oauth:...`), or a stand-in with a digit (`password1`)
    if (n < 20 and _classes(value) < 2) or _placeholder_like(value):
        return False
    if "..." in value or "\u2026" in value:
        return False  # elided, as documentation writes a key: `sk-ant-api03-...`
    if (value[-1].isdigit() or value[-1] == "Z") and _DATE_TIME.fullmatch(value):
        return False  # a time (`2026-12-31T23:59:59Z`), not a key
    return entropy(value[:64]) >= min(3.0, 0.8 * math.log2(min(n, 64)))


_KEY_NAMES = lazy.compile(
    r"(?:api|access|private|signing|master|encryption|license|secret|encryption[_-]?(?:primary|deterministic)"
    r"|tcp[_-]?md5|(?:pre[_-]?)?shared|hmac|jwt|webhook)[ _-]?\Z"
)
"""What a `...key` name ends with when the key is a credential (`apiKey`, `ACCESS_KEY`, `signing-key`,
`vpn_shared_key`, `tunnel1_preshared_key`, `hmac_key`)."""
_PROVIDER_WORDS = lazy.compile(
    "|".join(
        (
            *("adafruit|adobe|airtable|algolia|alibaba|amplitude|anthropic|asana|assemblyai|atlassian|auth0|azure",),
            *("bitbucket|bitly|bittrex|braintree|brevo|buildkite|circleci|clerk|clickup|cloudflare|cloudinary",),
            *("codecov|cohere|coinbase|confluent|contentful|databricks|datadog|deepgram|deepseek|digitalocean",),
            *("discord|docker|doppler|dropbox|duffel|dynatrace|easypost|elastic|elevenlabs|etsy|facebook|fastly",),
            *("figma|finnhub|firebase|firecrawl|fireworks|flickr|flutterwave|freshbooks|gemini|github|gitlab",),
            *("gitter|gocardless|google|grafana|groq|harness|hashicorp|heroku|honeycomb|hubspot|huggingface|hf",),
            *("intercom|jfrog|jira|kraken|kucoin|launchdarkly|linear|linkedin|lob|mailchimp|mailgun|mailjet",),
            *("mapbox|mattermost|messagebird|mistral|mixpanel|mongodb|netlify|newrelic|notion|npm|nvidia|okta",),
            *("onesignal|openai|openrouter|opsgenie|pagerduty|paddle|paypal|perplexity|pinecone|pipedrive|plaid",),
            *("planetscale|postmark|posthog|postman|prefect|pulumi|pusher|pypi|rapidapi|razorpay|readme|replicate",),
            *("resend|rollbar|rubygems|salesforce|scalingo|segment|sendbird|sendgrid|sendinblue|sentry|shippo",),
            *("shopify|slack|snyk|sonar|spotify|square|stripe|sumologic|supabase|tailscale|tavily|telegram|together",),
            *("travis|trello|twilio|twitch|twitter|typeform|vercel|voyage|vonage|nexmo|weaviate|wandb|yandex|zendesk",),
            *("zoom|zapier|x_?ai|aws|gcp|openweather|weather|giphy|tmdb|omdb|newsapi|serpapi|serper|exa|brave",),
            *("abuseipdb|accuweather|adyen|aiven|alchemy|alphavantage|apify|appveyor|auth0|bugsnag|bugherd|bitfinex",),
            *("binance|browserstack|bybit|calendarific|calendly|censys|checkly|clarifai|clearbit|clockify|cloudsmith",),
            *("codacy|codeclimate|coinmarketcap|convertkit|coveralls|crowdin|currencylayer|customerio|dwolla|ebay",),
            *("etherscan|bscscan|polygonscan|eventbrite|fixer|flightstats|foursquare|freshdesk|fullstory|gumroad",),
            *("hunter|imagekit|infura|ipinfo|ipstack|ipgeolocation|iterable|klaviyo|kucoin|lastfm|lokalise|loggly",),
            *("logzio|mapquest|marketstack|mediastack|miro|mollie|monday|moralis|mux|nasdaq|netcore|ngrok|nylas",),
            *("oanda|onfido|openai|opencage|packagecloud|pandadoc|paystack|percy|pipedream|pixabay|plivo|polygon",),
            *("positionstack|pubnub|rebrandly|ringcentral|rollbar|saucelabs|scaleway|scraperapi|scrapingbee|shodan",),
            *("securitytrails|shortcut|smartsheet|sparkpost|squarespace|strava|stytch|taxjar|telnyx|testingbot",),
            *("ticketmaster|tiingo|todoist|tomtom|twelvedata|unsplash|uploadcare|uptimerobot|virustotal|vultr|linode",),
            *("webex|webflow|wistia|wordnik|wrike|youneedabudget|ynab|zenrows|zerobounce|zulip|besnappy|apifonica",),
            *("calorieninja|openrouter|anyscale|fal|runpod|modal|browserbase|langfuse|langsmith|helicone|portkey",),
            *("authnet|authorize_?net|cypress|currents|agora|livekit|ably|getstream|sanity|storyblok|strapi|ghost",),
            *("zerotier|netbird|maxmind|geoip|geolite|canvas|schoology|gemfury|chargebee|recurly|lemonsqueezy",),
            *("namecheap|godaddy|porkbun|gandi|dynadot|namesilo|portainer|rancher|gerrit|phabricator|bookstack",),
            *("wikijs|paperless|immich|photoprism|grocy|mealie|tandoor|firefly|odoo|erpnext|frappe|mastodon|misskey",),
            *("kong|tyk|apisix|infisical|akeyless|railway|coolify|betterstack|cronitor|healthchecks|squadcast",),
            *("lambdatest|meili|meilisearch|typesense|speechmatics|proxycurl|sinch|clicksend|textmagic|whereby",),
            *("maptiler|pexels|listenbrainz|fitbit|oura|withings|joplin|evernote|hellosign|docusign|signnow|n8n",),
            *("ifttt|zuplo|hcloud|hetzner|ovh|steam|octoprint|moonraker|prusalink|sabnzbd|nzbget|sonarr|radarr",),
            *("prowlarr|lidarr|jellyfin|emby|plex|overseerr|bazarr|tautulli|blynk|thingspeak|particle|arduino",),
        )
    )
)
"""Services whose name in a `..._key` name marks the value as that service's key (`ALGOLIA_ADMIN_KEY`)."""


def _key_named(low: str, at: int) -> bool:
    """Whether the `key` found at `at` ends a name that makes it a credential: `api_key`, `accessKey`, or a name
    holding a service's name (`mapbox_key`, `OPENWEATHER_KEY`); not `cache_key`, `sort_key`, `primary_key`."""
    start = at - 1 if low[at - 1 : at] == " " else at  # `API key: ...` names it in two words
    while start > 0 and start > at - 64 and (low[start - 1].isalnum() or low[start - 1] in "_-."):
        start -= 1
    name = low[start:at]
    if name in ("option ", "pragma ") and low[start - 1 : start] in ("", " ", "\t", "\n", '"', "'"):
        return True  # OpenWrt UCI's `option key '...'`: a Wi-Fi network's or a VPN's key; SQLCipher's `PRAGMA key`
    if name.endswith(".") and low.find("uci set ", low.rfind("\n", 0, at) + 1, at) >= 0:
        return True  # the same set by `uci set wireless.<section>.key=...`
    return _KEY_NAMES.search(name) is not None or _PROVIDER_WORDS.search(name) is not None


_NOT_SECRET_KEYS = frozenset(
    {
        *("cache", "sort", "primary", "foreign", "partition", "idempotency", "object", "bucket", "s3", "map", "dict"),
        *("hash", "lookup", "public", "pub", "row", "column", "index", "unique", "composite", "natural", "surrogate"),
        *("hot", "short", "group", "routing", "message", "i18n", "translation", "locale", "config", "registry"),
        *("event",),
        *("dedupe", "dedup", "cursor", "page", "next", "continuation", "pagination", "state", "query", "search"),
        *("filter", "field", "attr", "property", "prop", "file", "path", "name", "lang", "env", "cluster", "shard"),
        *("request", "trace", "span", "correlation", "nonce", "label", "tag", "metric", "series", "item", "node"),
        *("ssh", "gpg", "pgp", "host", "site", "sign", "verify", "verification", "id", "schema", "type", "enum"),
        *("player", "policy"),
    }
)
"""Words before `key` that name something other than a credential (`cache_key`, `partitionKey`, `ssh_key`), or a key
shipped in web pages (a video player's `player_key`, Brightcove's `policy_key`)."""
_KEY_OWNER = lazy.compile(r"([a-z][a-z0-9]{1,30})[_.-]?\Z")


def _service_key_name(low: str, at: int) -> str:
    """The word naming a service or an app that the `key` at `at` follows (`FOOBAR_KEY`, `acmeKey`), or "" when there
    is none or it names a kind of key that is no credential (see `_NOT_SECRET_KEYS`)."""
    m = _KEY_OWNER.search(low, max(0, at - 32), at)
    if m is None or m.group(1) in _NOT_SECRET_KEYS or m.group(1).endswith("player"):
        return ""  # a video player's license or policy key (`jwplayer.key`, `policy_key`) is shipped in its pages
    return m.group(1)


_UUID_VALUE = lazy.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}"
)
_ID_OWNERS = frozenset(
    {
        *("tenant", "user", "device", "instance", "org", "organization", "project", "customer", "workspace"),
        *("entity", "resource", "record", "order", "session", "subscription", "account", "client", "app", "team"),
        *("tracking", "install", "installation", "license", "product", "group", "role", "job", "run", "task"),
    }
)
"""Words before `key` whose UUID is an id rather than a secret (`tenant_key`, `user_key`)."""


def _key_value(owner: str, value: str) -> bool:
    """Whether `value` under `<owner>_key` is a key: random, long hexadecimal, or a UUID under a service's name."""
    if _random_value(value) or _long_hex(value):
        return True
    return owner not in _ID_OWNERS and _UUID_VALUE.fullmatch(value) is not None


def _random_value(value: str) -> bool:
    """Whether `value` is surely random rather than a name, a hash or an id: long, of letters and digits, with high
    entropy, not hexadecimal."""
    return (
        len(value) >= 20
        and _HAS_DIGIT(value) is not None
        and _HAS_LETTER(value) is not None
        and _HEXISH.fullmatch(value) is None
        and entropy(value[:64]) >= _RANDOM_ENTROPY
        and sum(1 for w in _SEPARATED(value) if len(w) >= 3 and w.isalpha() and w.islower()) < 2
    )


def _long_hex(value: str) -> bool:
    """Whether `value` is 32 or more hexadecimal digits with both digits and letters (a key in hexadecimal)."""
    return len(value) >= _LONG_HEX and _HEX_VALUE.fullmatch(value) is not None and _HAS_LETTER(value) is not None


_LONG_HEX = 32
_HEX_VALUE = lazy.compile(r"[0-9a-f]+|[0-9A-F]+")
_HAS_DIGIT = lazy.compile(r"[0-9]").search
_HAS_LETTER = lazy.compile(r"[A-Za-z]").search
_RANDOM_ENTROPY = 3.5
_SEPARATED = lazy.compile(r"[_.-]").split
"""The parts of a name (`gss_krb5_rfc1964_keydata`): two or more words in it make it an identifier, not a key."""


_FOLDED = lazy.compile(r":[ \t]*>[-+]?[ \t]*\r?\n")
"""A YAML folded block scalar's start (`token: >` and a line break)."""


def _named(text: str, low: str, m: re.Match[str], kind: str, glued: tuple[str, ...]) -> bool:
    """Whether an assignment match starts with a name of its own (a word, not inside a URL or another word)."""
    if _in_url(low, m.start()):
        return False  # a URL's user name (`https://x-access-token:...@host`): see `_url_credentials`
    between = low[m.start() : m.start("value")].replace("=>", "").replace("->", "")
    if ">" in between and not _in_tag(low, m.start()) and _FOLDED.search(between) is None:
        return False  # a comparison (`len_token > limit`), not an XML element (`<password>...`) or a YAML block
    if low.startswith("signingkey", m.start() - 7) and _KEY_ID.fullmatch(text, m.start("value"), m.end("value")):
        return False  # git's `user.signingkey`: the id or fingerprint of a GPG key, not the key
    if low.startswith("key", m.start()) and not _key_named(low, m.start()):
        owner = _service_key_name(low, m.start())
        value = text[m.start("value") : m.end("value")]
        if not (owner and _key_value(owner, value)) and not (
            _bare_key(low, m.start()) and _bare_key_value(value) and not _public_beside(low, m.start("value"))
        ):
            return False
    return (kind == "generic_secret" and not glued) or _starts_name(text, low, m.start(), glued)


_KEY_ID = lazy.compile(r"(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})!?")
"""A GPG key's id (short or long) or fingerprint."""
_WORD_CHARS = lazy.compile(r"[A-Za-z0-9_-]+")
_BARE_KEY = lazy.compile(r"(?:^|[{,\[])[ \t]*(?:-[ \t]+)?[\"']?\Z", re.M)
_BARE_REACH = 40


def _bare_key(low: str, at: int) -> bool:
    """Whether the `key` at `at` is a member's whole name (`{"key": ...}`, a YAML `key: ...`), named by nothing else."""
    return _BARE_KEY.search(low, max(0, at - _BARE_REACH), at) is not None


def _public_beside(low: str, at: int) -> bool:
    """Whether the object or lines around the value at `at` call it public (`"public": true`, `publishable`)."""
    return _PUBLIC_CORE.search(low, max(0, at - _BARE_REACH * 2), at + _BARE_REACH * 3) is not None


def _strong_value(value: str) -> bool:
    """Whether a value named by nothing but its place is surely a credential: random (see `_random_value`), or
    long hexadecimal, or a typed password of both cases and digits (`Xq7#vLm2`; `api_token_v2` is a name), not a
    reference or a stand-in."""
    if _random_value(value) or _long_hex(value):
        return plausible_secret(value)
    cased = any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)
    return len(value) >= 8 and cased and _typed_password(value) and _line_password(value)


def _bare_key_value(value: str) -> bool:
    """Whether a value under a bare `key` is surely a credential: random letters and digits (see `_random_value`),
    not base64 (a public key of a signing or messaging tool), a path, a record's key (`-Nq...`, a push id), a dotted
    name, an id of parts or a code in one case."""
    return (
        value[0] not in "-_"
        and (len(value) >= _LONG_HEX or (not value.isupper() and not value.islower()))
        and _WORD_CHARS.fullmatch(value) is not None
        and _random_value(value)
        and sum(1 for c in value if c in "-_") <= 1
    )


_PUBLIC_NAME = lazy.compile(
    r"publishable|public|site_?key|search[_-]?only|next_public_|vite_|expo_public_|csrf|xsrf|hash(?:ed)?_?pass|_hash\b"
    r"|(?:pusher|reverb|soketi)[_-]?(?:app[_-]?)?key(?![_-]?secret)|tokenization|storefront"
    r"|(?:client[_-]?(?:side[_-]?)?|frontend[_-]?(?:api[_-]?)?|browser[_-]?|anon[_-]?|search[_-]?)"
    r"(?:key|token)(?![_-]?secret)|encrypted|ciphertext|pass(?:word)?[_-]?(?:hash|digest|crypt|encrypted)"
    r"|(?<![a-z])pub[_-]?key|(?<!server_)(?<!server-)(?<!server)(?<!side_)(?<!side-)sdk[_-]?key"
    r"|hashed[_-]?(?:secret|token|key|password)|stored[_-]?key|experiment[_-]?key|signing[_-]?pub"
    r"|(?<![a-z])game[_-]?key(?![_-]?secret)|(?:mixpanel|analytics)[_-]?project[_-]?token(?![_-]?secret)"
    r"|amplitude[_-]?(?:api[_-]?)?key"
    r"|(?<![a-z])(?:client|app|application|project|title|game|product|measurement|tracking)[_-]?id(?![a-z0-9])"
    r"|(?<![a-z])ion\.defaultaccesstoken|cesium[_-]?(?:ion[_-]?)?(?:default[_-]?)?(?:access[_-]?)?token"
)
"""What names a key meant to be public: publishable, site, search-only, client-side and front-end keys, names
that build tools hand to the browser (`NEXT_PUBLIC_*`, `VITE_*`), a hash or a ciphertext (a scanner baseline's
`hashed_secret`, a SCRAM credential's `stored_key`), a run's id (Comet's `experiment_key`), a signer's public key
(`SigningPubKey`), a public upload key (`UPLOADCARE_PUB_KEY`), a client's SDK key (Optimizely's `sdkKey`; not a
server's `SERVER_SDK_KEY`), a game-analytics game key or a product-analytics project token (shipped in every build
beside a secret key of their own; Amplitude's API key, which every page that sends events holds), the ids of
clients, apps, projects, titles and products, and a 3D map viewer's
default access token (Cesium ion's, published with the viewer)."""
_CLIENT_NAME = lazy.compile(r"client[_-]?(?:key|token)")
"""A provider's client key or token: public beside a secret of its own when assigned (Adyen's, Midtrans'), but a
provider's format without a prefix under it may be the provider's secret all the same."""
_CURSOR_TOKEN = lazy.compile(
    r"(?:next|page|starting|continuation|pagination|cursor|sync|lock|resume|skip|delta|change|idempotency|progress"
    r"|client[_-]?request|lifecycle[_-]?action)[_-]?tokens?(?![a-z])"
)
"""A token that marks a place or a state, not who may act (`NextToken`, `nextPageToken`, `continuation-token`,
`LockToken`, `syncToken`, MCP's `progressToken`, AWS's `ClientRequestToken`): a page of results asked for again, a
lock held, a change feed resumed, a call's progress, a request not to be made twice."""
_PUBLIC_VALUE = (
    *("pk_live_", "pk_test_", "pk.ey", "nodekey:", "discokey:", "pub-c-", "sub-c-", "sb_publishable_"),
    *("link-sandbox-", "link-development-", "link-production-", "public-sandbox-", "public-development-"),
    *("public-production-", "appl_", "goog_", "amzn_", "phc_", "client-", "Mid-client-", "dvc_client_", "mob-"),
    *("zxviews", "zxviewtestsapling", "uview1", "uivk1", "PUB_K1_", "PUB_R1_"),
)
"""What public keys and client-side tokens start with: Stripe's publishable keys, Mapbox's public tokens, Tailscale's
node keys, PubNub's publish and subscribe keys, Supabase's publishable keys, Plaid's link and public tokens (made for
the browser, exchanged server-side), RevenueCat's public SDK keys; PostHog's project keys, Statsig's, Midtrans' and
DevCycle's client keys, LaunchDarkly's mobile keys (built into apps); Zcash's viewing keys (they see, never spend);
EOSIO's public keys (`PUB_K1_`, beside the `PVT_K1_` private key)."""
_RUM_CLIENT_TOKEN = lazy.compile(
    r"pub[0-9a-f]{32}|(?:live|test)_[0-9a-f]{27}|(?:sandbox|production)_[a-z0-9]{8}_[a-z0-9]{16}"
)
"""A token made for the browser: a monitoring client token (Datadog RUM's `clientToken`), Paddle's client-side
token (`live_` and 27 hex digits), Braintree's tokenization key (`sandbox_<8>_<16>`): public by design, shipped in
web pages."""
_CLIENT_HEADS = ("pub", "live_", "test_", "sandbox_", "production_")
"""How the tokens of `_RUM_CLIENT_TOKEN` start: a value that starts otherwise is not tried against it."""


def _public_name(low: str, at: int) -> bool:
    """Whether the name ending at `at` is for a key meant to be public (`STRIPE_PUBLISHABLE_KEY`, `NEXT_PUBLIC_*`,
    `VITE_*`, a reCAPTCHA site key), a token that is no credential (see `_CURSOR_TOKEN`), or a badge's `?token=` in a
    URL (Codecov shows it in READMEs)."""
    start = at
    while start > 0 and start > at - 64 and (low[start - 1].isalnum() or low[start - 1] in "_-."):
        start -= 1
    if _PUBLIC_NAME.search(low, start, at + 8) is not None:
        return True
    if "write" in low[start : at + 8] and low.find(".load(", max(0, start - _LOADER_REACH), start) >= 0:
        return True  # a write key in a page's analytics loader (`AnalyticsBrowser.load({ writeKey: ... })`)
    if low.startswith("token", at) and _CURSOR_TOKEN.search(low, start, at + 6) is not None:
        return True
    if low.startswith("server", start) and "stored" in low[max(0, start - _SCRAM_REACH) : start]:
        return True  # a SCRAM credential's `server_key` beside its `stored_key`: both are digests of the password
    if start and low[start - 1] in "?&":
        line = low[low.rfind("\n", 0, start) + 1 : start]
        return "badge" in line or ".svg" in line
    return False


def _public_before(low: str, start: int) -> bool:
    """Whether the name right before the value at `start` (across quotes, `:` or `=`) is for a public key
    (`search_only_api_key: ...`, `ALGOLIA_SEARCH_KEY=...`, `SPLIT_BROWSER_KEY=...`; see `_public_name`); a
    server's SDK key in LaunchDarkly's format (`sdk-<uuid>`) is none whatever its name."""
    if low.startswith("sdk-", start):
        return False
    at = start
    while at > 0 and start - at < _NAME_GAP and low[at - 1] in " \t\"':=>":
        at -= 1
    if at == start or not _public_name(low, at):
        return False
    name = at
    while name > 0 and name > at - 64 and (low[name - 1].isalnum() or low[name - 1] in "_-."):
        name -= 1
    return _CLIENT_NAME.search(low, name, at) is None or _PUBLIC_CORE.search(low, name, at) is not None


_NAME_GAP = 6
_SCRAM_REACH = 160
_LOADER_REACH = 32
_PUBLIC_CORE = lazy.compile(r"publishable|public|search[_-]?only|browser|frontend|client[_-]?side|anon")


def _client_side(low: str, at: int, text: str, start: int) -> bool:
    """Whether the value at `start` is a payment provider's client-side key, made to be shipped in web pages: led by
    `live_` or `test_` under a client's name (Adyen's `ADYEN_CLIENT_KEY`, Paddle's `PADDLE_CLIENT_TOKEN`)."""
    return text.startswith(("live_", "test_"), start) and "client" in low[max(0, at - 32) : at]


_HEXISH = lazy.compile(r"[0-9a-f-]+|[0-9A-F-]+")


def _spaced_secret(text: str, low: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether a value written right after a telling word with only a space between (`credential Xq7v...`) is
    surely a credential: long, of letters and digits in both cases, not a hash or an id; or random enough
    (see `_random_value`); or hexadecimal after a telling word in capitals (`TOKEN 3f9a...`, a label) or after a
    service's name on its line (`besnappy secret 3f9a...`)."""
    value = text[start:end].rstrip(".:!?")
    if len(value) >= 16 and _mixed(value) and _HEXISH.fullmatch(value) is None:
        return True
    if _random_value(value):
        return True
    if len(value) < _SPACED_HEX or _HEXISH.fullmatch(value) is None or entropy(value) < 3.0:
        return False
    if text[m.start() : start].rstrip().isupper():
        return True
    line = low.rfind("\n", 0, m.start()) + 1
    if _PROVIDER_WORDS.search(low, max(line, m.start() - 40), m.start()) is not None:
        return True
    owner = _OWNER_WORD.search(low, max(line, m.start() - 40), m.start())
    return owner is not None and owner.group(1) not in _QUALIFIERS  # `a calendarific secret 3f9a...`


_SPACED_HEX = 20
_OWNER_WORD = lazy.compile(r"(?<![\w.-])([a-z][a-z0-9]{3,30})[ _-]\Z")
"""The word right before a telling word: a service's name (`calendarific secret`) unless it qualifies the credential."""
_QUALIFIERS = frozenset(
    {
        *("refresh", "access", "auth", "bearer", "session", "csrf", "xsrf", "your", "this", "that", "temporary"),
        *("reset", "verification", "confirmation", "invite", "invitation", "registration", "activation", "unique"),
        *("random", "shared", "client", "user", "secret", "private", "public", "master", "encryption", "signing"),
        *("license", "cache", "sort", "hash", "commit", "device", "push", "request", "idempotency", "api", "personal"),
        *("the", "new", "old", "some", "each", "every", "next", "last", "first", "valid", "invalid", "expired"),
        *("test", "dummy", "fake", "sample", "example", "default", "their", "with", "from", "into", "same", "short"),
        *("long", "lived", "service", "account", "oauth", "id", "identity", "upload", "download", "page", "cursor"),
        *("continuation", "sync", "state", "nonce", "magic", "login", "email", "password", "pairing", "join"),
    }
)
"""Words that say what kind of credential follows rather than whose (`refresh token`, `session key`)."""


def _in_tag(low: str, at: int) -> bool:
    """Whether the name at `at` is an XML element's or attribute's (`<db.password>`, `<add key="password">`)."""
    start = at
    while start > 0 and start > at - 64 and (low[start - 1].isalnum() or low[start - 1] in "_-.:"):
        start -= 1
    return low[start - 1 : start] == "<"


_OPENS = ("(", "[")
"""What stands right before or after a value that is a call or a type, not a secret (see `_assigned`)."""


def _assigned(text: str, start: int, end: int, judged: dict[str, bool]) -> bool:
    """Whether the value at [start, end) of an assignment is a secret; `judged` holds what each value read so far in
    this text was found to be (names and references repeat: `string`, `Settings.token`, `self.token`)."""
    if text[end : end + 1] in _OPENS or text[start - 1 : start] in _OPENS:
        return False  # a call or a type: `b64encode(...)`, `Optional[str]`
    if text[end - 1 : end + 1] == "${":
        return False  # a template literal's head (`token: \`cc-token-${id}\``), not a secret
    value = text[start:end]
    known = judged.get(value)
    if known is None:
        known = judged[value] = plausible_secret(value)
    return known


def _label(value: str) -> bool:
    """Whether a value is words and numbers joined (`test_api_key_123456`, `prod-db-token-2024`): a name or a
    stand-in, not a key."""
    parts = _SEPARATED(value)
    words = sum(1 for p in parts if len(p) >= 3 and p.isalpha())
    return words >= 2 and all(p.isalpha() or p.isdigit() for p in parts)


_LABELLED = lazy.compile(
    r"(?:PRIVATE|ACCESS|SECRET|TOKEN|KEY)(?:[_-](?:KEY|TOKEN))?[ \t]*[-_:= \t][ \t]*"
    r"(?P<value>[A-Za-z0-9+/=_.-]{16,200})(?![A-Za-z0-9+/=_.-])"
)
"""A label in capitals and a value, as scanners' rule examples and inventories write a key after a service's name
(`clockify PRIVATE <value>`, `apifonica-SECRET-<value>`): led by the label, the name is checked before it."""
_LABEL_OWNER = lazy.compile(r"(?<![A-Za-z0-9])[a-z][a-z0-9]{2,30}[ \t_-]{1,3}(?:[a-z0-9]{1,12}[ \t_-])?\Z")
_LABEL_REACH = 48
_LABEL_MAX = 16384
"""Texts longer than this are not read for labelled keys (they are written so in short examples and notes)."""
_LABEL_WORDS = ("PRIVATE", "ACCESS", "SECRET", "TOKEN", "KEY")


def _labelled(text: str) -> list[Finding]:
    """Keys written after a service's name and a label in capitals, when the value is random, long hexadecimal or
    a UUID-like id of letters and digits."""
    out = []
    for m in _LABELLED.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue  # inside a word (`APIKEY`, `MYTOKEN`)
        if _LABEL_OWNER.search(text, max(0, m.start() - _LABEL_REACH), m.start()) is None:
            continue
        value = m.group("value").rstrip(".")
        shaped = (
            _random_value(value)
            or (_mixed(value) and _HEXISH.fullmatch(value) is None)
            or (
                len(value) >= _SPACED_HEX and _HEX_VALUE.fullmatch(value) is not None and _HAS_LETTER(value) is not None
            )
            or _HEX_ID.fullmatch(value) is not None
        )
        if shaped and not _placeholder_like(value):
            start = m.start("value")
            out.append(Finding(DETECTOR, "generic_secret", start, start + len(value), 0.9))
    return out


_HEX_ID = lazy.compile(r"[0-9a-z]{8,12}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}")


_QUOTED = lazy.compile(
    r"(?:pass(?:word|wd|phrase)?|pwd|secret)(?:[_-]?key)?[\"']?[ \t]*(?::=|=>|=|:)[ \t]*"
    r"(?P<q>[\"'])(?P<value>[^\"'\s\\]{6,128})(?P=q)"
)
"""A password or secret in quotes that holds brackets or other characters an unquoted value stops at
(`password = "m{{h}o)p${e]nb(br]x"`)."""
_STOPS = frozenset("{}()[]<>;,")


def _quoted(text: str, low: str) -> list[Finding]:
    """Quoted passwords and secrets with characters the assignments stop at: strong (two kinds of characters or more,
    entropy), not a template or a reference (`${...}`, `{{ ... }}`, `%(name)s`, `<%= ... %>`)."""
    out = []
    for m in _QUOTED.finditer(low):
        start, end = m.span("value")
        value = text[start:end]
        if not _STOPS.intersection(value) or value[0] in "$%{<#@!([*" or _SEALED_VALUE.match(value) is not None:
            continue  # read by the assignments, a template, or a hash or another tool's ciphertext
        if _classes(value) < 2 or entropy(value) < 3.0 or _placeholder_like(value):
            continue
        if not _starts_name(text, low, m.start(), _PASSWORD_GLUED):
            continue
        kind = "generic_secret" if low.startswith("secret", m.start()) else "password"
        out.append(Finding(DETECTOR, kind, start, end, 0.9))
    return out


def _sealed(text: str, low: str, start: int, end: int) -> bool:
    """Whether the value at [start, end) is a SealedSecret's ciphertext (`encryptedData:` holds values that only the
    cluster's controller can decrypt; they start with `Ag`), not a secret in clear."""
    return (
        end - start >= _SEALED_MIN
        and text.startswith("Ag", start)
        and low.rfind("encrypteddata", max(0, start - _SEALED_REACH), start) >= 0
    )


_SEALED_MIN = 200
_SEALED_REACH = 8192


_LED_WORDS = ("bearer", "basic", "authorization")
"""The words `_BEARER`, `_BASIC` and `_AUTH_SCHEME` start with: a long text asks the shared index where they are."""
INDEX.add(_LED_WORDS)


def _occurs(low: str, word: str, where: tuple[dict[str, list[int]], set[str]] | None) -> bool:
    """False when the shared index read `low` (see `_indexed`) and did not find `word` in it; else True."""
    return where is None or word in where[0] or word in where[1]


def _led(
    pattern: re.Pattern[str], low: str, word: str, where: tuple[dict[str, list[int]], set[str]] | None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(low)` for an expression every match of which starts with `word`: tried only where the
    shared index found the word, when it knows where (see `scan.matches_at`)."""
    if where is not None and word not in where[1]:
        return matches_at(pattern, low, where[0].get(word, ()))
    return pattern.finditer(low)


def _assignments(
    text: str, low: str, gated: Container[str], starts: dict[str, list[int]] | None = None
) -> list[Finding]:
    out: list[Finding] = []
    judged: dict[str, bool] = {}  # each value's verdict (see `_assigned`), for this text only
    for pattern, kind, gate, glued in _ASSIGNMENTS:
        if gate is not None and gate not in gated:
            continue
        if starts is not None:
            _assigned_at(text, low, pattern, kind, glued, starts[_LEADS[pattern]], out, judged)
        else:
            _assigned_in(text, low, pattern, kind, glued, out, judged)
    where = _indexed(low)
    places = _foreign_places(low, where)
    if places:
        for pattern in (_FOREIGN, _FOREIGN_SAID):
            _assigned_at(text, low, pattern, "password", _PASSWORD_GLUED, places, out, judged)
    out += _phrases(text, low, where, places)
    if "b" in low and _may(low, _BEARER):
        for m in _led(_BEARER, low, "bearer", where):
            start, end = m.span("value")
            value = text[start:end]
            if _documented(value):
                continue
            if entropy(value) >= 3.0 and _classes(value) >= 2 and not _placeholder_like(value) and "..." not in value:
                out.append(Finding(DETECTOR, "bearer_token", start, end, 0.9))
    if any(kept_holds(low, low, word) for word in _AUTH_HEADER_WORDS):
        for m in in_lines(_AUTH_HEADER, low, merged_places(low, _AUTH_HEADER_WORDS)):
            start, end = m.span("value")
            value = text[start:end]
            if plausible_secret(value) and _HAS_DIGIT(value) and not _documented(value):
                out.append(Finding(DETECTOR, "generic_secret", start, end, 0.8))
    if _occurs(low, "authorization", where) and _AUTHORIZATION.search(low) is not None:
        for m in _led(_BASIC, low, "basic", where):
            start, end = m.span("value")
            raw = _b64(text[start:end].replace("+", "-").replace("/", "_"))
            if raw and b":" in raw:
                out.append(Finding(DETECTOR, "basic_auth", start, end, 0.9))
        for m in _led(_AUTH_SCHEME, low, "authorization", where):
            start, end = m.span("value")
            value = text[start:end]
            if m.group("scheme") is None and not _lone_key(text, low, m.start(), end, value):
                continue
            if (
                entropy(value) >= 3.0
                and _classes(value) >= 2
                and not _placeholder_like(value)
                and not _documented(value)
                and "..." not in value
            ):
                out.append(Finding(DETECTOR, "bearer_token", start, end, 0.9))
    return out


def _known_places(low: str, word: str, where: tuple[dict[str, list[int]], set[str]] | None) -> list[int] | None:
    """Where `word` starts in `low` when the shared index placed it (none when it found it nowhere), else None."""
    if where is None:
        return None if word in low else []
    return None if word in where[1] else where[0].get(word, [])


def _every_place(low: str, word: str, where: tuple[dict[str, list[int]], set[str]] | None) -> list[int] | None:
    """Every place where `word`, a placed word of the shared index, starts in `low` (in order) when the index knows
    them, also those of a word found too often to place that its pass kept (see `scan.Index.far`); else None."""
    if where is None:
        return None
    return where[0].get(word, []) if word not in where[1] else INDEX.far(low, word)


def _phrases(
    text: str, low: str, where: tuple[dict[str, list[int]], set[str]] | None, foreign: list[int]
) -> list[Finding]:
    """Passwords after a phrase that names what they open (`Password for the router: ...`, see `password_phrases`):
    tried where an English word for it starts, or one of another language (`foreign`)."""
    spans = password_phrases.find(text, low, lambda word: _known_places(low, word, where), foreign, plausible_secret)
    return [Finding(DETECTOR, "password", start, end, 0.9) for start, end in spans]


_FOREIGN_ASCII = MayMatch(trie(password_words.ASCII_WORDS))
_FOREIGN_OTHER = MayMatch(trie(password_words.OTHER_WORDS))
_FOREIGN_SET = frozenset(password_words.ASCII_WORDS)
"""Whether one of the words occurs: one Hyperscan pass instead of a `str.find` pass per word (~0.5 us each in 1 KB)
over a text the shared index does not read."""


def _foreign_places(low: str, where: tuple[dict[str, list[int]], set[str]] | None) -> list[int]:
    """Where a word for "password" in another language starts in `low` (see `password_words`), in order."""
    places = []
    if where is not None:  # (a word the index found nowhere has no places: only those it found are asked)
        places = [at for word in _FOREIGN_SET.intersection(where[0]) for at in _places(low, word, where)]
        places += [at for word in _FOREIGN_SET.intersection(where[1]) for at in _places(low, word, where)]
    elif _FOREIGN_ASCII.may(low):
        places = [at for word in password_words.ASCII_WORDS for at in _places(low, word, where)]
    if not low.isascii() and _FOREIGN_OTHER.may(low):  # (the index reads ASCII words only)
        places += [at for word in password_words.OTHER_WORDS for at in occurrences(low, word)]
    return sorted(set(places)) if len(places) > 1 else places


def _value_span(low: str, m: re.Match[str]) -> tuple[int, int]:
    """Where an assignment's value lies: a URL query's next parameter (`?api_key=...&page=2`) is not part of it."""
    start, end = m.span("value")
    amp = low.find("&", start, end)
    if amp > 0 and low.rfind("?", max(0, m.start() - _QUERY_REACH), m.start()) >= 0:
        end = amp
    return start, end


_VALUE_MOST = 4096
_VALUE_READ = f"{{6,{_VALUE_MOST}}})"
"""How `_ASSIGN_TAIL` ends: the value, six characters of it or more, up to `_VALUE_MOST`."""
_VALUE_STOP = lazy.compile(r"[\s\"'`,;<>()\[\]{}\\\x00-\x1f\x7f]")
"""A character no value of `_ASSIGN_TAIL` holds: where a value that runs on ends."""
_HEADS_ONLY = {
    pattern: lazy.compile(pattern.pattern[: -len(_VALUE_READ)] + "{6})")
    for pattern, *_ in _ASSIGNMENTS
    if pattern.pattern.endswith(_VALUE_READ)
}
"""Each of `_ASSIGNMENTS` with its value read to its sixth character only: it matches where the whole expression
does, by the same way (the value closes the expression, and greedy, it takes all it may), while a search reads no
value whole (see `_Assignment`)."""


class _Assignment:
    """A match of one of `_ASSIGNMENTS` whose value's end is found by `_ValueEnds` rather than by the expression: a
    text of thousands of names in one long run (`keys:keys:...`) read once, not 4 KB again after each name."""

    __slots__ = ("_begin", "_end", "_start")

    def __init__(self, begin: int, start: int, end: int) -> None:
        self._begin, self._start, self._end = begin, start, end

    def start(self, group: int | str = 0) -> int:
        return self._begin if group == 0 else self._start

    def end(self, group: int | str = 0) -> int:
        return self._end  # (the value closes the expression)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self._end


class _ValueEnds:
    """Where a value of `_ASSIGN_TAIL` that starts at a place in `low` ends (at its first `_VALUE_STOP`, at most
    `_VALUE_MOST` characters on); values starting one after another in one run share what was read of it."""

    __slots__ = ("_hi", "_lo", "_low", "_stop")

    def __init__(self, low: str) -> None:
        self._low = low
        self._lo = self._hi = -1  # `low[_lo:_hi]` holds no stop; with `_stop`, the run ends at `_hi`
        self._stop = False

    def at(self, start: int) -> int:
        """The end of the value that starts at `start`."""
        if not self._lo <= start <= self._hi:
            self._lo = self._hi = start
            self._stop = False
        limit = start + _VALUE_MOST
        if not self._stop and self._hi < limit:
            m = _VALUE_STOP.search(self._low, self._hi, limit)
            if m is not None:
                self._hi, self._stop = m.start(), True
            else:
                self._hi = min(limit, len(self._low))
                self._stop = self._hi == len(self._low)
        return min(self._hi, limit)


def _assigned_in(
    text: str,
    low: str,
    pattern: re.Pattern[str],
    kind: str,
    glued: tuple[str, ...],
    out: list[Finding],
    judged: dict[str, bool],
) -> None:
    """The assignments of one expression in `text`, found by searching `low` (`judged`: see `_assigned`)."""
    lead = _LEADS[pattern]
    heads = _HEADS_ONLY.get(pattern)
    search = _heads_search(low, heads) if heads is not None and len(low) > _VALUE_MOST else pattern.search
    m = search(low)
    while m is not None:
        start, end = _value_span(low, m)
        between = low[m.start() : start]
        if (
            " is " not in between
            and low.find(lead, start, end + len(lead) - 1) < 0
            and not _assigned(text, start, end, judged)
        ):
            # No secret, and the value does not hold the name, so no other match starts inside it: the cheap test
            # first (a value found no secret then leads to the same next match whether the name before it counts)
            m = search(low, end)
            continue
        m = search(low, _judged(text, low, m, kind, glued, start, end, between, out, judged))


def _heads_search(low: str, heads: re.Pattern[str]) -> Callable[..., re.Match[str] | None]:
    """A search of `low` that finds what the whole expression of `heads` (see `_HEADS_ONLY`) finds, each value's end
    by one `_ValueEnds` for the text: a long text's values are not read again after each name."""
    find = heads.search
    ends = _ValueEnds(low)
    value_group = heads.groupindex["value"]

    def search(text: str, pos: int = 0) -> re.Match[str] | None:
        h = find(text, pos)
        if h is None:
            return None
        vstart = h.start(value_group)
        return _Assignment(h.start(), vstart, ends.at(vstart))  # type: ignore[return-value]

    return search


def _assigned_at(
    text: str,
    low: str,
    pattern: re.Pattern[str],
    kind: str,
    glued: tuple[str, ...],
    places: list[int],
    out: list[Finding],
    judged: dict[str, bool],
) -> None:
    """What `_assigned_in` finds, the expression tried only at `places` (in order), where Hyperscan found that its
    matches may start (see `_ASSIGN_STARTS`): after a match, the search goes on from the first place past where it
    would go on; a value with no place in it and no secret is passed over whole."""
    # `_value_span` and `_assigned` are written out here: this loop runs at every place (thousands in a MB of code
    # that names tokens and keys), and most values were judged before (`string`, `self.token`).
    match = pattern.match
    find, rfind, get = low.find, low.rfind, judged.get
    bisect_left = bisect.bisect_left
    value_group = pattern.groupindex["value"]  # (a span by number: no look-up of the name per place)
    ampersands = "&" in low
    count = len(places)
    i = 0
    while i < count:
        m = match(low, places[i])
        if m is None:
            i += 1
            continue
        begin = m.start()
        start, end = m.span(value_group)
        if ampersands:
            amp = find("&", start, end)
            if amp > 0 and rfind("?", begin - _QUERY_REACH if begin > _QUERY_REACH else 0, begin) >= 0:
                end = amp
        between = low[begin:start]
        if " is " not in between:
            after = i + 1  # the first place in the value or past it (places lie far apart: a step or two)
            while after < count and places[after] < start:
                after += 1
            if after == count or places[after] >= end:
                if text[end : end + 1] in _OPENS or text[start - 1 : start] in _OPENS:
                    i = after  # a call or a type, no place in the value: the next is the first at or past its end
                    continue
                value = text[start:end]
                known = get(value)
                if known is None:
                    known = judged[value] = plausible_secret(value)
                if not known:
                    i = after  # no secret, no place in the value
                    continue
        i = bisect_left(places, _judged(text, low, m, kind, glued, start, end, between, out, judged), i + 1)


_PAIRED = lazy.compile(r"[\"'][ \t]*,[ \t]*[\"']\Z")
"""A name's string and the next one (`setProperty("X_TOKEN", "...")`, but also a list of names)."""
_NAME_LIKE = lazy.compile(r"[a-z0-9_]*[a-z][a-z0-9_]*|[A-Za-z0-9]{1,7}")
"""A value that in a list of strings is another name: lower case, digits and `_`, or at most seven letters and digits
(`Ed25519`); a secret set by a call is held to more than that."""


def _judged(
    text: str,
    low: str,
    m: re.Match[str],
    kind: str,
    glued: tuple[str, ...],
    start: int,
    end: int,
    between: str,
    out: list[Finding],
    judged: dict[str, bool],
) -> int:
    """Whether the assignment `m` (its value at [start, end), `between` the name and the value) holds a secret, added
    to `out` if so; where the search for the next one goes on."""
    if not _named(text, low, m, kind, glued):  # another assignment may start inside what was read as
        return start  # this one's value (`tokenpassword=x1password=Hunter22!`)
    if (
        between[-1:] in ("'", '"')
        and _UNOPERATED.fullmatch(between)
        and not _directive_line(text, low, m, end)
        and not _set_command(low, m.start())
    ):
        return end  # a name and a quoted value with no operator between stand alone on their line, or are prose
    if (
        between.endswith(" ")
        and between.rstrip().isalpha()
        and between.rstrip()[-1].isascii()  # (not a particle: `パスワードは ...` reads as `password is ...`)
        and not _spaced_secret(text, low, m, start, end)
        and not (_set_command(low, m.start()) and _line_password(text[start:end]))
    ):
        return end  # prose without an operator (`provisioned credential X`) needs a strong value
    if " is " in between:  # prose: `the API key is ...`; a sentence's full stop is not in it
        while end > start and text[end - 1] in ".:!?":
            end -= 1
    if _PAIRED.search(between) is not None and _NAME_LIKE.fullmatch(text, start, end) is not None:
        return end  # the next string of a list (`"tokens", "symbol2label"`, `'RC4_KEY', '__darwin_ucontext64_t'`)
    if (
        _assigned(text, start, end, judged)
        and not _public_name(low, m.start())
        and not _client_side(low, m.start(), text, start)
        and not _sealed(text, low, start, end)
        and not (kind == "generic_secret" and _label(text[start:end]))
        and not (kind == "password" and _DIGEST.fullmatch(text, start, end) and _hashing_near(low, m.start(), end))
        and _DEFAULT_NOTE.match(text, end) is None
    ):
        # (not a stored hash: `<user password="<sha-256 hex>"/>` with a digest realm, digests' exact lengths; not
        # `admin123  # default, change after first login`, what a manual or an image ships with)
        out.append(Finding(DETECTOR, kind, start, end, 0.9))
    elif _REASSIGNED.match(low, end) is not None:
        return start  # what was read as the value is a name set right after it: Visual Basic's `Dim pw : pw = "..."`
    return end


_REASSIGNED = lazy.compile(r"[ \t]*=(?!=)")
"""Right after a value read: an assignment's `=`, which makes that value a name."""


_SET_COMMAND = lazy.compile(
    r"(?:^|[\s;&|>\"'`(])(?:set|hset|hmset|put|config[ \t]+set|config[ \t]+set[ \t]+--global)[ \t]+"
    r"(?:[\w.:/@-]{1,128}[ \t]+)?[\w.:/@-]{0,128}\Z"
)
"""From a line's start (lower-cased) to a name: a command that sets a key or an option to the value written after it,
with no operator (`npm config set //host/:_authToken ...`, `yarn config set npmAuthToken ...`, a key-value store's
`SET api_key "..."` or `HSET creds api_token ...`)."""
_SET_REACH = 240


def _set_command(low: str, at: int) -> bool:
    """Whether the name at `at` is the key or option a command on its line sets (see `_SET_COMMAND`)."""
    line = low.rfind("\n", max(0, at - _SET_REACH), at) + 1
    return ("set" in low[line:at] or "put" in low[line:at]) and _SET_COMMAND.search(low, line, at) is not None


_DIRECTIVE_LEAD = lazy.compile(
    r"(?:[ \t]*(?:[#!]?define[ \t]+|set[as]?[ \t]+|option[ \t]+|list[ \t]+|let[ \t]+|global[ \t]+|[+-][ \t]*)?"
    r"|[^\r\n]{0,200}\([ \t]*:?|[^\r\n]{0,200}(?<![^ \t({\[]):)[\w.@\[\]-]*\Z"
)
"""On the lower-cased text, from a line's start to a name set by a directive without an operator: indentation, the
directive (C's and NSIS' `#define`/`!define`, Source and FiveM configs' `set`/`seta`, OpenWrt UCI's `option`; a
C shell's `setenv` is read as a variable's setting, see `config_values`; Stata's `global`) and the rest of the name
(`WIFI_PASS`, `sv_licenseKey`, Gradle's `storePassword`); a Lisp form's opening parenthesis
(`(nnimap-authinfo-password "...")`, a plist's `(:password ...`) or a keyword in a map (`{:api-key "..."}`)."""
_UNOPERATED = lazy.compile(r"[a-z0-9_.-]*[ \t]+[\"']")
"""Between a name and its quoted value: spaces alone, no operator."""
_DIRECTIVE_END = lazy.compile(
    r"[ \t]*(?:[)}\]]|[ \t]:[a-z]|;?[ \t]*(?:(?:#|//)[^\r\n]*)?(?:\r?\n|\Z))|[ \t]+(?:CACHE|PARENT_SCOPE)(?![\w-])"
)
"""After a directive's quoted value: the line's end, a `;` or a comment before it, a Lisp form's or map's closing
bracket, the next keyword of a map (`{:user "..." :password "..."}`) or CMake's `CACHE STRING` and `PARENT_SCOPE`
(`set(DB_PASSWORD "..." CACHE STRING "")`)."""


def _directive_line(text: str, low: str, m: re.Match[str], end: int) -> bool:
    """Whether the name at `m` and its quoted value, with no operator between, are a directive's line: `#define
    WIFI_PASS "..."`, `set steam_webApiKey "..."`, UCI's `option key '...'`, Gradle's `storePassword '...'`; the
    value closed by its own quote at the line's end."""
    quote = low[m.start("value") - 1]
    if text[end : end + 1] != quote or _DIRECTIVE_END.match(text, end + 1) is None:
        return False
    line = low.rfind("\n", 0, m.start()) + 1
    return _DIRECTIVE_LEAD.match(low, line, m.start()) is not None


_DIGEST = lazy.compile(
    r"(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{100}|[0-9a-f]{128})"
    r"|(?:[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64}|[0-9A-F]{128})"
)
"""A password that is a digest in hex, of MD5's, SHA-1's, SHA-256's, SHA-384's, SHA-512's length (or Grafana's
PBKDF2 of 50 bytes): stored hashed by a web application, not typed in."""
_DEFAULT_NOTE = lazy.compile(
    r"[\"']?[ \t]*,?[ \t]*(?:#|//|;|--|<!--)[^\r\n]{0,40}?(?<![a-z])(?:defaults?|example|sample|placeholder"
    r"|change[ \t]+(?:it|me|this)|must[ \t]+be[ \t]+changed|client[- ]side|public|publishable)(?![a-z])",
    re.I,
)
"""A comment after a value on its line that says it is a default or an example to change, or public."""
_HASHING = lazy.compile(r"hash|digest|sha-?\d|md5|algorithm|crypt|salt|(?<![a-z])webpassword[=:]")
_HASHING_BEFORE = 300
_HASHING_AFTER = 120


def _hashing_near(low: str, start: int, end: int) -> bool:
    """Whether words of hashing (`hash`, `digest`, `SHA-256`, `algorithm`, `salt`) stand near a value, or Pi-hole's
    `WEBPASSWORD=` (which holds the password's double SHA-256) names it: a password in a digest's hex there is the
    digest, where a device's generated password (ESPHome's 32 hex digits) is not."""
    return _HASHING.search(low, max(0, start - _HASHING_BEFORE), min(len(low), end + _HASHING_AFTER)) is not None


# --- credential files: .npmrc, .netrc, Docker's config.json, kube configs, PuTTY keys ----------------------------

_AUTH_FIELD = lazy.compile(
    r"auth(?:(?<=(?<![\w-])_auth)\s*=\s*|(?<=\"auth)\"\s*:\s*\")(?P<value>[A-Za-z0-9+/]{8,400}={0,2})"
)
_NETRC = lazy.compile(
    r"machine(?<![\w-]machine)[ \t]+\S+\s+(?:login[ \t]+(?P<login>\S+)\s+)?password[ \t]+(?P<value>[^\s\"'`]{4,200})"
)
"""Both led by their literal (`auth`, `machine`), which the regex engine finds with its fast literal search."""
_ENCODED_PEM = lazy.compile(r"LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,20000}={0,2}")
_PUTTY = lazy.compile(
    r"PuTTY-User-Key-File-\d+:[^\n]*\n(?:[^\n]*\n){0,60}?Private-Lines:[ \t]*\d+\r?\n(?:[A-Za-z0-9+/=]+(?:\r?\n|\Z))+"
    r"(?:Private-(?:MAC|Hash):[ \t]*[0-9a-fA-F]{1,128})?"
)


_PGPASS = lazy.compile(r"^(?:[^:\s#]+|\*):(?:\d{2,5}|\*):[^:\s]+:[^:\s]+:(?P<value>(?:[^\s:\\]|\\\S){4,200})$", re.M)
"""A `.pgpass` line: `host:port:database:user:password` (a `:` in the password escaped as `\\:`; an account
database's line, `name:*:uid:gid::home:shell`, has more fields)."""


def _credential_files(text: str, low: str) -> list[Finding]:
    """Credentials in the shapes of the files that hold them: `_auth=` (.npmrc) and `"auth": "..."`
    (.docker/config.json) holding base64 `user:password`, `.netrc` passwords, a base64-encoded PEM private key
    (kube configs' `client-key-data`) and PuTTY private keys."""
    out = []
    if kept_holds(low, low, "auth") and _may(low, _AUTH_FIELD):
        for m in _AUTH_FIELD.finditer(text):
            raw = _b64(m.group("value").replace("+", "-").replace("/", "_"))
            if raw and b":" in raw and len(raw.split(b":", 1)[1]) >= 3:
                out.append(Finding(DETECTOR, "basic_auth", *m.span("value")))
    pgpass = _holds(text, low, ":5432:") or _holds(text, low, ":*:")  # a .pgpass line names Postgres' or any port
    if pgpass and _may(low, _PGPASS):
        for m in _PGPASS.finditer(text):
            if _typed_password(m.group("value")):
                out.append(Finding(DETECTOR, "password", *m.span("value")))
    if _holds(low, low, "machine") and _may(low, _NETRC):
        for m in _NETRC.finditer(text):
            value = m.group("value")
            if (m.group("login") or "").lower() in _ANONYMOUS:
                continue  # an anonymous FTP login: its password is an address by custom (`guest@`), no secret
            if not _placeholder_value(value) and value.lower() not in _DEFAULT_LOGINS:
                out.append(Finding(DETECTOR, "password", *m.span("value")))
    if _holds(text, low, "LS0tLS1CRUdJTi"):
        for m in _ENCODED_PEM.finditer(text):
            raw = _b64(m.group()[:400].replace("+", "-").replace("/", "_")[: (min(len(m.group()), 400) // 4) * 4])
            if raw and b"PRIVATE KEY" in raw[:80]:
                out.append(Finding(DETECTOR, "private_key", *m.span()))
    if _holds(text, low, "PuTTY-User-Key-File"):
        out.extend(Finding(DETECTOR, "private_key", *m.span()) for m in _PUTTY.finditer(text))
    return out


_DEFAULT_LOGINS = frozenset({"guest", "anonymous", "password", "secret"})
_ANONYMOUS = frozenset({"anonymous", "ftp"})


# --- passwords on command lines: `mysql -p'...'`, `sshpass -p`, `docker login -p`, `curl -u user:pass` ---------

_FLAG_NAMES = (
    r"(?:token|secret|password|passwd|passphrase|pass|node-key|api-?key|access-key|private-key|credentials?|body"
    r"|(?:secret|auth|master|shared|license|licence|encryption|signing|storage|account|admin|app|client|consumer"
    r"|webhook|subscription|primary|secondary|ingest|hmac|jwt|session|cookie|root|server|service|sas)-key)"
)
_FLAG_MOST = 4096
_FLAG_SECRET = lazy.compile(
    r"--(?P<name>[a-z0-9-]{0,30}?" + _FLAG_NAMES + r")(?:[ \t]+|=)"
    rf"(?:(?P<q>['\"])(?P<quoted>[^'\"\n]{{4,{_FLAG_MOST}}})(?P=q)|(?P<value>[^\s'\"`|;&]{{4,{_FLAG_MOST}}}))"
)
"""A flag named for a secret and its value: `--password s3cret`, `--api-key=...`, `--client-secret "..."`, a
service's own key (`--account-key "..."`, `--license-key ...`; not `--public-key`, `--key-file`), a pass
phrase (`gpg --passphrase ...`), a chain node's network key (`--node-key <hex>`), and
`gh secret set NAME --body "..."`."""
_DASH_FLAG = lazy.compile(
    r"-(?<![^ \t=]-)(?:(?P<flag>[paubU])|-(?:proxy-)?user[= \t]|-pass(?:word)?=)"
    r"[ \t]*(?:(?P<q>['\"])(?P<quoted>[^'\"\n]{3,128})(?P=q)|(?P<value>[^\s'\"`|;&]{3,128}))"
)
"""A short flag that takes a password (`-p`, `-a`) or `user:password` (`-u`, `--user`; a proxy's, `-U`,
`--proxy-user`), and its value."""
_PASSWORD_TOOLS = lazy.compile(
    r"(?:^|[\s;&|(`$\"'=])(?P<tool>mysql\w*|mariadb\w*|sshpass|cqlsh|mcrcon|rcon(?:-cli)?|(?:docker|podman|nerdctl|buildah|skopeo|helm|oras)"
    r"(?:[ \t]+registry)?[ \t]+login|conan[ \t]+(?:remote[ \t]+login|user)|redis-cli"
    r"|mongo(?:sh|dump|restore|import|export)?|curl|wget|http)(?![\w-])"
)


_SINGLE_DASH = lazy.compile(
    r"(?<![\w-])-(?:(?:src|dest|new)?(?:store|key)?pass(?:word|wd|phrase|in|out)?|rcon_?password|admin_?password"
    r"|server_?password|pw|api_?key|token)(?:[ \t]+|=)(?:pass:)?"
    r"(?:(?P<q>['\"])(?P<quoted>[^'\"\r\n]{4,128})(?P=q)|(?P<value>[^\s'\"`|;&<>]{4,128}))"
)
"""On the lower-cased text: a long option with one dash that takes a password or a key (Java's keytool and jarsigner
`-storepass`/`-keypass`, OpenSSL's `-passin pass:...`, a game server's `-password "..."`, `-pw`, `-apikey`)."""
_NOT_TYPED = ("env:", "file:", "fd:", "stdin")
"""What OpenSSL's `-passin` reads a password from rather than takes it: a variable, a file, a descriptor."""


def _single_dash(text: str, low: str) -> list[Finding]:
    """Passwords and keys given to long options with one dash (see `_SINGLE_DASH`), judged as typed passwords."""
    out = []
    places = set()
    for word in _SINGLE_DASH_WORDS:  # (a long text's places from the shared index, see `occurrences`)
        for at in occurrences(low, word):
            places.add(at if word[0] == "-" else low.rfind("-", max(0, at - 5), at + 1))
    for at in sorted(places):
        m = _SINGLE_DASH.match(low, at) if at >= 0 else None
        if m is None:
            continue
        start, end = _value_of(m)
        value = text[start:end]
        if not value.startswith(_NOT_TYPED) and not value.endswith(":") and _line_password(value):
            kind = "password" if "pass" in m.group() or "-pw" in m.group() else "generic_secret"
            out.append(Finding(DETECTOR, kind, start, end, 0.9))
    return out


def _value_of(m: re.Match[str]) -> tuple[int, int]:
    return m.span("quoted") if m.group("quoted") is not None else m.span("value")


_FILE_PATH = lazy.compile(r"(?:~|\.{1,2}|[A-Za-z]:)?[/\\](?:[\w.-]{1,255}[/\\]){0,32}[\w.-]{1,255}")
_FILE_TAIL = lazy.compile(r"[/\\]\.\w|\.[A-Za-z]\w{0,4}\Z")


def _file_path(value: str) -> bool:
    """Whether `value` is a file's path (`/home/ann/.vnc/passwd`, `./secrets/vncpass`, `C:\\keys\\db.txt`): parts
    of names between slashes, with a word, a dotted name or an extension in them; an option that takes a password
    file is given its path, not the password (`vncviewer -passwd <path>`)."""
    if _FILE_PATH.fullmatch(value) is None:
        return False
    path = value.replace("\\", "/")
    return path.startswith(("~/", *_ROOT_DIRS)) or _path_words(path) or _FILE_TAIL.search(value) is not None


_ROOT_DIRS = tuple(f"/{d}/" for d in ("etc", "home", "run", "var", "tmp", "usr", "opt", "root", "srv", "mnt", "Users"))


def _typed_password(value: str) -> bool:
    """Whether a password written on a command line is one, not a reference, a file's path or a stand-in."""
    if value[0] in "$%<{[(*-" or value.lower() in _UNSET_WORDS or _placeholder_like(value):
        return False
    if (value[0] in "/~.\\" or value[1:3] == ":\\") and _file_path(value):
        return False
    return len(set(value)) > 2 and (_classes(value) >= 2 or len(value) >= 10)


def _line_password(value: str) -> bool:
    """Whether a password written in a service's own line syntax (see `service_lines`, `proxy_logins`) is one typed
    in: as `_typed_password`, and not a word or words with a number after them, as manuals print
    (`mypassword123`, `minioadmin`, `MySecretPassword`), unless its letters switch case at random."""
    if not _typed_password(value):
        return False
    return _WORDY.fullmatch(value) is None or _random_case(value.rstrip("0123456789"))


_WORDY = lazy.compile(r"[A-Za-z]+[0-9]{0,4}")


_NAMED_VALUE = lazy.compile(r"value[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[^\s\"'`,;<>()\[\]{}\\]{8,4096})")
_TELLING_TAIL = (
    r"[\"']?[ \t]*[:=][ \t]*[\"']?[a-z0-9_.-]*?(?P<word>pass(?:word|wd)?|secret|token|api[_-]?key"
    r"|apikey|access[_-]?key|private[_-]?key|credentials?"
    r"|(?:deploy|signing|encryption|master|license|auth|admin|service|webhook|app|integration)[_-]?key)"
    r"[a-z0-9_.-]*[\"']?[ \t]*[,}]?[ \t]*(?:\r?\n[ \t-]*)?\Z"
)
_TELLING_NAME = lazy.compile(r"name" + _TELLING_TAIL)
"""`- name: DB_PASSWORD` / `value: ...` (Kubernetes env, YAML lists), `{"name": "API_TOKEN", "value": ...}`, a HAR
capture's header (`{"name": "x-api-key", "value": ...}`)."""
_TELLING_KEY = lazy.compile(r"key" + _TELLING_TAIL)
"""An API client's header or variable (`{"key": "X-API-Key", "value": ...}`, a proxy's header to add as Envoy writes
it, `key: x-api-key` and `value: ...`), asked only when `key` stands near."""


_LOOSE_FLAG = r"--[a-z0-9-]{0,30}" + _FLAG_NAMES + r"[ \t=]"
"""`_FLAG_SECRET` loosened for Hyperscan (see `scan.Starts`): the flag and the character after its name. A name runs
to that character (none of its own), so a match of the flag starts where one of this does, the leftmost of those
that end there: the same place (the rest is read after it), unless that lies in the value of the match before,
which only a value cut at `_FLAG_MOST` characters lets happen (see `_flags`)."""
_ASSIGN_STARTS = Starts(
    {
        **{_LEADS[pattern]: (pattern.pattern[: -len(_ASSIGN_TAIL)] + _LOOSE_TAIL,) for pattern, *_ in _ASSIGNMENTS},
        "--": (_LOOSE_FLAG,),
    }
)
"""Where the assignments and the secret flags may start in a long ASCII text (one Hyperscan pass for all of them):
each is then tried only there (see `_assigned_at`, `_flags`). Not `_NAMED_VALUE`: `value` is common in code, and
the pass would cost about what that expression's own search does."""


def _starts(low: str, gated: Container[str]) -> dict[str, list[int]] | None:
    """Where each of the expressions of `_ASSIGN_STARTS` may start in `low`, when one of them is to be read there;
    None when it is not, or when that pass cannot answer (each is then searched for)."""
    if len(low) < LONG:
        return None
    if any(gate is None or gate in gated for _, _, gate, _ in _ASSIGNMENTS) or holds(low, low, "--"):
        return _ASSIGN_STARTS.find(low)
    return None


def _flags(low: str, starts: dict[str, list[int]] | None) -> Iterator[re.Match[str]]:
    """`_FLAG_SECRET.finditer(low)`, tried only where its matches may start when `starts` knows (see `_LOOSE_FLAG`)."""
    if starts is None:
        yield from _FLAG_SECRET.finditer(low)
        return
    pos = 0
    match = _FLAG_SECRET.match
    for at in starts["--"]:
        if at < pos:
            continue
        m = match(low, at)
        if m is None:
            continue
        yield m
        pos = m.end()
        if m.group("value") is not None and pos - m.start("value") == _FLAG_MOST:
            yield from _FLAG_SECRET.finditer(low, pos)  # a value cut by its length: the next may start inside a name
            return


def _named_values(text: str, low: str) -> list[Finding]:
    """A `value` whose `name` right before it tells what it is."""
    out = []
    for m in _NAMED_VALUE.finditer(low):
        at = m.start()
        if at and low[at - 1].isalnum() and low[at - 1] != "n":  # `value`, `"value"`, `\nvalue`, not `keyvalue`
            continue
        lo, hi = max(0, at - 160), at - (1 if low[at - 1 : at] in "\"'" else 0)
        name = _TELLING_NAME.search(low, lo, hi)
        if name is None and (low.find('"key"', lo, hi) >= 0 or low.find("key:", lo, hi) >= 0):
            name = _TELLING_KEY.search(low, lo, hi)
            if name is not None and (low[name.start() - 1].isalnum() or low[name.start() - 1] in "_"):
                name = None  # `monkey: ...`, `api_key: ...` read as `key: ...`
        if name is None:
            continue
        start, end = m.span("value")
        if plausible_secret(text[start:end]):
            kind = "password" if name.group("word").startswith("pass") else "generic_secret"
            out.append(Finding(DETECTOR, kind, start, end, 0.9))
    return out


def _command_lines(text: str, low: str, starts: dict[str, list[int]] | None = None) -> list[Finding]:
    out = []
    if holds(low, low, "--"):
        for m in _flags(low, starts):
            name = m.group("name")
            if low[m.start() - 1 : m.start()].isalnum():
                continue
            if name == "body" and "secret" not in low[low.rfind("\n", 0, m.start()) + 1 : m.start()]:
                continue  # `--body` holds a secret only in `gh secret set NAME --body ...`
            if _CURSOR_TOKEN.search(low, m.start(), m.end("name") + 1) is not None:
                continue  # `--next-page-token ...`, `--starting-token ...`: a page asked for, not a credential
            start, end = _value_of(m)
            value = text[start:end]
            kind = "password" if "pass" in name else "generic_secret"
            if _typed_password(value) and (kind == "password" or plausible_secret(value)):
                out.append(Finding(DETECTOR, kind, start, end, 0.9))
    if "-" in text and _may(low, _DASH_FLAG):
        for m in _DASH_FLAG.finditer(text):
            flag = m.group("flag")
            start, end = _value_of(m)
            value = text[start:end]
            if flag == "b":
                line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
                if " secret set " in line and plausible_secret(value):  # `gh secret set NAME -b "..."`
                    out.append(Finding(DETECTOR, "generic_secret", start, end, 0.9))
            elif flag in ("p", "a"):
                line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
                tool = _PASSWORD_TOOLS.search(line)
                if tool is None or (flag == "a") != (tool.group("tool") == "redis-cli"):
                    continue
                glued = m.start() + 2 == start and m.group("q") is None
                if tool.group("tool").startswith(("mysql", "mariadb")) and not (glued or m.group("q")):
                    continue  # `mysql -p dbname` asks for the password; only `-pSECRET` gives one
                if _typed_password(value):
                    out.append(Finding(DETECTOR, "password", start, end, 0.9))
            elif flag in ("u", "U") or text.startswith(("--user", "--proxy-user"), m.start()):
                user, colon, password = value.partition(":")
                if password.startswith("//"):
                    continue  # a URL (`-u http://localhost:8080/logs`), whose own credentials `_url_credentials` reads
                if colon and user and password and _typed_password(password):
                    out.append(Finding(DETECTOR, "password", start + len(user) + 1, end, 0.9))
            elif _typed_password(value):
                out.append(Finding(DETECTOR, "password", start, end, 0.9))
    return out


# --- a password in a server's config directive and a secret column of a table ------------------------------------

_DIRECTIVES = (
    lazy.compile(r"pass(?<=(?<![\w-])requirepass)[ \t]+\"?(?P<value>[^\s\"'`]{4,200})"),
    lazy.compile(r"auth(?<=(?<![\w-])masterauth)[ \t]+\"?(?P<value>[^\s\"'`]{4,200})"),
    lazy.compile(r"pass(?<=(?<![\w-])auth-pass)[ \t]+[\w.-]{1,64}[ \t]+\"?(?P<value>[^\s\"'`]{4,200})"),
)
"""redis.conf's `requirepass` and `masterauth`, sentinel.conf's `sentinel auth-pass <master> ...`, each led by its
literal's last word (a fast literal search)."""
_COLUMN_NAMES = ("password", "passwd", "pwd", "pass", "secret", "token", "key")
INDEX.add(_COLUMN_NAMES, where=False)  # whether each occurs: one set test (see `_find`)
_COLUMN_WORDS = tuple(lazy.compile(w + r"(?=\"?[ \t]*(?:[,;\t|]|\r?\n|\Z)|[ \t]{2,}[a-z])") for w in _COLUMN_NAMES)
"""A column's name in a header: before a separator, the line's end, or the gap before an aligned next column."""
_HEADER_FIELD = lazy.compile(r"[ \t]?\"?[a-z][\w.-]{0,30}(?: [\w.-]{1,30}){0,2}\"?[ \t]?")
_SECRET_COLUMN = lazy.compile(
    r"(?:[a-z0-9]+[_ .-]){0,3}(?:pass(?:word|wd)?|pwd|secret|(?:api|access|secret|private|auth)[_ -]?key|apikey"
    r"|(?:access|auth|api|refresh|bot)?[_ -]?token)"
)
"""A column name that holds secrets: `password`, `db_password`, `api_key`, `access token`, `client_secret`."""
_MAX_ROWS = 500
_HEADER_REACH = 4096
"""A table's header is looked for in the first 4 KB of a text (a tool's CSV or table output starts there)."""
_NOT_HEADER = lazy.compile(r"[()=:{}<>\[\]]")
_RULE_LINE = lazy.compile(r"[ \t]*-+(?:\+-+)+[ \t]*\r?")
"""The rule under psql's aligned header (`----+----`): the header above it is indented by one space."""
_ALIGNED_HEADER = lazy.compile(r"[ \t]*[a-z][\w.-]{0,30}(?:[ \t]+[a-z][\w.-]{0,30}){1,15}[ \t]*\r?")
"""A header of columns aligned by spaces (pandas' printed frames, `column -t`, a CLI's listing): words alone."""


def _columns(text: str, low: str) -> list[Finding]:
    """Values under a table header whose column names a secret (`user,password,role` then `alice,Tr0ub4dor&3x,...`),
    in comma, semicolon, tab or pipe separated text whose header is in its first `_HEADER_REACH` characters."""
    out: list[Finding] = []
    seen: set[int] = set()
    for word in _COLUMN_WORDS:
        for m in word.finditer(low, 0, _HEADER_REACH):
            head = low.rfind("\n", 0, m.start()) + 1
            if head in seen:
                continue
            seen.add(head)
            out += _column_values(text, low, head, m.end())
    return out


def _column_values(text: str, low: str, head: int, word_end: int) -> list[Finding]:
    """The secret column's values below the header line starting at `head` (empty when it is not a header)."""
    line_end = low.find("\n", head)
    line_end = len(low) if line_end < 0 else line_end
    header = low[head:line_end].rstrip("\r")
    if _NOT_HEADER.search(header) is not None:
        return []  # code or prose, not a header
    at = word_end - head
    sep = max(",;\t|", key=header.count)
    if sep not in header:
        return _aligned_values(text, low, head, line_end, at)
    if header[:1] in " \t" and not (sep == "|" and _RULE_LINE.match(low, line_end + 1)):
        return []  # indented (but psql's header over its rule): a list in code, not a table's header
    if sep != "|" and header.rstrip().endswith(sep):
        return []  # ending in a separator: a list in code, not a table's header
    fields = header.split(sep)
    named = fields[1:-1] if sep == "|" and header.startswith("|") else fields
    if sep == "|":
        named = [f.strip(" \t") for f in named]  # (MySQL's and psql's cells padded to the column's width)
    if len(named) < 2 or not all(_HEADER_FIELD.fullmatch(f) for f in named):
        return []
    index = header.count(sep, 0, at)
    name = fields[index].strip(' \t"')
    if not _SECRET_COLUMN.fullmatch(name):
        return []
    password = "pass" in name or "pwd" in name
    out = []
    for pos, row in _rows(text, line_end + 1):
        cells = row.split(sep)
        if len(cells) == len(fields):
            start = pos + sum(len(c) + 1 for c in cells[:index])
            cell = cells[index]
            lead = len(cell) - len(cell.lstrip(' \t"'))
            value = cell.strip(' \t"')
            if value and (_typed_password(value) if password else plausible_secret(value)):
                out.append(
                    Finding(
                        DETECTOR,
                        "password" if password else "generic_secret",
                        start + lead,
                        start + lead + len(value),
                        0.9,
                    )
                )
    return out


def _aligned_values(text: str, low: str, head: int, line_end: int, at: int) -> list[Finding]:
    """The secret column's values under a header of columns aligned by spaces (the header line [head, line_end),
    the column's name ending `at` characters into it): each row's word in the same place, counted past the
    row's index when the header leaves the index's column blank (pandas)."""
    header = low[head:line_end]
    if _ALIGNED_HEADER.fullmatch(header) is None or "  " not in header.strip():
        return []
    fields = header.split()
    index = len(header[:at].split()) - 1
    name = fields[index]
    if not _SECRET_COLUMN.fullmatch(name):
        return []
    password = "pass" in name or "pwd" in name
    indexed_rows = header[:1] in " \t"
    out = []
    for pos, row in _rows(text, line_end + 1):
        cells = row.split()
        shift = 1 if indexed_rows and len(cells) == len(fields) + 1 else 0
        if len(cells) == len(fields) + shift:
            value = cells[index + shift]
            start = pos
            for cell in cells[: index + shift + 1]:
                start = text.index(cell, start) + len(cell)
            start -= len(value)
            if _typed_password(value) if password else (plausible_secret(value) and _block_value(value)):
                out.append(
                    Finding(DETECTOR, "password" if password else "generic_secret", start, start + len(value), 0.9)
                )
    return out


def _rows(text: str, pos: int) -> Iterator[tuple[int, str]]:
    """(start, line) of each line of a table's body from `pos`, up to its first blank line or `_MAX_ROWS` lines."""
    for _ in range(_MAX_ROWS):
        if pos >= len(text):
            return
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        row = text[pos:end].rstrip("\r")
        if not row.strip():
            return
        yield pos, row
        pos = end + 1


_DIRECTIVE_WORDS = ("requirepass", "masterauth", "auth-pass")
"""The literal a match of each of `_DIRECTIVES` holds (see `_holds`)."""
INDEX.add(_DIRECTIVE_WORDS, where=False)


def _directives(low: str) -> list[Finding]:
    out = []
    for pattern, word in zip(_DIRECTIVES, _DIRECTIVE_WORDS, strict=True):
        if not _may(low, pattern) or not _holds(low, low, word):
            continue
        for m in pattern.finditer(low):
            start, end = m.span("value")
            if _typed_password(low[start:end]):
                out.append(Finding(DETECTOR, "password", start, end, 0.9))
    return out


# --- a session cookie in an HTTP header, a pre-shared key in a Wi-Fi or VPN config -------------------------------

_COOKIE_HEADER = lazy.compile(
    r"cookie(?:[\"']?[ \t]*[:=]|\"[ \t]*,[ \t]*\"value\"[ \t]*:)[ \t]*[\"']?(?P<value>[^\r\n\"']{1,8192})"
)
"""A `Cookie:` or `Set-Cookie:` header (also a `"Cookie": "..."` field, a HAR capture's `{"name": "set-cookie",
"value": "..."}`) and its value, to the end of its line."""
_COOKIE_PAIR = lazy.compile(r"[ \t]*(?P<name>[^=;\s]{1,128})=(?P<value>[^;\s]{16,4096})")
_SESSION_COOKIE = lazy.compile(
    r"(?:^|[_.-])(?:sess(?:ion)?(?:[_.-]?(?:id|token|key))?|sid|phpsessid|jsessionid|remember[_-]\w+"
    r"|(?:auth|access|refresh|id)[_-]?token|auth)\Z"
)
"""A session cookie's name (`sessionid`, `connect.sid`, `PHPSESSID`, `ASP.NET_SessionId`, `laravel_session`,
`next-auth.session-token`, `remember_web_...`), lower-cased; not `csrftoken` or a load balancer's cookie."""
_PSK = lazy.compile(
    r"psk(?<![a-z0-9]psk)[\"']?[ \t]*(?:[:=]|>(?=[^<>\r\n]{8,64}</))[ \t]*"
    r"(?:\"(?P<quoted>[^\"\r\n]{8,63})\"|(?P<value>[^\s\"';,#<]{8,64}))"
)
"""A Wi-Fi or VPN pre-shared key (wpa_supplicant's `psk="..."` or 64 hexadecimal digits, `wpa_psk=`, `ipsec-psk:`,
a JSON member `"psk": "..."`, an element `<psk>...</psk>`)."""
INDEX.add(["cookie", "psk", '"cookies"', "net.cookie("], where=False)


_COOKIE_ITEM = lazy.compile(
    r"\"name\"[ \t]*:[ \t]*\"(?P<name>[^\"=;\s]{1,128})\"[ \t]*,[ \t]*"
    r"\"value\"[ \t]*:[ \t]*\"(?P<value>[^\"\\;\s]{16,4096})\""
)
"""A cookie as a HAR capture lists it (`"cookies": [{"name": "sessionid", "value": "..."}]`)."""
_COOKIE_OBJECT = lazy.compile(
    r"net\.cookie\([ \t]*\"(?P<name>[^\"=;\s]{1,128})\"[ \t]*,[ \t]*\"(?P<value>[^\"\\;\s]{16,4096})\""
)
"""A cookie PowerShell adds to a web session (`New-Object System.Net.Cookie("connect.sid", "...", "/", "host")`, as
a browser's "Copy as PowerShell" writes it)."""


def _cookies(text: str, low: str) -> list[Finding]:
    """Session cookies' values in `Cookie:` and `Set-Cookie:` headers and in HAR captures' cookie lists: random
    tokens, not stand-ins."""
    out = []
    for pattern, word in ((_COOKIE_ITEM, '"cookies"'), (_COOKIE_OBJECT, "net.cookie(")):
        if not holds(low, low, word):
            continue
        for m in pattern.finditer(low):
            value = text[m.start("value") : m.end("value")]
            if _SESSION_COOKIE.search(m.group("name")) is not None and _session_value(value):
                out.append(Finding(DETECTOR, "generic_secret", *m.span("value"), 0.9))
    for header in _COOKIE_HEADER.finditer(low):
        pos, end = header.span("value")
        while pos < end:
            cut = low.find(";", pos, end)
            cut = end if cut < 0 else cut
            m = _COOKIE_PAIR.fullmatch(text, pos, cut)
            if (
                m is not None
                and _SESSION_COOKIE.search(low[m.start("name") : m.end("name")]) is not None
                and _session_value(m.group("value"))
            ):
                out.append(Finding(DETECTOR, "generic_secret", *m.span("value"), 0.9))
            pos = cut + 1
    return out


def _session_value(value: str) -> bool:
    """Whether a session cookie's value is a session: random, long hexadecimal or a UUID, not a stand-in."""
    if value[0] in "$<{%[(" or len(set(value)) < 6 or _placeholder_like(value):
        return False
    return _random_value(value) or _long_hex(value) or _mixed(value) or _UUID_VALUE.fullmatch(value) is not None


def _code_assigned(value: str) -> bool:
    """Whether an unquoted value is a call, an index or a member access (what code assigns), not a key."""
    return any(c in value for c in "([{") or _DOTTED.fullmatch(value) is not None


def _preshared_keys(text: str, low: str) -> list[Finding]:
    """Pre-shared keys of Wi-Fi and VPN configs (see `_PSK`): a passphrase typed, not a stand-in or a reference."""
    out = []
    for m in _PSK.finditer(low):
        quoted = m.group("quoted") is not None
        start, end = m.span("quoted") if quoted else m.span("value")
        if not quoted and _code_assigned(text[start:end]):
            continue  # code (`psk = lazy.compile(`, `PSK = os.environ["WIFI_PSK"]`), not a key typed in
        if _typed_password(text[start:end]):
            out.append(Finding(DETECTOR, "password", start, end, 0.9))
    return out


# --- secrets inside base64: a `.env` file or a JSON credential sent encoded, `Basic <user:password>` -------------

_B64_LEAST = 16
_B64_LONG = 32
_B64_MOST = 1 << 20
"""Base64 runs from 16 characters (12 bytes: `Basic` of a short `user:password`) are looked inside, up to this many
characters of them per text in all (what lies past it is not decoded). In a long text, a run of fewer than 32
characters (24 bytes: `password=` and a short password) only after `Basic` (see `_b64_runs`)."""
_B64_RUN = lazy.compile(r"[A-Za-z0-9+/_-]*")
_B64_SHAPE = bytes(
    97 if bytes([i]) in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-" else 32
    for i in range(256)
)
_B64_TEXT = lazy.compile(r"(?:[A-Za-f][A-HQ-Xg-nw-z0-3][ABEFIJMNQRUVYZcdghklopstwx014589][A-Za-z0-9+/_-]){4}")
"""The first 16 characters of base64 that encodes ASCII text: in each group of four, the first character stands for
less than 32 (a byte's top bit is 0), the second has its bit 3 clear and the third its bit 1 (the next bytes' top
bits). Most names, paths and random tokens fail at the first or second group; images and archives at once."""
_URL_SAFE = str.maketrans("-_", "+/")
_CONTROL = lazy.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _decoded(run: str) -> str | None:
    """The text a base64 run encodes (standard or URL-safe alphabet, padded or not), or None when it is not text."""
    if ("+" in run or "/" in run) and ("-" in run or "_" in run):
        return None  # both alphabets: a path or a name (`src/app-config/x_y`), not base64
    if len(run) % 4 == 1:
        return None
    try:
        raw = binascii.a2b_base64(run.translate(_URL_SAFE) + "=" * (-len(run) % 4))
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return decoded if _CONTROL.search(decoded) is None else None


def _b64_runs(text: str, low: str, spans: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The runs of base64 characters to look inside: in a text shorter than `LONG`, all of them; in a longer one,
    read from its runs of token characters (`spans`, see `provider_keys.runs`, mapped once for both) instead of
    mapping it again: those that hold one of `_B64_LONG` characters or more, and those after `Basic`. Base64 of ASCII
    text holds `+` or `/` only where the text holds `>`, `?` or `~` (at every third byte), so such a run is mostly one
    run of token characters; one that holds them is read whole from a piece long enough."""
    if spans is None or len(low) < LONG:
        return runs(text, _B64_SHAPE, _B64_LEAST)
    out: list[tuple[int, int]] = []
    long_enough = _B64_LONG
    for lo, hi in [span for span in spans if span[1] - span[0] >= long_enough]:
        if out and lo < out[-1][1]:
            continue  # a piece of the run before
        if lo and text[lo - 1] in _B64_CHARS:  # pieces before it: back to the run's start (within `_B64_BACK`)
            lo -= _B64_RUN.match(text[max(0, lo - _B64_BACK) : lo][::-1]).end()
        out.append((lo, _B64_RUN.match(text, hi).end()))
    where = _indexed(low)
    if _occurs(low, "basic", where):
        firsts = [lo for lo, _ in out]
        for m in _led(_BASIC, low, "basic", where):
            lo = m.start("value")
            at = bisect.bisect_right(firsts, lo) - 1
            if at < 0 or out[at][1] <= lo:  # not inside a run read already
                out.append((lo, _B64_RUN.match(text, lo).end()))
    return [(lo, hi) for lo, hi in out if hi - lo >= _B64_LEAST]


_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
_B64_BACK = 4096


def _encoded(text: str, low: str, spans: list[tuple[int, int]] | None = None) -> list[Finding]:
    """Base64 values that decode to text holding a secret (a `.env` file, a JSON credential, `Basic <user:password>`):
    the whole value is the finding, as `encoded_secret` (`basic_auth` after `Basic`)."""
    out = []
    budget = _B64_MOST
    for lo, hi in _b64_runs(text, low, spans):
        if _B64_TEXT.match(text, lo) is None or budget <= 0:
            continue
        hi = min(hi, lo + budget)
        budget -= hi - lo
        decoded = _decoded(text[lo:hi])
        if decoded is None:
            continue
        end = hi + len(text[hi : hi + 2]) - len(text[hi : hi + 2].lstrip("="))  # its padding too
        if low.endswith("basic ", 0, lo) and _basic_pair(decoded):
            out.append(Finding(DETECTOR, "basic_auth", lo, end, 0.9))
        elif find(decoded):
            out.append(Finding(DETECTOR, "encoded_secret", lo, end, 0.9))
    return out


def _basic_pair(decoded: str) -> bool:
    """Whether the decoded value of `Basic ...` is `user:password` with a password typed, not a stand-in."""
    user, colon, password = decoded.partition(":")
    return bool(colon and user) and "\n" not in decoded and _typed_password(password)


# --- all together ---------------------------------------------------------------------------------------------

_MIN_LEN = 8

_FILE_LITERALS = lazy.compile(
    "|".join(re.escape(word) for word in (":5432:", ":*:", "LS0tLS1CRUdJTi", "PuTTY-User-Key-File"))
)
"""Matches where a literal `_credential_files` reads the text as written for occurs (it reads `auth` and `machine`
lower-cased): a short text with none of them and neither word holds no credential file's secret."""


def _files_may(text: str, low: str) -> bool:
    """Whether a short text may hold a secret `_credential_files` finds (see `_FILE_LITERALS`)."""
    return "auth" in low or "machine" in low or _FILE_LITERALS.search(text) is not None


@remembered
def find(text: str, low: str | None = None) -> list[Finding]:
    """Secrets in `text`; `low` is `text` lower-cased with the same length (computed if not given). Text that is
    not ASCII is read folded (see `normalize`): a token padded with zero-width characters is still found."""
    if len(text) < _MIN_LEN:
        return []
    if not text.isascii():
        return find_folded(_find, text, low)
    low = low if low is not None else lower_aligned(text)
    if len(low) >= LONG:
        INDEX.find(low)  # its passes are shared with the personal-data labels and the injection rules (see `_indexed`)
    return _find(text, low)


def _find(text: str, low: str) -> list[Finding]:
    if (
        len(text) <= SHORT
        and _TEXT_ANY.search(text) is None
        and not _low_any(low)
        and not ("KEY" in text or "TOKEN" in text or "SECRET" in text or "ACCESS" in text or "PRIVATE" in text)
        and not ("appid=" in low or "auth=" in low or "key=" in low or "sid=" in low or "ticket=" in low)
        and not ("session=" in low or "sessionid=" in low or "session_id=" in low)
        and not (("pass" in low or "pwd" in low or "secret" in low) and _QUOTED.search(low) is not None)
    ):
        files = _files_may(text, low)
        if len(text) < provider_keys.MIN_RUN and not files and provider_keys.LITERAL_ANY.search(text) is None:
            return []  # too short for a provider's run, and none of the literals the other formats need
        found = provider_keys.find(text, low, _genuine)
        if found:
            found = _not_public(text, low, found)
        if files:
            found += _credential_files(text, low)
        if len(text) >= _B64_LEAST:
            found += _encoded(text, low)
        if "=" in text or ":" in text:
            runs = [m.span(1) for m in _OPAQUE_SHORT.finditer(text)]
            found += _opaque(text, runs) if runs else []
        return _dedupe(found) if len(found) > 1 else found
    gated = _gated(text, low)
    spans = provider_keys.runs(text)
    found = _format_findings(text, low, gated, spans) + _credential_files(text, low)
    if "B" in text and _holds(text, low, "-----BEGIN"):
        found += _private_keys(text)
    if holds(text, low, "-----END") and holds(text, low, "PRIVATE"):
        found += _key_tails(text, found)
    if _holds(text, low, "---- BEGIN SSH2"):
        found += _other_private_keys(text)
    if "@" in text:
        if _may(low, _URL_CREDS):
            found += _url_credentials(text)
        if _holds(low, low, "smb://"):
            found += _smb_credentials(text)
    if "=" in text and ("?" in text or "&" in text):
        found += _query_keys(text, low)
    found += _anchored(text, low, gated)
    starts = _starts(low, gated)
    found += _assignments(text, low, gated, starts)
    found += [
        Finding(DETECTOR, "password", start, end, 0.9)
        for start, end in login_pairs.find(
            text, low, lambda w: _holds(low, low, w), _typed_password, lambda w: _places(low, w, _indexed(low))
        )
    ]
    if _may_log_in(low):
        found += [
            Finding(DETECTOR, "password", start, end, 0.9)
            for start, end in login_prose.find(text, low, plausible_secret, lambda w: _prose_places(low, w))
        ]
    found += _command_lines(text, low, starts)
    if holds_any(low, _SINGLE_DASH_WORDS):
        found += _single_dash(text, low)
    found += _directives(low)
    if len(text) <= _LABEL_MAX and any(w in text for w in _LABEL_WORDS):
        found += _labelled(text)
    if len(text) <= _LABEL_MAX and ('"' in text or "'" in text) and ("pass" in low or "pwd" in low or "secret" in low):
        found += _quoted(text, low)
    if "\n" in text and holds_any(low, _COLUMN_NAMES):  # (one set test when the index read the text)
        found += _columns(text, low)
    if (holds(low, low, "name") or holds(low, low, "key")) and holds(low, low, "value") and _may(low, _NAMED_VALUE):
        found += _named_values(text, low)
    if "\n" in text or "{" in text:
        found += [
            Finding(DETECTOR, "generic_secret", s, e, 0.8)
            for s, e in nested_keys.find(
                text, low, plausible_secret, lambda w: occurrences(low, w) if _holds(low, low, w) else []
            )
        ]
    if (
        "\n" in text
        # (each literal holds one of these words: a short text's few scans for them before the literals', a long
        # text's index answers for the literals at once, where a scan for a word it lacks reads all of it)
        and (
            len(low) >= LONG
            or "tokens" in low
            or "secrets" in low
            or "passwords" in low
            or "credentials" in low
            or "keys" in low
        )
        and any(_holds(low, low, w) for w in nested_keys.PLURAL_LITERALS)
    ):
        found += [
            Finding(DETECTOR, "generic_secret", s, e, 0.8)
            for s, e in nested_keys.plural_children(text, low, _strong_value, lambda w: _places(low, w, _indexed(low)))
        ]
    if _holds(low, low, "cookie"):
        found += _cookies(text, low)
    if _holds(low, low, "psk"):
        found += _preshared_keys(text, low)
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _dumped(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _configured(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _keyworded(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _set_up(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _services(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _scripted(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _proxied(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _app_files(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _tool_lines(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _server_logins(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _tool_arguments(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _block_values(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _secure_fields(text, low)]
    found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _marked_values(text, low)]
    if _holds(text, low, "://"):
        urls = _places(low, "://", _indexed(low))
        found += [
            Finding(DETECTOR, "generic_secret", s, e, 0.8) for s, e in notify_urls.find(text, low, urls, _url_token)
        ]
    if "\n" in text or len(text) <= SHORT:
        found += [Finding(DETECTOR, kind, start, end, 0.9) for start, end, kind in _glued_names(text, low)]
    found += _encoded(text, low, spans)
    found += _opaque(text, spans)
    if found and ("arn:aws" in low or "/secrets/" in low):
        found = _not_references(text, found)
    if found:
        found = [f for f in found if not _documented(text[f.start : f.end]) and not _hash_value(text, f)]
    if found and ("signature" in low or "beacon" in low):
        found = [f for f in found if not _signed_key_id(text, low, f)]
    if found and ("kdf" in low or "cipher" in low or "keys" in low or "0x" in low):
        found = [f for f in found if not public_values.parameter(low, f.start, f.end)]
    if found and "?" in text and "://" in low:
        found = [
            f for f in found if f.kind != "generic_secret" or not public_values.map_key(low, f.start, _QUERY_REACH)
        ]  # (a provider's own format in a map's URL, as Google's `AIza...` key, is judged as that format)
    if found and "plain:" in low:
        found = [_unmarked(text, f) for f in found]
    return _dedupe(found) if len(found) > 1 else found


def _unmarked(text: str, f: Finding) -> Finding:
    """A password marked as kept in clear (GeoServer's `plain:<password>`) without its mark."""
    if f.kind == "password" and text.startswith("plain:", f.start) and f.end - f.start > len("plain:"):
        return Finding(DETECTOR, f.kind, f.start + len("plain:"), f.end, f.score)
    return f


_HASH_VALUES = lazy.compile(
    r"16:[0-9A-F]{16}60[0-9A-F]{40}|(?:[\w.@-]{1,64}:)?\$\$?(?:apr1|2[abxy]|[1567]|y)\$[^\s\"']{8,200}"
    r"|\$(?i:pbkdf2|argon2|scrypt|yescrypt|bcrypt|sha|md5|ssha)[\w-]{0,24}\$(?:[a-z]{1,12}=[\w,=]{1,64}\$|\d{1,7}\$)*"
    r"[A-Za-z0-9+/.=]{8,128}\$[A-Za-z0-9+/.=]{16,512}"
    r"|(?:md5|sha(?:1|224|256|384|512)?|blake2[bs]?):[A-Za-z0-9+/.=]{4,64}:[0-9a-f]{32,128}"
    r"|md5[0-9a-f]{32}|SCRAM-SHA-(?:1|256)\$\d{1,7}:[A-Za-z0-9+/=]{8,64}\$[A-Za-z0-9+/=]{16,128}:[A-Za-z0-9+/=]{16,128}"
)
"""Stored hashes that any rule may read as a value (whatever rule found it): Tor's hashed control-port password, a
crypt hash with or without its user (a panel's `$apr1$...` or `$2y$...` under a password's name; see
`_SEALED_VALUE`), a hash in the PHC string format of any case (Jellyfin's and Emby's
`$PBKDF2-SHA512$iterations=<n>$<salt>$<hash>`, passlib's `$pbkdf2-sha512$<n>$<salt>$<hash>`), PostgreSQL's
`md5<hex>` and SCRAM verifiers (as pgbouncer's `userlist.txt` and `ALTER ROLE ... PASSWORD` keep them), a digest
named by its algorithm after a salt of any alphabet (`sha512:<salt>:<hex>`)."""


_SIGNED_NAME = lazy.compile(
    r"(?<![a-z_-])(?:api[_-]?key|key|auth[_-]?key|access[_-]?key[_-]?id|awsaccesskeyid|googleaccessid"
    r"|x-(?:amz|goog)-credential)[\"']?(?:[ \t]*[:=][ \t]*|[ \t]+value=)[\"']?\Z"
)
"""On the lower-cased text, right before a value: the name of the key's half that a signed request carries in clear
beside the signature the secret made (a presigned URL's or a browser upload form's `X-Amz-Credential`,
`AWSAccessKeyId`, `GoogleAccessId`, an upload's `api_key` or `auth.key`)."""
_SIGNED_REACH = 48
_SIGNATURE = lazy.compile(r"signature[\"']?(?:[ \t]*[:=]|[ \t]+value=)")
_EXPIRY = lazy.compile(r"expires?|timestamp|x-amz-date|x-goog-date|policy")
_SIGNED_AROUND = 600
_BEACON = lazy.compile(r"data-cf-beacon=[\"']\{[^}]{0,40}\Z")
"""On the lower-cased text, before a value: a page's web-analytics beacon, whose token is public by design."""


def _signed_key_id(text: str, low: str, f: Finding) -> bool:
    """Whether a finding is the public half of a signed request's parameters: the key's id or name beside a
    signature and its expiry or time (a presigned URL, a browser upload's signed form or parameters), sent to the
    browser by design; not the secret that signed it. Or a page's analytics beacon token."""
    before = max(0, f.start - _SIGNED_REACH)
    if _BEACON.search(low, before, f.start) is not None:
        return True
    if _SIGNED_NAME.search(low, before, f.start) is None:
        return False
    around = (max(0, f.start - _SIGNED_AROUND), f.end + _SIGNED_AROUND)
    return _SIGNATURE.search(low, *around) is not None and _EXPIRY.search(low, *around) is not None


def _hash_value(text: str, f: Finding) -> bool:
    """Whether a finding is a stored hash (see `_HASH_VALUES`), not a secret."""
    return f.kind in ("password", "generic_secret") and _HASH_VALUES.fullmatch(text, f.start, f.end) is not None


_SECRET_REFERENCE = lazy.compile(
    r"arn:aws[\w-]*:(?:secretsmanager|ssm|kms):[^\s\"'<>,;)]+|projects/[\w.-]+/secrets/[^\s\"'<>,;)]+"
    r"|https://[\w-]+\.vault\.azure\.net/(?:secrets|keys|certificates)/[^\s\"'<>,;)]+"
)
"""Names of secrets kept in a secrets manager (an AWS ARN, a Google secret's resource name, a Key Vault URI): where a
secret is, not the secret."""


def _not_references(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the findings that lie inside a secret's reference (`...:secret:prod/db-AbC1eF`)."""
    spans = [m.span() for m in _SECRET_REFERENCE.finditer(text)]
    return [f for f in found if not any(a <= f.start and f.end <= b for a, b in spans)] if spans else found


def _secret_column(name: str) -> bool:
    return _SECRET_COLUMN.fullmatch(name) is not None


_DUMP_WORDS = WordGate(dumps.WORDS)
"""Where a literal `dumps` looks for stands: a short text with none holds none of its secrets."""


def _dumped(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets in SQL, Terraform state, API clients' exports, environment tables and variables' dumps (see `dumps`)."""
    if len(low) < LONG and _DUMP_WORDS.none(low):
        return []

    def holds(word: str) -> bool:
        return _holds(low, low, word)

    passwords = _every_place(low, "password", _indexed(low))
    out = dumps.sql(text, low, holds, _typed_password, plausible_secret, _secret_column, passwords)
    out += dumps.terraform(text, holds, _typed_password)
    if holds('"key"'):
        out += dumps.api_clients(text, holds, plausible_secret)
    return out + dumps.env_tables(text, holds, plausible_secret) + dumps.printed(text, holds, plausible_secret)


_CONFIG_WORDS = WordGate(config_values.WORDS)
"""Where a literal `config_values` looks for stands: a short text with none holds none of its secrets."""


def _configured(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets in `reg query` output, answer files, server directives, WordPress salts, cookie jars, ODBC strings'
    braced passwords (see `config_values`)."""
    if len(low) < LONG and _CONFIG_WORDS.none(low):
        return []
    where = _indexed(low)
    return config_values.find(
        text,
        low,
        lambda word: _places(low, word, where),
        plausible_secret,
        _typed_password,
        lambda name, value: _SESSION_COOKIE.search(name) is not None and _session_value(value),
    )


_KEYWORD_WORDS = WordGate([*keyword_values.WORDS, *admin_flags.WORDS])
"""Where a literal `keyword_values` or `admin_flags` looks for stands: a short text with none holds none of their
secrets."""


def _keyworded(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets written after a keyword in devices', VPNs' and clients' configs, and admin tools' passwords on their
    command lines (see `keyword_values`, `admin_flags`)."""
    if len(low) < LONG and _KEYWORD_WORDS.none(low):
        return []

    def holds(word: str) -> bool:
        return _holds(low, low, word)

    where = _indexed(low)
    out = keyword_values.find(text, low, holds, plausible_secret, lambda word: _places(low, word, where))
    return out + [(start, end, "password") for start, end in admin_flags.find(text, low, holds, _typed_password)]


_SETUP_WORDS = WordGate(setup_files.WORDS)
"""Where a literal `setup_files` looks for stands: a short text with none holds none of its secrets."""


def _set_up(text: str, low: str) -> list[tuple[int, int, str]]:
    """Passwords in installers' answer files and directory and telephony servers' configs (see `setup_files`)."""
    if len(low) < LONG and _SETUP_WORDS.none(low):
        return []
    where = _indexed(low)
    return setup_files.find(text, low, lambda word: _places(low, word, where), _typed_password)


def _any_known(where: tuple[dict[str, list[int]], set[str]], words: tuple[str, ...]) -> bool:
    """Whether the shared index found one of `words` in the text it read (see `_indexed`): a text with none of a
    finder's words is not read for its lines at all."""
    placed, often = where
    found = set_of(words)
    return not found.isdisjoint(placed) or bool(often and not found.isdisjoint(often))


_SCRIPT_WORDS = WordGate(script_values.WORDS)
"""Where a literal `script_values` looks for stands: a short text with none holds none of its secrets."""


def _scripted(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets in editors' init files, office macros and HCL variables' defaults (see `script_values`)."""
    if len(low) < LONG and _SCRIPT_WORDS.none(low):
        return []
    where = _indexed(low)
    if where is not None and not _any_known(where, script_values.WORDS):
        return []
    if where is None:
        return script_values.find(text, low, lambda w: _places(low, w, where), low.__contains__, plausible_secret)
    found, often = where  # (the index read `low` itself for these words: its answer needs no second look)
    return script_values.find(
        text, low, lambda w: _places(low, w, where), lambda w: w in found or w in often, plausible_secret
    )


_PROXY_WORDS = WordGate(proxy_logins.WORDS)
"""Where a literal `proxy_logins` looks for stands: a short text with none holds none of its secrets."""


def _proxied(text: str, low: str) -> list[tuple[int, int, str]]:
    """Passwords beside a user name in proxies', curl's, sbt's, cloud-init's and Nagios' files (see
    `proxy_logins`)."""
    if len(low) < LONG and _PROXY_WORDS.none(low):
        return []
    where = _indexed(low)
    if where is not None and not _any_known(where, proxy_logins.WORDS):
        return []
    return proxy_logins.find(
        text,
        low,
        lambda word: _places(low, word, where),
        lambda word: _holds(low, low, word),
        _line_password,
        plausible_secret,
    )


_SERVICE_WORDS = WordGate(service_lines.WORDS)
"""Where a literal `service_lines` looks for stands: a short text with none holds none of its secrets."""


def _services(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets in self-hosted services' own line syntax: UPS monitors, time servers' keys, iSCSI CHAP, SNMP, routers'
    protocol keys, TSIG secrets, Ceph keys (see `service_lines`)."""
    if len(low) < LONG and _SERVICE_WORDS.none(low):
        return []
    where = _indexed(low)
    if where is not None and not _any_known(where, service_lines.WORDS):
        return []
    return service_lines.find(
        text, low, lambda word: _places(low, word, where), lambda word: _holds(low, low, word), _line_password
    )


def _app_files(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets in apps' and tools' own files: lists of secrets (see `secret_lists`), key and credential files (see
    `key_files`), firmware consoles' commands (see `device_consoles`), mail clients' files (see `mail_dotfiles`),
    smart-contract toolchains' keys and RPC endpoints' API keys (see `chain_keys`), application servers' XML and
    web servers' header directives (see `server_xml`), salts, keys decoded in place and agents' logins (see
    `app_settings`), SIM keys, crypt keys and rsync secrets files (see `key_tables`), keysets, authenticator
    exports, signing key files, generated passwords in state files and AppRole secret ids (see `key_sets`), desktop
    clients' passwords (see `client_files`)."""
    where = _indexed(low)
    if where is not None and len(low) >= LONG and not _any_known(where, _APP_WORDS) and not low.startswith("n="):
        return []  # (a shorter text is read for `API` and `:` too, see below)

    def holds(word: str) -> bool:
        return word in low if where is None else word in where[0] or word in where[1]

    def has(words: tuple[str, ...]) -> bool:  # any of `words`: one set test when the index read the text
        return any(w in low for w in words) if where is None else _any_known(where, words)

    out: list[tuple[int, int, str]] = []
    if has(secret_lists.WORDS):
        out += [(s, e, "generic_secret") for s, e in secret_lists.find(text, low, _listed_random)]
    if has(key_files.WORDS) or "API" in text or ":" in text:
        out += key_files.find(text, low, _listed_random, _line_password, holds)
    if has(device_consoles.WORDS):
        consoles = device_consoles.find(text, low, _line_password, partial(_places, low, where=where))
        out += [(s, e, "password") for s, e in consoles]
    if has(mail_dotfiles.WORDS):
        out += [(s, e, "password") for s, e in mail_dotfiles.find(text, low, _line_password, holds)]
    if has(chain_keys.WORDS) or has(chain_keys.RPC_WORDS):
        out += chain_keys.find(text, low, holds, _chain_key)
    if has(server_xml.WORDS):
        out += server_xml.find(text, low, plausible_secret, holds)
    if has(app_settings.WORDS):
        places = partial(_places, low, where=where)
        out += app_settings.find(text, low, _listed_random, _line_password, holds, places)
    if has(device_sketches.WORDS):
        out += device_sketches.find(text, low, _line_password, holds)
    if has(key_tables.WORDS):
        out += key_tables.find(text, low, holds, plausible_secret, _line_password)
    if has(key_sets.WORDS):
        out += key_sets.find(text, low, holds, plausible_secret)
    if has(client_files.WORDS) or low.startswith("n="):  # (a HexChat network listed first: no line break before)
        out += client_files.find(text, low, holds, _line_password, plausible_secret)
    return out


_SERVER_WORDS = (*chat_servers.WORDS, *transfer_lines.WORDS)
INDEX.add(_SERVER_WORDS)  # where each starts: only there are these lines read (see `_server_logins`)


def _server_logins(text: str, low: str) -> list[tuple[int, int, str]]:
    """IRC clients' and bouncers' server passwords (see `chat_servers`) and file-transfer scripts' passwords (see
    `transfer_lines`), read only when one of their words occurs."""
    where = _indexed(low)
    first = low.startswith(("join ", "mode "))  # (a raw IRC line: the next lines' words start at a line break)
    if where is not None and not first and not _any_known(where, _SERVER_WORDS):
        return []

    def holds(word: str) -> bool:
        return word in low if where is None else word in where[0] or word in where[1]

    places = partial(_places, low, where=where)
    out: list[tuple[int, int, str]] = []
    if first or any(map(holds, chat_servers.WORDS)):
        out += chat_servers.find(text, low, holds, _line_password, places)
    if any(map(holds, transfer_lines.WORDS)):
        out += transfer_lines.find(text, low, holds, _line_password, places)
    return out


def _tool_lines(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets in tools' own lines named other than by a telling word at their end (see `tool_lines`): its words
    asked of the shared index, a URL's token screened for."""
    where = _indexed(low)
    urls = "@" in text and _may(low, tool_lines.URL_TOKEN)
    if where is not None and not urls and not _any_known(where, tool_lines.WORDS):
        return []

    def holds(word: str) -> bool:
        return word in low if where is None else word in where[0] or word in where[1]

    if not urls and not any(map(holds, tool_lines.WORDS)):
        return []
    return tool_lines.find(text, low, _listed_random, _line_password, holds, urls)


def _tool_arguments(text: str, low: str) -> list[tuple[int, int, str]]:
    """Passwords and keys well-known tools take as plain arguments (see `tool_arguments`), read where their words
    stand."""
    where = _indexed(low)
    first = low.startswith("user ")  # (a Redis ACL file's first line: the other lines' words start at a line break)
    if where is not None and not first and not _any_known(where, tool_arguments.WORDS):
        return []
    if where is None and not first and not any(map(low.__contains__, tool_arguments.WORDS)):
        return []
    return tool_arguments.find(text, low, _line_password, lambda w: _places(low, w, where))


def _block_values(text: str, low: str) -> list[tuple[int, int, str]]:
    """Values named by their parent key or a sibling key (see `block_values`): read only where its words stand."""
    where = _indexed(low)
    if where is not None and not _any_known(where, block_values.WORDS):
        return []
    places = sorted(at for word in block_values.WORDS for at in _places(low, word, where))
    if not places:
        return []
    return block_values.find(text, low, places, _block_value, _public_block_name)


def _secure_fields(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets in clear in fields meant to hold them sealed or apart (see `secure_fields`), read where its words
    stand."""
    where = _indexed(low)
    if where is not None and not _any_known(where, secure_fields.WORDS):
        return []
    if where is None and "secure" not in low and "stringdata" not in low:
        return []
    places = {word: _places(low, word, where) for word in secure_fields.WORDS}
    return secure_fields.find(text, low, places, _block_value)


def _marked_values(text: str, low: str) -> list[tuple[int, int, str]]:
    """Secrets their own record marks as secret (see `marked_values`), read where its words stand."""
    where = _indexed(low)
    if where is not None and not _any_known(where, marked_values.WORDS):
        return []
    if where is None and not any(map(low.__contains__, marked_values.WORDS)):
        return []
    places = {word: _places(low, word, where) for word in marked_values.WORDS}
    return marked_values.find(text, low, places, _block_value, _marked_name, lambda w: _holds(low, low, w))


def _marked_name(name: str) -> str:
    """The kind a marked value's name tells ("password", "generic_secret"), or ""."""
    return block_values.telling(name, _public_block_name) if name else ""


def _glued_names(text: str, low: str) -> list[tuple[int, int, str]]:
    """Values under names with a telling word glued inside (see `glued_names`)."""
    where = _indexed(low)
    if where is not None and not _any_known(where, glued_names.WORDS):
        return []
    return glued_names.find(text, low, lambda word: _places(low, word, where), _block_value, _public_block_name)


def _url_token(value: str) -> bool:
    """Whether a part of a tool's URL is a random token (see `notify_urls`)."""
    return _random_value(value) and plausible_secret(value)


def _block_value(value: str) -> bool:
    """Whether a value named only by its block, a sibling or a word glued inside its name is a secret: a plausible
    one (see `plausible_secret`) that is random, long hexadecimal, a UUID, or mixes both cases with digits or signs;
    not a slug of words and a number (`standup-room-4821`, `test-token-123456`), a name or an id."""
    if not plausible_secret(value):
        return False
    if _random_value(value) or _long_hex(value) or _UUID_VALUE.fullmatch(value) is not None:
        return True
    return _HAS_UPPER(value) is not None and _HAS_LOWER(value) is not None and _classes(value) >= 3


_HAS_UPPER = lazy.compile(r"[A-Z]").search
_HAS_LOWER = lazy.compile(r"[a-z]").search


def _public_block_name(name: str) -> bool:
    """Whether a name (split at its case changes, lower-cased) is for a key meant to be public or no credential."""
    return _PUBLIC_NAME.search(name) is not None or _CURSOR_TOKEN.search(name) is not None


def _listed_random(value: str) -> bool:
    """Whether an item of a list of secrets or a key file's value is a key: random (see `_random_value`) or long
    hexadecimal, and no reference or stand-in."""
    return (_random_value(value) or _long_hex(value)) and plausible_secret(value)


def _chain_key(value: str) -> bool:
    """Whether a wallet's key in hex is one: not a documented test account's, not a stand-in typed with few digits."""
    return not _documented(value) and len(set(value.lower().removeprefix("0x"))) > _KEY_DISTINCT


_KEY_DISTINCT = 8


_OPAQUE_SHORT = lazy.compile(r"[=:][ \t]*[\"']?([A-Za-z0-9_-]{32,})")
"""In a short text, the runs of token characters after an assignment that may be such values (a long text's runs
are found anyway)."""


def _opaque(text: str, runs: list[tuple[int, int]]) -> list[Finding]:
    """Random values under names that say nothing (`K0=...`, see `opaque_values`)."""
    return [Finding(DETECTOR, "generic_secret", s, e, 0.8) for s, e in opaque_values.find(text, runs, _opaque_random)]


def _opaque_random(value: str) -> bool:
    """Whether a value under a meaningless name is random enough to be a key: random by `_random_value`, its letters
    switching case at random, with two digits or more; not of base58 alone up to 48 characters (a wallet address
    under `BTC:` or `wallet:` is the user's, not a key; Polkadot's run to 48), nor an extended public key."""
    if len(value) <= _BASE58_MOST and not _NOT_BASE58.intersection(value):
        return False
    if value[1:4] == "pub" and _SEALED_VALUE.match(value) is not None:
        return False
    if value.startswith(_PUBLIC_VALUE):
        return False  # a public key or a client-side token (see `_PUBLIC_VALUE`)
    return _random_value(value) and _random_case(value) and sum(map(str.isdigit, value)) >= 2


_NOT_BASE58 = frozenset("0OIl-_")
_BASE58_MOST = 48


_SCREENED = (
    *((p, True) for p in (_JWT.pattern, _DISCORD_TAIL, _AUTH_FIELD, _PGPASS, _NETRC, _DASH_FLAG, _URL_CREDS)),
    (tool_lines.URL_TOKEN, True),
    *((p, False) for p in (_BEARER, _NAMED_VALUE, *_DIRECTIVES)),
)
"""The expressions a long text is screened for (see `screen.SCREEN`): one Hyperscan pass tells which of them
cannot match it, and those are not run (with `True`: run on the text, screened in its lower-cased form). Not
`_FLAG_SECRET`: its loosened form costs the screen about what its own pass does; not the assignments: the
Hyperscan pass that finds where they may start (`_ASSIGN_STARTS`) reads the same texts and tells as much, and
they cost the screen a fifth of its time."""
for _pattern, _fold in _SCREENED:
    SCREEN.add([_pattern], _fold)


def _may(low: str, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` may match the text `low` is the lower-cased form of (see `screen.Screen.may`)."""
    return len(low) < LONG or SCREEN.may(low, pattern)


_TEXT_ANY = any_of(
    [
        _JWT.pattern.pattern,
        _DISCORD_TAIL.pattern,
        _PEM_BEGIN.pattern,
        "---- BEGIN SSH2 ",
        _URL_CREDS.pattern,
        *(pattern.pattern.pattern for pattern, _, _ in _ANCHORED),
    ]
)
_LOW_EXPRESSIONS: tuple[re.Pattern[str], ...] = (
    *(pattern for pattern, _, _, _ in _ASSIGNMENTS),
    _FOREIGN,
    _FOREIGN_SAID,
    lazy.compile(password_phrases.LOOSE),
    lazy.compile(login_prose.LOOSE),
    lazy.compile(nested_keys.LOW_GATE),
    *(lazy.compile(re.escape(w)) for w in login_pairs.WORDS),
    _AUTH_SCHEME,
    _AUTH_HEADER,
    *(
        _BEARER,
        _BASIC,
        lazy.compile("aws"),
        lazy.compile(r"--[a-z0-9-]{0,30}?(?:token|secret|pass|key|credential|body)"),
    ),
    lazy.compile(r"value[\"']?[ \t]*[:=]"),
    lazy.compile(r"-(?<![^ \t=]-)(?:[paub]|-user|-pass|-proxy-user)"),
    lazy.compile(r"-(?:pass|pw|api|token|rcon|admin|server)|storepass|keypass"),
    *_DIRECTIVES,
    *_COLUMN_WORDS,
    lazy.compile(r"cookie(?:[\"']?[ \t]*[:=]|\"[ \t]*,|\([ \t]*\")"),
    lazy.compile(r"psk(?<![a-z0-9]psk)[\"']?[ \t]*[:=>]"),
    *(lazy.compile(gate) for gate in dumps.LOW_GATES),
    *(lazy.compile(gate) for gate in config_values.LOW_GATES),
    *(lazy.compile(gate) for gate in keyword_values.LOW_GATES),
    *(lazy.compile(gate) for gate in admin_flags.LOW_GATES),
    *(lazy.compile(gate) for gate in setup_files.LOW_GATES),
    *(lazy.compile(gate) for gate in service_lines.LOW_GATES),
    *(lazy.compile(gate) for gate in script_values.LOW_GATES),
    *(lazy.compile(gate) for gate in proxy_logins.LOW_GATES),
    *(lazy.compile(re.escape(w)) for w in _APP_WORDS),
    *(lazy.compile(gate) for gate in key_files.LOW_GATES),
    *(lazy.compile(gate) for gate in key_tables.LOW_GATES),
    *(lazy.compile(gate) for gate in server_xml.LOW_GATES),
    *(lazy.compile(gate) for gate in device_sketches.LOW_GATES),
    *(lazy.compile(gate) for gate in tool_lines.LOW_GATES),
    *(lazy.compile(gate) for gate in tool_arguments.LOW_GATES),
    *(lazy.compile(gate) for gate in block_values.LOW_GATES),
    *(lazy.compile(gate) for gate in secure_fields.LOW_GATES),
    *(lazy.compile(gate) for gate in marked_values.LOW_GATES),
    *(lazy.compile(gate) for gate in notify_urls.LOW_GATES),
    *(lazy.compile(gate) for gate in glued_names.LOW_GATES),
    *(lazy.compile(gate) for gate in (*chat_servers.LOW_GATES, *transfer_lines.LOW_GATES)),
    lazy.compile(r"\An=[^\n]{1,128}\n"),
)
"""For short texts: the expressions above that run on the text, and those that run on the lower-cased text (with
`aws`, which lets the AWS secret key be looked for); provider formats are looked for in every text (see
`provider_keys`)."""
_LOW_NEEDS = {pattern: required_words(pattern.pattern) for pattern in _LOW_EXPRESSIONS}
"""Each expression's words, of which every match of it holds one (see `scan.required_words`; none: any text)."""
_LOW_WORDS = lazy.compile(trie({w for words in _LOW_NEEDS.values() for w in words}))
"""Where one of the words of `_LOW_NEEDS` starts."""


def _by_first(
    needs: dict[re.Pattern[str], tuple[str, ...]], size: int = 1
) -> dict[str, tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]]:
    """Per first `size` characters (the whole word when it is shorter), each word of `needs` and the expressions
    that need it."""
    needing: dict[str, list[re.Pattern[str]]] = {}
    for p, words in needs.items():  # (each word's expressions in the order of `needs`, each once)
        for word in dict.fromkeys(words):
            needing.setdefault(word, []).append(p)
    out: dict[str, list[tuple[str, tuple[re.Pattern[str], ...]]]] = {}
    for word in sorted(needing):
        out.setdefault(word[:size], []).append((word, tuple(needing[word])))
    return {lead: tuple(words) for lead, words in out.items()}


_LOW_BY_TWO = _by_first(_LOW_NEEDS, 2)
"""Per first two characters (a word of one: that character), each word of `_LOW_NEEDS` and the expressions that need
it: where a word starts, only the words that begin with the two characters there are compared (by the first alone,
~30 words for `a` or `c` were compared at every `a` of a text)."""
_LOW_ALWAYS = tuple(p for p, words in _LOW_NEEDS.items() if not words)
"""The expressions that need no word (tried on every short text)."""


def _low_any(low: str) -> bool:
    """Whether one of `_LOW_EXPRESSIONS` matches the short lower-cased text `low`: each is tried once, only when
    one of its words occurs (one expression for them all tries every branch at every place: ~46 us for 200
    characters of prose that holds `key` or `token`, against a few for the words and the expressions they need).
    The words that may occur are those led by a character or pair of characters the text holds (two set
    operations in compiled code, where a Python step per place a word may start cost ~20 us for 60 characters)."""
    if any(p.search(low) is not None for p in _LOW_ALWAYS):
        return True
    placed = _LOW_PLACES.places(low)  # (None: outside ASCII, too many places, or the database not built yet)
    if placed is not None:
        return _low_tried(_LOW_CHARS.intersection(low), placed, low)
    held = set(low)
    held.update(map(operator.add, low, low[1:]))  # (every pair of characters in `low`)
    tried: set[re.Pattern[str]] = set()
    for key in _LOW_KEYS.intersection(held):
        for word, patterns, keyed in _LOW_BY_KEY[key]:
            if keyed or word in low:  # (a word of one or two characters is its key: it occurs)
                for p in patterns:
                    if p not in tried:
                        if p.search(low) is not None:
                            return True
                        tried.add(p)
    return False


def _low_tried(chars: Iterable[str], placed: Iterable[str], low: str) -> bool:
    """`_low_any`'s search, for the words of one character that `low` holds (`chars`) and those of more that one
    pass of `_LOW_PLACES` found in it (`placed`): each expression they need tried once."""
    tried: set[re.Pattern[str]] = set()
    for words in (chars, placed):
        for word in words:
            for p in _LOW_OF[word]:
                if p not in tried:
                    if p.search(low) is not None:
                        return True
                    tried.add(p)
    return False


_LOW_OF = {word: patterns for entries in _LOW_BY_TWO.values() for word, patterns in entries}
"""Each word of `_LOW_NEEDS` and the expressions that need it."""
_LOW_CHARS = frozenset(w for w in _LOW_OF if len(w) == 1)
"""The words of `_LOW_NEEDS` of one character: a set test per character of a text finds them."""
_LOW_PLACES = ShortIndex()
"""Where the longer ASCII words of `_LOW_NEEDS` occur in a short ASCII text: one Hyperscan pass, where a set of every
pair of its characters and a test per word led by one of them cost ~15 us for 90 characters (see `short_words`;
until its database is built, and for a text outside ASCII, `_low_any` reads the pairs)."""
_LOW_PLACES.add(w for w in _LOW_OF if len(w) > 1)
_LOW_KEYS = frozenset(_LOW_BY_TWO)
_LOW_BY_KEY = {
    key: tuple((word, patterns, len(word) <= 2) for word, patterns in entries) for key, entries in _LOW_BY_TWO.items()
}
"""`_LOW_BY_TWO` with whether each word is its key (one or two characters), told once, not at each text."""
"""The first characters (one or two) of the words of `_LOW_NEEDS` (see `_low_any`)."""


def _gated(text: str, low: str) -> Container[str]:
    """The names the gates find in `text` and `low` (see `_FORMATS`)."""
    where = _indexed(low)
    if where is not None:
        return {name for name, word in _GATE_WORDS if word in where[0] or word in where[1]}
    names = {"pass"} if "pass" in low else set()  # common enough to be its own scan
    for gate in _LOW_GATES:
        names |= gate.names(low)
    return names


def _dedupe(found: list[Finding]) -> list[Finding]:
    """Overlapping findings become one over their union, named by the most specific (format-checked over
    assigned-name guesses), then the longest: nothing of either is left in clear text."""
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    for f in found:
        if out and f.start < out[-1].end:
            last = out[-1]
            lead = f if (f.score, f.end - f.start) > (last.score, last.end - last.start) else last
            out[-1] = Finding(DETECTOR, lead.kind, last.start, max(last.end, f.end), lead.score)
            continue
        out.append(f)
    return out
