"""US paperwork and exports of the blind23 PII set (see pii_blind23.py): each register has three
layouts (a form printed to text, a spreadsheet pasted as text with its header far above, and a
letter / chat / leaked dump), US SSNs and cards in every way those write them, and the 9- and
16-digit numbers beside them that are neither."""

from __future__ import annotations

from benchmarks.pii_blind23_values import (
    Doc,
    bad_card,
    bad_ssn,
    card,
    column_lookalike,
    digits,
    ein,
    email,
    imei,
    itin,
    masked_card,
    phone_number,
    routing,
    ssn,
    write_phone,
)

FIRST = ["Tamika", "Dwayne", "Kristen", "Luis", "Brandon", "Hannah", "Marisol", "Trevor", "Keisha", "Cody",
         "Priya", "Ethan", "Latoya", "Garrett", "Yesenia", "Colby"]
LAST = ["Whitfield", "Okafor", "Brennan", "Vasquez", "Hollis", "Nguyen", "Pruitt", "Castellano", "Jernigan",
        "Ostrowski", "McAllister", "Delgado", "Sorensen", "Abernathy"]
DOMAINS = ["gmail.com", "yahoo.com", "att.net", "comcast.net", "outlook.com", "icloud.com", "aol.com", "sbcglobal.net"]
STATES = [("TX", "Lubbock"), ("OH", "Dayton"), ("GA", "Macon"), ("AZ", "Mesa"), ("MN", "Duluth"), ("NC", "Hickory"),
          ("MI", "Flint"), ("OR", "Bend"), ("PA", "Erie"), ("KY", "Bowling Green")]
SSN_LABELS = ["SSN", "Social Security No.", "Social Security Number", "SS#", "Soc. Sec. #", "SOC SEC NO",
              "Social Sec. No", "SSN (required)", "Applicant SSN", "S.S.N."]
PHONE_LABELS = ["Home Phone", "Cell", "Phone", "Daytime Phone", "Mobile", "Work Ph.", "Tel", "Alt. phone",
                "PHONE", "Best number to reach you"]


def _us_phone(rng, ext: bool = False) -> str:
    region = rng.choice(["US"] * 6 + ["CA"])
    s = write_phone(phone_number(rng, region), rng.choice(["nat", "nat", "dash", "dots", "intl", "e164"]))
    if ext and rng.random() < 0.3:
        s += rng.choice([" ext. ", " x", " Ext. "]) + str(rng.randint(10, 4999))
    return s


def _person(rng):
    f, la = rng.choice(FIRST), rng.choice(LAST)
    return f, la, email(rng, f, la, rng.choice(DOMAINS))


def _date(rng) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1948, 2008)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m}-{d}-{y}"])


def _ssn_written(rng) -> tuple[str, bool]:
    """(value, needs a marker): dashed, spaced or unseparated."""
    r = rng.random()
    if r < 0.55:
        return ssn(rng, "-"), False
    if r < 0.8:
        return ssn(rng, " "), False
    return ssn(rng, ""), True


def _negs_9(rng) -> list[str]:
    return [f"Employer EIN {ein(rng)}", f"ITIN {itin(rng)}", f"Routing # {routing(rng)}",
            f"Acct # {digits(rng, 10)}", f"ZIP {rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}",
            f"Member ID {digits(rng, 9)}", f"Claim # {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}",
            f"DL# {rng.choice('ABDFGKLMS')}{digits(rng, 8)}", f"Case No. {rng.randint(2019, 2026)}-CV-{digits(rng, 6)}",
            f"Ref {bad_ssn(rng)}", f"Confirmation {digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 4)}",
            f"Policy No. {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"]


def _negs_16(rng) -> list[str]:
    return [f"Tracking {rng.choice(['9400', '9205', '9361'])} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            f"Invoice {bad_card(rng)}", f"card {masked_card(rng)}", f"IMEI {imei(rng)}", f"Gift card {bad_card(rng)}",
            f"VIN 1HG{rng.choice(['CM', 'FA', 'BH'])}{digits(rng, 2)}{rng.choice('ABCDEFG')}{digits(rng, 9)}"]


def _card_value(rng) -> tuple[str, str]:
    brand, value = card(rng)
    return brand, value


class Reg:
    def __init__(self, title, slug, items, neg_words):
        self.title, self.slug, self.items, self.neg_words = title, slug, items, neg_words

    def form(self, rng):
        d = Doc()
        st, city = rng.choice(STATES)
        d.t(f"{self.title.upper()}\n{city}, {st}    Form rev. {rng.randint(1, 12)}/{rng.randint(2019, 2025)}    Page 1 of {rng.randint(2, 4)}\n")
        d.t("=" * 48 + "\n")
        f, la, mail = _person(rng)
        d.t(f"Applicant Name (Last, First): {la}, {f}\n")
        d.t(f"Date of Birth: {_date(rng)}    ")
        v, _ = _ssn_written(rng)
        lab = rng.choice(SSN_LABELS)
        d.t(f"{lab}: ").v("US_SSN", v).t("\n")
        d.t(f"{rng.choice(PHONE_LABELS)}: ").v("PHONE_NUMBER", _us_phone(rng, True))
        d.t(f"    {rng.choice(self.neg_words)}: {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}\n")
        if rng.random() < 0.6:
            d.t("Cell / Work: ").v("PHONE_NUMBER", _us_phone(rng)).t(" / ").v("PHONE_NUMBER", _us_phone(rng, True)).t("\n")
        d.t("E-mail: ").v("EMAIL_ADDRESS", mail).t(f"    Social media (optional): {rng.choice(['@', 'IG @'])}{f.lower()}_{la.lower()}{rng.randint(1, 99)}\n")
        d.t(f"How did you hear about us? {rng.choice(['flyer', 'Facebook group', 'friend'])} / referred by {column_lookalike(rng, rng.choice(FIRST))}\n")
        for neg in rng.sample(_negs_9(rng), 3):
            d.t(neg + "\n")
        for item in rng.sample(self.items, min(3, len(self.items))):
            d.t(f"{item}: ${rng.randint(10, 2400)}.{rng.randint(0, 99):02d}\n")
        d.t("\nPAYMENT AUTHORIZATION\n")
        brand, cv = _card_value(rng)
        d.t(f"Card type: {brand}   Card number: ").v("CREDIT_CARD", cv)
        d.t(f"   Exp: {rng.randint(1, 12):02d}/{rng.randint(26, 31)}   CVV: {rng.randint(100, 999)}\n")
        d.t(rng.choice(_negs_16(rng)) + "\n")
        if rng.random() < 0.8:
            f2, la2, _ = _person(rng)
            d.t(f"Co-applicant: {f2} {la2}   SSN ").v("US_SSN", ssn(rng)).t(f"   DOB {_date(rng)}\n")
        if rng.random() < 0.7:
            d.t("\nHOUSEHOLD MEMBERS / DEPENDENTS\n")
            for k in range(rng.randint(1, 3)):
                f3 = rng.choice(FIRST)
                d.t(f"  {k + 1}. {f3} {la}   DOB {_date(rng)}   SSN: ")
                v3, _ = _ssn_written(rng)
                d.v("US_SSN", v3).t(f"   Student ID {digits(rng, 9)}\n")
        if rng.random() < 0.45:
            d.t("Backup card (if primary declines): ").v("CREDIT_CARD", card(rng)[1]).t(f"  Exp {rng.randint(1, 12):02d}/{rng.randint(26, 31)}\n")
        d.t(f"Signature ____________________   Date {_date(rng)}\n")
        return d, f"https://forms.{self.slug}.com/print/{digits(rng, 6)}"

    def sheet(self, rng):
        d = Doc()
        d.t(f"{self.title} - export {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026\n")
        sep = rng.choice(["\t", ",", " | "])
        cols = ["Last", "First", "SSN", "DOB", "Phone", "Email", rng.choice(self.neg_words), "Card on file"]
        d.t(sep.join(cols) + "\n")
        n_rows = rng.randint(4, 8)
        for _ in range(n_rows):
            f, la, mail = _person(rng)
            d.t(f"{la}{sep}{f}{sep}")
            r = rng.random()
            if r < 0.12:
                d.t(itin(rng))
            else:
                d.v("US_SSN", ssn(rng, rng.choice(["", "-", ""])))
            d.t(f"{sep}{_date(rng)}{sep}").v("PHONE_NUMBER", _us_phone(rng)).t(sep)
            d.v("EMAIL_ADDRESS", mail) if rng.random() < 0.45 else d.t(column_lookalike(rng, f))
            d.t(f"{sep}{digits(rng, 9)}{sep}")
            if rng.random() < 0.75:
                d.v("CREDIT_CARD", card(rng, sep=rng.choice(["", " ", "-"]))[1])
            else:
                d.t(rng.choice([masked_card(rng), bad_card(rng)]))
            d.t("\n")
        d.t(f"\nRows: {n_rows}   Totals: ${rng.randint(1000, 9999)}.00   Batch {digits(rng, 9)}\n")
        return d, f"https://{self.slug}.org/admin/export.csv?batch={digits(rng, 8)}"

    def letter(self, rng):
        d = Doc()
        f, la, mail = _person(rng)
        form = rng.randint(0, 2)
        if form == 0:
            d.t(f"From: {f} {la} <").v("EMAIL_ADDRESS", mail).t(">\n")
            d.t(f"Subject: {self.title} - question\n\nHi, this is {f}. I filled out the {self.title.lower()} online. ")
            d.t("My social is ").v("US_SSN", ssn(rng, rng.choice(["-", " "])))
            if rng.random() < 0.6:
                d.t(f", my {rng.choice(['husband', 'wife', 'son', 'daughter'])}'s social security # is ")
                d.v("US_SSN", ssn(rng, rng.choice(["-", " ", ""])))
            d.t(f" and my {rng.choice(self.neg_words).lower()} is {digits(rng, 9)}. You can call me on ")
            d.v("PHONE_NUMBER", _us_phone(rng)).t(" after 5.\nPlease charge the deposit to my card ")
            d.v("CREDIT_CARD", card(rng)[1]).t(f", not the old one ({masked_card(rng)}).\nThanks,\n{f}\n")
            d.t(f"Message-ID: <{digits(rng, 12)}.{la.lower()}@mail.gmail.com>\n")
        elif form == 1:
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {f}: hey its {f} re the {self.title.lower()}\n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] Agent: Can you confirm the last 4 of your SSN?\n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {f}: its ").v("US_SSN", ssn(rng, "")).t(" the whole thing lol\n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {f}: ticket # {digits(rng, 9)}, text me at ")
            d.v("PHONE_NUMBER", _us_phone(rng)).t("\n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {f}: pay w/ ").v("CREDIT_CARD", card(rng)[1])
            d.t(f" exp {rng.randint(1, 12)}/{rng.randint(26, 31)}\n")
            d.t(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] Agent: Got it. Ref {digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 4)}, EIN on file {ein(rng)}\n")
        else:
            d.t(f"-- leaked {self.slug} dump, {rng.randint(2, 9)}k rows --\n")
            for _ in range(rng.randint(2, 4)):
                f, la, mail = _person(rng)
                d.t(f"name={f} {la}; ssn=").v("US_SSN", ssn(rng, rng.choice(["", "-"]))).t("; tel=")
                d.v("PHONE_NUMBER", _us_phone(rng)).t(f"; mail={rng.choice([f.lower() + '@localhost', f.lower() + ' (at) aol (dot) com', '-'])}; cc=")
                d.v("CREDIT_CARD", card(rng, sep="")[1]).t(f"; zip={rng.randint(10000, 99999)}; uid={digits(rng, 9)}\n")
            d.t(f"# {rng.choice(_negs_9(rng))} ; {rng.choice(_negs_16(rng))}\n")
        return d, f"https://{self.slug}.net/thread/{digits(rng, 7)}"


def _reg(title, slug, items, negs):
    r = Reg(title, slug, items, negs)
    return [r.form, r.sheet, r.letter]


US = {
    "us_utility_hardship_assistance_application": _reg(
        "Utility Hardship Assistance Application", "energyhelp-county",
        ["Past-due electric balance", "Gas shutoff fee", "Monthly household income"], ["Utility account no", "Meter no", "Service address ID"]),
    "us_rv_campground_registration": _reg(
        "RV Campground Registration", "pinehollow-rvpark",
        ["Site fee (30A full hookup)", "Extra vehicle", "Weekly rate"], ["Site no", "RV license plate", "Reservation no"]),
    "us_marriage_license_worksheet": _reg(
        "Marriage License Worksheet", "countyclerk-vitals",
        ["License fee", "Certified copy", "Premarital course discount"], ["Record no", "Book/Page", "Certificate no"]),
    "us_identity_theft_affidavit": _reg(
        "Identity Theft Affidavit", "idtheft-report",
        ["Fraudulent charge", "Unauthorized loan", "Disputed balance"], ["Police report no", "Dispute no", "Account no"]),
    "us_auto_body_shop_estimate": _reg(
        "Auto Body Repair Estimate", "collisionworks",
        ["Rear bumper cover", "Paint / materials", "Labor 6.5 hr"], ["RO no", "Claim no", "Estimate no"]),
    "us_title_loan_application": _reg(
        "Title Loan Application", "quicktitle-loans",
        ["Loan amount requested", "Lien fee", "Vehicle value (KBB)"], ["Title no", "Loan no", "Odometer"]),
    "us_concealed_carry_permit_application": _reg(
        "Concealed Carry Permit Application", "sheriff-ccw",
        ["Application fee", "Fingerprint fee", "Training certificate"], ["Permit no", "Receipt no", "Course ID"]),
    "us_summer_camp_registration": _reg(
        "Summer Camp Registration", "camplakewood",
        ["Session 2 tuition", "Bus fee", "Canteen deposit"], ["Camper ID", "Cabin no", "Medical form no"]),
}
