"""Mailboxes named for a function (`bookings@`, `hr@`, `service-desk@`) at a domain kept for documentation."""

from __future__ import annotations

import re

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
    notifications reports report ops-team hotline helpline rota oncall devops
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
