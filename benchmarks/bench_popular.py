"""Popular MCP servers' own definitions through the local checks: none of them should be withheld.

Run: `python benchmarks/bench_popular.py [--npm-dir DIR] [--only a,b] [--json FILE]`. Starts each server it finds
installed (npm packages under each `--npm-dir`, by default the test servers' `tests/node/node_modules`; Python ones on
PATH or in this interpreter's environment), lists its tools, prompts, resources and resource templates over stdio,
and checks every definition with `LocalGuard.check_definition` under the default policy and with the names of the
server's tools and prompts, as the gateway does at start. Prints per server the definitions read and withheld, then
each withheld definition with its reasons. Servers that need an account get a placeholder credential (they list their
tools without calling out); one that is not installed or does not start within `--timeout` seconds is reported and
skipped. Install more with, for example,
`npm install --prefix /tmp/popular --ignore-scripts <packages printed by --list>` and `--npm-dir
/tmp/popular/node_modules`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
from contextlib import AsyncExitStack
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
    "redis": ("@modelcontextprotocol/server-redis", "mcp-server-redis", ["redis://127.0.0.1:9"], {}),
    "playwright": ("@playwright/mcp", "playwright-mcp", ["--headless"], {}),
    "notion": ("@notionhq/notion-mcp-server", "notion-mcp-server", [], {"NOTION_TOKEN": "-"}),
    "context7": ("@upstash/context7-mcp", "context7-mcp", [], {}),
    "firecrawl": ("firecrawl-mcp", "firecrawl-mcp", [], {"FIRECRAWL_API_KEY": "-"}),
    "tavily": ("tavily-mcp", "tavily-mcp", [], {"TAVILY_API_KEY": "-"}),
    "exa": ("exa-mcp-server", "exa-mcp-server", [], {"EXA_API_KEY": "-"}),
    "stripe": ("@stripe/mcp", "mcp", ["--tools=all", "--api-key=sk_test_{placeholder}"], {}),
    "figma": ("figma-developer-mcp", "figma-developer-mcp", ["--stdio"], {"FIGMA_API_KEY": "-"}),
    "kubernetes": ("mcp-server-kubernetes", "mcp-server-kubernetes", [], {}),
    "supabase": ("@supabase/mcp-server-supabase", "mcp-server-supabase", [], {"SUPABASE_ACCESS_TOKEN": "-"}),
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
    "cloudflare": ("@cloudflare/mcp-server-cloudflare", "mcp-server-cloudflare", ["run", "{placeholder}"], {}),
    "aws-kb-retrieval": (
        "@modelcontextprotocol/server-aws-kb-retrieval",
        "mcp-server-aws-kb-retrieval",
        [],
        {"AWS_ACCESS_KEY_ID": "-", "AWS_SECRET_ACCESS_KEY": "-", "AWS_REGION": "us-east-1"},
    ),
}
PYTHON: dict[str, tuple[str, str, list[str]]] = {
    # name: (PyPI package, its command, arguments)
    "time": ("mcp-server-time", "mcp-server-time", []),
    "fetch": ("mcp-server-fetch", "mcp-server-fetch", []),
    "git": ("mcp-server-git", "mcp-server-git", []),
    "sqlite": ("mcp-server-sqlite", "mcp-server-sqlite", ["--db-path", "{tmp}/db.sqlite"]),
}


def servers(npm_dirs: list[Path], tmp: str) -> dict[str, tuple[list[str], dict[str, str]] | str]:
    """Each known server: its command line and environment, or why it cannot be started here."""
    out: dict[str, tuple[list[str], dict[str, str]] | str] = {}
    for name, (package, command, args, env) in NPM.items():
        path = next((d / ".bin" / command for d in npm_dirs if (d / ".bin" / command).exists()), None)
        if path is None:
            out[name] = f"not installed (npm package {package})"
            continue
        filled = {k: (PLACEHOLDER if v == "-" else v.format(tmp=tmp)) for k, v in env.items()}
        out[name] = ([str(path), *(a.format(tmp=tmp, placeholder=PLACEHOLDER) for a in args)], filled)
    here = Path(sys.executable).parent
    for name, (package, command, args) in PYTHON.items():
        found = here / command if (here / command).exists() else shutil.which(command)
        if not found:
            out[name] = f"not installed (PyPI package {package})"
            continue
        out[name] = ([str(found), *(a.format(tmp=tmp) for a in args)], {})
    return out


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
    ap.add_argument("--only", help="comma-separated server names")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--list", action="store_true", help="print the packages this script knows and stop")
    ap.add_argument("--json", type=Path, help="write per-server figures here")
    opts = ap.parse_args()
    if opts.list:
        print("npm:", " ".join(p for p, *_ in NPM.values()))
        print("PyPI:", " ".join(p for p, *_ in PYTHON.values()))
        return 0
    guard = LocalGuard(GuardrailPolicy())
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-popular-{os.getpid()}"
    tmp.mkdir(parents=True, exist_ok=True)
    wanted = set(opts.only.split(",")) if opts.only else None
    figures: dict[str, Any] = {}
    withheld_all: list[str] = []
    total = read_servers = 0
    npm_dirs = opts.npm_dir or [ROOT / "tests" / "node" / "node_modules"]
    for name, how in servers(npm_dirs, str(tmp)).items():
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
        withheld = []
        siblings = frozenset(
            n.lower() for k, d in defs if k in ("tool", "prompt") and isinstance(n := d.get("name"), str)
        )
        for kind, d in defs:
            verdict = guard.check_definition(d, kind, None, siblings)
            if verdict.withhold:
                withheld.append(
                    f"{name}/{kind} {d.get('name') or d.get('uri') or d.get('uriTemplate')}: "
                    f"{'; '.join(verdict.reasons[:3])}"
                )
        read_servers += 1
        total += len(defs)
        withheld_all += withheld
        figures[name] = {"definitions": len(defs), "withheld": len(withheld)}
        print(f"{name:<22} {len(defs):>4} definitions, {len(withheld)} withheld")
    print(f"\n{total} definitions from {read_servers} servers, {len(withheld_all)} withheld")
    for line in withheld_all:
        print("  WITHHELD", line)
    if opts.json:
        opts.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if withheld_all else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
