"""Machine output of network, infrastructure and IoT systems in the blind28 PII set (see pii_blind28.py)."""

from __future__ import annotations

import random

from benchmarks import pii_blind28_values as V

REGISTERS = (
    "cloudfront_access_logs", "asa_anyconnect_vpn_logs", "smart_meter_headend_exports",
    "lorawan_device_provisioning_manifests", "genieacs_tr069_inform_logs", "gpon_olt_ont_outputs",
    "ipmi_idrac_sel_dumps", "nfdump_netflow_outputs", "airline_pnr_dumps", "lldp_neighbor_outputs",
)
REGIONS = ["DE", "FR", "GB", "US", "NL", "ES", "IT", "PL", "SE", "BR", "MX", "IN", "AU", "JP", "ZA", "CH", "AT"]


def ts(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def intl_phone(rng: random.Random, style: str | None = None) -> str:
    n = V.make_number(rng, rng.choice(REGIONS))
    return V.fmt_phone(rng, n, style or rng.choice(["intl", "e164", "00", "intlsep"]))


def fw(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"


def mac(rng: random.Random, sep: str = ":") -> str:
    return sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6))


def host_ip(d: V.Doc, rng: random.Random, v6_share: float = 0.25, private: float = 0.4) -> None:
    if rng.random() < v6_share:
        d.v("IP_ADDRESS", V.v6(rng, "global" if private == 0.0 else None))
    elif rng.random() < private:
        d.v("IP_ADDRESS", V.private_v4(rng))
    else:
        d.v("IP_ADDRESS", V.public_v4(rng))


def lookalike(rng: random.Random) -> str:
    label, val = V.ip_lookalike(rng)
    return f"{label}={val}"


def cloudfront(d, rng, layout):
    if layout in (0, 1):
        d.t("#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status "
            "cs(Referer) cs(User-Agent) cs-uri-query x-edge-request-id x-forwarded-for c-port time-taken\n")
        for _ in range(rng.randint(3, 6)):
            t = ts(rng)
            d.t(t.replace(" ", "\t"), "\t", rng.choice(["FRA56-P3", "IAD89-C1", "NRT57-P2", "GRU3-C2"]), "\t",
                str(rng.randint(300, 2000000)), "\t")
            host_ip(d, rng, 0.3, 0.0)
            q = rng.choice(["-", f"v={fw(rng)}", f"ref={V.digits(rng, 10)}", "email=ops%40example.org",
                            f"order={V.id_number(rng).replace(' ', '')}"])
            d.t(f"\tGET\td{V.digits(rng, 6)}abc.cloudfront.net\t/static/app.{rng.randint(1, 9)}.js\t200\t-\t"
                f"Mozilla/5.0%20(Windows%20NT%2010.0)\t{q}\tZ{V.digits(rng, 8)}xq==\t")
            if rng.random() < 0.4:
                host_ip(d, rng, 0.0, 0.3)
                if rng.random() < 0.5:
                    d.t(",\u0020")
                    host_ip(d, rng, 0.5, 0.0)
            else:
                d.t("-")
            d.t(f"\t{rng.randint(1024, 65535)}\t0.{rng.randint(1, 999):03d}\n")
    else:
        d.t('{"timestamp":"', str(rng.randint(1700000000, 1799999999)), '.', str(rng.randint(100, 999)),
            '","c-ip":"')
        host_ip(d, rng, 0.3, 0.0)
        d.t(f'","sc-status":"200","cs-uri-stem":"/api/v2/lookup","x-edge-location":"LHR61-P1",'
            f'"cs-uri-query":"tracking={V.digits(rng, 12)}","sc-content-len":"{rng.randint(1000, 99999)}",'
            f'"server-ip":"')
        d.v("IP_ADDRESS", V.public_v4(rng))
        d.t(f'","x-edge-detailed-result-type":"Hit","cache-behavior-path-pattern":"/api/*","ua-version":"{fw(rng)}"}}\n')


def asa(d, rng, layout):
    if layout == 0:
        for _ in range(rng.randint(2, 4)):
            user = rng.choice(["jdoe", "mhernandez", "k.okafor", "svc-backup"])
            d.t(f"{ts(rng)} vpn-fw01 : %ASA-4-722051: Group <GP-STAFF> User <{user}> IP <")
            host_ip(d, rng, 0.0, 0.0)
            d.t("> IPv4 Address <")
            d.v("IP_ADDRESS", V.private_v4(rng))
            d.t("> IPv6 address <::> assigned to session\n")
            d.t(f"{ts(rng)} vpn-fw01 : %ASA-6-113039: Group <GP-STAFF> User <{user}> IP <")
            host_ip(d, rng, 0.0, 0.0)
            d.t(f"> AnyConnect parent session started. Client version {fw(rng)}\n")
    elif layout == 1:
        d.t(f"vpn-fw01# show version\nCisco Adaptive Security Appliance Software Version {rng.randint(9, 9)}.{rng.randint(12, 20)}.{rng.randint(1, 4)}.{rng.randint(1, 60)}\n"
            f"Firepower Extensible Operating System Version {fw(rng)}\nDevice Manager Version {rng.randint(7, 7)}.{rng.randint(12, 20)}({rng.randint(1, 9)})\n"
            f"Serial Number: JMX{V.digits(rng, 8)}\n\nvpn-fw01# show run interface\ninterface GigabitEthernet0/0\n nameif outside\n ip address ")
        d.v("IP_ADDRESS", V.public_v4(rng))
        d.t(" 255.255.255.248\ninterface GigabitEthernet0/1\n nameif inside\n ip address ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t(" 255.255.255.0\n ipv6 address ")
        d.v("IP_ADDRESS", V.v6(rng, "global"))
        d.t("/64\n ipv6 address ")
        d.v("IP_ADDRESS", V.v6(rng, "ll"))
        d.t(" link-local\naccess-list SPLIT standard permit object-group INSIDE-NETS\nip local pool VPNPOOL ")
        third = str(rng.randint(0, 255))
        d.v("IP_ADDRESS", "10.250." + third + ".10")
        d.t("-")
        d.v("IP_ADDRESS", "10.250." + third + ".250")
        d.t(" mask 255.255.255.0\ndns-server value ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t("\nsnmp-server contact NOC ")
        d.v("PHONE_NUMBER", intl_phone(rng, "e164"))
        d.t(f"\nsnmp-server location rack {rng.randint(1, 40)}.{rng.randint(1, 9)} oid 1.3.6.1.4.1.9.1.{rng.randint(1000, 3000)}\n")
    else:
        d.t("vpn-fw01# show vpn-sessiondb anyconnect\n\nSession Type: AnyConnect\n\n")
        for i in range(rng.randint(1, 3)):
            d.t(f"Username     : user{rng.randint(1, 999)}              Index        : {rng.randint(1000, 99999)}\nAssigned IP  : ")
            d.v("IP_ADDRESS", V.private_v4(rng))
            d.t("           Public IP    : ")
            host_ip(d, rng, 0.3, 0.0)
            d.t(f"\nBytes Tx     : {rng.randint(10000, 99999999)}            Bytes Rx     : {rng.randint(10000, 99999999)}\n"
                f"Login Time   : {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} UTC Mon Mar {rng.randint(1, 28)} 2026\n"
                f"Duration     : 0h:{rng.randint(10, 59)}m:{rng.randint(10, 59)}s\n\n")


def smart_meter(d, rng, layout):
    if layout == 0:
        d.t("meter_id;obis;value;unit;read_at;comm_ip;sim_msisdn;fw;billing_iban\n")
        for _ in range(rng.randint(3, 6)):
            d.t(f"{V.digits(rng, 12)};1-0:1.8.0*255;{rng.randint(1000, 99999)}.{rng.randint(0, 999):03d};kWh;{ts(rng)};")
            d.v("IP_ADDRESS", V.v6(rng, rng.choice(["ula", "global"])) if rng.random() < 0.5 else V.private_v4(rng))
            d.t(";")
            d.v("PHONE_NUMBER", intl_phone(rng, "e164"))
            d.t(f";{fw(rng)};")
            if rng.random() < 0.7:
                d.v("IBAN_CODE", V.make_iban(rng, rng.choice(["DE", "NL", "BE", "AT", "FR", "ES", "IT", "GB"])))
            d.t("\n")
        d.t(f"# totals: {rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)} kWh · MPAN {V.digits(rng, 13)} · ICCID 89{V.digits(rng, 17)}\n")
    elif layout == 1:
        d.t(f"HES export job {V.digits(rng, 9)} started {ts(rng)}\n")
        d.t(f"[DEVICE] serial={V.digits(rng, 10)} imei={V.digits(rng, 15)} fw={fw(rng)} obis=1.0.2.8.0.255\n[NETWORK] apn=m2m.meter ip=")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t(" gw=")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t(" mask=255.255.255.0 dns=0.0.0.0\n[SIM] msisdn=")
        d.v("PHONE_NUMBER", intl_phone(rng, "e164"))
        d.t(f" iccid=89{V.digits(rng, 17)} apn_user_id={V.digits(rng, 10)}\n[CONTACT] field technician ")
        d.v("PHONE_NUMBER", intl_phone(rng, "intl"))
        d.t(" / ")
        d.v("EMAIL_ADDRESS", f"field.ops{rng.randint(1, 9)}@metering-{rng.randint(1, 99)}.net")
        d.t(f"\n[BILLING] legacy sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} acct {V.digits(rng, 8)} "
            f"tariff band {rng.randint(1000, 1350)}-{rng.randint(1400, 1900)} kWh")
        d.t(f"\n[READ] register 1.8.1 = {rng.randint(100, 99999)}.{rng.randint(0, 99):02d} kWh at {ts(rng)}\n")
    else:
        d.t('<MeterReading><MeterID>' + V.digits(rng, 11) + '</MeterID><CommModule ip="')
        d.v("IP_ADDRESS", V.v6(rng, "global"))
        d.t('" firmware="' + fw(rng) + '"/><Msisdn>')
        d.v("PHONE_NUMBER", intl_phone(rng, "e164"))
        d.t("</Msisdn><DirectDebit iban=\"")
        d.v("IBAN_CODE", V.make_iban(rng, rng.choice(["DE", "NL", "BE", "AT", "FR", "ES", "IT", "IE", "LU"])))
        d.t(f"\" mandate=\"{V.digits(rng, 10)}\"/><Reading obis=\"1.0.1.8.0.255\">{rng.randint(1000, 9999)}.{rng.randint(100, 999)}</Reading>"
            f"<Tariff>{rng.randint(1000, 1350)}-{rng.randint(1400, 1900)}</Tariff></MeterReading>\n")


def lorawan(d, rng, layout):
    eui = "".join(f"{rng.randint(0, 255):02X}" for _ in range(8))
    if layout == 0:
        d.t('{\n  "ids": {"device_id": "soil-' + str(rng.randint(1, 999)) + '", "dev_eui": "' + eui + '", "join_eui": "70B3D57ED0000000"},\n'
            '  "version_ids": {"brand_id": "acme", "firmware_version": "' + fw(rng) + '", "band_id": "EU_863_870"},\n'
            '  "network_server_address": "')
        d.v("IP_ADDRESS", V.public_v4(rng))
        d.t('",\n  "attributes": {"owner_email": "')
        d.v("EMAIL_ADDRESS", f"farm{rng.randint(1, 99)}@agri-sensors.{rng.choice(['de', 'nl', 'fr', 'io'])}")
        d.t('", "support_phone": "')
        d.v("PHONE_NUMBER", intl_phone(rng, "e164"))
        d.t('", "asset_tag": "' + V.id_number(rng) + '", "install_gps": "' + f"{rng.randint(40, 55)}.{V.digits(rng, 6)},{rng.randint(1, 20)}.{V.digits(rng, 6)}" + '"}\n}\n')
    elif layout == 1:
        d.t(f"# provisioning manifest batch {V.digits(rng, 8)}\ngateway:\n  eui: {eui}\n  lan_ip: ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t(f"\n  netmask: 255.255.255.0\n  packet_forwarder: {fw(rng)}\n  backhaul_ip: ")
        host_ip(d, rng, 0.4, 0.0)
        d.t("\n  site_contact: ")
        d.v("PHONE_NUMBER", intl_phone(rng, "intl"))
        d.t(f"\n  order_no: {V.id_number(rng)}\n  mib: 1.3.6.1.4.1.{rng.randint(2000, 60000)}.2.1\n")
    else:
        d.t(f"{ts(rng)} ns: uplink dev_eui={eui} f_cnt={rng.randint(1, 9999)} rssi=-{rng.randint(60, 120)} snr={rng.randint(-10, 12)}.{rng.randint(0, 9)} gw_ip=")
        host_ip(d, rng, 0.3, 0.5)
        d.t(f" freq=868.{rng.randint(1, 5)}00000 ver={fw(rng)}\n{ts(rng)} as: webhook POST to https://")
        d.v("IP_ADDRESS", V.public_v4(rng))
        d.t(f":8443/uplink status=200 latency_ms={rng.randint(10, 999)}\n")


def genieacs(d, rng, layout):
    sn = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    if layout == 0:
        d.t(f"{ts(rng)} [INFO] ")
        host_ip(d, rng, 0.2, 0.0)
        d.t(f" {sn}: Inform; cpeRequestId=\"{V.digits(rng, 9)}\" informEvent=\"2 PERIODIC\" informRetryCount=0\n{ts(rng)} [INFO] ")
        host_ip(d, rng, 0.0, 0.0)
        d.t(f" {sn}: ACS request; acsRequestId=\"{V.digits(rng, 8)}\" acsRequestName=\"SetParameterValues\"\n")
    elif layout == 1:
        d.t("InternetGatewayDevice.DeviceInfo.SoftwareVersion = V" + fw(rng) + "\n")
        d.t("InternetGatewayDevice.DeviceInfo.HardwareVersion = " + f"{rng.randint(1, 5)}.{rng.randint(0, 9)}" + "\n")
        d.t("InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.ExternalIPAddress = ")
        d.v("IP_ADDRESS", V.public_v4(rng))
        d.t("\nInternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.SubnetMask = 255.255.252.0\n")
        d.t("InternetGatewayDevice.ManagementServer.ConnectionRequestURL = http://")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t(":7547/" + V.digits(rng, 6) + "\nInternetGatewayDevice.Services.VoiceService.1.VoiceProfile.1.Line.1.DirectoryNumber = ")
        d.v("PHONE_NUMBER", intl_phone(rng, rng.choice(["e164", "00"])).replace(" ", ""))
        d.t("\nInternetGatewayDevice.Services.VoiceService.1.VoiceProfile.1.SIP.RegistrarServer = ")
        d.v("IP_ADDRESS", V.public_v4(rng))
        d.t("\nInternetGatewayDevice.Services.VoiceService.1.VoiceProfile.1.SIP.RegistrarServerPort = 5060\n")
        d.t("InternetGatewayDevice.LANDevice.1.LANHostConfigManagement.IPInterface.1.IPInterfaceIPAddress = ")
        d.v("IP_ADDRESS", "192.168." + str(rng.randint(0, 10)) + ".1")
        d.t("\n")
    else:
        d.t('[{"_id":"' + sn + '","_lastInform":"' + ts(rng).replace(" ", "T") + 'Z","_deviceId":{"_SerialNumber":"'
            + sn + '","_ProductClass":"HG8245"},"customer":{"account":"' + V.digits(rng, 10) + '","phone":"')
        d.v("PHONE_NUMBER", intl_phone(rng, "intl"))
        d.t('","email":"')
        d.v("EMAIL_ADDRESS", f"sub{rng.randint(1000, 9999)}@isp-mail.{rng.choice(['com.br', 'co.za', 'pl', 'es'])}")
        d.t('","billing_iban":"')
        d.v("IBAN_CODE", V.fmt_iban(rng, V.make_iban(rng, rng.choice(["PL", "ES", "PT", "BR", "DE"]))))
        d.t('","autopay_card":"')
        if rng.random() < 0.7:
            d.v("CREDIT_CARD", V.make_card(rng))
        else:
            d.t(V.bad_card(rng))
        d.t('"},"wan_ip":"')
        host_ip(d, rng, 0.3, 0.0)
        d.t('","sw":"' + fw(rng) + '","tags":["ticket-' + V.digits(rng, 7) + '"]}]\n')


def olt(d, rng, layout):
    fsp = f"0/{rng.randint(1, 16)}/{rng.randint(0, 15)}"
    if layout == 0:
        d.t(f"MA5800-X7(config-if-gpon-{fsp.rsplit('/', 1)[0]})# display ont info {fsp[-1]} {rng.randint(0, 127)}\n")
        d.t(f"  F/S/P                   : {fsp}\n  ONT-ID                  : {rng.randint(0, 127)}\n  Run state               : online\n"
            f"  SN                      : 48575443{rng.randint(0, 0xFFFFFFFF):08X}\n  Management mode         : OMCI\n  Description             : cust ")
        n = V.make_number(rng, rng.choice(["BR", "MX", "PL", "ES"]))
        d.v("PHONE_NUMBER", V.fmt_phone(rng, n, "nat"))
        d.t(f" acct {V.digits(rng, 9)}\n  Last down time          : {ts(rng)}+08:00\n  ONT IP 0 address/mask   : ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t("/24\n  Main software version   : V5R019C10S" + str(rng.randint(100, 200)) + f"\n  Equipment-ID            : {V.digits(rng, 10)}\n")
    elif layout == 1:
        d.t("F/S/P   ONT  SN                Control  Run     Config  Match   Description\n")
        for _ in range(rng.randint(3, 6)):
            d.t(f"{fsp:<8}{rng.randint(0, 127):<5}48575443{rng.randint(0, 0xFFFFFFFF):08X}  active   online  normal  match   ")
            if rng.random() < 0.6:
                d.v("PHONE_NUMBER", V.fmt_phone(rng, V.make_number(rng, "BR", True), "natnone"))
                d.t(f"_{rng.choice(['silva', 'souza', 'lima'])}\n")
            else:
                d.t(f"pedido {V.digits(rng, 11)}\n")
    else:
        d.t(f"{ts(rng)} OLT-{rng.randint(1, 9)} ONT {fsp} los alarm cleared; mgmt ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t(f" olt-version {fw(rng)} ticket {V.id_number(rng)}; notify field tech ")
        d.v("PHONE_NUMBER", intl_phone(rng, "intl"))
        d.t("\n")


def ipmi(d, rng, layout):
    if layout == 0:
        d.t("$ ipmitool lan print 1\nSet in Progress         : Set Complete\nIP Address Source       : Static Address\nIP Address              : ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t("\nSubnet Mask             : 255.255.255.0\nMAC Address             : " + mac(rng) + "\nDefault Gateway IP      : ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t("\nBackup Gateway IP       : 0.0.0.0\n802.1q VLAN ID          : " + str(rng.randint(2, 4000)) + "\nFirmware Revision       : "
            + f"{rng.randint(2, 7)}.{rng.randint(10, 90)}.{rng.randint(10, 90)}.{rng.randint(10, 90)}\n")
    elif layout == 1:
        d.t(f"$ racadm getsysinfo\nRAC Information:\nRAC Date/Time           = {ts(rng)}\nFirmware Version        = "
            f"{rng.randint(5, 7)}.{rng.randint(0, 10)}.{rng.randint(0, 99):02d}.{rng.randint(100, 200)}\nCurrent IP Address      = ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t("\nLink Local IP Address   = ")
        d.v("IP_ADDRESS", V.v6(rng, "ll"))
        d.t("/64\nCurrent IP Gateway      = ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t("\nCurrent IP Netmask      = 255.255.254.0\nCurrent DNS Server 1    = ")
        d.v("IP_ADDRESS", V.public_v4(rng))
        d.t("\nCurrent DNS Server 2    = 0.0.0.0\nCurrent IPv6 Address 1  = ")
        d.v("IP_ADDRESS", V.v6(rng, "global"))
        d.t(f"\nSystem Information:\nService Tag             = {''.join(rng.choice('ABCDEFGHJK0123456789') for _ in range(7))}\n"
            f"Express Svc Code        = {V.digits(rng, 11)}\nBIOS Version            = {rng.randint(1, 2)}.{rng.randint(1, 20)}.{rng.randint(0, 9)}\n"
            "Alert Destination       = ")
        d.v("EMAIL_ADDRESS", f"dc-ops@{rng.choice(['example-hosting', 'rackfarm', 'colo-east'])}.com")
        d.t("\n")
    else:
        d.t("$ ipmitool sel elist\n")
        for i in range(rng.randint(3, 6)):
            d.t(f"{i + 1:>4x} | {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2026 | {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} | "
                f"{rng.choice(['Temperature #0x30', 'Power Supply #0x62', 'Memory #0x02'])} | "
                f"{rng.choice(['Upper Critical going high', 'Presence detected', 'Correctable ECC'])} | Asserted\n")
        d.t("# escalation: on-call ")
        d.v("PHONE_NUMBER", intl_phone(rng))
        d.t(", BMC ")
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t(f" (ipmi v2.0, sdr rev {fw(rng)})\n")


def nfdump(d, rng, layout):
    if layout in (0, 1):
        d.t("Date first seen          Duration Proto      Src IP Addr:Port          Dst IP Addr:Port   Packets    Bytes Flows\n")
        for _ in range(rng.randint(3, 6)):
            d.t(f"{ts(rng)}.{rng.randint(0, 999):03d}     {rng.randint(0, 99)}.{rng.randint(0, 999):03d} {rng.choice(['TCP', 'UDP'])}    ")
            d.v("IP_ADDRESS", V.private_v4(rng) if rng.random() < 0.5 else V.public_v4(rng))
            d.t(f":{rng.randint(1024, 65535)} ->   ")
            d.v("IP_ADDRESS", V.public_v4(rng))
            d.t(f":{rng.choice([443, 53, 80, 123, 5060])}     {rng.randint(1, 999)}  {rng.randint(1, 9)}.{rng.randint(0, 9)} M     1\n")
        d.t(f"Summary: total flows: {rng.randint(100, 9999)}, total bytes: {rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)}, "
            f"total packets: {rng.randint(10000, 999999)}, avg bps: {rng.randint(1000, 99999)}\nTime window: {ts(rng)} - {ts(rng)}\n")
        d.t(f"Sys: {rng.randint(0, 2)}.{rng.randint(100, 999)}s flows/second: {rng.randint(10000, 999999)}.{rng.randint(0, 9)}\n")
    else:
        d.t("ts,te,td,sa,da,sp,dp,pr,flg,ipkt,ibyt,exid\n")
        for _ in range(rng.randint(3, 6)):
            d.t(f"{ts(rng)},{ts(rng)},{rng.randint(0, 99)}.{rng.randint(0, 999)},")
            host_ip(d, rng, 0.3, 0.5)
            d.t(",")
            host_ip(d, rng, 0.3, 0.0)
            d.t(f",{rng.randint(1024, 65535)},443,TCP,.AP.SF,{rng.randint(1, 999)},{rng.randint(1000, 9999999)},{rng.randint(1, 9)}\n")


def pnr(d, rng, layout):
    loc = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if layout in (0, 1):
        d.t(f"RP/PAR1A0980/PAR1A0980            AA/SU  {rng.randint(1, 28)}MAR26/{rng.randint(1000, 2359)}Z   {loc}\n"
            f"  1.DUPONT/CLAIRE MRS   2.DUPONT/LUC MR\n  3  AF1234 Y {rng.randint(10, 28)}APR 4 CDGJFK HK2  1030 1305  *1A/E*\n  4 APM ")
        d.v("PHONE_NUMBER", intl_phone(rng, rng.choice(["intl", "e164"])))
        d.t("/P1\n  5 APE ")
        d.v("EMAIL_ADDRESS", f"claire.dupont{rng.randint(1, 99)}@{rng.choice(['orange.fr', 'free.fr', 'gmail.com'])}")
        d.t("\n  6 APN AF/M ")
        d.v("PHONE_NUMBER", intl_phone(rng, "e164"))
        d.t(f"/FR/P2\n  7 TK OK{rng.randint(10, 28)}MAR/PAR1A0980\n  8 FA PAX 057-{V.digits(rng, 10)}/ETAF/EUR{rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(10, 99)}/{rng.randint(10, 28)}MAR26\n"
            f"  9 FP CCVIXXXXXXXXXXXX{rng.randint(1000, 9999)}/0{rng.randint(1, 9)}2{rng.randint(7, 9)}\n 10 SSR FQTV AF HK/ AF{V.digits(rng, 10)}/P1\n"
            f" 11 OSI YY CTCT AGENCY ")
        d.v("PHONE_NUMBER", intl_phone(rng, "intl"))
        d.t("\n 12 RM BOOKED VIA IP ")
        d.v("IP_ADDRESS", V.public_v4(rng))
        d.t(" SEAT 23C ORDER " + V.id_number(rng) + "\n 13 RM FOP CARD ")
        d.v("CREDIT_CARD", V.make_card(rng, rng.choice(["visa", "mastercard", "amex", "jcb", "diners", "unionpay"])))
        d.t(f" EXP {rng.randint(1, 12):02d}{rng.randint(27, 31)} APPROVAL {V.digits(rng, 6)}\n")
    else:
        d.t(f"record_locator,pax,ticket,contact_phone,contact_email,fop_card,booked_ip\n{loc},DOE/JANE MS,")
        d.t(f"016-{V.digits(rng, 10)},")
        d.v("PHONE_NUMBER", intl_phone(rng, "e164"))
        d.t(",")
        d.v("EMAIL_ADDRESS", f"jane{rng.randint(1, 999)}@{rng.choice(['outlook.com', 'web.de', 'gmx.at'])}")
        d.t(",")
        if rng.random() < 0.8:
            d.v("CREDIT_CARD", V.make_card(rng))
        else:
            d.t(V.bad_card(rng).replace(" ", ""))
        d.t(",")
        host_ip(d, rng, 0.3, 0.0)
        d.t(f"\n# fare {rng.randint(1, 9)},{rng.randint(100, 999)}.00 USD; coupon {V.digits(rng, 13)}\n")


def lldp(d, rng, layout):
    if layout in (0, 1):
        d.t("switch01# show lldp neighbors detail\n------------------------------------------------\n")
        count = rng.randint(1, 3)
        for _ in range(count):
            m = mac(rng, "")
            d.t(f"Chassis id: {m[:4]}.{m[4:8]}.{m[8:]}\nPort id: Gi1/0/{rng.randint(1, 48)}\nPort Description: uplink\nSystem Name: core-{rng.randint(1, 9)}\n\n"
                f"System Description:\nCisco IOS Software, C3850 Software, Version {rng.randint(15, 17)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}, RELEASE SOFTWARE\n"
                f"Firmware {fw(rng)}\n\nTime remaining: {rng.randint(90, 120)} seconds\nSystem Capabilities: B,R\nManagement Addresses:\n    IP: ")
            d.v("IP_ADDRESS", V.private_v4(rng))
            if rng.random() < 0.5:
                d.t("\n    IPV6: ")
                kind = rng.choice(["ll", "global", "ula"])
                d.v("IP_ADDRESS", V.v6(rng, kind))
                if kind == "ll" and rng.random() < 0.6:
                    d.t(f"%Gi1/0/{rng.randint(1, 48)}")
            d.t(f"\nAuto Negotiation - supported, enabled\nVlan ID: {rng.randint(2, 4000)}\n\n")
        d.t(f"Total entries displayed: {count}\n")
    else:
        d.t('{"lldp": {"interface": {"eth0": {"chassis": {"sw-' + str(rng.randint(1, 99)) + '": {"mgmt-ip": ["')
        d.v("IP_ADDRESS", V.private_v4(rng))
        d.t('", "')
        d.v("IP_ADDRESS", V.v6(rng))
        d.t('"], "descr": "ArubaOS ' + fw(rng) + '", "contact": "NOC ')
        d.v("PHONE_NUMBER", intl_phone(rng, "intl"))
        d.t('"}}, "port": {"id": {"type": "local", "value": "' + str(rng.randint(1, 52)) + '"}}, "vlan": {"vlan-id": "'
            + str(rng.randint(1, 4000)) + '"}}}}}\n')


MAKERS = {
    "cloudfront_access_logs": cloudfront, "asa_anyconnect_vpn_logs": asa, "smart_meter_headend_exports": smart_meter,
    "lorawan_device_provisioning_manifests": lorawan, "genieacs_tr069_inform_logs": genieacs,
    "gpon_olt_ont_outputs": olt, "ipmi_idrac_sel_dumps": ipmi, "nfdump_netflow_outputs": nfdump,
    "airline_pnr_dumps": pnr, "lldp_neighbor_outputs": lldp,
}
HOSTS = {
    "cloudfront_access_logs": "logs.example-cdn-ops.com", "asa_anyconnect_vpn_logs": "netops.example.net",
    "smart_meter_headend_exports": "hes.example-utility.com", "lorawan_device_provisioning_manifests": "iot.example-farm.io",
    "genieacs_tr069_inform_logs": "acs.example-isp.net", "gpon_olt_ont_outputs": "noc.example-fibra.com.br",
    "ipmi_idrac_sel_dumps": "wiki.example-dc.org", "nfdump_netflow_outputs": "pastebin.example.org",
    "airline_pnr_dumps": "agency.example-travel.fr", "lldp_neighbor_outputs": "gitlab.example-corp.net",
}


def machine_doc(rng: random.Random, reg: str, layout: int) -> tuple[str, list[dict], str, str]:
    d = V.Doc()
    if rng.random() < 0.5:
        d.t(f"# {lookalike(rng)} {lookalike(rng)}\n")
    MAKERS[reg](d, rng, layout % 3)
    if rng.random() < 0.6:
        d.t(f"# {lookalike(rng)}; {lookalike(rng)}; ticket {V.id_number(rng)}\n")
    if rng.random() < 0.35:
        d.t(f"# {V.email_lookalike(rng)}\n")
    if rng.random() < 0.5:
        d.t("# pasted from jump host ")
        d.v("IP_ADDRESS", V.private_v4(rng) if rng.random() < 0.6 else V.v6(rng, "ula"))
        d.t(f" by ops, {lookalike(rng)}\n")
    url = f"https://{HOSTS[reg]}/{reg.split('_')[0]}/{rng.randint(1000, 99999)}"
    return d.text(), d.spans, url, "en"
