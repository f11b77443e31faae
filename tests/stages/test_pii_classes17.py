"""blind20's error classes (pii-classes17), with cases of our own and near misses beside them."""
from __future__ import annotations

from tests.stages.pii_helpers import found, of_type, phones, ssns

# --- an SSN key after a field's value keys the next field, not that value ---------------------

def test_ssn_key_of_the_next_field_labels_no_value_before_it(scrubber):
    record = '{"member": 412550193, "ssn": "238-41-0972", "city": "Tulsa"}'
    assert ssns(scrubber, record) == {"238-41-0972"}
    assert ssns(scrubber, "acct=305118427; SSN=519-22-3310; plan=gold") == {"519-22-3310"}
    assert ssns(scrubber, "row_id: 623401877, soc_sec_no: 471-09-3385") == {"471-09-3385"}


def test_ssn_label_after_its_value_still_counts(scrubber):
    # near misses: a label after the number, in brackets or without a key mark, is its own
    assert ssns(scrubber, "Applicant: 412550193 (SSN)") == {"412550193"}
    assert ssns(scrubber, "Applicant: 412-55-0193, SSN") == {"412-55-0193"}
    assert ssns(scrubber, '{"ssn": 305118427, "member": 412550193}') == {"305118427"}


# --- whose social it is, and what it is given for ----------------------------------------------

def test_owned_social_given_for_something(scrubber):
    assert ssns(scrubber, "Rosa Patel: and my daughter's social for the college form 341-27-8856 ok?") == \
        {"341-27-8856"}
    assert ssns(scrubber, "Here is Grandpa's social for the benefits claim 228-14-6093.") == {"228-14-6093"}
    assert ssns(scrubber, "my husband's social 503117724") == {"503117724"}


def test_owned_social_near_misses(scrubber):
    # another noun after "social", or a number word that is no part of what the SSN is for
    assert ssns(scrubber, "my daughter's social worker, case 503117724") == set()
    assert ssns(scrubber, "the club's social media order 503117724") == set()
    assert ssns(scrubber, "Order for the spare part 503117724") == set()


# --- Vietnamese "tin" (news, a message, a listing) is no TIN ------------------------------------

def test_vietnamese_tin_is_no_tin(scrubber):
    assert ssns(scrubber, "Mã tin 531884207 · 02/03/2026", language="vi") == set()
    assert ssns(scrubber, "Thông tin 531884207", language="vi") == set()
    assert ssns(scrubber, "Bản tin số 531884207", language="vi") == set()


def test_tin_in_english_still_labels(scrubber):
    assert ssns(scrubber, "Payee TIN: 531884207") == {"531884207"}
    assert ssns(scrubber, "TIN 531884207") == {"531884207"}


# --- a dialogue speaker's name is who speaks, not a label -----------------------------------------

CHAT = ("[4:02 PM] Agent: Which card would you like to use today?\n"
        "[4:03 PM] Devon Case: {value} exp 08/29\n"
        "[4:03 PM] Agent: And a good number to reach you?\n"
        "[4:04 PM] Devon Case: {phone} after six\n"
        "[4:04 PM] Devon Case: thanks a lot\n")


def test_speaker_named_like_a_number_word(scrubber):
    text = CHAT.format(value="4916 3380 2276 1042", phone="(614) 382-7719")
    assert of_type(scrubber, text, "CREDIT_CARD") == {"4916 3380 2276 1042"}
    assert of_type(scrubber, text, "PHONE_NUMBER") == {"(614) 382-7719"}
    text = text.replace("Devon Case", "Mia Bill")
    assert of_type(scrubber, text, "CREDIT_CARD") == {"4916 3380 2276 1042"}


def test_field_label_that_is_no_speaker_still_names(scrubber):
    # near misses: "Case:" as a form's field, once, with no dialogue around it
    assert of_type(scrubber, "Case: 4916 3380 2276 1042\nStatus: closed", "CREDIT_CARD") == set()
    assert of_type(scrubber, "Grant: 4916338022761042", "CREDIT_CARD") == set()


# --- a dial string's last path segment -----------------------------------------------------------

def test_dial_string_number(scrubber):
    line = "2026-03-02 10:14:55 [INFO] mod_dptools Originate sofia/gateway/+442079460958 [c1f0a2b3] ok"
    assert phones(scrubber, line) == {"+442079460958"}
    assert phones(scrubber, "New Channel sofia/internal/+16145550143 [9f3e1a07] from 10.0.0.7") == {"+16145550143"}


def test_plus_digits_inside_a_url_path_are_no_dial_string(scrubber):
    assert phones(scrubber, "see https://cdn.example.org/+442079460958/logo.png") == set()
    assert "+442079460958" not in {v for _, v in found(scrubber, "assets/+442079460958.js")}


# --- groups no numbering plan prints: an id's, unless a label says phone -------------------------

def test_id_groups_in_a_contact_line_are_no_phone(scrubber):
    line = "Handy 0171 234 5678 · anna@web.de · {value}\n+49 30 1234567 — Tel."
    assert phones(scrubber, line.format(value="4417 2283 51")) == {"0171 234 5678", "+49 30 1234567"}
    assert "615-382-7719-42" not in phones(scrubber, line.format(value="615-382-7719-42"))


def test_trunk_prefixed_groups_stay_phones(scrubber):
    # near misses: the same groups after a trunk 0, and a NANP number without the tail
    line = "Handy 0171 234 5678 · anna@web.de · 0221 4417 22\n+49 30 1234567 — Tel."
    assert "0221 4417 22" in phones(scrubber, line)
    assert phones(scrubber, "Call me at 615-382-7719 or anna@web.de") == {"615-382-7719"}


def test_repeated_form_labels_are_no_speakers(scrubber):
    # a form's repeated field label ("Mersis no:") is no dialogue speaker: it still names its number
    form = ("Tel: 0501 299 47 85\nMersis no: TR 83 843975442\nMersis no: 030 8710 4841\n"
            "Sipariş no: 08687 013065")
    assert "030 8710 4841" not in phones(scrubber, form)


# --- tcpserver's address::port -----------------------------------------------------------------------

def test_tcpserver_address_double_colon_port(scrubber):
    line = "@400000006553a1b2 tcpserver: ok 4187 mail.example.org:198.51.100.9:25 :203.0.113.77::40981"
    assert of_type(scrubber, line, "IP_ADDRESS") == {"198.51.100.9", "203.0.113.77"}


def test_ipv6_with_an_ipv4_tail_stays_whole(scrubber):
    # near miss: an IPv4-mapped IPv6 address ends in dotted numbers; "::" after them is no address
    assert of_type(scrubber, "peer ::ffff:203.0.113.77 accepted", "IP_ADDRESS") == {"::ffff:203.0.113.77"}
