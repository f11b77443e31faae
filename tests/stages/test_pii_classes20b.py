"""blind23's IP error classes (pii-classes20b): versions printed as four dotted numbers in a
User-Agent value or right after a server program's name, with cases of our own and near misses
(real addresses on the same lines) beside them."""
from __future__ import annotations

from tests.stages.pii_helpers import of_type

# --- a User-Agent header or field: product names and their versions ------------------------------


def test_version_in_a_sip_user_agent_header_is_no_address(scrubber):
    dump = ("Contact: <sip:204@172.18.4.20:5060>\n"
            "User-Agent: Fanvil X4U 2.12.5.31\n"
            "Received: sip:83.221.4.17:41022\n")
    assert of_type(scrubber, dump, "IP_ADDRESS") == {"172.18.4.20", "83.221.4.17"}


def test_version_in_a_json_ua_field_is_no_address(scrubber):
    line = ('{"src":"91.204.17.3","method":"REGISTER","user_agent":"Snom D785 10.1.54.13",'
            '"dst":"10.20.0.9"}\n'
            '{"ip":"185.12.9.44","ua":"Cisco-CP8841/14.2.1.6 SIP"}\n')
    assert of_type(scrubber, line, "IP_ADDRESS") == {"91.204.17.3", "10.20.0.9", "185.12.9.44"}


def test_address_after_a_closed_user_agent_value_stays(scrubber):
    # the value ends at its quote or at another key: an address after it is the client's
    line = 'user_agent="Mozilla/5.0 (X11; Linux x86_64)" client=84.17.3.201 status=200\n'
    assert of_type(scrubber, line, "IP_ADDRESS") == {"84.17.3.201"}
    line = "ua=Polycom-VVX411 remote_ip=62.41.7.19\n"
    assert of_type(scrubber, line, "IP_ADDRESS") == {"62.41.7.19"}


# --- a server program's name, then its version -----------------------------------------------------


def test_version_after_a_program_name_is_no_address(scrubber):
    banner = ("# redis 7.12.4.1 standalone, bind 10.4.0.12 port 6379\n"
              "haproxy 2.18.5.3 started; frontend on 195.8.40.11\n"
              "(engine 1.16.3.9) lapi 212.47.3.10:8080\n"
              "kernel module nf_conntrack 3.14.0.2; peer 5.18.1.40\n")
    assert of_type(scrubber, banner, "IP_ADDRESS") == {"10.4.0.12", "195.8.40.11", "212.47.3.10", "5.18.1.40"}


def test_address_after_a_program_name_stays_when_it_is_no_version(scrubber):
    # a large first part (a public block), 10/8, or a word that is no program's name keep it
    text = ("nginx 93.184.216.34 upstream\n"
            "consul 10.2.0.7 joined\n"
            "Ban 3.16.2.1\n"
            "sshd from 2.17.40.9 port 22\n")
    assert of_type(scrubber, text, "IP_ADDRESS") == {"93.184.216.34", "10.2.0.7", "3.16.2.1", "2.17.40.9"}


def test_address_after_a_user_agent_and_a_separator_or_a_client_word_stays(scrubber):
    assert of_type(scrubber, "User-Agent: Zoiper 5.16.3.2 · 77.41.9.120", "IP_ADDRESS") == {"77.41.9.120"}
    assert of_type(scrubber, "ua: MicroSIP 3.21.3.4 from 88.12.40.7", "IP_ADDRESS") == {"88.12.40.7"}
    assert of_type(scrubber, "ua: MicroSIP 3.21.3.4 | 88.12.40.7", "IP_ADDRESS") == {"88.12.40.7"}
