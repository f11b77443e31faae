"""blind20/21/22's e-mail, IP, card and SSN error classes (pii-classes19b), with cases of our own
and near misses beside them."""
from __future__ import annotations

from tests.stages.pii_helpers import of_type, ssns

# --- a key=value mail log's bare "msg=" key holding a message id --------------------------------


def test_message_id_under_a_bare_msg_key_is_no_address(scrubber):
    log = ('[NOTICE] [7E21-AA] [core] queued retval=OK msg="<5f03bc91e2@relay-7.example.net>" '
           'from=<lea.moreau@example.fr>\n'
           "ts=2026-01-02 message=<a81c44d09f7b@out.mailer.example.com> rcpt=<tom.ngata@example.org>\n")
    assert of_type(scrubber, log, "EMAIL_ADDRESS") == {"lea.moreau@example.fr", "tom.ngata@example.org"}


def test_a_mailbox_under_a_bare_msg_key_stays(scrubber):
    # a person's address there is no machine token: it stays
    assert of_type(scrubber, "message=<ann.lee@example.com> sent", "EMAIL_ADDRESS") == {"ann.lee@example.com"}
    assert of_type(scrubber, 'note msg="mail ann.lee@example.com"', "EMAIL_ADDRESS") == {"ann.lee@example.com"}


# --- an IPv6 address glued to a key, a host name, or a port by a colon --------------------------


def test_ipv6_after_a_key_glued_by_a_colon(scrubber):
    line = "2026-04-01T10:00:00Z login user:ann@example.org remote_addr:2a01:4f8:c17:1e2::9 ok:true\n"
    assert of_type(scrubber, line, "IP_ADDRESS") == {"2a01:4f8:c17:1e2::9"}
    assert of_type(scrubber, "peer.host:fe80::41b2:9c0d:77e1 state=up", "IP_ADDRESS") == {"fe80::41b2:9c0d:77e1"}


def test_ipv6_with_a_port_no_group_can_be(scrubber):
    # a five-digit last "group" or a ninth group is a port: the address is what is before it
    log = ("Client 2001:db8:4a::c3:51234 -> /Common/pool_web\n"
           "peer 2a02:6b8:0:1:2:3:4:5:8443 closed\n")
    assert of_type(scrubber, log, "IP_ADDRESS") == {"2001:db8:4a::c3", "2a02:6b8:0:1:2:3:4:5"}


def test_ipv6_port_where_the_tool_writes_ipv4_endpoints_with_ports(scrubber):
    f5 = ("Jan 3 10:00:01 lb1 info tmm[1]: Client 192.0.2.15:41002 -> /Common/vs_api 198.51.100.7:8443\n"
          "Jan 3 10:00:02 lb1 info tmm[1]: Client 2001:db8:7::12:443 -> /Common/vs_api 198.51.100.7:8443\n")
    assert of_type(scrubber, f5, "IP_ADDRESS") == {"192.0.2.15", "198.51.100.7", "2001:db8:7::12"}
    qmail = ("@4000 tcpserver: ok 101 mx.example.net:192.0.2.9:25 :198.51.100.2::40001\n"
             "@4000 tcpserver: ok 102 mx.example.net:2001:db8:3::a7:25 :198.51.100.3::40002\n")
    assert of_type(scrubber, qmail, "IP_ADDRESS") == {"192.0.2.9", "198.51.100.2", "2001:db8:3::a7", "198.51.100.3"}


def test_ipv6_last_group_stays_without_such_evidence(scrubber):
    # no IPv4 endpoint with a port after the same word: "::7:80" may be the address's own group
    text = "gateway 2001:db8::7:80 and dns 192.0.2.53:53"
    assert of_type(scrubber, text, "IP_ADDRESS") == {"2001:db8::7:80", "192.0.2.53"}


# --- four dotted numbers under a phone label or in a phone column -------------------------------


def test_dotted_pairs_under_a_phone_label_are_no_address(scrubber):
    assert of_type(scrubber, "Kontakt: Per Olsen\nMobil: 22.41.87.63\n", "IP_ADDRESS") == set()
    assert of_type(scrubber, "Portable : 61.27.44.90", "IP_ADDRESS") == set()
    table = "Navn | Tlf. | E-mail\nMette Berg | 33.14.52.76 | mette@example.dk\n"
    assert of_type(scrubber, table, "IP_ADDRESS") == set()


def test_addresses_beside_phone_words_stay(scrubber):
    table = "Host | IP | Phone\npbx1 | 10.20.30.40 | +45 33 14 52 76\n"
    assert of_type(scrubber, table, "IP_ADDRESS") == {"10.20.30.40"}
    voip = "Device | Phone IP\ndesk-12 | 192.168.4.22\n"
    assert of_type(scrubber, voip, "IP_ADDRESS") == {"192.168.4.22"}
    assert of_type(scrubber, "IP: 22.41.87.63", "IP_ADDRESS") == {"22.41.87.63"}


# --- an SSN under a dotted key path -------------------------------------------------------------


def test_ssn_under_a_dotted_key_path(scrubber):
    log = "route=kyc status=200 applicant.ssn=287654411 ein=12-3456789\n"
    assert ssns(scrubber, log) == {"287654411"}
    assert ssns(scrubber, '{"borrower.taxpayerSsn": "412550193"}') == {"412550193"}


def test_dotted_key_near_misses(scrubber):
    # a path whose leaf names another number, an EIN, or an ITIN under the SSN key
    assert ssns(scrubber, "route=kyc applicant.ein=287654411 ref=287654412") == set()
    assert ssns(scrubber, "route=kyc applicant.ssn=912654411") == set()


# --- a card glued to a label in any alphabet; an unbroken card before another number ----------


def test_card_glued_to_a_label_in_any_alphabet(scrubber):
    assert of_type(scrubber, "Thẻ tín dụng:5425233430109903 hết hạn 04/28", "CREDIT_CARD") == {"5425233430109903"}
    assert of_type(scrubber, "Κάρτα:3782 822463 10005", "CREDIT_CARD") == {"3782 822463 10005"}
    assert of_type(scrubber, "כרטיס:4012-8888-8888-1881", "CREDIT_CARD") == {"4012-8888-8888-1881"}


def test_glued_number_of_no_brand_near_miss(scrubber):
    # glued to a word that names no card, a Luhn-valid number of no brand stays out
    assert of_type(scrubber, "Mã:9999999999999995", "CREDIT_CARD") == set()
    assert of_type(scrubber, "Κωδικός:1234567812345670", "CREDIT_CARD") == set()


def test_unbroken_card_then_another_number(scrubber):
    text = "ฉันจ่ายด้วยบัตร 5425233430109903 350 บาท"
    assert of_type(scrubber, text, "CREDIT_CARD") == {"5425233430109903"}
    assert of_type(scrubber, "paid by card 4012888888881881 12 EUR", "CREDIT_CARD") == {"4012888888881881"}
    # a Luhn-invalid head stays out
    assert of_type(scrubber, "paid by card 4012888888881882 12 EUR", "CREDIT_CARD") == set()


def test_airline_industry_card_only_at_uatp_length(scrubber):
    # industry 1 (airlines): UATP prints 15 digits; 16 digits there under a card word are no card
    assert of_type(scrubber, "Card on file: 1220 000000 00003", "CREDIT_CARD") == {"1220 000000 00003"}
    assert of_type(scrubber, "Card on file: 1000 0000 0000 0008", "CREDIT_CARD") == set()
    # a brand's 16 digits under the same words stay
    assert of_type(scrubber, "Card on file: 5425 2334 3010 9903", "CREDIT_CARD") == {"5425 2334 3010 9903"}


# --- a chat turn that corrects the SSN given in the turn above ----------------------------------


def test_turn_correcting_the_ssn_above(scrubber):
    chat = ("[9:02 AM] Rosa Patel: my social is 287654411\n"
            "[9:03 AM] Rosa Patel: sorry, wrong one. it is 412550193\n"
            "[9:04 AM] agent: thanks\n")
    assert ssns(scrubber, chat) == {"287654411", "412550193"}
    spanish = "Ana Ruiz: mi seguro social es 287654411\nAna Ruiz: perdón, me equivoqué, es 412550193\n"
    assert ssns(scrubber, spanish) == {"287654411", "412550193"}


def test_correction_near_misses(scrubber):
    # the turn above gave another kind of number, or no turn: the correction names nothing
    chat = "[9:02 AM] Rosa: my order number is 287654411\n[9:03 AM] Rosa: sorry, wrong one. it is 412550193\n"
    assert ssns(scrubber, chat) == set()
    assert ssns(scrubber, "My SSN is on file.\nSorry, wrong one: 412550193\n") == set()
