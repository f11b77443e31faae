"""Four dotted numbers that are no address, by what stands right before them (pii-classes25b): the
IP recognizer's further look-alike rules (stages/pii_addresses.py asks `labelled_not_address`).

- a device driver's version under its key ("driver=10.3.181.73", "Treiber: 2.1.4.0");
- an app's version named by a version word and its object ("Versión de la app 5.15.5.232",
  "Version de l'appli 6.19.219.111", "Версия на приложението 4.19.131.152", "Appversion 6.13.73.2",
  "เวอร์ชันแอป 7.3.220.143");
- a network operating system's or a gateway program's name right before its version ("ArubaOS
  8.10.0.7", "JUNOS 21.4.3.15", "packet_forwarder: 4.0.1.2");
- a numbered clause, section or rule ("see rule 3.5.5.3", "section=10.4.7.4", "Abschnitt 4.2.1.3"),
  every part under 100 as such numbers are;
- a version pin or requirement: a comparison operator glued to a package or key that names no
  address ("pin===4.14.4.6", "requests==2.31.0.1", "foo>=1.2.3.4"; not Wireshark's
  "ip.addr==10.0.0.1" nor "client_ip == 10.1.2.3");
- (pii-classes29b) a software kit's, library's, plugin's or monitoring agent's version under its key
  ('"sdk":"2.0.32.66"', "sdk_version=7.0.1.228", "agent 4.26.15.31"; an agent's, first number over
  30 or a private network's 10, or an SNMP or sFlow agent, is its address);
- (pii-classes29b) the version an upgrade, downgrade or rollback went to ("after the upgrade to
  6.4.39.85", "upgraded to v4.3.6.196", "rolled back to 5.10.38.98", "Upgrade auf 2.1.4.0", "mise à
  niveau vers 4.17.3.212"; not a move, a failover or a DNS record "updated to" an address);
- (pii-classes29b) a record's "client" field when the same record gives the address under its own
  key ("ip = 62.188.171.248 … client = 7.21.23.157", a sqlite or psql row printed a field a line,
  a JSON object): the client program's version, the first number 30 or under as versions' are;
- (pii-classes31b) a version under a quoted key ('"apolloVersion":"6.20.9.220"'), and a URL path's
  segment under a release word or over a package file ("/update/6.17.5.123/pkg.tar").
"""

from __future__ import annotations

import re

from stages import regex_cache
from stages.pii_words import _word_pattern

# A device driver, in the languages of the PII sets' pages (not the words that also name a
# controller, which has an address: "controlador", "sterownik", "ovladač")
_DRIVER_WORDS = _word_pattern("""
    driver drivers driver_version treiber* pilote pilotes драйвер* ドライバ ドライバー 驱动 驅動 드라이버 ไดรเวอร์
    sürücü_sürümü
""")
_DRIVER_BEFORE = re.compile(
    rf"(?:{_DRIVER_WORDS})[\"']?[ \t\u00a0]*[:=]?[ \t\u00a0]*[\"']?[ \t\u00a0]*$", re.IGNORECASE)
# A version word, then up to three short words naming what it is the version of ("de la app", "da
# app", "de l'appli", "на приложението", "of the app": short function words, then a word for the
# program); or a compound ending in "version"
# ("Appversion", "App-Version", "Softwareversion"); or Thai's version word glued to its object
# ("เวอร์ชันแอป").
_APP_VERSION_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?i:versión|version|versão|versao|versione|versie|verze|verzia|verzió|versiunea?|wersja"
    r"|версия|версія|верзија|έκδοση)"
    r"(?:[ \t\u00a0]+[^\W\d_]{1,4}['’]?){0,2}[ \t\u00a0]*(?<![^\W\d_])"
    r"(?i:apps?|appli\w*|applica\w*|aplica\w*|aplikac\w*|aplikace|приложени\w*|додат\w*|програм\w*"
    r"|program\w*|software|logiciel\w*|firmware|sistema|système|systeme|system\w*)"
    r"|(?<![^\W\d_])[^\W\d_]{2,20}[\-]?(?i:version|versio|verzió|verzio|verzija|versjon|versioon|wersja)"
    r"|(?:เวอร์ชัน|เวอร์ชั่น)[\u0e00-\u0e7f]{1,12}"
    # (pii-classes26b) the program named first, then its version word: "app version", "アプリ版",
    # "アプリバージョン", "应用版本", "앱 버전", "აპის ვერსია", "uygulama sürümü", "sovelluksen versio",
    # "versi aplikasi"; or Vietnamese's version word before its object ("phiên bản ứng dụng")
    r"|(?<![^\W\d_])(?i:apps?|appli\w*|applica\w*|aplica\w*|aplikac\w*|aplikasi|sovellu\w*|alkalmaz\w*"
    r"|uygulama\w*|software|firmware|приложени\w*|програм\w*)['’]?s?"
    r"[ \t\u00a0]+(?i:version|versio|verzió|verzija|verze|verzia|versi|sürümü|versiyonu|верси[яи])"
    r"|(?:アプリ|アプリケーション|ソフトウェア|ファームウェア)(?:の)?(?:版|バージョン)"
    r"|(?:应用|應用|软件|軟體|軟件|程序|程式|固件|韌體)(?:程序)?(?:的)?版本"
    r"|(?:앱|애플리케이션|어플리케이션|어플|소프트웨어|펌웨어)[ \t\u00a0]?버전"
    r"|(?:აპის|აპლიკაციის|პროგრამის)[ \t\u00a0]+ვერსია"
    r"|(?<![^\W\d_])(?i:versi)[ \t\u00a0]+(?i:aplikasi|apl|app|perangkat[ \t\u00a0]+lunak)"
    r"|(?<![^\W\d_])(?i:phiên[ \t\u00a0]+bản)[ \t\u00a0]+(?i:ứng[ \t\u00a0]+dụng|phần[ \t\u00a0]+mềm|app|firmware))"
    # (pii-classes31b) a quoted key's closing quote and its value's opening one ('"apolloVersion":"6.20.9.220"'),
    # or an XML element's tag ("<serverVersion>5.14.5.136")
    r"[\"'>]?[ \t\u00a0]*[:=]?[ \t\u00a0]*[\"']?[ \t\u00a0]*$")
# A network operating system, a gateway's or a switch's software, or LoRa's packet forwarder, named
# right before its version (an LLDP neighbour's system description: "ArubaOS 8.10.0.7")
_NETWORK_OS_BEFORE = re.compile(
    r"(?<![^\W_])(?i:arubaos|aos-cx|junos|nx-os|nxos|ios-xe|ios-xr|iosxe|iosxr|routeros|fortios|pan-os|panos"
    r"|comware|vrp|exos|edgeos|vyos|airos|swos|ontap|procurve|cumulus|timos|sr-os|dnos"
    r"|opnsense|pfsense|openwrt|dd-wrt|packet[_ ]forwarder|pkt_fwd|lora_pkt_fwd|basicstation|chirpstack)"
    r"[\"']?[ \t\u00a0]*[:=]?[ \t\u00a0]*[\"']?[ \t\u00a0]*v?$")
# A numbered clause, section, article, chapter, paragraph or rule, in the same languages
_CLAUSE_WORDS = _word_pattern("""
    section sections sect. sec. clause clauses article articles art. chapter chapters paragraph para. rule rules
    abschnitt* artikel kapitel ziffer absatz regel
    chapitre paragraphe règle regle
    sección seccion artículo articulo capítulo capitulo regla cláusula clausula
    sezione articolo capitolo regola clausola
    seção secção artigo regra
    sectie hoofdstuk
    rozdział rozdzial artykuł artykul paragraf reguła regula
    oddíl článek kapitola pravidlo
    раздел* стать* глав* правил* розділ* статт* правило
    bölüm madde kural
    第
""")
_CLAUSE_BEFORE = regex_cache.compile(
    rf"(?:{_CLAUSE_WORDS})(?:[ \t\u00a0]*(?i:no\.?|nr\.?|#|№))?[\"']?[ \t\u00a0]*[:=]?[ \t\u00a0]*[\"']?[ \t\u00a0]*$",
    re.IGNORECASE)
# A comparison operator glued to a package name or a key, as requirement files, version pins and
# filters write them, the version glued to the operator (not a base64 value's "==" padding before a
# tab): the key's parts name no address for it to be a version
_PIN_BEFORE = re.compile(r"(?<![\w.\-])([A-Za-z_][\w.\-\[\]]*)=?[ ]?(?:===|==|~=|>=|<=|!=|\^|~>)$")
# A structured record's version key (pii-classes28): the value of a part key ("full", "major",
# "minor", "patch", "string") nested under a release or version key, as system facts print an OS
# release ('"os": {"release": {"full": "12.13.9.231"}}', "release => {full => 4.23.6.155}",
# "version.full=8.9.1.183")
_VERSION_PART_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:release|version|kernelrelease|kernelversion|osrelease|os_release|os_version)[\"']?"
    r"(?:[ \t\u00a0]*(?::|=>|=)[ \t\u00a0]*\{[ \t\u00a0]*|\.)[\"']?(?i:full|major|minor|patch|string|name)[\"']?"
    r"[ \t\u00a0]*(?::|=>|=)[ \t\u00a0]*[\"']?$")
_ADDRESS_PART = frozenset("""ip ipv4 ip4 ipv6 ip6 addr address host hostname src dst source destination client
    server peer remote local gateway gw nexthop router dns resolver proxy net subnet inet sa da""".split())


# An SNMP table's row index (pii-classes26b): the instance part of an OID, written under its table
# ("ifTable row index 33.184.175.216", "ipRouteTable index: 10.0.0.1", "row index 45.28.194.1"),
# names a row, not a host
_TABLE_INDEX_BEFORE = re.compile(r"(?:(?<![^\W_])[A-Za-z]*Table[ \t\u00a0]+(?:row[ \t\u00a0]+)?|(?<![^\W_])(?i:row)[ \t\u00a0]+)"
                                 r"(?i:index|idx|instance)[ \t\u00a0]*[:=]?[ \t\u00a0]*$")


# (pii-classes29b) a software development kit's, library's or plugin's version key, and a monitoring
# agent's (checked apart: an SNMP or sFlow agent's key holds its address)
_COMPONENT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:sdk|sdk[_\-]?version|sdkver|lib[_\-]?version|library[_\-]?version|plugin[_\-]?version"
    r"|client[_\-]?version|clientversion|app[_\-]?ver|bios[_\-]?version)"
    r"[\"']?[ \t\u00a0]*[:=]?[ \t\u00a0]*[\"']?[ \t\u00a0]*v?$")
_AGENT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?<!(?i:snmp)[ _\-])(?<!(?i:sflow)[ _\-])(?i:agent|agent[_\-]?version|agentversion)"
    r"[\"']?[ \t\u00a0]*[:=]?[ \t\u00a0]*[\"']?[ \t\u00a0]*v?$")
# (pii-classes29b) what an upgrade, downgrade or rollback went to: a version ("after the upgrade to
# 6.4.39.85", "was upgraded to version 4.3.6.196", "Upgrade auf 2.1.4.0", "mise à niveau vers ...")
_UPGRADE_TO_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?i:upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|roll(?:ed|ing)?[ \-]?back|rollback)"
    r"[ \t\u00a0]+(?i:to)|(?i:upgrade|aktualisierung)[ \t\u00a0]+(?i:auf)|(?i:mise)[ \t\u00a0]+(?:à|a)[ \t\u00a0]+"
    r"(?i:niveau|jour)[ \t\u00a0]+(?i:vers)|(?i:actualizaci[oó]n)[ \t\u00a0]+(?i:a))"
    r"(?:[ \t\u00a0]+(?i:version|release|build|firmware|the[ \t\u00a0]+(?:new|latest)[ \t\u00a0]+(?:version|release)|la[ \t\u00a0]+versi[oó]n))?"
    r"[ \t\u00a0]*:?[ \t\u00a0]*v?$")

# (pii-classes29b) a "client" key, and a key that gives a record's address
_CLIENT_KEY_BEFORE = re.compile(r"(?<![\w.\-])(?i:client)[\"']?[ \t\u00a0]*[:=|][ \t\u00a0]*[\"']?$")
_RECORD_ADDRESS_KEY = re.compile(
    r"(?<![\w.\-])[\"']?(?i:ip|ip_?addr(?:ess)?|ipv[46]|remote_?addr|remote_?ip|client_?ip|src_?ip)[\"']?[ \t\u00a0]*[:=|]"
    r"[ \t\u00a0]*[\"']?(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{2,})")

_FIELD_LINE = re.compile(r"[ \t\u00a0]*[\"']?[\w.\-]{1,40}[\"']?[ \t\u00a0]*[:=|]")


def _record_gives_address(text: str, start: int, end: int) -> bool:
    """Whether the record around text[start:end] gives an address under an address key of its own:
    the run of "key = value" or "key: value" lines around the number's (a record printed a field a
    line, as sqlite's line mode, psql's expanded display or a YAML map print one), up to 24 lines
    either way; or, when its line is no such field, its own line (a JSON object, a log line)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if text.find("\n", end) < 0 else text.find("\n", end)
    block_start, block_end = line_start, line_end
    if _FIELD_LINE.match(text, line_start):
        for _ in range(24):
            above = text.rfind("\n", 0, max(0, block_start - 1)) + 1
            if block_start == 0 or not _FIELD_LINE.match(text[above:block_start - 1]):
                break
            block_start = above
        for _ in range(24):
            below = text.find("\n", block_end + 1)
            below = len(text) if below < 0 else below
            if block_end >= len(text) or not _FIELD_LINE.match(text[block_end + 1:below]):
                break
            block_end = below
    return any(not (match.start() <= start < match.end())
               for match in _RECORD_ADDRESS_KEY.finditer(text, block_start, block_end))


# (pii-classes31b) a URL path's segment that is a release's version: the segment before it names
# updates, downloads or releases ("http://91.15.28.230/update/6.17.5.123/pkg.tar", "/releases/
# 4.2.1.7/"), or the segment after it is a package or archive file ("/6.17.5.123/pkg.tar",
# "/2.1.4.0/setup.exe"); not an address looked up under its own path ("ipinfo.io/8.8.8.8/json",
# "/lookup/203.0.113.7")
_RELEASE_SEGMENT_BEFORE = re.compile(
    r"/(?i:updates?|downloads?|releases?|dist|pkgs?|packages?|firmware|builds?|versions?|artifacts?"
    r"|stable|latest)/$")
_PACKAGE_FILE_AFTER = re.compile(
    r"/[\w.\-]+\.(?i:tar|tgz|tar\.gz|tar\.bz2|tar\.xz|zip|7z|rar|deb|rpm|apk|msi|exe|dmg|pkg|jar|whl|bin|img|iso)"
    r"(?![\w])")


def _release_path_segment(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole segment of a URL's or a request's path, under a release
    word or over a package file."""
    token_start = max(text.rfind(space, 0, start) for space in (" ", "\t", "\n", "\"", "'")) + 1
    token = text[token_start:start]
    if not token.endswith("/") or "://" not in token and not token.startswith("/"):
        return False
    if end < len(text) and text[end] not in "/ \t\n\"'?#":
        return False
    return bool(_RELEASE_SEGMENT_BEFORE.search(token) or _PACKAGE_FILE_AFTER.match(text, end))


def labelled_not_address(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the four dotted numbers at text[start:end] are a driver's, an app's, a network
    system's or a pinned package's version, or a clause's number, by what stands right before them
    on their line."""
    before = text[max(line_start, start - 48):start]
    if _DRIVER_BEFORE.search(before) or _APP_VERSION_BEFORE.search(before):
        return True
    parts = [int(part) for part in re.findall(r"\d+", text[start:end])[:4]]
    if parts[0] <= 30 and _NETWORK_OS_BEFORE.search(before):
        return True
    if _COMPONENT_BEFORE.search(before) or _UPGRADE_TO_BEFORE.search(before):
        return True
    if parts[0] <= 30 and parts[0] != 10 and _AGENT_BEFORE.search(before):
        return True
    if parts[0] <= 30 and _CLIENT_KEY_BEFORE.search(before) and _record_gives_address(text, start, end):
        return True
    if _TABLE_INDEX_BEFORE.search(before) or _VERSION_PART_BEFORE.search(before):
        return True
    if _release_path_segment(text, start, end):
        return True
    if max(parts) < 100 and _CLAUSE_BEFORE.search(before):
        return True
    pin = _PIN_BEFORE.search(before)
    if pin is not None:
        words = {word.lower() for word in re.split(r"[^A-Za-z0-9]+", pin.group(1)) if word}
        words |= {word.lower() for word in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", pin.group(1))}
        return not words & _ADDRESS_PART
    return False
