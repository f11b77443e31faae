"""Machine output of the blind23 PII set (see pii_blind23.py): ten tools, three output forms each,
IPs as the tools print them (with ports, brackets, key=value, CSV, JSON) beside the look-alikes
they print (versions, OIDs, masks, loopback, counters, reverse names)."""

from __future__ import annotations

import json

from benchmarks.pii_blind23_values import (
    Doc,
    at_lookalike,
    digits,
    email,
    ip_excluded,
    ip_lookalike,
    ipv4,
    ipv6,
    phone_number,
    write_phone,
)

USERS = ["ops", "jdoe", "mkovacs", "svc-backup", "alice", "netadmin", "tbrandt", "lwong"]
DOMS = ["example-corp.com", "mailhost.de", "brightline.io", "kanzlei-weber.de", "acme-logistics.net", "uni-tartu.ee"]


def _ts(rng) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _syslog_ts(rng) -> str:
    return f"{rng.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov', 'Dec'])} {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _ip(rng) -> str:
    r = rng.random()
    if r < 0.5:
        return ipv4(rng)
    if r < 0.75:
        return ipv4(rng, "private")
    if r < 0.93:
        return ipv6(rng)
    return ipv4(rng, "linklocal")


def _port(rng) -> int:
    return rng.randint(1024, 65535)


def _ipport(d: Doc, rng, ip: str) -> None:
    if ":" in ip:
        d.t("[").v("IP_ADDRESS", ip).t(f"]:{_port(rng)}")
    else:
        d.v("IP_ADDRESS", ip).t(f":{_port(rng)}")


def _e164(rng) -> str:
    region = rng.choice(["DE", "FR", "GB", "US", "NL", "ES", "IT", "PL", "AT", "CH", "SE", "BR", "MX", "ZA", "NG",
                         "KE", "AU", "NZ", "IE", "PT", "RO", "HU", "DK", "NO", "FI", "PH", "ID", "VN", "MY", "EG"])
    return write_phone(phone_number(rng, region), "e164")


# ---------------------------------------------------------------- kamailio
def kam_syslog(rng):
    d = Doc()
    for _ in range(rng.randint(3, 6)):
        d.t(f"{_syslog_ts(rng)} sbc{rng.randint(1, 4)} /usr/sbin/kamailio[{rng.randint(1000, 30000)}]: NOTICE: <script>: ")
        d.t(f"{rng.choice(['INVITE', 'REGISTER', 'BYE'])} fU=").v("PHONE_NUMBER", _e164(rng)).t(" rU=")
        if rng.random() < 0.6:
            d.v("PHONE_NUMBER", _e164(rng))
        else:
            d.t(f"{rng.randint(100, 999)}")
        d.t(" si=").v("IP_ADDRESS", ipv4(rng)).t(f" sp={rng.choice([5060, 5061, _port(rng)])} ci={rng.getrandbits(48):x}-{rng.randint(100, 999)}@sbc{rng.randint(1, 4)}")
        d.t(f" cseq={rng.randint(1, 9999)} rt={rng.randint(1, 900)}ms\n")
    d.t(f"{_syslog_ts(rng)} sbc1 kamailio[{rng.randint(1000, 30000)}]: INFO: core version 5.{rng.randint(5, 8)}.{rng.randint(0, 4)} listening on udp:127.0.0.1:5060\n")
    return d, "https://noc.voip-carrier.net/logs/kamailio.log"


def kam_json(rng):
    d = Doc()
    for _ in range(rng.randint(2, 4)):
        d.t('{"ts":"' + _ts(rng) + '","level":"info","method":"INVITE","from_user":"').v("PHONE_NUMBER", _e164(rng))
        d.t('","src_ip":"').v("IP_ADDRESS", _ip(rng)).t(f'","src_port":{_port(rng)},"dst":"')
        d.v("IP_ADDRESS", ipv4(rng, "private")).t(f'","code":{rng.choice([200, 407, 486, 503])},"cid":"{rng.getrandbits(40):x}","ua":"Yealink SIP-T46U 108.86.0.{rng.randint(10, 99)}"' + "}\n")
    return d, "https://noc.voip-carrier.net/logs/kamailio.json"


def kam_ul(rng):
    d = Doc()
    d.t("kamcmd ul.dump\n{\n  Domain: location\n  AoRs:\n")
    for _ in range(rng.randint(2, 4)):
        ext = rng.randint(100, 999)
        d.t(f"    AoR: {ext}\n      Contact: sip:{ext}@")
        d.v("IP_ADDRESS", ipv4(rng, "private")).t(f":{rng.choice([5060, _port(rng)])};transport=udp\n      Received: sip:")
        d.v("IP_ADDRESS", ipv4(rng)).t(f":{_port(rng)}\n      Expires: {rng.randint(60, 3600)}\n      Q: -1\n      CSeq: {rng.randint(1, 999)}\n")
        d.t(f"      User-Agent: Grandstream GXP2170 1.0.11.{rng.randint(10, 80)}\n")
    d.t("  }\n}\n")
    return d, "https://noc.voip-carrier.net/ul.txt"


# ---------------------------------------------------------------- chrony
def chrony_clients(rng):
    d = Doc()
    d.t("# chronyc clients\nHostname                      NTP   Drop Int IntL Last     Cmd   Drop Int  Last\n")
    d.t("=" * 86 + "\n")
    for _ in range(rng.randint(3, 7)):
        ip = _ip(rng)
        d.v("IP_ADDRESS", ip).t(" " * max(1, 30 - len(ip)))
        d.t(f"{rng.randint(1, 9999):5d} {rng.randint(0, 9):6d} {rng.randint(4, 10):3d}   - {rng.randint(1, 999):5d}      0      0   -     -\n")
    d.t("localhost                        2      0   -   -    12      5      0   -    12\n")
    return d, "https://ntp1.stratum2.example.org/clients.txt"


def chrony_sources(rng):
    d = Doc()
    d.t("# chronyc sources -v\nMS Name/IP address         Stratum Poll Reach LastRx Last sample\n")
    d.t("=" * 78 + "\n")
    for _ in range(rng.randint(3, 5)):
        ip = rng.choice([ipv4(rng), ipv6(rng)])
        d.t(f"^{rng.choice('*+-?x')} ").v("IP_ADDRESS", ip).t(" " * max(1, 26 - len(ip)))
        d.t(f"{rng.randint(1, 3)}   {rng.randint(6, 10)}   377   {rng.randint(1, 600)}   {rng.choice(['+', '-'])}{rng.randint(1, 900)}us[{rng.randint(1, 999)}us] +/- {rng.randint(5, 60)}ms\n")
    d.t(f"#* PPS0  0   4   377   10   +{rng.randint(1, 99)}ns[ +{rng.randint(1, 99)}ns] +/- 120ns\n")
    d.t(f"Reference ID    : 50505330 (PPS0)  OID {ip_lookalike(rng)}\nSystem time     : 0.000{digits(rng, 6)} seconds fast of NTP time\n")
    return d, "https://ntp1.stratum2.example.org/sources.txt"


def chrony_log(rng):
    d = Doc()
    d.t(f"{_ts(rng)} chronyd version 4.{rng.randint(1, 6)} starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP)\n")
    for _ in range(rng.randint(3, 5)):
        r = rng.random()
        if r < 0.4:
            d.t(f"{_ts(rng)} Selected source ").v("IP_ADDRESS", ipv4(rng)).t(f" ({rng.choice(['ptbtime1.ptb.de', 'time.cloudflare.com', 'ntp.nic.cz'])})\n")
        elif r < 0.7:
            d.t(f"{_ts(rng)} Source ").v("IP_ADDRESS", _ip(rng)).t(" replaced with ").v("IP_ADDRESS", ipv4(rng)).t("\n")
        else:
            d.t(f"{_ts(rng)} Can't synchronise: no majority; allow {ip_excluded(rng)}\n")
    d.t(f"{_ts(rng)} System clock wrong by -0.{digits(rng, 6)} seconds, adjustment started\n")
    return d, "https://ntp1.stratum2.example.org/chrony.log"


# ---------------------------------------------------------------- minecraft
PLAYERS = ["Creeper_Hunter", "xXNoahXx", "lena_builds", "DiamondDad42", "moss_golem", "Kappa7"]


def mc_log(rng):
    d = Doc()
    d.t(f"[{rng.randint(10, 23)}:00:01] [Server thread/INFO]: Starting minecraft server version 1.{rng.randint(18, 21)}.{rng.randint(1, 4)}\n")
    for _ in range(rng.randint(3, 5)):
        p = rng.choice(PLAYERS)
        d.t(f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}] [Server thread/INFO]: {p}[/")
        ip = rng.choice([ipv4(rng), ipv4(rng), ipv4(rng, "private")])
        d.v("IP_ADDRESS", ip).t(f":{_port(rng)}] logged in with entity id {rng.randint(100, 9999)} at ({rng.randint(-900, 900)}.5, {rng.randint(40, 120)}.0, {rng.randint(-900, 900)}.5)\n")
    d.t(f"[{rng.randint(10, 23)}:01:02] [Server thread/INFO]: Done (3.{rng.randint(100, 999)}s)! For help, type \"help\"\n")
    return d, "https://mc.blockhaven.gg/logs/latest.log"


def mc_banlist(rng):
    d = Doc()
    rows = []
    for _ in range(rng.randint(2, 4)):
        rows.append(rng.choice([ipv4(rng), ipv4(rng), ipv6(rng)]))
    d.t("banned-ips.json\n[\n")
    for i, ip in enumerate(rows):
        d.t('  {\n    "ip": "').v("IP_ADDRESS", ip).t(f'",\n    "created": "2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:14:09 +0000",\n')
        d.t(f'    "source": "Server",\n    "expires": "forever",\n    "reason": "x-ray v{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"\n  }}{"," if i < len(rows) - 1 else ""}\n')
    d.t("]\n")
    return d, "https://mc.blockhaven.gg/banned-ips.json"


def mc_proxy(rng):
    d = Doc()
    for _ in range(rng.randint(3, 5)):
        p = rng.choice(PLAYERS)
        d.t(f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} INFO]: [connected player] {p} (/")
        d.v("IP_ADDRESS", rng.choice([ipv4(rng), ipv4(rng, "private")])).t(f":{_port(rng)}) has connected\n")
    d.t(f"[{rng.randint(10, 23)}:00:00 INFO]: Listening on /0.0.0.0:25577 (protocol {rng.randint(760, 770)}), Velocity 3.{rng.randint(1, 3)}.0\n")
    d.t(f"[{rng.randint(10, 23)}:00:00 INFO]: player UUID {rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x} seed {digits(rng, 12)}\n")
    return d, "https://mc.blockhaven.gg/proxy.log"


# ---------------------------------------------------------------- hMailServer
def _mail(rng) -> str:
    return email(rng, rng.choice(["anna", "peter", "info", "rechnung", "sales", "j", "noreply"]),
                 rng.choice(["mueller", "smith", "office", "team", "k"]), rng.choice(DOMS))


def hm_smtp(rng):
    d = Doc()
    sid = rng.randint(100, 9999)
    for _ in range(rng.randint(3, 6)):
        ts = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(100, 999)}"
        d.t(f'"SMTPD"\t{rng.randint(1000, 9999)}\t{sid}\t"{ts}"\t"').v("IP_ADDRESS", _ip(rng)).t('"\t"')
        r = rng.random()
        if r < 0.5:
            d.t("RECEIVED: MAIL FROM:<").v("EMAIL_ADDRESS", _mail(rng)).t(">\"\n")
        elif r < 0.8:
            d.t("RECEIVED: RCPT TO:<").v("EMAIL_ADDRESS", _mail(rng)).t(">\"\n")
        else:
            d.t(f"SENT: 250 Queued ({rng.randint(1, 99)}.{rng.randint(100, 999)} seconds)\"\n")
    d.t(f'"DEBUG"\t{rng.randint(1000, 9999)}\t"Message-ID: <{rng.getrandbits(48):x}@{rng.choice(DOMS)}>"\n')
    return d, "https://mx.kanzlei-weber.de/logs/hmailserver_2026.log"


def hm_awstats(rng):
    d = Doc()
    d.t("# hMailServer_awstats.log  (date time from to client server proto ? code size)\n")
    for _ in range(rng.randint(3, 6)):
        d.t(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}\t")
        d.v("EMAIL_ADDRESS", _mail(rng)).t("\t").v("EMAIL_ADDRESS", _mail(rng)).t("\t")
        d.v("IP_ADDRESS", ipv4(rng)).t("\t").v("IP_ADDRESS", ipv4(rng, "private")).t(f"\tSMTP\t?\t{rng.choice([250, 550, 452])}\t{rng.randint(900, 900000)}\n")
    return d, "https://mx.kanzlei-weber.de/logs/awstats.log"


def hm_tcpip(rng):
    d = Doc()
    for _ in range(rng.randint(3, 5)):
        d.t(f'"TCPIP"\t{rng.randint(1000, 9999)}\t"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:00:{rng.randint(10, 59)}.{rng.randint(100, 999)}"\t"TCP - ')
        d.v("IP_ADDRESS", _ip(rng)).t(f' connected to {rng.choice(["127.0.0.1", "0.0.0.0"])}:{rng.choice([25, 587, 993])}."\n')
    d.t(f'"APPLICATION"\t{rng.randint(1000, 9999)}\t"hMailServer 5.6.{rng.randint(7, 9)}-B{rng.randint(2000, 2600)} started; admin {at_lookalike(rng, "admin", "mailhost.de")}"\n')
    return d, "https://mx.kanzlei-weber.de/logs/tcpip.log"


# ---------------------------------------------------------------- Vault
def _vault_entry(rng, d: Doc, pretty: bool) -> None:
    ip = _ip(rng)
    u = rng.choice(USERS)
    mail = f"{u}@{rng.choice(DOMS)}"
    nl, ind = ("\n", "  ") if pretty else ("", "")
    d.t("{" + nl + ind + f'"time": "{_ts(rng)}",' + nl + ind + f'"type": "{rng.choice(["request", "response"])}",' + nl)
    d.t(ind + f'"auth": {{"display_name": "oidc-{u}", "policies": ["default", "kv-read"], "metadata": {{"email": "')
    d.v("EMAIL_ADDRESS", mail).t(f'", "role": "dev"}}, "token_ttl": {rng.randint(600, 86400)}}},' + nl)
    d.t(ind + f'"request": {{"id": "{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}", "operation": "read", "path": "secret/data/app{rng.randint(1, 9)}/db", "remote_address": "')
    d.v("IP_ADDRESS", ip).t(f'", "remote_port": {_port(rng)}, "client_token": "hmac-sha256:{rng.getrandbits(64):016x}"}}' + nl + "}\n")


def vault_json(rng):
    d = Doc()
    for _ in range(rng.randint(1, 3)):
        _vault_entry(rng, d, False)
    return d, "https://vault.brightline.io/audit/file.log"


def vault_pretty(rng):
    d = Doc()
    d.t("$ jq . /var/log/vault/audit.log | head -40\n")
    _vault_entry(rng, d, True)
    d.t(f"# vault v1.{rng.randint(14, 18)}.{rng.randint(0, 5)}  OID 1.3.6.1.4.1.{rng.randint(1000, 60000)}\n")
    return d, "https://vault.brightline.io/audit/pretty.txt"


def vault_status(rng):
    d = Doc()
    d.t("$ vault status\nKey                     Value\n---                     -----\nSeal Type               shamir\n")
    d.t(f"Version                 1.{rng.randint(14, 18)}.{rng.randint(0, 5)}\nHA Enabled              true\n")
    d.t("Active Node Address     https://").v("IP_ADDRESS", ipv4(rng, "private")).t(":8200\n")
    d.t("HA Cluster              https://").v("IP_ADDRESS", ipv4(rng, "private")).t(":8201\n")
    d.t(f"Raft Committed Index    {rng.randint(10000, 999999)}\n$ vault operator raft list-peers\nNode     Address             State\n")
    for i in range(3):
        d.t(f"node{i + 1}    ").v("IP_ADDRESS", ipv4(rng, "private")).t(f":8201    {'leader' if i == 0 else 'follower'}\n")
    d.t(f"# listener 0.0.0.0:8200, cluster 127.0.0.1:8201, mask {ip_excluded(rng)}\n")
    return d, "https://vault.brightline.io/status.txt"


# ---------------------------------------------------------------- LiteSpeed
def ls_access(rng):
    d = Doc()
    for _ in range(rng.randint(3, 6)):
        d.v("IP_ADDRESS", rng.choice([ipv4(rng), ipv4(rng), ipv6(rng)]))
        d.t(f' - - [{rng.randint(1, 28):02d}/Dec/2026:{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0100] "GET /wp-content/plugins/x/{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}/app.js HTTP/2" {rng.choice([200, 304, 404])} {rng.randint(100, 90000)} "-" "Mozilla/5.0"\n')
    return d, "https://shop.acme-logistics.net/lsws/access.log"


def ls_error(rng):
    d = Doc()
    for _ in range(rng.randint(3, 5)):
        d.t(f"2026-12-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)} [{rng.choice(['INFO', 'NOTICE', 'WARN'])}] [{rng.randint(1000, 99999)}] [T0] [")
        _ipport(d, rng, _ip(rng))
        d.t(f"-Q:{rng.getrandbits(24):06X}-{rng.randint(1, 9)}#APVH_shop.acme-logistics.net:443] {rng.choice(['Connection idle time too long', 'Request body too large', 'File not found'])}\n")
    d.t(f"2026-12-01 00:00:01 [NOTICE] LiteSpeed/6.{rng.randint(0, 3)}.{rng.randint(0, 9)} Open starts, listener *:443 on 0.0.0.0, admin 127.0.0.1:7080\n")
    return d, "https://shop.acme-logistics.net/lsws/error.log"


def ls_blocked(rng):
    d = Doc()
    d.t(f"VERSION: LiteSpeed Web Server/Enterprise/6.{rng.randint(0, 3)}.{rng.randint(0, 9)}\nUPTIME: {rng.randint(1, 99)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}\n")
    d.t("BLOCKED_IP: ")
    for i in range(rng.randint(2, 5)):
        if i:
            d.t(", ")
        d.v("IP_ADDRESS", rng.choice([ipv4(rng), ipv6(rng)])).t(f";{rng.choice(['T', 'B', 'A'])}")
    d.t(f"\nREQ_RATE [APVH_shop]: REQ_PROCESSING: {rng.randint(0, 40)}, REQ_PER_SEC: {rng.randint(0, 400)}.{rng.randint(0, 9)}, TOT_REQS: {rng.randint(1000, 999999)}\n")
    return d, "https://shop.acme-logistics.net/lsws/.rtreport"


# ---------------------------------------------------------------- ipvsadm
def ipvs_list(rng):
    d = Doc()
    d.t(f"IP Virtual Server version 1.2.1 (size={rng.choice([4096, 65536])})\nProt LocalAddress:Port Scheduler Flags\n  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n")
    for _ in range(rng.randint(1, 2)):
        d.t("TCP  ")
        _ipport(d, rng, ipv4(rng))
        d.t(f" {rng.choice(['wlc', 'rr', 'sh'])} persistent {rng.randint(60, 900)} mask 255.255.255.0\n")
        for _ in range(rng.randint(2, 3)):
            d.t("  -> ")
            d.v("IP_ADDRESS", ipv4(rng, "private")).t(f":{rng.choice([80, 443, 8080])}          {rng.choice(['Masq', 'Route', 'Tunnel'])}    {rng.randint(1, 5)}      {rng.randint(0, 300)}        {rng.randint(0, 900)}\n")
    return d, "https://lb1.acme-logistics.net/ipvsadm.txt"


def ipvs_conn(rng):
    d = Doc()
    d.t("ipvsadm -L -c -n\nIPVS connection entries\npro expire state       source             virtual            destination\n")
    vip = ipv4(rng)
    for _ in range(rng.randint(3, 5)):
        d.t(f"TCP 0{rng.randint(0, 14)}:{rng.randint(10, 59)}  {rng.choice(['ESTABLISHED', 'FIN_WAIT', 'NONE'])} ")
        _ipport(d, rng, ipv4(rng))
        d.t(" ")
        d.v("IP_ADDRESS", vip).t(":443 ")
        d.v("IP_ADDRESS", ipv4(rng, "private")).t(":443\n")
    return d, "https://lb1.acme-logistics.net/conn.txt"


def ipvs_save(rng):
    d = Doc()
    d.t("# ipvsadm-save -n\n")
    for _ in range(rng.randint(1, 2)):
        vip = ipv4(rng)
        d.t("-A -t ").v("IP_ADDRESS", vip).t(f":443 -s wlc -p {rng.randint(60, 600)}\n")
        for _ in range(rng.randint(2, 3)):
            d.t("-a -t ").v("IP_ADDRESS", vip).t(":443 -r ").v("IP_ADDRESS", ipv4(rng, "private")).t(f":443 -m -w {rng.randint(1, 9)}\n")
    d.t(f"# keepalived vrrp_instance VI_1 virtual_router_id {rng.randint(1, 255)} priority {rng.randint(50, 150)}; netmask {ip_excluded(rng)}\n")
    return d, "https://lb1.acme-logistics.net/rules.save"


# ---------------------------------------------------------------- CrowdSec
SCEN = ["crowdsecurity/ssh-bf", "crowdsecurity/http-probing", "crowdsecurity/http-crawl-non_statics", "crowdsecurity/CVE-2023-22515"]


def cs_table(rng):
    d = Doc()
    d.t("$ cscli decisions list\n+-------+----------+------------------+---------------------------+--------+---------+------------------+--------+-----------+\n")
    d.t("|  ID   |  Source  |   Scope:Value    |          Reason           | Action | Country |        AS        | Events | expiration|\n")
    for _ in range(rng.randint(3, 6)):
        d.t(f"| {rng.randint(10000, 99999)} | crowdsec | Ip:").v("IP_ADDRESS", rng.choice([ipv4(rng), ipv4(rng), ipv6(rng)]))
        d.t(f" | {rng.choice(SCEN)} | ban | {rng.choice(['CN', 'RU', 'US', 'NL', 'BR', 'VN'])} | {rng.randint(1000, 65000)} {rng.choice(['OVH SAS', 'DIGITALOCEAN-ASN', 'Chinanet'])} | {rng.randint(1, 90)} | {rng.randint(1, 3)}h{rng.randint(10, 59)}m{rng.randint(10, 59)}s |\n")
    return d, "https://bastion.brightline.io/cscli.txt"


def cs_json(rng):
    d = Doc()
    d.t("[")
    for i in range(rng.randint(1, 3)):
        d.t(("," if i else "") + f'{{"id":{rng.randint(1000, 9999)},"machine_id":"{rng.getrandbits(40):x}","scenario":"{rng.choice(SCEN)}","scenario_version":"0.{rng.randint(1, 9)}","source":{{"as_number":"{rng.randint(1000, 65000)}","cn":"DE","ip":"')
        d.v("IP_ADDRESS", ipv4(rng)).t(f'","latitude":{rng.randint(-60, 60)}.{digits(rng, 4)},"longitude":{rng.randint(-120, 120)}.{digits(rng, 4)},"scope":"Ip"}},"events_count":{rng.randint(1, 99)}}}')
    d.t("]\n")
    return d, "https://bastion.brightline.io/alerts.json"


def cs_log(rng):
    d = Doc()
    for _ in range(rng.randint(3, 5)):
        d.t(f'time="{_ts(rng)}" level=info msg="Ip ').v("IP_ADDRESS", _ip(rng))
        d.t(f" performed '{rng.choice(SCEN)}' ({rng.randint(2, 40)} events over {rng.randint(1, 59)}.{rng.randint(1, 9)}s) at {_ts(rng)}\"\n")
    d.t(f'time="{_ts(rng)}" level=info msg="Starting processing data" version=v1.6.{rng.randint(0, 4)} api=127.0.0.1:8080\n')
    return d, "https://bastion.brightline.io/crowdsec.log"


# ---------------------------------------------------------------- TACACS+
CMDS = ["show running-config", "configure terminal", "interface GigabitEthernet0/1", "snmp-server community n0c RO",
        "write memory", "show ip bgp summary", "logging host 127.0.0.1"]


def tac_acct(rng):
    d = Doc()
    for _ in range(rng.randint(3, 6)):
        d.t(f"{_syslog_ts(rng)}\t").v("IP_ADDRESS", ipv4(rng, "private")).t(f"\t{rng.choice(USERS)}\ttty{rng.randint(1, 4)}\t")
        d.v("IP_ADDRESS", _ip(rng)).t(f"\tstop\ttask_id={rng.randint(1, 9999)}\ttimezone=UTC\tservice=shell\tpriv-lvl=15\tcmd={rng.choice(CMDS)} <cr>\n")
    return d, "https://aaa.corp-net.example/tac_plus.acct"


def tac_auth(rng):
    d = Doc()
    for _ in range(rng.randint(3, 5)):
        d.t(f"{_syslog_ts(rng)} aaa1 tac_plus[{rng.randint(100, 9999)}]: login {rng.choice(['succeeded', 'failure'])} for {rng.choice(USERS)} from ")
        d.v("IP_ADDRESS", _ip(rng)).t(" on ").v("IP_ADDRESS", ipv4(rng, "private")).t(f" (tty{rng.randint(0, 9)})\n")
    d.t(f"{_syslog_ts(rng)} aaa1 tac_plus[1]: Version F4.0.4.{rng.randint(20, 30)} Initialized 1; bind 0.0.0.0\n")
    return d, "https://aaa.corp-net.example/tac_plus.log"


def tac_ng(rng):
    d = Doc()
    for _ in range(rng.randint(2, 4)):
        d.t('{"timestamp":"' + _ts(rng) + '","nas":"').v("IP_ADDRESS", ipv4(rng, "private")).t(f'","user":"{rng.choice(USERS)}","remote":"')
        d.v("IP_ADDRESS", _ip(rng)).t(f'","service":"shell","cmd":"{rng.choice(CMDS)}","oid":"1.3.6.1.4.1.9.{rng.randint(1, 9)}.{rng.randint(1, 99)}"' + "}\n")
    return d, "https://aaa.corp-net.example/tac_plus-ng.json"


# ---------------------------------------------------------------- Technitium DNS
def _qname(rng) -> str:
    return rng.choice(["www.example.org", "api.brightline.io", "connectivity-check.ubuntu.com", "time.windows.com",
                       f"{rng.randint(1, 254)}.{rng.randint(0, 255)}.168.192.in-addr.arpa", "_ldap._tcp.dc._msdcs.corp.local"])


def tdns_text(rng):
    d = Doc()
    for _ in range(rng.randint(3, 6)):
        d.t(f"[{rng.randint(2025, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)} Local] [")
        _ipport(d, rng, rng.choice([ipv4(rng, "private"), ipv6(rng), ipv4(rng)]))
        d.t(f"] [UDP] QNAME: {_qname(rng)}; QTYPE: A; QCLASS: IN; RCODE: NoError; ANSWER: [")
        d.v("IP_ADDRESS", ipv4(rng)).t("]\n")
    d.t("[2026-12-01 00:00:00 Local] DNS Server was started successfully. Version 13.2.1; bound 0.0.0.0:53, [::]:53\n")
    return d, "https://dns.home-lab.example/logs/2026-12-06.log"


def tdns_csv(rng):
    d = Doc()
    d.t("RowNumber,Timestamp,ClientIpAddress,Protocol,ResponseType,RCODE,QNAME,QTYPE,QCLASS,RTT,ANSWER\n")
    for i in range(rng.randint(3, 6)):
        d.t(f"{i + 1},{_ts(rng)},").v("IP_ADDRESS", rng.choice([ipv4(rng, "private"), ipv6(rng, "linklocal"), ipv4(rng)]))
        d.t(f",Udp,{rng.choice(['Recursive', 'Cached', 'Blocked'])},NoError,{_qname(rng)},A,IN,{rng.randint(1, 90)}.{rng.randint(10, 99)} ms,")
        if rng.random() < 0.7:
            d.v("IP_ADDRESS", ipv4(rng))
        else:
            d.t("0.0.0.0")
        d.t("\n")
    return d, "https://dns.home-lab.example/querylogs.csv"


def tdns_json(rng):
    d = Doc()
    entries = []
    for _ in range(rng.randint(2, 3)):
        entries.append((rng.choice([ipv4(rng, "private"), ipv4(rng)]), ipv4(rng)))
    d.t('{"status":"ok","response":{"pageNumber":1,"totalEntries":' + str(len(entries)) + ',"entries":[')
    for i, (c, a) in enumerate(entries):
        d.t(("," if i else "") + '{"rowNumber":' + str(i + 1) + ',"timestamp":"' + _ts(rng) + '","clientIpAddress":"')
        d.v("IP_ADDRESS", c).t('","protocol":"Udp","qname":' + json.dumps(_qname(rng)) + ',"qtype":"A","answer":"')
        d.v("IP_ADDRESS", a).t('"}')
    d.t("]}}\n")
    return d, "https://dns.home-lab.example/api/logs/query"


MACHINE = {
    "kamailio_sip_proxy_log": [kam_syslog, kam_json, kam_ul],
    "chrony_ntp_clients": [chrony_clients, chrony_sources, chrony_log],
    "minecraft_server_log": [mc_log, mc_banlist, mc_proxy],
    "hmailserver_log": [hm_smtp, hm_awstats, hm_tcpip],
    "vault_audit_log": [vault_json, vault_pretty, vault_status],
    "litespeed_web_server_log": [ls_access, ls_error, ls_blocked],
    "ipvsadm_lvs_tables": [ipvs_list, ipvs_conn, ipvs_save],
    "crowdsec_decisions": [cs_table, cs_json, cs_log],
    "tacacs_plus_accounting": [tac_acct, tac_auth, tac_ng],
    "technitium_dns_query_log": [tdns_text, tdns_csv, tdns_json],
}


def _oid(rng) -> str:
    return f"1.3.6.1.4.1.{rng.choice([9, 2636, 8072, 14988, 41112])}.{rng.randint(1, 9)}.{rng.randint(1, 30)}.{rng.randint(0, 9)}"


def _ver(rng) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(1, 250)}"


FOOTERS = {
    "kamailio_sip_proxy_log": lambda rng: f"# kamailio -v: version 5.{rng.randint(5, 8)}.{rng.randint(0, 4)}, snmpstats OID {_oid(rng)}, rtpengine ctl 127.0.0.1:2223, firmware {_ver(rng)}",
    "chrony_ntp_clients": lambda rng: f"# refclock SHM 0 refid GPS; ntpd compat {_ver(rng)}; cmdallow {rng.choice(['127.0.0.1', '::1'])}; sysObjectID {_oid(rng)}",
    "minecraft_server_log": lambda rng: f"# server-ip=0.0.0.0 server-port=25565 paper build {_ver(rng)} (MC 1.{rng.randint(18, 21)}.{rng.randint(1, 4)})",
    "hmailserver_log": lambda rng: f'"APPLICATION"\t{rng.randint(1000, 9999)}\t"Build {_ver(rng)}; bound 0.0.0.0:25; IP range mask 255.255.255.0"',
    "vault_audit_log": lambda rng: f"# consul {_ver(rng)} agent 127.0.0.1:8500, PKI OID {_oid(rng)}",
    "litespeed_web_server_log": lambda rng: f"# lsphp {_ver(rng)}; allowList 127.0.0.1, ::1; netmask {rng.choice(['255.255.255.0', '255.255.0.0'])}",
    "ipvsadm_lvs_tables": lambda rng: f"# kernel module ip_vs {_ver(rng)}; wildcard {rng.choice(['0.0.0.255', '0.0.255.255'])}; local {rng.choice(['127.0.0.1', '::1'])}",
    "crowdsec_decisions": lambda rng: f"# cscli v1.{rng.randint(4, 6)}.{rng.randint(0, 9)} (engine {_ver(rng)}); lapi 127.0.0.1:8080; parser crowdsecurity/syslog-logs v{rng.randint(1, 3)}.{rng.randint(0, 9)}",
    "tacacs_plus_accounting": lambda rng: f"# IOS {rng.randint(12, 17)}.{rng.randint(1, 9)}.{rng.randint(1, 5)}.{rng.randint(1, 9)}; snmp-server host OID {_oid(rng)}; mask 255.255.255.{rng.choice([0, 128, 192, 224, 240, 252])}",
    "technitium_dns_query_log": lambda rng: f"# blocked answer 0.0.0.0 / ::; PTR {rng.randint(1, 254)}.{rng.randint(0, 255)}.10.in-addr.arpa; v{_ver(rng)}",
}


def _with_footer(register, builder):
    def build(rng):
        d, url = builder(rng)
        d.t(FOOTERS[register](rng) + "\n")
        return d, url
    return build


MACHINE = {reg: [_with_footer(reg, b) for b in builders] for reg, builders in MACHINE.items()}
