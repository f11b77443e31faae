"""blind25's e-mail error classes (pii-classes22a): rewritten envelope senders read whole, mail
services' and bracketed path / UUID message ids, and RFC 2606's reserved domains, with cases of our
own (other languages, other shapes of the same class) and near misses that must stay found."""
from __future__ import annotations

from tests.stages.pii_helpers import of_type


def emails(scrubber, text):
    return of_type(scrubber, text, "EMAIL_ADDRESS")


# --- a rewritten envelope sender (BATV, SRS) is one mailbox, its scheme's fields included -----------


def test_batv_senders_are_whole_mailboxes(scrubber):
    assert emails(scrubber, "Return-Path: prvs=5f3a9c01be=marta.lopez@clinica.es\n") \
        == {"prvs=5f3a9c01be=marta.lopez@clinica.es"}
    assert emails(scrubber, "Return-Path: <btv1==0a1b2c3d4e5==ivo.novak@firma.cz>") \
        == {"btv1==0a1b2c3d4e5==ivo.novak@firma.cz"}
    assert emails(scrubber, "Absender (Envelope): msprvs1=18123abcd=kim@posteo.de") \
        == {"msprvs1=18123abcd=kim@posteo.de"}


def test_srs_senders_are_whole_mailboxes(scrubber):
    line = "Jun  2 08:11:04 mx1 postfix/qmgr[811]: 4F2A1C: from=<SRS0=Hx7q=NB=gmail.com=ana.silva@fwd.example.pt>"
    assert emails(scrubber, line) == {"SRS0=Hx7q=NB=gmail.com=ana.silva@fwd.example.pt"}
    assert emails(scrubber, "envelope-from SRS1=abcd=fwd1.example.org==Hx7q=NB=gmail.com=ana@fwd2.example.net;") \
        == {"SRS1=abcd=fwd1.example.org==Hx7q=NB=gmail.com=ana@fwd2.example.net"}
    # a key of its own before the scheme: the key is cut off, the rewritten sender kept
    assert emails(scrubber, "sender=SRS0=c42d=W5=example.se=olle@fwd.example.net status=sent") \
        == {"SRS0=c42d=W5=example.se=olle@fwd.example.net"}


def test_rewritten_sender_near_misses(scrubber):
    # a key before a plain address still ends at the key; a VERP with "+" keeps its "="
    assert emails(scrubber, "ADMIN_EMAIL=ann@example.com") == {"ann@example.com"}
    assert emails(scrubber, "from=prvs@example.com") == {"prvs@example.com"}
    assert emails(scrubber, "bounce+ann=example.com@lists.example.org") == {"bounce+ann=example.com@lists.example.org"}
    # "srs=" as a key before an ordinary address (no second "=" in the local part): the key goes
    assert emails(scrubber, "srs0=ann.lee@example.com") == {"ann.lee@example.com"}


# --- mail services' message ids: Exchange Online's servers, Gmail's "CA…" tokens --------------------


def test_exchange_online_message_ids_are_no_mailboxes(scrubber):
    assert emails(scrubber, "In-Reply-To ausente; id <AM0PR04MB6963A1B2C3D4E5F6@AM0PR04MB6963.eurprd04.prod.outlook.com>, "
                            "de lucia.gomez@outlook.es") == {"lucia.gomez@outlook.es"}
    assert emails(scrubber, "smtp-id,\"<SEZPR06MB5624XYZ@SEZPR06MB5624.apcprd06.prod.outlook.com>\"") == set()


def test_gmail_message_ids_are_no_mailboxes(scrubber):
    assert emails(scrubber, "Оригинал\tCAKx9+QmZt4pW2s_Lr8=Yv3oNn@mail.gmail.com, автор olga@yandex.ru") \
        == {"olga@yandex.ru"}


def test_mail_service_near_misses(scrubber):
    # a person's address at the same services stays (as blind25 writes them: a subdomain, a name)
    assert emails(scrubber, "E-Mail: maryam.ahmadi@mail.gmail.com") == {"maryam.ahmadi@mail.gmail.com"}
    assert emails(scrubber, "<lkowalski@mail.gmail.com>") == {"lkowalski@mail.gmail.com"}
    assert emails(scrubber, "Contact: jan.devries@outlook.com") == {"jan.devries@outlook.com"}


# --- in angle brackets, a path or a UUID before the "@": a message id ------------------------------


def test_bracketed_path_ids_are_no_mailboxes(scrubber):
    assert emails(scrubber, "References: x\n <group/project/merge_requests/42/note_9911@gitlab.example.com>\n") == set()
    assert emails(scrubber, "bounce,ann@example.org,<t/1234/5678@discuss.example.net>") == {"ann@example.org"}
    assert emails(scrubber, "\"smtp-id\":\"<acme/api/issues/7/c120033@github.com>\"") == set()


def test_bracketed_uuid_ids_are_no_mailboxes(scrubber):
    assert emails(scrubber, "mid=<7F3C2A10-4B5D-4E6F-8A9B-0C1D2E3F4A5B@icloud.com>,autolearn=ham") == set()
    assert emails(scrubber, "Nachricht <Q1W2E3R4-T5Y6-U7I8-O9P0-A1S2D3F4G5H6@mail.example.de> von kai@web.de") \
        == {"kai@web.de"}


def test_bracketed_id_near_misses(scrubber):
    # a person's address in brackets, a URL path before an address, a UUID-like local part with no
    # brackets: still found as before
    assert emails(scrubber, "From: Ana <ana.silva@example.pt>") == {"ana.silva@example.pt"}
    assert emails(scrubber, "07/28|ann@example.com") == {"ann@example.com"}
    assert emails(scrubber, "Schreib mir: 7F3C2A10-4B5D-4E6F-8A9B-0C1D2E3F4A5B@relay.example.com") \
        == {"7F3C2A10-4B5D-4E6F-8A9B-0C1D2E3F4A5B@relay.example.com"}


# --- Mailman's message ids: "mailman.<counter>.<timestamp>.<pid>.<list>@host" ----------------------


def test_mailman_message_ids_are_no_mailboxes(scrubber):
    assert emails(scrubber, "bounce,ann@example.org,mailman.812.1712345678.4410.eltern@lists.schule.de") \
        == {"ann@example.org"}


def test_mailman_near_misses(scrubber):
    # the list's own addresses and a name with a year stay
    assert emails(scrubber, "Send submissions to eltern@lists.schule.de or eltern-request@lists.schule.de") \
        == {"eltern@lists.schule.de", "eltern-request@lists.schule.de"}
    assert emails(scrubber, "mailman.admin@lists.example.org") == {"mailman.admin@lists.example.org"}


# --- RFC 2606's reserved names: "@….example", "@….test" are mailboxes by the span rules ------------


def test_reserved_domains_are_mailboxes(scrubber):
    assert emails(scrubber, "Документи надсилайте на iryna.bondar@xn--brcke-lva.example.") \
        == {"iryna.bondar@xn--brcke-lva.example"}
    assert emails(scrubber, "EMAIL;TYPE=work:jonas@shop.example\nTEL;TYPE=cell:+16129699009") == {"jonas@shop.example"}
    assert emails(scrubber, "Kontakt: tester@qa.example.test") == {"tester@qa.example.test"}


def test_reserved_domain_near_misses(scrubber):
    # message ids at a reserved domain stay ids; no dotted domain, no mailbox
    assert emails(scrubber, "Message-ID: <c4dacff1fb.750@alerts.internal.example>") == set()
    assert emails(scrubber, "<1699912345.771.JavaMail.svc@app3.shop.example>") == set()
    assert emails(scrubber, "root@example") == set()
    assert emails(scrubber, "ann@example.invalid") == set()
