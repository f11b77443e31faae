"""The machine-output pages of the blind18 set: 7 tools' logs, listings and configs, 3-4 formats each,
IPs as the tools print them (benchmarks/pii_blind18.py says what the set is)."""

from __future__ import annotations

import json
import random

from benchmarks.pii_blind18_values import (
    Doc,
    at_lookalike,
    at_traps,
    email,
    ip_lookalike,
    ipv4,
    ipv6,
)

USERS = ("mkoch", "asmith", "jdoe", "priya.r", "tnguyen", "lgarcia", "ops", "svc_backup")
DOMAINS = ("example-shop.de", "northwind.io", "acme-corp.net", "contoso-mail.com", "fabrikam.org", "tailspin.travel")


def _ip(rng: random.Random, v6_share: float = 0.25) -> str:
    return ipv6(rng) if rng.random() < v6_share else ipv4(rng)


def _ts(rng: random.Random) -> str:
    return f"2026-12-{rng.randint(1, 6):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _mail(rng: random.Random) -> str:
    return email(rng, rng.choice(("anna", "bob", "chen", "dario", "eva", "femi")), rng.choice(("berg", "ito", "kahn", "silva")),
                 rng.choice(DOMAINS))


def _hostport(doc: Doc, ip: str, port: int, style: str) -> None:
    """ip:port, [v6]:port, ip port, ip/port: the address alone is the span."""
    if ":" in ip and style != "space":
        doc.add("[").val("IP_ADDRESS", ip).add(f"]:{port}")
    elif style == "colon":
        doc.val("IP_ADDRESS", ip).add(f":{port}")
    elif style == "slash":
        doc.val("IP_ADDRESS", ip).add(f"/{port}")
    else:
        doc.val("IP_ADDRESS", ip).add(f" {port}")


# ------------------------------------------------------------------ PAN-OS firewall logs
def panos(doc: Doc, rng: random.Random, n: int) -> None:
    form = n % 4
    if form == 0:
        doc.add("# PAN-OS syslog (TRAFFIC, CSV)\n")
        for _ in range(rng.randint(3, 5)):
            doc.add(f"1,2026/12/0{rng.randint(1, 6)} 1{rng.randint(0, 9)}:{rng.randint(10, 59)}:{rng.randint(10, 59)},"
                    f"0{rng.randint(10 ** 10, 10 ** 11 - 1)},TRAFFIC,end,2561,2026/12/06 10:11:12,")
            doc.val("IP_ADDRESS", ipv4(rng)).add(",").val("IP_ADDRESS", ipv4(rng)).add(",")
            if rng.random() < 0.5:
                doc.add("0.0.0.0,0.0.0.0,")
            else:
                doc.val("IP_ADDRESS", ipv4(rng)).add(",").val("IP_ADDRESS", ipv4(rng)).add(",")
            doc.add(f"allow-web,,,ssl,vsys1,trust,untrust,ethernet1/{rng.randint(1, 8)},ethernet1/1,fwd,"
                    f"{rng.randint(10 ** 6, 10 ** 7)},1,{rng.randint(1024, 65535)},443,0,0,0x400019,tcp,allow,"
                    f"{rng.randint(500, 90000)},{rng.randint(100, 9000)}\n")
    elif form == 1:
        doc.add("admin@PA-3220> show session all\n")
        doc.add("ID      Application    State   Type Flag  Src[Sport]/Zone/Proto (translated IP[Port])\n")
        doc.add("                                          Vsys   Dst[Dport]/Zone (translated IP[Port])\n")
        doc.add("-" * 80 + "\n")
        for _ in range(rng.randint(2, 4)):
            doc.add(f"{rng.randint(10000, 99999):<8}{rng.choice(('ssl', 'dns-base', 'web-browsing')):<15}ACTIVE  FLOW  NS   ")
            doc.val("IP_ADDRESS", ipv4(rng)).add(f"[{rng.randint(1024, 65535)}]/trust/6  (")
            doc.val("IP_ADDRESS", ipv4(rng)).add(f"[{rng.randint(1024, 65535)}])\n{'':42}vsys1  ")
            doc.val("IP_ADDRESS", ipv4(rng)).add("[443]/untrust  (")
            doc.val("IP_ADDRESS", ipv4(rng)).add("[443])\n")
    elif form == 2:
        doc.add("# LEEF export\n")
        for _ in range(rng.randint(3, 5)):
            doc.add(f"LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|10.2.{rng.randint(1, 9)}|allow|"
                    f"cat=TRAFFIC\tdevTime={_ts(rng)}\tsrc=")
            doc.val("IP_ADDRESS", _ip(rng)).add("\tdst=").val("IP_ADDRESS", _ip(rng))
            doc.add(f"\tsrcPostNAT=0.0.0.0\tsrcPort={rng.randint(1024, 65535)}\tdstPort=443\tusrName=")
            if rng.random() < 0.4:
                doc.val("EMAIL_ADDRESS", _mail(rng))
            else:
                doc.add(f"corp\\{rng.choice(USERS)}")
            doc.add(f"\tSerialNumber=0{rng.randint(10 ** 10, 10 ** 11 - 1)}\n")
    else:
        doc.add("set deviceconfig system ip-address ")
        doc.val("IP_ADDRESS", ipv4(rng)).add("\nset deviceconfig system netmask 255.255.255.0\n")
        doc.add("set deviceconfig system default-gateway ").val("IP_ADDRESS", ipv4(rng)).add("\n")
        doc.add("set deviceconfig system dns-setting servers primary ").val("IP_ADDRESS", ipv4(rng)).add("\n")
        doc.add(f"set deviceconfig system snmp-setting access-setting version v3 # OID 1.3.6.1.4.1.25461.2.1.2.{rng.randint(1, 9)}\n")
        doc.add("set address srv-app ip-netmask ").val("IP_ADDRESS", ipv4(rng)).add(f"/{rng.choice((24, 28, 32))}\n")
        doc.add("set address v6-lb ip-netmask ").val("IP_ADDRESS", ipv6(rng)).add("/64\n")
        doc.add("set deviceconfig system service disable-telnet yes   # firmware 10.2.4.1\n")


# ------------------------------------------------------------------ Varnish
def varnish(doc: Doc, rng: random.Random, n: int) -> None:
    form = n % 3
    if form == 0:
        doc.add("$ varnishncsa -F '%h %l %u %t \"%r\" %s %b \"%{X-Forwarded-For}i\"'\n")
        for _ in range(rng.randint(3, 6)):
            doc.val("IP_ADDRESS", _ip(rng)).add(f" - - [06/Dec/2026:{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0000] "
                                                 f"\"GET /img/p{rng.randint(100, 999)}@2x.webp HTTP/1.1\" 200 {rng.randint(200, 90000)} \"")
            doc.val("IP_ADDRESS", ipv4(rng)).add(", ").val("IP_ADDRESS", ipv4(rng)).add("\"\n")
    elif form == 1:
        doc.add("$ varnishlog -g request -q 'RespStatus >= 500'\n")
        for _ in range(rng.randint(2, 3)):
            vxid = rng.randint(10 ** 5, 10 ** 7)
            doc.add(f"*   << Request  >> {vxid}\n-   Begin          req {vxid - 1} rxreq\n-   ReqStart       ")
            doc.val("IP_ADDRESS", _ip(rng)).add(f" {rng.randint(1024, 65535)} a0\n-   ReqHeader      X-Real-IP: ")
            doc.val("IP_ADDRESS", ipv4(rng)).add(f"\n-   Timestamp      Start: 1796{rng.randint(100000, 999999)}.{rng.randint(100000, 999999)} 0.000000 0.000000\n")
            doc.add(f"-   RespStatus     503\n-   BackendOpen    {rng.randint(20, 40)} boot.app1 ")
            doc.val("IP_ADDRESS", ipv4(rng)).add(" 8080 127.0.0.1 43210\n")
    else:
        doc.add("$ varnishadm backend.list -p\nBackend name      Admin   Probe   Health   Last change\n")
        for i in range(rng.randint(2, 4)):
            doc.add(f"boot.web{i + 1}         probe   5/5     healthy  Sun, 06 Dec 2026 0{rng.randint(1, 9)}:12:00 GMT\n")
            doc.add("  Current states  good:  5 threshold:  3 window:  5\n  Average response time of good probes: 0.00"
                    f"{rng.randint(1000, 9999)}\n")
        doc.add("\nbackend web1 { .host = \"")
        doc.val("IP_ADDRESS", ipv4(rng)).add("\"; .port = \"8080\"; }\nacl purge { \"localhost\"; \"127.0.0.1\"; \"")
        doc.val("IP_ADDRESS", ipv4(rng)).add("\"/24; \"::1\"; }\n")


# ------------------------------------------------------------------ Tomcat
def tomcat(doc: Doc, rng: random.Random, n: int) -> None:
    form = n % 3
    if form == 0:
        doc.add("==> localhost_access_log.2026-12-06.txt <==\n")
        for _ in range(rng.randint(3, 6)):
            doc.val("IP_ADDRESS", _ip(rng, 0.3)).add(f" - {rng.choice(USERS + ('-',))} [06/Dec/2026:{rng.randint(10, 23)}:"
                                                      f"{rng.randint(10, 59)}:{rng.randint(10, 59)} +0100] \"POST /api/v{rng.randint(1, 3)}/orders "
                                                      f"HTTP/1.1\" {rng.choice((200, 201, 401, 500))} {rng.randint(20, 9000)} {rng.randint(2, 900)}ms\n")
    elif form == 1:
        doc.add("catalina.out\n")
        for _ in range(rng.randint(2, 4)):
            doc.add(f"06-Dec-2026 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)} WARNING "
                    f"[http-nio-8080-exec-{rng.randint(1, 40)}] o.a.c.c.C.[.[localhost].[/shop] login failed user=")
            doc.val("EMAIL_ADDRESS", _mail(rng)).add(" remoteAddr=").val("IP_ADDRESS", _ip(rng)).add("\n")
        doc.add(f"06-Dec-2026 10:00:01.001 INFO [main] Server number: 10.1.{rng.randint(10, 40)}.0\n")
        doc.add(f"06-Dec-2026 10:00:01.002 INFO [main] OS Version: 6.1.0.{rng.randint(10, 40)}-amd64\n")
    else:
        doc.add("<!-- server.xml -->\n<Valve className=\"org.apache.catalina.valves.RemoteIpValve\"\n"
                "       internalProxies=\"10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|127\\.0\\.0\\.1\"\n       trustedProxies=\"")
        doc.val("IP_ADDRESS", ipv4(rng)).add("\" />\n<Connector port=\"8443\" address=\"")
        doc.val("IP_ADDRESS", ipv4(rng)).add("\" />\n<Valve className=\"org.apache.catalina.valves.RemoteAddrValve\" allow=\"127\\.0\\.0\\.1|")
        doc.add("::1\" />\n\nmanager/status: Client           VHost       Request\n")
        for _ in range(rng.randint(2, 3)):
            doc.val("IP_ADDRESS", ipv4(rng)).add(f"      localhost   GET /shop/cart?id={rng.randint(10 ** 6, 10 ** 7)} HTTP/1.1\n")


# ------------------------------------------------------------------ OpenSMTPD
def opensmtpd(doc: Doc, rng: random.Random, n: int) -> None:
    form = n % 3
    if form in (0, 1):
        for _ in range(rng.randint(2, 3)):
            sess = "".join(rng.choice("0123456789abcdef") for _ in range(16))
            pre = f"Dec  6 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} mx1 smtpd[{rng.randint(100, 9999)}]: {sess} "
            doc.add(pre + "smtp connected address=").val("IP_ADDRESS", _ip(rng)).add(f" host=mail{rng.randint(1, 9)}.{rng.choice(DOMAINS)}\n")
            doc.add(pre + f"smtp message msgid={sess[:8]} size={rng.randint(900, 90000)} nrcpt=1 proto=ESMTP\n")
            doc.add(pre + "smtp envelope evpid=" + sess + " from=<").val("EMAIL_ADDRESS", _mail(rng)).add("> to=<")
            doc.val("EMAIL_ADDRESS", _mail(rng)).add(">\n")
            if form == 1:
                doc.add(pre + "mta delivery evpid=" + sess + " rcpt=<").val("EMAIL_ADDRESS", _mail(rng))
                doc.add(f"> result=Ok stat=250 2.0.0 Ok: queued relay=mx.{rng.choice(DOMAINS)} [")
                doc.val("IP_ADDRESS", ipv4(rng)).add("]\n")
            doc.add(pre + f"filter-rspamd: message-id {at_lookalike(rng, 'news', 'letter', rng.choice(DOMAINS))}\n")
    else:
        doc.add("# /etc/mail/smtpd.conf\nlisten on ")
        doc.val("IP_ADDRESS", ipv4(rng)).add(" port 25\nlisten on ").val("IP_ADDRESS", ipv6(rng)).add(" port 587 tls-require\n")
        doc.add("listen on 127.0.0.1 port 10028 tag DKIM\ntable relays { ")
        doc.val("IP_ADDRESS", ipv4(rng)).add(", ").val("IP_ADDRESS", ipv4(rng)).add(" }\n")
        dom = rng.choice(DOMAINS)
        doc.add(f"action \"relay\" relay host smtp+tls://smarthost.{dom}:587 auth <secrets> mail-from \"@{dom}\"\n")
        doc.add("# postmaster: ").val("EMAIL_ADDRESS", _mail(rng)).add("\n")
        doc.add(f"# smtpctl show stats: smtp.session={rng.randint(1, 900)} uptime={rng.randint(10 ** 5, 10 ** 7)}\n")


# ------------------------------------------------------------------ NSD / Knot DNS
def dnsd(doc: Doc, rng: random.Random, n: int) -> None:
    form = n % 3
    if form == 0:
        doc.add("# knotd query log\n")
        for _ in range(rng.randint(3, 5)):
            zone = rng.choice(DOMAINS)
            doc.add(f"{_ts(rng)}+0000 info: [{zone}.] query, remote ")
            doc.val("IP_ADDRESS", _ip(rng)).add(f"@{rng.randint(1024, 65535)}, UDP, qname www.{zone}., qtype A\n")
        doc.add(f"{_ts(rng)}+0000 info: [{rng.choice(DOMAINS)}.] AXFR, outgoing, remote ")
        doc.val("IP_ADDRESS", ipv4(rng)).add("@53, started, serial 20261206" + f"{rng.randint(10, 99)}\n")
    elif form == 1:
        doc.add("# nsd-control / nsd log\n")
        for _ in range(rng.randint(3, 5)):
            doc.add(f"[{_ts(rng)}.{rng.randint(100, 999)}] nsd[{rng.randint(100, 9999)}]: info: query: ")
            doc.val("IP_ADDRESS", _ip(rng)).add(f" {rng.choice(('A', 'AAAA', 'MX', 'PTR'))} "
                                                 f"{ip_lookalike(rng) if rng.random() < 0.3 else 'mail.' + rng.choice(DOMAINS)}.\n")
        doc.add(f"nsd-control zonestatus {rng.choice(DOMAINS)}\n  state: ok\n  served-serial: \"20261206{rng.randint(10, 99)} since 2026-12-06T10:00:00\"\n")
    else:
        zone = rng.choice(DOMAINS)
        doc.add(f"$ORIGIN {zone}.\n@   3600 IN SOA ns1.{zone}. hostmaster.{zone}. (2026120601 7200 3600 1209600 3600)\n")
        doc.add("ns1 IN A ").val("IP_ADDRESS", ipv4(rng)).add("\nns1 IN AAAA ").val("IP_ADDRESS", ipv6(rng)).add("\n")
        doc.add("www IN A ").val("IP_ADDRESS", ipv4(rng)).add("\n_dmarc IN TXT \"v=DMARC1; p=reject; rua=mailto:")
        doc.val("EMAIL_ADDRESS", f"dmarc@{zone}").add("\"\n")
        doc.add(f"{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.10.in-addr.arpa. IN PTR host.{zone}.\n")
        doc.add("# knot.conf\nacl:\n  - id: xfr\n    address: [")
        doc.val("IP_ADDRESS", ipv4(rng)).add(", ").val("IP_ADDRESS", ipv6(rng)).add("]\n    action: transfer\n")


# ------------------------------------------------------------------ FTP servers
def ftpd(doc: Doc, rng: random.Random, n: int) -> None:
    form = n % 3
    if form == 0:
        doc.add("# /var/log/xferlog\n")
        for _ in range(rng.randint(3, 5)):
            doc.add(f"Sun Dec  6 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} 2026 {rng.randint(1, 90)} ")
            doc.val("IP_ADDRESS", ipv4(rng)).add(f" {rng.randint(1000, 10 ** 9)} /pub/release-{rng.randint(1, 9)}.{rng.randint(0, 9)}."
                                                  f"{rng.randint(0, 9)}.tar.gz b _ o {rng.choice('ar')} ")
            if rng.random() < 0.5:
                doc.val("EMAIL_ADDRESS", _mail(rng))
            else:
                doc.add(rng.choice(USERS))
            doc.add(" ftp 0 * c\n")
    elif form == 1:
        doc.add("# vsftpd.log\n")
        for _ in range(rng.randint(3, 5)):
            ip = ipv4(rng)
            doc.add(f"Sun Dec  6 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} 2026 [pid {rng.randint(100, 99999)}] ")
            if rng.random() < 0.5:
                doc.add("CONNECT: Client \"").val("IP_ADDRESS", "::ffff:" + ip).add("\"\n")
            else:
                doc.add(f"[{rng.choice(USERS)}] OK LOGIN: Client \"").val("IP_ADDRESS", ip).add("\"\n")
        doc.add("pasv_address=").val("IP_ADDRESS", ipv4(rng)).add("\nlisten_address=0.0.0.0\n")
    else:
        doc.add("# proftpd.log\n")
        for _ in range(rng.randint(3, 5)):
            ip = _ip(rng)
            doc.add(f"2026-12-06 {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)},{rng.randint(100, 999)} ftp.{rng.choice(DOMAINS)} "
                    f"proftpd[{rng.randint(100, 99999)}] ftp.{rng.choice(DOMAINS)} (")
            doc.val("IP_ADDRESS", ip).add("[").val("IP_ADDRESS", ip).add(f"]): USER {rng.choice(USERS)}: Login successful.\n")


# ------------------------------------------------------------------ MongoDB
def mongod(doc: Doc, rng: random.Random, n: int) -> None:
    form = n % 3
    if form == 0:
        for _ in range(rng.randint(3, 5)):
            ip = _ip(rng)
            remote = f"[{ip}]:{rng.randint(1024, 65535)}" if ":" in ip else f"{ip}:{rng.randint(1024, 65535)}"
            head = json.dumps({"t": {"$date": _ts(rng) + ".123+00:00"}, "s": "I", "c": "NETWORK", "id": 22943,
                               "ctx": "listener", "msg": "Connection accepted"})[:-1]
            doc.add(head + ', "attr": {"remote": "')
            cut = remote.index(ip)
            doc.add(remote[:cut]).val("IP_ADDRESS", ip).add(remote[cut + len(ip):])
            doc.add(f'", "connectionId": {rng.randint(1000, 99999)}, "connectionCount": {rng.randint(1, 900)}}}}}\n')
    elif form == 1:
        for _ in range(rng.randint(3, 5)):
            doc.add(f"{_ts(rng)}.{rng.randint(100, 999)}+0000 I  NETWORK  [listener] connection accepted from ")
            doc.val("IP_ADDRESS", ipv4(rng)).add(f":{rng.randint(1024, 65535)} #{rng.randint(100, 99999)} ({rng.randint(1, 90)} connections now open)\n")
        doc.add(f"{_ts(rng)}.001+0000 I  CONTROL  [initandlisten] db version v4.4.{rng.randint(10, 29)}\n")
    else:
        doc.add("rs0:PRIMARY> rs.status().members\n[\n")
        for i in range(3):
            doc.add(f"  {{ \"_id\" : {i}, \"name\" : \"")
            doc.val("IP_ADDRESS", ipv4(rng)).add(f":27017\", \"stateStr\" : \"{'PRIMARY' if i == 0 else 'SECONDARY'}\", "
                                                  f"\"optime\" : {{ \"ts\" : Timestamp(1796{rng.randint(100000, 999999)}, 1) }} }},\n")
        doc.add("]\n# mongod.conf\nnet:\n  bindIp: 127.0.0.1,")
        doc.val("IP_ADDRESS", ipv4(rng)).add("\n  port: 27017\nreplication:\n  replSetName: rs0\n")
        doc.add(f"# mongosh mongodb://127.0.0.1:27017/shop?replicaSet=rs0 # {at_lookalike(rng, 'ops', 'team', rng.choice(DOMAINS))}\n")


MACHINE = {"panos_firewall_logs": panos, "varnish_cache_logs": varnish, "tomcat_server_logs": tomcat,
           "opensmtpd_mail_logs": opensmtpd, "nsd_knot_dns_logs": dnsd, "ftp_server_transfer_logs": ftpd,
           "mongodb_server_logs": mongod}


def machine_page(rng: random.Random, register: str, n: int) -> Doc:
    doc = Doc()
    MACHINE[register](doc, rng, n)
    doc.add("# " + at_traps(rng, doc, rng.choice(USERS).split(".")[0], rng.choice(DOMAINS), " ") + "\n")
    if rng.random() < 0.5:
        doc.add(f"# ntp peer 127.127.1.0 stratum 10, mask {rng.choice(('255.255.255.0', '255.255.0.0', '0.0.0.255'))}\n")
    return doc
