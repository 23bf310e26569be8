"""Popular MCP servers' own definitions through the local checks: none of them should be withheld.

Run: `python benchmarks/bench_popular.py [--npm-dir DIR] [--py-dir DIR] [--only a,b] [--json FILE]`. Starts each server
it finds installed (npm packages under each `--npm-dir`, by default the test servers' `tests/node/node_modules`;
Python ones in each `--py-dir`, on PATH or in this interpreter's environment), lists its tools, prompts, resources and
resource templates over stdio, and checks every definition with `LocalGuard.check_definition` under the default
policy and with the names of the server's tools and prompts, as the gateway does at start. Prints per server the
definitions read, withheld and shown with a flag, then each withheld or flagged definition with its reasons.
Servers that need an account get a placeholder credential, shaped like the service's own where the server checks the
shape (made up at run time), and list their tools without calling out; one that needs a service gets a stand-in
(a temporary SQLite file, a `redis-server` on a free local port when one is installed, a config file under a
temporary home). One that is not installed, lists nothing or does not start within `--timeout` seconds is reported
and skipped. Install more with, for example, `npm install --prefix /tmp/popular --ignore-scripts <packages printed by
--list>` and `--npm-dir /tmp/popular/node_modules`; a Python server whose SDK needs other versions than the others'
goes in a virtual environment of its own, named by `--py-dir ENV/bin`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import socket
import string
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AsyncExitStack, contextmanager
from pathlib import Path
from typing import Any

from mcp import ClientSession, MCPError, StdioServerParameters, stdio_client, types

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails.local import LocalGuard

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = "placeholder-not-a-credential"
NPM: dict[str, tuple[str, str, list[str], dict[str, str]]] = {
    # name: (npm package, its command, arguments, environment it needs to start)
    "filesystem": ("@modelcontextprotocol/server-filesystem", "mcp-server-filesystem", ["{tmp}"], {}),
    "everything": ("@modelcontextprotocol/server-everything", "mcp-server-everything", [], {}),
    "memory": ("@modelcontextprotocol/server-memory", "mcp-server-memory", [], {"MEMORY_FILE_PATH": "{tmp}/m.json"}),
    "sequential-thinking": (
        "@modelcontextprotocol/server-sequential-thinking",
        "mcp-server-sequential-thinking",
        [],
        {},
    ),
    "github": ("@modelcontextprotocol/server-github", "mcp-server-github", [], {"GITHUB_PERSONAL_ACCESS_TOKEN": "-"}),
    "gitlab": ("@modelcontextprotocol/server-gitlab", "mcp-server-gitlab", [], {"GITLAB_PERSONAL_ACCESS_TOKEN": "-"}),
    "slack": (
        "@modelcontextprotocol/server-slack",
        "mcp-server-slack",
        [],
        {"SLACK_BOT_TOKEN": "-", "SLACK_TEAM_ID": "-"},
    ),
    "puppeteer": ("@modelcontextprotocol/server-puppeteer", "mcp-server-puppeteer", [], {}),
    "brave-search": (
        "@modelcontextprotocol/server-brave-search",
        "mcp-server-brave-search",
        [],
        {"BRAVE_API_KEY": "-"},
    ),
    "google-maps": (
        "@modelcontextprotocol/server-google-maps",
        "mcp-server-google-maps",
        [],
        {"GOOGLE_MAPS_API_KEY": "-"},
    ),
    "postgres": ("@modelcontextprotocol/server-postgres", "mcp-server-postgres", ["postgresql://127.0.0.1:9/none"], {}),
    "redis": ("@modelcontextprotocol/server-redis", "mcp-server-redis", ["{redis}"], {}),
    "playwright": ("@playwright/mcp", "playwright-mcp", ["--headless"], {}),
    "notion": ("@notionhq/notion-mcp-server", "notion-mcp-server", [], {"NOTION_TOKEN": "-"}),
    "context7": ("@upstash/context7-mcp", "context7-mcp", [], {}),
    "firecrawl": ("firecrawl-mcp", "firecrawl-mcp", [], {"FIRECRAWL_API_KEY": "-"}),
    "tavily": ("tavily-mcp", "tavily-mcp", [], {"TAVILY_API_KEY": "-"}),
    "exa": ("exa-mcp-server", "exa-mcp-server", [], {"EXA_API_KEY": "-"}),
    "stripe": ("@stripe/mcp", "mcp", ["--tools=all", "--api-key={fake:sk_test_:99}"], {}),
    "figma": ("figma-developer-mcp", "figma-developer-mcp", ["--stdio"], {"FIGMA_API_KEY": "-"}),
    "kubernetes": ("mcp-server-kubernetes", "mcp-server-kubernetes", [], {}),
    "supabase": (  # (every feature but the docs, which are fetched from the service to be listed)
        "@supabase/mcp-server-supabase",
        "mcp-server-supabase",
        ["--features=account,database,development,functions,branching,storage,debugging"],
        {"SUPABASE_ACCESS_TOKEN": "{fake:sbp_:40:hex}"},
    ),
    "sentry": ("@sentry/mcp-server", "sentry-mcp", [], {"SENTRY_ACCESS_TOKEN": "-"}),
    "browserbase": (
        "@browserbasehq/mcp-server-browserbase",
        "mcp-server-browserbase",
        [],
        {"BROWSERBASE_API_KEY": "-", "BROWSERBASE_PROJECT_ID": "-"},
    ),
    "desktop-commander": ("@wonderwhy-er/desktop-commander", "desktop-commander", [], {}),
    "mongodb": ("mongodb-mcp-server", "mongodb-mcp-server", [], {}),
    "neon": ("@neondatabase/mcp-server-neon", "mcp-server-neon", ["start", "{placeholder}"], {}),
    "circleci": ("@circleci/mcp-server-circleci", "mcp-server-circleci", [], {"CIRCLECI_TOKEN": "-"}),
    "elasticsearch": (
        "@elastic/mcp-server-elasticsearch",
        "mcp-server-elasticsearch",
        [],
        {"ES_URL": "http://127.0.0.1:9", "ES_API_KEY": "-"},
    ),
    "heroku": ("@heroku/mcp-server", "heroku-mcp-server", [], {"HEROKU_API_KEY": "-"}),
    "hubspot": ("@hubspot/mcp-server", "mcp-hubspot", [], {"PRIVATE_APP_ACCESS_TOKEN": "-"}),
    "airtable": ("airtable-mcp-server", "airtable-mcp-server", [], {"AIRTABLE_API_KEY": "-"}),
    "apify": ("@apify/actors-mcp-server", "actors-mcp-server", [], {"APIFY_TOKEN": "-"}),
    "shopify": ("@shopify/dev-mcp", "shopify-dev-mcp", [], {}),
    "browser-tools": ("@agentdeskai/browser-tools-mcp", "browser-tools-mcp", [], {}),
    "perplexity": ("@perplexity-ai/mcp-server", "perplexity-mcp", [], {"PERPLEXITY_API_KEY": "-"}),
    "lara": ("@translated/lara-mcp", "lara-mcp", [], {"LARA_ACCESS_KEY_ID": "-", "LARA_ACCESS_KEY_SECRET": "-"}),
    "cloudflare": (
        "@cloudflare/mcp-server-cloudflare",
        "mcp-server-cloudflare",
        ["run", "{placeholder}"],
        {"HOME": "{tmp}/home"},  # (reads a login from wrangler's config file: see FILES)
    ),
    "aws-kb-retrieval": (
        "@modelcontextprotocol/server-aws-kb-retrieval",
        "mcp-server-aws-kb-retrieval",
        [],
        {"AWS_ACCESS_KEY_ID": "-", "AWS_SECRET_ACCESS_KEY": "-", "AWS_REGION": "us-east-1"},
    ),
    # more official and widely used servers
    "browsermcp": ("@browsermcp/mcp", "mcp-server-browsermcp", [], {}),
    "currents": ("@currents/mcp", "mcp", [], {"CURRENTS_API_KEY": "-"}),
    "playwright-ea": ("@executeautomation/playwright-mcp-server", "playwright-mcp-server", [], {}),
    "youtube-transcript": (
        "@kimtaeyoon83/mcp-server-youtube-transcript",
        "mcp-server-youtube-transcript",
        [],
        {},
    ),
    "everart": ("@modelcontextprotocol/server-everart", "mcp-server-everart", [], {"EVERART_API_KEY": "-"}),
    "netlify": ("@netlify/mcp", "netlify-mcp", [], {}),
    "sanity": (
        "@sanity/mcp-server",
        "sanity-mcp-server",
        [],
        {
            "SANITY_PROJECT_ID": "abc123de",
            "SANITY_DATASET": "production",
            "SANITY_API_TOKEN": "-",
            "MCP_USER_ROLE": "developer",
        },
    ),
    "code-runner": ("mcp-server-code-runner", "mcp-server-code-runner", [], {}),
    "chrome-devtools": ("chrome-devtools-mcp", "chrome-devtools-mcp", ["--headless"], {}),
    "gitlab-zereight": (
        "@zereight/mcp-gitlab",
        "mcp-gitlab",
        [],
        {"GITLAB_PERSONAL_ACCESS_TOKEN": "{fake:glpat-:20}", "GITLAB_API_URL": "http://127.0.0.1:9/api/v4"},
    ),
    "brave-search-official": ("@brave/brave-search-mcp-server", "brave-search-mcp-server", [], {"BRAVE_API_KEY": "-"}),
    "launchdarkly": ("@launchdarkly/mcp-server", "mcp", ["start", "--api-key", "{fake:api-:36}"], {}),
    "eslint": ("@eslint/mcp", "mcp", [], {}),
    "datadog": (
        "@winor30/mcp-server-datadog",
        "mcp-server-datadog",
        [],
        {"DATADOG_API_KEY": "{fake::32:hex}", "DATADOG_APP_KEY": "{fake::40:hex}"},
    ),
    "antv-chart": ("@antv/mcp-server-chart", "mcp-server-chart", [], {}),
    "dbhub": ("@bytebase/dbhub", "dbhub", ["--transport", "stdio", "--dsn", "sqlite://{tmp}/dbhub.sqlite"], {}),
    "shortcut": ("@shortcut/mcp", "mcp-server-shortcut", [], {"SHORTCUT_API_TOKEN": "{fake::36:hex}"}),
    "next-devtools": ("next-devtools-mcp", "next-devtools-mcp", [], {}),
    "browserstack": (
        "@browserstack/mcp-server",
        "browserstack-mcp-server",
        [],
        {"BROWSERSTACK_USERNAME": "bench", "BROWSERSTACK_ACCESS_KEY": "{fake::20}"},
    ),
    "brightdata": ("@brightdata/mcp", "@brightdata/mcp", [], {"API_TOKEN": "{fake::64:hex}"}),
    "google-calendar": (
        "@cocal/google-calendar-mcp",
        "google-calendar-mcp",
        [],
        {"GOOGLE_OAUTH_CREDENTIALS": "{tmp}/gcp-oauth.keys.json"},
    ),
}
FILES: dict[str, dict[str, str]] = {
    # name: files (under the run's temporary folder) a server reads at start, with placeholder contents
    "cloudflare": {"home/.config/.wrangler/config/default.toml": 'oauth_token = "{placeholder}"\n'},
    "google-calendar": {
        "gcp-oauth.keys.json": '{{"installed": {{"client_id": "bench.apps.example.com", '
        '"client_secret": "{placeholder}", "redirect_uris": ["http://localhost"]}}}}'
    },
}
PYTHON: dict[str, tuple[str, str, list[str]]] = {
    # name: (PyPI package, its command, arguments)
    "time": ("mcp-server-time", "mcp-server-time", []),
    "fetch": ("mcp-server-fetch", "mcp-server-fetch", []),
    "git": ("mcp-server-git", "mcp-server-git", []),
    "sqlite": ("mcp-server-sqlite", "mcp-server-sqlite", ["--db-path", "{tmp}/db.sqlite"]),
    "aws-documentation": ("awslabs.aws-documentation-mcp-server", "awslabs.aws-documentation-mcp-server", []),
    "aws-pricing": ("awslabs.aws-pricing-mcp-server", "awslabs.aws-pricing-mcp-server", []),
    "aws-cloudwatch": ("awslabs.cloudwatch-mcp-server", "awslabs.cloudwatch-mcp-server", []),
    "atlassian": (
        "mcp-atlassian",
        "mcp-atlassian",
        [
            "--jira-url=http://127.0.0.1:9",
            "--jira-username=bench@example.com",
            "--jira-token={placeholder}",
            "--confluence-url=http://127.0.0.1:9/wiki",
            "--confluence-username=bench@example.com",
            "--confluence-token={placeholder}",
        ],
    ),
    "duckdb": ("mcp-server-duckdb", "mcp-server-duckdb", ["--db-path", "{tmp}/db.duckdb"]),
    "clickhouse": ("mcp-clickhouse", "mcp-clickhouse", []),
    "markitdown": ("markitdown-mcp", "markitdown-mcp", []),
    "arxiv": ("arxiv-mcp-server", "arxiv-mcp-server", ["--storage-path", "{tmp}/arxiv"]),
    "duckduckgo": ("duckduckgo-mcp-server", "duckduckgo-mcp-server", []),
    "excel": ("excel-mcp-server", "excel-mcp-server", ["stdio"]),
}


def _fake(spec: str) -> str:
    """A made-up credential of a service's shape: `{fake:PREFIX:LENGTH[:hex]}` is PREFIX and LENGTH random letters
    and digits (hex digits with `:hex`), new each run."""
    prefix, length, *hexa = spec.split(":")
    alphabet = "0123456789abcdef" if hexa else string.ascii_letters + string.digits
    return prefix + "".join(secrets.choice(alphabet) for _ in range(int(length)))


def _filled(value: str, tmp: str, redis: str) -> str:
    """A command-line or environment value with its placeholders filled in."""
    if value == "-":
        return PLACEHOLDER
    value = _FAKE.sub(lambda m: _fake(m.group(1)), value)
    return value.replace("{redis}", redis).format(tmp=tmp, placeholder=PLACEHOLDER)


_FAKE = re.compile(r"\{fake:([^}]*)\}")


def _npm_command(npm_dirs: list[Path], package: str, command: str) -> Path | None:
    """The script a package installs as `command`, from the first directory holding the package (the package's own,
    not whichever package's `.bin` entry of that name comes first: several install a `mcp`)."""
    for d in npm_dirs:
        manifest = d / package / "package.json"
        if not manifest.exists():
            continue
        bins = json.loads(manifest.read_text(encoding="utf-8")).get("bin") or {}
        if isinstance(bins, str):
            bins = {package.rsplit("/", 1)[-1]: bins}
        if command in bins:
            return (d / package / bins[command]).resolve()
    return None


def servers(
    npm_dirs: list[Path], py_dirs: list[Path], tmp: str, redis: str
) -> dict[str, tuple[list[str], dict[str, str]] | str]:
    """Each known server: its command line and environment, or why it cannot be started here."""
    out: dict[str, tuple[list[str], dict[str, str]] | str] = {}
    for name, (package, command, args, env) in NPM.items():
        path = _npm_command(npm_dirs, package, command)
        if path is None:
            out[name] = f"not installed (npm package {package})"
            continue
        if "{redis}" in " ".join(args) and not redis:
            out[name] = "needs redis-server on PATH"
            continue
        for rel, text in FILES.get(name, {}).items():
            (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / rel).write_text(text.format(placeholder=PLACEHOLDER), encoding="utf-8")
        filled = {k: _filled(v, tmp, redis) for k, v in env.items()}
        out[name] = ([shutil.which("node") or "node", str(path), *(_filled(a, tmp, redis) for a in args)], filled)
    here = Path(sys.executable).parent
    for name, (package, command, args) in PYTHON.items():
        found = next((str(d / command) for d in [*py_dirs, here] if (d / command).exists()), None)
        found = found or shutil.which(command)
        if not found:
            out[name] = f"not installed (PyPI package {package})"
            continue
        out[name] = ([found, *(_filled(a, tmp, redis) for a in args)], {})
    return out


@contextmanager
def local_redis(tmp: str) -> Iterator[str]:
    """The URL of a `redis-server` started on a free local port for the run (stopped after), or "" without one."""
    exe = shutil.which("redis-server")
    if exe is None:
        yield ""
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    args = [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmp]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):  # until it accepts connections (at most ~5 s)
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


async def definitions(cmd: list[str], env: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    """(kind, definition) of everything the server lists, as JSON the way the gateway receives it."""
    async with AsyncExitStack() as stack:
        errlog = stack.enter_context(open(os.devnull, "w"))  # noqa: SIM115
        params = StdioServerParameters(command=cmd[0], args=cmd[1:], env={**os.environ, **env})
        read, write = await stack.enter_async_context(stdio_client(params, errlog=errlog))
        info = types.Implementation(name="bench-popular", version="1")
        session = await stack.enter_async_context(ClientSession(read, write, client_info=info))
        init = await session.initialize()
        caps = init.capabilities
        out: list[tuple[str, dict[str, Any]]] = []

        async def dump(kind: str, listing: Any, field: str) -> None:
            try:  # a server may fail one listing (resources of a database it cannot reach) and answer the others
                items = getattr(await listing(), field)
            except MCPError:
                return
            out.extend((kind, i.model_dump(mode="json", by_alias=True, exclude_none=True)) for i in items)

        if caps.tools is not None:
            await dump("tool", session.list_tools, "tools")
        if caps.prompts is not None:
            await dump("prompt", session.list_prompts, "prompts")
        if caps.resources is not None:
            await dump("resource", session.list_resources, "resources")
            await dump("resource_template", session.list_resource_templates, "resource_templates")
        return out


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--npm-dir", type=Path, action="append", help="node_modules directories to look in (repeatable)")
    ap.add_argument("--py-dir", type=Path, action="append", default=[], help="bin directories to look in first")
    ap.add_argument("--only", help="comma-separated server names")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--list", action="store_true", help="print the packages this script knows and stop")
    ap.add_argument("--json", type=Path, help="write per-server figures here")
    opts = ap.parse_args()
    if opts.list:
        print("npm:", " ".join(p for p, *_ in NPM.values()))
        print("PyPI:", " ".join(p for p, *_ in PYTHON.values()))
        return 0
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-popular-{os.getpid()}"
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        with local_redis(str(tmp)) as redis:
            return await _run(opts, str(tmp), redis)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


async def _run(opts: argparse.Namespace, tmp: str, redis: str) -> int:
    """Start, list and check each server; print and return as `main` says."""
    guard = LocalGuard(GuardrailPolicy())
    wanted = set(opts.only.split(",")) if opts.only else None
    figures: dict[str, Any] = {}
    withheld_all: list[str] = []
    flagged_all: list[str] = []
    total = read_servers = 0
    npm_dirs = opts.npm_dir or [ROOT / "tests" / "node" / "node_modules"]
    for name, how in servers(npm_dirs, opts.py_dir, tmp, redis).items():
        if wanted is not None and name not in wanted:
            continue
        if isinstance(how, str):
            print(f"{name:<22} skipped: {how}")
            continue
        try:
            defs = await asyncio.wait_for(definitions(*how), opts.timeout)
        except Exception as exc:  # a server that cannot start is reported; the others still run
            while getattr(exc, "exceptions", None):  # the first cause inside a task group's exception group
                exc = exc.exceptions[0]  # type: ignore[attr-defined]
            print(f"{name:<22} skipped: did not list ({type(exc).__name__}: {str(exc)[:120]})")
            continue
        if not defs:
            print(f"{name:<22} skipped: listed nothing")
            continue
        withheld, flagged = [], []
        siblings = frozenset(
            n.lower() for k, d in defs if k in ("tool", "prompt") and isinstance(n := d.get("name"), str)
        )
        for kind, d in defs:
            verdict = guard.check_definition(d, kind, None, siblings)
            line = f"{name}/{kind} {d.get('name') or d.get('uri') or d.get('uriTemplate')}: "
            if verdict.withhold:
                withheld.append(line + "; ".join(verdict.reasons[:3]))
            elif verdict.hits:
                flagged.append(line + "; ".join(h.describe() for h in verdict.hits[:3]))
        read_servers += 1
        total += len(defs)
        withheld_all += withheld
        flagged_all += flagged
        figures[name] = {"definitions": len(defs), "withheld": len(withheld), "flagged": len(flagged)}
        print(f"{name:<22} {len(defs):>4} definitions, {len(withheld)} withheld, {len(flagged)} flagged")
    print(
        f"\n{total} definitions from {read_servers} servers, {len(withheld_all)} withheld, "
        f"{len(flagged_all)} shown with a flag"
    )
    for line in withheld_all:
        print("  WITHHELD", line)
    for line in flagged_all:
        print("  FLAGGED ", line)
    if opts.json:
        opts.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 1 if withheld_all else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
