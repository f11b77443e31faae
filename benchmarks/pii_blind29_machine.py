"""Machine output registers of blind29: IPs beside versions, OIDs, masks and phone-shaped ids.

Every line shape here was written for blind29. See benchmarks/pii_blind29.py.
"""

from __future__ import annotations

import random

import pii_blind29_values as V

MACHINE_REGS = [
    "zabbix_problem_notifications",
    "clamav_defender_detections",
    "esxi_vmkernel_hostd_log",
    "proxmox_task_log",
    "tftp_pxe_boot_log",
    "krb5kdc_log",
    "netbox_ipam_csv",
    "mtr_report",
    "graylog_gelf_json",
    "nessus_scan_csv",
]

HOSTS = [
    "db-02",
    "web-eu-1",
    "nas01",
    "edge-gw",
    "pve3",
    "esx-rack4",
    "kdc1",
    "pxe-boot",
    "mon",
    "ws-114",
]


def _ts(rng: random.Random) -> str:
    return (
        f"2027-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:"
        f"{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z"
    )


def _ip(rng: random.Random, d: V.Doc) -> None:
    d.v("IP_ADDRESS", V.ipv4(rng) if rng.random() < 0.8 else V.ipv6(rng))


def machine_doc(
    rng: random.Random, register: str, layout: int
) -> tuple[str, list[dict], str]:
    d = V.Doc()
    h = rng.choice(HOSTS)
    url = f"https://logs.{rng.choice(['corp', 'ops', 'infra'])}{rng.randrange(1, 9)}.example.net/{register}/{rng.randrange(10**5, 10**6)}"
    getattr(_M, register)(rng, d, layout, h)
    if rng.random() < 0.6:
        d.t(rng.choice(["-- forwarded by relay ", "# collector ", "via syslog relay "]))
        _ip(rng, d)
        d.t(rng.choice([" (rsyslog version ", " agent version ", " v"])).n(
            V.version4(rng)
        ).t(", peer ")
        _ip(rng, d)
        d.t(", OID ").n(V.oid(rng)).t("\n")
    if rng.random() < 0.55:
        _ip_lookalike_line(rng, d)
    return url, d.spans, d.text()


def _ip_lookalike_line(rng: random.Random, d: V.Doc) -> None:
    """A line of dotted numbers that are not IPs, each marked as what it is."""
    k = rng.randrange(6)
    q = lambda: rng.randrange(0, 256)
    if k == 0:
        d.t("pinned: pysnmp==").n(f"4.4.{q()}.{q()}").t(" libfoo==").n(
            f"{rng.randrange(1, 9)}.{q()}.{q()}.{q()}"
        ).t("\n")
    elif k == 1:
        d.t("see RFC 2131 section ").n(
            f"{rng.randrange(2, 5)}.{rng.randrange(1, 9)}.{rng.randrange(1, 9)}.{rng.randrange(1, 9)}"
        )
        d.t(", runbook clause ").n(
            f"{rng.randrange(1, 20)}.{rng.randrange(1, 30)}.{rng.randrange(1, 12)}.{rng.randrange(1, 9)}"
        ).t("\n")
    elif k == 2:
        d.t("ifTable row index ").n(
            f"{rng.randrange(1, 64)}.{q()}.{q()}.{rng.randrange(1, 255)}"
        ).t(" (MIB ").n(V.oid(rng)).t(")\n")
    elif k == 3:
        d.t("report date ").n(
            f"{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.{rng.randrange(2025, 2028)}"
        ).t(", BIOS ").n(f"{rng.randrange(1, 3)}.{q()}.{q()}.{q()}").t(", build ").n(
            f"1.0.0.{rng.randrange(1, 255)}"
        ).t("\n")
    elif k == 4:
        d.t("site GPS ").n(f"{rng.uniform(-80, 80):.4f}").t(",").n(
            f"{rng.uniform(-170, 170):.4f}"
        ).t("; bind 0.0.0.0 / :: ; wildcard ").n(V.netmask(rng)).t("\n")
    else:
        d.t("driver version ").n(
            f"{rng.randrange(20, 32)}.{rng.randrange(10, 21)}.{q()}.{q()}"
        ).t(", firmware ").n(
            f"{rng.randrange(1, 9)}.{rng.randrange(0, 99)}.{q()}.{q()}"
        ).t("\n")


class _M:
    @staticmethod
    def zabbix_problem_notifications(rng, d, layout, h):
        if layout == 0:
            d.t(
                f"Problem started at {rng.randrange(24):02d}:{rng.randrange(60):02d}:00 on "
            ).n(f"{2027}.{rng.randrange(1, 13):02d}.{rng.randrange(1, 29):02d}")
            d.t(
                f"\nProblem name: Interface Gi0/{rng.randrange(1, 48)}: link down\nHost: {h}\nHost IP: "
            )
            _ip(d=d, rng=rng)
            d.t("\nSeverity: High\nOperational data: ifOperStatus ").n(V.oid(rng)).t(
                " = 2\n"
            )
            d.t("Original problem ID: ").n(V.digits(rng, 10)).t(
                "\nZabbix agent version "
            ).n(V.version4(rng)).t("\n")
            d.t("Escalation: SMS to ").v(
                "PHONE_NUMBER",
                V.phone(rng, rng.choice(["DE", "GB", "US", "PL"]), "mobile", "e164"),
            )
            d.t(", e-mail to ").v(
                "EMAIL_ADDRESS",
                f"noc{rng.randrange(1, 9)}@ops-{rng.randrange(10, 99)}.example.org",
            ).t("\n")
        elif layout == 1:
            d.t("eventid\tclock\thost\tip\tname\tvalue\n")
            for _ in range(rng.randrange(4, 8)):
                d.n(V.digits(rng, 8)).t("\t").n(
                    str(rng.randrange(1_790_000_000, 1_830_000_000))
                ).t(f"\t{rng.choice(HOSTS)}\t")
                _ip(rng, d)
                d.t("\tICMP ping loss > 20%\t").n(
                    rng.choice(["1", "0", "37.5", "12.25"])
                ).t("\n")
        else:
            d.t(
                '{"alert":{"subject":"PROBLEM: High ICMP ping response time","host":"'
                + h
                + '","ip":"'
            )
            _ip(rng, d)
            d.t('","trigger_id":"').n(V.digits(rng, 5)).t('","oncall":"').v(
                "PHONE_NUMBER",
                V.phone(rng, rng.choice(["FR", "NL", "SE", "US"]), "mobile", "e164"),
            )
            d.t('","mask":"').n(V.netmask(rng)).t('","template_version":"').n(
                V.version4(rng)
            ).t('"}}\n')

    @staticmethod
    def clamav_defender_detections(rng, d, layout, h):
        if layout == 0:
            d.t(f"{_ts(rng)} {h} clamd[{rng.randrange(100, 9999)}]: /srv/mail/new/").n(
                V.digits(rng, 10)
            ).t(".M1P: Win.Trojan.Agent-").n(V.digits(rng, 7)).t(" FOUND\n").t(
                "Message-ID: <"
            ).n(
                f"{V.digits(rng, 8)}.{V.digits(rng, 5)}@mx{rng.randrange(1, 9)}.example.com"
            ).t(">\n")
            d.t("ClamAV ").n(
                f"{rng.randrange(0, 2)}.{rng.randrange(100, 104)}.{rng.randrange(0, 9)}"
            ).t("/").n(V.digits(rng, 5)).t(" daily.cvd, sender relay ")
            _ip(rng, d)
            d.t(", from <").v(
                "EMAIL_ADDRESS",
                f"billing{rng.randrange(1, 99)}@invoice-{rng.randrange(100, 999)}.example.com",
            ).t(">\n")
        elif layout == 1:
            d.t(
                "DetectionID,Computer,IPAddress,ThreatName,EngineVersion,SignatureVersion,User\n"
            )
            for _ in range(rng.randrange(4, 8)):
                d.t("{").n(f"{V.digits(rng, 8)}").t(
                    f"-A1B2}},{rng.choice(HOSTS).upper()},"
                )
                _ip(rng, d)
                d.t(",Trojan:Win32/Wacatac.B!ml,").n(
                    f"1.1.{rng.randrange(20000, 25000)}.{rng.randrange(1, 9)}"
                ).t(",")
                d.n(f"1.{rng.randrange(380, 420)}.{rng.randrange(0, 999)}.0").t(
                    f",CORP\\{rng.choice(['jdoe', 'mlee', 'akim'])}\n"
                )
        else:
            d.t("EDR alert: suspicious PowerShell on ").t(h).t(" (")
            _ip(rng, d)
            d.t(") connecting to ")
            _ip(rng, d)
            d.t(":443. Sensor version ").n(V.version4(rng)).t(", policy rev ").n(
                V.digits(rng, 9)
            ).t(". Analyst on duty: ").v(
                "PHONE_NUMBER", V.phone(rng, "US", "fixed", "nat")
            ).t("\n")

    @staticmethod
    def esxi_vmkernel_hostd_log(rng, d, layout, h):
        d.t(f"{_ts(rng)} cpu{rng.randrange(0, 32)}:{V.digits(rng, 7)})VMware ESXi ").n(
            f"{rng.choice([7, 8])}.0.{rng.randrange(0, 4)}"
        ).t(" build-").n(V.digits(rng, 8)).t("\n")
        if layout == 0:
            d.t(f"{_ts(rng)} hostd[{V.digits(rng, 7)}]: vmk0 IPv4 ")
            _ip(rng, d)
            d.t(" netmask ").n(V.netmask(rng)).t(" gw ")
            _ip(rng, d)
            d.t("\n")
        elif layout == 1:
            d.t(
                "Interface  Port Group  IP Family IP Address                              Netmask\n"
            )
            for i in range(rng.randrange(2, 4)):
                fam = "IPv4" if i % 2 == 0 else "IPv6"
                d.t(f"vmk{i}       Management  {fam}      ")
                d.v("IP_ADDRESS", V.ipv4(rng) if fam == "IPv4" else V.ipv6(rng))
                d.t("   ").n(V.netmask(rng) if fam == "IPv4" else "64").t("\n")
        else:
            d.t(f"{_ts(rng)} vpxa[{V.digits(rng, 7)}]: Connection from vCenter ")
            _ip(rng, d)
            d.t(" (vpxa ").n(V.version4(rng, small=False)).t(") session ").n(
                V.digits(rng, 12)
            ).t("\n")
        d.t("NTP server ")
        _ip(rng, d)
        d.t(" firmware ").n(V.version4(rng)).t("\n")

    @staticmethod
    def proxmox_task_log(rng, d, layout, h):
        upid = f"UPID:{h}:{rng.randrange(16**7):08X}:{rng.randrange(16**7):08X}:{rng.randrange(16**7):08X}:qmstart:{rng.randrange(100, 999)}:root@pam:"
        d.t(upid + "\n")
        if layout == 0:
            d.t("pve-manager/").n(f"8.{rng.randrange(0, 4)}.{rng.randrange(1, 20)}").t(
                " kernel "
            ).n(f"6.8.{rng.randrange(1, 12)}-{rng.randrange(1, 5)}").t(
                "\nmigration to node "
            )
            _ip(rng, d)
            d.t(" started (hookscript from git@github.com:ops/pve-hooks.git), VM ").n(
                str(rng.randrange(100, 999))
            ).t(" disk ").n(f"{rng.randrange(10, 999)} GiB").t("\n")
        elif layout == 1:
            d.t("vmid  name        status   ip\n")
            for _ in range(rng.randrange(3, 5)):
                d.n(str(rng.randrange(100, 999))).t(
                    f"   vm-{rng.choice(['ci', 'db', 'web'])}     running  "
                )
                _ip(rng, d)
                d.t("\n")
        else:
            d.t("corosync: link 0 to ")
            _ip(rng, d)
            d.t(" up; cluster config version ").n(V.digits(rng, 2)).t(" ; ring id ").n(
                f"{rng.randrange(1, 9)}.{rng.randrange(100, 999)}"
            ).t("\nmail notification sent to ").v(
                "EMAIL_ADDRESS",
                f"admin{rng.randrange(1, 20)}@pve-{rng.randrange(10, 99)}.example.net",
            ).t("\n")
        d.t("TASK OK\n")

    @staticmethod
    def tftp_pxe_boot_log(rng, d, layout, h):
        mac = ":".join(f"{rng.randrange(256):02x}" for _ in range(6))
        if layout == 0:
            d.t(f"in.tftpd[{rng.randrange(1000, 30000)}]: RRQ from ")
            _ip(rng, d)
            d.t(" filename pxelinux.0\nin.tftpd: sent ").n(V.digits(rng, 6)).t(
                " bytes, iPXE "
            ).n(f"1.{rng.randrange(20, 22)}.{rng.randrange(1, 9)}").t("\n")
        elif layout == 1:
            d.t("mac,ip,next-server,bootfile,bios_version\n")
            for _ in range(rng.randrange(4, 8)):
                m = ":".join(f"{rng.randrange(256):02x}" for _ in range(6))
                d.t(m + ",")
                _ip(rng, d)
                d.t(",")
                _ip(rng, d)
                d.t(",grubx64.efi,").n(
                    f"{rng.randrange(1, 3)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}.{rng.randrange(0, 255)}"
                ).t("\n")
        else:
            d.t(f"PXE client {mac} got DHCPOFFER ")
            _ip(rng, d)
            d.t(" mask ").n(V.netmask(rng)).t(", image ubuntu-").n(
                f"24.04.{rng.randrange(1, 4)}"
            ).t("-live; asset tag ").n(V.digits(rng, 10)).t("\n")

    @staticmethod
    def krb5kdc_log(rng, d, layout, h):
        realm = rng.choice(["CORP.EXAMPLE.COM", "AD.EXAMPLE.ORG"])
        user = rng.choice(["jsmith", "m.ivanova", "svc_backup", "pkumar"])
        if layout == 0:
            d.t(
                f"{_ts(rng)} {h} krb5kdc[{rng.randrange(100, 9999)}](info): AS_REQ (4 etypes {{18 17 20 19}}) "
            )
            _ip(rng, d)
            d.t(
                f": ISSUE: authtime {rng.randrange(1_790_000_000, 1_830_000_000)}, etypes {{rep=18}}, "
                f"{user}@{realm} for krbtgt/{realm}@{realm}\n"
            )
        elif layout == 1:
            d.t("EventID,TargetUserName,IpAddress,TicketOptions,Status\n")
            for _ in range(rng.randrange(4, 8)):
                d.t(rng.choice(["4768", "4769", "4771"]) + f",{user},")
                d.v("IP_ADDRESS", V.ipv4(rng))
                d.t(",0x40810010,").n(f"0x{rng.randrange(0, 0x20):x}").t("\n")
        else:
            d.t(f"kadmind: {user}/admin@{realm}: password changed from ")
            _ip(rng, d)
            d.t("; MIT krb5 ").n(f"1.{rng.randrange(19, 22)}.{rng.randrange(1, 4)}").t(
                "; ticket "
            ).n(V.digits(rng, 11)).t("\nNotify ").v(
                "EMAIL_ADDRESS", f"{user.replace('_', '.')}@{realm.lower()}"
            ).t("\n")

    @staticmethod
    def netbox_ipam_csv(rng, d, layout, h):
        if layout == 0:
            d.t("address,status,dns_name,tenant,description\n")
            for _ in range(rng.randrange(4, 8)):
                pfx = rng.choice([24, 26, 29, 64])
                ip = V.ipv4(rng) if pfx != 64 else V.ipv6(rng)
                d.v("IP_ADDRESS", ip).t(
                    f"/{pfx},active,{rng.choice(HOSTS)}.example.net,ops,rack "
                ).n(f"{rng.randrange(1, 40)}.{rng.randrange(1, 48)}").t("\n")
        elif layout == 1:
            d.t('{"id": ').n(V.digits(rng, 5)).t(', "address": "')
            _ip(rng, d)
            d.t('/32", "vrf": null, "custom_fields": {"circuit_id": "').n(
                V.digits(rng, 10)
            ).t('", "noc_phone": "').v(
                "PHONE_NUMBER",
                V.phone(rng, rng.choice(["GB", "DE", "US", "NL"]), "fixed", "intl"),
            ).t('"}, "netbox_version": "').n(
                f"4.{rng.randrange(0, 3)}.{rng.randrange(0, 9)}"
            ).t('"}\n')
        else:
            d.t("Prefix ")
            d.v("IP_ADDRESS", V.ipv4(rng, "10"))
            d.t(f"/{rng.choice([16, 20, 22])} utilisation ").n(
                f"{rng.randrange(1, 99)}.{rng.randrange(0, 9)}%"
            ).t("; wildcard ").n(V.netmask(rng)).t("; VLAN ").n(
                str(rng.randrange(2, 4094))
            ).t("; gateway ")
            _ip(rng, d)
            d.t("\n")

    @staticmethod
    def mtr_report(rng, d, layout, h):
        d.t(
            f"Start: 2027-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T10:{rng.randrange(60):02d}:00+0000\n"
        )
        d.t(
            f"HOST: {h}                    Loss%   Snt   Last   Avg  Best  Wrst StDev\n"
        )
        for i in range(1, rng.randrange(4, 8)):
            d.t(f"  {i:2d}.|-- ")
            if rng.random() < 0.15:
                d.t(
                    "???                     100.0    10    0.0   0.0   0.0   0.0   0.0\n"
                )
                continue
            ip = V.ipv4(rng) if layout != 2 else V.ipv6(rng)
            d.v("IP_ADDRESS", ip)
            d.t(" " * max(1, 24 - len(ip)))
            d.n(f"{rng.randrange(0, 3)}.{rng.randrange(0, 9)}%").t("    10  ").n(
                f"{rng.randrange(1, 99)}.{rng.randrange(1, 9)}"
            ).t("  ").n(f"{rng.randrange(1, 99)}.{rng.randrange(1, 9)}").t("\n")
        if layout == 1:
            d.t("mtr ").n(f"0.{rng.randrange(92, 96)}").t(
                " — ticket for carrier NOC: "
            ).v(
                "PHONE_NUMBER",
                V.phone(
                    rng, rng.choice(["GB", "FR", "DE", "US", "JP"]), "fixed", "intl"
                ),
            )
            d.t(" (circuit ").n(V.digits(rng, 9)).t(")\n")

    @staticmethod
    def graylog_gelf_json(rng, d, layout, h):
        d.t('{"version":"1.1","host":"' + h + '","short_message":"')
        if layout == 0:
            d.t("login ok for ")
            d.v(
                "EMAIL_ADDRESS",
                f"{rng.choice(['ana', 'li.wei', 'omar'])}{rng.randrange(1, 99)}@mail.example.com",
            )
            d.t(" from ")
            _ip(rng, d)
            d.t('","timestamp":').n(
                f"{rng.randrange(1_790_000_000, 1_830_000_000)}.{rng.randrange(100, 999)}"
            ).t(',"level":6,"_client_version":"').n(V.version4(rng)).t('"}\n')
        elif layout == 1:
            d.t('SIP INVITE","_from":"sip:').v(
                "PHONE_NUMBER",
                V.phone(rng, rng.choice(["DE", "AT", "CH", "IT"]), "any", "e164"),
            )
            d.t('@pbx.example.net","_src_ip":"')
            _ip(rng, d)
            d.t('","_call_id":"').n(V.digits(rng, 12)).t('","_oid":"').n(V.oid(rng)).t(
                '"}\n'
            )
        else:
            d.t('payroll export done","_rows":').n(V.digits(rng, 4)).t(
                ',"_sftp_peer":"'
            )
            _ip(rng, d)
            d.t('","_batch":"').n(V.digits(rng, 10)).t('","_contact":"').v(
                "EMAIL_ADDRESS", f"hr-ops@{rng.choice(['corp', 'staff'])}.example.com"
            ).t('","_employee_ssn_masked":"').n(f"***-**-{rng.randrange(1000, 9999)}")
            if rng.random() < 0.6:
                d.t('","_payee_iban":"').v(
                    "IBAN_CODE",
                    V.iban(rng, rng.choice(["DE", "NL", "FR", "ES"]), grouped=False),
                )
            d.t('"}\n')

    @staticmethod
    def nessus_scan_csv(rng, d, layout, h):
        if layout == 0:
            d.t("Plugin ID,CVE,CVSS,Risk,Host,Protocol,Port,Name\n")
            for _ in range(rng.randrange(4, 8)):
                d.n(str(rng.randrange(10000, 250000))).t(
                    f",CVE-2026-{rng.randrange(1000, 49999)},"
                ).n(f"{rng.randrange(1, 10)}.{rng.randrange(0, 9)}").t(",High,")
                _ip(rng, d)
                d.t(f",tcp,{rng.choice([22, 443, 3389, 8443])},OpenSSH < ").n(
                    f"9.{rng.randrange(0, 9)}p1"
                ).t("\n")
        elif layout == 1:
            d.t("Host: ")
            _ip(rng, d)
            d.t("\nOS: Windows Server 2022 build ").n(
                f"10.0.{rng.randrange(17000, 26000)}.{rng.randrange(100, 3000)}"
            ).t("\nSNMP sysObjectID ").n(V.oid(rng)).t("\nInstalled: Java ").n(
                f"1.8.0.{rng.randrange(200, 460)}"
            ).t(", agent version ").n(V.version4(rng)).t("\n")
        else:
            d.t("Scan 'weekly-dmz' finished. Targets: ")
            _ip(rng, d)
            d.t(", ")
            _ip(rng, d)
            d.t(" (excluded ").n("0.0.0.0").t(", ").n("127.0.0.1").t("). Report to ").v(
                "EMAIL_ADDRESS",
                f"secops{rng.randrange(1, 9)}@example-{rng.randrange(10, 99)}.com",
            ).t("; escalation line ").v(
                "PHONE_NUMBER",
                V.phone(rng, rng.choice(["US", "GB", "IE", "AU"]), "fixed", "intl"),
            ).t("\n")
