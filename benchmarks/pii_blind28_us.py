"""US paperwork and exports of the blind28 PII set: 8 registers, three layouts each (see pii_blind28.py)."""

from __future__ import annotations

import random

from benchmarks import pii_blind28_values as V

FIRST = ["Maria", "James", "Keisha", "Tran", "Robert", "Alejandra", "Dwayne", "Priya", "Connor", "Yolanda", "Ahmed"]
LAST = ["Hernandez", "Okafor", "Nguyen", "Miller", "Kowalski", "Washington", "Patel", "Brooks", "Romero", "Chen"]
CITIES = ["Tulsa, OK", "Dayton, OH", "Fresno, CA", "Macon, GA", "Yonkers, NY", "Boise, ID", "Mobile, AL"]

REGISTERS = {
    "us_school_meal_benefit_applications": ("School Meal Benefits Application (Free and Reduced-Price)", "district", "k12"),
    "us_immunization_exemption_requests": ("Request for Exemption from School Immunization Requirements", "schools", "k12"),
    "us_renters_insurance_claims": ("Renters Insurance — Notice of Loss", "claims", "insurance"),
    "us_flood_insurance_proof_of_loss": ("NFIP Proof of Loss / Adjuster Worksheet", "floodclaims", "insurance"),
    "us_public_housing_waitlist_applications": ("Housing Authority Waiting List Pre-Application", "pha", "housing"),
    "us_self_storage_rental_agreements": ("Self-Storage Rental Agreement", "storage", "housing"),
    "us_workers_comp_first_reports": ("Employer's First Report of Injury or Illness", "wcb", "insurance"),
    "us_cdl_driver_qualification_files": ("Driver Qualification File — Application for Employment (49 CFR 391.21)", "carrier", "transport"),
}


def us_phone(rng: random.Random) -> str:
    n = V.make_number(rng, "US")
    nat = V.fmt_phone(rng, n, "nat")  # (201) 555-0123
    digits = str(n.national_number)
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([nat, nat, f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
                       f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", digits, f"+1{digits}"])


def us_ext(rng: random.Random) -> str:
    return rng.choice([f" ext. {rng.randint(2, 9999)}", f" x{rng.randint(100, 999)}", f" Ext {rng.randint(10, 99)}"])


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def neg(rng: random.Random) -> str:
    """A US look-alike line: a number a finder could take for a phone, SSN or card."""
    r = rng.randint
    k = r(0, 13)
    return [
        f"Case No. {r(2023, 2026)}-{r(100000, 999999)}",
        f"Policy Number {V.digits(rng, 10)}",
        f"ZIP {r(10000, 99950)}-{r(1000, 9999)}",
        f"Routing (ABA) {V.digits(rng, 9, '0123')}",
        f"FEIN {V.make_ein(rng)}",
        f"ITIN/other id {V.bad_ssn(rng)}",
        f"SSN (last 4 only): XXX-XX-{r(1000, 9999)}",
        f"Date of birth {r(1, 12):02d}/{r(1, 28):02d}/{r(1950, 2015)}",
        f"Amount ${r(1, 99)},{r(100, 999)}.{r(0, 99):02d}",
        f"Confirmation # {r(100, 999)}-{r(100, 999)}-{r(1000, 9999)}",
        f"Call reference no. {r(200, 989)}-{r(200, 999)}-{r(1000, 9999)} from your earlier call",
        f"Gift card {V.bad_card(rng)}",
        f"Fax job ID {V.digits(rng, 10)}",
        f"Parcel #{V.digits(rng, 12)} · seat/booking {r(10, 99)}{rng.choice('ABCDEF')}",
    ][k]


SPECIFIC = {
    "us_school_meal_benefit_applications": ["SNAP/TANF case number", "Student ID", "Household size"],
    "us_immunization_exemption_requests": ["Student ID", "Medicaid ID", "Grade"],
    "us_renters_insurance_claims": ["Policy no.", "Claim no.", "Unit"],
    "us_flood_insurance_proof_of_loss": ["NFIP policy no.", "FEMA registration no.", "Flood zone"],
    "us_public_housing_waitlist_applications": ["Application no.", "Voucher no.", "Bedrooms"],
    "us_self_storage_rental_agreements": ["Unit no.", "Gate code", "Lock serial"],
    "us_workers_comp_first_reports": ["Carrier claim no.", "OSHA log case", "Hours/week"],
    "us_cdl_driver_qualification_files": ["CDL no.", "USDOT no.", "MC no."],
}


def _spec_val(rng: random.Random, i: int, label: str = "") -> str:
    if i == 2 and label.endswith("no."):
        return V.digits(rng, rng.randint(6, 7))
    if i == 2 and any(w in label for w in ("serial", "code", "Unit", "zone")):
        return V.digits(rng, 8) if "serial" in label else rng.choice(["AE", "X", "VE", "A12"]) if "zone" in label else str(rng.randint(100, 999))
    return [V.digits(rng, 9), f"{rng.randint(100000, 9999999)}", str(rng.randint(1, 8))][i]


def us_doc(rng: random.Random, reg: str, layout: int) -> tuple[str, list[dict], str, str]:
    title, host, _ = REGISTERS[reg]
    spec = SPECIFIC[reg]
    city = rng.choice(CITIES)
    url = f"https://{host}.{city.split(',')[0].lower()}{rng.choice(['.gov', '.org', '.com', '.us'])}/forms/{rng.randint(100, 999)}"
    d = V.Doc()
    lang = "en"
    if layout == 0:  # filled form, label lines
        d.t(title, "\n", "=" * min(60, len(title)), "\n")
        d.t(f"Name: {person(rng)}\n")
        d.t("Social Security Number: ")
        d.v("US_SSN", V.make_ssn(rng, rng.choice(["-", "-", " ", ""])))
        d.t(f"\n{spec[0]}: {_spec_val(rng, 0)}\n{spec[1]}: {_spec_val(rng, 1)}\n")
        d.t("Home phone: ")
        d.v("PHONE_NUMBER", us_phone(rng))
        d.t("   Work phone: ")
        d.v("PHONE_NUMBER", us_phone(rng) + (us_ext(rng) if rng.random() < 0.5 else ""))
        d.t(f"\n{neg(rng)}\n{neg(rng)}\nE-mail: ")
        d.v("EMAIL_ADDRESS", f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'att.net', 'icloud.com'])}")
        d.t(f"\n{spec[2]}: {_spec_val(rng, 2, spec[2])}   {neg(rng)}\n")
        if rng.random() < 0.5:
            d.t("Spouse / co-applicant SSN: ")
            d.v("US_SSN", V.make_ssn(rng, rng.choice(["-", " "])))
            d.t(f"   (ITIN holders write it here: {V.bad_ssn(rng)})\n")
        if rng.random() < 0.85:
            d.t("Card on file for fees: ")
            d.v("CREDIT_CARD", V.group_card(rng, V.make_card(rng, rng.choice(["visa", "mastercard", "amex", "discover"]))))
            d.t(f"  exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}\n")
        d.t(f"Signed {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026 · {neg(rng)}")
        if rng.random() < 0.5:
            d.t("\n-- e-signed online from IP ")
            d.v("IP_ADDRESS", V.public_v4(rng) if rng.random() < 0.7 else V.v6(rng, "global"))
            d.t(f" · form version {rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 255)} · page 1 of 2")
    elif layout == 1:  # CSV export, header above
        d.t(f"# export {title}\n")
        d.t(f"row,full_name,ssn,phone,alt_phone,email,{spec[0].lower().replace(' ', '_')},zip_plus4,amount,autopay_card\n")
        for i in range(rng.randint(3, 6)):
            d.t(f"{i + 1},{person(rng)},")
            d.v("US_SSN", V.make_ssn(rng, rng.choice(["", "-"])))
            d.t(",")
            d.v("PHONE_NUMBER", us_phone(rng).replace(",", ""))
            d.t(",")
            if rng.random() < 0.6:
                d.v("PHONE_NUMBER", us_phone(rng))
            d.t(",")
            if rng.random() < 0.6:
                d.v("EMAIL_ADDRESS", f"{rng.choice(FIRST).lower()}{rng.randint(10, 999)}@{rng.choice(['gmail.com', 'hotmail.com', 'comcast.net'])}")
            d.t(f",{_spec_val(rng, 0)},{rng.randint(10000, 99950)}-{rng.randint(1000, 9999)},\"{rng.randint(1, 99)},{rng.randint(100, 999)}.00\",")
            if rng.random() < 0.55:
                d.v("CREDIT_CARD", V.make_card(rng, rng.choice(["visa", "mastercard", "mastercard2", "amex", "discover"])))
            else:
                d.t(V.bad_card(rng).replace(" ", ""))
            d.t("\n")
        d.t(f"# generated {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026 {rng.randint(1, 12)}:{rng.randint(10, 59)} PM · {neg(rng)}\n")
    else:  # letter / caseworker note
        name = person(rng)
        d.t(f"{city}\n\nRe: {title}\nApplicant: {name}\n\n")
        d.t(f"Dear {name.split()[0]},\n\nWe received your paperwork on {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026. ")
        d.t("The social security number you gave us, ")
        d.v("US_SSN", V.make_ssn(rng, rng.choice(["-", ""])))
        d.t(f", matches our records; the number {V.bad_ssn(rng)} on page 2 does not and was struck out. ")
        if rng.random() < 0.5:
            d.t("Your household member's number ")
            d.v("US_SSN", V.make_ssn(rng, rng.choice(["-", " "])))
            d.t(f" is also on file (EIN {V.make_ein(rng)} belongs to your employer). ")
        if rng.random() < 0.6:
            d.t("The application fee was charged to the card ending in "
                f"{rng.randint(1000, 9999)}; the full number we have, ")
            d.v("CREDIT_CARD", V.group_card(rng, V.make_card(rng, rng.choice(["visa", "mastercard", "discover", "amex"]))))
            d.t(", will be deleted after 30 days. ")
        d.t("Please call our office at ")
        d.v("PHONE_NUMBER", us_phone(rng) + (us_ext(rng) if rng.random() < 0.5 else ""))
        d.t(f" and mention {neg(rng).lower()}. {neg(rng)}. ")
        if rng.random() < 0.4:
            reg2 = rng.choice(["MX", "GB", "DE", "PH", "IN"])
            n2 = V.make_number(rng, reg2)
            d.t("Callers abroad (or our bilingual desk) can use ")
            d.v("PHONE_NUMBER", V.fmt_phone(rng, n2, rng.choice(["011", "011", "intl"])))
            d.t(". ")
        d.t("Our fax is ")
        d.v("PHONE_NUMBER", us_phone(rng))
        d.t(f"; a fax job ID such as {V.digits(rng, 10)} is not needed. You may also write to ")
        d.v("EMAIL_ADDRESS", f"intake{rng.randint(1, 9)}@{host}.{city.split(',')[0].lower()}.gov")
        d.t(f" (not intake at {host} dot gov).\n\nPayment reference {rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)} · ")
        d.t(f"{neg(rng)}\n")
        if rng.random() < 0.4:
            d.t("Our portal shows the request came from ")
            d.v("IP_ADDRESS", V.public_v4(rng))
            d.t(f" on {rng.randint(1, 12)}.{rng.randint(1, 28)}.2026 (see rule {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)} of our privacy notice).\n")
        d.t(f"Sincerely,\nCase Unit {rng.randint(1, 40)}")
        if rng.random() < 0.5:
            d.t("\nDirect line ")
            d.v("PHONE_NUMBER", us_phone(rng))
    return d.text(), d.spans, url, lang
