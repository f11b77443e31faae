"""US paperwork and exports of the twenty-seventh blind PII set (`pii_blind27.py`): court, election,
licence and utility forms in three layouts (printed form, spreadsheet pasted with the header above,
letter / chat). Written for this set; no template comes from another generator.
"""

from __future__ import annotations

import random

from benchmarks import pii_blind27_values as V

NAMES = ["Dolores Whitfield", "Marcus Ohanian", "Trinh Le", "Rosalind Pike", "Esteban Ocampo", "Gail Thurgood"]
DOMS = ["yahoo.com", "comcast.net", "gmail.com", "att.net", "outlook.com"]
# register -> (title, case label, extra field, sentence, site)
FORMS = {
    "us_poll_worker_applications": ("COUNTY BOARD OF ELECTIONS - ELECTION DAY WORKER APPLICATION", "Precinct", "Party affiliation: Unaffiliated", "I can be reached the week before the election at", "elections.countyvote.gov"),
    "us_absentee_ballot_requests": ("APPLICATION FOR ABSENTEE BALLOT", "Voter ID", "Ward/Precinct: 4-B", "If there is a problem with my request, call me at", "sos.state-vote.gov"),
    "us_traffic_court_plea_forms": ("MUNICIPAL TRAFFIC COURT - ONLINE PLEA SUBMISSION", "Citation No.", "Plea: NO CONTEST", "The clerk may text me about my hearing at", "traffic.municourt.org"),
    "us_expungement_petition_worksheets": ("PETITION FOR EXPUNCTION - INTAKE WORKSHEET", "Case No.", "Arrest date: 03/14/2016", "Legal aid can reach me at", "legalaid-help.org"),
    "us_liquor_license_applications": ("ALCOHOLIC BEVERAGE CONTROL - RETAIL LICENSE APPLICATION", "Premises No.", "License class: On-premises beer & wine", "The manager on duty answers", "abc.state-licensing.gov"),
    "us_process_server_affidavits": ("AFFIDAVIT OF SERVICE", "Index No.", "Served at 6:42 PM, door answered by adult co-resident", "Server may be contacted at", "serveco-affidavits.com"),
    "us_lifeline_phone_subsidy_applications": ("LIFELINE PROGRAM APPLICATION - HOUSEHOLD WORKSHEET", "Application ID", "Qualifying program: SNAP", "The phone number that will get the Lifeline discount is", "lifeline-apply.org"),
    "us_water_utility_payment_arrangements": ("CITY WATER DEPARTMENT - DEFERRED PAYMENT ARRANGEMENT", "Account No.", "Past-due balance: $412.87 (Meter 80117342)", "Please call before any shut-off at", "water.cityutilities.gov"),
}


def _form(register: str):
    title, case_l, extra, sentence, site = FORMS[register]

    def make(rng: random.Random, layout: int):
        d = V.Doc()
        url = f"https://{site}/{rng.choice(['forms', 'apply', 'efile', 'portal'])}/{rng.randint(1000, 99999)}"
        nm = rng.choice(NAMES)
        case = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}" if rng.random() < 0.5 else V.phoneish(rng)
        if layout == 0:
            d.t(f"{title}\n\n{case_l}: {case}\nName: {nm}\nSSN: ")
            d.v("US_SSN", V.ssn(rng))
            d.t(f"   DOB: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/19{rng.randint(40, 99)}\n")
            d.t("Home phone: ").v("PHONE_NUMBER", V.us_phone(rng))
            d.t("   Cell: ").v("PHONE_NUMBER", V.us_phone(rng))
            d.t("\nWork: ").v("PHONE_NUMBER", V.us_phone(rng, "paren") + rng.choice([" ext. ", " x", " Ext "]) + str(rng.randint(10, 9999)))
            d.t("\nE-mail: ").v("EMAIL_ADDRESS", V.email(rng, nm, DOMS))
            d.t(f"\nZIP: {rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}   {extra}\n")
            d.t(f"Employer EIN (if self-employed): {V.ssn_bad(rng) if rng.random() < 0.3 else str(rng.randint(10, 99)) + '-' + str(rng.randint(1000000, 9999999))}\n")
            if rng.random() < 0.5:
                d.t("Fee paid by card: ").v("CREDIT_CARD", V.card(rng)).t(f"  Auth code {rng.randint(100000, 999999)}\n")
            else:
                d.t(f"Fee paid by card: {V.card_masked(rng)}  Receipt {V.phoneish(rng)}\n")
            d.t("Submitted from IP ").v("IP_ADDRESS", V.ip(rng)).t(f" on {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026\n")
        elif layout == 1:
            d.t(f"{title} - export\n{case_l},Name,SSN,Phone,Alt phone,Email,Notes\n")
            for _ in range(rng.randint(3, 6)):
                n2 = rng.choice(NAMES)
                d.t(f"{V.phoneish(rng)},{n2},")
                d.v("US_SSN", V.ssn(rng, rng.choice(["-", "", ""])))
                d.t(",").v("PHONE_NUMBER", V.us_phone(rng, rng.choice(["dash", "paren", "dot", "bare", "e164"])))
                d.t(",")
                if rng.random() < 0.5:
                    d.v("PHONE_NUMBER", V.phone(rng, rng.choice(["MX", "PH", "IN", "GB", "DO", "VN"]), rng.choice(["011", "e164", "intl"])))
                d.t(",").v("EMAIL_ADDRESS", V.email(rng, n2, DOMS))
                d.t(f",\"ITIN {V.ssn_bad(rng)} on file; meter {V.digits(rng, 8)}\"\n")
        else:
            d.t(f"Re: {title.title()} ({case_l} {case})\n\nTo whom it may concern,\n\nMy name is {nm}. {sentence} ")
            d.v("PHONE_NUMBER", V.us_phone(rng, rng.choice(["paren", "dash", "dot", "one"])))
            d.t(rng.choice([" or my daughter at ", " (evenings), or ", ". Backup: "]))
            d.v("PHONE_NUMBER", V.us_phone(rng))
            d.t(". My social security number is ")
            d.v("US_SSN", V.ssn(rng, rng.choice(["-", "", " "])))
            d.t(f" and the reference on my last notice was {V.phoneish(rng)} dated {rng.randint(1, 12)}/{rng.randint(1, 28)}/2025.\n")
            if rng.random() < 0.5:
                d.t("Payments can come from my checking, routing 0" + V.digits(rng, 8) + f", or the card ending {rng.randint(1000, 9999)}.\n")
            d.t("\nSincerely,\n" + nm + "\n")
            d.v("EMAIL_ADDRESS", V.email(rng, nm, DOMS))
        return url, d

    return make


US = {k: _form(k) for k in FORMS}
