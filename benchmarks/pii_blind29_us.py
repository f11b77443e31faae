"""US paperwork and exports of blind29 (en), where SSNs appear in many shapes beside look-alikes.

Every label, sentence and layout here was written for blind29. See benchmarks/pii_blind29.py.
"""

from __future__ import annotations

import random

import pii_blind29_values as V
from faker import Faker

_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(
            locale,
            providers=[
                f"faker.providers.{m}"
                for m in ("person", "address", "internet", "company", "lorem")
            ],
        )
    return _FAKERS[locale]


US_REGS = {
    "us_drug_test_chain_of_custody": (
        "Federal Drug Testing Custody and Control Form",
        "Collector",
        "Donor",
    ),
    "us_529_plan_enrollment": (
        "529 College Savings Plan – Account Application",
        "Plan administrator",
        "Account owner",
    ),
    "us_brokerage_account_opening": (
        "New Brokerage Account – Individual / Joint",
        "Branch",
        "Applicant",
    ),
    "us_irs_2848_power_of_attorney": (
        "Form 2848 worksheet – Power of Attorney and Declaration of Representative",
        "Representative",
        "Taxpayer",
    ),
    "us_form_8879_efile_authorization": (
        "IRS e-file Signature Authorization (8879) – preparer copy",
        "ERO",
        "Taxpayer",
    ),
    "us_verification_of_employment": (
        "Verification of Employment (VOE) request",
        "Employer HR",
        "Employee",
    ),
    "us_severance_payout_worksheet": (
        "Separation & Severance Payout Worksheet",
        "HR business partner",
        "Employee",
    ),
    "us_safe_deposit_box_rental": (
        "Safe Deposit Box Lease Agreement",
        "Vault officer",
        "Lessee",
    ),
}

SSN_LABELS = [
    "SSN",
    "SS#",
    "Soc. Sec. No.",
    "Social",
    "Social Security No.",
    "Taxpayer ID (SSN)",
    "SSN/TIN",
    "Social Security Number",
    "Donor SSN",
    "S.S.N.",
]


def _us_phone(rng: random.Random, ext: bool = False) -> str:
    p = V.phone(
        rng,
        "US",
        "any",
        rng.choice(
            ["nat", "nat", "nat_dots", "intl", "e164", "nat_none", "us1", "intl_hyph"]
        ),
    )
    if ext:
        p += rng.choice([" ext. ", " x", " Ext ", " ext "]) + str(
            rng.randrange(10, 9999)
        )
    return p


def _ssn_shape(rng: random.Random) -> str:
    return V.ssn(rng, rng.choice(["-", "-", "-", " ", ""]))


def _lookalikes(rng: random.Random, d: V.Doc) -> None:
    """A line of SSN / phone look-alikes that the text marks as something else."""
    picks = rng.sample(range(9), 3)
    for k in picks:
        if k == 0:
            d.t("ITIN (spouse): ").n(
                V.bad_ssn(rng)
                if rng.random() < 0.3
                else f"9{rng.randrange(10, 99)}-{rng.choice([70, 78, 83, 88, 91, 94])}-{rng.randrange(1000, 9999)}"
            )
        elif k == 1:
            d.t("Employer EIN: ").n(V.ein(rng))
        elif k == 2:
            d.t("Specimen ID ").n(
                f"{rng.randrange(100, 899)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
            )
        elif k == 3:
            d.t("Case ref. ").n(
                f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(100, 999)}"
            )
        elif k == 4:
            d.t("Routing (ABA) ").n(V.digits(rng, 9))
        elif k == 5:
            d.t("Acct # ").n(V.digits(rng, rng.choice([10, 11, 12])))
        elif k == 6:
            d.t("Tel. order no. ").n(V.digits(rng, 10))
        elif k == 7:
            d.t("Call reference ").n(
                f"{rng.randrange(200, 999)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
            )
        else:
            d.t("Invalid SSN on file (rejected): ").n(V.bad_ssn(rng))
        d.t(rng.choice(["; ", "\n", " | "]))
    d.t("\n")


def us_doc(
    rng: random.Random, register: str, layout: int
) -> tuple[str, list[dict], str]:
    title, staff, person = US_REGS[register]
    fk = _faker("en_US")
    fk.seed_instance(rng.randrange(10**9))
    d = V.Doc()
    url = f"https://{register.split('_')[1]}-{fk.word()}.com/forms/{rng.randrange(1000, 99999)}"
    if layout == 0:  # form with labels before values
        d.t(f"{title}\n{'=' * min(60, len(title))}\n")
        d.t(f"{person} name: {fk.name()}\n")
        d.t(f"{rng.choice(SSN_LABELS)}: ").v("US_SSN", _ssn_shape(rng)).t("\n")
        d.t("Date of birth: ").n(V.date_styles(rng)).t("\n")
        d.t(f"Address: {fk.street_address()}, {fk.city()}, {fk.state_abbr()} ").n(
            fk.zipcode_plus4()
        ).t("\n")
        d.t("Daytime phone: ").v("PHONE_NUMBER", _us_phone(rng)).t("   Evening: ").v(
            "PHONE_NUMBER", _us_phone(rng)
        ).t("\n")
        if rng.random() < 0.6:
            d.t("E-mail: ").v("EMAIL_ADDRESS", fk.email()).t("\n")
        if rng.random() < 0.5:
            d.t("Spouse/joint SSN: ").v("US_SSN", V.ssn(rng, rng.choice(["-", " "]))).t(
                "\n"
            )
        if rng.random() < 0.45:
            dep = V.ssn(rng, rng.choice(["-", "", " "]))
            d.t("Dependent: " + fk.first_name() + " — ").v("US_SSN", dep).t(
                rng.choice([" (SSN)", " (dependent's social)", " ← soc. sec. no."])
            ).t("\n")
        _lookalikes(rng, d)
        d.t(f"{staff}: {fk.name()}, ").v(
            "PHONE_NUMBER", _us_phone(rng, ext=rng.random() < 0.6)
        ).t("\n")
        d.t("Fax: ").v("PHONE_NUMBER", _us_phone(rng)).t("  Fax job ID: ").n(
            V.digits(rng, 10)
        ).t("\n")
        if rng.random() < 0.6:
            d.t("E-signature audit: signed from IP ").v(
                "IP_ADDRESS", V.ipv4(rng) if rng.random() < 0.8 else V.ipv6(rng)
            )
            d.t(", app version ").n(V.version4(rng)).t(", session ").n(
                V.digits(rng, 10)
            ).t("\n")
        if rng.random() < 0.7:
            d.t("Card on file for fees: ").v("CREDIT_CARD", V.card(rng)).t(" exp ").n(
                f"{rng.randrange(1, 13):02d}/{rng.randrange(27, 32)}"
            ).t("\n")
        if rng.random() < 0.3:
            d.t("Loyalty / gift card: ").n(V.bad_card(rng)).t("\n")
        if rng.random() < 0.5:
            d.t("Incoming wire from IBAN ").v("IBAN_CODE", V.iban(rng)).t("\n")
    elif (
        layout == 1
    ):  # export with a header row: unseparated SSNs marked by the column header only
        sep = rng.choice([",", "\t", "|"])
        hdr = rng.choice(["ssn", "SSN", "soc_sec_no", "TAXPAYER_SSN", "ss_number"])
        with_mail, with_card = rng.random() < 0.5, rng.random() < 0.5
        cols = ["record_id", "last_name", "first_name", hdr, "ein", "phone"]
        cols += ["email"] if with_mail else ["signer_ip"]
        cols += ["funding_card"] if with_card else []
        d.t(sep.join(cols + ["amount"]) + "\n")
        for _ in range(rng.randrange(3, 6)):
            d.n(V.digits(rng, 9)).t(sep + fk.last_name() + sep + fk.first_name() + sep)
            d.v("US_SSN", V.ssn(rng, rng.choice(["", "", "-"]))).t(sep)
            d.n(V.ein(rng)).t(sep)
            d.v(
                "PHONE_NUMBER",
                V.phone(
                    rng,
                    "US",
                    "any",
                    rng.choice(["nat_none", "e164", "nat", "nat_dots"]),
                ),
            ).t(sep)
            if with_mail:
                d.v("EMAIL_ADDRESS", fk.email()).t(sep)
            else:
                d.v("IP_ADDRESS", V.ipv4(rng)).t(sep)
            if with_card:
                d.v("CREDIT_CARD", V.card_digits(rng)).t(sep)
            amt = f"{rng.randrange(1, 99)},{rng.randrange(0, 1000):03d}.{rng.randrange(0, 100):02d}"
            d.n(f'"{amt}"' if sep == "," else amt).t("\n")
        d.t(f"# exported {V.date_styles(rng)} by batch ").n(V.digits(rng, 11)).t(
            "; rejected rows: ITIN "
        ).n(
            f"9{rng.randrange(10, 99)}-{rng.choice([70, 83, 94])}-{rng.randrange(1000, 9999)}"
        ).t("\n")
    else:  # letter / chat: the sentence marks the SSN
        d.t(f"Re: {title}\n\nDear {fk.name()},\n\n")
        s = V.ssn(rng, rng.choice(["-", " ", ""]))
        pre, post = rng.choice(
            [
                (
                    "We could not match the social security number you gave us (",
                    ") to the name on file. ",
                ),
                ("Our records show your Social Security number as ", ". "),
                ("Please confirm that your SS number, ", ", is still current. "),
                ("The SSN we have for you ends the form: ", "; if wrong, tell us. "),
            ]
        )
        d.t(pre).v("US_SSN", s).t(post)
        d.t("Your file number ").n(V.digits(rng, 9)).t(" and the case reference ").n(
            f"{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
        )
        d.t(" are not your SSN; do not write them on the return slip. Call us at ")
        d.v("PHONE_NUMBER", _us_phone(rng, ext=rng.random() < 0.4)).t(" between ").n(
            V.range_(rng)
        ).t(" hours or reply to ").v("EMAIL_ADDRESS", fk.company_email()).t(".\n\n")
        if rng.random() < 0.5:
            d.t("(Portal log: consent given from ").v("IP_ADDRESS", V.ipv4(rng)).t(
                " on "
            ).n(V.date_styles(rng)).t(".)\n\n")
        d.t(
            "Chat transcript:\n[agent] can you read me the last 4 + full social?\n[customer] "
        )
        d.v("US_SSN", V.ssn(rng, rng.choice(["-", " "]))).t(" – and my cell is ").v(
            "PHONE_NUMBER", _us_phone(rng)
        ).t("\n[agent] thanks, ticket ").n(V.digits(rng, 8)).t(" opened.\n")
        if rng.random() < 0.6:
            d.t("[customer] card ending ").n(V.bad_card(rng)).t(", new card ").v(
                "CREDIT_CARD", V.card(rng)
            ).t("\n")
    return url, d.spans, d.text()
