"""Network addresses as personal data: a person's device, a login or a session ties them to someone; the public
resolvers' well-known addresses, a network's gateways, resolvers and time servers, and interfaces nobody is tied to
are not reported."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("text", "value"),
    [
        ("DHCP lease: 10.20.4.117 -> MAC 3c:22:fb:91:0a:7e (hostname: MARIA-IPHONE)", "10.20.4.117"),
        ("DHCP lease: 10.20.4.117 -> MAC 3c:22:fb:91:0a:7e (hostname: MARIA-IPHONE)", "3c:22:fb:91:0a:7e"),
        ("2024-03-01 08:12:44 sshd[2211]: Accepted password for jdoe from 10.8.0.6 port 51122 ssh2", "10.8.0.6"),
        ("sshd: Accepted publickey for mgarcia from 10.14.2.201 port 60111", "10.14.2.201"),
        ("VPN session: rkumar connected, tunnel address 172.16.20.33", "172.16.20.33"),
        ("Nurse station tablet (R. Patel's iPad) 192.168.40.12", "192.168.40.12"),
        ("Client MAC a4c3.f091.2be7 associated to SSID Guest", "a4c3.f091.2be7"),
        ("wlan0: STA 5e:91:0c:a7:3b:d2 IEEE 802.11: associated", "5e:91:0c:a7:3b:d2"),
        ("Remote desktop from 81.2.69.142 by user dcarter", "81.2.69.142"),
        ("Visitor IP: 81.2.69.142", "81.2.69.142"),
        ("DNS lookup by user dcarter from 81.2.69.142", "81.2.69.142"),
    ],
)
def test_addresses_tied_to_a_person_are_found(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


@every(
    "text",
    [
        "Gateway 192.168.1.1, DNS 8.8.8.8",
        "Upstream resolvers: 1.1.1.1 and 9.9.9.9",
        "nameserver 8.8.4.4",
        "nameserver 2606:4700:4700::1111",
        "Resolver 1.0.0.1 answered in 12 ms",
        "NTP server 162.159.200.1",
        "NTP: 129.6.15.28 (time.nist.gov)",
        "egress address 52.14.77.201 allowlisted by the vendor",
        "Our public egress IP is 34.117.59.81 (load balancer)",
        "default gateway: 10.0.0.1",
        "IP 10.0.12.7 assigned to printer-3F on VLAN 20",
        "IP 192.168.4.20 assigned to the conference room printer",
        "MAC 3c:22:fb:9a:10:4e, MTU 1500",
        "Switch port Gi1/0/12 learned 00:1b:44:11:3a:b7 on VLAN 30",
    ],
)
def test_service_addresses_and_untied_interfaces_are_not_personal_data(text: str) -> None:
    assert _found(text) == []
