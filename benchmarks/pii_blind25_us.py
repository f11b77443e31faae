"""US paperwork and exports of the blind25 set (schooling, student aid, healthcare, employment):
eight registers, three layouts each (printed form, spreadsheet pasted as text, letter / chat).
benchmarks/pii_blind25.py says what the set is and the rules it was written under.
"""

import random

from benchmarks.pii_blind25_values import (
    Doc,
    bad_ssn,
    card,
    ein,
    email,
    ipv4,
    ssn,
    ssn_parts,
    us_phone,
)

FIRST = ["Dana", "Marcus", "Keisha", "Tom", "Rosa", "Evan", "Priya", "Luis", "Hannah", "Jamal"]
LAST = ["Whitaker", "Nguyen", "Okafor", "Brennan", "Delgado", "Park", "Holloway", "Sato", "Reyes", "Kowalski"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "k12.oh.us", "students.uiowa.edu", "comcast.net", "icloud.com"]

# register -> (title, site, sentence about the SSN, employer/institution line, case-number word)
SPEC = {
    "us_k12_residency_affidavits": ("Affidavit of Residency for Student Enrollment", "district",
                                    "The parent's Social Security number is {}, as the district's form asks.",
                                    "Maple Grove Unified School District", "Student ID"),
    "us_work_study_timesheets": ("Federal Work-Study Timesheet", "finaid",
                                 "Payroll keyed my social as {} and my checks are stuck.",
                                 "Office of Student Financial Aid", "Award no."),
    "us_teacher_fingerprint_applications": ("Educator Certification – Fingerprint Card Application", "educator",
                                            "Applicant SSN {} was entered for the background check.",
                                            "State Board of Education", "Case no."),
    "us_dental_claim_forms": ("Dental Claim Form (ADA 2019)", "dentalclaims",
                              "Policyholder social security number: {} (per the subscriber box).",
                              "Bright Smile Family Dentistry", "Claim no."),
    "us_nursing_license_renewals": ("Registered Nurse License Renewal", "nursing",
                                    "My SSN on file should read {} – please correct it.",
                                    "Board of Nursing", "License no."),
    "us_pharmacy_patient_profiles": ("Pharmacy Patient Profile Export", "rxprofile",
                                     "Patient's social on the insurance card is {}.",
                                     "Corner Drug #214", "Rx no."),
    "us_substitute_payroll_exports": ("Substitute Teacher Payroll Export", "hrpayroll",
                                      "Employee social security no. {} did not match the W-4.",
                                      "County Schools Human Resources", "Job no."),
    "us_charity_care_applications": ("Financial Assistance (Charity Care) Application", "billing",
                                     "Guarantor's SSN is {} per the application.",
                                     "St. Brendan Regional Medical Center", "Account no."),
}


def _name(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _mail(r, name):
    f, last = name.lower().split()
    local = r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}{last}{r.randint(1, 99)}", f"{f}_{last}"])
    return email(r, local, r.choice(DOMAINS))


def _noise(r):
    part = f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    return r.sample([f"Part no. {part}", f"ITIN {r.randint(900, 999)}-{r.choice([70, 78, 83, 92])}-{r.randint(1000, 9999)}",
                     f"EIN {ein(r)}", f"SSN on file: XXX-XX-{r.randint(1000, 9999)}", f"Ref {bad_ssn(r)} (invalid, rejected)",
                     f"ZIP {r.randint(10000, 99999)}-{r.randint(1000, 9999)}", f"Routing 0{r.randint(10000000, 99999999)}",
                     f"DOB {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1960, 2008)}"], 3)


def make(reg: str):
    title, site, sentence, org, caseword = SPEC[reg]

    def build(r: random.Random, layout: int):
        d = Doc()
        url = f"https://{site}.{r.choice(['example.org', 'state.example.gov', 'portal.example.com'])}/{reg[3:].replace('_', '-')}/{r.randint(1000, 99999)}"
        if layout == 0:  # printed form
            name = _name(r)
            d.t(f"{org}\n{title}\n\n1. Name (Last, First): {name.split()[1]}, {name.split()[0]}\n")
            mode = r.randint(0, 2)
            if mode == 0:
                d.t("2. Social Security Number: ").v("US_SSN", ssn(r, r.choice(["-", " ", ""]))).t("\n")
            elif mode == 1:
                d.t("2. ").v("US_SSN", ssn(r, r.choice(["-", "."]))).t(" (SSN)\n")
            else:
                d.t("2. SSN / ITIN (circle one): ").v("US_SSN", ssn(r, "")).t("\n")
            d.t(f"3. {caseword}: {r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}\n")
            d.t("4. Daytime phone: ").v("PHONE_NUMBER", us_phone(r)).t("   Cell: ").v("PHONE_NUMBER", us_phone(r)).t("\n")
            d.t("5. E-mail: ").v("EMAIL_ADDRESS", _mail(r, name)).t("\n")
            if r.random() < 0.9:
                d.t("6. Card for fees: ").v("CREDIT_CARD", card(r)).t(f"  exp {r.randint(1, 12):02d}/{r.randint(26, 30)}\n")
            d.t("Other: " + "; ".join(_noise(r)) + "\n")
        elif layout == 1:  # spreadsheet pasted as text, SSN header far above
            sep = r.choice(["\t", ",", " | "])
            d.t(f"{org} – {title} export {r.randint(1, 12)}/{r.randint(1, 28)}/2025\n")
            d.t(sep.join(["Employee", r.choice(["SSN", "Soc Sec #", "SSN (no dashes)", "TaxID_SSN"]), "Phone", "Email", caseword]) + "\n")
            for _ in range(r.randint(4, 7)):
                name = _name(r)
                d.t(name + sep)
                d.v("US_SSN", ssn(r, r.choice(["", "-", "", " "])))
                d.t(sep).v("PHONE_NUMBER", us_phone(r, r.choice(["dash", "paren", "dots"]))).t(sep)
                d.v("EMAIL_ADDRESS", _mail(r, name)).t(sep)
                d.t(f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}\n")
            d.t("Card on file for fees: ").v("CREDIT_CARD", card(r)).t("\n")
            d.t(f"Row with ITIN {r.randint(900, 999)}-{r.choice([70, 81, 94])}-{r.randint(1000, 9999)} excluded; EIN {ein(r)}\n")
        else:  # letter / chat where the sentence alone marks the SSN
            name = _name(r)
            if r.random() < 0.5:
                d.t(f"Dear {org},\n\n")
                d.f(sentence, ("US_SSN", ssn(r, r.choice(["-", " ", ".", ""]))))
                d.t(f" My {caseword.lower()} is {r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}. ")
                d.t("You can reach me at ").v("PHONE_NUMBER", us_phone(r)).t(" or ").v("EMAIL_ADDRESS", _mail(r, name)).t(".\n")
                d.t("Please charge the balance to my card ").v("CREDIT_CARD", card(r)).t(".\n")
                d.t(f"\nSincerely,\n{name}\n")
            else:
                a, g, s = ssn_parts(r)
                d.t(f"[chat] {name.split()[0]}: hi, question about my {title.lower()}\n")
                d.t("[chat] Agent: Can you confirm the last 4 of your social?\n")
                d.t(f"[chat] {name.split()[0]}: full one is ").v("US_SSN", f"{a}-{g}-{s}").t(" and my number is ")
                d.v("PHONE_NUMBER", us_phone(r)).t("\n")
                d.t(f"[chat] Agent: thanks – I see XXX-XX-{s} on file, updating now. Session IP ").v("IP_ADDRESS", ipv4(r, "pub")).t("\n")
            d.t("P.S. " + " · ".join(_noise(r)[:2]) + "\n")
        return d, url

    return build


US = {reg: make(reg) for reg in SPEC}
