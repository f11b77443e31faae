"""Machine output of the blind26 PII set (see benchmarks/pii_blind26.py): 10 database, CI and cloud
registers in their tools' own shapes, three layouts each, IPs beside many IP look-alikes."""

from __future__ import annotations

import json
import string

from pii_blind26_values import (
    EMAIL,
    IP,
    Doc,
    digits,
    email_lookalike,
    ip_lookalike,
    ipv4,
    ipv6,
)

USERS = ["svc_etl", "app_rw", "grafana", "reporting", "ci-bot", "deployer", "analyst"]
CORP = ["corp-data.io", "acme-ops.net", "shipfast.dev", "northwind-cloud.com"]


def _ts(r, style="iso"):
    y, mo, d, h, mi, s = 2025, r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60)
    if style == "iso":
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{r.randrange(1000):03d}Z"
    if style == "sp":
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{r.randrange(1000):03d}"
    return f"{y}.{mo:02d}.{d:02d} {h:02d}:{mi:02d}:{s:02d}.{r.randrange(10**6):06d}"


def _ip(r):
    return (IP, ipv6(r) if r.random() < 0.3 else ipv4(r))


def _mail(r):
    return (EMAIL, f"{r.choice(['ops', 'dba', 'oncall', 'j.meyer', 'p.nakamura', 'release'])}@{r.choice(CORP)}")


def clickhouse(r, d, lay):
    if lay == 0:
        for _ in range(r.randrange(4, 8)):
            d.t(f"{_ts(r, 'dot')} [ {r.randrange(100, 999)} ] {{{r.randrange(10**7)}}} <Information> TCPHandler: "
                "Connected ClickHouse client version 24.3.2 (revision 54467), user: " + r.choice(USERS) + ", address: {A}:"
                f"{r.randrange(1024, 65535)}\n", A=_ip(r) if r.random() < 0.8 else f"[{ip_lookalike(r)}]")
            d.add(f"{_ts(r, 'dot')} [ {r.randrange(100, 999)} ] <Debug> executeQuery: Read {r.randrange(10**6):,} rows, "
                  f"{r.randrange(1, 900)}.{r.randrange(10)} MiB in 0.{r.randrange(100, 999)} sec., version 23.8.14.6\n")
    elif lay == 1:
        d.add("SELECT event_time, user, address, query_duration_ms FROM system.query_log LIMIT 5\n\n")
        d.add("┌─event_time──────────┬─user──────┬─address──────────────┬─ms─┐\n")
        for _ in range(r.randrange(3, 7)):
            d.t("│ " + _ts(r, "sp")[:19] + f" │ {r.choice(USERS):<9} │ {{A}} │ {r.randrange(1, 999)} │\n",
                A=(IP, "::ffff:" + ipv4(r)) if r.random() < 0.5 else _ip(r))
        d.add("└─────────────────────┴───────────┴──────────────────────┴────┘\n" + f"{r.randrange(3, 7)} rows in set. Elapsed: 0.00{r.randrange(9)} sec.\n")
    else:
        d.add("<clickhouse>\n  <listen_host>::</listen_host>\n  <interserver_http_host>")
        d.t("{A}</interserver_http_host>\n  <remote_servers><shard><replica><host>{B}</host><port>9000</port></replica></shard></remote_servers>\n",
            A=_ip(r), B=(IP, ipv4(r, True)))
        d.add(f"  <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>\n  <!-- build {ip_lookalike(r)} -->\n</clickhouse>\n")


def cassandra(r, d, lay):
    for _ in range(r.randrange(3, 6)):
        node = ipv4(r, True)
        if lay == 0:
            d.t(f"INFO  [GossipStage:1] {_ts(r, 'sp')} Gossiper.java:1116 - Node /{{A}}:7000 is now part of the cluster\n", A=(IP, node))
            d.add(f"INFO  [main] {_ts(r, 'sp')} StorageService.java:742 - Cassandra version: 4.1.{r.randrange(9)} ; CQL 3.4.6 ; netmask 255.255.255.0\n")
        elif lay == 1:
            d.t(f"UN  {{A}}  {r.randrange(50, 900)}.{r.randrange(99)} GiB  16  {r.randrange(20, 40)}.{r.randrange(9)}%  "
                f"{digits(r, 8, 'abcdef0123456789')}-{digits(r, 4, 'abcdef0123456789')}-4f1a-8c2e-{digits(r, 12, string.digits)}  rack{r.randrange(1, 4)}\n", A=(IP, node))
        else:
            d.t("seed_provider:\n  - class_name: org.apache.cassandra.locator.SimpleSeedProvider\n    parameters:\n      - seeds: \"{A},{B}\"\nlisten_address: {C}\n",
                A=(IP, node), B=(IP, ipv4(r, True)), C=_ip(r))
            break
    d.add(f"JMX OID {ip_lookalike(r)} ok\n")


def pgbouncer(r, d, lay):
    for _ in range(r.randrange(3, 7)):
        if lay == 0:
            d.t(f"{_ts(r, 'sp')} UTC [{r.randrange(1000, 9999)}] LOG C-0x{digits(r, 12, 'abcdef0123456789')}: "
                f"{r.choice(['orders', 'billing'])}/{r.choice(USERS)}@{{A}}:{r.randrange(1024, 65535)} login attempt: db={r.choice(['orders', 'billing'])}\n", A=_ip(r))
        elif lay == 1:
            d.t(f" {r.choice(['orders', 'billing'])} | {r.choice(USERS)} | active | {{A}} | {r.randrange(1024, 65535)} | {ip_lookalike(r)} | 6432\n", A=_ip(r))
        else:
            d.t(f"host    all    {r.choice(USERS)}    {{A}}/32    scram-sha-256\n", A=(IP, ipv4(r)))
    d.add(f"stats: {r.randrange(10**4)} xacts/s, listen_addr = 0.0.0.0, admin: {email_lookalike(r, 'dba', 'corp-data.io')}\n")


def mssql(r, d, lay):
    for _ in range(r.randrange(3, 6)):
        if lay == 0:
            d.t(f"{_ts(r, 'sp')[:22]} Logon       Login failed for user '{r.choice(USERS)}'. Reason: Password did not match. [CLIENT: {{A}}]\n", A=_ip(r))
        elif lay == 1:
            d.t(f"\"{_ts(r, 'sp')}\",\"Logon\",\"Login succeeded for user 'CORP\\{r.choice(USERS)}'\",\"{{A}}\"\n", A=_ip(r))
        else:
            d.t(f"Msg 18456, Level 14, State 8 — client {{A}}, SQL Server 16.0.{r.randrange(1000, 4200)}.{r.randrange(1, 9)}\n", A=_ip(r))
    d.t("Database Mail profile sent alert to {M}\n", M=_mail(r))


def teamcity(r, d, lay):
    if lay == 0:
        d.add(f"[{r.randrange(10, 23)}:{r.randrange(10, 59)}:{r.randrange(10, 59)}] : Step 2/4: Deploy (Command Line)\n")
        d.t("[..]   ssh deploy@{A} 'systemctl restart api'\n", A=(IP, ipv4(r)))
        d.add(f"[..]   Build number: {ip_lookalike(r)}; agent {r.choice(['linux-07', 'win-02'])}\n")
        d.t("[..]   curl -fsS http://[{A}]:8080/health -> 200\n", A=(IP, ipv6(r, "short")))
    elif lay == 1:
        d.add("##teamcity[setParameter name='env.BUILD_COUNTER' value='" + digits(r, 5) + "']\n")
        d.t("##teamcity[setParameter name='env.TARGET_HOST' value='{A}']\n", A=(IP, ipv4(r)))
        d.t("##teamcity[message text='Notified {M}' status='NORMAL']\n", M=_mail(r))
    else:
        d.t("Triggered by: {M} via VCS trigger\nAgent: ip-{X} ({A})\n", M=_mail(r), X=ipv4(r, True).replace('.', '-'), A=(IP, ipv4(r, True)))
    d.add(f"npm notice {email_lookalike(r, 'web', 'shipfast.dev')}\n")


def buildkite(r, d, lay):
    if lay == 0:
        d.add(f"~~~ :docker: Pushing image   (agent v3.{r.randrange(50, 80)}.{r.randrange(9)})\n")
        d.t("$ nc -zv {A} 5432\nConnection to {B} 5432 port [tcp/postgresql] succeeded!\n", A=(IP, ipv4(r, True)), B=(IP, ipv4(r, True)))
        d.add(f"sha256@{digits(r, 16, 'abcdef0123456789')} digest pushed; git@github.com:shipfast/api.git\n")
    elif lay == 1:
        d.t(json.dumps({"agent": {"name": "bk-" + digits(r, 4), "ip_address": "@@A@@", "version": "3.62.0"},
                        "creator": {"email": "@@M@@"}}, indent=1).replace('"@@A@@"', '"{A}"').replace('"@@M@@"', '"{M}"') + "\n",
            A=_ip(r), M=_mail(r))
    else:
        d.t(f"BUILDKITE_AGENT_META_DATA_PUBLIC_IP={{A}}\nBUILDKITE_BUILD_NUMBER={digits(r, 5)}\nBUILDKITE_BUILD_CREATOR_EMAIL={{M}}\n",
            A=(IP, ipv4(r)), M=_mail(r))
    d.add(f"ruby {ip_lookalike(r)} / bundler 2.5.{r.randrange(20)}\n")


def pulumi(r, d, lay):
    if lay == 0:
        d.add("Updating (prod):\n     Type                      Name           Status\n")
        d.t(" +   aws:ec2:Eip               api-eip        created ({A})\n", A=(IP, ipv4(r)))
        d.add(" ~   aws:ec2:SecurityGroup     web-sg         updated [diff: ~ingress 0.0.0.0/0]\nOutputs:\n")
        d.t("    publicIp : \"{A}\"\n    ipv6     : \"{B}\"\n", A=(IP, ipv4(r)), B=(IP, ipv6(r, "short")))
    elif lay == 1:
        d.t('{"urn": "urn:pulumi:prod::net::gcp:compute/address:Address::lb", "outputs": {"address": "{A}", "network_tier": "PREMIUM"}}\n',
            A=(IP, ipv4(r)))
    else:
        d.t("pulumi config set allowedCidr {A}/24\npulumi config set dbHost {B}\n", A=(IP, ipv4(r, True)), B=(IP, ipv4(r, True)))
    d.add(f"Resources: {r.randrange(5, 90)} unchanged   Duration: {r.randrange(1, 9)}m{r.randrange(10, 59)}s   pulumi v{ip_lookalike(r)}\n")


def vpcflow(r, d, lay):
    if lay == 0:
        d.add("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n")
    for _ in range(r.randrange(4, 8)):
        if lay == 2:
            d.t(f"{r.randrange(10**6)} | REJECT | {{A}} -> {{B}} | dport {r.choice([22, 3389, 443, 23])}\n", A=_ip(r), B=(IP, ipv4(r, True)))
            continue
        sep = " " if lay == 0 else ","
        d.t(sep.join(["2", digits(r, 12), "eni-0" + digits(r, 16, "abcdef0123456789"), "{A}", "{B}", str(r.randrange(1024, 65535)),
                      str(r.choice([443, 80, 5432])), "6", str(r.randrange(1, 900)), str(r.randrange(40, 90000)),
                      str(1700000000 + r.randrange(10**7)), str(1700000060 + r.randrange(10**7)), r.choice(["ACCEPT", "REJECT"]), "OK"]) + "\n",
            A=_ip(r) if r.random() < 0.85 else "-", B=(IP, ipv4(r, True)))


def nsgflow(r, d, lay):
    tuples = []
    for _ in range(r.randrange(2, 5)):
        tuples.append((ipv4(r), ipv4(r, True)))
    if lay == 0:
        d.add('{"records":[{"time":"' + _ts(r) + '","category":"NetworkSecurityGroupFlowEvent","properties":{"Version":2,"flows":[{"rule":"DefaultRule_DenyAllInBound","flows":[{"mac":"000D3A' + digits(r, 6, "ABCDEF0123456789") + '","flowTuples":[')
        for k, (a, b) in enumerate(tuples):
            d.t(('"' if k == 0 else ',"') + f"{1700000000 + r.randrange(10**7)},{{A}},{{B}},{r.randrange(1024, 65535)},{r.choice([22, 443])},T,I,D,B,,,,\"", A=(IP, a), B=(IP, b))
        d.add("]}]}]}}]}\n")
    elif lay == 1:
        for a, b in tuples:
            d.t(f"{_ts(r)}\tnsg-web\tDeny\t{{A}}\t{{B}}\tTCP\n", A=(IP, a), B=(IP, b))
    else:
        d.t("AzureNetworkAnalytics_CL | where SrcIP_s == \"{A}\" | project DestIP_s, FlowCount_d  // returned {B}\n",
            A=(IP, tuples[0][0]), B=(IP, tuples[0][1]))
    d.add(f"schemaVersion {ip_lookalike(r)}\n")


def opnsense(r, d, lay):
    for _ in range(r.randrange(3, 7)):
        a, b = ipv4(r), ipv4(r, True)
        if lay == 0:
            d.t(f"<134>1 {_ts(r)} fw01 filterlog {r.randrange(10**4)} - [meta sequenceId=\"{r.randrange(10**4)}\"] "
                f"{r.randrange(1, 99)},,,{digits(r, 32, 'abcdef0123456789')},igb0,match,block,in,4,0x0,,64,{r.randrange(65535)},0,DF,6,tcp,60,{{A}},{{B}},{r.randrange(1024, 65535)},443,0,S\n",
                A=(IP, a), B=(IP, b))
        elif lay == 1:
            d.t(f"{_ts(r, 'sp')[:19]}  block  WAN  {{A}}:{r.randrange(1024, 65535)}  ->  {{B}}:22  tcp  Default deny rule\n", A=_ip(r), B=(IP, b))
        else:
            d.t(f"lease {{A}} {{{{ hardware ethernet {':'.join(digits(r, 2, '0123456789abcdef') for _ in range(6))}; client-hostname \"pos-{r.randrange(99)}\"; }}}}\n",
                A=(IP, b))
    d.add(f"OPNsense {r.randrange(22, 25)}.1.{r.randrange(9)} mask 255.255.255.0 gw probe 127.0.0.1\n")


MACHINE_FUNCS = {"clickhouse_server_log": clickhouse, "cassandra_system_log": cassandra, "pgbouncer_log": pgbouncer,
                 "mssql_errorlog": mssql, "teamcity_build_log": teamcity, "buildkite_agent_log": buildkite,
                 "pulumi_up_output": pulumi, "aws_vpc_flow_log": vpcflow, "azure_nsg_flow_log": nsgflow,
                 "opnsense_filterlog": opnsense}


def _machine(fn, reg):
    def make(r, i):
        d = Doc()
        fn(r, d, i % 3)
        return "en", f"https://logs.{r.choice(CORP)}/{reg.replace('_', '-')}/{digits(r, 6)}", d
    return make


MACHINE = {reg: _machine(fn, reg) for reg, fn in MACHINE_FUNCS.items()}
