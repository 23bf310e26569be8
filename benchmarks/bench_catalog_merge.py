"""What screening and merging a large catalog costs in process: one server's N tools merged cold (no catalog cached,
nothing screened yet in this run), after a warm-up merge of other definitions that imports and prepares the checks.

    python benchmarks/bench_catalog_merge.py [--tools 5000] [--shape varied|plain] [--pins first|known] [--runs 3]
        [--rule-screen built|off|default] [--screened fresh|kept]
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \
        python benchmarks/bench_catalog_merge.py --tools 5000
    valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no --toggle-collect=functools_reduce \
        python benchmarks/bench_catalog_merge.py --tools 1000 --pins first --instrument

Under callgrind as above, only the timed merges are counted (each runs inside `functools.reduce`, which nothing
else here calls): the instructions of the screen and merge of N tools, whatever the load. With `--instrument`
(and `--instr-atstart=no`), callgrind instruments nothing until the timed merges start: the imports and the
warm-up run at full speed (minutes less on a loaded machine), and the count is the same. `varied`
definitions are written like real servers' (a description of one to three sentences, a few described properties,
enums, required fields; no two alike); `plain` ones are the benchmark server's ("Extra tool 7.", no properties).
`--pins first` merges with no pins yet (a first-ever start: every definition pinned), `known` with every definition
pinned already (a cold start after the first). The pins are made by another process, as the first start made them:
pinning reads every string for secrets, and in this process that would leave the checks' memory of them warm.
`--rule-screen` (see `guardrails.rule_screen`): `built` builds the definition rules' screen before the timed merges
(as a start finds it in the store), `off` goes without it, `default` lets it be built in the background when the
merge has asked about enough strings (as on a first start).
`--screened kept` has the process that pins screen the definitions too and keep the digests of those found clean
(as a first start does, see `screened`): the timed merge is then a start's whose catalogs are not cached, which
screens only what changed; `fresh` (the default) screens every definition in the timed merge.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_SERVICES = [
    "GitHub", "GitLab", "Jira", "Slack", "Notion", "Linear", "Postgres", "MySQL", "Redis", "S3", "Drive", "Calendar",
    "Gmail", "Stripe", "Shopify", "Zendesk", "Confluence", "Figma", "Sentry", "Datadog", "Kubernetes", "Docker",
    "Terraform", "Airtable", "HubSpot", "Salesforce", "Twilio", "Discord", "Trello", "Asana",
]  # fmt: skip
_THINGS = [
    "issue", "pull request", "branch", "commit", "channel", "message", "page", "database", "table", "row", "bucket",
    "object", "file", "folder", "event", "invoice", "customer", "order", "ticket", "space", "frame", "alert",
    "dashboard", "pod", "deployment", "container", "workspace", "record", "contact", "deal", "task", "board", "card",
]  # fmt: skip
_VERBS = [
    ("list", "List {things} in the {svc} {scope}."),
    ("get", "Get a single {thing} from {svc} by its id."),
    ("create", "Create a new {thing} in {svc}."),
    ("update", "Update the fields of an existing {svc} {thing}."),
    ("delete", "Delete a {thing} from {svc}. This cannot be undone."),
    ("search", "Search {svc} {things} matching a query."),
    ("archive", "Archive a {svc} {thing} so it no longer shows in lists."),
    ("export", "Export {things} from {svc} as CSV or JSON."),
    ("count", "Count the {things} in a {svc} {scope}."),
    ("watch", "Subscribe to changes of a {svc} {thing}."),
]
_EXTRA = [
    "Results are paginated; pass the cursor from the previous page to get the next one.",
    "Returns at most {n} items per page.",
    "Use this when the user asks about recent {things}.",
    "Requires the {scope} to be shared with the integration.",
    "Dates are ISO 8601 in UTC.",
    "Fields that are not set keep their current values.",
    "The response includes the {thing}'s id, title and timestamps.",
    "Rate limited to {n} requests per minute by {svc}.",
    "Prefer the search tool for free-text lookups.",
    "Only {things} the authenticated account can see are returned.",
    "Large {things} are truncated to the first {n} KB.",
    "See the {svc} API documentation for the filter syntax.",
]
_SCOPES = ["workspace", "project", "organization", "account", "repository", "team", "folder", "region"]
_PROPS = [
    ("id", "string", "The {thing}'s unique identifier."),
    ("query", "string", "Free-text search query; supports quoted phrases."),
    ("limit", "integer", "Maximum number of results to return (default {n}, max 100)."),
    ("cursor", "string", "Pagination cursor returned by a previous call."),
    ("title", "string", "Title of the {thing}."),
    ("body", "string", "Markdown body of the {thing}."),
    ("labels", "array", "Labels to apply, by name."),
    ("since", "string", "Only {things} changed after this ISO 8601 timestamp."),
    ("owner", "string", "Account or organization that owns the {thing}."),
    ("state", "string", "Filter by state."),
    ("include_archived", "boolean", "Whether archived {things} are included."),
    ("sort", "string", "Field to sort by, optionally prefixed with '-' for descending order."),
    ("path", "string", "Path of the {thing} relative to the {scope} root."),
    ("region", "string", "{svc} region, e.g. eu-west-1."),
]


def varied_tools(count: int, seed: int = 16) -> list[dict[str, Any]]:
    """`count` tool definitions written like real servers' (made up here; no two alike)."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for i in range(count):
        svc, thing, scope = rng.choice(_SERVICES), rng.choice(_THINGS), rng.choice(_SCOPES)
        words = {"svc": svc, "thing": thing, "things": thing + "s", "scope": scope, "n": rng.choice([20, 50, 100, 500])}
        verb, lead = _VERBS[i % len(_VERBS)]
        sentences = [lead] + [e for e in rng.sample(_EXTRA, rng.randint(0, 2))]
        description = " ".join(s.format(**words) for s in sentences)
        props: dict[str, Any] = {}
        for name, kind, text in rng.sample(_PROPS, rng.randint(1, 5)):
            prop: dict[str, Any] = {"type": kind, "description": text.format(**words)}
            if name == "state":
                prop["enum"] = rng.choice([["open", "closed", "all"], ["active", "paused", "deleted"]])
            if kind == "array":
                prop["items"] = {"type": "string"}
            props[name] = prop
        schema: dict[str, Any] = {"type": "object", "properties": props}
        if rng.random() < 0.6:
            schema["required"] = [next(iter(props))]
        tool: dict[str, Any] = {
            "name": f"{svc.lower()}_{verb}_{thing.replace(' ', '_')}_{i}",
            "description": description,
            "inputSchema": schema,
        }
        if rng.random() < 0.3:
            tool["annotations"] = {"readOnlyHint": verb in ("list", "get", "search", "count", "export")}
        out.append(tool)
    return out


def plain_tools(count: int, first: int = 0) -> list[dict[str, Any]]:
    """The benchmark server's extra tools (`tests/servers/fixture_server.py --tools-extra`), numbered from `first`."""
    obj = {"type": "object", "properties": {}}
    return [
        {"name": f"extra_{i:03d}", "description": f"Extra tool {i}.", "inputSchema": obj}
        for i in range(first, first + count)
    ]


def _hub(workdir: Path, runs: int, kept: bool = False) -> Any:
    """A gateway's shared parts (no server started) with a warm-up server and a big one per run, one state directory;
    with `kept`, the digests of the definitions screened clean are kept there (as a gateway keeps them)."""
    from secure_mcp_gateway import config
    from secure_mcp_gateway.hub import Hub
    from secure_mcp_gateway.keys import open_key
    from secure_mcp_gateway.screened import ScreenedStore

    never = {"command": sys.executable, "args": ["-c", "pass"]}
    cfg = config.parse(
        {
            "mcpServers": {f"{name}{run}": never for run in range(runs) for name in ("warm", "big")},
            "gateway": {"log_level": "error", "reload": False},
            "cache": {"dir": str(workdir / "cache")},
            "state": {"dir": str(workdir / "state")},
            "audit": {"enabled": False},
        },
        "bench",
    )
    hub = Hub(cfg)
    if kept:
        hub.view.kept = ScreenedStore(workdir / "state" / "screened", lambda: open_key(cfg.state))
    return hub


def _tools(args: argparse.Namespace, run: int) -> list[dict[str, Any]]:
    """The tools of one timed merge."""
    return varied_tools(args.tools, seed=16 + run) if args.shape == "varied" else plain_tools(args.tools, run * 10**6)


def _pin(workdir: Path, args: argparse.Namespace) -> None:
    """Pin every run's tools in `workdir`'s state, as a first start does (in a process of its own)."""
    home = workdir / "home"
    os.environ.update(HOME=str(home), XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from secure_mcp_gateway.catalog import ServerCatalog

    hub = _hub(workdir, args.runs, args.screened == "kept")
    for run in range(args.runs):
        if args.screened == "kept":  # screened and pinned as a first start does, the clean digests kept
            hub.view.merge(f"big{run}", ServerCatalog(tools=_tools(args, run)))
            continue
        hub.pins.filter(f"big{run}", ServerCatalog(tools=_tools(args, run)))
        hub.pins.settle(f"big{run}")
    asyncio.run(hub.view.write_clean())


def _rule_screen(how: str) -> None:
    """The definition rules' screen built now, switched off, or left as it comes (see `--rule-screen`)."""
    from secure_mcp_gateway.guardrails import poisoning, rule_screen

    if how == "off":
        rule_screen.ON = False
    elif how == "built":
        screen = rule_screen.of(poisoning.RULES)
        assert screen is not None and screen.prepare(), "the rule screen could not be built"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tools", type=int, default=5000)
    ap.add_argument("--shape", choices=("varied", "plain"), default="varied")
    ap.add_argument("--pins", choices=("first", "known"), default="known")
    ap.add_argument("--runs", type=int, default=1, help="merges timed, each of its own tools")
    ap.add_argument("--rule-screen", choices=("built", "off", "default"), default="built")
    ap.add_argument("--screened", choices=("fresh", "kept"), default="fresh", help="see above")
    ap.add_argument("--instrument", action="store_true", help="switch callgrind's instrumentation on when ready")
    ap.add_argument("--pin-into", default=None, help=argparse.SUPPRESS)  # (the process that pins, see `_pin`)
    args = ap.parse_args()
    if args.pin_into:
        _pin(Path(args.pin_into), args)
        return
    workdir = Path(tempfile.mkdtemp(prefix="smg-bench-merge-"))
    home = workdir / "home"
    os.environ.update(HOME=str(home), XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from secure_mcp_gateway.catalog import ServerCatalog

    warm = varied_tools(60, seed=1) + plain_tools(5)
    for t in warm:
        t["name"] = "warm_" + t["name"]
    _rule_screen(args.rule_screen)
    times = []
    if args.pins == "known" or args.screened == "kept":  # pinned by another process (a first start), so nothing
        # here has read the strings
        subprocess.run([sys.executable, __file__, *sys.argv[1:], "--pin-into", str(workdir)], check=True)
    for run in range(args.runs):  # each run its own tools: the checks remember the strings they have read
        tools = _tools(args, run)
        big = f"big{run}"
        hub = _hub(workdir, args.runs, args.screened == "kept")
        hub.view.merge(f"warm{run}", ServerCatalog(tools=json.loads(json.dumps(warm))))
        listed = ServerCatalog(tools=json.loads(json.dumps(tools)))  # as parsed from the server: new objects
        if args.instrument and run == 0:
            subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
        started = time.process_time()
        functools.reduce(lambda _, __: hub.view.merge(big, listed), [None], None)  # (what callgrind counts)
        times.append(time.process_time() - started)
        assert len(hub.view.tools()) == len(warm) + len(tools), "a tool went missing"
    each = ", ".join(f"{t:.3f}" for t in times)
    per = min(times) / args.tools * 1e6 if args.tools else 0.0
    what = f"{args.tools} {args.shape} tools, pins {args.pins}, rule screen {args.rule_screen}, {args.screened}"
    print(f"{what}: merge CPU s {each} ({per:.1f} us per tool, best)")


if __name__ == "__main__":
    main()
