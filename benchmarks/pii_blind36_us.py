"""US paperwork / export registers of the blind36 PII set (see pii_blind36.py)."""

from __future__ import annotations

import random

import pii_blind36_values as V
from pii_blind36_common import IP, C, E, I, N, P, S, card_like, digits

FIRST = ["Dale", "Marisol", "Tyrone", "Becky", "Hiroshi", "Latoya", "Cody", "Priscilla", "Ngozi", "Wade", "Consuelo",
         "Brandon", "Ashlyn", "Deshawn", "Maribel", "Travis"]
LAST = ["Hollister", "Okonkwo", "Vasquez", "Pruitt", "Tanaka", "Yazzie", "Lindqvist", "Boudreaux", "McAllister",
        "Nguyen", "Garza", "Whitfield", "Kowalski", "Begay"]
TOWNS = [("Dodge City", "KS", "67801"), ("Yakima", "WA", "98901"), ("Tupelo", "MS", "38804"), ("Bend", "OR", "97701"),
         ("Lafayette", "LA", "70501"), ("Bismarck", "ND", "58501"), ("Laredo", "TX", "78040"), ("Ithaca", "NY", "14850")]

# register -> (title, host, extra field pairs maker)
REGS = {
    "us_crop_insurance_claim": ("Notice of Loss – Multi-Peril Crop Insurance", "heartlandcropagency.com"),
    "us_school_bus_driver_application": ("School Bus Driver Applicant Packet – Transportation Dept.", "usd-transport.org"),
    "us_tax_lien_redemption": ("Request for Redemption of Tax Lien Certificate", "countytreasurer-records.us"),
    "us_food_truck_vendor_permit": ("Mobile Food Vendor Permit Application", "cityfoodpermits.org"),
    "us_court_reporter_transcript_order": ("Transcript Order Form – Official Court Reporter", "deposition-reporting.com"),
    "us_workers_comp_first_report": ("Employer's First Report of Injury or Illness", "wcfirstreport.com"),
    "us_moving_company_inventory": ("Household Goods Inventory & Order for Service", "prairiemovers.com"),
    "us_pell_grant_verification": ("Verification Worksheet – Independent Student", "finaid-office.edu"),
}


def _neg_fields(rng: random.Random, reg: str) -> list[tuple[str, str]]:
    """Look-alike fields the real form carries beside the real values."""
    pool = {
        "us_crop_insurance_claim": [("Policy No.", f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 6)}"),
                                    ("FSN / Tract", f"{digits(rng, 4)} / {digits(rng, 5)}"),
                                    ("Acres", f"{rng.randint(20, 900)}.{rng.randint(0, 9)}")],
        "us_school_bus_driver_application": [("CDL No.", f"{rng.choice('ABKMS')}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"),
                                             ("DOT medical card exp.", f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2028")],
        "us_tax_lien_redemption": [("Parcel ID", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}"),
                                   ("Certificate No.", f"2026-{digits(rng, 6)}"), ("Redemption amount", f"${rng.randint(400, 9000):,}.{rng.randint(0, 99):02d}")],
        "us_food_truck_vendor_permit": [("Vehicle VIN", "1FD" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))),
                                        ("Health permit", f"MFV-{digits(rng, 7)}"), ("Commissary license", digits(rng, 9))],
        "us_court_reporter_transcript_order": [("Case No.", f"{rng.randint(1, 9)}:{rng.randint(20, 27)}-cv-{digits(rng, 5)}"),
                                               ("Docket", digits(rng, 10)), ("Pages (est.)", str(rng.randint(40, 400)))],
        "us_workers_comp_first_report": [("Claim No.", f"WC{digits(rng, 9)}"), ("NAICS", digits(rng, 6)),
                                         ("Carrier FEIN", V.ein(rng))],
        "us_moving_company_inventory": [("USDOT No.", digits(rng, 7)), ("Order / B/L", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}"),
                                        ("Est. weight", f"{rng.randint(2, 14)},{rng.randint(100, 999)} lbs")],
        "us_pell_grant_verification": [("Student ID", digits(rng, 9)), ("ISIR transaction", f"0{rng.randint(1, 9)}"),
                                       ("Household AGI", f"${rng.randint(9, 60)},{rng.randint(100, 999)}")],
    }[reg]
    common = [("Employer EIN", V.ein(rng)), ("Prior TIN on record", V.bad_ssn(rng)), ("ABA routing", "0" + digits(rng, 8)),
              ("ZIP+4", f"{digits(rng, 5)}-{digits(rng, 4)}"), ("Card on file", V.masked_card(rng)),
              ("Reference", card_like(rng)), ("Fax-back confirmation #", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}")]
    rng.shuffle(common)
    return [(k, N(v)) for k, v in pool + common[: rng.randint(2, 4)]]


def _person(rng: random.Random):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TOWNS)


def us_doc(rng: random.Random, reg: str, layout: int) -> tuple[str, str, str]:
    title, host = REGS[reg]
    url = f"https://{rng.choice(['www.', 'portal.', 'forms.'])}{host}/" + rng.choice(["submit", "export.csv", "forms/view?id=" + digits(rng, 6), "print"])
    name, (town, st, zc) = _person(rng)
    mail = V.email(rng, rng.choice(["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "att.net", "comcast.net"]))
    if layout == 0:  # the printed form, one field a line
        fields = [("Name", name), ("SSN", S(V.ssn(rng, rng.choice(["-", "-", " "])))),
                  ("Daytime phone", P(V.phone(rng, "US"))), ("Email", E(mail) if rng.random() < 0.7 else N("none")), ("City/State/ZIP", f"{town}, {st} {N(zc)}")]
        if rng.random() < 0.5:
            fields.append(("Alt. phone (work)", P(V.phone(rng, "US", style="nat") + rng.choice([" ext. ", " x", " Ext "]) + str(rng.randint(2, 4999)))))
        if rng.random() < 0.9:
            fields.append(("Card for filing fee", C(V.card(rng))))
        if rng.random() < 0.5:
            fields.append(("Foreign account (IBAN)", I(V.iban(rng, rng.choice(["DE", "GB", "IE", "FR", "CH"])))))
        if rng.random() < 0.6:
            fields.append(("Spouse SSN", S(V.ssn(rng))))
        if rng.random() < 0.35:
            fields.append(("Dependents (name / SSN)", f"Kayla, {S(V.ssn(rng))}; Mason, {S(V.ssn(rng, ' '))}"))
        fields += _neg_fields(rng, reg)
        rng.shuffle(fields)
        w = max(len(k) for k, _ in fields) + 2
        body = "\n".join(f"{(k + ':').ljust(w)}{v}" for k, v in fields)
        text = f"{title}\n{'=' * len(title)}\n{body}\n"
        if rng.random() < 0.4:
            text += f"E-signed {rng.randint(1, 12)}/{rng.randint(1, 28)}/2027 from IP {IP(V.ipv4(rng))}"
    elif layout == 1:  # spreadsheet export: the SSN column is unseparated
        cols = ["last_name", "first_name", "ssn", "phone", "email", "card_number", "zip"]
        lines = [",".join(cols)]
        for _ in range(rng.randint(3, 6)):
            n, (_t, _s, z) = _person(rng)
            fst, lst = n.split(" ")
            card = C(V.card(rng, "raw")) if rng.random() < 0.85 else N(V.masked_card(rng))
            ss = S(V.ssn(rng, "")) if rng.random() < 0.85 else N(V.bad_ssn(rng).replace("-", ""))
            lines.append(",".join([lst, fst, ss, P(V.phone(rng, "US", style=rng.choice(["sep", "e164", "nat"]))), E(V.email(rng)) if rng.random() < 0.3 else "", card, N(z)]))
        neg = _neg_fields(rng, reg)[:2]
        text = f"# {title} — export\n" + "\n".join(lines) + "\n" + "\n".join(f"# {k}: {v}" for k, v in neg)
    else:  # a cover letter / e-mail around the form
        ph = P(V.phone(rng, "US"))
        parts = [(f"To whom it may concern,\n\nRe: {title}. I am {name} of {town}, {st}. My Social Security number is {S(V.ssn(rng))}"
                  f" and the best number to reach me is {ph}."),
                 f"Please send the confirmation to {E(mail)} rather than to my old address.",
                 ]
        negs = _neg_fields(rng, reg)
        parts.append(" ".join(f"The {k.lower()} is {v}." for k, v in negs[:3]))
        if rng.random() < 0.9:
            parts.append(f"The fee can go on my card, {C(V.card(rng))}, exp {rng.randint(1, 12):02d}/{rng.randint(27, 31)}.")
        if rng.random() < 0.3:
            parts.append(f"Wire the refund to my account abroad, IBAN {I(V.iban(rng, rng.choice(['DE', 'IE', 'NL'])))}.")
        if rng.random() < 0.4:
            parts.append(f"My SSN without dashes, as your portal asks: {S(V.ssn(rng, ''))}.")
        parts.append(f"Thank you,\n{name}\n{P(V.phone(rng, 'US', style='sep'))}")
        text = "\n\n".join(parts)
    return reg, url, text
