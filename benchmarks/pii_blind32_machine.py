"""Machine-output registers of the blind32 PII set (see benchmarks/pii_blind32.py)."""

from __future__ import annotations

from pii_blind32_values import (
    bad_card,
    bad_iban,
    card,
    iban,
    ipv4,
    ipv6,
    masked_card,
    phone,
    private_ipv4,
    us_phone,
)

NAMES = ["ana.ferreira", "k.lindqvist", "tomasz.wrobel", "mehmet.aydin", "sofie.dekker", "r.oyelaran",
         "l.marchetti", "jonas.berg", "ewa.nowak", "h.tanaka", "p.ouellet", "d.moreau"]
DOMS = ["example-shop.de", "nordlicht.se", "posta.it", "klient.pl", "vindmolle.nl", "mail.fr", "web.de",
        "gmx.at", "telenet.be", "protonmail.com"]
IBAN_CC = ["DE", "FR", "NL", "IT", "ES", "BE", "AT", "PL", "SE", "PT", "IE", "FI", "CH", "CZ", "DK", "NO"]
REGION_OF = {"DE": "DE", "FR": "FR", "NL": "NL", "IT": "IT", "ES": "ES", "BE": "BE", "AT": "AT", "PL": "PL",
             "SE": "SE", "PT": "PT", "IE": "IE", "FI": "FI", "CH": "CH", "CZ": "CZ", "DK": "DK", "NO": "NO"}


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _h(r, n):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def _mail(r):
    return f"{r.choice(NAMES)}@{r.choice(DOMS)}"


def _ts(r):
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def _ver(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}.{r.randint(1, 300)}"


def postfix_mailq(r, layout):
    if layout == 0:
        parts = ["-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"]
        for _ in range(r.randint(2, 4)):
            host = r.choice(["mx1.posta.it", "mail.klient.pl", "smtp.telenet.be"])
            parts += [("NEG", _h(r, 10)), "*   ", ("NEG", _d(r, 4)), " Mon Dec  7 0", ("NEG", f"{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}"),
                      "  ", ("EMAIL_ADDRESS", _mail(r)), f"\n  (connect to {host}[", ("IP_ADDRESS", ipv4(r)),
                      "]:25: Connection timed out)\n                                         ", ("EMAIL_ADDRESS", _mail(r)), "\n\n"]
            if r.random() < 0.5:
                break
        parts += [f"-- {r.randint(2, 90)} Kbytes in {r.randint(2, 9)} Requests.\n"]
    elif layout == 1:
        qid = _h(r, 11)
        parts = [f"Dec  7 0{r.randint(0, 9)}:12:0{r.randint(0, 9)} relay postfix/smtpd[", ("NEG", _d(r, 5)), "]: connect from unknown[",
                 ("IP_ADDRESS", ipv4(r)), "]\n", f"Dec  7 04:12:09 relay postfix/cleanup[{_d(r, 4)}]: {qid}: message-id=<",
                 ("NEG", f"{_ts(r)[:10].replace('-', '')}{_h(r, 8)}@relay.{r.choice(DOMS)}"), ">\n",
                 f"Dec  7 04:12:09 relay postfix/qmgr[{_d(r, 3)}]: {qid}: from=<", ("EMAIL_ADDRESS", _mail(r)),
                 f">, size={_d(r, 5)}, nrcpt=1 (queue active)\nDec  7 04:12:11 relay postfix/smtp[{_d(r, 5)}]: {qid}: to=<",
                 ("EMAIL_ADDRESS", _mail(r)), ">, relay=mx.", r.choice(DOMS), "[", ("IP_ADDRESS", ipv6(r) if r.random() < 0.4 else ipv4(r)),
                 "]:25, delay=", ("NEG", f"{r.randint(0, 9)}.{_d(r, 1)}"), ", status=sent (250 2.0.0 Ok)\n"]
    else:
        parts = ["postqueue -j | jq -c '{id:.queue_id,s:.sender,r:.recipients[0].address,why:.recipients[0].delay_reason}'\n"]
        for _ in range(r.randint(2, 4)):
            parts += ['{"id":"', ("NEG", _h(r, 10)), '","s":"', ("EMAIL_ADDRESS", _mail(r)), '","r":"',
                      ("EMAIL_ADDRESS", _mail(r)), '","why":"host ', ("IP_ADDRESS", ipv4(r)), ' said: 450 4.7.1 greylisted"}\n']
    return f"https://ops-notes.{r.choice(DOMS)}/mailq/{_d(r, 4)}", parts


def fraud_review_csv(r, layout):
    if layout == 0:
        parts = ["review_id,created,email,ip,card_number,bin,risk,outcome\n"]
        for _ in range(r.randint(3, 6)):
            c = card(r, None, "")
            parts += [("NEG", f"rv_{_h(r, 12).lower()}"), ",", _ts(r), ",", ("EMAIL_ADDRESS", _mail(r)) if r.random() < 0.5 else "", ",",
                      ("IP_ADDRESS", ipv4(r)), ",", ("CREDIT_CARD", c), ",", ("NEG", c[:6]), f",{r.randint(5, 99)},",
                      r.choice(["refunded", "accepted", "blocked"]), "\n"]
    elif layout == 1:
        parts = ["Manual review queue — flagged\n\n"]
        for _ in range(r.randint(2, 4)):
            parts += ["• ", ("CREDIT_CARD", card(r)), "  from ", ("IP_ADDRESS", ipv4(r)), " (proxy)  ",
                      ("EMAIL_ADDRESS", _mail(r)), "\n  previous attempt: ", ("NEG", bad_card(r)), " (failed Luhn)  saved card ",
                      ("NEG", masked_card(r)), "\n"]
    else:
        parts = ['{"event":"review.opened","charge":{"amount":', ("NEG", _d(r, 5)), ',"card":{"number":"',
                 ("CREDIT_CARD", card(r, None, "")), '","exp":"', ("NEG", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"),
                 '"},"billing_phone":"', ("PHONE_NUMBER", us_phone(r, "plus").replace(" ", "")), '","ip":"',
                 ("IP_ADDRESS", ipv4(r)), '","email":"', ("EMAIL_ADDRESS", _mail(r)), '"},"sdk":"', ("NEG", _ver(r)), '"}\n']
    return f"https://risk.{r.choice(DOMS)}/exports/{_d(r, 6)}", parts


def mt940(r, layout):
    cc = r.choice(IBAN_CC)
    own = iban(r, cc, False)
    parts = [":20:", ("NEG", f"STMT{_d(r, 8)}"), "\n:25:", ("IBAN_CODE", own), "\n:28C:", ("NEG", f"{_d(r, 3)}/{_d(r, 3)}"),
             "\n:60F:C", ("NEG", f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}"), "EUR", f"{r.randint(100, 99999)},{_d(r, 2)}", "\n"]
    for _ in range(r.randint(2, 4)):
        cp = r.choice(IBAN_CC)
        parts += [":61:", ("NEG", f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}"), r.choice(["C", "D"]),
                  f"{r.randint(1, 9999)},{_d(r, 2)}NTRFNONREF\n:86:"]
        if layout == 0:
            parts += ["/ORDP//NAME/", r.choice(["HANSEN OLE", "MULLER KARIN", "RENTAL PAYMENT"]), "/IBAN/", ("IBAN_CODE", iban(r, cp, False)),
                      "/REMI/", ("NEG", f"RF{_d(r, 2)}{_d(r, 10)}"), "\n"]
        elif layout == 1:
            parts += [f"SEPA-Ueberweisung EREF: {_d(r, 12)} IBAN: ", ("IBAN_CODE", iban(r, cp, False)), " BIC: ",
                      ("NEG", f"{r.choice(['COBA', 'INGB', 'BNPA', 'RABO'])}{cp}{r.choice(['FF', '2A', 'PP'])}XXX"), "\n"]
        else:
            good = r.random() < 0.6
            parts += ["RETURN AC01 INCORRECT ACCOUNT NUMBER ", ("IBAN_CODE", iban(r, cp, False)) if good else ("NEG", bad_iban(r, cp).replace(" ", "")), "\n"]
    parts += [":62F:C", ("NEG", f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}"), f"EUR{r.randint(100, 99999)},{_d(r, 2)}\n-"]
    return f"https://sftp.treasury-{cc.lower()}.example.net/mt940/{_d(r, 8)}.sta", parts


def sqlite_dump(r, layout):
    if layout == 0:
        parts = ["PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE members(id INTEGER PRIMARY KEY, name TEXT, phone TEXT, card TEXT, iban TEXT, joined TEXT);\n"]
        for i in range(r.randint(2, 5)):
            c = r.choice(IBAN_CC)
            parts += [f"INSERT INTO members VALUES({i + 1},'{r.choice(NAMES).split('.')[-1].title()}','",
                      ("PHONE_NUMBER", phone(r, REGION_OF[c], "intl")), "','", ("CREDIT_CARD", card(r, None, "")), "','",
                      ("IBAN_CODE", iban(r, c, False)), "','", ("NEG", f"20{r.randint(10, 26)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"), "');\n"]
        parts += ["COMMIT;\n"]
    elif layout == 1:
        parts = ["sqlite> .mode line\nsqlite> SELECT * FROM sessions ORDER BY seen DESC LIMIT 2;\n"]
        for _ in range(2):
            parts += ["     id = ", ("NEG", _d(r, 6)), "\n  email = ", ("EMAIL_ADDRESS", _mail(r)) if r.random() < 0.5 else "", "\n     ip = ",
                      ("IP_ADDRESS", ipv4(r) if r.random() < 0.6 else ipv6(r)), "\n   seen = ", ("NEG", _d(r, 10)),
                      "\nclient = ", ("NEG", _ver(r)), "\n  card = ", ("CREDIT_CARD", card(r, None, "")), "\n\n"]
    else:
        parts = ["sqlite> .mode csv\nsqlite> select phone, card, iban from payouts where status='failed';\n"]
        for _ in range(r.randint(2, 4)):
            c = r.choice(IBAN_CC)
            good = r.random() < 0.7
            parts += ['"', ("PHONE_NUMBER", phone(r, REGION_OF[c], "e164")), '","', ("CREDIT_CARD", card(r, None, "")), '","',
                      ("IBAN_CODE", iban(r, c, True)) if good else ("NEG", bad_iban(r, c)), '"\n']
    return f"https://gist.{r.choice(DOMS)}/dbdump/{_h(r, 8).lower()}", parts


def fluentbit_log(r, layout):
    parts = []
    for _ in range(r.randint(2, 4)):
        c = r.choice(IBAN_CC)
        if layout == 0:
            parts += ['[0] otp.sms: [', ("NEG", f"17{_d(r, 8)}.{_d(r, 9)}"), ', {"level"=>"info", "msg"=>"otp sent", "to"=>"',
                      ("PHONE_NUMBER", phone(r, REGION_OF[c], "e164")), '", "code_len"=>6, "client_ip"=>"', ("IP_ADDRESS", ipv4(r)),
                      '"}]\n']
        elif layout == 1:
            parts += ['{"date":', ("NEG", f"17{_d(r, 8)}.{_d(r, 6)}"), ',"log":"', ("IP_ADDRESS", ipv4(r)),
                      ' - - [07/Dec/2026:10:' + f"{r.randint(10, 59)}:{r.randint(10, 59)}" + ' +0000] \\"POST /api/v2/signup HTTP/1.1\\" 201 ',
                      ("NEG", _d(r, 3)), '","kubernetes":{"pod_ip":"', ("IP_ADDRESS", private_ipv4(r)),
                      '","probe":"', ("NEG", "127.0.0.1"), '","labels":{"version":"', ("NEG", _ver(r)), '"}},"user":"', ("EMAIL_ADDRESS", _mail(r)), '"}\n']
        else:
            leak = [("PHONE_NUMBER", phone(r, REGION_OF[c], "intl"))] if r.random() < 0.5 else [("CREDIT_CARD", card(r, None, ""))]
            parts += [_ts(r), " [warn] [filter:modify] dropped field '", "phone" if leak[0][0] == "PHONE_NUMBER" else "pan", "'="] + leak + [
                      " from ", ("IP_ADDRESS", private_ipv4(r)), " netmask ", ("NEG", "255.255.255.0"), "\n"]
    return f"https://logs.{r.choice(DOMS)}/fluent-bit/{_d(r, 5)}", parts


def pagerduty_incident(r, layout):
    inc = f"#{r.randint(1000, 99999)}"
    oncall = [us_phone(r, "plus") if r.random() < 0.5 else phone(r, r.choice(list(REGION_OF.values())), "intl") for _ in range(2)]
    if layout == 0:
        parts = [f"Incident {inc}: [FIRING] disk full on db-primary\nTriggered ", ("NEG", _ts(r)),
                 "  host ", ("IP_ADDRESS", ipv4(r)), "  agent ", ("NEG", _ver(r)),
                 "\nNotified by SMS: ", ("PHONE_NUMBER", oncall[0]), "\nNotified by phone: ", ("PHONE_NUMBER", oncall[1]),
                 "\nAcknowledged by ", ("EMAIL_ADDRESS", _mail(r)), "\n"]
    elif layout == 1:
        parts = ["time,type,channel,target\n"]
        for _ in range(r.randint(3, 5)):
            t = r.choice(["sms", "phone", "email", "push"])
            tgt = {"sms": ("PHONE_NUMBER", phone(r, "DE", "e164")), "phone": ("PHONE_NUMBER", us_phone(r, "plus")),
                   "email": ("EMAIL_ADDRESS", _mail(r)), "push": ("NEG", f"device {_h(r, 8).lower()}")}[t]
            parts += [_ts(r), ",notify,", t, ",", tgt, "\n", _ts(r), ",alert,host,", ("IP_ADDRESS", r.choice([ipv4, ipv6])(r)), "\n"]
    else:
        parts = [f"Postmortem {inc}\n\nThe load balancer at ", ("IP_ADDRESS", ipv6(r)), " dropped health checks after the upgrade to ",
                 ("NEG", _ver(r)), ". The SNMP OID ", ("NEG", f"1.3.6.1.4.1.{r.randint(1000, 60000)}.1.{r.randint(1, 9)}"),
                 " stopped reporting. On-call was paged at ", ("PHONE_NUMBER", oncall[0]), " and escalated to ",
                 ("EMAIL_ADDRESS", _mail(r)), ".\n"]
    return f"https://status.{r.choice(DOMS)}/incidents/{inc[1:]}", parts


def cloud_init_log(r, layout):
    if layout == 0:
        a4, a6 = ipv4(r), ipv6(r)
        parts = ["ci-info: ++++++++++++++++++++++++Net device info+++++++++++++++++++++++++\n",
                 "ci-info: | Device |  Up  |   Address   |      Mask     | Scope  |\n",
                 "ci-info: |  eth0  | True | ", ("IP_ADDRESS", a4), " | ", ("NEG", r.choice(["255.255.255.0", "255.255.240.0", "255.255.0.0"])),
                 " | global |\nci-info: |  eth0  | True | ", ("IP_ADDRESS", a6), "/64 |       .       | global |\n",
                 "ci-info: |   lo   | True | ", ("NEG", "127.0.0.1"), " | ", ("NEG", "255.0.0.0"), " |  host  |\n",
                 "ci-info: |   lo   | True | ", ("NEG", "::1"), "/128 |       .       |  host  |\n"]
    elif layout == 1:
        parts = [f"Cloud-init v. {r.randint(22, 25)}.{r.randint(1, 4)} running 'modules:final' at ", ("NEG", f"Mon, 07 Dec 2026 09:1{_d(r, 1)}:{r.randint(10, 59)}"),
                 "\nci-info: Route destination ", ("NEG", "0.0.0.0"), " gateway ", ("IP_ADDRESS", ipv4(r)), " genmask ", ("NEG", "0.0.0.0"),
                 "\nssh-authorized-keys: ", ("NEG", f"ssh-ed25519 AAAAC3Nza{_h(r, 12)} deploy@build-{_d(r, 2)}"),
                 "\nwrite_files: /etc/motd -> 'Contact ", ("EMAIL_ADDRESS", _mail(r)), " before rebooting'\n"]
    else:
        parts = ["#cloud-config\nhostname: edge-", _d(r, 2), "\nmanage_etc_hosts: true\nbootcmd:\n  - echo '",
                 ("IP_ADDRESS", ipv4(r)), " registry.internal' >> /etc/hosts\nntp:\n  servers: [", ("IP_ADDRESS", ipv4(r)), ", ",
                 ("IP_ADDRESS", ipv6(r)), "]\nusers:\n  - name: ops\n    gecos: \"Ops team <", ("EMAIL_ADDRESS", _mail(r)), ">\"\n"]
    return f"https://pastebin.{r.choice(DOMS)}/raw/{_h(r, 8).lower()}", parts


def odoo_partner_export(r, layout):
    parts = ['"id","name","phone","mobile","email","vat","bank_ids/acc_number"\n'] if layout != 2 else []
    for _ in range(r.randint(2, 4)):
        c = r.choice(IBAN_CC)
        reg = REGION_OF[c]
        vat = f"{c}{_d(r, 9)}"
        ib = iban(r, c, layout == 1)
        if layout == 2:
            parts += [f"res.partner({r.randint(10, 999)},)\n  phone: ", ("PHONE_NUMBER", phone(r, reg, "nat")), "\n  email: ",
                      ("EMAIL_ADDRESS", _mail(r)) if r.random() < 0.5 else "false", "\n  vat: ", ("NEG", vat), "\n  bank: ", ("IBAN_CODE", ib), "\n"]
        else:
            mob = [("PHONE_NUMBER", phone(r, reg, "intl"))] if r.random() < 0.6 else []
            parts += [f'"__export__.res_partner_{r.randint(10, 999)}","{r.choice(NAMES)}","', ("PHONE_NUMBER", phone(r, reg, "intl")),
                      '","'] + mob + ['","', ("EMAIL_ADDRESS", _mail(r)) if r.random() < 0.5 else "", '","', ("NEG", vat), '","', ("IBAN_CODE", ib), '"\n']
    return f"https://erp.{r.choice(DOMS)}/web/export/{_d(r, 5)}.csv", parts


def iso8583_trace(r, layout):
    c = card(r, r.choice(["visa", "mc", "disc"]), "")
    if layout == 0:
        parts = ["MTI 0200\n", "DE002 PAN ........ [", ("CREDIT_CARD", c), "]\n", "DE003 PROC ....... [000000]\n",
                 "DE004 AMOUNT ..... [", ("NEG", _d(r, 12)), "]\n", "DE011 STAN ....... [", ("NEG", _d(r, 6)), "]\n",
                 "DE035 TRACK2 ..... [", ("CREDIT_CARD", c), "=", ("NEG", f"{r.randint(27, 31)}{r.randint(1, 12):02d}101{_d(r, 8)}"), "]\n",
                 "DE037 RRN ........ [", ("NEG", _d(r, 12)), "]\nDE041 TID ........ [", ("NEG", f"T{_d(r, 7)}"), "]\n"]
    elif layout == 1:
        parts = []
        for _ in range(r.randint(3, 5)):
            k = r.random()
            pan = (("CREDIT_CARD", card(r, None, "")), " rc=05\n") if k < 0.6 else (
                (("NEG", masked_card(r)), " rc=00\n") if k < 0.8 else (("NEG", bad_card(r).replace(" ", "")), " rc=14 (invalid card number)\n"))
            parts += [_ts(r), " host=", ("IP_ADDRESS", ipv4(r)), " tx=auth pan=", pan[0], pan[1]]
    else:
        parts = ["POS terminal debug dump — emailed to support by merchant\n", "Terminal IMEI ", ("NEG", _d(r, 15)),
                 "  firmware ", ("NEG", _ver(r)), "\nLast card read: ", ("CREDIT_CARD", card(r)), "\nPrevious read: ", ("CREDIT_CARD", card(r, None, "-")), "\nAcquirer host ",
                 ("IP_ADDRESS", ipv4(r)), "\nMerchant contact ", ("PHONE_NUMBER", us_phone(r)), "\n"]
    return f"https://support.{r.choice(DOMS)}/attachments/{_d(r, 7)}.txt", parts


def x12_837(r, layout):
    from pii_blind32_values import ssn

    ph = us_phone(r, "dash").replace("-", "")
    parts = ["ISA*00*          *00*          *ZZ*", ("NEG", _d(r, 9)), "      *ZZ*", ("NEG", _d(r, 9)), "      *",
             ("NEG", f"26{r.randint(1, 12):02d}{r.randint(1, 28):02d}"), "*1253*^*00501*", ("NEG", _d(r, 9)), "*0*P*:~\n",
             "NM1*85*2*VALLEY CLINIC*****XX*", ("NEG", "1" + _d(r, 9)), "~\nN4*TOLEDO*OH*", ("NEG", f"43604{_d(r, 4)}"), "~\n",
             "PER*IC*BILLING*TE*", ("PHONE_NUMBER", ph), "*EM*", ("EMAIL_ADDRESS", f"billing@valleyclinic{_d(r, 2)}.org"), "~\n",
             "REF*EI*", ("NEG", f"{r.randint(10, 98)}{_d(r, 7)}"), "~\n"]
    if layout == 0:
        parts += ["NM1*IL*1*DOE*JANE****MI*", ("NEG", f"W{_d(r, 9)}"), "~\nREF*SY*", ("US_SSN", ssn(r, "")), "~\n"]
    elif layout == 1:
        parts += ["NM1*QC*1*ROE*RICHARD~\nDMG*D8*", ("NEG", f"19{r.randint(40, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"),
                  "*M~\nREF*SY*", ("US_SSN", ssn(r, "")), "~\n"]
    else:
        parts = ["837P claim rejected (277CA)\nPatient SSN: ", ("US_SSN", ssn(r)), "\nProvider NPI: ", ("NEG", "1" + _d(r, 9)),
                 "\nClaim control #: ", ("NEG", _d(r, 13)), "\nCall provider services at ", ("PHONE_NUMBER", us_phone(r)), "\n"]
    return f"https://edi.clearinghouse-demo.com/claims/{_d(r, 8)}", parts


MACHINE_REGISTERS = {"postfix_mailq": postfix_mailq, "fraud_review_export": fraud_review_csv, "mt940_statement": mt940,
                     "sqlite_dump": sqlite_dump, "fluentbit_log": fluentbit_log, "pagerduty_incident": pagerduty_incident,
                     "cloud_init_log": cloud_init_log, "odoo_partner_export": odoo_partner_export,
                     "iso8583_trace": iso8583_trace, "x12_837_claim": x12_837}
