"""Machine-output registers of blind set 35 (see pii_blind35.py): logs, exports, dumps, webhooks."""

from __future__ import annotations

import json
import random
import unicodedata

from pii_blind35_values import (
    B,
    C,
    Doc,
    E,
    I,
    P,
    S,
    card,
    card_digits,
    e164,
    email,
    iban,
    iban_bad,
    ipv4,
    ipv6,
    luhn_bad,
    luhn_ok,
    phone,
    ssn,
    us_phone,
)

NAMES = [("Lena", "Vogt", "DE"), ("Marco", "Bianchi", "IT"), ("Sophie", "Martin", "FR"), ("Pieter", "de Vries", "NL"),
         ("Ayşe", "Kaya", "TR"), ("Kenji", "Sato", "JP"), ("Olivia", "Brown", "GB"), ("Lucas", "Silva", "BR"),
         ("Priya", "Nair", "IN"), ("Jake", "Miller", "US"), ("Emma", "Walsh", "IE"), ("Noah", "Tremblay", "CA"),
         ("Zofia", "Nowak", "PL"), ("Mateo", "García", "ES"), ("Chloe", "Wilson", "AU"), ("Andrei", "Popescu", "RO")]
IBAN_OK = {"DE", "IT", "FR", "NL", "TR", "GB", "BR", "IE", "PL", "ES", "RO"}


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _person(rng: random.Random) -> dict:
    first, last, cc = rng.choice(NAMES)
    plain, f = _ascii(last), _ascii(first)
    return {"first": first, "last": last, "cc": cc,
                "phone": us_phone(rng, rng.choice(["dash", "paren", "plus1"])) if cc == "US" else phone(rng, cc, "mobile", rng.choice(["intl", "e164", "nat"])),
                "email": email(rng, f, plain, ["gmail.com", "outlook.com", "gmx.de", "yahoo.co.uk", "proton.me", "icloud.com", "web.de", "orange.fr"]),
                "ip": ipv4(rng) if rng.random() < 0.7 else ipv6(rng),
                "iban": iban(rng, cc if cc in IBAN_OK else "DE", rng.choice(["compact", "groups"]))}


def _ts(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _imei(rng: random.Random) -> str:
    body = "35" + _d(rng, 12)
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


def home_assistant_log(rng, doc: Doc, k: int):
    a, b = _person(rng), _person(rng)
    lan = ipv4(rng, private=True)
    if k % 3 == 0:
        ts = _ts(rng)
        doc.f(f"{ts}.{_d(rng, 3)} WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request "
              "with invalid authentication from {ip} ({ip2}). Requested URL: '/auth/token'. (Mozilla/5.0)\n",
              ip=(I, a["ip"]), ip2=(I, a["ip"]) if rng.random() < 0.5 else "unknown")
        doc.f(f"{ts}.{_d(rng, 3)} INFO (MainThread) [homeassistant.components.zha] Device 00:15:8d:00:{_d(rng, 2)}:5a:3b:2c joined via {{lan}}\n", lan=(I, lan))
        doc.f(f"{ts}.{_d(rng, 3)} INFO (SyncWorker_3) [homeassistant.components.twilio_sms.notify] Sent SMS to {{p}} (sid SM{_d(rng, 10)})\n", p=(P, a["phone"]))
        doc.f(f"{ts}.{_d(rng, 3)} INFO (MainThread) [homeassistant.setup] Setup of domain shelly took 0.4 seconds; firmware {{v}}\n", v=("X", f"1.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(1, 40)}"))
        doc.f(f"{ts}.{_d(rng, 3)} ERROR (MainThread) [homeassistant.components.smtp] Could not send to {{e}}: 550 5.1.1\n", e=(E, b["email"]))
    elif k % 3 == 1:
        doc.t("# configuration.yaml (excerpt)\nhttp:\n  use_x_forwarded_for: true\n  trusted_proxies:\n")
        doc.f("    - {lan}\n    - {n}\n", lan=(I, lan), n=("X", "127.0.0.1"))
        doc.f("notify:\n  - name: family_sms\n    platform: twilio_sms\n    from_number: \"{f}\"\n", f=(P, e164(a["phone"], a["cc"])))
        doc.f("  - name: email_alerts\n    platform: smtp\n    recipient:\n      - {e}\n", e=(E, a["email"]))
        doc.f("homeassistant:\n  external_url: \"https://{ip}:8123\"\n  internal_url: \"http://{lan}:8123\"\n", ip=(I, a["ip"]) if ":" not in a["ip"] else ("X", "ha.local"), lan=(I, ipv4(rng, private=True)))
        doc.f("  # netmask {m}, version {v}\n", m=("X", "255.255.255.0"), v=("X", f"2026.{rng.randint(1, 12)}.{rng.randint(0, 4)}"))
    else:
        people = [{"id": a["first"].lower(), "name": f"{a['first']} {a['last']}", "user_id": _d(rng, 16), "device_trackers": ["device_tracker.pixel_8"]},
                  {"id": b["first"].lower(), "name": f"{b['first']} {b['last']}", "user_id": _d(rng, 16), "device_trackers": []}]
        doc.t('{"version": 2, "key": "person", "data": {"items": [')
        for j, p in enumerate(people):
            doc.t(("" if j == 0 else ", ") + json.dumps(p, ensure_ascii=False)[:-1] + ', "notify_phone": "')
            doc.v(P, a["phone"] if j == 0 else b["phone"])
            doc.t('", "email": "')
            doc.v(E, a["email"] if j == 0 else b["email"])
            doc.t('"}')
        doc.f(']}, "last_ip": "{ip}", "imei": "{im}"}}', ip=(I, b["ip"]), im=("X", _imei(rng)))


def mastodon_admin_report(rng, doc: Doc, k: int):
    a = _person(rng)
    handle = f"@{a['first'].lower()}{_d(rng, 2)}@{rng.choice(['mastodon.social', 'fosstodon.org', 'chaos.social', 'mstdn.jp'])}"
    if k % 3 == 0:
        doc.f(f"Report #{_d(rng, 5)} · Open\nReported account: {{h}}\nCategory: spam · Forwarded from remote instance\n", h=("X", handle))
        doc.f("Sign-up e-mail: {e}\nSign-up IP: {ip}\nMost recent IP: {ip2}\n", e=(E, a["email"]), ip=(I, a["ip"]), ip2=(I, ipv4(rng)))
        doc.f("Moderator note: the bio lists a phone number ({p}) for 'crypto recovery'; the post links to pkg {pk}.\n",
              p=(P, a["phone"]), pk=("X", f"wallet-helper@{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"))
        doc.f("Reported post: \"fresh cvv {c}|0{mm}/2{yy}|{cv} and {c2} — DM for more\"\n", c=(C, card(rng, sep="")),
              mm=rng.randint(1, 9), yy=rng.randint(7, 9), cv=_d(rng, 3), c2=(C, card(rng)))
        doc.f("Message-ID of forwarded report: {m}\n", m=("X", f"<{_d(rng, 10)}.{_d(rng, 4)}@mastodon.social>"))
    elif k % 3 == 1:
        doc.t('[{"id": "' + _d(rng, 18) + '", "username": "' + a["first"].lower() + '", "domain": null, "email": "')
        doc.v(E, a["email"])
        doc.t('", "ip": "')
        doc.v(I, a["ip"])
        doc.t('", "ips": [{"ip": "')
        doc.v(I, ipv4(rng))
        doc.t('", "used_at": "' + _ts(rng).replace(" ", "T") + '.000Z"}, {"ip": "')
        doc.v(I, ipv6(rng))
        doc.f('"}], "locale": "en", "invite_request": "call me {p}", "confirmed": true, "account": {{"acct": "{h}"}}}]',
              p=(P, a["phone"]), h=("X", handle[1:].split("@")[0]))
    else:
        doc.t("#domain,#severity,#reject_media,#public_comment\n")
        for _ in range(rng.randint(2, 4)):
            doc.t(f"spam{_d(rng, 3)}.example,suspend,true,\"abuse from ")
            doc.v(I, ipv4(rng))
            doc.t("\"\n")
        doc.f("# email domain blocks: {e} (sample account), ip block {ip}/32 sign_up_block\n", e=(E, a["email"]), ip=(I, ipv4(rng)))


def woocommerce_order_csv(rng, doc: Doc, k: int):
    if k % 3 == 0:
        doc.t('"Order Number","Order Date","Billing Phone","Billing Email","Customer IP Address","Order Total","Tracking"\n')
        for _ in range(rng.randint(2, 5)):
            p = _person(rng)
            doc.t(f'"{_d(rng, 5)}","{_ts(rng)}","')
            doc.v(P, p["phone"])
            doc.t('","')
            doc.v(E, p["email"])
            doc.t('","')
            doc.v(I, p["ip"])
            doc.f('","{t}","{tr}"\n', t=f"{rng.randint(9, 300)}.{_d(rng, 2)}", tr=("X", f"1Z{_d(rng, 4)}A{_d(rng, 10)}"))
    elif k % 3 == 1:
        p = _person(rng)
        doc.f(f"[Shop] New order #{_d(rng, 5)}\n\nYou've received the following order from {p['first']} {p['last']}:\n"
              "Billing address\n{first} {last}\n{zip} {city}\n{ph}\n{em}\n\nPayment method: Bank transfer to {ib}\n"
              "Customer note: please ring {ph2} before delivery, not the gate code {gate}.\nOrder placed from IP {oip}\n",
              first=p["first"], last=p["last"], zip=("X", _d(rng, 5)), city="Berlin", ph=(P, p["phone"]), em=(E, p["email"]),
              ib=(B, iban(rng, "DE")), ph2=(P, phone(rng, p["cc"] if p["cc"] != "US" else "CA", "mobile", "intl")), gate=("X", _d(rng, 6)), oip=(I, p["ip"]))
    else:
        p = _person(rng)
        d = card_digits(rng)
        doc.t("array(7) {\n  [\"_billing_phone\"]=>\n  string(" + str(len(p["phone"])) + ") \"")
        doc.v(P, p["phone"])
        doc.t("\"\n  [\"_customer_ip_address\"]=>\n  string(" + str(len(p["ip"])) + ") \"")
        doc.v(I, p["ip"])
        doc.t("\"\n  [\"_cc_number\"]=>\n  string(" + str(len(d)) + ") \"")
        doc.v(C, d)
        doc.f("\"\n  [\"_gift_card\"]=>\n  string(16) \"{g}\"\n  [\"_order_key\"]=>\n  string(22) \"wc_order_{ok}\"\n  [\"_billing_email\"]=>\n  string({n}) \"{e}\"\n}}",
              g=("X", luhn_bad(rng)), ok=_d(rng, 13), n=len(p["email"]), e=(E, p["email"]))


def typeform_responses_csv(rng, doc: Doc, k: int):
    if k % 3 == 0:
        doc.t("#,What's your full name?,And your phone number?,Where should we send the refund? (IBAN),Card for the deposit,Network ID,Submit Date (UTC)\n")
        for _ in range(rng.randint(2, 4)):
            p = _person(rng)
            doc.t(f"{_d(rng, 6)}x{_d(rng, 4)},{p['first']} {p['last']},")
            doc.v(P, p["phone"])
            doc.t(",")
            doc.v(B, p["iban"]) if rng.random() < 0.8 else doc.x(iban_bad(rng, "DE"))
            doc.t(",")
            doc.v(C, card(rng)) if rng.random() < 0.7 else doc.x("n/a")
            doc.t(f",{_d(rng, 10)}a{_d(rng, 3)},{_ts(rng)}\n")
    elif k % 3 == 1:
        p = _person(rng)
        doc.t('{"event_type": "form_response", "form_response": {"form_id": "lT4Z3j", "answers": [{"type": "phone_number", "phone_number": "')
        doc.v(P, e164(p["phone"], p["cc"]))
        doc.t('"}, {"type": "email", "email": "')
        doc.v(E, p["email"])
        doc.t('"}, {"type": "text", "text": "W-9 SSN ')
        doc.v(S, ssn(rng))
        doc.f('"}, {"type": "number", "number": {n}}], "hidden": {{"ip": "{ip}", "ref": "{r}"}}}}}}',
              n=("X", _d(rng, 10)), ip=(I, p["ip"]), r=("X", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 4)}"))
    else:
        p = _person(rng)
        doc.f("New response to \"Volunteer sign-up 2027\"\n\nName: {n}\nPhone: {ph}\nEmail: {em}\nShirt size: M\n"
              "Emergency contact: {ph2}\nRespondent IP: {ip}\nResponse ID: {rid}\n",
              n=f"{p['first']} {p['last']}", ph=(P, p["phone"]), em=(E, p["email"]),
              ph2=(P, us_phone(rng) if p["cc"] == "US" else phone(rng, p["cc"], "fixed", "intl")), ip=(I, p["ip"]), rid=("X", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}"))


def xero_contacts_csv(rng, doc: Doc, k: int):
    if k % 3 == 0:
        doc.t("*ContactName,EmailAddress,MobileNumber,BankAccountNumber,TaxNumber,AccountNumber\n")
        for _ in range(rng.randint(2, 5)):
            p = _person(rng)
            doc.t(f"{p['last']} Ltd,")
            doc.v(E, p["email"])
            doc.t(",")
            doc.v(P, p["phone"])
            doc.t(",")
            doc.v(B, p["iban"])
            doc.f(",{t},CUST-{a}\n", t=("X", f"GB{_d(rng, 9)}"), a=_d(rng, 4))
    elif k % 3 == 1:
        p = _person(rng)
        doc.f('{{"Contacts": [{{"ContactID": "{u}", "Name": "{n}", "EmailAddress": "{e}", "BankAccountDetails": "{b}", '
              '"Phones": [{{"PhoneType": "MOBILE", "PhoneNumber": "{ph}"}}, {{"PhoneType": "FAX", "PhoneNumber": ""}}], "TaxNumber": "{t}"}}]}}',
              u=f"{_d(rng, 8)}-aa1c-4f2e-9b1d-{_d(rng, 12)}", n=f"{p['first']} {p['last']}", e=(E, p["email"]),
              b=(B, p["iban"]), ph=(P, p["phone"]), t=("X", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}"))
    else:
        p = _person(rng)
        doc.f("Hi {f},\n\nHere's invoice INV-{inv} for {amt} EUR.\nPay by transfer to {ib} (ref INV-{inv}) or by card in the "
              "online invoice. Your remittance from {bad} bounced: the IBAN check digits are wrong.\n\nQuestions? {ph} or {em}\n",
              f=p["first"], inv=_d(rng, 4), amt=f"{rng.randint(80, 9000)},{_d(rng, 2)}", ib=(B, iban(rng, rng.choice(["IE", "NL", "BE"]))),
              bad=("X", iban_bad(rng, "FR")), ph=(P, p["phone"]), em=(E, f"accounts@{_ascii(p['last'])}-bookkeeping.co.uk"))


def fritzbox_call_list(rng, doc: Doc, k: int):
    own = phone(rng, "DE", "fixed", "nat")
    if k % 3 == 0:
        doc.t("Typ;Datum;Name;Rufnummer;Nebenstelle;Eigene Rufnummer;Dauer\n")
        for _ in range(rng.randint(3, 6)):
            num = phone(rng, "DE", rng.choice(["mobile", "fixed"]), rng.choice(["compact", "compact", "nat"]))
            doc.t(f"{rng.choice([1, 2, 3])};{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.26 {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d};;")
            doc.v(P, num)
            doc.t(";Telefon 1;")
            doc.v(P, own.replace(" ", "")) if rng.random() < 0.4 else doc.t("Festnetz")
            doc.t(f";0:{rng.randint(0, 59):02d}\n")
        doc.t("4;" + f"0{rng.randint(1, 9)}.{rng.randint(1, 12):02d}.26 09:1{rng.randint(0, 9)};;**610;Telefon 1;;0:00\n")
    elif k % 3 == 1:
        wan, gw = ipv4(rng), ipv4(rng)
        doc.f(f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.26 04:0{rng.randint(0, 9)}:11 Internetverbindung wurde erfolgreich hergestellt. "
              "IP-Adresse: {wan}, DNS-Server: {d1} und {d2}, Gateway: {gw}, Breitband-PoP: {pop}\n",
              wan=(I, wan), d1=(I, "1.1.1.1"), d2=(I, "9.9.9.9"), gw=(I, gw), pop=("X", f"FFMJ{_d(rng, 2)}"))
        doc.f("04:09:12 Internetverbindung IPv6 wurde erfolgreich hergestellt. IP-Adresse: {v6}\n", v6=(I, ipv6(rng)))
        doc.f("04:10:02 Anmeldung der IP-Telefonie mit der Rufnummer {own} war nicht erfolgreich. Ursache: DNS-Fehler\n", own=(P, own))
        doc.f("04:12:40 WLAN-Gerät angemeldet (5 GHz), 866 Mbit/s, PC-{mac}, IP {lan}, MAC {mac}.\n",
              mac="3C:A6:2F:" + ":".join(_d(rng, 2) for _ in range(3)), lan=(I, ipv4(rng, private=True)))
        doc.f("04:15:00 Firmware-Version {fw} ist installiert.\n", fw=("X", f"7.{rng.randint(50, 62)}.{_d(rng, 1)}.{_d(rng, 3)}"))
    else:
        caller = phone(rng, "DE", "mobile", rng.choice(["nat", "intl"]))
        doc.f(f"Betreff: FRITZ!Box Anruf: Verpasster Anruf von {{c}}\n\nDatum: {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026 "
              f"{rng.randint(7, 22)}:{rng.randint(10, 59)}\nAnrufer: {{c2}}\nAngerufene Nummer: {{own}}\nNebenstelle: **611\n"
              "Diese E-Mail wurde an {e} gesendet. Kundennummer {kd}\n",
              c=(P, caller), c2=(P, caller), own=(P, own), e=(E, email(rng, "jonas", "becker", ["gmx.de", "t-online.de", "web.de"])),
              kd=("X", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}"))


def android_logcat(rng, doc: Doc, k: int):
    p = _person(rng)
    ts = f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{_d(rng, 3)}"
    if k % 3 == 0:
        doc.f(f"{ts}  {rng.randint(900, 3000)}  {rng.randint(900, 5000)} I SmsReceiver: onReceive from {{p}} len=142\n", p=(P, e164(p["phone"], p["cc"])))
        doc.f(f"{ts}  1432  1501 D ConnectivityService: LinkProperties{{{{InterfaceName: wlan0 LinkAddresses: [ {{lan}}/24,{{ll}}/64 ] DnsAddresses: [ /{{dns}} ]}}}}\n",
              lan=(I, ipv4(rng, private=True)), ll=(I, ipv6(rng, link_local=True)), dns=(I, ipv4(rng)))
        doc.f(f"{ts}  2210  2210 W Telephony: IMEI={{im}} build {{b}}\n", im=("X", _imei(rng)), b=("X", f"{rng.randint(11, 15)}.0.0.{rng.randint(1, 99)}"))
        doc.f(f"{ts}  4121  4190 I AccountManager: addAccount type=com.google name={{e}}\n", e=(E, p["email"]))
    elif k % 3 == 1:
        doc.t("Bugreport format version: 2.0\nBuild fingerprint: 'google/shiba/shiba:14/UP1A.231005.007/10754064:user/release-keys'\n")
        doc.f("------ DUMPSYS telephony.registry ------\n  mCallIncomingNumber={p}\n  mDataConnectionState=2 apn=internet ip={ip}\n",
              p=(P, p["phone"]), ip=(I, p["ip"]))
        doc.f("  mServiceState={{mVoiceRegState=0 mOperatorAlphaShort=Vodafone mCellIdentity=gci {g} pci {pci}}}\n", g=("X", _d(rng, 9)), pci=_d(rng, 3))
        doc.f("  last SIM ICCID {icc}\n", icc=("X", "8949" + _d(rng, 15)))
    else:
        doc.f(f"{ts} E ContactsProvider: bad row {{{{display_name={p['first']}, data1={{p}}, data2=2}}}}\n", p=(P, p["phone"]))
        doc.f(f"{ts} W Gmail: sync failed for {{e}}: host {{ip}} unreachable\n", e=(E, p["email"]), ip=(I, p["ip"]))
        doc.f(f"{ts} I WalletTap: token ready for card ****{_d(rng, 4)} (DPAN {{dp}})\n", dp=("X", luhn_bad(rng)))


def bitwarden_vault_export(rng, doc: Doc, k: int):
    p = _person(rng)
    cnum = card_digits(rng)
    if k % 3 == 0:
        doc.t("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n")
        doc.t(",1,login,Bank portal,\"IBAN ")
        doc.v(B, p["iban"])
        doc.t("\",\"PIN: " + _d(rng, 4) + "\",0,https://bank.example/login,")
        doc.v(E, p["email"])
        doc.t("," + _d(rng, 3) + "Xq!" + _d(rng, 3) + ",\n")
        doc.t("Home,0,note,Router,\"admin panel http://")
        doc.v(I, ipv4(rng, private=True))
        doc.t(" · WAN ")
        doc.v(I, p["ip"])
        doc.f(" · mask {m}\",,0,,,,\n", m=("X", "255.255.255.0"))
        doc.f("Home,0,note,Spare phone,\"SIM {s}  IMEI {im}\",,0,,,,\n", s=(P, p["phone"]), im=("X", _imei(rng)))
    elif k % 3 == 1:
        doc.t('{"encrypted": false, "items": [{"type": 3, "name": "Travel card", "card": {"cardholderName": "' + p["first"] + " " + p["last"] + '", "brand": "Visa", "number": "')
        doc.v(C, cnum)
        doc.t('", "expMonth": "' + str(rng.randint(1, 12)) + '", "expYear": "20' + str(rng.randint(27, 31)) + '", "code": "' + _d(rng, 3) + '"}}, ')
        doc.t('{"type": 4, "name": "Me", "identity": {"firstName": "' + p["first"] + '", "ssn": "')
        doc.v(S, ssn(rng))
        doc.t('", "passportNumber": "' + _d(rng, 9) + '", "licenseNumber": "' + "D" + _d(rng, 7) + '", "email": "')
        doc.v(E, p["email"])
        doc.t('", "phone": "')
        doc.v(P, p["phone"])
        doc.t('"}}]}')
    else:
        doc.f("Secure note — \"Taxes\"\nSSN {s}\nSpouse SSN {s2}\nEmployer EIN {ein}\nOld ITIN (retired) {itin}\n"
              "Refund deposit: routing {r} acct {a}\nIRS e-file PIN {pin}\nCard for estimated payments: {c} exp 0{m}/2{y}\n",
              s=(S, ssn(rng)), s2=(S, ssn(rng, " ")), ein=("X", f"{_d(rng, 2)}-{_d(rng, 7)}"), itin=("X", f"9{_d(rng, 2)}-7{_d(rng, 1)}-{_d(rng, 4)}"),
              r=("X", "0" + _d(rng, 8)), a=("X", _d(rng, 10)), pin=("X", _d(rng, 5)), c=(C, card(rng)), m=rng.randint(1, 9), y=rng.randint(7, 9))


def pg_dump_copy(rng, doc: Doc, k: int):
    if k % 3 == 0:
        doc.t("--\n-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: shop\n--\n\n"
              "COPY public.customers (id, full_name, phone, email, last_login_ip, payout_iban, created_at) FROM stdin;\n")
        for _ in range(rng.randint(2, 5)):
            p = _person(rng)
            doc.t(f"{rng.randint(100, 99999)}\t{p['first']} {p['last']}\t")
            doc.v(P, p["phone"]) if rng.random() < 0.85 else doc.t("\\N")
            doc.t("\t")
            doc.v(E, p["email"]) if rng.random() < 0.6 else doc.t("\\N")
            doc.t("\t")
            doc.v(I, p["ip"])
            doc.t("\t")
            doc.v(B, p["iban"]) if rng.random() < 0.7 else doc.t("\\N")
            doc.t(f"\t{_ts(rng)}+00\n")
        doc.t("\\.\n")
    elif k % 3 == 1:
        doc.t("INSERT INTO public.employees (emp_id, name, ssn, work_phone, ext, vpn_ip) VALUES\n")
        n = rng.randint(2, 4)
        for j in range(n):
            doc.t(f"  ({rng.randint(1000, 9999)}, '{rng.choice(NAMES)[0]} {rng.choice(NAMES)[1]}', '")
            doc.v(S, ssn(rng, rng.choice(["-", ""])))
            doc.t("', '")
            doc.v(P, us_phone(rng, rng.choice(["dash", "paren"])))
            doc.t(f"', '{_d(rng, 3)}', '")
            doc.v(I, ipv4(rng, private=rng.random() < 0.5))
            doc.t("')" + (",\n" if j < n - 1 else ";\n"))
    else:
        p = _person(rng)
        doc.t("shop=# \\x\nExpanded display is on.\nshop=# SELECT * FROM payments WHERE id = " + _d(rng, 5) + ";\n-[ RECORD 1 ]---+------------------------\n")
        doc.f("id              | {i}\ncard_pan        | {c}\ncard_masked     | {m}\nclient_ip       | {ip}\nbilling_phone   | {ph}\n"
              "gift_code       | {g}\nserver          | {lo}\n",
              i=_d(rng, 5), c=(C, card_digits(rng)), m=("X", f"{_d(rng, 6)}******{_d(rng, 4)}"), ip=(I, p["ip"]), ph=(P, p["phone"]),
              g=("X", luhn_bad(rng)), lo=("X", "::1"))


def calendly_invitee_export(rng, doc: Doc, k: int):
    if k % 3 == 0:
        doc.t("Invitee Name,Invitee Email,Text Reminder Number,Event Type Name,Start Date & Time,Response 1,Canceled\n")
        for _ in range(rng.randint(2, 5)):
            p = _person(rng)
            doc.t(f"{p['first']} {p['last']},")
            doc.v(E, p["email"])
            doc.t(",")
            doc.v(P, p["phone"] if p["phone"][0] == "+" else e164(p["phone"], p["cc"]))
            doc.f(",30 Minute Meeting,{t},\"Order {o}\",false\n", t=_ts(rng), o=("X", f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}"))
    elif k % 3 == 1:
        p = _person(rng)
        doc.t('{"event": "invitee.created", "payload": {"email": "')
        doc.v(E, p["email"])
        doc.t('", "name": "' + p["first"] + " " + p["last"] + '", "text_reminder_number": "')
        doc.v(P, e164(p["phone"], p["cc"]))
        doc.f('", "questions_and_answers": [{{"question": "Best number if the link fails?", "answer": "{p2}"}}], '
              '"tracking": {{"utm_source": "newsletter", "utm_content": "{u}"}}, "ip_address": "{ip}", "timezone": "Europe/Berlin"}}}}',
              p2=(P, phone(rng, p["cc"] if p["cc"] != "US" else "CA", "fixed", "intl")), u=("X", f"{_d(rng, 4)}.{_d(rng, 2)}.{_d(rng, 2)}.{_d(rng, 2)}"), ip=(I, p["ip"]))
    else:
        p = _person(rng)
        doc.f("A new event has been scheduled.\n\nInvitee: {n}\nInvitee Email: {e}\nText Reminder Number: {ph}\n"
              "Event Date/Time: {t} (Central European Time)\nLocation: This is a phone call. {host} will call the invitee at {ph2}.\n"
              "Invitee Time Zone: Europe/Paris\nView event in Calendly\n",
              n=f"{p['first']} {p['last']}", e=(E, p["email"]), ph=(P, p["phone"]), t=_ts(rng), host="Host",
              ph2=(P, p["phone"]))


MACHINE = {
    "home_assistant_log": ("en", "https://community.home-assistant.io/t/{n}", home_assistant_log),
    "mastodon_admin_report": ("en", "https://social.example-instance.net/admin/reports/{n}", mastodon_admin_report),
    "woocommerce_order_csv": ("en", "https://shop-{n}.example.com/wp-admin/export", woocommerce_order_csv),
    "typeform_responses_csv": ("en", "https://pastebin.com/raw/{n}", typeform_responses_csv),
    "xero_contacts_csv": ("en", "https://gist.github.com/anon/{n}", xero_contacts_csv),
    "fritzbox_call_list": ("de", "https://www.ip-phone-forum.de/threads/{n}/", fritzbox_call_list),
    "android_logcat": ("en", "https://issuetracker.google.com/issues/{n}", android_logcat),
    "bitwarden_vault_export": ("en", "https://paste.ee/r/{n}", bitwarden_vault_export),
    "pg_dump_copy": ("en", "https://dba.stackexchange.com/questions/{n}", pg_dump_copy),
    "calendly_invitee_export": ("en", "https://gist.githubusercontent.com/x/{n}/raw", calendly_invitee_export),
}


def machine_doc(rng: random.Random, register: str, k: int) -> tuple[Doc, str, str]:
    lang, url, fn = MACHINE[register]
    doc = Doc()
    fn(rng, doc, k)
    return doc, url.format(n=rng.randint(100000, 9999999)), lang


__all__ = ["MACHINE", "C", "machine_doc"]
