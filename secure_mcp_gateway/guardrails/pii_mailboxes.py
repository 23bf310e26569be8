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
_PARTS = re.compile(r"[._+-]")
_DOCUMENTED = frozenset({"example.com", "example.org", "example.net"})
"""Second-level names reserved for documentation (RFC 2606), beside the `.example` and `.test` top-level names."""


def documented(domain: str) -> bool:
    """Whether a mail domain is one kept for documentation and tests (`acme.example`, `shop.test`, `example.org`)."""
    low = domain.lower()
    return low.endswith((".example", ".test")) or low in _DOCUMENTED or low.endswith((".example.com", ".example.org"))


def _function(word: str) -> bool:
    if word in _FUNCTIONS:
        return True
    return any(word[:i] in _FUNCTIONS and word[i:] in _FUNCTIONS for i in range(2, len(word) - 1))


def functional(local: str) -> bool:
    """Whether a mailbox's local part is made only of function words (`people-ops`, `customerservice`, `hr`)."""
    words = [w for w in _PARTS.split(local.lower()) if w]
    return bool(words) and len(words) <= 3 and all(_function(w) for w in words)


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
    r"office|company|business|shop|store|service|services|support|sales|billing|replies|hi|hello)(?![a-z])"
)
"""Words that make a mailbox a business's own: its voice (`we`, `our`), what to write to it about, its desks."""
_REACH = 240
_PERSONAL_KINDS = frozenset({"email", "street_address"})
"""Kinds found beside a desk's mailbox that leave it a desk's: its other mailboxes and its postal address."""


def _desk(text: str, start: int, at: int, end: int) -> bool:
    """Whether the address at [start, end) (its `@` at `at`) is a desk's: a local part of function words only
    (`billing`, `careers`, `support-team`) at a domain other than a free mail service's."""
    return functional(text[start:at]) and text[at + 1 : end].lower() not in _FREE_MAIL


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
