"""`secure-mcp-gateway pins [SERVER] [--reset]` and `approve SERVER [NAME ...] [--all] [--yes]`."""

from __future__ import annotations

import argparse
import sys

from secure_mcp_gateway.cli.errors import CliError
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.keys import KeyUnavailable, open_key
from secure_mcp_gateway.pins import approve_hint, change_text, describe, split_key
from secure_mcp_gateway.pins_redis import shared_pins
from secure_mcp_gateway.pins_store import ChangedAgain, FilePinStore, PinBook, PinsTampered, ServerPins


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `pins` and `approve`."""
    text = "list pinned tool, prompt and resource definitions and those waiting for approval"
    pins = sub.add_parser("pins", parents=[common], help=text, description=text[0].upper() + text[1:] + ".")
    pins.add_argument("server", nargs="?", help="one server (default: every server with pins)")
    pins.add_argument(
        "--reset", action="store_true", help="forget the server's pins: its next listing is pinned as on first sight"
    )
    text = "approve changed or new definitions of a server so clients see them"
    approve = sub.add_parser("approve", parents=[common], help=text, description=text[0].upper() + text[1:] + ".")
    approve.add_argument("server", help="the server, as named in the config")
    approve.add_argument("names", nargs="*", metavar="NAME", help="tool or prompt names, or resource URIs")
    approve.add_argument("--all", action="store_true", help="every definition of the server waiting for approval")
    approve.add_argument("--yes", "-y", action="store_true", help="do not ask (for scripts)")


def _book(config: GatewayConfig | None = None) -> PinBook:
    """The pins the gateways of this config use: shared in Redis with `cache.backend: redis`, else local files."""
    store, key = shared_pins(config.cache) if config is not None else (None, None)
    try:
        return PinBook(store or FilePinStore(), key or open_key(create=False))
    except KeyUnavailable as exc:
        raise CliError(f"no pins can be read: {exc}") from None


def _load(book: PinBook, server: str) -> ServerPins | None:
    try:
        return book.load(server)
    except PinsTampered as exc:
        raise CliError(f"{exc}; `secure-mcp-gateway pins {server} --reset` starts them again") from None


def _known(server: str, pinned: bool, servers: set[str] | None) -> None:
    """A server named on the command line that has no pins must be one of the config's (a typo says so)."""
    if not pinned and servers is not None and server not in servers:
        raise CliError(
            f"no server named {server!r} in the config (its servers: {', '.join(sorted(servers)) or 'none'})"
        )


def run_pins(args: argparse.Namespace, config: GatewayConfig | None = None, servers: set[str] | None = None) -> int:
    """List pins, or reset a server's (`servers`: the config's server names, to catch a misspelt one)."""
    book = _book(config)
    if args.server:
        _known(args.server, args.server in book.store.servers(), servers)
    if args.reset:
        if not args.server:
            raise CliError("--reset needs a server: secure-mcp-gateway pins SERVER --reset")
        gone = book.reset(args.server)
        print(
            f"{'forgot' if gone else 'there were no'} pins of server {args.server}"
            + ("; its next listing is pinned as on first sight" if gone else "")
        )
        return 0
    servers = [args.server] if args.server else book.store.servers()
    if not servers:
        print(f"no pins yet in {getattr(book.store, 'directory', 'the store')}")
        return 0
    for server in servers:
        record = _load(book, server)
        if record is None:
            print(f"{server}: no pins (the next listing is pinned as on first sight)")
            continue
        print(f"{server}: {len(record.pins)} pinned, {len(record.pending)} waiting for approval")
        for key, entry in sorted(record.pins.items()):
            print(f"  pinned   {describe(key):40} {entry.hash[:12]}  since {entry.at}")
        for key, entry in sorted(record.pending.items()):
            print(f"  WAITING  {describe(key):40} {entry.hash[:12]}  {entry.reason} {entry.at}")
        if record.pending:
            from secure_mcp_gateway.launch import shell_command

            print(f"  approve with: {shell_command()} approve {server} NAME ... (or --all)")
    return 0


def run_approve(args: argparse.Namespace, config: GatewayConfig | None = None, servers: set[str] | None = None) -> int:
    """Show what changed, ask, and pin the approved definitions (a running gateway shows them within a second)."""
    book = _book(config)
    record = _load(book, args.server)
    _known(args.server, record is not None, servers)
    if record is None or not record.pending:
        pinned = {split_key(k)[1] for k in record.pins} if record is not None else set()
        unknown = [name for name in args.names if name not in pinned]
        if unknown:  # (a name approved already is done; one that is neither pinned nor waiting is a mistake)
            raise CliError(f"{unknown[0]!r} of server {args.server} is neither pinned nor waiting for approval")
        print(f"nothing of server {args.server} waits for approval (a running gateway records changes as it sees them)")
        return 0
    if args.all:
        keys = sorted(record.pending)
    elif args.names:
        keys = []
        for name in args.names:
            found = [k for k in record.pending if split_key(k)[1] == name]
            if not found:
                waiting = ", ".join(split_key(k)[1] for k in sorted(record.pending))
                raise CliError(f"{name!r} of server {args.server} is not waiting for approval (waiting: {waiting})")
            keys.extend(found)
    else:
        waiting = ", ".join(split_key(k)[1] for k in sorted(record.pending))
        raise CliError(f"name what to approve, or --all; waiting for approval in {args.server}: {waiting}")
    for key in keys:
        old = record.pins.get(key)
        entry = record.pending[key]
        print(f"{describe(key)} of server {args.server}: {entry.reason}")
        print(change_text(old.definition if old else None, entry.definition))
        print()
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise CliError("not approving without a terminal to ask on; add --yes to approve from a script")
        answer = input(f"Approve {len(keys)} definition(s) of server {args.server}? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            print("nothing approved")
            return 1
    seen = {key: record.pending[key].hash for key in keys}  # (pinned only as shown: a gateway may list anew)
    try:
        done = book.approve(args.server, keys, seen)
    except PinsTampered as exc:
        raise CliError(str(exc)) from None
    except ChangedAgain as exc:
        what = ", ".join(describe(k) for k in exc.keys)
        raise CliError(
            f"{what} of server {args.server} changed again after it was shown here; nothing approved: review it "
            f"again with `{approve_hint(args.server, *exc.keys)}`"
        ) from None
    print(f"approved {len(done)} definition(s) of server {args.server}; a running gateway shows them within a second")
    return 0
