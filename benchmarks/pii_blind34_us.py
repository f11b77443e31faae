"""US paperwork registers of blind34 (see pii_blind34.py)."""

from __future__ import annotations

import random

from pii_blind34_values import (
    Doc,
    card,
    card_luhn_bad,
    card_masked,
    email,
    iban,
    phone_us,
    ssn,
    ssn_fake,
)

FIRST = ["Dolores", "Marcus", "Keisha", "Trevor", "Yolanda", "Brandon", "Mei", "Luis", "Shanice", "Dwight", "Ingrid", "Ramon"]
LAST = ["Whitfield", "Okafor", "Delgado", "Nguyen", "Pruitt", "Haskins", "Barraza", "Lindqvist", "Tran", "McAllister"]
DOMS = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "att.net", "icloud.com"]
CITIES = ["Tulsa, OK", "Dayton, OH", "Fresno, CA", "Macon, GA", "Spokane, WA", "Erie, PA", "Lubbock, TX"]


def _who(rng: random.Random) -> tuple[str, str]:
    f, la = rng.choice(FIRST), rng.choice(LAST)
    return f"{f} {la}", email(rng, [f"{f.lower()}.{la.lower()}", f"{f[0].lower()}{la.lower()}", f"{la.lower()}{f[0].lower()}"], DOMS)


def _zip4(rng: random.Random) -> str:
    return f"{rng.randint(10000, 99899)}-{rng.randint(1000, 9999)}"


def rental_assistance_recert(rng: random.Random, layout: int):
    d, (name, mail) = Doc(), _who(rng)
    if layout == 0:
        d.t(f"ANNUAL RECERTIFICATION — HOUSING CHOICE VOUCHER\nHead of household: {name}\nSSN: ").v("US_SSN", ssn(rng))
        d.t(f"   Voucher #: {rng.randint(10000000, 99999999)}\nDaytime phone: ").v("PHONE_NUMBER", phone_us(rng)).t("\nEvening phone: ").v("PHONE_NUMBER", phone_us(rng))
        d.vp(rng, 0.5, "\nE-mail: ", "EMAIL_ADDRESS", mail).t("\nHousehold member 2 SSN: ").v("US_SSN", ssn(rng)).t(f"\nHousehold member 3 ITIN: {ssn_fake(rng)}\n")
        d.t(f"Landlord tax ID (EIN): {rng.randint(10, 88)}-{rng.randint(1000000, 9999999)}   Unit ZIP: {_zip4(rng)}\nMonthly rent: $1,{rng.randint(100, 999)}.00")
    elif layout == 1:
        d.t("member_no,relationship,dob,ssn,phone\n")
        for rel in ("HOH", "SPOUSE", "CHILD"):
            d.t(f"{rng.randint(1, 9)},{rel},{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1950, 2015)},").v("US_SSN", ssn(rng, rng.choice(["dash", "plain"]))).t(",")
            if rel == "CHILD":
                d.t("\n")
            else:
                d.v("PHONE_NUMBER", phone_us(rng, "dash")).t("\n")
        d.t(f"9,LODGER,01/01/1990,{ssn_fake(rng)},{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
    else:
        d.t(f"Caseworker note {rng.randint(1, 12)}/{rng.randint(1, 28)}: spoke with tenant {name} at ").v("PHONE_NUMBER", phone_us(rng))
        d.t(". Tenant's social is ").v("US_SSN", ssn(rng)).t(f" (verified against card). Old case # {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)} closed. Send packet to ")
        d.v("EMAIL_ADDRESS", mail).t(f" — not to {name.split()[0].lower()} at gmail dot com as on file.")
    return d.text(), d.spans, f"https://hcv.{rng.choice(['tulsahousing', 'daytonmha', 'fresnoha'])}.org/recert/{rng.randint(1000, 9999)}"


def pawn_ticket(rng: random.Random, layout: int):
    d, (name, mail) = Doc(), _who(rng)
    if layout == 0:
        d.t(f"PAWN TICKET No. {rng.randint(100000, 999999)}\nPledgor: {name}\nID: DL {rng.choice('ABCDEFG')}{rng.randint(1000000, 9999999)}   SSN ").v("US_SSN", ssn(rng, "plain"))
        d.t("\nTel ").v("PHONE_NUMBER", phone_us(rng)).t("\nLayaway card ").v("CREDIT_CARD", card(rng)).t(f"\nItem: Ring, 14k, 3.2 dwt   Serial/IMEI {rng.randint(35000000000000, 35999999999999)}{rng.randint(0, 9)}\nLoan $" + f"{rng.randint(40, 900)}.00  Due {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2027")
    elif layout == 1:
        d.t("ticket|pledgor|ssn|phone|item|card_on_file\n")
        for _ in range(rng.randint(2, 3)):
            d.t(f"{rng.randint(100000, 999999)}|{rng.choice(LAST).upper()}|").v("US_SSN", ssn(rng, "plain")).t("|").v("PHONE_NUMBER", phone_us(rng, "dots")).t(f"|{rng.choice(['DRILL', 'GUITAR', 'XBOX', 'CHAINSAW'])}|").v("CREDIT_CARD", card(rng)).t("\n")
        d.t(f"{rng.randint(100000, 999999)}|VOID|{ssn_fake(rng)}|000-000-0000|TV|{card_luhn_bad(rng)}")
    else:
        d.t("Text from ").v("PHONE_NUMBER", phone_us(rng, "one")).t(f": hey its {name.split()[0]}, can i pay the interest on ticket {rng.randint(100000, 999999)} w/ my card ")
        d.v("CREDIT_CARD", card(rng)).t(f"? exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}. receipt to ").v("EMAIL_ADDRESS", mail)
    return d.text(), d.spans, f"https://pawn.{rng.choice(['cashamerica-local', 'gold-n-loan', 'eastsidepawn'])}.com/tickets"


def impound_release(rng: random.Random, layout: int):
    d, (name, mail) = Doc(), _who(rng)
    vin = "1HGCM" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(12))
    if layout == 0:
        d.t(f"VEHICLE RELEASE AUTHORIZATION\nOwner: {name}\nVIN: {vin}\nTow ticket: {rng.randint(1000000, 9999999)}\nOwner SSN: ").v("US_SSN", ssn(rng))
        d.t("\nContact: ").v("PHONE_NUMBER", phone_us(rng)).t("\nFees paid by card ").v("CREDIT_CARD", card(rng)).t(f", auth code {rng.randint(100000, 999999)}\nLot phone: ").v("PHONE_NUMBER", phone_us(rng, "paren") + " ext. " + str(rng.randint(10, 99)))
    elif layout == 1:
        d.t(f"Plate,State,Owner SSN,Owner phone,Payment,Storage days\n{rng.choice('ABCDEFGHJK')}{rng.randint(100, 999)}{rng.choice('ABCXYZ')}{rng.randint(10, 99)},OK,").v("US_SSN", ssn(rng)).t(",")
        d.v("PHONE_NUMBER", phone_us(rng, "dash")).t(",").v("CREDIT_CARD", card(rng, None, "plain")).t(f",{rng.randint(1, 30)}\n")
        d.t(f"{rng.randint(100, 999)}ZZ{rng.randint(10, 99)},TX,{ssn_fake(rng)},{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}X,{card_masked(rng)},{rng.randint(1, 30)}")
    else:
        d.t("From: ").v("EMAIL_ADDRESS", mail).t("\nSubject: my car\n\nYou towed my truck from the Kroger lot. My number is ").v("PHONE_NUMBER", phone_us(rng))
        d.t(" and the dispatcher said call ").v("PHONE_NUMBER", phone_us(rng, "dots") + f" x{rng.randint(100, 999)}").t(f". Case {rng.randint(2026, 2027)}-{rng.randint(100000, 999999)}. I can pay with ").v("CREDIT_CARD", card(rng)).t(" today.")
    return d.text(), d.spans, f"https://www.{rng.choice(['cityoftulsa', 'erie-pa', 'lubbocktx'])}.gov/impound/release"


def lottery_claim(rng: random.Random, layout: int):
    d, (name, mail) = Doc(), _who(rng)
    if layout == 0:
        d.t(f"WINNER CLAIM FORM\nName: {name}\nSocial Security Number: ").v("US_SSN", ssn(rng, rng.choice(["dash", "plain", "space"])))
        d.t(f"\nTicket serial: {rng.randint(100, 999)}-{rng.randint(10000000, 99999999)}-{rng.randint(100, 999)}\nPhone: ").v("PHONE_NUMBER", phone_us(rng))
        d.t(f"\nPrize: ${rng.randint(600, 50000):,}   Retailer #: {rng.randint(10000, 99999)}").vp(rng, 0.5, "\nE-mail: ", "EMAIL_ADDRESS", mail)
    elif layout == 1:
        d.t("claim_id\twinner\tsoc_sec\twithholding\n")
        for _ in range(3):
            d.t(f"{rng.randint(100000, 999999)}\t{rng.choice(LAST)}\t").v("US_SSN", ssn(rng, rng.choice(["dash", "plain"]))).t(f"\t{rng.choice(['24%', '0%'])}\n")
        d.t(f"{rng.randint(100000, 999999)}\tESTATE\t{rng.randint(10, 88)}-{rng.randint(1000000, 9999999)}\t24%")
    else:
        d.t(f"Claimant {name} called from ").v("PHONE_NUMBER", phone_us(rng, "intl")).t(". Co-claimant SSN ").v("US_SSN", ssn(rng)).t(", the other a nonresident with ITIN ")
        d.t(ssn_fake(rng) + ". Direct deposit routing " + str(rng.randint(100000000, 399999999)) + ". Contact ").v("EMAIL_ADDRESS", mail)
    return d.text(), d.spans, f"https://www.{rng.choice(['ohiolottery', 'galottery', 'walottery'])}.com/claims/form"


def bill_of_lading(rng: random.Random, layout: int):
    d, (name, mail) = Doc(), _who(rng)
    if layout == 0:
        d.t(f"STRAIGHT BILL OF LADING — NOT NEGOTIABLE\nBOL #: {rng.randint(1000000000, 9999999999)}   PRO #: {rng.randint(100000000, 999999999)}\nShipper: {rng.choice(LAST)} Farms, {rng.choice(CITIES)}  Ph ")
        d.v("PHONE_NUMBER", phone_us(rng)).t(f"\nConsignee: {name}, {rng.choice(CITIES)} {_zip4(rng)}  Ph ").v("PHONE_NUMBER", phone_us(rng)).t(f"\nNMFC {rng.randint(100000, 199999)}-{rng.randint(1, 9)}  Weight {rng.randint(100, 4000)} lb  Seal {rng.randint(1000000, 9999999)}\n")
        d.t("Accessorials charged to fuel card ").v("CREDIT_CARD", card(rng)).t("\nRemit freight charges (EUR) to ").v("IBAN_CODE", iban(rng, rng.choice(["DE", "NL", "AT", "IE"]))).t("\nCarrier e-mail: ").v("EMAIL_ADDRESS", mail)
    elif layout == 1:
        d.t("stop,contact,phone,email,appt\n")
        for _ in range(2):
            n, m = _who(rng)
            d.t(f"{rng.randint(1, 5)},{n},").v("PHONE_NUMBER", phone_us(rng, "dash")).t(",").v("EMAIL_ADDRESS", m).t(f",{rng.randint(6, 17):02d}:{rng.choice(['00', '30'])}\n")
        d.t(f"3,Dock office,{rng.randint(100, 999)}-{rng.randint(1000, 9999)},dock at warehouse dot com,{rng.randint(6, 17):02d}:00")
    else:
        d.t(f"[driver chat] pickup #{rng.randint(100000, 999999)} ready? shipper line ").v("PHONE_NUMBER", phone_us(rng)).t(" rings out\n[dispatch] try the office")
        d.t(" or their cell ").v("PHONE_NUMBER", phone_us(rng)).t(f". trailer {rng.randint(500000, 599999)}, temp 34°F\n[driver] lumper wants card, use ").v("CREDIT_CARD", card(rng)).t("?\n[dispatch] yes, company card, exp 09/29")
    return d.text(), d.spans, f"https://tms.{rng.choice(['prairiefreight', 'redriverlogistics', 'bluestemtrucking'])}.com/bol"


def pet_adoption_contract(rng: random.Random, layout: int):
    d, (name, mail) = Doc(), _who(rng)
    chip = f"{rng.randint(900, 985)}{rng.randint(100000000000, 999999999999)}"
    if layout == 0:
        d.t(f"ADOPTION AGREEMENT\nAnimal: {rng.choice(['Biscuit', 'Luna', 'Rocco', 'Pepper'])}  Microchip: {chip}\nAdopter: {name}\nPhone: ").v("PHONE_NUMBER", phone_us(rng))
        d.vp(rng, 0.4, "   Alt: ", "PHONE_NUMBER", phone_us(rng)).t("\nAdopter SSN (background check): ").v("US_SSN", ssn(rng)).vp(rng, 0.5, "\nEmail: ", "EMAIL_ADDRESS", mail).t("\nFee $" + f"{rng.randint(50, 250)} paid by card ").v("CREDIT_CARD", card(rng)).t(f"\nVet reference: Dr. {rng.choice(LAST)} ").v("PHONE_NUMBER", phone_us(rng, "paren"))
    elif layout == 1:
        d.t("Adopter | Phone | Microchip | Rabies tag | Fee card\n")
        for _ in range(3):
            d.t(f"{rng.choice(FIRST)} {rng.choice(LAST)} | ").v("PHONE_NUMBER", phone_us(rng, "dash")).t(f" | {rng.randint(900, 985)}{rng.randint(100000000000, 999999999999)} | {rng.randint(2026, 2027)}-{rng.randint(1000, 9999)} | ").v("CREDIT_CARD", card(rng)).t("\n")
    else:
        d.v("EMAIL_ADDRESS", mail).t(f" wrote: \"Hi! We'd love to meet {rng.choice(['Biscuit', 'Luna'])}. Best number is ").v("PHONE_NUMBER", phone_us(rng)).t(". Our landlord's number is ").v("PHONE_NUMBER", phone_us(rng)).t(f". Sent the $25 hold from card ending {rng.randint(1000, 9999)}; the fee can go on ").v("CREDIT_CARD", card(rng)).t(".\"")
    return d.text(), d.spans, f"https://www.{rng.choice(['humaneok', 'spokanehumane', 'maconpets'])}.org/adopt/contract"


def food_bank_intake(rng: random.Random, layout: int):
    d, (name, mail) = Doc(), _who(rng)
    if layout == 0:
        d.t(f"CLIENT INTAKE — TEFAP\nName: {name}\nLast 4 SSN: {rng.randint(1000, 9999)}   Household size: {rng.randint(1, 8)}\nFull SSN (for SNAP referral): ").v("US_SSN", ssn(rng))
        d.t("\nPhone: ").v("PHONE_NUMBER", phone_us(rng)).t(f"\nZIP: {_zip4(rng)}   Client ID {rng.randint(10000, 99999)}").vp(rng, 0.4, "\nEmail (optional): ", "EMAIL_ADDRESS", mail)
    elif layout == 1:
        d.t("visit_date,client_id,ssn,phone,lbs\n")
        for _ in range(3):
            d.t(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},{rng.randint(10000, 99999)},").v("US_SSN", ssn(rng, "plain")).t(",").v("PHONE_NUMBER", phone_us(rng, "dash")).t(f",{rng.randint(10, 60)}\n")
        d.t(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},{rng.randint(10000, 99999)},000000000,,{rng.randint(10, 60)}")
    else:
        d.t(f"Volunteer log: {name} asked for a callback at ").v("PHONE_NUMBER", phone_us(rng)).t(" about the SNAP form. SSN on the form is ").v("US_SSN", ssn(rng))
        d.t(f"; spouse wrote {ssn_fake(rng)} which is an ITIN/EIN — flagged. Pantry hours 9-12, pallet {rng.randint(1000, 9999)}.")
    return d.text(), d.spans, f"https://intake.{rng.choice(['feedingdayton', 'regionalfoodbank', 'harvestfresno'])}.org/client"


def blood_donor_record(rng: random.Random, layout: int):
    d, (name, mail) = Doc(), _who(rng)
    din = f"W{rng.randint(1000, 9999)} {rng.randint(26, 27)} {rng.randint(100000, 999999)}"
    if layout == 0:
        d.t(f"DONOR RECORD\nDonor: {name}   Donor ID {rng.randint(1000000, 9999999)}\nSSN: ").v("US_SSN", ssn(rng)).t(f"\nDIN: {din}   Hgb 13.{rng.randint(0, 9)} g/dL   BP 12{rng.randint(0, 9)}/8{rng.randint(0, 9)}\nPhone: ")
        d.v("PHONE_NUMBER", phone_us(rng)).vp(rng, 0.5, "\nEmail: ", "EMAIL_ADDRESS", mail)
    elif layout == 1:
        d.t("donor_id\tssn\tphone\temail\tlast_donation\n")
        for _ in range(3):
            _n, m = _who(rng)
            d.t(f"{rng.randint(1000000, 9999999)}\t").v("US_SSN", ssn(rng, rng.choice(["dash", "plain"]))).t("\t").v("PHONE_NUMBER", phone_us(rng, rng.choice(["dash", "paren"]))).t("\t")
            if rng.random() < 0.5:
                d.v("EMAIL_ADDRESS", m)
            d.t(f"\t{rng.randint(1, 12)}/{rng.randint(1, 28)}/2026\n")
    else:
        d.t("Reminder sent to ").v("EMAIL_ADDRESS", mail).t(" and SMS to ").v("PHONE_NUMBER", phone_us(rng, "dash")).t(f": you are eligible again on {rng.randint(1, 12)}/{rng.randint(1, 28)}. Unit {din} shipped. Reply STOP to 90999.")
    return d.text(), d.spans, f"https://donor.{rng.choice(['bloodcenterok', 'inlandbb', 'communityblood'])}.org/record"


US = {
    "rental_assistance_recert": rental_assistance_recert,
    "pawn_ticket": pawn_ticket,
    "impound_release": impound_release,
    "lottery_claim": lottery_claim,
    "bill_of_lading": bill_of_lading,
    "pet_adoption_contract": pet_adoption_contract,
    "food_bank_intake": food_bank_intake,
    "blood_donor_record": blood_donor_record,
}
