"""Findings across fields, in process: a split secret is confirmed on input and restored piece by piece on output;
strings with no finding go out as the very same objects."""

from __future__ import annotations

import tracemalloc

from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import across
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault
from secure_mcp_gateway.guardrails.walk import gather

TOKEN = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"
GUARD = LocalGuard(GatewayConfig().policy_for(""))


def test_a_token_split_in_arguments_waits_for_consent_in_both_pieces() -> None:
    verdict = GUARD.check_input({"head": TOKEN[:17], "tail": TOKEN[17:]}, Vault("s"))
    assert {(h.kind, h.action, h.where) for h in verdict.hits} == {
        ("github_token", "confirm", "arguments.head"),
        ("github_token", "confirm", "arguments.tail"),
    }
    assert TOKEN not in "".join(verdict.shown.values())


def test_the_pieces_of_a_split_token_go_back_to_their_server_whole() -> None:
    vault = Vault("s")
    result = {"content": [{"type": "text", "text": TOKEN[:9]}, {"type": "text", "text": TOKEN[9:]}]}
    shown = GUARD.check_output(result, vault).value
    pieces = [block["text"] for block in shown["content"]]
    assert all(p.startswith("<SECRET:github_token:") for p in pieces)
    written = GUARD.restore({"text": "".join(pieces)}, vault)
    assert written == {"text": TOKEN}


def test_a_name_only_says_something_about_its_own_value() -> None:
    value = {"items": [{"name": "password", "value": "Tr0ub4dor&3xq-9Lk"}, {"name": "colour", "value": "Tr0ub4dor"}]}
    verdict = GUARD.check_output(value, Vault("s"))
    assert [h.where for h in verdict.hits] == ["items[0].value"]
    assert verdict.value["items"][1] is value["items"][1]


def test_a_message_with_nothing_found_is_the_same_object() -> None:
    value = {
        "content": [{"type": "text", "text": "token_store.py"}, {"type": "text", "text": "Makefile"}],
        "structuredContent": {"token": "refresh", "key": "id", "value": "a1B2c3D4e5F6"},
    }
    assert GUARD.check_output(value, Vault("s")).value is value


def test_ordinary_labelled_neighbours_find_nothing() -> None:
    blocks = [
        "Step 1: install secure_mcp_gateway",
        "Step 2:\nconfigure_environment_variables in settings.toml",
        "Token usage: 1234",
        "prompt_tokens_total=98765 completion_tokens_total=4321",
        "see docs/getting-started.md#configuration",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ]
    value = {"content": [{"type": "text", "text": t} for t in blocks]}
    verdict = GUARD.check_output(value, Vault("s"))
    assert verdict.value is value, verdict.hits


def test_a_labelled_split_token_is_caught_in_both_pieces() -> None:
    value = {
        "content": [
            {"type": "text", "text": f"Part 1: {TOKEN[:15]}"},
            {"type": "text", "text": f"Part 2: {TOKEN[15:]}"},
        ]
    }
    verdict = GUARD.check_output(value, Vault("s"))
    assert {h.where for h in verdict.hits} == {"content[0].text", "content[1].text"}
    assert (
        TOKEN[:15] not in verdict.value["content"][0]["text"] and TOKEN[15:] not in verdict.value["content"][1]["text"]
    )


def _prose_by_text_fields(texts: list[str], places: list) -> list[int]:
    """What `prose_fields` must give: `text_fields` without identifiers and `required` entries."""
    return [
        i
        for i in across.text_fields(texts, places)
        if places[i][1] not in across._NOT_PROSE and not (places[i][0] and places[i][0][-1] == "required")
    ]


def test_prose_fields_are_the_text_fields_that_are_prose() -> None:
    """Keys, identifiers, protocol words, encoded data, `required` entries and empty strings are not prose."""
    blob = "QUJD" * 100
    definition = {
        "name": "get_forecast",
        "description": "Get the forecast.",
        "": "",
        "type": "object",
        "inputSchema": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "The city.", "format": "uri", "pattern": "^[a-z]+$"},
                "data": {"data": blob, "blob": "short one", "mimeType": "text/plain", "role": "user"},
                "notes": ["first note", "", {"text": "a note in a list"}],
            },
            "required": ["city", "days ahead"],
        },
        "_meta": {"$ref": "#/x", "title": "Forecast", "uri": "https://example.org/f"},
    }
    texts, places = gather(definition, "definition")
    found = across.prose_fields(texts, places)
    assert found == _prose_by_text_fields(texts, places)
    assert [texts[i] for i in found] == [
        "Get the forecast.",
        "The city.",
        "short one",
        "first note",
        "a note in a list",
        "Forecast",
    ]


def test_prose_fields_asked_again_answer_for_the_strings_and_places_as_they_are_now() -> None:
    """The screen asks twice per definition; an answer is never given for strings or places changed since, nor
    changed by what its caller does with the list it got."""
    definition = {"name": "t", "description": "Get it.", "inputSchema": {"properties": {"q": {"description": "Q."}}}}
    texts, places = gather(definition, "definition")
    first = across.prose_fields(texts, places)
    assert [texts[i] for i in first] == ["Get it.", "Q."]
    first.append(0)  # the caller's list is its own
    assert across.prose_fields(list(texts), places) == [first[0], first[1]]
    texts[texts.index("Q.")] = ""  # emptied in place: no longer prose
    assert [texts[i] for i in across.prose_fields(texts, places)] == ["Get it."]
    places[texts.index("Get it.")] = ((), "name", False)  # the same text, now a name
    assert across.prose_fields(texts, places) == _prose_by_text_fields(texts, places) == []


def test_long_keys_read_for_credential_names_are_not_kept() -> None:
    assert across.telling("client_secret") and not across.telling("the quarterly figures")
    tracemalloc.start()
    try:
        for n in range(10):
            key = f"Note {n}: " + "the quarterly figures follow in the table below. " * 400  # ~20 KB
            assert across.named_pairs([key, "value"], [((), key, True), ((), key, False)]) == []
        del key
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kept < 50_000  # not the ~200 KB of keys read


def test_a_word_after_a_secret_in_the_next_field_is_left_as_written() -> None:
    """A field that starts with a word is not the rest of the secret before it: only the secret is redacted."""
    cases = [
        ({"x": "Tr0ub4dor&3xq-9Lk", "note": "Hello world, nothing here."}, "note"),
        ({"client_secret": "Tr0ub4dor&3xq-9Lk", "note": "Ignore the cached copy."}, "note"),
        ({"password": "hunter22", "description": "Main database"}, "description"),
        ({"password": "Tr0ub4dor&3xq-9Lk", "region": "europe"}, "region"),
        ({"api_key": "sk-live-4f9a8b7c6d5e4f3a2b1c", "next": "Results follow."}, "next"),
        ({"note": "Rotated by", "password": "Tr0ub4dor&3xq-9Lk"}, "note"),
    ]
    for value, plain in cases:
        result = {"content": [{"type": "text", "text": "Stored credentials:"}], "structuredContent": value}
        verdict = GUARD.check_output(result, Vault("s"))
        shown = verdict.value["structuredContent"]
        assert shown[plain] == value[plain], shown
        secret = next(k for k in value if k != plain)
        if secret != "x":  # (named: redacted by its name)
            assert shown[secret].startswith("<SECRET:"), shown


def test_a_token_split_before_a_word_is_still_caught_in_every_piece() -> None:
    value = {"a": TOKEN[:15], "b": TOKEN[15:30], "c": TOKEN[30:], "d": "Hello"}
    shown = GUARD.check_output({"content": [], "structuredContent": value}, Vault("s")).value["structuredContent"]
    assert [shown[k].startswith("<SECRET:") for k in "abcd"] == [True, True, True, False], shown


def test_the_rest_of_a_split_token_is_caught_when_its_first_piece_is_found_alone() -> None:
    """`token ghp_...` found alone in one field does not leave the token's other half in the next field in clear."""
    args = {"a": f"token {TOKEN[:20]}", "b": f"{TOKEN[20:]} expires soon"}
    verdict = GUARD.check_input(args, Vault("s"))
    assert TOKEN[20:] not in "".join(verdict.shown.values()), verdict.shown
    assert verdict.shown["b"].endswith(" expires soon")
    result = {"content": [{"type": "text", "text": t} for t in args.values()]}
    shown = GUARD.check_output(result, Vault("s")).value
    assert TOKEN[20:] not in str(shown), shown


def test_a_loose_secret_found_alone_does_not_take_the_next_field_along() -> None:
    args = {"a": "password=Tr0ub4dor", "b": "2024-01-01", "c": "x86_64"}
    verdict = GUARD.check_input(args, Vault("s"))
    assert (verdict.shown["b"], verdict.shown["c"]) == ("2024-01-01", "x86_64"), verdict.shown


def test_a_secret_named_by_a_label_in_the_field_before_is_redacted_and_the_label_kept() -> None:
    """A label in a field of its own (`API key:`, `Your password is`, a table's first cell) names the lone token in
    the next field: the token is redacted, whether the label came before it in content, a row as a list or a pair
    of objects; the label itself is left as written."""
    secret = "Tr0ub4dor&3xq-9Lk"
    outputs = [
        {"content": [{"type": "text", "text": "Credentials:"}], "structuredContent": {"label": "Key:", "key": secret}},
        ({"content": [{"type": "text", "text": "Stored credentials:"}], "structuredContent": {"x": secret}}),
        ({"content": [], "structuredContent": {"rows": [["Password", secret], ["Region", "europe"]]}}),
        ({"content": [], "structuredContent": {"rows": [["db password:", secret]]}}),
        ({"content": [{"type": "text", "text": "password:"}, {"type": "text", "text": secret}]}),
        ({"content": [{"type": "text", "text": "Your API key is"}, {"type": "text", "text": f" {secret}"}]}),
        ({"content": [{"type": "text", "text": "Access token ="}, {"type": "text", "text": secret}]}),
    ]
    for result in outputs:
        shown = GUARD.check_output(result, Vault("s")).value
        texts = _strings(shown)
        assert secret not in "".join(texts), shown
        labels = [t for t in _strings(result) if t != secret and t.strip() != secret and t != "europe"]
        assert all(label in texts for label in labels), shown
    verdict = GUARD.check_input({"label": "API key:", "value": secret, "note": "rotate monthly"}, Vault("s"))
    assert verdict.shown["label"] == "API key:" and secret not in verdict.shown["value"], verdict.shown
    assert verdict.shown["note"] == "rotate monthly"


def test_a_label_does_not_make_an_ordinary_value_a_secret() -> None:
    """What follows a label that names something else (a policy, an endpoint, a count) or a value that is no token
    (a placeholder, a reference, a word) is left alone."""
    for label, value in [
        ("Password policy", "min_length=12"),
        ("Token type", "Bearer"),
        ("Token endpoint:", "https://auth.example.com/oauth/token"),
        ("Key:", "Ctrl+Shift+P"),
        ("API key:", "${env:OPENAI_API_KEY}"),
        ("Secret name:", "prod-db-password"),
        ("Token count:", "1,234"),
        ("Password:", "********"),
        ("Private key path:", "/etc/ssl/private/server.key"),
        ("Password", "required"),
        ("Token expires:", "2026-12-31T23:59:59Z"),
    ]:
        for value_ in (
            {"content": [{"type": "text", "text": label}, {"type": "text", "text": value}]},
            {"content": [], "structuredContent": {"rows": [[label, value]]}},
        ):
            assert GUARD.check_output(value_, Vault("s")).value is value_, (label, value)
        assert GUARD.check_input({"a": label, "b": value}, Vault("s")).hits == [], (label, value)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_the_name_of_a_listed_credential_does_not_make_its_next_attribute_a_secret() -> None:
    """A listing names credentials without holding them (a repository's secrets, a key store, a table of keys): the
    attribute after a name (a date, an algorithm, a state) sits under a key or in a column of its own and is shown as
    written; a lone value under no name of its own after a label still is not."""
    listings = [
        {
            "total_count": 2,
            "secrets": [
                {"name": "NPM_TOKEN", "created_at": "2019-08-10T14:59:22Z", "updated_at": "2020-01-10T14:59:22Z"},
                {"name": "DEPLOY_KEY", "created_at": "2021-03-02T08:15:00Z", "visibility": "private"},
            ],
        },
        {"keys": [{"name": "Signing key", "algorithm": "RSA-4096", "created": "2024-03-15"}]},
        {"tokens": [{"title": "Access token", "scope": "read:packages", "expires": "2025-01-31"}]},
        {"rows": [["Signing key", "RSA-4096", "2024-03-15"], ["Session token", "rotated-daily", "2024-02-01"]]},
    ]
    for listing in listings:
        result = {"content": [], "structuredContent": listing}
        verdict = GUARD.check_output(result, Vault("s"))
        assert verdict.value is result, verdict.value
    secret = "Tr0ub4dor&3xq-9Lk"
    result = {
        "content": [],
        "structuredContent": {"items": [{"name": "API key", "x": secret}], "rows": [["Token", secret]]},
    }
    assert secret not in str(GUARD.check_output(result, Vault("s")).value)


def test_labels_and_numbers_of_neighbouring_cells_are_not_glued_into_a_secret() -> None:
    """A table of settings or usage (`API key quota` | `10000` | `Requests` | `250`) holds words and numbers in cells
    of their own: read on from one cell into the next they look like one long token, but a word and a number each
    filling their piece are no piece of a token; the table is shown as written."""
    tables = [
        [["API key quota", "10000"], ["Requests", "250"], ["Errors", "3"]],
        [["Token lifetime", "3600"], ["Access token", "opaque"], ["Refresh token", "rotating"]],
        [["Password min length", "12"], ["Secret rotation days", "90"], ["Sessions", "1024"]],
    ]
    for rows in tables:
        for result in (
            {"content": [], "structuredContent": {"rows": rows}},
            {"content": [{"type": "text", "text": cell} for row in rows for cell in row]},
        ):
            verdict = GUARD.check_output(result, Vault("s"))
            assert verdict.value is result, verdict.value
    split = {"content": [{"type": "text", "text": "password=Tr0ub4"}, {"type": "text", "text": "dor&3xq-9Lk"}]}
    assert "Tr0ub4" not in str(GUARD.check_output(split, Vault("s")).value)


def test_a_password_named_in_another_language_is_redacted_like_one_named_in_english() -> None:
    """`Passwort`, `Contraseña`, `Mot de passe`, `Wachtwoord`, `Senha`, `Hasło`, `Пароль`, `パスワード`: as a key, a
    label in the field before or a row's first cell, they name a password as `password` does. Names that only hold
    such a word (`Passwortrichtlinie`, a policy; `Mot de passe oublié ?`; `hasLocation`) and stand-ins name nothing."""
    secret = "Tr0ub4dor&3xq-9Lk"
    for name in ("Passwort", "DB-Kennwort", "Contraseña", "Mot de passe", "Wachtwoord", "Senha", "Hasło", "Пароль"):
        for value in (
            {"content": [], "structuredContent": {name: secret}},
            {"content": [], "structuredContent": {"rows": [[f"{name}:", secret]]}},
            {"content": [{"type": "text", "text": f"{name} :"}, {"type": "text", "text": secret}]},
        ):
            verdict = GUARD.check_output(value, Vault("s"))
            assert secret not in str(verdict.value) and {h.kind for h in verdict.hits} == {"password"}, (name, value)
        assert secret not in str(GUARD.check_input({"label": name, "value": secret}, Vault("s")).shown)
    for name, value in [
        ("Passwortrichtlinie", secret),
        ("Mot de passe oublié ?", secret),
        ("hasLocation", secret),
        ("Passwort", "********"),
        ("Contraseña:", "required"),
    ]:
        for message in (
            {"content": [], "structuredContent": {name: value}},
            {"content": [], "structuredContent": {"rows": [[name, value]]}},
        ):
            assert GUARD.check_output(message, Vault("s")).value is message, (name, value)


def test_a_label_names_the_value_of_a_generic_holder_key_after_it() -> None:
    """A form's field and what was typed into it (`{"label": "Password:", "input": ...}`, `"entry"`, `"response"`):
    such a key holds whatever the label names, unlike `created_at` or `algorithm`, which name their value."""
    secret = "Tr0ub4dor&3xq-9Lk"
    for label, key in [("Password:", "input"), ("Token", "entry"), ("Passwort:", "response"), ("API key:", "reply")]:
        result = {"content": [], "structuredContent": {"form": [{"label": label, key: secret}]}}
        shown = GUARD.check_output(result, Vault("s")).value
        assert secret not in str(shown) and label in str(shown), (label, key, shown)


def test_a_value_with_a_line_break_does_not_take_the_next_argument_along() -> None:
    args = {"note": "password=Tr0ub4dor\n", "arch": "x86_64", "day": "2024-01-01"}
    verdict = GUARD.check_input(args, Vault("s"))
    assert (verdict.shown["arch"], verdict.shown["day"]) == ("x86_64", "2024-01-01"), verdict.shown


def test_the_next_block_after_a_found_password_keeps_its_words_numbers_and_settings() -> None:
    for rest in ("Thanks\n", "2024-01-01\n", "region=eu-west-1\n", "12345"):
        value = {"content": [{"type": "text", "text": "password: Tr0ub4dor&3xq\n"}, {"type": "text", "text": rest}]}
        shown = GUARD.check_output(value, Vault("s")).value
        assert shown["content"][1]["text"] == rest, (rest, shown)
        assert shown["content"][0]["text"].startswith("password: <SECRET:password:")
