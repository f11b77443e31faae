"""Machine-output registers of blind34 (see pii_blind34.py)."""

from __future__ import annotations

import random

from pii_blind34_values import (
    Doc,
    card,
    card_luhn_bad,
    card_masked,
    email,
    iban,
    iban_bad,
    ipv4,
    ipv6,
    phone,
    phone_us,
    ssn,
)

DOMS = ["example-corp.com", "northwind.io", "acme-logistics.net", "brightdesk.co"]
USERS = ["j.alvarez", "ops", "billing", "m.kowalczyk", "s.oyelaran", "helpdesk", "r.tanaka"]


def _ts(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _ver(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 300)}"


def hylafax_xferlog(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        for _ in range(3):
            d.t(f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/26 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\tSEND\t{rng.randint(10000, 99999)}\tttyS0\t{rng.randint(100, 999)}\tfax\t\"")
            d.v("PHONE_NUMBER", phone_us(rng, rng.choice(["one", "dash"]))).t(f"\"\t\"\"\t{rng.randint(9600, 14400)}\t{rng.randint(1, 9)}:{rng.randint(10, 59)}\t{rng.randint(1, 12)}\n")
    elif layout == 1:
        d.t("faxstat -s\nJID  Pri S  Owner Number        Pages Dials\n")
        for _ in range(2):
            d.t(f"{rng.randint(100, 999)}  127 S  fax   ").v("PHONE_NUMBER", phone(rng, rng.choice(["DE", "GB", "FR", "US"]), "fixed", "e164")).t(f"   0:{rng.randint(1, 9)}   0:12\n")
        d.t("OCR page 2: APPLICANT SSN ").v("US_SSN", ssn(rng)).t("  CO-APPLICANT SSN ").v("US_SSN", ssn(rng)).t(f"\nModem ttyS1 (+1.999.555.0100): Running and idle, firmware {_ver(rng)}")
    else:
        d.t("From: FaxMaster <").v("EMAIL_ADDRESS", "fax@" + rng.choice(DOMS)).t(">\nYour facsimile job to ").v("PHONE_NUMBER", phone_us(rng)).t(f" was completed successfully.\nJob {rng.randint(1000, 9999)}, {rng.randint(1, 20)} pages. Receiver CSID: ").v("PHONE_NUMBER", phone_us(rng, "intl"))
        d.t("\nOCR page 1: CREDIT CARD AUTHORIZATION  Card No. ").v("CREDIT_CARD", card(rng)).t(f"  Exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}  CVV ***\nOCR page 2: SEPA DIRECT DEBIT MANDATE  IBAN ").v("IBAN_CODE", iban(rng, rng.choice(["DE", "AT", "NL"]))).t("\nReply to ").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t(f"\nMessage-ID: <{rng.randint(10 ** 8, 10 ** 9)}.fax@mail.{rng.choice(DOMS)}>")
    return d.text(), d.spans, f"https://fax.{rng.choice(DOMS)}/log/xferlog"


def smartctl_report(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        d.t(f"smartctl 7.4 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} r5530\nDevice Model: WDC WD40EFRX-68N32N0\nSerial Number: WD-WCC7K{rng.randint(1000000, 9999999)}\nFirmware Version: {rng.randint(80, 82)}.00A{rng.randint(10, 99)}\n")
        d.t(f"  9 Power_On_Hours  0x0032 {rng.randint(10, 99)} {rng.randint(10, 99)} 000 Old_age Always - {rng.randint(10000, 99999)}\n194 Temperature_Celsius 0x0022 118 104 000 Old_age Always - 32 (Min/Max 19/45)\n")
        d.t("Report mailed to ").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t(" from host nas01 (").v("IP_ADDRESS", ipv4(rng, True)).t(")")
    elif layout == 1:
        d.t("host,ip,disk,serial,reallocated\n")
        for _ in range(3):
            d.t(f"nas{rng.randint(1, 9)},").v("IP_ADDRESS", ipv4(rng, rng.random() < 0.6)).t(f",/dev/sd{rng.choice('abcd')},ZA{rng.randint(100000, 999999)},{rng.randint(0, 8)}\n")
        d.t("nas0,127.0.0.1,/dev/sda,ZA000000,0")
    else:
        d.t(f"Jan {rng.randint(1, 28)} 03:1{rng.randint(0, 9)}:00 nas smartd[{rng.randint(100, 9999)}]: Device: /dev/sdb [SAT], SMART Usage Attribute: 190 Airflow_Temperature_Cel changed from 68 to 67\n")
        d.t(f"Jan {rng.randint(1, 28)} 03:20:01 nas smartd[{rng.randint(100, 9999)}]: Sending warning via /usr/share/smartmontools/smartd-runner to ").v("EMAIL_ADDRESS", email(rng, USERS, DOMS))
        d.t(" ...\nsmtp relay ").v("IP_ADDRESS", ipv6(rng)).t(" accepted; netmask 255.255.255.0 gw ").v("IP_ADDRESS", ipv4(rng, True))
    return d.text(), d.spans, f"https://monitor.{rng.choice(DOMS)}/smart/{rng.randint(1, 99)}"


def graphql_response(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        d.t('{"data":{"customer":{"id":"gid://shop/Customer/' + str(rng.randint(10 ** 12, 10 ** 13)) + '","email":"').v("EMAIL_ADDRESS", email(rng, USERS, DOMS))
        d.t('","phone":"').v("PHONE_NUMBER", phone(rng, rng.choice(["US", "GB", "DE", "CA"]), None, "e164")).t('","lastIp":"').v("IP_ADDRESS", ipv4(rng)).t('","defaultCard":"').v("CREDIT_CARD", card(rng, None, "plain")).t('","payout":{"iban":"')
        d.v("IBAN_CODE", iban(rng, rng.choice(["DE", "NL", "IE"]), "plain")).t('","bic":"' + rng.choice(["COBADEFFXXX", "INGBNL2A", "AIBKIE2D"]) + '"}}},"extensions":{"cost":{"requestedQueryCost":' + str(rng.randint(10, 99)) + "}}}")
    elif layout == 1:
        d.t('query { order(id: "' + str(rng.randint(10 ** 9, 10 ** 10)) + '") { card { last4 brand } } }\n# response\n')
        d.t('{"data":{"order":{"card":{"last4":"' + str(rng.randint(1000, 9999)) + '","brand":"visa","display":"' + card_masked(rng) + '"}, "billingSsn":"').v("US_SSN", ssn(rng)).t('", "clientIp":"').v("IP_ADDRESS", ipv6(rng)).t('"}}}\n[debug] tokenize pan=').v("CREDIT_CARD", card(rng, None, "plain")).t(" ok")
    else:
        d.t('{"errors":[{"message":"Variable $input got invalid value ').v("CREDIT_CARD", card(rng, None, "plain")).t(' (expired; backup ').v("CREDIT_CARD", card(rng, None, "plain")).t(')')
        d.t(' at \\"card.number\\"; Luhn check failed for ' + card_luhn_bad(rng).replace(" ", "") + '","extensions":{"remoteAddr":"').v("IP_ADDRESS", ipv4(rng)).t('","apolloVersion":"' + _ver(rng) + '"}}]}')
    return d.text(), d.spans, f"https://api.{rng.choice(DOMS)}/graphql"


def salesforce_contact_csv(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        d.t('"Id","FirstName","LastName","Email","Phone","MobilePhone","SSN__c","MailingPostalCode"\n')
        for _ in range(3):
            d.t(f'"003{rng.randint(10 ** 11, 10 ** 12)}AAA","{rng.choice(["Ana", "Tom", "Wei", "Femi"])}","{rng.choice(["Ruiz", "Berg", "Zhou", "Adeyemi"])}","').v("EMAIL_ADDRESS", email(rng, USERS, DOMS))
            d.t('","').v("PHONE_NUMBER", phone_us(rng)).t('","')
            if rng.random() < 0.5:
                d.v("PHONE_NUMBER", phone(rng, rng.choice(["GB", "DE", "IE", "US"]), "mobile", "intl"))
            d.t('","').v("US_SSN", ssn(rng, rng.choice(["dash", "plain"]))).t(f'","{rng.randint(10000, 99999)}"\n')
    elif layout == 1:
        d.t(f"Contact: {rng.choice(['Ana Ruiz', 'Femi Adeyemi'])}\nAccount: Northwind Traders\nPhone\n").v("PHONE_NUMBER", phone_us(rng, "paren") + f" x{rng.randint(10, 999)}")
        d.t("\nEmail\n").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t("\nIBAN__c\n").v("IBAN_CODE", iban(rng, rng.choice(["DE", "IE", "NL", "AT"]))).t("\nCard__c\n").v("CREDIT_CARD", card(rng)).t("\nSSN__c\n").v("US_SSN", ssn(rng)).t(f"\nOpportunity Amount\n${rng.randint(1000, 99999):,}.00")
    else:
        d.t(f"[{_ts(rng)}] LoginHistory user=").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t(" sourceIp=").v("IP_ADDRESS", ipv4(rng)).t(f" status=Success api={rng.randint(50, 62)}.0 browser=Chrome {rng.randint(110, 130)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 200)}\n")
    return d.text(), d.spans, f"https://{rng.choice(['northwind', 'acme'])}.my.salesforce.com/export"


def zendesk_ticket_json(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        d.t('{"ticket":{"id":' + str(rng.randint(100000, 999999)) + ',"subject":"Refund","requester":{"email":"').v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t('"},"description":"Please refund card ')
        d.v("CREDIT_CARD", card(rng)).t(" and the old one ").v("CREDIT_CARD", card(rng)).t(", call me at ").v("PHONE_NUMBER", phone_us(rng)).t('. If easier refund to my bank ').v("IBAN_CODE", iban(rng, rng.choice(["DE", "NL", "IE", "FI", "LT"]))).t('","via":{"source":{"from":{"ip":"').v("IP_ADDRESS", ipv4(rng)).t('"}}}}}')
    elif layout == 1:
        d.t("ticket_id,requester,phone,tags,first_comment\n")
        for _ in range(3):
            d.t(f"{rng.randint(100000, 999999)},").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t(",").v("PHONE_NUMBER", phone(rng, rng.choice(["US", "GB", "AU", "CA"]), None, rng.choice(["intl", "e164"]))).t(f",billing priority_{rng.randint(1, 4)},\"charged twice on ").v("CREDIT_CARD", card(rng)).t(f", order {rng.randint(10 ** 7, 10 ** 8)}\"\n")
    else:
        d.t("Agent (Priya): Thanks for waiting. Can you confirm the card number?\nCustomer: ").v("CREDIT_CARD", card(rng))
        d.t("\nCustomer: and my SSN if you need it ").v("US_SSN", ssn(rng)).t(f"\nAgent (Priya): Got it. For security I only see {card_masked(rng)} on the account.\nCustomer: also my new number ").v("PHONE_NUMBER", phone_us(rng))
        d.t(f"\n[system] chat transcript {rng.randint(10 ** 7, 10 ** 8)} from ").v("IP_ADDRESS", ipv4(rng))
    return d.text(), d.spans, f"https://{rng.choice(['brightdesk', 'acmehelp'])}.zendesk.com/api/v2/tickets"


def ofx_statement(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        d.t(f"<STMTTRN>\n<TRNTYPE>XFER\n<DTPOSTED>2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}\n<TRNAMT>-{rng.randint(100, 9999)}.00\n<MEMO>CARD PAYMENT FROM ").v("CREDIT_CARD", card(rng, None, "plain")).t(f"\n<FITID>{rng.randint(10 ** 9, 10 ** 10)}\n<NAME>INTL WIRE\n<MEMO>TO ")
        d.v("IBAN_CODE", iban(rng, rng.choice(["DE", "NL", "AT", "IE", "PL", "RO"]))).t(f" REF {rng.randint(10 ** 6, 10 ** 7)}\n</STMTTRN>")
    elif layout == 1:
        d.t(f"<BANKACCTFROM>\n<BANKID>{rng.randint(100000000, 399999999)}\n<ACCTID>{rng.randint(10 ** 9, 10 ** 10)}\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<MEMO>DEBIT CARD ").v("CREDIT_CARD", card(rng, "visa", "plain")).t("\n<MEMO>Wire to ")
        d.v("IBAN_CODE", iban(rng, rng.choice(["FI", "LT", "SI", "HU"]), "plain")).t(" (corrected from " + iban_bad(rng, "DE").replace(" ", "") + ")\n<MEMO>CARD ").v("CREDIT_CARD", card(rng, None, "plain"))
    else:
        d.t("<CCSTMTRS>\n<CCACCTFROM><ACCTID>").v("CREDIT_CARD", card(rng, None, "plain")).t(f"</ACCTID></CCACCTFROM>\n<STMTTRN><NAME>PAYPAL *{rng.choice(['ETSY', 'STEAM'])} 402-935-7733</NAME><TRNAMT>-{rng.randint(5, 300)}.{rng.randint(10, 99)}</TRNAMT></STMTTRN>\n</CCSTMTRS>\n<CCSTMTRS>\n<CCACCTFROM><ACCTID>").v("CREDIT_CARD", card(rng, None, "plain")).t("</ACCTID></CCACCTFROM>\n</CCSTMTRS>")
    return d.text(), d.spans, f"https://ofx.{rng.choice(['firstprairiebank', 'tulsafcu'])}.com/download"


def openvpn_status(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        d.t("OpenVPN CLIENT LIST\nCommon Name,Real Address,Bytes Received,Bytes Sent,Connected Since\n")
        for _ in range(3):
            d.t(f"{rng.choice(USERS)},").v("IP_ADDRESS", ipv4(rng)).t(f":{rng.randint(1024, 65535)},{rng.randint(10 ** 5, 10 ** 8)},{rng.randint(10 ** 5, 10 ** 8)},2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 0{rng.randint(0, 9)}:00:00\n")
        d.t("ROUTING TABLE\nVirtual Address,Common Name\n").v("IP_ADDRESS", ipv4(rng, True)).t(f",{rng.choice(USERS)}\nGLOBAL STATS\nMax bcast/mcast queue length,0")
    elif layout == 1:
        d.t(f"CLIENT_LIST\t{rng.choice(USERS)}\t[").v("IP_ADDRESS", ipv6(rng)).t(f"]:{rng.randint(1024, 65535)}\t").v("IP_ADDRESS", ipv4(rng, True)).t(f"\t\t{rng.randint(10 ** 5, 10 ** 7)}\tUNDEF\n")
        d.t("push \"route ").v("IP_ADDRESS", "10.8.0.0").t(" 255.255.255.0\"\npush \"dhcp-option DNS ").v("IP_ADDRESS", ipv4(rng)).t("\"\nserver-ipv6 ").v("IP_ADDRESS", ipv6(rng)).t("/64")
    else:
        d.t(f"{_ts(rng)} ").v("IP_ADDRESS", ipv4(rng)).t(f":{rng.randint(1024, 65535)} TLS: Initial packet from [AF_INET]").v("IP_ADDRESS", ipv4(rng)).t(f", OpenVPN {rng.randint(2, 2)}.{rng.randint(5, 6)}.{rng.randint(0, 12)}\n")
        d.t(f"{_ts(rng)} MULTI: Learn: 0.0.0.0 -> {rng.choice(USERS)}; peer-id={rng.randint(0, 99)}; notify ").v("EMAIL_ADDRESS", email(rng, USERS, DOMS))
    return d.text(), d.spans, f"https://vpn.{rng.choice(DOMS)}/status"


def squid_access_log(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        for _ in range(3):
            d.t(f"{rng.randint(1700000000, 1800000000)}.{rng.randint(100, 999)} {rng.randint(1, 9999):6d} ").v("IP_ADDRESS", ipv4(rng, True)).t(f" TCP_MISS/200 {rng.randint(300, 99999)} GET http://")
            d.v("IP_ADDRESS", ipv4(rng)).t(f"/update/{_ver(rng)}/pkg.tar - HIER_DIRECT/").v("IP_ADDRESS", ipv4(rng)).t(" application/octet-stream\n")
    elif layout == 1:
        d.t("acl localnet src ").v("IP_ADDRESS", "10.0.0.0").t("/8\nacl blocked dst ").v("IP_ADDRESS", ipv4(rng)).t("/32\nhttp_access deny blocked\ncache_mgr ").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t("\ndns_nameservers ").v("IP_ADDRESS", ipv4(rng)).t(" ").v("IP_ADDRESS", ipv6(rng))
    else:
        d.t(f"{rng.randint(1700000000, 1800000000)}.{rng.randint(100, 999)} 12 ").v("IP_ADDRESS", ipv6(rng)).t(" TCP_DENIED/403 3940 GET https://portal.example.org/login?user=")
        d.t(rng.choice(USERS) + "%40" + rng.choice(DOMS) + "&tel=").v("PHONE_NUMBER", phone_us(rng, "dash")).t("&cc=").v("CREDIT_CARD", card(rng, None, "plain")).t("&ssn=").v("US_SSN", ssn(rng)).t(f"&v={_ver(rng)} - HIER_NONE/- text/html")
    return d.text(), d.spans, f"https://proxy.{rng.choice(DOMS)}/logs/access.log"


def radius_accounting(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        d.t("Acct-Status-Type = Start\nUser-Name = \"").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t("\"\nNAS-IP-Address = ").v("IP_ADDRESS", ipv4(rng, True)).t("\nFramed-IP-Address = ").v("IP_ADDRESS", ipv4(rng))
        d.t("\nCalling-Station-Id = \"").v("PHONE_NUMBER", phone(rng, rng.choice(["US", "GB", "DE"]), "mobile", "e164")).t(f"\"\nAcct-Session-Id = \"{rng.randint(10 ** 7, 10 ** 8):X}\"\nFramed-IP-Netmask = 255.255.255.252")
    elif layout == 1:
        d.t("username\tnasip\tframedip\tcalling\tsession_time\n")
        for _ in range(3):
            d.t(f"{rng.choice(USERS)}\t").v("IP_ADDRESS", ipv4(rng, True)).t("\t").v("IP_ADDRESS", ipv4(rng)).t(f"\t{rng.choice(['00-1A-2B-3C-4D-5E', 'A4-5E-60-E8-11-02'])}\t{rng.randint(60, 86400)}\n")
    else:
        d.t(f"rlm_sql: Executing query: INSERT INTO radacct VALUES ('{rng.randint(10 ** 6, 10 ** 7)}', '").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t("', '").v("IP_ADDRESS", ipv6(rng)).t(f"', 'oid 1.3.6.1.4.1.{rng.randint(1000, 40000)}.1', '").v("PHONE_NUMBER", phone_us(rng, "intl")).t("')")
    return d.text(), d.spans, f"https://aaa.{rng.choice(DOMS)}/radacct"


def ansible_inventory(rng: random.Random, layout: int):
    d = Doc()
    if layout == 0:
        d.t("[web]\n")
        for i in range(3):
            d.t(f"web{i + 1} ansible_host=").v("IP_ADDRESS", ipv4(rng, rng.random() < 0.5)).t(f" ansible_port={rng.choice([22, 2222])}\n")
        d.t("[web:vars]\nadmin_email=").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t("\nntp_server=").v("IP_ADDRESS", ipv6(rng)).t(f"\nnginx_version={_ver(rng)}")
    elif layout == 1:
        d.t("all:\n  hosts:\n    db1:\n      ansible_host: ").v("IP_ADDRESS", ipv4(rng)).t("\n      oncall_phone: \"").v("PHONE_NUMBER", phone_us(rng)).t("\"\n    db2:\n      ansible_host: ").v("IP_ADDRESS", ipv6(rng))
        d.t(f"\n  vars:\n    repo: git@github.com:{rng.choice(['acme', 'northwind'])}/infra.git\n    smoke_test_card: \"").v("CREDIT_CARD", card(rng, None, "plain")).t(f"\"\n    bind_addr: 0.0.0.0\n    pkg: left-pad@{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}")
    else:
        d.t("TASK [deploy : notify] ****\nok: [").v("IP_ADDRESS", ipv4(rng)).t("] => {\"msg\": \"paged ").v("PHONE_NUMBER", phone(rng, "US", None, "e164")).t(" and ").v("EMAIL_ADDRESS", email(rng, USERS, DOMS)).t("\"}\n")
        d.t("deploy@bastion:~$ ssh-keygen -R ").v("IP_ADDRESS", ipv4(rng, True)).t("\nlogo@2x.png uploaded")
    return d.text(), d.spans, f"https://git.{rng.choice(DOMS)}/infra/inventory"


MACHINE = {
    "hylafax_xferlog": hylafax_xferlog,
    "smartctl_report": smartctl_report,
    "graphql_response": graphql_response,
    "salesforce_contact_csv": salesforce_contact_csv,
    "zendesk_ticket_json": zendesk_ticket_json,
    "ofx_statement": ofx_statement,
    "openvpn_status": openvpn_status,
    "squid_access_log": squid_access_log,
    "radius_accounting": radius_accounting,
    "ansible_inventory": ansible_inventory,
}
