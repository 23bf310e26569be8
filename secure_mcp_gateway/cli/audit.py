"""`secure-mcp-gateway audit verify|summary|tail`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from secure_mcp_gateway.config import GatewayConfig


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the `audit` subcommands."""
    audit = sub.add_parser(
        "audit",
        parents=[common],
        help="verify, summarize or follow the audit trail",
        description="Verify, summarize or follow the audit trail (times are UTC). Works without a config file: "
        "the default trail is used.",
    )
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True, help="what to do")
    file_help = "audit file (default: audit.file from the config, else the user log directory)"

    def add(name: str, text: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, parents=[common], help=text, description=text[0].upper() + text[1:] + ".")

    verify = add("verify", "check the keyed chain and its signed checkpoint; exit 1 where it breaks")
    verify.add_argument("file", nargs="?", help=file_help)
    verify.add_argument("--key", metavar="FILE", help="the key file (default: state.key_file, else the user data dir)")
    verify.add_argument(
        "--checkpoint",
        metavar="FILE",
        help="a signed checkpoint kept elsewhere (from syslog or the webhook) that the trail must still contain",
    )
    summary = add("summary", "calls, errors, blocks and latency per tool")
    summary.add_argument(
        "--since", help="only events since: 1h, 30m, 2d, today, yesterday, 2026-11-01 or an ISO time (UTC)"
    )
    summary.add_argument("file", nargs="?", help=file_help)
    tail = add("tail", "the last events, readable (times in UTC); -f to follow")
    tail.add_argument("-n", type=int, default=10, help="how many events to show first (default 10)")
    tail.add_argument("-f", "--follow", action="store_true", help="keep following new events")
    tail.add_argument("file", nargs="?", help=file_help)


def audit_path(config: GatewayConfig | None, explicit: str | None) -> Path:
    """The audit file: the argument, else the configured file, else the default location."""
    from secure_mcp_gateway.audit import default_audit_path

    if explicit:
        return Path(explicit).expanduser()
    if config is not None and config.audit.file:
        return Path(config.audit.file).expanduser()
    return default_audit_path()


def run_audit(config: GatewayConfig | None, args: argparse.Namespace) -> int:
    """Run one `audit` action."""
    from secure_mcp_gateway.audit import follow, summary_table, verify

    path = audit_path(config, args.file)
    if args.audit_action == "verify":
        from secure_mcp_gateway.keys import key_path

        anchored = None
        if args.checkpoint:
            try:
                anchored = json.loads(Path(args.checkpoint).expanduser().read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                print(f"cannot read the checkpoint {args.checkpoint}: {exc}", file=sys.stderr)
                return 2
        key = args.key or key_path(config.state if config is not None else None)
        report = verify(path, key=key, anchored=anchored)
        if not report.files and not report.problems:  # (which file was looked for, as the other actions say)
            print(f"no audit trail at {path}", file=sys.stderr)
            return 1
        print(report.describe())
        return 0 if report.ok and report.files else 1
    if not path.exists():
        print(f"no audit trail at {path}", file=sys.stderr)
        return 1
    if args.audit_action == "summary":
        print(summary_table(path, args.since))
        return 0
    try:
        for line in follow(path, n=args.n, follow=args.follow):
            print(line, flush=True)
    except KeyboardInterrupt:
        return 0
    return 0
