"""Acceptance: ordinary files written and read through the real filesystem server, default config, come back intact."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from conftest import gateway, text_of

pytestmark = pytest.mark.anyio

FILESYSTEM = Path(__file__).parent / "node" / "node_modules" / ".bin" / "mcp-server-filesystem"

if not FILESYSTEM.exists():
    if os.environ.get("SMG_REQUIRE_NODE"):
        raise RuntimeError("npm test servers missing: run `npm ci --prefix tests/node`")
    pytest.skip("npm test servers not installed (npm ci --prefix tests/node)", allow_module_level=True)

AUTH_PY = '''"""HTTP basic auth and OAuth token handling for the billing client."""

from __future__ import annotations

import os
from base64 import b64encode
from typing import Optional

from .models import OAuthToken, RefreshToken


class BillingClient:
    tokens: OAuthToken
    refresh: RefreshToken | None = None
    password: Optional[str] = None
    api_key: str = ""
    secret_key = os.environ.get("BILLING_SECRET_KEY", "")

    def basic_header(self, user: str, secret: str) -> dict[str, str]:
        userpass = f"{user}:{secret}".encode()
        token = b64encode(userpass).decode()
        return {"Authorization": f"Basic {token}"}

    def bearer_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens.access_token}"}

    def login(self, username: str, password: str) -> OAuthToken:
        self.password = password
        return self._exchange(grant_type="password", username=username, password=password)
'''

ENV_EXAMPLE = """# Copy this file to .env.local and fill in your own values.
ANTHROPIC_API_KEY=your-anthropic-api-key-here
OPENAI_API_KEY=sk-...
STRIPE_SECRET_KEY=sk_test_replace_me
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/billing
SECRET_KEY=changeme
GITHUB_TOKEN=<your GitHub token>
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
"""

CHATML_PY = '''"""Prompt templates for the support assistant (ChatML format)."""

SYSTEM = "You are a careful support assistant. Answer from the knowledge base only."

TEMPLATE = (
    "<|im_start|>system\\n{system}<|im_end|>\\n"
    "<|im_start|>user\\n{question}<|im_end|>\\n"
    "<|im_start|>assistant\\n"
)

STOP = ["<|im_end|>", "<|endoftext|>"]


def render(question: str, system: str = SYSTEM) -> str:
    """One prompt, ready for the completion endpoint."""
    return TEMPLATE.format(system=system, question=question)


def render_history(turns: list[tuple[str, str]], system: str = SYSTEM) -> str:
    """A whole conversation: (role, text) pairs, oldest first."""
    parts = [f"<|im_start|>system\\n{system}<|im_end|>"]
    for role, text in turns:
        parts.append(f"<|im_start|>{role}\\n{text}<|im_end|>")
    parts.append("<|im_start|>assistant\\n")
    return "\\n".join(parts)
''' + "".join(f"\n\ndef step_{i}(x: int) -> int:\n    return x * {i} + {i % 7}\n" for i in range(60))

TOKENIZER_CONFIG = (
    json.dumps(
        {
            "add_bos_token": True,
            "add_eos_token": False,
            "bos_token": "<s>",
            "eos_token": "</s>",
            "unk_token": "<unk>",
            "pad_token": None,
            "clean_up_tokenization_spaces": False,
            "legacy": False,
            "model_max_length": 4096,
            "padding_side": "left",
            "sp_model_kwargs": {},
            "tokenizer_class": "LlamaTokenizer",
            "chat_template": (
                "{% if messages[0]['role'] == 'system' %}{% set system_message = '<<SYS>>\\n' + "
                "messages[0]['content'] | trim + '\\n<</SYS>>\\n\\n' %}{% set messages = messages[1:] %}"
                "{% else %}{% set system_message = '' %}{% endif %}{% for message in messages %}"
                "{% if loop.index0 == 0 %}{% set content = system_message + message['content'] %}"
                "{% else %}{% set content = message['content'] %}{% endif %}"
                "{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content | trim + ' [/INST]' }}"
                "{% elif message['role'] == 'assistant' %}{{ ' ' + content | trim + ' ' + eos_token }}"
                "{% endif %}{% endfor %}"
            ),
            "added_tokens_decoder": {
                "0": {"content": "<unk>", "lstrip": False, "normalized": False, "special": True},
                "1": {"content": "<s>", "lstrip": False, "normalized": False, "special": True},
                "2": {"content": "</s>", "lstrip": False, "normalized": False, "special": True},
            },
        },
        indent=2,
    )
    + "\n"
)

CI_YAML = """name: release
on:
  push:
    tags: ["v*"]
permissions:
  contents: read
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
"""

MINIFIED_JS = (
    '!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define'
    '&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).Chart=t()}(this,function(){"use str'
    'ict";var e="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",t=function(e,t){return e.'
    'reduce(function(e,n){return e+t(n)},0)},n={token:function(e){return e.headers.Authorization="Bearer "+e.token,e'
    '},apiKey:"",secret:void 0,salt:"$2b$10$"};function r(e){for(var t=0,n=0;n<e.length;n++)t=(t<<5)-t+e.charCodeAt('
    'n)|0;return t>>>0}return{integrity:e,sum:t,auth:n,hash:r,version:"4.4.1",key:"aGVsbG8gd29ybGQ="}});\n'
    "//# sourceMappingURL=chart.min.js.map\n"
)

README_MD = """# Équipe 👩‍💻👨‍👩‍👧‍👦

Welcome! 🏳️‍🌈 🧑🏽‍🚀 👍🏾 ❤️‍🔥

## عن المشروع

هذا المشروع يساعد الفرق على مشاركة الملفات بأمان.

## על הפרויקט

הפרויקט הזה עוזר לצוותים לשתף קבצים בבטחה. גרסה 2.1 (בטא).

Mixed: the command `ls -la` ‏בעברית‏ then English again — done ✅.
"""

ORDINARY = {
    "src/billing/auth.py": AUTH_PY,
    ".env.example": ENV_EXAMPLE,
    "src/prompts/chatml.py": CHATML_PY,
    "models/llama/tokenizer_config.json": TOKENIZER_CONFIG,
    ".github/workflows/release.yml": CI_YAML,
    "static/chart.min.js": MINIFIED_JS,
    "README.md": README_MD,
}

KEY = (
    "sk-ant-api03-"
    + "Rq4mW8vTz2LpXc7NbYe5KdHs9GjUa3FoVi6Bw1ZtQnMx0EyPk8SrJl2CuDg5HhTf7Wa9Ov4Ib3Nm6Yq1Xe8Lz0Ps5Kj2Gd7Ru4"
    + "Cw-AA"
)
"""Made up for the test, in the shape of an Anthropic key."""


def fs_config(root: Path) -> dict[str, Any]:
    return {
        "mcpServers": {"fs": {"command": str(FILESYSTEM), "args": [str(root)]}},
        "gateway": {"reload": False, "start_deadline": 60},
    }


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def shared_fs(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Any, Path]]:
    """One gateway over the filesystem server, for the tests that only need a folder of their own under its root
    (a client that cannot be asked): the session and the root."""
    tmp = tmp_path_factory.mktemp("fs")
    root = tmp / "projects"
    root.mkdir()
    async with gateway(tmp, fs_config(root)) as (session, _):
        yield session, root


def project(shared_fs: tuple[Any, Path], name: str) -> Path:
    """A test's own folder under the shared server's root."""
    folder = shared_fs[1] / name
    folder.mkdir()
    return folder


def audit_calls(tmp: Path) -> list[dict[str, Any]]:
    """The tool.call lines of the run's audit trail (the raw text is checked for the key separately)."""
    text = (tmp / "audit" / "audit.jsonl").read_text()
    assert KEY not in text, "the key never reaches the audit trail"
    return [line for line in map(json.loads, text.splitlines()) if line.get("event") == "tool.call"]


def found(call: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(d["detector"], d["kind"], d["action"]) for d in call["detectors"]}


def blocks(result: Any) -> list[str]:
    return [c.text for c in result.content if getattr(c, "type", None) == "text"]


async def test_ordinary_files_are_written_and_read_back_byte_identical(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    async with gateway(tmp_path, fs_config(root)) as (session, run):
        for rel, content in ORDINARY.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            wrote = await session.call_tool("fs__write_file", {"path": str(target), "content": content})
            assert not wrote.is_error, f"{rel}: write refused: {text_of(wrote)}"
            assert target.read_bytes() == content.encode(), f"{rel}: what reached disk differs from what was sent"
        for rel, content in ORDINARY.items():
            read = await session.call_tool("fs__read_text_file", {"path": str(root / rel)})
            assert not read.is_error, f"{rel}: read refused: {text_of(read)}"
            assert blocks(read)[0] == content, f"{rel}: the file came back changed"
            if read.structured_content is not None:
                assert read.structured_content.get("content") == content, f"{rel}: structured content changed"
        # read-modify-write: what the model reads and writes back to the same server lands unchanged
        config = root / "models/llama/tokenizer_config.json"
        seen = blocks(await session.call_tool("fs__read_text_file", {"path": str(config)}))[0]
        edited = seen.replace('"model_max_length": 4096', '"model_max_length": 8192')
        wrote = await session.call_tool("fs__write_file", {"path": str(config), "content": edited})
        assert not wrote.is_error, text_of(wrote)
        assert config.read_text() == TOKENIZER_CONFIG.replace('"model_max_length": 4096', '"model_max_length": 8192')
        json.loads(config.read_text())
        # an edit through the server's own edit tool touches only the edited line
        auth = root / "src/billing/auth.py"
        edited = await session.call_tool(
            "fs__edit_file",
            {
                "path": str(auth),
                "edits": [{"oldText": "password: Optional[str] = None", "newText": "password: str | None = None"}],
            },
        )
        assert not edited.is_error, text_of(edited)
        assert auth.read_text() == AUTH_PY.replace("password: Optional[str] = None", "password: str | None = None")
        # the user's own .env read and written back to the same server: the key stays intact on disk
        env = root / ".env"
        env.write_text(f"ANTHROPIC_API_KEY={KEY}\nDEBUG=false\n")
        seen = blocks(await session.call_tool("fs__read_text_file", {"path": str(env)}))[0]
        assert KEY not in seen, "the key is not shown to the model"
        wrote = await session.call_tool("fs__write_file", {"path": str(env), "content": seen.replace("false", "true")})
        assert not wrote.is_error, text_of(wrote)
        assert env.read_text() == f"ANTHROPIC_API_KEY={KEY}\nDEBUG=true\n"
        line = seen.splitlines()[0]
        edit = {"oldText": line, "newText": f"{line}\nLOG_LEVEL=info"}
        edited = await session.call_tool("fs__edit_file", {"path": str(env), "edits": [edit]})
        assert not edited.is_error and KEY not in text_of(edited), text_of(edited)
        assert env.read_text() == f"ANTHROPIC_API_KEY={KEY}\nLOG_LEVEL=info\nDEBUG=true\n"
        # a real-looking key, and a client that cannot ask the user: refused visibly, nothing written
        local = root / ".env.local"
        refused = await session.call_tool(
            "fs__write_file", {"path": str(local), "content": f"ANTHROPIC_API_KEY={KEY}\n"}
        )
    assert refused.is_error, "a refused write must say so"
    said = text_of(refused)
    assert "guardrails.input.secrets.kinds." in said, f"the refusal names the config key that allows it: {said}"
    assert KEY not in said and KEY not in run.stderr()
    assert not local.exists(), "nothing (and no placeholder) was written"
    calls = audit_calls(tmp_path)
    refusal = calls[-1]
    assert refusal["tool"] == "write_file" and refusal["outcome"] == "blocked"
    assert ("secrets", "anthropic_api_key", "confirm") in found(refusal), "the refusal is on the record"
    chatml = [c for c in calls if ("injection", "chat_template_token", "flag") in found(c)]
    assert chatml, "the flagged chat template reads are on the record"


async def test_a_key_is_written_intact_after_consent_and_never_without(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    asked: list[str] = []
    decisions = ["deny", "allow_once"]

    async def answer(context: Any, params: Any) -> Any:
        from mcp import types

        asked.append(params.message)
        return types.ElicitResult(action="accept", content={"decision": decisions.pop(0)})

    local = root / ".env.local"
    content = f"# local only, never committed\nANTHROPIC_API_KEY={KEY}\n"
    async with gateway(tmp_path, fs_config(root), elicitation_callback=answer) as (session, run):
        denied = await session.call_tool("fs__write_file", {"path": str(local), "content": content})
        assert denied.is_error and "guardrails.input.secrets.kinds.anthropic_api_key" in text_of(denied)
        assert not local.exists(), "a denied write sends nothing"
        wrote = await session.call_tool("fs__write_file", {"path": str(local), "content": content})
        assert not wrote.is_error, text_of(wrote)
    assert local.read_bytes() == content.encode(), "the key must land intact, never a placeholder"
    assert len(asked) == 2 and all(KEY not in q for q in asked)
    assert asked[0].startswith("fs__write_file wants to send an Anthropic API key to server fs"), asked[0]
    assert KEY not in run.stderr() and KEY not in text_of(denied), "the key never reaches the log or the refusal"
    refused, write = audit_calls(tmp_path)[-2:]
    assert refused["outcome"] == "blocked" and ("consent", "deny", "block") in found(refused)
    assert write["outcome"] == "ok" and {
        ("secrets", "anthropic_api_key", "confirm"),
        ("consent", "allow_once", "allow"),
    } <= found(write)


async def test_a_source_file_under_the_result_budget_reads_back_whole(shared_fs: tuple[Any, Path]) -> None:
    session, root = shared_fs[0], project(shared_fs, "ledger")
    module = root / "src/billing/ledger.py"
    module.parent.mkdir(parents=True)
    text = AUTH_PY + "".join(
        f"\n\ndef rule_{i}(amount: int, rate: float = 0.{i % 10}) -> int:\n    return round(amount * rate) + {i}\n"
        for i in range(250)
    )
    assert 20_000 < len(text) < 30_000
    module.write_text(text)
    read = await session.call_tool("fs__read_text_file", {"path": str(module)})
    assert not read.is_error, text_of(read)[-600:]
    assert blocks(read)[0] == text, "the file came back cut"


async def test_an_env_example_with_elided_keys_is_written_intact(shared_fs: tuple[Any, Path]) -> None:
    session, root = shared_fs[0], project(shared_fs, "example")
    content = "# Fill in and save as .env.local\nANTHROPIC_API_KEY=sk-ant-api03-...\nOPENAI_API_KEY=sk-proj-...\n"
    wrote = await session.call_tool("fs__write_file", {"path": str(root / ".env.example"), "content": content})
    assert not wrote.is_error, text_of(wrote)
    assert (root / ".env.example").read_text() == content


async def test_a_utf16_file_read_as_text_is_checked_and_an_ordinary_one_comes_back_as_sent(
    shared_fs: tuple[Any, Path],
) -> None:
    """The filesystem server reads a UTF-16 file (as Windows tools save "Unicode" text) as UTF-8: a NUL between its
    letters. A token in such a file is redacted all the same; a file with nothing in it comes back as the server sent
    it."""
    session, root = shared_fs[0], project(shared_fs, "wide")
    token = "ghp_" + "Vw3Lq8Zt1Nc6Rb9Xk4Hm7Pd2Jf5Gs0Ya8Ue2T"
    (root / "deploy.txt").write_bytes(f"deploy user: ci\r\ntoken: {token}\r\n".encode("utf-16"))
    read = await session.call_tool("fs__read_text_file", {"path": str(root / "deploy.txt")})
    text = blocks(read)[0]
    assert token not in text.replace("\x00", "") and "<SECRET:" in text.replace("\x00", ""), text
    before = "\ufffd\ufffd" + "\x00".join("deploy user: ci\r\ntoken: ") + "\x00"
    assert text.startswith(before) and text.endswith("\r\x00\n\x00"), "the rest is as the server sent it"
    assert text[len(before) + 1 : -4 : 2].strip("\x00") == "" and "<SECRET:" not in text, "the NUL layout is kept"
    plain = "retries: 3\r\nregion: eu-west-1\r\n"
    (root / "settings.txt").write_bytes(plain.encode("utf-16-le"))
    read = await session.call_tool("fs__read_text_file", {"path": str(root / "settings.txt")})
    text = blocks(read)[0]
    assert text == "\x00".join(plain) + "\x00", "nothing found: the text is passed on with its NULs"
