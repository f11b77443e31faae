"""US paperwork and export registers of blind set 35 (see pii_blind35.py): forms, CSV exports, letters."""

from __future__ import annotations

import random
import re

from pii_blind35_values import (
    B,
    C,
    Doc,
    E,
    I,
    P,
    S,
    bad_ssn,
    card,
    ein,
    email,
    iban,
    ipv4,
    ipv6,
    itin,
    luhn_bad,
    phone,
    ssn,
    us_phone,
)

FIRST = ["Tamika", "Ruben", "Shirley", "Dwayne", "Maribel", "Cody", "Latoya", "Evan", "Rosa", "Gary", "Hannah",
         "Jorge", "Brenda", "Terrell", "Kayla", "Luis", "Denise", "Travis", "Yesenia", "Curtis"]
LAST = ["Whitfield", "Alvarado", "Kowalski", "Dunbar", "Ochoa", "Pruitt", "Nguyen", "Braxton", "Castellanos",
        "Haugen", "McAllister", "Delgado", "Lindqvist", "Pettaway", "Huerta", "Stroud", "Yazzie", "Fenwick"]
DOMS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "comcast.net", "hotmail.com"]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def usval(rng: random.Random, code: str, ctx: dict):
    """A value for a field code: (type, value) labelled, ("X", value) a look-alike, or plain text."""
    if code == "name":
        return f"{ctx['first']} {ctx['last']}"
    if code == "name2":
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if code == "ssn":
        return (S, ssn(rng))
    if code == "ssn_sp":
        return (S, ssn(rng, " "))
    if code == "ssn_raw":
        return (S, ssn(rng, ""))
    if code == "phone":
        return (P, us_phone(rng))
    if code == "phone_ext":
        return (P, us_phone(rng, ext=True))
    if code == "mxphone":
        return (P, phone(rng, rng.choice(["MX", "MX", "GT", "JM"]), "mobile", rng.choice(["intl", "e164", "intl"])))
    if code == "email":
        return (E, email(rng, ctx["first"], ctx["last"], DOMS))
    if code == "orgmail":
        return (E, f"{rng.choice(['clerk', 'records', 'intake', 'office', 'fairboard', 'transport'])}@{ctx['org']}")
    if code == "card":
        return (C, card(rng, rng.choice(["visa", "mc", "amex", "disc"])))
    if code == "iban":
        return (B, iban(rng, rng.choice(["DE", "FR", "ES", "IT", "IE", "PT", "RO", "PL"]), rng.choice(["groups", "compact"])))
    if code == "ip":
        return (I, ipv4(rng) if rng.random() < 0.75 else ipv6(rng))
    looks = {
        "ein": lambda: ein(rng), "itin": lambda: itin(rng), "badssn": lambda: bad_ssn(rng),
        "zip4": lambda: f"{_d(rng, 5)}-{_d(rng, 4)}", "routing": lambda: rng.choice(["0", "1", "2"]) + _d(rng, 8),
        "acct": lambda: _d(rng, rng.randint(9, 12)), "caseno": lambda: f"{rng.choice(['SC', 'CV', 'SCL'])}-{rng.randint(24, 26)}-{_d(rng, 6)}",
        "masked_ssn": lambda: rng.choice(["XXX-XX-", "***-**-", "xxx-xx-"]) + _d(rng, 4),
        "regid": lambda: _d(rng, 9), "svcno": lambda: rng.choice(["1", "3", "5"]) + _d(rng, 7),
        "cdl": lambda: rng.choice(["D", "S", "B"]) + _d(rng, 7), "license": lambda: f"CC-{_d(rng, 6)}",
        "visa": lambda: _d(rng, 14), "tag": lambda: f"{rng.randint(1, 9)}{_d(rng, 3)}", "giftcard": lambda: luhn_bad(rng),
        "dob": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1948, 2008)}",
        "docket": lambda: f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 4)}", "masked_card": lambda: f"VISA ending {_d(rng, 4)}",
        "dcn": lambda: f"{_d(rng, 4)} {_d(rng, 3)} {_d(rng, 4)}", "fairid": lambda: f"4H-{_d(rng, 3)}-{_d(rng, 4)}",
    }
    if code in looks:
        return ("X", looks[code]())
    if code == "date":
        return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026"
    if code == "amount":
        return f"${rng.randint(40, 4800):,}.{rng.choice(['00', '50', '25'])}"
    return code


# register: (title, org domain, form fields, csv columns, letter template)
US = {
    "us_small_claims_filing": (
        "SMALL CLAIMS — PLAINTIFF'S CLAIM AND ORDER TO GO TO SMALL CLAIMS COURT", "smallclaims.countycourt.org",
        [("Plaintiff", "name"), ("Plaintiff SSN (confidential, form SC-100-INFO)", "ssn"), ("Daytime phone", "phone"),
         ("Email", "email"), ("Case number", "caseno"), ("Defendant business EIN", "ein"), ("Amount claimed", "amount"),
         ("Court clerk line", "phone_ext"), ("Filed", "date"), ("Fee paid by card", "card"), ("Receipt", "giftcard")],
        [("case_no", "caseno"), ("plaintiff", "name"), ("ssn", "ssn_raw"), ("phone", "phone"), ("fee_card", "card"), ("docket_ref", "docket"), ("efiled_ip", "ip")],
        ("On {date} {name} filed claim {caseno} for {amount}. The clerk reached the plaintiff at {phone} and by e-mail at "
        "{email}; the defendant's EIN {ein} was taken from the state registry. Questions about hearing dates go to "
        "{orgmail} or {phone_ext}. Docket line {docket}. E-filed from {ip}."),
    ),
    "us_disaster_assistance_registration": (
        "Individual Assistance — Disaster Registration Intake (tele-registration worksheet)", "recovery-intake.org",
        [("Applicant", "name"), ("Social Security No.", "ssn"), ("Co-applicant SSN", "ssn_sp"), ("Registration ID", "regid"),
         ("Callback phone", "phone"), ("Alternate phone", "phone"), ("Email", "email"), ("Damaged dwelling ZIP+4", "zip4"),
         ("Direct deposit routing", "routing"), ("Account", "acct"), ("Date of loss", "date")],
        [("registration_id", "regid"), ("applicant", "name"), ("applicant_ssn", "ssn"), ("zip", "zip4"), ("routing", "routing"), ("client_ip", "ip")],
        ("Registration {regid} was taken by phone on {date}. {name} (SSN {ssn}) asked for a callback at {phone}; a "
        "co-applicant's number on file, {badssn}, failed verification and was sent back. Deposit to routing {routing}, "
        "account {acct}. Inspector notes: {email}, session {ip}."),
    ),
    "us_dd214_records_request": (
        "REQUEST PERTAINING TO MILITARY RECORDS (separation documents / DD-214 copy)", "veteran-records-help.org",
        [("Veteran name", "name"), ("Service number", "svcno"), ("Social Security number", "ssn"), ("Date of birth", "dob"),
         ("Requester phone", "phone"), ("Requester email", "email"), ("Prior request no.", "dcn"), ("Copy fee paid by card", "card"), ("Signed", "date"), ("Signed from IP", "ip")],
        [("requester", "name"), ("svc_no", "svcno"), ("SSN", "ssn_raw"), ("dob", "dob"), ("fee_card", "card"), ("ip", "ip")],
        ("I am requesting a copy of my father's separation document. Name as served: {name}; service number {svcno}; "
        "his SSN was {ssn}; born {dob}. My earlier request ({dcn}) came back incomplete. Please call me at {phone} or "
        "write to {email}. Submitted online from {ip} on {date}."),
    ),
    "us_child_care_subsidy_enrollment": (
        "CHILD CARE ASSISTANCE — ENROLLMENT / PROVIDER ATTESTATION", "childcare-assist.org",
        [("Parent/guardian", "name"), ("Parent SSN", "ssn"), ("Child SSN", "ssn"), ("Child DOB", "dob"),
         ("Provider license #", "license"), ("Provider EIN", "ein"), ("Provider phone", "phone_ext"), ("Parent cell", "phone"),
         ("Parent email", "email"), ("Copay", "amount"), ("Copay autopay card", "card"), ("E-signature IP", "ip")],
        [("family_id", "regid"), ("parent", "name"), ("parent_ssn", "ssn"), ("autopay_card", "card"), ("provider_lic", "license"), ("signed_ip", "ip")],
        ("Dear {name}, your enrollment starting {date} is approved; copay {amount} per month. Your provider (license "
        "{license}, EIN {ein}) can be reached at {phone_ext}. Keep the family ID {regid}; it is not your SSN ({ssn} is "
        "what we verified). Questions: {orgmail}."),
    ),
    "us_clergy_housing_allowance": (
        "Resolution of the Church Council — Minister's Housing Allowance", "gracefellowship-church.org",
        [("Minister", "name"), ("Minister SSN", "ssn"), ("Church EIN", "ein"), ("Allowance designated", "amount"),
         ("Parsonage office", "phone"), ("Treasurer email", "orgmail"), ("Mission stipend account (IBAN)", "iban"),
         ("Adopted", "date")],
        [("minister", "name"), ("ssn", "ssn"), ("allowance", "amount"), ("stipend_iban", "iban"), ("phone", "phone")],
        ("RESOLVED that {amount} of the compensation of Rev. {name} (SSN {ssn}) be designated as housing allowance for "
        "2027. The church (EIN {ein}) will wire the missionary stipend to {iban}. Contact the treasurer at {orgmail} "
        "or {phone}. Adopted {date}; minutes posted from {ip}."),
    ),
    "us_h2a_farmworker_roster": (
        "H-2A Crew Roster — housing assignment and payroll setup", "valleygrowers-coop.com",
        [("Crew leader", "name"), ("Crew leader SSN", "ssn"), ("Worker home phone", "mxphone"), ("Worker US cell", "phone"),
         ("Visa control no.", "visa"), ("Employer EIN", "ein"), ("Housing office", "phone_ext"), ("Bunk tag", "tag"), ("Wage remittance IBAN (Spain/Portugal crews)", "iban")],
        [("worker", "name2"), ("ssn_or_itin", "ssn"), ("home_phone", "mxphone"), ("remittance_iban", "iban"), ("visa_no", "visa"), ("bunk", "tag")],
        ("Crew of {name} arrives {date}. Workers without an SSN use ITIN {itin} for payroll until the card arrives; "
        "{name2} already has SSN {ssn}. Family contact in the home country: {mxphone}. Housing office {phone_ext}; "
        "grower e-mail {orgmail}. Visa control {visa}."),
    ),
    "us_school_bus_driver_application": (
        "Application for Employment — School Bus Driver (Transportation Department)", "district-transport.org",
        [("Applicant", "name"), ("SSN", "ssn_raw"), ("CDL number", "cdl"), ("Cell", "phone"), ("Email", "email"),
         ("Reference 1 phone", "phone"), ("Reference 2 phone", "phone_ext"), ("Date available", "date"), ("DOB", "dob")],
        [("applicant", "name"), ("ssn", "ssn_sp"), ("cdl", "cdl"), ("cell", "phone"), ("applied", "date"), ("portal_ip", "ip")],
        ("{name} applied on {date} for the route driver opening. CDL {cdl}, DOB {dob}. Background check consent signed "
        "with SSN {ssn}. Best number {phone}; references reachable at {phone_ext}. Application portal log: {ip}."),
    ),
    "us_county_fair_4h_entry": (
        "County Fair — 4-H Livestock Exhibitor Entry Form", "countyfair-4h.org",
        [("Exhibitor", "name"), ("4-H member ID", "fairid"), ("Parent phone", "phone"), ("Parent email", "email"),
         ("Exhibitor SSN (for premium checks over $600)", "ssn"), ("Ear tag", "tag"), ("Entry fee card", "card"),
         ("Card on file", "masked_card"), ("Fair office", "phone_ext")],
        [("exhibitor", "name"), ("member_id", "fairid"), ("tag", "tag"), ("fee_card", "card"), ("premium_ssn", "ssn"), ("entry_fee", "amount")],
        ("{name} (member {fairid}) entered market lamb, ear tag {tag}. Entry fee {amount} charged to {card}; "
        "the receipt shows {masked_card}. Parent phone {phone}, e-mail {email}. Fair office: {phone_ext}."),
    ),
}


def us_doc(rng: random.Random, register: str, k: int) -> tuple[Doc, str]:
    title, org, fields, cols, letter = US[register]
    ctx = {"first": rng.choice(FIRST), "last": rng.choice(LAST), "org": org}
    doc = Doc()
    layout = k % 3
    url = f"https://www.{org}/" + rng.choice(["forms/", "portal/export/", "letters/", "intake/"]) + f"{rng.randint(1000, 99999)}"
    if layout == 0:  # filled form
        doc.t(title + "\n\n")
        sep = rng.choice([": ", ":  ", " ........ ", "\t"])
        for lab, code in fields:
            if rng.random() < 0.15 and code not in ("ssn_raw",):
                continue
            if rng.random() < 0.3:  # label above the value
                doc.f(f"{lab}\n{{v}}\n", v=usval(rng, code, ctx))
            else:
                doc.f(f"{lab}{sep}{{v}}\n", v=usval(rng, code, ctx))
        doc.f("Witness: {w}  ({ws})", w=usval(rng, "name2", ctx), ws=usval(rng, rng.choice(["itin", "badssn", "masked_ssn"]), ctx))
    elif layout == 1:  # CSV export
        delim = rng.choice([",", ";", "\t", "|"])
        doc.t(delim.join(h for h, _ in cols) + "\n")
        for _ in range(rng.randint(2, 5)):
            ctx = {"first": rng.choice(FIRST), "last": rng.choice(LAST), "org": org}
            cells = [usval(rng, code, ctx) for _, code in cols]
            for j, cell in enumerate(cells):
                if j:
                    doc.t(delim)
                if isinstance(cell, tuple):
                    (doc.x if cell[0] == "X" else lambda s, c=cell: doc.v(c[0], s))(cell[1])
                else:
                    doc.t(cell if delim not in cell else f'"{cell}"')
            doc.t("\n")
        doc.f("# exported {d} by {e}", d=usval(rng, "date", ctx), e=usval(rng, "orgmail", ctx))
    else:  # letter / narrative
        vals = {}
        for code in dict.fromkeys(re.findall(r"\{(\w+)\}", letter)):
            vals[code] = usval(rng, code, ctx)
        doc.f(letter, **vals)
    return doc, url
