"""Machine-output registers of the blind36 PII set (see pii_blind36.py)."""

from __future__ import annotations

import json
import random
import uuid

import pii_blind36_values as V
from pii_blind36_common import IP, C, E, I, N, P, digits

REGS = ["pihole_ftl_log", "bind9_query_log", "opensips_dialog_dump", "isc_dhcpd_leases", "sflow_sample_dump",
        "airflow_task_log", "celery_worker_log", "logstash_rubydebug", "sssd_debug_log", "magento_customer_export"]
_REGIONS = ["US", "DE", "FR", "GB", "IN", "BR", "NL", "PL", "JP", "AU", "ES", "IT"]
_IBAN = ["DE", "FR", "NL", "ES", "IT", "BE", "AT", "PL", "GB", "IE"]


def _ts(rng, fmt="iso"):
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    d = rng.randint(1, 28)
    if fmt == "iso":
        return f"2027-03-{d:02d}T{h:02d}:{m:02d}:{s:02d}.{rng.randint(0, 999):03d}Z"
    if fmt == "sys":
        return f"Mar {d:2d} {h:02d}:{m:02d}:{s:02d}"
    return f"2027-03-{d:02d} {h:02d}:{m:02d}:{s:02d},{rng.randint(0, 999):03d}"


def _mac(rng):
    return ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def _dom(rng):
    return rng.choice(["cdn.jsdelivr.net", "api.weather.gov", "telemetry.vendor.io", "mail.posteo.de", "updates.roku.com",
                       "ocsp.digicert.com", "time.cloudflare.com", "graph.facebook.com"])


def _e164(rng):
    return V.phone(rng, rng.choice(_REGIONS), style="e164")


def machine_doc(rng: random.Random, reg: str, layout: int) -> tuple[str, str, str]:
    host = rng.choice(["ops", "infra", "noc", "sre"]) + "." + rng.choice(["kestrel-labs.net", "tidewater.io", "brightpath.dev"])
    url = f"https://{host}/paste/{uuid.UUID(int=rng.getrandbits(128)).hex[:10]}"
    lines: list[str] = []
    if reg == "pihole_ftl_log":
        for _ in range(rng.randint(2, 4)):
            a = IP(V.ip(rng))
            if layout == 0:
                lines.append(f"{_ts(rng, 'sys')} dnsmasq[{rng.randint(300, 900)}]: query[A] {_dom(rng)} from {a}")
            elif layout == 1:
                lines.append(f"{rng.randint(1700000000, 1799999999)}|{rng.choice(['A', 'AAAA', 'HTTPS'])}|{_dom(rng)}|{a}|{rng.choice([1, 2, 3])}|gravity")
            else:
                lines.append(json.dumps({"client": "IPMARK", "domain": _dom(rng), "status": "blocked"}, ensure_ascii=False).replace("IPMARK", a))
        lines.append(f"[{_ts(rng, 'py')}] FTL started, listening on {N('0.0.0.0')}#53 and {N('::1')} (FTL v{N('5.25.2')})")
        if layout == 0:
            lines.append(f"{_ts(rng, 'sys')} dnsmasq: blocked {_dom(rng)} is {N('0.0.0.0')}")
    elif reg == "bind9_query_log":
        for _ in range(rng.randint(2, 4)):
            a = IP(V.ip(rng))
            if layout == 0:
                lines.append(f"{rng.randint(1, 28):02d}-Mar-2027 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d} "
                             f"client @0x7f{digits(rng, 9)} {a}#{rng.randint(1024, 65535)} ({_dom(rng)}): query: {_dom(rng)} IN A +E(0)K ({IP(V.ipv4(rng, private=True))})")
            elif layout == 1:
                lines.append(f"allow-transfer {{ {a}; }};  // secondary at registrar")
            else:
                lines.append(f"zone-transfer refused from {a} (key none) serial {N(digits(rng, 10))}")
        lines.append(f"; SOA hostmaster.{host.split('.', 1)[1]} — responsible person, not a mailbox ({N('hostmaster.' + host)})")
        if layout == 1:
            lines.append(f"options {{ listen-on {{ {N('127.0.0.1')}; }}; }}; // netmask {N('255.255.255.0')}")
    elif reg == "opensips_dialog_dump":
        for _ in range(rng.randint(2, 4)):
            caller, callee = P(_e164(rng)), P(_e164(rng))
            raw_src = V.ip(rng)
            src = IP(raw_src)
            hostport = f"[{src}]:5060" if ":" in raw_src else f"{src}:5060"
            if layout == 0:
                lines.append(f"dialog::  hash={rng.randint(100, 4000)}:{rng.randint(1000, 99999)} state=4 caller_num={caller} callee_num={callee} from_ip={src}")
            elif layout == 1:
                lines.append(f"{_ts(rng, 'py')} INVITE cid={uuid.UUID(int=rng.getrandbits(128))} P-Asserted-Identity: <tel:{caller}> -> {callee} via {hostport}")
            else:
                lines.append(json.dumps({"caller": "A", "callee": "B", "src": "S", "duration": rng.randint(3, 900)}, ensure_ascii=False).replace('"A"', f'"{caller}"').replace('"B"', f'"{callee}"').replace('"S"', f'"{src}"'))
        lines.append(f"Call-ID: {N(digits(rng, 8) + '-' + digits(rng, 4) + '@' + 'sbc1.' + host)}; CSeq {N(digits(rng, 5))}")
    elif reg == "isc_dhcpd_leases":
        for _ in range(rng.randint(2, 4)):
            a = IP(V.ipv4(rng, private=rng.random() < 0.6))
            if layout == 0:
                lines += [f"lease {a} {{", f"  starts 3 2027/03/{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:00:00;",
                          f"  hardware ethernet {N(_mac(rng))};", f"  client-hostname \"{rng.choice(['karins-ipad', 'DESKTOP-8Q2', 'printer-3f'])}\";", "}"]
            elif layout == 1:
                lines.append(f"DHCPACK on {a} to {N(_mac(rng))} via eth{rng.randint(0, 3)}")
            else:
                lines.append(f"{a}\t{N(_mac(rng))}\tactive\t{rng.randint(600, 86400)}")
        lines.append(f"option subnet-mask {N('255.255.252.0')}; option routers {IP(V.ipv4(rng, private=True))};")
        if rng.random() < 0.5:
            lines.append(f"# contact for this scope: {E(V.email(rng, host.split('.', 1)[1]))}")
    elif reg == "sflow_sample_dump":
        for _ in range(rng.randint(1, 3)):
            s_, d_ = IP(V.ip(rng)), IP(V.ip(rng))
            if layout == 0:
                lines.append(f"FLOW,{IP(V.ipv4(rng, private=True))},{rng.randint(1, 48)},{rng.randint(1, 48)},{N(_mac(rng))},{N(_mac(rng))},0x0800,0,0,{s_},{d_},6,0x00,64,{rng.randint(1024, 65535)},443,0x18,{rng.randint(60, 1500)},{rng.randint(40, 1500)},{rng.randint(256, 4096)}")
            elif layout == 1:
                lines.append(f"srcIP {s_}\ndstIP {d_}\nIPTTL 57\nsampledPacketSize {rng.randint(60, 1500)}")
            else:
                lines.append(f"{s_:<18} -> {d_:<18} bytes={rng.randint(1000, 9999999)} pkts={rng.randint(1, 9000)}")
        lines.append(f"agent snmp OID {N('1.3.6.1.4.1.' + str(rng.randint(1000, 50000)) + '.1.2')} sub_agent_id {rng.randint(0, 9)}")
    elif reg == "airflow_task_log":
        who = E(V.email(rng))
        lines.append(f"[{_ts(rng, 'py')}] {{taskinstance.py:1157}} INFO - Dependencies all met for <TaskInstance: crm_sync.push_contacts scheduled__2027-03-0{rng.randint(1, 9)}>")
        for _ in range(rng.randint(2, 4)):
            if layout == 0:
                lines.append(f"[{_ts(rng, 'py')}] {{crm.py:88}} WARNING - upsert failed for contact {N(digits(rng, 7))} iban={I(V.iban(rng, rng.choice(_IBAN)))} phone={P(V.phone(rng, rng.choice(_REGIONS)))}: duplicate")
            elif layout == 1:
                lines.append(f"[{_ts(rng, 'py')}] {{sepa.py:41}} INFO - mandate {N('MNDT-' + digits(rng, 8))} debtor_iban={I(V.iban(rng, rng.choice(_IBAN), 'raw'))}")
            else:
                lines.append(f"[{_ts(rng, 'py')}] {{http.py:203}} ERROR - POST https://crm/api?email={E(V.email(rng))}&src={IP(V.ipv4(rng))} -> 502")
        if rng.random() < 0.5:
            lines.append(f"[{_ts(rng, 'py')}] {{email.py:66}} INFO - Sent failure alert to {who}; apache-airflow-providers-smtp@{N('1.4.3')}")
        if layout != 1 and rng.random() < 0.6:
            lines.append(f"[{_ts(rng, 'py')}] {{sepa.py:41}} INFO - mandate {N('MNDT-' + digits(rng, 8))} debtor_iban={I(V.iban(rng, rng.choice(_IBAN), 'raw'))}")
        lines.append(f"[{_ts(rng, 'py')}] {{base.py:12}} INFO - creditor id {N('DE98ZZZ0' + digits(rng, 10))}, batch {N(V.bad_iban(rng, 'DE'))} rejected: checksum")
    elif reg == "celery_worker_log":
        for _ in range(rng.randint(2, 4)):
            tid = uuid.UUID(int=rng.getrandbits(128))
            if layout == 0:
                lines.append(f"[{_ts(rng, 'py')}: ERROR/ForkPoolWorker-{rng.randint(1, 8)}] Task payments.capture[{tid}] raised CardDeclined('{C(V.card(rng, 'raw'))}', 'insufficient_funds')")
            elif layout == 1:
                lines.append(f"[{_ts(rng, 'py')}: INFO/MainProcess] Task sms.send[{tid}] received args=('{P(_e164(rng))}', 'Your code is {digits(rng, 6)}')")
                lines.append(f"[{_ts(rng, 'py')}: INFO/ForkPoolWorker-3] Task payments.tokenize[{tid}] card={C(V.card(rng, 'raw'))} ok")
            else:
                lines.append(f"[{_ts(rng, 'py')}: INFO/ForkPoolWorker-5] payouts.sepa_transfer[{tid}] iban='{I(V.iban(rng, rng.choice(_IBAN), 'raw'))}' amount={rng.randint(5, 900)}.00")
                lines.append(f"[{_ts(rng, 'py')}: WARNING/ForkPoolWorker-2] refund for card {N(V.masked_card(rng))} / retry card {C(V.card(rng))} from {IP(V.ip(rng))}")
        lines.append(f"[{_ts(rng, 'py')}: INFO/MainProcess] Connected to amqp://guest:**@{N('127.0.0.1')}:5672// celery@{N('worker-' + str(rng.randint(1, 9)))} ready. v{N('5.3.6')}")
        lines.append(f"test card (always declines) {N(V.bad_card(rng))}")
    elif reg == "logstash_rubydebug":
        for _ in range(rng.randint(1, 3)):
            fields = [("@timestamp", _ts(rng)), ("client_ip", IP(V.ip(rng))), ("user_email", E(V.email(rng)) if rng.random() < 0.5 else N("-")),
                      ("phone", P(V.phone(rng, rng.choice(_REGIONS)))), ("@version", N("1")), ("build", N("8.12.2.1"))]
            if rng.random() < 0.85:
                fields.append(("payout_iban", I(V.iban(rng, rng.choice(_IBAN)))))
            if rng.random() < 0.9:
                fields.append(("cc_last_seen", C(V.card(rng, 'raw'))))
            if layout == 0:
                lines.append("{\n" + "\n".join(f'    "{k}" => "{v}",' for k, v in fields) + "\n}")
            elif layout == 1:
                lines.append(" ".join(f"{k}={v}" for k, v in fields))
            else:
                lines.append("|".join(v for _, v in fields))
    elif reg == "sssd_debug_log":
        for _ in range(rng.randint(2, 4)):
            if layout == 0:
                lines.append(f"({_ts(rng, 'py')}): [be[corp.{host.split('.', 1)[1]}]] [sdap_save_user] (0x0400): Storing info for user {E(V.email(rng, 'corp.' + host.split('.', 1)[1]))}, mobile {P(V.phone(rng, rng.choice(_REGIONS), mobile=True))}")
            elif layout == 1:
                lines.append(f"({_ts(rng, 'py')}): [pam] [pam_print_data] (0x0100): rhost: {IP(V.ip(rng))} user: {N(rng.choice(['jdoe', 'svc-backup']) + '@' + 'bastion01')}")
            else:
                lines.append(f"telephoneNumber: {P(V.phone(rng, rng.choice(_REGIONS), style='intl'))}\nmail: {E(V.email(rng)) if rng.random() < 0.4 else N(rng.choice(['jdoe', 'mlee']) + '@CORP')}\nuidNumber: {N(digits(rng, 9))}")
        lines.append(f"ldap_uri = ldaps://{IP(V.ipv4(rng, private=True))}/ (netmask {N('255.255.255.0')}), sssd version {N('2.9.4')}")
    else:  # magento_customer_export
        if layout == 0:
            lines.append("email,_website,firstname,lastname,telephone,postcode,country_id,iban,card_on_file")
            for _ in range(rng.randint(2, 5)):
                cc = rng.choice(_IBAN)
                lines.append(",".join([E(V.email(rng)), "base", "Ana", "Kraus", P(V.phone(rng, cc if cc in _REGIONS else "DE")),
                                       N(digits(rng, 5)), cc, I(V.iban(rng, cc, 'raw')), N(V.masked_card(rng))]))
        elif layout == 1:
            for _ in range(rng.randint(1, 3)):
                lines.append(f"INSERT INTO sales_order_payment VALUES ({digits(rng, 5)},'{C(V.card(rng, 'raw'))}','{N(V.masked_card(rng))}','{E(V.email(rng))}','{IP(V.ip(rng))}');")
        else:
            rec = {"customer_id": int(digits(rng, 6)), "email": "EM", "remote_ip": "RI", "telephone": "TE", "order_increment_id": N("000" + digits(rng, 6))}
            s = json.dumps(rec, indent=2, ensure_ascii=False).replace('"EM"', f'"{E(V.email(rng))}"').replace('"RI"', f'"{IP(V.ip(rng))}"').replace('"TE"', f'"{P(V.phone(rng, rng.choice(_REGIONS)))}"')
            lines.append(s)
        lines.append(f"-- magento/module-customer@{N('103.0.7')}  admin: {N('admin@localhost')}")
    return reg, url, "\n".join(lines)
