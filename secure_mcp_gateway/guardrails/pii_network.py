"""Addresses of a network's own services (public resolvers, gateways, time and mail servers, load balancers): the
address of a machine that serves everyone is nobody's personal data."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding

RESOLVERS = frozenset(
    """
    8.8.8.8 8.8.4.4 1.1.1.1 1.0.0.1 1.1.1.2 1.0.0.2 1.1.1.3 1.0.0.3 9.9.9.9 149.112.112.112 9.9.9.10 149.112.112.10
    208.67.222.222 208.67.220.220 208.67.222.123 208.67.220.123 4.2.2.1 4.2.2.2 4.2.2.3 4.2.2.4 64.6.64.6 64.6.65.6
    94.140.14.14 94.140.15.15 185.228.168.9 185.228.169.9 76.76.2.0 76.76.10.0 8.26.56.26 8.20.247.20
    2001:4860:4860::8888 2001:4860:4860::8844 2606:4700:4700::1111 2606:4700:4700::1001 2620:fe::fe 2620:fe::9
    2620:119:35::35 2620:119:53::53
    """.split()
)
"""The public DNS resolvers' well-known addresses (Google, Cloudflare, Quad9, OpenDNS, Level 3, Neustar, AdGuard,
CleanBrowsing, Control D, Comodo): written in every network's settings, nobody's address."""

_ROLE = lazy.compile(
    r"(?<![a-z])(?:dns|name ?servers?|resolvers?|gateways?|default route|next[ -]?hop|ntp|time ?servers?|smtp|"
    r"mail ?relay|mx|upstreams?|egress|ingress|load[ -]?balancers?|reverse proxy|vip|nat|anycast|bgp|cdn)(?![a-z0-9])"
    r"[^\n]{0,40}\Z"
)
"""A service's role named on the line before an address (`DNS 8.8.8.8`, `nameserver`, `NTP server`, `egress IP`)."""

CLIENT = lazy.compile(
    r"(?<![a-z])(?:clients?|stations?|sta|wi-?fi|wlan|wireless|ssid|(?:dis)?associated|roam(?:ed|ing)?|dhcp[a-z]*|"
    r"probe|bluetooth|ble|devices?|handsets?|wearables?|smartwatch|tablets?|hostname|lease[sd]?|paired|tracked|seen)"
    r"(?![a-z])"
)
"""Words that make a hardware address a client's, the device someone carries (`client MAC`, `STA ... associated`,
`DHCPACK ... to`, `paired device`), rather than a switch's, a router's or a server's port."""


def services(text: str, low: str, found: list[Finding], ties: re.Pattern[str]) -> list[Finding]:
    """`found` less the public addresses of the well-known resolvers, and less the addresses that their line names
    as a network service's before them (`gateway`, `DNS`, `NTP server`, `egress IP`) where nothing on the line
    (`ties`: a user, an account, a person's device) and no other personal data ties them to a person."""
    dropped = set()
    for f in found:
        if f.kind not in ("ip_address", "private_ip_address"):
            continue
        if text[f.start : f.end] in RESOLVERS:
            dropped.add(id(f))
            continue
        line = low.rfind("\n", 0, f.start) + 1
        end = low.find("\n", f.end)
        end = len(low) if end < 0 else end
        if f.start - line > 400 or _ROLE.search(low, max(line, f.start - 60), f.start) is None:
            continue
        if ties.search(low, line, end) is not None:
            continue
        if any(g.kind not in _ADDRESSES and line <= g.start < end for g in found):
            continue
        dropped.add(id(f))
    return [f for f in found if id(f) not in dropped] if dropped else found


_ADDRESSES = frozenset({"ip_address", "private_ip_address", "mac_address"})
