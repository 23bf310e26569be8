"""Tokens in the URLs that notification tools write for a service (Apprise's and its kin's `tgram://<bot token>/<chat>`,
`discord://<webhook id>/<webhook token>`, `slack://<A>/<B>/<C>`, `pover://<user>@<token>`, `gotify://host/<token>`):
a scheme of the tool's own, not the web's, and a part of its address that is a random token, whatever the service."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy

LOW_GATES = (r"(?<![a-z0-9+.-])(?!https?:|wss?:|s?ftps?:|file:|git:|ssh:|s3:|ipfs:)[a-z][a-z0-9+.-]{1,15}://[^\s]{20}",)
"""On a short lower-cased text: a URL of a scheme not the web's, long enough to hold a token (`secrets._low_any`)."""
_SCHEME = lazy.compile(r"([a-z][a-z0-9+.-]{1,15})\Z")
_NOT_TOOLS = frozenset(
    {
        *("http", "https", "ws", "wss", "ftp", "ftps", "sftp", "file", "data", "mailto", "ssh", "git", "svn", "hg"),
        *("s3", "s3a", "s3n", "gs", "gcs", "az", "abfs", "abfss", "wasb", "wasbs", "hdfs", "oci", "docker", "ipfs"),
        *("ipns", "ar", "magnet", "urn", "jdbc", "ldap", "ldaps", "nfs", "smb", "cifs", "rsync", "chrome", "about"),
        *("blob", "content", "android-app", "ios-app", "vscode", "jar", "zip", "tar", "npm", "pkg", "registry"),
        *("git+ssh", "git+https", "svn+ssh", "bzr", "ssh+git", "spotify", "steam", "tg", "irc", "ircs", "xmpp"),
        *("ws+unix", "unix", "tcp", "udp", "grpc", "grpcs", "dns", "ntp", "rtmp", "rtsp", "srt", "sip", "sips"),
    }
)
"""Schemes of the web, of storage, of code hosts and of protocols, whose paths hold ids and digests (an IPFS content
id, an image's digest, a bucket's object): a token in them is read by other rules."""
_PART = lazy.compile(r"[A-Za-z0-9_-]{20,200}|[0-9]{6,12}:[A-Za-z0-9_-]{30,60}")
"""A part of the address that may be a token: a long run of token characters, or a bot's `<id>:<secret>`."""
_ID_PART = lazy.compile(r"[A-Z][A-Z0-9]{7,11}")
_PARTS = lazy.compile(r"[^\s\"'<>`]{1,600}")
_REACH = 16


WORDS = ("://",)
"""Where such a URL's scheme ends: only those places are read."""


def find(text: str, low: str, places: list[int], random: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The tokens in such URLs (`places`: where `://` stands in `low`; `random(part)`: whether a part is a random
    token, not a name or an id)."""
    out: list[tuple[int, int]] = []
    done = 0
    for at in places:
        if at < done:
            continue
        m = _SCHEME.search(low, max(0, at - _REACH), at)
        if m is not None and m.group(1) not in _NOT_TOOLS and not (m.start() and low[m.start() - 1].isalnum()):
            rest = _PARTS.match(text, at + 3)
            if rest is not None:
                pos = rest.start()
                for part in _split(text, rest.start(), rest.end()):
                    s, e = part
                    token = text[s:e]
                    if _PART.fullmatch(token) is not None and (":" in token or random(token)):
                        while s - 1 > rest.start() and text[s - 1] == "/":
                            back = text.rfind("/", rest.start(), s - 1) + 1 or rest.start()
                            if _ID_PART.fullmatch(text, back, s - 1) is None:
                                break
                            s = back  # a workspace's and a channel's ids before the token (Slack's `T.../B.../...`)
                        out.append((s, e))
                    pos = e
                done = pos
    return out


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of an address between its `/`, `@`, `?`, `&`, `=`, `#` and `,` (a bot token's `:` kept in its part)."""
    return [m.span() for m in _SEGMENT.finditer(text, start, end)]


_SEGMENT = lazy.compile(r"[^/@?&=#,]+")
