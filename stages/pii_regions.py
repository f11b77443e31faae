"""Region hints for phone numbers (`stages/pii_phones.py`): which countries' national numbers a page's
numbers most likely are, from its URL's country-code TLD and its language, and which regions dial a
given trunk prefix before their national numbers (phonenumbers' metadata).
"""
from __future__ import annotations

import phonenumbers

# Region hints from a page: its URL's country-code TLD and its language (ISO 639-1, as the langid
# step writes it) -> the regions whose national numbers its phone numbers most likely are.
LANGUAGE_REGIONS = {
    "en": ("US", "GB", "CA", "AU", "IN", "IE", "NZ", "ZA"), "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "CA"), "es": ("ES", "MX", "AR", "CO", "CL", "PE"), "it": ("IT", "CH"),
    "pt": ("PT", "BR"), "nl": ("NL", "BE"), "pl": ("PL",), "ru": ("RU", "UA", "BY", "KZ"),
    "zh": ("CN", "TW", "HK"), "ja": ("JP",), "th": ("TH",), "sv": ("SE",), "da": ("DK",),
    "no": ("NO",), "fi": ("FI",), "cs": ("CZ",), "sk": ("SK",), "hu": ("HU",), "ro": ("RO",),
    "tr": ("TR",), "el": ("GR",), "uk": ("UA",), "ko": ("KR",), "vi": ("VN",), "id": ("ID",),
}
# Country-code TLDs sold as generic names: no hint of a country.
GENERIC_CCTLDS = frozenset({"io", "co", "tv", "me", "ai", "fm", "ly", "to", "cc", "ws", "gg", "eu",
                            "so", "sh", "ac", "nu", "tk", "la", "am", "im"})


def page_regions(url: str | None, language: str | None) -> tuple[str, ...]:
    """Regions a page's national phone numbers most likely belong to: the URL's country-code
    TLD first ("uk" is GB), then the regions of the document's language."""
    regions: list[str] = []
    if url:
        host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].rstrip(".").lower()
        tld = host.rsplit(".", 1)[-1]
        region = "GB" if tld == "uk" else "US" if tld in ("gov", "mil") else tld.upper()  # (US-only TLDs)
        if len(tld) == 2 and tld not in GENERIC_CCTLDS and region in phonenumbers.SUPPORTED_REGIONS:
            regions.append(region)
    for region in LANGUAGE_REGIONS.get((language or "").split("_")[0].split("-")[0].lower(), ()):
        if region not in regions:
            regions.append(region)
    return tuple(regions)


def _regions_by_trunk_prefix() -> dict[str, tuple[str, ...]]:
    """Trunk prefix ("0", "8", "06", ...) -> the regions that dial it before national numbers
    (phonenumbers' metadata: 113 regions use "0", a few "8", "1", "06", ...)."""
    regions: dict[str, list[str]] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is not None and metadata.national_prefix and metadata.national_prefix != "1":
            regions.setdefault(metadata.national_prefix, []).append(region)
    return {prefix: tuple(names) for prefix, names in regions.items()}
