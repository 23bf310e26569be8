"""An address in a private range is personal data only where something ties it to a person (a user, an account, a
person's device, a person's record); hosts, gateways and services in a network's plan are nobody's."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "private_ip_address"]


@every(
    ("text", "address"),
    [
        ("2025-02-11 08:14:09 sshd: Accepted password for user tkaminski from 10.8.0.14 port 50122", "10.8.0.14"),
        ("Helpdesk: the customer's laptop shows 192.168.1.37 and cannot reach the share", "192.168.1.37"),
        ("member_id,full_name,last_ip\n20931,Ines Carvalho,172.16.9.44\n", "172.16.9.44"),
        ("Nurse station login: patient portal session from 10.12.3.8", "10.12.3.8"),
        ("Tenant reported her smart meter at 192.168.50.21 stopped reporting", "192.168.50.21"),
        ("Contact: o.nwosu@example.net\nWorkstation: 10.40.2.19", "10.40.2.19"),
        ("| 3381 | Marta Kowalczyk | dhcp 10.22.7.140 | active |", "10.22.7.140"),
    ],
)
def test_an_address_tied_to_a_person(text: str, address: str) -> None:
    assert address in _addresses(text)


@every(
    "text",
    [
        "server { listen 80; proxy_pass http://10.0.5.21:3000; }",
        "Default gateway . . . . . . . . . : 192.168.0.1",
        "redis-primary 10.30.0.4:6379 role:master connected_slaves:2",
        "PLC line 4 at 172.16.8.40, HMI at 172.16.8.41, historian at 172.16.8.50",
        "allow from 10.0.0.0 to 10.255.255.255 on port 5432",
        "The lobby kiosk reaches the badge server on 192.168.20.5.",
        "ping 172.31.255.254: 64 bytes, time=0.4 ms",
        "etcd member e3a1 peerURLs=https://10.2.0.11:2380",
        "| edge-03 | Load Balancer | 10.0.0.5 | healthy |",
        "BGP session with 172.20.0.1 established, 48 prefixes received",
    ],
)
def test_hosts_and_services_of_a_network_are_nobodys(text: str) -> None:
    assert _addresses(text) == []
