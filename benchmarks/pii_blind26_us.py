"""US paperwork of the blind26 PII set (see benchmarks/pii_blind26.py): 8 registers around insurance,
realty, vehicles and small business; each as a label block, a spreadsheet paste and a letter / call note."""

from __future__ import annotations

import string

from pii_blind26_values import (
    CARD,
    EMAIL,
    IBAN_T,
    IP,
    PHONE,
    SSN,
    Doc,
    card,
    card_lookalike,
    digits,
    email,
    email_lookalike,
    iban,
    ipv4,
    ssn,
    ssn_lookalike,
)

FIRST = ["Darnell", "Kristen", "Marisol", "Trevor", "Yesenia", "Colby", "Priya", "Wendell", "Shauna", "Rutger"]
LAST = ["Okafor", "Lindgren", "Whitaker", "Barrientos", "Kowalczyk", "Pham", "Delacroix", "Hargrove"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "att.net", "icloud.com"]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

REGS = {
    "us_auto_fnol_claim_intake": ("First Notice of Loss — Auto", "Claim", "insured", "claimsdesk"),
    "us_vehicle_lien_payoff_request": ("Lien Payoff Request", "Loan", "borrower", "payoffs"),
    "us_odometer_disclosure_statement": ("Odometer Disclosure Statement", "Deal", "transferor", "titleclerk"),
    "us_sba_loan_worksheet": ("SBA 7(a) Borrower Information Worksheet", "Application", "owner", "lending"),
    "us_surety_bond_application": ("Contractor Surety Bond Application", "Bond", "indemnitor", "bonds"),
    "us_hoa_estoppel_request": ("HOA Estoppel Certificate Request", "Account", "seller", "estoppel"),
    "us_home_inspection_booking": ("Home Inspection Booking", "Job", "buyer", "schedule"),
    "us_sales_tax_permit_application": ("Sales and Use Tax Permit Application", "Filing", "responsible party", "permits"),
}


def _ph(r, ext=False):
    s = phone_us(r)
    if ext:
        s += r.choice([" ext. ", " x", " Ext. ", " ext "]) + digits(r, r.choice([2, 3, 4]))
    return (PHONE, s)


def phone_us(r):
    from pii_blind26_values import fmt_phone, phone_number
    num = phone_number(r, "US")
    return fmt_phone(r, num, "US", r.choice(["nat", "nat", "hyph", "dots", "intl", "e164", "nosep", "1dash"]))


def _negs(r, noun):
    return r.choice([
        f"{noun} # {digits(r, 10)}", f"Policy No. {r.choice('ABCHP')}{digits(r, 9, string.digits)}",
        f"VIN {''.join(r.choice(VIN_CH) for _ in range(17))}", f"EIN {ssn_lookalike(r) if r.random() < 0.3 else f'{r.randrange(10, 99)}-{digits(r, 7)}'}",
        f"ABA routing {digits(r, 9, '0123')}", f"Acct ending {digits(r, 4)}", f"ZIP {digits(r, 5)}-{digits(r, 4, string.digits)}",
        f"Parcel {digits(r, 3)}-{digits(r, 3, string.digits)}-{digits(r, 3, string.digits)}", f"Ref {ssn_lookalike(r)}",
        f"Odometer {r.randrange(1000, 250000):,} mi", f"Amount ${r.randrange(100, 90000):,}.{r.randrange(100):02d}",
        f"Card on file {card_lookalike(r)}", f"Case {digits(r, 3)}-{digits(r, 3, string.digits)}-{digits(r, 4, string.digits)}",
        f"DL {r.choice(string.ascii_uppercase)}{digits(r, 8, string.digits)}", f"Date {r.randrange(1, 13):02d}/{r.randrange(1, 29):02d}/{r.randrange(2023, 2027)}",
    ])


def _mail(r, f, l):
    return (EMAIL, email(r, r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}{r.randrange(1, 99)}"]), r.choice(DOMAINS)))


def _us(reg):
    title, noun, role, box = REGS[reg]
    slug = reg.removeprefix("us_").replace("_", "-")

    def make(r, i):
        d = Doc()
        f, l = r.choice(FIRST), r.choice(LAST)
        lay = i % 3
        if lay == 0:
            d.add(f"{title}\n{noun} #: {digits(r, 9)}\n{role.title()} name: {f} {l}\n")
            d.t("SSN: {S}\n", S=(SSN, ssn(r, r.choice(["-", "-", " ", ""]))))
            d.add(_negs(r, noun) + "\n")
            d.t("Home phone: {A}\nWork phone: {B}\n", A=_ph(r), B=_ph(r, ext=r.random() < 0.6))
            d.t("Email: {E}\n", E=_mail(r, f.lower(), l.lower()))
            d.add(_negs(r, noun) + "\n" + _negs(r, noun) + "\n")
            if r.random() < 0.9:
                d.t("Payment card: {C}  Exp {X}\n", C=(CARD, card(r)), X=f"{r.randrange(1, 13):02d}/{r.randrange(26, 31)}")
            if r.random() < 0.35:
                d.t("Submitted online from IP {I}\n", I=(IP, ipv4(r, False)))
            if r.random() < 0.5:
                d.t("Foreign remittance IBAN: {I}\n", I=(IBAN_T, iban(r, r.choice(["DE", "GB", "FR", "NL", "IE"]))))
        elif lay == 1:
            d.add(f"{title} — export\n")
            d.add(f"{noun.lower()}_id,name,ssn,phone,alt_phone,email,card_number,note\n")
            for _ in range(r.randrange(3, 7)):
                f, l = r.choice(FIRST), r.choice(LAST)
                d.add(f"{digits(r, 8)},{l} {f},")
                if r.random() < 0.8:
                    d.v(SSN, ssn(r, r.choice(["-", ""])))
                else:
                    d.add(ssn_lookalike(r))
                d.add(",")
                d.v(*_ph(r))
                d.add(",")
                if r.random() < 0.4:
                    d.v(*_ph(r, ext=True))
                d.add(",")
                if r.random() < 0.4:
                    d.v(*_mail(r, f.lower(), l.lower()))
                d.add(",")
                if r.random() < 0.5:
                    d.v(CARD, card(r, ""))
                d.add(f",\"{_negs(r, noun)}\"\n")
        else:
            d.add(f"Re: {title} — {noun} {digits(r, 7)}\n\nDear {role},\n\n")
            d.t(f"We received your request on {r.randrange(1, 13)}/{r.randrange(1, 29)}/{r.randrange(2024, 2027)}. "
                "Please call our desk at {A} or text {B} with any questions. "
                f"Your reference is {digits(r, 3)}-{digits(r, 3, string.digits)}-{digits(r, 4, string.digits)}.\n",
                A=_ph(r, ext=r.random() < 0.5), B=_ph(r))
            d.t("For our records, the social security number you gave us ends in the full number {S}; "
                f"our tax ID is {r.randrange(10, 99)}-{digits(r, 7)}.\n", S=(SSN, ssn(r)))
            d.t(f"Call notes {r.randrange(1, 12)}:{r.randrange(10, 59)} pm: spoke with {f}, callback {{A}}, "
                f"{_negs(r, noun)}.\n", A=_ph(r))
            d.t("Card used for the fee: {C}. ", C=(CARD, card(r)))
            if r.random() < 0.4:
                d.t("Wire refunds to IBAN {I}. ", I=(IBAN_T, iban(r, r.choice(["DE", "GB", "ES", "CH"]))))
            d.add(f"Do not reply to {email_lookalike(r, box, 'example-agency.com')}.\n")
            d.t("\nSincerely,\n" + box.title() + " Team\n{E}", E=(EMAIL, f"{box}@{slug.split('-')[0]}-services.com"))
        return "en", f"https://{slug}.example-{r.choice(['agency', 'forms', 'portal'])}.com/{noun.lower()}/{digits(r, 6)}", d
    return make


US = {reg: _us(reg) for reg in REGS}
