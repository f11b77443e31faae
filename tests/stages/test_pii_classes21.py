"""blind24's e-mail error classes (pii-classes21): mailers' message ids with no header before
them, with cases of our own and near misses (real mailboxes in the same lines) beside them."""
from __future__ import annotations

from tests.stages.pii_helpers import of_type


def emails(scrubber, text):
    return of_type(scrubber, text, "EMAIL_ADDRESS")


# --- a mailer's message id that opens with a timestamp or a counter and a dot ---------------------


def test_stamped_message_ids_in_brackets_are_no_mailboxes(scrubber):
    assert emails(scrubber, "Mail: kim.ode@posteo.de · <1699912345.771.JavaMail.svc@app3.shop.example>") \
        == {"kim.ode@posteo.de"}
    assert emails(scrubber, "| 2 | <20240312081522.GA4411@lists.example.org> | ruth@mail.example.fr |") \
        == {"ruth@mail.example.fr"}
    assert emails(scrubber, "réponse à <884213.5512.1712345678901@relay.example.net>") == set()


def test_stamped_message_ids_without_brackets_are_no_mailboxes(scrubber):
    assert emails(scrubber, "ref 1712345678.42.JavaMail.tomcat@batch2.example.com, from ivo@example.cz") \
        == {"ivo@example.cz"}


def test_stamped_message_id_near_misses(scrubber):
    # digits alone (a QQ mailbox), a short number, or a name before the dot: a person's mailbox
    assert emails(scrubber, "QQ邮箱 <2984417733@qq.com>") == {"2984417733@qq.com"}
    assert emails(scrubber, "Write to <1985.anna@example.com>") == {"1985.anna@example.com"}
    assert emails(scrubber, "kontakt: 12345678.marta@example.pl") == {"12345678.marta@example.pl"}
    assert emails(scrubber, "Contact <anna.1712345678@example.com>") == {"anna.1712345678@example.com"}


# --- an id key before hex runs joined by a dot (rspamd's "id: <fa7bba.5858@host>") ----------------


def test_dotted_hex_ids_after_an_id_key_are_no_mailboxes(scrubber):
    line = "rspamd_task_write_log: id: <c0ffee.4411@mx.example.org>, ip: 10.1.2.3, from: <lea.b@web.de>"
    assert emails(scrubber, line) == {"lea.b@web.de"}
    assert emails(scrubber, "queue id=ab12cd.0042@relay.example.net to=<jo@example.at>") == {"jo@example.at"}


def test_dotted_hex_near_misses(scrubber):
    # a short name with a year after an id key, and a person's address with no id key, stay
    assert emails(scrubber, "user id: ada.1990@example.com") == {"ada.1990@example.com"}
    assert emails(scrubber, "from: <c0ffee.4411@example.org>") == {"c0ffee.4411@example.org"}


# --- an SSN label with a bracketed qualifier saying whose number it is ----------------------------


def ssn_values(scrubber, text):
    return of_type(scrubber, text, "US_SSN")


def test_ssn_label_with_a_person_in_brackets(scrubber):
    assert ssn_values(scrubber, "Social Security No. (claimant) 431-29-8812   Notice date 03/04/2025") \
        == {"431-29-8812"}
    assert ssn_values(scrubber, "Social Security Number (applicant): 431298812") == {"431298812"}
    assert ssn_values(scrubber, "Claim No. 52-118840\nSSN (claimant) 431 29 8812\n") == {"431 29 8812"}


def test_ssn_label_bracket_near_misses(scrubber):
    # a bracket naming another number, or a claim number's label nearer to the value, keeps it out
    assert ssn_values(scrubber, "Social Security No. (claim no.) 431-29-8812") == set()
    assert ssn_values(scrubber, "Social Security No. (claimant) Case no. 431-29-8812") == set()
    assert ssn_values(scrubber, "SSN on file; claim number 431-29-8812") == set()
