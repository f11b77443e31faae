"""Machine output of telephony, messaging and payment systems for the twenty-seventh blind PII set
(`pii_blind27.py`), each register in three of its tool's shapes. Only the values are labelled: the
number inside a SIP URI (never the URI's user@host), the phone inside JSON / CSV / XML fields, the
shopper's IP and e-mail, the IBAN, the card. Written for this set; no template comes from another
generator.
"""

from __future__ import annotations

from benchmarks import pii_blind27_values as V

REG = ["DE", "GB", "FR", "IT", "ES", "NL", "BR", "MX", "IN", "NG", "ZA", "AU", "PL", "TR", "EG", "SA", "AE", "JP",
       "KR", "ID", "PH", "US", "US", "US", "CA", "AR", "CO", "KE", "SE", "CH"]
DOMS = ["gmail.com", "outlook.com", "web.de", "yahoo.co.uk", "icloud.com", "proton.me", "orange.fr"]
FIRST = ["anna", "liam", "sofia", "mateo", "yuki", "chidi", "priya", "omar", "elena", "noah"]


def e164(rng, plus=True):
    return V.phone(rng, rng.choice(REG), "e164")[0 if plus else 1:]


def epoch(rng):
    return str(rng.randint(1767225600, 1798761600))


def mail(rng):
    return V.email(rng, rng.choice(FIRST) + " " + rng.choice(["k", "m", "s", "weber", "ito"]), DOMS)


def asterisk_queue_log(rng, layout):
    d = V.Doc()
    q = rng.choice(["support", "sales", "billing"])
    for _ in range(rng.randint(3, 6)):
        t = epoch(rng)
        cid = f"{t}.{rng.randint(10, 9999)}"
        if layout == 0:
            d.t(f"{t}|{cid}|{q}|NONE|ENTERQUEUE||").v("PHONE_NUMBER", e164(rng, rng.random() < 0.5)).t(f"|{rng.randint(1, 9)}\n")
            d.t(f"{t}|{cid}|{q}|PJSIP/{rng.randint(200, 299)}|CONNECT|{rng.randint(2, 60)}|{cid}|{rng.randint(1, 9)}\n")
            d.t(f"{t}|{cid}|{q}|PJSIP/{rng.randint(200, 299)}|COMPLETECALLER|{rng.randint(2, 60)}|{rng.randint(30, 900)}|1\n")
        elif layout == 1:
            if _ == 0:
                d.t("time,callid,queuename,agent,event,data1,data2,data3\n")
            d.t(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{cid},{q},NONE,ENTERQUEUE,,")
            d.v("PHONE_NUMBER", V.phone(rng, rng.choice(REG), rng.choice(["e164", "intl"]))).t(f",{rng.randint(1, 9)}\n")
        else:
            d.t(f"[2026-03-{rng.randint(10, 28)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}] VERBOSE[{rng.randint(1000, 99999)}][C-{rng.randint(0, 0xffffff):08x}] app_queue.c: Caller ")
            d.v("PHONE_NUMBER", e164(rng)).t(f" entered queue '{q}' at position {rng.randint(1, 9)} (uniqueid {cid})\n")
    return "https://pbx.example-voice.com/queue_log", d


def sip_traces(rng, layout):
    d = V.Doc()
    host = f"{V.ipv4(rng)}"
    caller = e164(rng)
    callee = V.phone(rng, rng.choice(REG), "e164")
    callid = f"{rng.randint(0, 0xffffffff):08x}-{rng.randint(0, 0xffff):04x}@{host}"
    if layout == 0:
        d.t(f"U 2026/04/{rng.randint(10, 28)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(100000, 999999)} ").v("IP_ADDRESS", V.ipv4(rng)).t(":5060 -> ").v("IP_ADDRESS", host).t(":5060\n")
        d.t("INVITE sip:").v("PHONE_NUMBER", callee).t(f"@{host};user=phone SIP/2.0\n")
        d.t(f"Via: SIP/2.0/UDP {host}:5060;branch=z9hG4bK{rng.randint(10**8, 10**9)}\n")
        d.t('From: "').v("PHONE_NUMBER", caller).t('" <sip:').v("PHONE_NUMBER", caller).t(f"@trunk.carrier.net>;tag={rng.randint(10**6, 10**7)}\n")
        d.t("To: <sip:").v("PHONE_NUMBER", callee).t(f"@{host}>\nCall-ID: {callid}\nCSeq: 102 INVITE\n")
        d.t("P-Asserted-Identity: <tel:").v("PHONE_NUMBER", caller).t(">\nUser-Agent: Yealink SIP-T46S 66.86.0.15\nContent-Length: 0\n")
    elif layout == 1:
        d.t("  Start                    Src                    Dst                    Msg      From                      To\n")
        for _ in range(rng.randint(2, 4)):
            a, b = e164(rng, False), V.phone(rng, rng.choice(REG), "e164")
            d.t(f"  {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}  ").v("IP_ADDRESS", V.ipv4(rng)).t(":5060  ").v("IP_ADDRESS", V.ipv4(rng, "priv")).t(":5060  INVITE   sip:").v("PHONE_NUMBER", a).t("@sbc.local  sip:").v("PHONE_NUMBER", b).t("@sbc.local\n")
    else:
        d.t(f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} sip_server[{rng.randint(100, 9999)}]: 486 Busy Here for call {callid} from sip:")
        d.v("PHONE_NUMBER", caller).t(f"@{host} to tel:").v("PHONE_NUMBER", callee).t(f";phone-context=+{rng.randint(1, 99)} (src ").v("IP_ADDRESS", V.ipv6(rng)).t(")\n")
        d.t(f"registrar: contact sip:alice.{rng.randint(1, 99)}@pbx.example-voice.com expires 3600, agent {V.ipv4(rng)[:0]}Grandstream 1.0.11.3\n")
    return "https://sip.example-voice.com/traces", d


def twilio_logs(rng, layout):
    d = V.Doc()
    sid = "SM" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
    fr, to = e164(rng), e164(rng)
    if layout == 0:
        d.t(f"POST /sms/inbound 200 - AccountSid=AC{rng.randint(10**9, 10**10)}&MessageSid={sid}&From=")
        d.t("%2B" + fr[1:] if False else "")
        d.t("").v("PHONE_NUMBER", fr).t("&To=").v("PHONE_NUMBER", to).t(f"&Body=Order+{V.phoneish(rng).replace(' ', '+')}+shipped&NumSegments=1\n")
    elif layout == 1:
        d.t('{\n  "CallSid": "CA' + "".join(rng.choice("0123456789abcdef") for _ in range(32)) + '",\n  "CallStatus": "completed",\n  "Caller": "')
        d.v("PHONE_NUMBER", fr).t('",\n  "Called": "').v("PHONE_NUMBER", to).t(f'",\n  "CallDuration": "{rng.randint(1, 3600)}",\n  "ForwardedFrom": "')
        d.v("PHONE_NUMBER", e164(rng)).t(f'",\n  "ApiVersion": "2010-04-01",\n  "Timestamp": "{epoch(rng)}"\n}}\n')
    else:
        d.t("sid,date_sent,from,to,status,price\n")
        for _ in range(rng.randint(3, 5)):
            d.t(f"{sid[:20]}{rng.randint(100, 999)},2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)},").v("PHONE_NUMBER", e164(rng)).t(",").v("PHONE_NUMBER", e164(rng)).t(f",delivered,-0.00{rng.randint(10, 99)}\n")
    return "https://console.example-cpaas.com/logs", d


def whatsapp_webhooks(rng, layout):
    d = V.Doc()
    wa = e164(rng, False)
    if layout in (0, 1):
        d.t('{"object":"whatsapp_business_account","entry":[{"id":"' + V.digits(rng, 15) + '","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"')
        d.v("PHONE_NUMBER", e164(rng, False)).t('","phone_number_id":"' + V.digits(rng, 15) + '"},"contacts":[{"profile":{"name":"' + rng.choice(FIRST).title() + '"},"wa_id":"')
        d.v("PHONE_NUMBER", wa).t('"}],"messages":[{"from":"').v("PHONE_NUMBER", wa).t(f'","id":"wamid.HBgM{V.digits(rng, 12)}","timestamp":"{epoch(rng)}","type":"text","text":{{"body":"')
        if layout == 1:
            d.t("my other number is ").v("PHONE_NUMBER", V.phone(rng, rng.choice(REG), "intl")).t(f", order {V.phoneish(rng)}")
        else:
            d.t(f"tracking {V.digits(rng, 12)}")
        d.t('"}}]},"field":"messages"}]}]}\n')
    else:
        d.t(f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:00 INFO wa-bridge: status=read recipient_id=").v("PHONE_NUMBER", wa)
        d.t(f" conversation={V.digits(rng, 16)} pricing=utility\n")
    return "https://hooks.example-chatbot.com/whatsapp", d


def telegram_updates(rng, layout):
    d = V.Doc()
    uid = rng.randint(10**8, 10**10)
    ph = e164(rng, rng.random() < 0.5)
    d.t('{"update_id":' + str(rng.randint(10**8, 10**9)) + ',"message":{"message_id":' + str(rng.randint(1, 9999)) + ',"from":{"id":' + str(uid) + ',"is_bot":false,"first_name":"' + rng.choice(FIRST).title() + '"},"date":' + epoch(rng) + ',')
    if layout == 0:
        d.t('"contact":{"phone_number":"').v("PHONE_NUMBER", ph).t(f'","first_name":"{rng.choice(FIRST).title()}","user_id":{uid}}}}}}}\n')
    elif layout == 1:
        d.t('"text":"call me: ').v("PHONE_NUMBER", V.phone(rng, rng.choice(REG), rng.choice(["intl", "notrunk_sp", "e164"]))).t(f' not {V.digits(rng, 10)} (that is my parcel)"}}}}\n')
    else:
        d.t('"text":"/start"}}\n')
        d.t(f"bot.log: saved lead user={uid} phone=").v("PHONE_NUMBER", ph).t(" email=").v("EMAIL_ADDRESS", mail(rng)).t(f" from {V.ipv4(rng)[:0]}webhook v2.4.1.9\n")
    return "https://bot.example-shop.com/tg/updates", d


def hlr_results(rng, layout):
    d = V.Doc()
    if layout == 0:
        ms = e164(rng, False)
        d.t('{"msisdn":"').v("PHONE_NUMBER", ms).t(f'","status":"DELIVERED","imsi":"{V.digits(rng, 15)}","mccmnc":"{rng.randint(200, 750)}{rng.randint(1, 99):02d}","ported":{str(rng.random() < 0.5).lower()},"original_network":"{rng.choice(["Vodafone", "Orange", "MTN", "Airtel"])}","msc":"{V.digits(rng, 12)}"}}\n')
    elif layout == 1:
        d.t("msisdn;status;network;ported;imsi\n")
        for _ in range(rng.randint(3, 6)):
            d.v("PHONE_NUMBER", e164(rng, rng.random() < 0.3)).t(f";{rng.choice(['OK', 'ABSENT', 'UNKNOWN'])};{rng.randint(200, 750)}{rng.randint(1, 99):02d};0;{V.digits(rng, 15)}\n")
    else:
        d.t("HLR query ").v("PHONE_NUMBER", e164(rng)).t(f" -> MSC {V.digits(rng, 12)}, IMEI {V.imei(rng)}, cost 0.004 EUR, id {V.digits(rng, 10)}\n")
    return "https://api.example-hlr.com/v1/lookup", d


def dialer_exports(rng, layout):
    d = V.Doc()
    if layout == 0:
        d.t("lead_id,first,last,phone_number,alt_phone,email,last_disposition,attempts\n")
        for _ in range(rng.randint(3, 6)):
            d.t(f"{V.digits(rng, 7)},{rng.choice(FIRST).title()},Smith,").v("PHONE_NUMBER", V.us_phone(rng, "bare")).t(",")
            if rng.random() < 0.5:
                d.v("PHONE_NUMBER", V.us_phone(rng, rng.choice(["dash", "paren"])))
            d.t(",").v("EMAIL_ADDRESS", mail(rng)).t(f",{rng.choice(['NA', 'B', 'DNC', 'SALE'])},{rng.randint(1, 9)}\n")
    elif layout == 1:
        d.t("<lead>\n  <list_id>" + V.digits(rng, 4) + "</list_id>\n  <phone>").v("PHONE_NUMBER", V.us_phone(rng, "bare")).t("</phone>\n  <callee>").v("PHONE_NUMBER", V.phone(rng, rng.choice(REG), "e164")).t(f"</callee>\n  <callback_time>2026-05-{rng.randint(10, 28)} 14:30:00</callback_time>\n  <vendor_lead_code>{V.phoneish(rng)}</vendor_lead_code>\n</lead>\n")
    else:
        d.t(f"AGI {rng.randint(10, 23)}:{rng.randint(10, 59)} dialing ").v("PHONE_NUMBER", "1" + V.us_phone(rng, "bare")).t(f" campaign=RENEW{rng.randint(10, 99)} server ").v("IP_ADDRESS", V.ipv4(rng, "priv")).t(f" uniqueid={epoch(rng)}.{rng.randint(100, 999)}\n")
    return "https://dialer.example-callcenter.com/export", d


def adyen_notifications(rng, layout):
    d = V.Doc()
    psp = V.digits(rng, 16)
    if layout == 0:
        d.t('{"live":"false","notificationItems":[{"NotificationRequestItem":{"eventCode":"AUTHORISATION","pspReference":"' + psp + '","merchantReference":"' + V.phoneish(rng) + '","amount":{"currency":"EUR","value":' + str(rng.randint(100, 99999)) + '},"additionalData":{"shopperIP":"')
        d.v("IP_ADDRESS", V.ip(rng)).t('","shopperEmail":"').v("EMAIL_ADDRESS", mail(rng)).t('","telephoneNumber":"').v("PHONE_NUMBER", e164(rng)).t(f'","cardSummary":"{rng.randint(1000, 9999)}","cardBin":"{V.digits(rng, 6)}","authCode":"{rng.randint(10000, 99999)}"}},"success":"true"}}}}]}}\n')
    elif layout == 1:
        d.t("eventCode=REFUND pspReference=" + psp + " iban=").v("IBAN_CODE", V.iban(rng, rng.choice(["DE", "NL", "FR", "BE"]), True)).t(" shopperEmail=").v("EMAIL_ADDRESS", mail(rng)).t(f" giftcard={V.gift_number(rng)} success=true\n")
    else:
        d.t("Merchant Account,Psp Reference,Creation Date,Card Number,Shopper IP,Shopper Phone\n")
        for _ in range(rng.randint(2, 4)):
            d.t(f"ShopEU,{V.digits(rng, 16)},2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)},")
            if rng.random() < 0.4:
                d.v("CREDIT_CARD", V.card_digits(rng))
            else:
                d.t(V.card_masked(rng) if rng.random() < 0.6 else V.card_bad_luhn(rng).replace(" ", ""))
            d.t(",").v("IP_ADDRESS", V.ipv4(rng)).t(",").v("PHONE_NUMBER", e164(rng)).t("\n")
    return "https://ca-test.example-psp.com/notifications", d


def paypal_ipn(rng, layout):
    d = V.Doc()
    txn = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17))
    if layout == 0:
        d.t(f"mc_gross=19.95&protection_eligibility=Eligible&payer_id=Q{V.digits(rng, 6)}&payment_date=08:{rng.randint(10, 59)}:12 Apr {rng.randint(10, 28)}, 2026 PDT&payer_email=")
        d.v("EMAIL_ADDRESS", mail(rng)).t(f"&txn_id={txn}&contact_phone=").v("PHONE_NUMBER", V.us_phone(rng, "dash")).t(f"&residence_country=US&invoice={V.digits(rng, 10)}&ipn_track_id={rng.randint(10**11, 10**12):x}\n")
    elif layout == 1:
        d.t(f"[IPN] VERIFIED txn_id={txn} payer_email=").v("EMAIL_ADDRESS", mail(rng)).t(" receiver_email=").v("EMAIL_ADDRESS", V.email(rng, "billing", ["example-store.com"])).t(" remote_addr=").v("IP_ADDRESS", V.ip(rng)).t(f" notify_version=3.9 charset=UTF-8 custom={V.phoneish(rng)}\n")
    else:
        d.t("Date,Name,Type,Status,Gross,From Email Address,Transaction ID,Contact Phone Number\n")
        for _ in range(rng.randint(2, 4)):
            d.t(f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2026,{rng.choice(FIRST).title()} Lee,Express Checkout Payment,Completed,{rng.randint(5, 300)}.{rng.randint(10, 99)},").v("EMAIL_ADDRESS", mail(rng)).t(f",{txn},").v("PHONE_NUMBER", V.us_phone(rng, rng.choice(["dash", "paren", "plus1"]))).t("\n")
    return "https://shop.example-store.com/paypal/ipn.log", d


def sepa_pain008(rng, layout):
    d = V.Doc()
    msg = f"MSG-{V.digits(rng, 10)}"
    if layout == 2:
        d.t(f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}] pain.008 batch {msg} rejected: debtor IBAN ")
        d.v("IBAN_CODE", V.iban(rng, rng.choice(["DE", "AT", "FR", "IT", "ES"]), True)).t(f" mandate {V.phoneish(rng)} code AC04; look-alike {V.iban_bad(rng, 'DE').replace(' ', '')} ignored\n")
        return "https://bank.example-club.de/sepa/log", d
    d.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">\n<CstmrDrctDbtInitn><GrpHdr><MsgId>{msg}</MsgId><CreDtTm>2026-02-{rng.randint(10, 28)}T09:00:00</CreDtTm><NbOfTxs>{rng.randint(1, 9)}</NbOfTxs></GrpHdr>\n')
    d.t("<PmtInf><Cdtr><Nm>Sportverein</Nm><CtctDtls><PhneNb>").v("PHONE_NUMBER", V.phone(rng, "DE", "e164")[:3] + "-" + V.phone(rng, "DE", "e164")[3:] if False else V.phone(rng, "DE", "intl")).t("</PhneNb></CtctDtls></Cdtr>\n<CdtrAcct><Id><IBAN>")
    d.v("IBAN_CODE", V.iban(rng, "DE", True)).t("</IBAN></Id></CdtrAcct>\n")
    for _ in range(rng.randint(1, 3)):
        d.t(f"<DrctDbtTxInf><InstdAmt Ccy=\"EUR\">{rng.randint(5, 200)}.00</InstdAmt><MndtId>{V.phoneish(rng)}</MndtId><Dbtr><Nm>{rng.choice(FIRST).title()}</Nm>")
        if layout == 1:
            d.t("<CtctDtls><EmailAdr>").v("EMAIL_ADDRESS", mail(rng)).t("</EmailAdr><MobNb>").v("PHONE_NUMBER", V.phone(rng, rng.choice(["DE", "AT", "NL"]), "intl").replace(" ", "-", 1)).t("</MobNb></CtctDtls>")
        d.t("</Dbtr><DbtrAcct><Id><IBAN>").v("IBAN_CODE", V.iban(rng, rng.choice(["DE", "AT", "NL", "FR"]), True)).t("</IBAN></Id></DbtrAcct></DrctDbtTxInf>\n")
    d.t("</PmtInf></CstmrDrctDbtInitn></Document>\n")
    return "https://bank.example-club.de/sepa/export", d


def fraud_exports(rng, layout):
    d = V.Doc()
    if layout == 0:
        d.t("order_id,score,email,ip,billing_phone,card_number,device_id,decision\n")
        for _ in range(rng.randint(3, 5)):
            d.t(f"{V.phoneish(rng).replace(' ', '')},{rng.randint(1, 99)},").v("EMAIL_ADDRESS", mail(rng)).t(",").v("IP_ADDRESS", V.ip(rng)).t(",")
            d.v("PHONE_NUMBER", V.phone(rng, rng.choice(REG), rng.choice(["e164", "intl", "notrunk_sp"]))).t(",")
            if rng.random() < 0.5:
                d.v("CREDIT_CARD", V.card_digits(rng))
            else:
                d.t(rng.choice([V.card_masked(rng), V.card_bad_luhn(rng).replace(" ", ""), V.gift_number(rng).replace(" ", "")]))
            d.t(f",{V.imei(rng)},{rng.choice(['accept', 'review', 'reject'])}\n")
    elif layout == 1:
        d.t('{"transaction":{"id":"' + V.digits(rng, 12) + '","billing":{"phone":"').v("PHONE_NUMBER", V.phone(rng, rng.choice(REG), "intl")).t('","email":"').v("EMAIL_ADDRESS", mail(rng)).t('"},"payment":{"card":"').v("CREDIT_CARD", V.card(rng)).t('","bin_country":"US"},"device":{"ip":"').v("IP_ADDRESS", V.ip(rng)).t(f'","os":"Android 14.0.1.2"}},"rules_hit":["velocity_ip","phone_mismatch"],"oid":"1.3.6.1.4.1.{rng.randint(1000, 60000)}.1.2"}}}}\n')
    else:
        d.t(f"risk ts={epoch(rng)} rule=R{rng.randint(10, 99)} caller=").v("PHONE_NUMBER", e164(rng)).t(" callee=").v("PHONE_NUMBER", e164(rng)).t(" ip=").v("IP_ADDRESS", V.ipv4(rng)).t(f" mask=255.255.255.0 gw=127.0.0.1 ssn_last4={rng.randint(1000, 9999)} ")
        d.t("ssn=").v("US_SSN", V.ssn(rng, "")).t(f" build=10.0.{rng.randint(100, 999)}.{rng.randint(1, 99)}\n")
    return "https://risk.example-fraudscreen.com/export", d


MACHINE = {
    "asterisk_queue_logs": asterisk_queue_log, "sip_message_traces": sip_traces, "twilio_webhook_logs": twilio_logs,
    "whatsapp_cloud_webhooks": whatsapp_webhooks, "telegram_bot_updates": telegram_updates,
    "hlr_lookup_results": hlr_results, "dialer_campaign_exports": dialer_exports,
    "adyen_notification_webhooks": adyen_notifications, "paypal_ipn_messages": paypal_ipn,
    "sepa_pain008_xml": sepa_pain008, "fraud_screening_exports": fraud_exports,
}
