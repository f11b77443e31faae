"""Machine-output registers of the blind30 PII set (see pii_blind30.py): 10 registers, 3 layouts each."""

from __future__ import annotations

import json

import pii_blind30_values as v
from pii_blind30_values import digits

REGIONS = ["DE", "GB", "FR", "NL", "PL", "ES", "IT", "SE", "BR", "MX", "ZA", "NG", "KE", "AU", "IN", "ID", "PH", "VN"]
IBAN_CC = ["DE", "FR", "NL", "BE", "AT", "ES", "IT", "PL", "SE", "DK", "CH", "LU", "IE", "FI", "PT", "NO"]


def _ts(rng):
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _mail(rng):
    return f"{rng.choice(['ops', 'noc', 'j.meyer', 'anna.k', 'billing', 'lukas', 'sofia.r', 'm.tanaka'])}{rng.choice(['', str(rng.randint(1, 99))])}@" \
           f"{rng.choice(['example-isp.net', 'fibrecom.de', 'netzwerk.at', 'hostline.nl', 'rapidcloud.io', 'telenord.se'])}"


def bgp_looking_glass(rng, P, layout, n):
    asn = rng.randint(1000, 64000)
    pfx = v.ipv4(rng).rsplit(".", 1)[0] + ".0"
    nh = v.ipv4(rng)
    if layout == 0:
        t = (f"lg@rtr{rng.randint(1, 4)}.{rng.choice(['fra', 'ams', 'waw', 'mad'])}> show ip bgp {P('IP_ADDRESS', pfx)}\nBGP routing table entry for {P('IP_ADDRESS', pfx)}/{rng.choice([22, 23, 24])}, version {rng.randint(10**6, 10**8)}\n"
             f"  {asn} 3356 {rng.randint(1000, 64000)}\n    {P('IP_ADDRESS', nh)} from {P('IP_ADDRESS', nh)} ({P('IP_ADDRESS', v.ipv4(rng))})\n"
             f"      Origin IGP, metric 0, localpref 100, valid, external, best\n      Community: {asn}:{rng.randint(100, 9999)} {asn}:{rng.randint(100, 999)}\n"
             f"      Default route 0.0.0.0/0 suppressed; mask 255.255.255.0\n")
    elif layout == 1:
        rows = []
        for _ in range(rng.randint(2, 4)):
            rows.append(f"*> {P('IP_ADDRESS', v.ipv4(rng).rsplit('.', 1)[0] + '.0')}/24  {P('IP_ADDRESS', v.ipv4(rng))}  0  100  0 {rng.randint(1000, 64000)} {rng.randint(1000, 64000)} i")
        t = "   Network          Next Hop            Metric LocPrf Weight Path\n" + "\n".join(rows) + f"\nTotal number of prefixes {rng.randint(900000, 990000)}\n"
    else:
        t = (f"Looking glass query: traceroute6 {P('IP_ADDRESS', v.ipv6(rng))}\n 1  {P('IP_ADDRESS', v.ipv6(rng))}  0.412 ms\n 2  ::1  0.020 ms (local)\n"
             f" 3  {P('IP_ADDRESS', v.ipv6(rng))}  {rng.randint(2, 40)}.{rng.randint(100, 999)} ms\nPeering contact: {P('EMAIL_ADDRESS', 'peering@' + rng.choice(['fibrecom.de', 'hostline.nl', 'telenord.se']))} "
             f"(PeeringDB id {rng.randint(1000, 40000)}); NOC {P('PHONE_NUMBER', v.phone(rng, rng.choice(['DE', 'NL', 'SE']), 'intl', 1))}\n")
    return f"https://lg.{rng.choice(['fibrecom.de', 'hostline.nl', 'telenord.se'])}/query/{n}", t


def hl7_adt_feed(rng, P, layout, n):
    mcid = digits(rng, 10)
    ssn = v.ssn(rng, "-")
    ph = v.us_phone(rng, 0)
    last, first = rng.choice(["DOE", "RIVERA", "NGUYEN", "PATEL", "OLSEN"]), rng.choice(["JANE", "CARLOS", "MAI", "RAVI", "ERIK"])
    if layout == 0:
        t = (f"MSH|^~\\&|EPIC|{rng.choice(['STMARY', 'MERCYWEST'])}|LAB|HOSP|2025{rng.randint(1, 12):02d}{rng.randint(10, 28)}0812||ADT^A04|{mcid}|P|2.5.1\n"
             f"PID|1||MRN{digits(rng, 7)}^^^HOSP^MR||{last}^{first}||19{rng.randint(40, 99)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}|F|||123 MAIN ST^^DAYTON^OH^45402||"
             f"{ph}^PRN^PH~^NET^Internet^{_mail(rng)}|||||ACCT{digits(rng, 8)}|{ssn}\n")
        # mark the PID-19 SSN and the phone / e-mail in place
        t = t.replace(f"|{ssn}\n", f"|{P('US_SSN', ssn)}\n").replace(f"||{ph}^", f"||{P('PHONE_NUMBER', ph)}^")
        em = t.split("^NET^Internet^")[1].split("|")[0]
        t = t.replace(f"^Internet^{em}|", f"^Internet^{P('EMAIL_ADDRESS', em)}|")
    elif layout == 1:
        t = (f"Segment  Field   Name                Value\nPID      PID-5   Patient name        {last}^{first}\nPID      PID-13  Home phone          {P('PHONE_NUMBER', ph)}\n"
             f"PID      PID-19  SSN                 {P('US_SSN', ssn)}\nPID      PID-18  Account number      {digits(rng, 9)}\nMSH      MSH-10  Control ID          {mcid}\n"
             f"MSH      MSH-12  Version             2.5.1\n")
    else:
        t = (f"{_ts(rng)} INFO  hl7-listener[{rng.randint(100, 9999)}] ACK AA for msg {mcid} from {P('IP_ADDRESS', v.ipv4_private(rng))}:{rng.choice([2575, 6661])}\n"
             f"{_ts(rng)} INFO  hl7-listener connection from {P('IP_ADDRESS', v.ipv4(rng))} (vpn peer {P('IP_ADDRESS', v.ipv6(rng))})\n"
             f"{_ts(rng)} WARN  hl7-listener PID-19 malformed: '{v.ssn_invalid(rng)}' (rejected)\n"
             f"{_ts(rng)} INFO  hl7-listener OBX value {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)} units mmol/L\n")
    return f"https://integration.{rng.choice(['stmary', 'mercywest'])}health.org/hl7/{n}", t


def x12_834_enrollment(rng, P, layout, n):
    ctrl = f"{rng.randint(1, 999999999):09d}"
    sub = v.ssn(rng, "")
    dep = v.ssn(rng, "")
    ph = v.us_phone(rng, 0).replace("(", "").replace(") ", "").replace("-", "")
    if layout == 0:
        t = (f"ISA*00*          *00*          *ZZ*{digits(rng, 9)}      *ZZ*CARRIER01      *250301*1200*^*00501*{ctrl}*0*P*:~\n"
             f"GS*BE*SPONSOR*CARRIER*20250301*1200*{rng.randint(1, 9999)}*X*005010X220A1~\nST*834*0001*005010X220A1~\n"
             f"INS*Y*18*021*28*A***FT~\nREF*0F*{digits(rng, 9)}~\nNM1*IL*1*{rng.choice(['SMITH', 'GARCIA', 'LEE'])}*{rng.choice(['ANN', 'JOSE', 'KIM'])}****34*{P('US_SSN', sub)}~\n"
             f"PER*IP**HP*{P('PHONE_NUMBER', ph)}~\nDMG*D8*19{rng.randint(50, 99)}0{rng.randint(1, 9)}15*F~\n"
             f"INS*N*19*021*28*A~\nNM1*IL*1*{rng.choice(['SMITH', 'GARCIA', 'LEE'])}*{rng.choice(['TOM', 'LUZ', 'JIN'])}****34*{P('US_SSN', dep)}~\nSE*{rng.randint(8, 40)}*0001~\n")
    elif layout == 1:
        t = (f"member_id,relationship,ssn,coverage,effective\nM{digits(rng, 8)},subscriber,{P('US_SSN', v.ssn(rng, '-'))},HLT,2025-01-01\n"
             f"M{digits(rng, 8)},spouse,{P('US_SSN', v.ssn(rng, ''))},DEN,2025-01-01\nM{digits(rng, 8)},child,{P('US_SSN', v.ssn(rng, '-'))},VIS,2025-03-01\nM{digits(rng, 8)},child,,VIS,2025-03-01\n# ISA13 {ctrl}  GS06 {rng.randint(1, 9999)}\n")
    else:
        t = (f"834 validation report {_ts(rng)}\nERROR  loop 2100A NM109 '{v.ssn_invalid(rng)}' fails SSN edit\nWARN   loop 2100A PER04 '{ph[:3]}' incomplete\n"
             f"OK     loop 2100A NM109 subscriber SSN {P('US_SSN', v.ssn(rng, '-'))}\nOK     loop 2100A NM109 dependent SSN {P('US_SSN', v.ssn(rng, ''))}\nSubmitter contact {P('EMAIL_ADDRESS', _mail(rng))}\n")
    return f"https://edi.{rng.choice(['benefitsco', 'hrportal', 'enrollhub'])}.com/834/{n}", t


def camt053_statement(rng, P, layout, n):
    cc = rng.choice(IBAN_CC)
    own = v.iban(rng, cc, grouped=False)
    cp = v.iban(rng, rng.choice(IBAN_CC), grouped=False)
    if layout == 0:
        t = (f"<Stmt><Id>STMT{digits(rng, 10)}</Id><ElctrncSeqNb>{rng.randint(1, 365)}</ElctrncSeqNb>\n<Acct><Id><IBAN>{P('IBAN_CODE', own)}</IBAN></Id></Acct>\n"
             f"<Ntry><Amt Ccy=\"EUR\">{rng.randint(10, 9000)}.{rng.randint(10, 99)}</Amt><NtryDtls><TxDtls><RltdPties><DbtrAcct><Id><IBAN>{P('IBAN_CODE', cp)}</IBAN></Id></DbtrAcct></RltdPties>\n"
             f"<RmtInf><Strd><CdtrRefInf><Ref>{v.rf_reference(rng).replace(' ', '')}</Ref></CdtrRefInf></Strd></RmtInf><AcctSvcrRef>{digits(rng, 16)}</AcctSvcrRef></TxDtls></NtryDtls></Ntry></Stmt>\n")
    elif layout == 1:
        t = (f"Booking;Value;Counterparty IBAN;Reference;Amount\n2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)};2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)};{P('IBAN_CODE', cp)};{v.rf_reference(rng)};-{rng.randint(10, 500)},00\n"
             f"2025-0{rng.randint(1, 9)}-2{rng.randint(0, 9)};2025-0{rng.randint(1, 9)}-2{rng.randint(0, 9)};{P('IBAN_CODE', v.iban(rng, rng.choice(IBAN_CC)))};Mandate {v.creditor_id(rng, 'DE')};-{rng.randint(10, 99)},90\n"
             f"2025-0{rng.randint(1, 9)}-0{rng.randint(1, 9)};2025-0{rng.randint(1, 9)}-0{rng.randint(1, 9)};{v.bad_iban(rng, rng.choice(IBAN_CC), grouped=False)};RETURNED AC01 wrong account;+{rng.randint(10, 99)},00\n")
    else:
        t = (f"[import] {_ts(rng)} parsed camt.053 for account {P('IBAN_CODE', own)}: {rng.randint(3, 80)} entries\n[import] BIC {rng.choice(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP', 'COBADEFFXXX'])} ok; "
             f"remittance text contained card {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc'])))} -> flagged for PCI review; "
             f"ISIN in remittance {rng.choice(['US', 'DE', 'NL'])}{digits(rng, 10)} ignored\n[import] sender {P('EMAIL_ADDRESS', _mail(rng))} via {P('IP_ADDRESS', v.ipv4(rng))}\n")
    return f"https://bank-sync.{rng.choice(['kassenbuch', 'ledgerly', 'boekhoud'])}.eu/camt/{n}", t


def smpp_gateway_log(rng, P, layout, n):
    reg = rng.choice(REGIONS)
    dst = v.phone(rng, reg, "e164")
    if layout == 0:
        t = (f"{_ts(rng)} submit_sm seq={rng.randint(1, 99999)} src=INFO dst={P('PHONE_NUMBER', dst)} dcs=0 esm=0 msg_id={digits(rng, 10)}\n"
             f"{_ts(rng)} deliver_sm receipt id:{digits(rng, 10)} sub:001 dlvrd:001 stat:DELIVRD err:000 from {P('IP_ADDRESS', v.ipv4(rng))}\n"
             f"{_ts(rng)} bind_transceiver system_id=acme{rng.randint(1, 9)} from {P('IP_ADDRESS', v.ipv4(rng))}:{rng.choice([2775, 3550])}\n")
    elif layout == 1:
        rows = [f"{P('PHONE_NUMBER', v.phone(rng, rng.choice(REGIONS), 'e164').lstrip('+'))},{digits(rng, 12)},DELIVRD,{rng.randint(1, 3)}" for _ in range(3)]
        t = rng.choice(["msisdn,message_id,status,parts\n", ""]) + "\n".join(rows) + f"\n{rng.randint(10000, 99999)},{digits(rng, 12)},UNDELIV,1\n# exported by {P('IP_ADDRESS', v.ipv4(rng))}\n"
    else:
        t = (f"OTP dispatch report\nto: {P('PHONE_NUMBER', v.phone(rng, reg, 'intl'))}  code: {rng.randint(100000, 999999)}  ttl: 300s\n"
             f"to: {P('PHONE_NUMBER', v.phone(rng, rng.choice(REGIONS), 'intl'))}  code: {rng.randint(100000, 999999)}  ttl: 300s\nshort code {rng.randint(10000, 99999)} · IMEI {v.imei(rng)} · ICCID {v.iccid(rng)}\n")
    return f"https://sms.{rng.choice(['bulkwave', 'textrelay', 'otpgate'])}.io/logs/{n}", t


def whois_record(rng, P, layout, n):
    dom = f"{rng.choice(['kaffeerad', 'lumenbikes', 'zirkel', 'nordfolk', 'papierwerk'])}.{rng.choice(['com', 'net', 'org'])}"
    reg = rng.choice(REGIONS)
    ph = v.phone(rng, reg, "intl", 1)
    ph_w = ph.replace(" ", "", 1).replace(" ", "") if rng.random() < 0.5 else ph
    cc = ph.split(" ")[0]
    whois_ph = cc + "." + "".join(ch for ch in ph[len(cc):] if ch.isdigit())
    if layout == 0:
        t = (f"Domain Name: {dom.upper()}\nRegistry Domain ID: {digits(rng, 10)}_DOMAIN_COM-VRSN\nRegistrar Abuse Contact Email: {P('EMAIL_ADDRESS', 'abuse@' + rng.choice(['namehub.com', 'regplus.net']))}\n"
             f"Registrar Abuse Contact Phone: {P('PHONE_NUMBER', whois_ph)}\nRegistrant Email: Please query the RDDS service of the Registrar of Record\n"
             f"Name Server: NS1.{dom.upper()} ({P('IP_ADDRESS', v.ipv4(rng))})\nName Server: NS2.{dom.upper()} ({P('IP_ADDRESS', v.ipv6(rng))})\nDNSSEC: unsigned\n")
    elif layout == 1:
        ip = v.ipv4(rng)
        t = (f"inetnum:        {P('IP_ADDRESS', ip.rsplit('.', 1)[0] + '.0')} - {P('IP_ADDRESS', ip.rsplit('.', 1)[0] + '.255')}\nnetname:        {dom.split('.')[0].upper()}-NET\n"
             f"admin-c:        {rng.choice('ABCDEFG')}{rng.choice('HIJK')}{rng.randint(100, 9999)}-RIPE\nphone:          {P('PHONE_NUMBER', ph_w)}\n"
             f"e-mail:         {P('EMAIL_ADDRESS', 'hostmaster@' + dom)}\nmnt-by:         MNT-{dom.split('.')[0].upper()}\nsource:         RIPE # Filtered\n")
    else:
        t = (f"% Abuse contact for '{P('IP_ADDRESS', v.ipv6(rng))}' is '{P('EMAIL_ADDRESS', 'abuse@' + dom)}'\nroute6:         {P('IP_ADDRESS', v.ipv6(rng).rsplit(':', 4)[0] + '::')}/32\n"
             f"origin:         AS{rng.randint(1000, 64000)}\nremarks:        snmp oid {v.oid(rng)}\n")
    return f"https://whois.{rng.choice(['lookup-tools', 'netinfo', 'domaincheck'])}.net/{dom}", t


def mysqldump_insert(rng, P, layout, n):
    if layout == 0:
        vals = []
        for i in range(rng.randint(2, 4)):
            vals.append(f"({rng.randint(1, 9999)},'{P('EMAIL_ADDRESS', _mail(rng))}','{P('PHONE_NUMBER', v.phone(rng, rng.choice(REGIONS), 'intl'))}','{P('CREDIT_CARD', v.card(rng, sep=''))}','{rng.randint(1, 12):02d}/{rng.randint(26, 31)}')")
        t = (f"-- MySQL dump 10.13  Distrib 8.0.{rng.randint(20, 39)}\n/*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */\n"
             f"INSERT INTO `customers` VALUES {','.join(vals)};\n")
    elif layout == 1:
        t = (f"+----+------------------------+------------------+\n| id | email                  | last_ip          |\n+----+------------------------+------------------+\n"
             f"| {rng.randint(1, 99)} | {P('EMAIL_ADDRESS', _mail(rng))} | {P('IP_ADDRESS', v.ipv4(rng))} |\n| {rng.randint(100, 999)} | NULL | 127.0.0.1 |\n"
             f"| {rng.randint(1000, 9999)} | {P('EMAIL_ADDRESS', _mail(rng))} | {P('IP_ADDRESS', v.ipv6(rng))} |\n| {rng.randint(1000, 9999)} | deleted-{digits(rng, 6)} | {P('IP_ADDRESS', v.ipv4(rng))} |\n+----+------------------------+------------------+\n")
    else:
        t = (f"-- Host: {P('IP_ADDRESS', v.ipv4(rng))}    Database: shop\nGRANT SELECT ON shop.* TO 'report'@'{v.ipv4_private(rng).rsplit('.', 1)[0]}.%';\nUPDATE payments SET pan='{v.card_masked(rng)}', token='tok_{digits(rng, 16)}' WHERE id={rng.randint(1, 9999)};\n"
             f"UPDATE payments SET pan='{P('CREDIT_CARD', v.card(rng, sep=''))}' WHERE id={rng.randint(1, 9999)}; -- legacy row, not yet tokenised\n"
             f"UPDATE users SET iban='{P('IBAN_CODE', v.iban(rng, rng.choice(IBAN_CC), grouped=False))}', vat='{rng.choice(['DE', 'FR', 'NL'])}{digits(rng, 9)}' WHERE id={rng.randint(1, 9999)};\n")
    return f"https://paste.{rng.choice(['dumpbin', 'sqlshare', 'snip'])}.dev/{digits(rng, 6)}", t


def helpdesk_ticket_json(rng, P, layout, n):
    reg = rng.choice(REGIONS)
    if layout == 0:
        em, ph = _mail(rng), v.phone(rng, reg, rng.choice(["intl", "e164"]))
        body = {"id": rng.randint(10000, 99999), "requester": {"email": "@@E@@", "phone": "@@P@@"}, "subject": "Refund not received",
                "description": "Order #" + digits(rng, 9) + " charged twice, card ending " + str(rng.randint(1000, 9999)),
                "via": {"channel": "web", "source": {"ip": "@@I@@"}}, "app_version": v.version4(rng),
                "custom_fields": {"card_number": "@@C@@", "imei": v.imei(rng)},
                "headers": {"Message-ID": f"<CA+{digits(rng, 6)}x{rng.randint(10**9, 10**10)}@mail.gmail.com>", "X-Mailer": "lodash@4.17.21 mailer"}}
        t = json.dumps(body, ensure_ascii=False, indent=1) + "\n"
        t = t.replace("@@E@@", P("EMAIL_ADDRESS", em)).replace("@@P@@", P("PHONE_NUMBER", ph)).replace("@@I@@", P("IP_ADDRESS", v.ipv4(rng)))
        t = t.replace("@@C@@", P("CREDIT_CARD", v.card(rng, sep=rng.choice(["", " "]))) if rng.random() < 0.7 else v.card_masked(rng))
    elif layout == 1:
        t = (f"Ticket\tCreated\tRequester\tPhone\tTags\n#{rng.randint(10000, 99999)}\t{_ts(rng)}\t{P('EMAIL_ADDRESS', _mail(rng))}\t{P('PHONE_NUMBER', v.phone(rng, reg, 'intl'))}\tbilling\n"
             f"#{rng.randint(10000, 99999)}\t{_ts(rng)}\tnoreply@{rng.choice(['shopfront', 'mailer'])}\t—\tspam\n"
             f"access: GET /unsubscribe?email={P('EMAIL_ADDRESS', _mail(rng))}&list=news HTTP/1.1 from {P('IP_ADDRESS', v.ipv4(rng))}\n"
             f"#{rng.randint(10000, 99999)}\t{_ts(rng)}\tweb form from {P('IP_ADDRESS', v.ipv4(rng))}\tcard {P('CREDIT_CARD', v.card(rng, sep='-'))}\tpci-scrub\n")
    else:
        t = (f"Customer: hi, you charged my card {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'amex'])))} twice!!\n"
             f"Agent: Sorry about that. For security please don't post full card numbers; I see the charges on {v.card_masked(rng)}.\n"
             f"Customer: refund to {P('IBAN_CODE', v.iban(rng, rng.choice(IBAN_CC)))} instead? my number is {P('PHONE_NUMBER', v.phone(rng, reg, 'nat'))}\n"
             f"Customer: sorry that was my old one, the new card is {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'disc', 'jcb']), sep=rng.choice([' ', '-', ''])))}\n"
             f"Agent: Noted under case {rng.randint(1000000, 9999999)}. Gift card {v.luhn_other_prefix(rng)} issued as goodwill.\n")
    return f"https://support.{rng.choice(['shopfront', 'cartly', 'vendora'])}.com/tickets/{n}", t


def ocpp_charger_log(rng, P, layout, n):
    cp = f"CP-{rng.choice(['DE', 'NL', 'FR'])}-{digits(rng, 6)}"
    emaid = f"{rng.choice(['NL', 'DE'])}-{rng.choice(['TNM', 'EON', 'SHL'])}-C{digits(rng, 8)}-{rng.choice('ABCDEFGHJK')}"
    if layout == 0:
        t = (f"[{_ts(rng)}] {cp} -> CSMS [2,\"{digits(rng, 8)}\",\"Authorize\",{{\"idTag\":\"{emaid}\"}}]\n"
             f"[{_ts(rng)}] {cp} -> CSMS [2,\"{digits(rng, 8)}\",\"BootNotification\",{{\"firmwareVersion\":\"{v.version4(rng)}\",\"iccid\":\"{v.iccid(rng)}\",\"imsi\":\"2620{digits(rng, 11)}\"}}]\n"
             f"[{_ts(rng)}] {cp} -> CSMS [2,\"{digits(rng, 8)}\",\"DataTransfer\",{{\"vendorId\":\"payter\",\"data\":\"pan={P('CREDIT_CARD', v.card(rng, sep=''))};exp={rng.randint(1, 12):02d}{rng.randint(26, 30)}\"}}]\n"
             f"[{_ts(rng)}] csms image registry.voltway.eu/csms@sha256:{''.join(rng.choice('0123456789abcdef') for _ in range(16))}\n"
             f"[{_ts(rng)}] {cp} connected from {P('IP_ADDRESS', v.ipv4(rng))} (ws, OCPP1.6J)\n"
             f"[{_ts(rng)}] {cp} reconnect via {P('IP_ADDRESS', v.ipv6(rng))} after {rng.randint(2, 90)}s; watchdog ping skipped\n")
    elif layout == 1:
        t = (f"session_id;charge_point;id_tag;kWh;payment\n{digits(rng, 9)};{cp};{emaid};{rng.randint(5, 60)},{rng.randint(100, 999)};"
             f"{P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'mc2'])))}\n{digits(rng, 9)};{cp};{emaid};{rng.randint(5, 60)},{rng.randint(100, 999)};{P('CREDIT_CARD', v.card(rng, rng.choice(['amex', 'jcb', 'unionpay', 'diners'])))}\n{digits(rng, 9)};{cp};{rng.choice('0123456789ABCDEF')}{digits(rng, 7)};{rng.randint(5, 60)},{rng.randint(100, 999)};{v.card_masked(rng)}\n")
    else:
        t = (f"Ad-hoc payment receipt — {cp}\nCard: {v.card_masked(rng)}\nTerminal ID: {digits(rng, 8)}  AID: A00000000{rng.choice(['31010', '41010'])}\n"
             f"Support: {P('PHONE_NUMBER', v.phone(rng, rng.choice(['DE', 'NL', 'FR']), 'intl', 2))} / {P('EMAIL_ADDRESS', 'support@' + rng.choice(['chargepoint-ops.eu', 'laadpaal.nl']))}\n")
    return f"https://csms.{rng.choice(['laadnet', 'ladepunkt', 'voltway'])}.eu/logs/{n}", t


def emv_terminal_journal(rng, P, layout, n):
    if layout == 0:
        pan = v.card(rng, sep="")
        t = (f"{_ts(rng)} TID {digits(rng, 8)} MID {digits(rng, 15)}\nTVR 0000008000 TSI E800 AID A0000000041010\n"
             f"DEBUG track2 decoded PAN={P('CREDIT_CARD', pan)} EXP={rng.randint(26, 31)}{rng.randint(1, 12):02d}\nSTAN {rng.randint(1, 999999):06d} RRN {digits(rng, 12)} AUTH {rng.randint(100000, 999999)}\n"
             f"DEBUG retry PAN={P('CREDIT_CARD', v.card(rng, sep=''))} host={P('IP_ADDRESS', v.ipv4(rng))}:{rng.choice([443, 5000, 9000])}\n")
    elif layout == 1:
        t = "time,pan,amount,result\n" + "".join(
            f"{rng.randint(8, 21)}:{rng.randint(10, 59)},{v.card_masked(rng)},{rng.randint(1, 300)}.{rng.randint(10, 99)},APPROVED\n" for _ in range(2))
        for _ in range(rng.randint(2, 4)):
            t += f"{rng.randint(8, 21)}:{rng.randint(10, 59)},{P('CREDIT_CARD', v.card(rng, sep=''))},{rng.randint(1, 300)}.{rng.randint(10, 99)},FALLBACK-MAGSTRIPE\n"
        t += f"{rng.randint(8, 21)}:{rng.randint(10, 59)},{v.card_bad_luhn(rng, sep='')},0.00,DECLINED-INVALID-PAN\n"
    else:
        t = (f"MERCHANT COPY\nVISA CREDIT\n{v.card_masked(rng)}\nAPPROVAL {rng.randint(100000, 999999)}\nSEQ {digits(rng, 6)}\nTOTAL USD {rng.randint(5, 400)}.{rng.randint(10, 99)}\n"
             f"Questions: {P('PHONE_NUMBER', v.us_phone(rng, 4))}\nhost {P('IP_ADDRESS', v.ipv4(rng))} port 443 TLS 1.2\n"
             f"-- CUSTOMER COPY (printed in error, full PAN) --\n{P('CREDIT_CARD', v.card(rng, 'visa'))}\n")
    return f"https://pos.{rng.choice(['terminalhub', 'paydesk', 'kassa'])}.io/journal/{n}", t


REGISTERS = {f.__name__: f for f in (bgp_looking_glass, hl7_adt_feed, x12_834_enrollment, camt053_statement, smpp_gateway_log,
                                     whois_record, mysqldump_insert, helpdesk_ticket_json, ocpp_charger_log, emv_terminal_journal)}
