"""Mailboxes named for a function (`bookings@`, `hr@`, `service-desk@`) at a domain kept for documentation."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding

_FUNCTIONS = frozenset(
    """
    info information contact contacts enquiries enquiry inquiries inquiry hello hi office general
    support help helpdesk desk service services servicedesk care aftercare customer customers client clients
    admin admins administrator webmaster postmaster hostmaster abuse security noc soc ops operations it tech
    technical sysadmin sales team teams bookings booking reservations reservation appointments appointment
    orders order shop store studio clinic practice surgery salon reception frontdesk concierge
    accounts account accounting billing invoices invoice payments payment finance payroll treasury purchasing
    procurement purchase hr people personnel talent careers career jobs recruiting recruitment hiring
    press media pr marketing news newsroom editor editorial tips letters newsletter events partners partnerships
    legal privacy dpo gdpr compliance data protection feedback complaints returns refunds warranty dispatch
    logistics shipping delivery deliveries warehouse despatch wholesale trade export import quotes quote estimates
    estimate survey surveys lettings rentals leasing maintenance facilities repairs service-desk engineering
    membership members volunteer volunteers donations fundraising admissions registrar library office-manager
    lab laboratory pharmacy dental doctors nurses records medical health safety training bursar school alerts
    notifications reports report ops-team hotline helpline rota oncall devops payable receivable ap ar
    """.split()
)
"""Words a function's mailbox is named with: desks, departments, services and channels, never people."""
_LISTS = frozenset(
    """
    bugs bug issues dev devel developers announce announcements discuss discussion users list lists subscribe
    unsubscribe release releases
    """.split()
)
"""Words a project's mailing list or bug tracker is named with (`dev@`, `bugs@`, `announce@`), read as a desk's only
where the words around say so (see `_DESK_CUES`)."""
_PARTS = re.compile(r"[._+-]")
_DOCUMENTED = frozenset({"example.com", "example.org", "example.net"})
"""Second-level names reserved for documentation (RFC 2606), beside the `.example` and `.test` top-level names."""


def documented(domain: str) -> bool:
    """Whether a mail domain is one kept for documentation and tests (`acme.example`, `shop.test`, `example.org`)."""
    low = domain.lower()
    return low.endswith((".example", ".test")) or low in _DOCUMENTED or low.endswith((".example.com", ".example.org"))


def _function(word: str, lists: bool = False) -> bool:
    if word in _FUNCTIONS or (lists and word in _LISTS):
        return True
    return any(word[:i] in _FUNCTIONS and word[i:] in _FUNCTIONS for i in range(2, len(word) - 1))


def functional(local: str, lists: bool = False) -> bool:
    """Whether a mailbox's local part is made only of function words (`people-ops`, `customerservice`, `hr`), or
    with `lists` also of a mailing list's words (`dev`, `bugs`)."""
    words = [w for w in _PARTS.split(local.lower()) if w]
    return bool(words) and len(words) <= 3 and all(_function(w, lists) for w in words)


_FREE_MAIL = frozenset(
    """
    gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de ymail.com hotmail.com hotmail.co.uk hotmail.fr
    hotmail.de outlook.com live.com msn.com icloud.com me.com mac.com aol.com gmx.de gmx.net gmx.com gmx.at web.de
    proton.me protonmail.com pm.me mail.ru yandex.ru yandex.com qq.com 163.com 126.com naver.com daum.net hanmail.net
    orange.fr free.fr laposte.net libero.it virgilio.it t-online.de rediffmail.com zoho.com fastmail.com tutanota.com
    seznam.cz wp.pl o2.pl interia.pl onet.pl bluewin.ch
    """.split()
)
"""Free mail services' domains, where anyone opens a mailbox of any name (`billing@gmail.com` is someone's)."""
_PERSON_CUES = lazy.compile(
    r"(?i)(?<![a-z])(?:mr|mrs|ms|miss|dr|my|me|his|her|dear|name|contact person|owner|proprietor|manager|director|"
    r"home|private|personal|mobile|cell|born|birth|dob|resident|patient|customer|client|passport|employee|user|"
    r"wife|husband|partner|mother|father|son|daughter|sister|brother|next of kin|emergency contact|ask for|attn|"
    r"sender|recipient|author|signed|regards|sincerely|cheers|thanks|(?:from|to|cc|bcc) ?:)(?![a-z])"
    r"(?! (?:service|services|care|support|relations|success|experience)(?![a-z]))"
)
"""Words that put a person beside a mailbox (a name's label, a letter's sign-off, a message's sender or recipient)."""
_DESK_CUES = lazy.compile(
    r"(?i)(?<![a-z])(?:we|we'(?:ll|re|ve|d)|our|ours|us|questions?|enquir(?:y|ies)|inquir(?:y|ies)|reports?|"
    r"help|jobs?|apply|applications?|vulnerabilit(?:y|ies)|"
    r"disclos\w*|press|media|requests?|invoices?|orders?|bookings?|complaints?|feedback|team|department|desk|"
    r"office|company|business|shop|store|service|services|support|sales|billing|replies|hi|hello|"
    r"cv|cvs|résumés?|bugs?|issues?|(?:mailing )?lists?|subscribe|unsubscribe|security\.txt)(?![a-z])"
)
"""Words that make a mailbox a business's own: its voice (`we`, `our`), what to write to it about, its desks."""
_REACH = 240
_PERSONAL_KINDS = frozenset({"email", "street_address"})
"""Kinds found beside a desk's mailbox that leave it a desk's: its other mailboxes and its postal address."""


def _desk(text: str, start: int, at: int, end: int) -> bool:
    """Whether the address at [start, end) (its `@` at `at`) is a desk's: a local part of function words only
    (`billing`, `careers`, `support-team`), or of the domain's own name and function words (`openssl-security@
    openssl.org`), at a domain other than a free mail service's."""
    domain = text[at + 1 : end].lower()
    if domain in _FREE_MAIL:
        return False
    if functional(text[start:at], lists=True):
        return True
    words = [w for w in _PARTS.split(text[start:at].lower()) if w]
    own = set(domain.split("."))
    rest = [w for w in words if w not in own]
    return 0 < len(rest) < len(words) <= 3 and all(_function(w, True) for w in rest)


def _business(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether a word of `_DESK_CUES` stands in [lo, hi) outside the mailbox at [start, end)."""
    return _DESK_CUES.search(text, lo, start) is not None or _DESK_CUES.search(text, end, hi) is not None


def desks(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the mailboxes of desks (see `_desk`) in whose paragraph (at most `_REACH` characters either
    side) no person is found nor named by a word of `_PERSON_CUES`."""
    kept = []
    for f in found:
        if f.kind == "email":
            at = text.find("@", f.start, f.end)
            if at > f.start and _desk(text, f.start, at, f.end):
                gap = text.rfind("\n\n", max(0, f.start - _REACH), f.start)
                lo = gap + 2 if gap >= 0 else max(0, f.start - _REACH)
                hi = text.find("\n\n", f.end, f.end + _REACH)
                hi = hi if hi >= 0 else min(len(text), f.end + _REACH)
                if (
                    _PERSON_CUES.search(text, lo, hi) is None
                    and _business(text, lo, f.start, f.end, hi)
                    and not any(g.kind not in _PERSONAL_KINDS and lo <= g.start and g.end <= hi for g in found)
                ):
                    continue
        kept.append(f)
    return kept


_GROUP_WORDS = frozenset(
    """
    team teams developers devs maintainers packagers contributors authors foundation project authority committee
    consortium community council association society collective initiative infrastructure admins administrators
    bot robot daemon automation list lists announce announcements repository repo packaging packages signing
    release releases security group groups qa keymaster archive build builds buildd ci
    """.split()
)
"""Words of a group's display name (`Debian Python Team`, `Kubernetes Release Team`, `Apache Software Foundation`)."""
_KEY_NAME = lazy.compile(
    r"(?i)(?<![a-z])(?:signing|release|archive|repository|package|code|master|automatic|gpg|pgp) key(?![a-z])"
)
"""A signing key's name in a key listing (`Release Signing Key`, `Archive Automatic Signing Key`)."""
_DISPLAY_NAME = lazy.compile(r"[^\n:,;<>\[\]\"'=]{2,100}\Z")
"""The display name right before `<` and a mailbox: back to the line's start or a label's colon."""
_GROUP_REACH = 120
_PERSONAL_LOCAL = re.compile(r"[a-z]{1,20}[._][a-z]{2,30}\Z")
"""A local part written `first.last` or `first_last`: a person's, whatever the display name says."""


def _group(name: str) -> bool:
    """Whether a display name names a group or a signing key rather than a person."""
    words = [w for w in re.split(r"[^a-z]+", name.lower()) if w]
    return any(w in _GROUP_WORDS for w in words) or _KEY_NAME.search(name) is not None


def groups(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the mailboxes whose display name names a group (a team, project, foundation, mailing list,
    build system or signing key: package metadata, key listings) rather than a person, unless the local part is
    written like a person's name (`jane.doe@`)."""
    kept = []
    for f in found:
        if f.kind == "email" and f.start > 1 and "<" in text[f.start - 2 : f.start]:
            at = text.find("@", f.start, f.end)
            opened = text.rfind("<", f.start - 2, f.start)
            name = _DISPLAY_NAME.search(text, max(0, opened - _GROUP_REACH), opened)
            if (
                at > f.start
                and name is not None
                and _group(name.group())
                and _PERSONAL_LOCAL.match(text[f.start : at].lower()) is None
            ):
                continue
        kept.append(f)
    return kept
