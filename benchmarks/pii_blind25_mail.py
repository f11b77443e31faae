"""Machine output of mail and identity systems for the blind25 set: ten registers, three output forms
each, with many "@" strings that are not mailboxes (Message-IDs, DKIM fields, pins, digests, ...)
beside real addresses. benchmarks/pii_blind25.py says what the set is and its rules.
"""

import random

from benchmarks.pii_blind25_values import Doc, email, ipv4, ipv6, phone, us_phone

PEOPLE = [("Anna Berg", "anna.berg", "example.se"), ("Rahul Iyer", "r.iyer", "infra.example.in"),
          ("Mei Chen", "mei.chen", "lab.example.edu"), ("Jonas Weber", "jonas", "weber-kanzlei.de"),
          ("Olivia Grant", "ogrant", "northfield.k12.example.us"), ("Sergio Mata", "sergio.mata", "clinica-mata.es"),
          ("Fatima Zahra", "f.zahra", "xn--mller-kva.de"), ("Kenji Ito", "kenji.ito", "tutors.education")]
HEX = "0123456789abcdef"


def hx(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def up(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def msgid(r) -> str:
    """A Message-ID in one mail program's or service's own shape (never a mailbox)."""
    k = r.randint(0, 11)
    return [
        f"<CA+{up(r, 10)}{hx(r, 8)}=Ab{up(r, 6)}@mail.gmail.com>",
        f"<{up(r, 4)}PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}{up(r, 12)}@{up(r, 4)}PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}.namprd{r.randint(10, 19)}.prod.outlook.com>",
        f"<{up(r, 8)}-{up(r, 4)}-{up(r, 4)}-{up(r, 4)}-{up(r, 12)}@example.se>",
        f"<{hx(r, 8)}-{hx(r, 4)}-{hx(r, 4)}-{hx(r, 4)}-{hx(r, 12)}@lab.example.edu>",
        f"<2025031{r.randint(0, 9)}{r.randint(100000, 235959)}.GA{r.randint(1000, 9999)}@host.example.net>",
        f"<{r.randint(10 ** 9, 10 ** 10)}.{r.randint(100000, 999999)}.{r.randint(10 ** 12, 10 ** 13)}@mail.yahoo.com>",
        f"<0100018e{hx(r, 8)}-{hx(r, 8)}-{hx(r, 4)}-{hx(r, 4)}-{hx(r, 12)}-000000@email.amazonses.com>",
        f"<example-org/handbook/pull/{r.randint(10, 999)}/c{r.randint(10 ** 9, 10 ** 10)}@github.com>",
        f"<JIRA.{r.randint(100000, 999999)}.{r.randint(10 ** 12, 10 ** 13)}@Atlassian.JIRA>",
        f"<topic/{r.randint(100, 9999)}/{r.randint(1000, 99999)}@forum.example.org>",
        f"<{hx(r, 24)}.{r.randint(100000, 999999)}@mcsv{r.randint(10, 99)}.mcdlv.net>",
        f"<mailman.{r.randint(100, 9999)}.{r.randint(10 ** 9, 10 ** 10)}.{r.randint(1000, 9999)}.pta-list@lists.example.org>",
    ][k]


def not_mail(r) -> str:
    """An "@" string that is not a mailbox."""
    return r.choice([
        f"lodash@4.17.{r.randint(10, 21)}", f"@types/node@20.{r.randint(1, 11)}.{r.randint(0, 9)}",
        f"golang.org/x/net@v0.{r.randint(10, 30)}.0", f"nginx@sha256:{hx(r, 64)}",
        f"[deploy@mx{r.randint(1, 9)} ~]$", f"ssh -p 2222 ops@bastion{r.randint(1, 9)}",
        "git@github.com:example-org/mail-filters.git", f"@{r.choice(['anna_b', 'itdesk', 'kenji'])}",
        "@media (max-width: 600px)", "@import url(print.css);", "@app.route('/unsubscribe')", "@property",
        "@interface MailComposer", "logo@2x.png", "anna [at] example [dot] se", "kenji.ito at tutors.education",
        "postmaster@localhost",
    ])


def who(r):
    name, local, dom = r.choice(PEOPLE)
    return name, email(r, local, dom, twist=r.random() < 0.5)


def _date(r):
    return f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {r.randint(1, 28)} Mar 2025 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0{r.randint(0, 5)}00"


def received(d, r):
    d.t(f"Received: from mail-{r.choice(['wr1', 'ej1', 'pf1'])}-f{r.randint(40, 199)}.google.com (mail-wr1-f{r.randint(40, 199)}.google.com [")
    d.v("IP_ADDRESS", ipv4(r, "pub")).t("])\n        by mx.example.se (Postfix) with ESMTPS id ")
    d.t(f"4T{up(r, 9)}\n        for <").v("EMAIL_ADDRESS", who(r)[1]).t(f">; {_date(r)}\n")


def gmail_headers(r, layout):
    d = Doc()
    _, to = who(r)
    fname, frm = who(r)
    if layout == 2:
        d.t("Original Message\nMessage ID\t").t(msgid(r)).t("\nCreated at:\t" + _date(r) + "\nFrom:\t" + fname + " <")
        d.v("EMAIL_ADDRESS", frm).t(">\nTo:\t").v("EMAIL_ADDRESS", to).t("\nSPF:\tPASS with IP ").v("IP_ADDRESS", ipv4(r, "pub"))
        d.t("\nDKIM:\t'PASS' with domain example.se\n\n")
    d.t("Delivered-To: ").v("EMAIL_ADDRESS", to).t("\n")
    d.t(f"Received: by 2002:a05:{hx(r, 4)}:{hx(r, 3)}:b0:{hx(r, 3)}:{hx(r, 4)} with SMTP id {hx(r, 6)}csp{r.randint(100000, 999999)}lqb;\n        {_date(r)}\n")
    d.t("Return-Path: <").v("EMAIL_ADDRESS", f"bounces+{r.randint(100000, 999999)}-{hx(r, 4)}-{to.split('@')[0]}={to.split('@')[1]}@em{r.randint(100, 999)}.pta-news.org").t(">\n")
    received(d, r)
    d.t(f"ARC-Seal: i=1; a=rsa-sha256; t={r.randint(1700000000, 1750000000)}; cv=none; d=google.com; s=arc-20160816;\n        b={hx(r, 40)}\n")
    d.t("ARC-Authentication-Results: i=1; mx.google.com;\n       dkim=pass header.i=@pta-news.org header.s=s1 header.b=" + up(r, 8))
    d.t(";\n       spf=pass (google.com: domain of bounce designates ").v("IP_ADDRESS", ipv4(r, "pub")).t(" as permitted sender) smtp.mailfrom=pta-news.org\n")
    d.t(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pta-news.org; i=@pta-news.org; q=dns/txt; s=s1; t={r.randint(1700000000, 1750000000)}; h=from:subject:to;\n        bh={hx(r, 32)}=\n")
    d.t(f"From: {fname} <").v("EMAIL_ADDRESS", frm).t(">\nTo: ").v("EMAIL_ADDRESS", to).t("\n")
    d.t(f"Message-ID: {msgid(r)}\n")
    if layout != 0:
        d.t(f"In-Reply-To: {msgid(r)}\nReferences: {msgid(r)}\n {msgid(r)}\n")
    d.t("List-Unsubscribe: <mailto:").v("EMAIL_ADDRESS", f"unsubscribe-{hx(r, 10)}@lists.pta-news.org").t(f"?subject=unsubscribe>, <https://pta-news.org/u/{hx(r, 16)}>\n")
    d.t("List-Post: <mailto:").v("EMAIL_ADDRESS", "parents@lists.pta-news.org").t(">\n")
    d.t(f"X-Gm-Message-State: AOJu0Y{up(r, 20)}\nX-Google-Smtp-Source: AGHT+I{up(r, 24)}\n")
    return d


def exchange_headers(r, layout):
    d = Doc()
    fname, frm = who(r)
    _, to = who(r)
    d.t(f"Received: from {up(r, 4)}PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}.namprd{r.randint(10, 19)}.prod.outlook.com (2603:10b6:{hx(r, 3)}:{hx(r, 2)}::{hx(r, 2)})\n")
    d.t(f" by {up(r, 4)}PR{r.randint(10, 19)}MB{r.randint(1000, 9999)}.namprd{r.randint(10, 19)}.prod.outlook.com with HTTPS; {_date(r)}\n")
    d.t("Authentication-Results: spf=pass (sender IP is ").v("IP_ADDRESS", ipv4(r, "pub"))
    d.t(") smtp.mailfrom=clinica-mata.es; dkim=pass (signature was verified) header.d=clinica-mata.es;dmarc=pass action=none header.from=clinica-mata.es;\n")
    d.t("Return-Path: ").v("EMAIL_ADDRESS", f"prvs={hx(r, 10)}={frm}").t("\n")
    d.t(f"Thread-Topic: Appointment reminder\nThread-Index: AQH{up(r, 22)}==\n")
    d.t(f"Message-ID: {msgid(r)}\n")
    d.t(f"From: \"{fname}\" <").v("EMAIL_ADDRESS", frm).t(">\n")
    d.t("To: ").v("EMAIL_ADDRESS", to).t("\n")
    if layout >= 1:
        d.t("Cc: \"Front desk\" <").v("EMAIL_ADDRESS", email(r, "frontdesk", "clinica-mata.es", False)).t(">\n")
    d.t(f"X-MS-Exchange-Organization-Network-Message-Id: {hx(r, 8)}-{hx(r, 4)}-{hx(r, 4)}-{hx(r, 4)}-{hx(r, 12)}\n")
    d.t("X-Originating-IP: [").v("IP_ADDRESS", ipv4(r)).t("]\n")
    if layout == 2:
        d.t("\n________________________________\nFrom: " + fname + " <").v("EMAIL_ADDRESS", frm).t(">\n")
        d.t(f"Sent: {_date(r)}\nTo: Reception <").v("EMAIL_ADDRESS", email(r, "recepcion", "clinica-mata.es", False)).t(">\n")
        d.t("Subject: RE: cita\n\nPlease call me back on ").v("PHONE_NUMBER", phone(r, "ES", "intl")).t(".\n")
    return d


def mbox_exports(r, layout):
    d = Doc()
    fname, frm = who(r)
    _, to = who(r)
    d.t("From ").v("EMAIL_ADDRESS", frm).t(f"  {_date(r)[:16]} 2025\n")
    d.t(f"X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nMessage-ID: {msgid(r)}\nFrom: {fname} <").v("EMAIL_ADDRESS", frm)
    d.t(">\nTo: ").v("EMAIL_ADDRESS", to).t("\nUser-Agent: Mozilla Thunderbird\n\n")
    if layout == 0:
        d.t(f"On {_date(r)}, {who(r)[0]} wrote:\n> see you at the alumni dinner, my mobile is ")
        d.v("PHONE_NUMBER", phone(r, r.choice(["SE", "DE", "GB"]), "intl")).t("\n> -- \n> sent from phone\n")
    elif layout == 1:
        d.t("-------- Forwarded Message --------\nSubject: \tChoir tour rooming list\nDate: \t" + _date(r) + "\nFrom: \t")
        d.t(fname + " <").v("EMAIL_ADDRESS", frm).t(">\nTo: \t").v("EMAIL_ADDRESS", to).t("\n\nRooms paid by card, see portal.\n")
    else:
        n2, m2 = who(r)
        d.t("BEGIN:VCARD\nVERSION:3.0\nFN:" + n2 + "\nEMAIL;TYPE=work:").v("EMAIL_ADDRESS", m2).t("\nTEL;TYPE=cell:")
        d.v("PHONE_NUMBER", us_phone(r, "e164")).t(f"\nPHOTO;VALUE=uri:https://cdn.example.se/avatars/{n2.split()[0].lower()}@2x.png\nEND:VCARD\n")
    d.t(f"\nbuild pinned {not_mail(r)}; reviewer {not_mail(r)}\n")
    return d


def pipermail_archive(r, layout):
    d = Doc()
    name, local, dom = r.choice(PEOPLE)
    d.t(f"[PTA-list] Bake sale volunteers\n{name} {local} at {dom}\n{_date(r)}\n\n")
    d.t("Previous message: [PTA-list] Carpool rota\nMessages sorted by: [ date ] [ thread ]\n\n")
    if layout == 0:
        d.t("Hi all, sign-ups go to ").v("EMAIL_ADDRESS", email(r, "bakesale", "pta.example.org", False))
        d.t(" (not the list!). Questions: ").v("PHONE_NUMBER", us_phone(r)).t("\n")
    elif layout == 1:
        d.t(f"> On {_date(r)}, {who(r)[0]} <{local} at {dom}> wrote:\n> I can bring lemon bars\n\nThanks! Reply to ")
        d.v("EMAIL_ADDRESS", email(r, local, dom, False)).t(" off-list.\n")
    else:
        d.t("Digest, Vol 42, Issue 7\nSend PTA-list mailing list submissions to\n\t").v("EMAIL_ADDRESS", "pta-list@lists.example.org")
        d.t("\nTo subscribe or unsubscribe, e-mail\n\t").v("EMAIL_ADDRESS", "pta-list-request@lists.example.org")
        d.t("\nYou can reach the person managing the list at\n\t").v("EMAIL_ADDRESS", "pta-list-owner@lists.example.org").t("\n")
    d.t(f"-------------- next part --------------\nMessage-ID: {msgid(r)}\nURL: <http://lists.example.org/pipermail/pta-list/attachments/{r.randint(20240101, 20251231)}/{hx(r, 8)}/attachment.html>\n")
    return d


def amavis_logs(r, layout):
    d = Doc()
    for _ in range(r.randint(2, 4)):
        _, frm = who(r)
        _, to = who(r)
        ts = f"Mar {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        if layout == 0:
            d.t(f"{ts} mx2 amavis[{r.randint(1000, 99999)}]: ({r.randint(10000, 99999)}-{r.randint(10, 99)}) Passed CLEAN {{RelayedInbound}}, [")
            d.v("IP_ADDRESS", ipv4(r, "pub")).t("]:").t(str(r.randint(1024, 65535))).t(" <").v("EMAIL_ADDRESS", frm).t("> -> <")
            d.v("EMAIL_ADDRESS", to).t(f">, Queue-ID: {up(r, 10)}, Message-ID: {msgid(r)}, mail_id: {hx(r, 12)}, Hits: -{r.randint(0, 5)}.{r.randint(0, 9)}, size: {r.randint(1000, 90000)}\n")
        elif layout == 1:
            d.t(f"{ts} mx2 spamd[{r.randint(1000, 9999)}]: spamd: result: . {r.randint(-3, 4)} - DKIM_SIGNED,SPF_PASS scantime=0.4,size={r.randint(1000, 90000)},user=amavis,uid=110,required_score=5.0,rhost=")
            d.v("IP_ADDRESS", ipv4(r, "priv")).t(f",raddr=::ffff:10.0.0.5,rport={r.randint(1024, 65535)},mid={msgid(r)},autolearn=ham\n")
        else:
            d.t(f"{ts} mx2 amavis[{r.randint(1000, 9999)}]: ({r.randint(10000, 99999)}-01) Blocked SPAM {{DiscardedInbound}}, [")
            d.v("IP_ADDRESS", ipv6(r)).t("] <").v("EMAIL_ADDRESS", f"SRS0={hx(r, 4)}={up(r, 2)}=example.se={frm.split('@')[0]}@fwd.example.net").t("> -> <")
            d.v("EMAIL_ADDRESS", to).t(">, quarantine: spam-" + hx(r, 12) + ".gz\n")
    return d


def esp_webhooks(r, layout):
    d = Doc()
    _, to = who(r)
    if layout == 0:
        d.t('[{"email":"').v("EMAIL_ADDRESS", to).t('","event":"delivered","ip":"').v("IP_ADDRESS", ipv4(r, "pub"))
        d.t(f'","sg_event_id":"{hx(r, 22)}","sg_message_id":"{hx(r, 22)}.filterdrecv-{hx(r, 8)}-{r.randint(1, 9)}","smtp-id":"{msgid(r)}","timestamp":{r.randint(1700000000, 1750000000)}}},\n')
        d.t('{"email":"').v("EMAIL_ADDRESS", who(r)[1]).t('","event":"click","useragent":"Mozilla/5.0","url":"https://pta.example.org/r?u=42"}]\n')
    elif layout == 1:
        d.t('{"event-data": {"event": "failed", "severity": "permanent", "recipient": "').v("EMAIL_ADDRESS", to)
        d.t(f'", "message": {{"headers": {{"message-id": "{msgid(r)[1:-1]}", "from": "Lab Results <').v("EMAIL_ADDRESS", "results@lab.example.edu")
        d.t('>"}}, "delivery-status": {"code": 550, "message": "5.1.1 mailbox unavailable"}, "envelope": {"sending-ip": "').v("IP_ADDRESS", ipv4(r, "pub"))
        d.t('"}}}\n')
    else:
        d.t("event,recipient,sender,ip,message_id\n")
        for _ in range(r.randint(2, 4)):
            d.t("bounce,").v("EMAIL_ADDRESS", who(r)[1]).t(",").v("EMAIL_ADDRESS", f"bounce-{r.randint(1000, 9999)}-{hx(r, 6)}@mg.tutors.education").t(",")
            d.v("IP_ADDRESS", ipv4(r, "pub")).t(f",{msgid(r)}\n")
    return d


def tlsrpt_arf(r, layout):
    d = Doc()
    if layout == 0:
        d.t('{"organization-name":"Google Inc.","date-range":{"start-datetime":"2025-03-14T00:00:00Z"},"contact-info":"').v("EMAIL_ADDRESS", "smtp-tls-reporting@google.com")
        d.t('","report-id":"2025-03-14T00:00:00Z_example.se","policies":[{"policy":{"policy-type":"sts","policy-domain":"example.se"},"failure-details":[{"result-type":"certificate-expired","sending-mta-ip":"')
        d.v("IP_ADDRESS", ipv4(r, "pub")).t('","receiving-mx-hostname":"mx1.example.se","receiving-ip":"').v("IP_ADDRESS", ipv6(r)).t('","failed-session-count":3}]}]}\n')
    else:
        _, frm = who(r)
        d.t("Feedback-Type: auth-failure\nUser-Agent: dmarc-reporter/1.2\nVersion: 1\nOriginal-Mail-From: ").v("EMAIL_ADDRESS", frm)
        d.t("\nOriginal-Rcpt-To: ").v("EMAIL_ADDRESS", who(r)[1]).t("\nArrival-Date: " + _date(r) + "\nSource-IP: ").v("IP_ADDRESS", ipv4(r, "pub"))
        d.t(f"\nReported-Domain: example.se\nAuth-Failure: dkim\nDKIM-Domain: example.se\nDKIM-Identity: @example.se\nDKIM-Selector: mail2025\n\nMessage-ID: {msgid(r)}\n")
        if layout == 2:
            d.t("Reporting contact: ").v("EMAIL_ADDRESS", "dmarc-ruf@reports.example.net").t(" (rua=mailto:").v("EMAIL_ADDRESS", "dmarc-rua@reports.example.net").t(")\n")
    return d


def sso_signins(r, layout):
    d = Doc()
    for _ in range(r.randint(2, 3)):
        _, user = who(r)
        if layout == 0:
            d.t('{"eventType":"user.session.start","actor":{"alternateId":"').v("EMAIL_ADDRESS", user)
            d.t('","type":"User"},"client":{"ipAddress":"').v("IP_ADDRESS", ipv4(r, "pub"))
            d.t(f'","geographicalContext":{{"city":"Uppsala"}}}},"outcome":{{"result":"SUCCESS"}},"uuid":"{hx(r, 8)}-{hx(r, 4)}-11ef-{hx(r, 4)}-{hx(r, 12)}"}}\n')
        elif layout == 1:
            d.t(f"2025-03-{r.randint(10, 28)}T{r.randint(0, 23):02d}:{r.randint(10, 59)}:00Z,{hx(r, 8)}-{hx(r, 4)}-{hx(r, 4)}-{hx(r, 4)}-{hx(r, 12)},")
            d.v("EMAIL_ADDRESS", user).t(",Student Portal,").v("IP_ADDRESS", ipv6(r) if r.random() < 0.4 else ipv4(r, "pub"))
            d.t(f",Success,MFA completed: text message to {r.choice(['+1 XXXXXXX12', '+46 XXXXXX87'])}\n")
        else:
            d.t("MFA enrol: user=").v("EMAIL_ADDRESS", user).t(" factor=sms phone=").v("PHONE_NUMBER", phone(r, r.choice(["SE", "IN", "DE"]), "e164"))
            d.t(" src=").v("IP_ADDRESS", ipv4(r, "pub")).t(f" upn_hint={not_mail(r)}\n")
    return d


def shibboleth_audit(r, layout):
    d = Doc()
    _, user = who(r)
    if layout == 0:
        d.t(f"2025-03-{r.randint(10, 28)} 09:{r.randint(10, 59)}:12,441|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_{hx(r, 32)}|https://lms.example.edu/shibboleth|urn:mace:shibboleth:2.0:profiles:saml2:sso|https://idp.example.edu/idp/shibboleth|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST|_{hx(r, 32)}|")
        d.t(user.split("@")[0] + "|urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport|eduPersonPrincipalName,mail|").v("IP_ADDRESS", ipv4(r, "pub")).t("|\n")
    elif layout == 1:
        d.t('<saml2:Attribute FriendlyName="mail" Name="urn:oid:0.9.2342.19200300.100.1.3">\n  <saml2:AttributeValue>').v("EMAIL_ADDRESS", user)
        d.t('</saml2:AttributeValue>\n</saml2:Attribute>\n<saml2:Attribute FriendlyName="eduPersonPrincipalName" Name="urn:oid:1.3.6.1.4.1.5923.1.1.1.6">\n  <saml2:AttributeValue>')
        d.t(f"{user.split('@')[0]}@idp-realm</saml2:AttributeValue>\n</saml2:Attribute>\n<saml2:SubjectConfirmationData Address=\"").v("IP_ADDRESS", ipv4(r, "pub")).t('"/>\n')
    else:
        d.t("dn: uid=" + user.split("@")[0] + ",ou=people,dc=example,dc=edu\nmail: ").v("EMAIL_ADDRESS", user)
        d.t("\nmailAlternateAddress: ").v("EMAIL_ADDRESS", email(r, "alumni." + user.split("@")[0].replace("+", ""), "example.edu", False))
        d.t("\ntelephoneNumber: ").v("PHONE_NUMBER", us_phone(r, "intl")).t(f"\nuidNumber: {r.randint(10000, 99999)}\nloginShell: /bin/bash\n")
    return d


def ticket_gateway(r, layout):
    d = Doc()
    _, frm = who(r)
    if layout == 0:
        d.t(f"[{_date(r)}] rt-mailgate: queue=helpdesk action=correspond ticket={r.randint(10000, 99999)} from=").v("EMAIL_ADDRESS", frm)
        d.t(f" msgid={msgid(r)} status=ok\n")
        d.t(f"[{_date(r)}] rt-mailgate: rejected loop from=").v("EMAIL_ADDRESS", "mailer-daemon@mx.example.se").t(" reason=auto-submitted\n")
    elif layout == 1:
        d.t(f"PostMaster: new ticket #2025031{r.randint(10000000, 99999999)} created (Queue: Admissions)\n  Sender: ")
        d.v("EMAIL_ADDRESS", frm).t(f"\n  Subject: [Ticket#{r.randint(10 ** 9, 10 ** 10)}] Enrolment question\n  In-Reply-To: {msgid(r)}\n  Phone in body: ").v("PHONE_NUMBER", phone(r, r.choice(["DE", "FR", "NL"]), "intl")).t("\n")
    else:
        d.t("ticket_id,requester,cc,channel,via_ip\n")
        for _ in range(r.randint(2, 4)):
            d.t(f"{r.randint(100000, 999999)},").v("EMAIL_ADDRESS", who(r)[1]).t(",")
            d.v("EMAIL_ADDRESS", f"support+id{r.randint(1000, 99999)}@helpdesk.example.com").t(",email,").v("IP_ADDRESS", ipv4(r, "pub")).t("\n")
    d.t(f"note: {not_mail(r)}\n")
    return d


MACHINE = {
    "gmail_show_original_headers": gmail_headers,
    "exchange_online_headers": exchange_headers,
    "thunderbird_mbox_exports": mbox_exports,
    "mailman_pipermail_archives": pipermail_archive,
    "amavisd_spamassassin_logs": amavis_logs,
    "esp_event_webhooks": esp_webhooks,
    "tlsrpt_dmarc_failure_reports": tlsrpt_arf,
    "sso_signin_logs": sso_signins,
    "shibboleth_idp_audit": shibboleth_audit,
    "ticketing_mail_gateway_logs": ticket_gateway,
}


def wrap(fn):
    def build(r: random.Random, layout: int):
        return fn(r, layout), f"https://logs.example.net/{fn.__name__}/{r.randint(1000, 99999)}.txt"
    return build


MACHINE = {k: wrap(v) for k, v in MACHINE.items()}
