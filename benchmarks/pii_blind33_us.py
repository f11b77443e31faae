"""US paperwork / export registers of the blind33 PII set (English). Phrases written for blind33."""

from __future__ import annotations

from benchmarks.pii_blind33_values import (
    CARD,
    EMAIL,
    IP,
    PHONE,
    SSN,
    Doc,
    bad_luhn,
    card,
    email,
    ipv4,
    itin,
    ssn,
    us_phone,
)

FIRST = ["Dale", "Rhonda", "Tyrell", "Marisol", "Beau", "Krystal", "Duc", "Imani", "Wyatt", "Lorena", "Cody", "Shauna"]
LAST = ["Pruitt", "Okafor", "Delacruz", "Hensley", "Tran", "Bledsoe", "Yazzie", "Castellanos", "Whitt", "Abernathy"]
DOMS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "att.net", "protonmail.com"]


def _who(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f, l, email(rng, rng.choice([f"{f}.{l}", f"{f[0]}{l}{rng.randrange(10, 99)}", f"{l}{f}"]), rng.choice(DOMS))


def _zip4(rng):
    return f"{rng.randrange(10000, 99999)}-{rng.randrange(1000, 9999)}"


def fcc_605(rng, lay):
    d = Doc()
    f, l, e = _who(rng)
    frn = f"00{rng.randrange(10**7, 10**8)}"
    call = rng.choice(["KD", "KE", "N", "W", "AC"]) + str(rng.randrange(10)) + "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    if lay == 0:
        d.t(f"FCC Form 605 — Main Form (Amateur)\nApplicant: {l}, {f}   Call sign: {call}\nFRN: {frn}\n")
        d.t("Taxpayer Identification Number (SSN): ").v(SSN, ssn(rng, rng.choice(["-", ""]))).t("\n")
        d.t("Phone: ").v(PHONE, us_phone(rng, "paren") + f" ext. {rng.randrange(2, 999)}").t("   Fax: none\nE-mail: ").v(EMAIL, e).t(f"\nMailing ZIP: {_zip4(rng)}\n")
        d.t(f"VE session ID {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)} (not an SSN)\n")
    elif lay == 1:
        d.t("frn,callsign,last,first,ssn,phone,email,exam_date\n")
        for _ in range(rng.randrange(4, 8)):
            f, l, e = _who(rng)
            d.t(f"00{rng.randrange(10**7, 10**8)},{call},{l},{f},").v(SSN, ssn(rng, "")).t(",").v(PHONE, us_phone(rng, "dash")).t(",").v(EMAIL, e)
            d.t(f",2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}\n")
    else:
        d.t(f"VE team notes — {call}\n- candidate {f} {l} gave SSN ").v(SSN, ssn(rng)).t(", callback ").v(PHONE, us_phone(rng, "paren")).t("\n")
        d.t(f"- ITIN on second form {itin(rng)} rejected by ULS; FRN {frn}\n- exam fee receipt 605-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}\n")
    return d, "https://www.arrl-ve-session.org/forms/605"


def vessel_reg(rng, lay):
    d = Doc()
    f, l, _e = _who(rng)
    hin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f"{rng.randrange(10**4, 10**5)}" + rng.choice("ABCDEFGHJKL") + f"{rng.randrange(100, 999)}"
    if lay == 0:
        d.t(f"Application for Vessel Certificate of Number\nHull ID (HIN): {hin}   State no.: FL {rng.randrange(1000, 9999)} {rng.choice(['AB', 'KM', 'RT'])}\n")
        d.t(f"Owner: {f} {l}\nSocial Security No. ").v(SSN, ssn(rng)).t("\nDaytime phone ").v(PHONE, us_phone(rng)).t(f"  Engine S/N {rng.randrange(10**8, 10**9)}\n")
        d.t("Paid with ").v(CARD, card(rng)).t(f" — fee $ {rng.randrange(30, 200)}.{rng.randrange(100):02d}\n")
    elif lay == 1:
        d.t("OWNER_SSN|OWNER_NAME|HIN|PHONE|FEE_CARD\n")
        for _ in range(rng.randrange(3, 6)):
            f, l, _e = _who(rng)
            d.v(SSN, ssn(rng, "")).t(f"|{l.upper()} {f.upper()}|{hin}|").v(PHONE, us_phone(rng, "e164")).t("|").v(CARD, card(rng, grouped="none")).t("\n")
    else:
        d.t(f"Clerk chat: owner {f} {l} called from ").v(PHONE, us_phone(rng, "dots")).t(f" about decal {rng.randrange(10**6, 10**7)}; ")
        d.t("card on file ").v(CARD, card(rng, grouped="dash")).t(f", receipt card ending **** {rng.randrange(1000, 9999)}; old card {bad_luhn(rng)} bounced.")
    return d, "https://vessels.example-dmv.gov/apply"


def sublease(rng, lay):
    d = Doc()
    f, l, e = _who(rng)
    if lay == 0:
        d.t(f"Sublease Rider — Unit {rng.randrange(100, 999)}\nSubtenant {f} {l} (SSN ").v(SSN, ssn(rng)).t(") agrees to the master lease.\n")
        d.t("Reach subtenant at ").v(PHONE, us_phone(rng)).t(" or ").v(EMAIL, e).t(f". Security deposit ${rng.randrange(500, 3000)}.00.\n")
        d.t(f"Landlord EIN {rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}; parcel {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}\n")
    elif lay == 1:
        d.t("Applicant\n  Name: " + f"{f} {l}\n  SSN: ").v(SSN, ssn(rng, rng.choice(["-", " "]))).t("\n  Cell: ").v(PHONE, us_phone(rng)).t("\n  Email: ").v(EMAIL, e).t("\n")
        d.t(f"  Prior application SSN on file: ***-**-{rng.randrange(1000, 9999)}\n  Application fee card: ").v(CARD, card(rng)).t(f"\n  Current ZIP+4: {_zip4(rng)}\n  Move-in: 0{rng.randrange(1, 9)}/{rng.randrange(10, 28)}/2027\n")
    else:
        d.t(f"From: {f} {l} <").v(EMAIL, e).t(">\nHi, my phone changed to ").v(PHONE, us_phone(rng, "dash")).t(". Background check asked for my SSN again, it is ")
        d.v(SSN, ssn(rng, rng.choice(["-", "", " "]))).t(f". Thanks!\nSent from my iPhone\nRef #{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}")
    return d, "https://portal.leasedesk.example/sublease"


def rodeo_entry(rng, lay):
    d = Doc()
    f, l, e = _who(rng)
    if lay == 0:
        d.t(f"Rodeo Entry & W-9 — Tie-Down Roping\nContestant: {f} {l}, back no. {rng.randrange(100, 999)}, PRCA card {rng.randrange(10**5, 10**6)}\n")
        d.t("SSN for payout 1099: ").v(SSN, ssn(rng)).t("\nCell ").v(PHONE, us_phone(rng)).t("  Email ").v(EMAIL, e).t("\n")
        d.t("Entry fee charged to ").v(CARD, card(rng)).t(f" ($ {rng.randrange(100, 500)}.00)\n")
    elif lay == 1:
        d.t("event,back_no,name,ssn,phone,fee_card,time\n")
        for _ in range(rng.randrange(3, 7)):
            f, l, e = _who(rng)
            d.t(f"BR,{rng.randrange(100, 999)},{f} {l},").v(SSN, ssn(rng)).t(",").v(PHONE, us_phone(rng, "paren")).t(",").v(CARD, card(rng))
            d.t(f",{rng.randrange(7, 20)}.{rng.randrange(10, 99)}\n")
    else:
        d.t(f"Secretary log 19:{rng.randrange(10, 59)} — {f} {l} paid by phone, card ").v(CARD, card(rng, grouped="none")).t(", callback ")
        d.v(PHONE, us_phone(rng, "one")).t(f". Stock contractor ph. on file is the office line. Draw #{rng.randrange(10, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}\n")
    return d, "https://www.countyrodeo-entries.example.org/entry"


def fhir_patient(rng, lay):
    d = Doc()
    f, l, e = _who(rng)
    npi = f"1{rng.randrange(10**8, 10**9)}"
    if lay == 0:
        d.t('{"resourceType":"Patient","id":"' + f"pt-{rng.randrange(10**5, 10**6)}" + '","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"')
        d.v(SSN, ssn(rng, rng.choice(["", "-"]))).t('"},{"system":"http://hospital.example/mrn","value":"' + f"{rng.randrange(10**8, 10**9)}" + '"}],')
        d.t('"telecom":[{"system":"phone","value":"').v(PHONE, us_phone(rng)).t('","use":"home"},{"system":"email","value":"').v(EMAIL, e).t('"}],')
        d.t(f'"generalPractitioner":[{{"identifier":{{"system":"http://hl7.org/fhir/sid/us-npi","value":"{npi}"}}}}]}}')
    elif lay == 1:
        d.t("resource_id\tfamily\tgiven\tssn\ttelecom_phone\tmeta.versionId\n")
        for _ in range(rng.randrange(4, 8)):
            f, l, e = _who(rng)
            d.t(f"pt-{rng.randrange(10**5, 10**6)}\t{l}\t{f}\t").v(SSN, ssn(rng, "")).t("\t").v(PHONE, us_phone(rng, "e164")).t(f"\t{rng.randrange(1, 9)}\n")
    else:
        d.t(f"2026-12-0{rng.randrange(1, 7)}T08:{rng.randrange(10, 59)}:00Z INFO fhir-sync PUT Patient/pt-{rng.randrange(10**5, 10**6)} from ").v(IP, ipv4(rng, True))
        d.t(" telecom=").v(PHONE, us_phone(rng, "dash")).t(f" npi={npi} ssn=").v(SSN, ssn(rng)).t(" status=200\n")
    return d, "https://fhir.clinic-network.example/Patient"


def square_export(rng, lay):
    d = Doc()
    f, l, e = _who(rng)
    if lay == 0:
        d.t("Date,Time,Gross Sales,Card Brand,PAN Suffix,Keyed PAN,Customer Name,Customer Phone,Transaction ID\n")
        for _ in range(rng.randrange(3, 6)):
            f, l, e = _who(rng)
            pan = card(rng, "visa", "none")
            d.t(f"12/0{rng.randrange(1, 7)}/2026,1{rng.randrange(10)}:{rng.randrange(10, 59)},${rng.randrange(3, 90)}.{rng.randrange(100):02d},Visa,{pan[-4:]},")
            d.v(CARD, pan).t(f",{f} {l},").v(PHONE, us_phone(rng, "plus")).t(f",{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(22))}\n")
    elif lay == 1:
        d.t(f"Manual key-in override — device serial {rng.randrange(10**11, 10**12)}\nCard: ").v(CARD, card(rng)).t(f"  Exp {rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}\n")
        d.t(f"Gift card 6035{rng.randrange(10**11, 10**12)} (store value, not a payment card)\nCustomer ").v(PHONE, us_phone(rng)).t("\n")
    else:
        d.t("Dispute memo: cardholder says ").v(CARD, card(rng, "amex")).t(f" was charged twice; masked on receipt as XXXX-XXXXXX-X{rng.randrange(1000, 9999)}. Customer email ")
        d.v(EMAIL, e).t(".")
    return d, "https://squareup-export.example.com/transactions.csv"


def eventbrite(rng, lay):
    d = Doc()
    if lay == 0:
        d.t("Order #,Order Date,First Name,Last Name,Email,Cell Phone,Ticket Type,Barcode #\n")
        for _ in range(rng.randrange(3, 7)):
            f, l, e = _who(rng)
            d.t(f"{rng.randrange(10**9, 10**10)},2026-11-{rng.randrange(10, 30)},{f},{l},").v(EMAIL, e).t(",").v(PHONE, us_phone(rng, rng.choice(["dash", "paren"])))
            d.t(f",General Admission,{rng.randrange(10**17, 10**18)}\n")
    elif lay == 1:
        f, l, e = _who(rng)
        d.t(f"Attendee: {f} {l}\nEmail: ").v(EMAIL, e).t("\nPhone: ").v(PHONE, us_phone(rng)).t(f"\nOrder no. {rng.randrange(10**9, 10**10)}\nPromo: {f.upper()}{rng.randrange(10, 99)}\n")
    else:
        f, l, e = _who(rng)
        d.v(EMAIL, e).t(f" checked in at door 2 ({rng.randrange(1, 12)}:{rng.randrange(10, 59)} PM); refund to card ").v(CARD, card(rng)).t(" requested; call ").v(PHONE, us_phone(rng, "dots"))
    return d, "https://www.eventbrite-export.example.com/attendees"


def rv_park(rng, lay):
    d = Doc()
    f, l, _e = _who(rng)
    if lay == 0:
        d.t(f"Reservation confirmation — Site {rng.choice('ABCD')}{rng.randrange(1, 60)} (50 amp, pull-through)\nGuest: {f} {l}\nPhone: ").v(PHONE, us_phone(rng)).t("\n")
        d.t("Deposit card: ").v(CARD, card(rng)).t(f"\nRig length 38 ft, plate TX {rng.choice('BCDFG')}{rng.choice('BCDFG')}{rng.randrange(1000, 9999)}\nGPS 30.{rng.randrange(10**5, 10**6)}, -97.{rng.randrange(10**5, 10**6)}\n")
    elif lay == 1:
        d.t("site | guest | phone | card on file | nights\n")
        for _ in range(rng.randrange(3, 6)):
            f, l, _e = _who(rng)
            d.t(f"{rng.randrange(1, 99):02d} | {f} {l} | ").v(PHONE, us_phone(rng, "dash")).t(" | ").v(CARD, card(rng)).t(f" | {rng.randrange(1, 14)}\n")
    else:
        d.t(f"Monthly guest W-9 on file: {f} {l}, SSN ").v(SSN, ssn(rng)).t(" — wifi login from ").v(IP, ipv4(rng, True)).t(f" ; gate code {rng.randrange(1000, 9999)}#")
    return d, "https://www.lonestar-rvpark.example.com/reservations"


REGISTERS = {
    "us_fcc605_amateur_license": fcc_605, "us_vessel_registration": vessel_reg, "us_sublease_application": sublease,
    "us_rodeo_entry_w9": rodeo_entry, "us_fhir_patient_export": fhir_patient, "us_square_pos_export": square_export,
    "us_eventbrite_attendees": eventbrite, "us_rv_park_reservation": rv_park,
}
