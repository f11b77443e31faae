"""Machine-output registers of the blind33 PII set (tools' own formats, English keys)."""

from __future__ import annotations

from benchmarks.pii_blind33_values import (
    CARD,
    EMAIL,
    IBAN_T,
    IP,
    PHONE,
    SSN,
    Doc,
    bad_iban,
    bad_luhn,
    card,
    email,
    iban,
    ipv4,
    ipv6,
    phone,
    ssn,
    us_phone,
)

USERS = ["jdoe", "mkowalski", "a.nakamura", "priya.r", "tlindqvist", "ops-oncall", "billing", "r.ferreira", "kwame.o", "lena.b"]
DOMS = ["corp-mail.net", "fastmail.com", "example-shop.io", "uni-bremen.de", "hey.com", "zoho.eu", "gmx.at"]


def _ts(rng):
    return f"2026-12-{rng.randrange(1, 8):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"


def _mail(rng):
    return email(rng, rng.choice(USERS), rng.choice(DOMS))


def journald(rng, lay):
    d = Doc()
    host = f"ip-10-{rng.randrange(256)}-{rng.randrange(256)}-{rng.randrange(1, 255)}"
    if lay == 0:
        d.t('{"__REALTIME_TIMESTAMP":"' + f"17{rng.randrange(10**14, 10**15)}" + '","_HOSTNAME":"' + host + '","_SYSTEMD_UNIT":"sshd@' + f"{rng.randrange(10, 99)}" + '.service","_PID":"' + f"{rng.randrange(1000, 99999)}")
        d.t('","MESSAGE":"Accepted publickey for deploy from ').v(IP, ipv4(rng)).t(f' port {rng.randrange(1024, 65535)} ssh2"}}\n')
        d.t('{"_HOSTNAME":"' + host + '","MESSAGE":"Failed password for invalid user admin from ').v(IP, ipv6(rng)).t(f' port {rng.randrange(1024, 65535)} ssh2","SYSLOG_IDENTIFIER":"sshd"}}\n')
    elif lay == 1:
        d.t(f"Dec 0{rng.randrange(1, 8)} 0{rng.randrange(10)}:{rng.randrange(10, 59)}:{rng.randrange(10, 59)} {host} systemd[1]: Started getty@tty1.service.\n")
        d.t(f"Dec 0{rng.randrange(1, 8)} 0{rng.randrange(10)}:{rng.randrange(10, 59)}:{rng.randrange(10, 59)} {host} postfix/smtpd[{rng.randrange(1000, 9999)}]: NOQUEUE: reject: RCPT from unknown[").v(IP, ipv4(rng))
        d.t("]: 554 5.7.1 <").v(EMAIL, _mail(rng)).t(">: Relay access denied; proto=ESMTP\n")
        d.t(f"Dec 0{rng.randrange(1, 8)} 0{rng.randrange(10)}:00:01 {host} kernel: Linux version 6.8.0-{rng.randrange(10, 60)}-generic; netmask 255.255.255.0 via 127.0.0.1\n")
    else:
        d.t(f"-- Boot {''.join(rng.choice('0123456789abcdef') for _ in range(32))} --\n{host} NetworkManager[812]: <info> dhcp4 (eth0): address ").v(IP, ipv4(rng, True))
        d.t(f"\n{host} NetworkManager[812]: <info> dhcp6 (eth0): address ").v(IP, ipv6(rng, False)).t("\n")
        d.t(f"{host} NetworkManager[812]: <info> dns 0.0.0.0 ignored; snmp oid 1.3.6.1.4.1.{rng.randrange(1000, 60000)}.1.2\n")
    return d, "https://logs.internal.example/journal/export"


def cloud_init(rng, lay):
    d = Doc()
    ver = f"{rng.randrange(22, 25)}.{rng.randrange(1, 5)}.{rng.randrange(1, 5)}"
    if lay == 0:
        d.t(f"Cloud-init v. {ver}-0ubuntu1~22.04.1 running 'init' at Mon, 07 Dec 2026 10:{rng.randrange(10, 59)}:00 +0000. Up 4.{rng.randrange(10, 99)} seconds.\n")
        d.t("ci-info: | eth0 | True | ").v(IP, ipv4(rng, True)).t(" | 255.255.240.0 | global | 0a:1b:2c:3d:4e:5f |\n")
        d.t("ci-info: | eth0 | True | ").v(IP, ipv6(rng)).t("/64 | . | global | 0a:1b:2c:3d:4e:5f |\n")
        d.t("ci-info: |  lo  | True | 127.0.0.1 | 255.0.0.0 | host | . |\n")
    elif lay == 1:
        d.t("#cloud-config\nusers:\n  - name: ops\n    gecos: On-call ops, ").v(PHONE, phone(rng, rng.choice(["DE", "GB", "NL", "SE"]), "intl")).t("\n")
        d.t("    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI ops@bastion\nwrite_files:\n  - path: /etc/aliases\n    content: |\n      root: ")
        d.v(EMAIL, _mail(rng)).t("\nntp:\n  servers: [").v(IP, ipv4(rng)).t("]\n")
    else:
        d.t(f"ubuntu@ip-172-31-{rng.randrange(256)}-{rng.randrange(1, 255)}:~$ cloud-init query ds.meta_data.public_ipv4\n").v(IP, ipv4(rng)).t("\n")
        d.t("ubuntu@ip-172-31-9-9:~$ cloud-init --version\n/usr/bin/cloud-init " + ver + "\n")
    return d, "https://paste.example.dev/cloud-init-output"


def splunk(rng, lay):
    d = Doc()
    if lay == 0:
        d.t('"_time","src_ip","user","action","count"\n')
        for _ in range(rng.randrange(3, 6)):
            d.t(f'"{_ts(rng)}.000+0000","').v(IP, ipv4(rng)).t('","').v(EMAIL, _mail(rng)).t(f'","{rng.choice(["login_failure", "login_success"])}","{rng.randrange(1, 400)}"\n')
    elif lay == 1:
        d.t('index=dlp sourcetype=dlp:alert | table _time rule match\n')
        for _ in range(rng.randrange(3, 7)):
            d.t(f"{_ts(rng)} PCI_PAN ").v(CARD, card(rng, grouped=rng.choice(["none", "space", "dash"]))).t("\n")
            d.t(f"{_ts(rng)} US_SSN ").v(SSN, ssn(rng)).t("\n")
            d.t(f"{_ts(rng)} IBAN ").v(IBAN_T, iban(rng, rng.choice(["DE", "GB", "FR", "IE", "ES"]), "compact")).t("\n")
        d.t(f"{_ts(rng)} PCI_PAN {bad_luhn(rng)} (suppressed: luhn fail)\n{_ts(rng)} US_SSN 000-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)} (suppressed: invalid area)\n")
    else:
        d.t("alert=\"Impossible travel\" user=").v(EMAIL, _mail(rng)).t(" first_ip=").v(IP, ipv4(rng)).t(" second_ip=").v(IP, ipv6(rng)).t(f" app_version=5.{rng.randrange(10)}.{rng.randrange(10)}.{rng.randrange(100)} phone_on_file=\"")
        d.v(PHONE, us_phone(rng, "e164")).t('"\n')
    return d, "https://splunk.example-soc.net/en-US/app/search/export"


def har(rng, lay):
    d = Doc()
    if lay == 0:
        d.t('{"log":{"creator":{"name":"WebInspector","version":"537.36"},"entries":[{"serverIPAddress":"').v(IP, ipv4(rng)).t('","request":{"method":"POST","url":"https://checkout.example-shop.io/api/pay?phone=')
        d.v(PHONE, us_phone(rng, "e164")).t('&lang=en","postData":{"text":"{\\"pan\\":\\"').v(CARD, card(rng, grouped="none")).t('\\",\\"email\\":\\"').v(EMAIL, _mail(rng)).t('\\"}"}}}]}}\n')
    elif lay == 1:
        d.t(f'"headers":[{{"name":"User-Agent","value":"Mozilla/5.0 Chrome/120.0.{rng.randrange(6000, 6200)}.{rng.randrange(10, 200)} Safari/537.36"}},{{"name":"X-Forwarded-For","value":"')
        d.v(IP, ipv4(rng)).t(", ").v(IP, ipv4(rng, True)).t('"}],\n"url":"https://cdn.example-shop.io/img/logo@2x.png"\n')
    else:
        d.t('{"serverIPAddress":"[').v(IP, ipv6(rng)).t(']","connection":"443","time":' + f"{rng.randrange(10, 900)}.{rng.randrange(100, 999)}")
        d.t(',"response":{"content":{"text":"{\\"customer\\":{\\"mobile\\":\\"').v(PHONE, phone(rng, rng.choice(["FR", "ES", "IT"]), "intl")).t('\\",\\"iban\\":\\"').v(IBAN_T, iban(rng, rng.choice(["FR", "ES", "IT"]), "compact")).t('\\",\\"card_masked\\":\\"**** **** **** ' + f"{rng.randrange(1000, 9999)}" + '\\"}}"}}}\n')
    return d, "https://bugs.example-shop.io/attachments/checkout.har"


def pain001(rng, lay):
    d = Doc()
    cty = rng.choice(["DE", "FR", "NL", "BE", "AT", "IT", "ES"])
    if lay == 0:
        d.t('<CstmrCdtTrfInitn><GrpHdr><MsgId>' + f"PAIN-{rng.randrange(10**9, 10**10)}" + '</MsgId><InitgPty><CtctDtls><PhneNb>')
        ph = phone(rng, cty, "e164")
        d.v(PHONE, "+" + ph[1:3].rstrip() + "-" + ph[3:] if cty not in ("AT",) else ph).t('</PhneNb><EmailAdr>').v(EMAIL, _mail(rng)).t('</EmailAdr></CtctDtls></InitgPty></GrpHdr>\n')
        d.t('<PmtInf><DbtrAcct><Id><IBAN>').v(IBAN_T, iban(rng, cty, "compact")).t('</IBAN></Id></DbtrAcct>')
        d.t('<CdtTrfTxInf><CdtrAcct><Id><IBAN>').v(IBAN_T, iban(rng, rng.choice(["DE", "FR", "NL", "IT"]), "compact")).t('</IBAN></Id></CdtrAcct></CdtTrfTxInf>')
        d.t(f'<CdtrSchmeId>{cty}98ZZZ0{rng.randrange(10**8, 10**9)}</CdtrSchmeId><EndToEndId>E2E-{rng.randrange(10**11, 10**12)}</EndToEndId></PmtInf>\n')
    elif lay == 1:
        d.t("Payment file preview\nSeq  Creditor IBAN                          Amount   Ref\n")
        for i in range(rng.randrange(3, 7)):
            c2 = rng.choice(["DE", "FR", "NL", "BE", "LU", "IE"])
            d.t(f"{i + 1:>3}  ").v(IBAN_T, iban(rng, c2)).t(f"   {rng.randrange(10, 9999)},{rng.randrange(100):02d}  RF{rng.randrange(10, 99)}{rng.randrange(10**8, 10**9)}\n")
        d.t(f"  !  {bad_iban(rng, 'DE')}   rejected (checksum)\n")
    else:
        d.t(f"{_ts(rng)} WARN sepa-export: duplicate debtor account ").v(IBAN_T, iban(rng, cty, "compact")).t(f" in batch {rng.randrange(1000, 9999)}; BIC {rng.choice(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A'])}; operator ")
        d.v(EMAIL, _mail(rng)).t(" from ").v(IP, ipv4(rng, True))
    return d, "https://payments.example-erp.eu/sepa/batch.xml"


def dig(rng, lay):
    d = Doc()
    zone = rng.choice(["example-shop.io", "mail.example.eu", "vpn.example.org"])
    serial = f"2026120{rng.randrange(1, 8)}{rng.randrange(10, 99)}"
    if lay == 0:
        d.t(f"; <<>> DiG 9.18.{rng.randrange(10, 30)}-1~deb12u1 <<>> {zone} ANY\n;; ANSWER SECTION:\n{zone}.\t300\tIN\tA\t").v(IP, ipv4(rng)).t(f"\n{zone}.\t300\tIN\tAAAA\t").v(IP, ipv6(rng)).t("\n")
        d.t(f"{zone}.\t3600\tIN\tSOA\tns1.{zone}. hostmaster.{zone}. {serial} 7200 3600 1209600 300\n;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)\n")
    elif lay == 1:
        d.t(f"$ dig +short TXT {zone}\n\"v=spf1 ip4:").v(IP, ipv4(rng)).t(" ip6:").v(IP, ipv6(rng)).t(" -all\"\n\"contact=").v(EMAIL, _mail(rng)).t("\"\n")
    else:
        d.t("$ dig -x ").v(IP, ipv4(rng)).t(f" +short\nhost-{rng.randrange(1, 255)}-{rng.randrange(1, 255)}.pool.example.net.\n$ dig +short A {zone}\n").v(IP, ipv4(rng)).t("\n")
    return d, "https://gist.example.dev/dns-debug"


def avahi(rng, lay):
    d = Doc()
    if lay == 0:
        d.t(f"+   eth0 IPv4 Brother HL-L{rng.randrange(2000, 9999)}DW  Internet Printer  local\n=   eth0 IPv4 Brother HL-L2350DW  Internet Printer  local\n   hostname = [BRW{rng.randrange(10**11, 10**12)}.local]\n   address = [")
        d.v(IP, ipv4(rng, True)).t(f"]\n   port = [631]\n   txt = [\"adminurl=http://BRW.local/\" \"note=Front desk\" \"ty=Brother\" \"usb_MFG=Brother\" \"fw=1.{rng.randrange(10, 99)}.0.{rng.randrange(10, 99)}\"]\n")
    elif lay == 1:
        d.t("=;eth0;IPv6;Living\\032Room;_airplay._tcp;local;livingroom.local;").v(IP, ipv6(rng)).t(";7000;\"model=AppleTV14,1\" \"osvers=17.2.1\"\n")
        d.t("=;eth0;IPv4;NAS;_smb._tcp;local;nas.local;").v(IP, ipv4(rng, True)).t(";445;\"owner=").v(EMAIL, _mail(rng)).t("\"\n")
    else:
        d.t("=   wlan0 IPv6 fax-gateway  _ipp._tcp  local\n   address = [").v(IP, f"fe80::{rng.randrange(0x1000, 0xffff):x}").t("%wlan0]\n   txt = [\"note=Fax line ")
        d.v(PHONE, us_phone(rng)).t("\" \"adminurl=http://[::1]:631/\"]\n")
    return d, "https://forum.example-homelab.net/t/avahi-browse-output"


def salt_grains(rng, lay):
    d = Doc()
    if lay == 0:
        d.t(f"web{rng.randrange(1, 20):02d}.prod:\n    ----------\n    ipv4:\n        - 127.0.0.1\n        - ").v(IP, ipv4(rng, True)).t("\n        - ").v(IP, ipv4(rng)).t("\n    ipv6:\n        - ::1\n        - ").v(IP, ipv6(rng)).t("\n")
        d.t(f"    saltversion:\n        3006.{rng.randrange(1, 9)}\n    osrelease:\n        12.{rng.randrange(1, 9)}\n")
    elif lay == 1:
        d.t('{"db01.prod": {"owner_email": "').v(EMAIL, _mail(rng)).t('", "oncall_phone": "').v(PHONE, phone(rng, rng.choice(["GB", "IE", "DE"]), "intl")).t(f'", "serialnumber": "{rng.randrange(10**9, 10**10)}", "fqdn_ip4": ["')
        d.v(IP, ipv4(rng)).t('"]}}\n')
    else:
        d.t(f"local:\n    ----------\n    biosversion:\n        2.{rng.randrange(10)}.{rng.randrange(10)}.{rng.randrange(10)}\n    dns:\n        nameservers:\n            - ").v(IP, ipv4(rng)).t("\n            - 0.0.0.0\n")
    return d, "https://wiki.example-ops.net/salt/grains-dump"


def loki(rng, lay):
    d = Doc()
    if lay == 0:
        d.t(f'ts={_ts(rng)}Z level=info caller=checkout.go:{rng.randrange(10, 400)} msg="order placed" order_id={rng.randrange(10**9, 10**10)} customer_email=').v(EMAIL, _mail(rng))
        d.t(" client_ip=").v(IP, ipv4(rng)).t(" card_last4=" + f"{rng.randrange(1000, 9999)} refund_iban=\"").v(IBAN_T, iban(rng, rng.choice(["FR", "IT", "ES"])))
        d.t('"\n')
    elif lay == 1:
        d.t(f'ts={_ts(rng)}Z level=warn msg="raw PAN in payload" pan=').v(CARD, card(rng, grouped="none")).t(" trace_id=" + "".join(rng.choice("0123456789abcdef") for _ in range(32)) + "\n")
        d.t(f'ts={_ts(rng)}Z level=warn msg="raw PAN in payload" pan=').v(CARD, card(rng, "mc", "none")).t("\n")
        d.t(f'ts={_ts(rng)}Z level=warn msg="raw PAN in payload" pan="').v(CARD, card(rng, "amex")).t('" source=form\n')
        d.t(f'ts={_ts(rng)}Z level=info msg="payout account" iban=').v(IBAN_T, iban(rng, rng.choice(["NL", "BE", "DE"]), "compact")).t("\n")
        d.t(f'ts={_ts(rng)}Z level=debug msg="tax id" ssn=').v(SSN, ssn(rng)).t(f" ein={rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}\n")
    else:
        d.t(f'{{job="sms-gateway"}} |= "sent" \n{_ts(rng)} sms sent to=').v(PHONE, phone(rng, rng.choice(["BR", "MX", "IN", "NG"]), "e164")).t(f" sid=SM{rng.randrange(10**15, 10**16)} from=").v(IP, ipv4(rng, True)).t("\n")
    return d, "https://grafana.example-ops.net/explore/loki"


def synapse(rng, lay):
    d = Doc()
    if lay == 0:
        d.t(f"{_ts(rng)},{rng.randrange(100, 999)} - synapse.access.http.8008 - 450 - INFO - POST-{rng.randrange(10**4, 10**5)} - ").v(IP, ipv4(rng))
        d.t(f" - 8008 - {{@alice:matrix.example.org}} Processed request: 0.{rng.randrange(100, 999)}sec 200 \"POST /_matrix/client/v3/account/3pid/email/requestToken\"\n")
    elif lay == 1:
        d.t("user_id|medium|address|validated_at\n@bob:chat.example.org|email|").v(EMAIL, _mail(rng)).t(f"|17{rng.randrange(10**11, 10**12)}\n@bob:chat.example.org|msisdn|")
        d.v(PHONE, phone(rng, rng.choice(["GB", "FR", "DE"]), "e164")).t(f"|17{rng.randrange(10**11, 10**12)}\n")
    else:
        d.t(f"{_ts(rng)} - synapse.handlers.identity - WARNING - Failed 3pid bind for ").v(EMAIL, _mail(rng)).t(" from ").v(IP, ipv6(rng)).t(f"; server_version 1.{rng.randrange(90, 120)}.0\n")
    return d, "https://matrix.example.org/_synapse/admin/logs"


REGISTERS = {
    "mx_journalctl_export": journald, "mx_cloud_init_output": cloud_init, "mx_splunk_search_export": splunk,
    "mx_browser_har_capture": har, "mx_sepa_pain001_batch": pain001, "mx_dig_dns_output": dig,
    "mx_avahi_browse": avahi, "mx_salt_grains_dump": salt_grains, "mx_loki_logfmt": loki, "mx_synapse_homeserver_log": synapse,
}
