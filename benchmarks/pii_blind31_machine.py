"""Machine-output registers of the 31st blind PII set (benchmarks/pii_blind31.py): 10 tools, three of
each tool's outputs. Keys are the tools' own (language "en"). Written for this set only.
"""

_N = ["ops", "oncall", "m.keller", "priya", "jlopez", "noc", "admin.team", "s.tanaka", "billing", "frank"]
_D = ["example-corp.com", "mailhost.net", "acme-logistics.io", "northwind.co.uk", "fastmail.com", "web.de"]


def _m(host, layouts, regions=("US", "US", "GB", "DE", "FR", "NL", "AU", "IN", "CA", "JP", "BR")):
    return {"en": {"host": host, "regions": list(regions), "iban": "GB", "ext": " x", "names": _N, "domains": _D,
                       "layouts": layouts}}


MACHINE = {
    "kafka_broker_logs": _m("wiki.streaming-team.internal.example.com", [
        ("[{date} {time}:01,112] INFO [KafkaServer id=3] started (kafka.server.KafkaServer)\n"
        "[{date} {time}:01,120] INFO Registered broker 3 at path /brokers/ids/3 with addresses: "
        "PLAINTEXT://{IP}:9092,EXTERNAL://{I4}:19092, czxid (broker epoch): {n11}\n"
        "[{date} {time}:02,004] INFO Kafka version: 3.7.0, commitId: 2ae524ed625438c5\n"
        "[{date} {time}:05,310] WARN [Controller id=3] Connection to node 1 ({IP}:9092) could not be established."),
        ("# server.properties\nbroker.id=3\nlisteners=PLAINTEXT://0.0.0.0:9092\n"
        "advertised.listeners=PLAINTEXT://{IP}:9092,SSL://{I4}:9093\nlog.retention.hours=168\n"
        "zookeeper.connect={IP}:2181,{IP}:2181\nnum.partitions=12\n# contact on-call {E} / {P}"),
        ("GROUP            TOPIC       PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID   HOST\n"
        "billing-events   invoices    0          {n10}      {n10}      12   consumer-1-a1  /{IP}\n"
        "billing-events   invoices    1          {n10}      {n10}      0    consumer-1-b7  /{I6}\n"
        "alerts   sms-outbound  0   {n8}   {n8}   3   sms-7  /{I4}   last recipient={PE}"),
    ]),
    "home_assistant_config": _m("community.homeautomation-forum.example.org", [
        ("# configuration.yaml\nhttp:\n  server_host: 0.0.0.0\n  trusted_proxies:\n    - {IP}\n    - {I6}\n"
        "notify:\n  - platform: twilio_sms\n    name: phone_alerts\n    from_number: \"{PE}\"\n"
        "automation:\n  - alias: door alert\n    action:\n      - service: notify.phone_alerts\n"
        "        data:\n          target: \"{PE}\"\n          message: \"Front door open, firmware {ver}\""),
        ("{date} {time}:14.201 ERROR (MainThread) [homeassistant.components.http.ban] Login attempt or request "
        "with invalid authentication from {I4} ({I4}). Requested URL: '/api/websocket'.\n"
        "{date} {time}:15.882 WARNING (MainThread) [zha] Device {mac} firmware {ver} unavailable\n"
        "{date} {time}:16.004 INFO (MainThread) [homeassistant.components.smtp] Sent notification to {E}"),
        ("Device | IEEE | IP | Firmware\nShelly Plug S | {mac} | {IP} | {ver}\nTasmota bulb | {mac} | {IP} | "
        "{ver}\nNetmask {bcast}, gateway {IP}. Alarm panel SIM calls {P} on trigger."),
    ]),
    "crontab_dump": _m("gist.devnotes.example.net", [
        ("MAILTO={E}\nSHELL=/bin/bash\n# m h  dom mon dow   command\n15 3 * * * rsync -az /srv/ backup@{I4}:/vol/"
        "nightly/\n*/5 * * * * curl -fsS https://hc.example.net/ping/{n8} >/dev/null\n"
        "0 9 * * 1 /usr/local/bin/send-sms --to {PE} --msg \"weekly report\"\n"
        "30 2 * * * pg_dump -h {IP} -U app app > /backup/app-{date}.sql"),
        ("$ crontab -l -u deploy\n# owner: {E} (pager {P})\n0 */6 * * * ssh {prompt} 'systemctl restart worker'\n"
        "@reboot /opt/wg/up.sh --endpoint {I4} --peer {I6}\n45 23 * * * find /var/log -mtime +{n2} -delete"),
        ("Sender: {E}\nSubject: Cron <root@web01> /usr/local/bin/check-mx.sh\n\n"
        "MX check failed for {I4}: timeout after 30s\nfallback relay {IP} ok\nescalating to {P}, ticket {ord}"),
    ]),
    "puppet_facts_report": _m("puppetboard.example-corp.com", [
        ("ipaddress => {IP}\nipaddress6 => {I6}\nnetmask => {bcast}\nmacaddress => {mac}\n"
        "kernelrelease => 5.15.0-{n3}-generic\npuppetversion => 8.4.0\nserialnumber => {ord}\n"
        "uptime_seconds => {n7}\nsupport_contact => {E}"),
        ("{\"certname\": \"db02.example-corp.com\", \"facts\": {\"networking\": {\"ip\": \"{IP}\", \"ip6\": \"{I6}\","
        " \"netmask\": \"255.255.255.0\", \"mac\": \"{mac}\"}, \"os\": {\"release\": {\"full\": \"{ver}\"}},"
        " \"dmi\": {\"product\": {\"serial_number\": \"{ord}\"}}}, \"owner_phone\": \"{PI}\"}"),
        ("Notice: /Stage[main]/Firewall/Firewall[100 allow ssh from {I4}]/ensure: created\n"
        "Notice: /Stage[main]/Ntp/File[/etc/ntp.conf]/content: server {I4} iburst\n"
        "Notice: Applied catalog in {pct} seconds\nReport sent to {E}; escalation {P}"),
    ]),
    "freeipa_user_listing": _m("idm.example-corp.com", [
        ("  User login: mkeller\n  First name: Maria\n  Last name: Keller\n  Home directory: /home/mkeller\n"
        "  Email address: {E}\n  UID: {n10}\n  GID: {n10}\n  Telephone Number: {PX}\n  Mobile Telephone Number: {PM}\n"
        "  Account disabled: False"),
        ("dn: uid=pshah,cn=users,cn=accounts,dc=example-corp,dc=com\nmail: {E}\ntelephoneNumber: {P}\n"
        "mobile: {PE}\nuidNumber: {n10}\nemployeeNumber: {n8}\nipaUniqueID: {uuid}"),
        ("  Host name: vpn01.example-corp.com\n  Principal name: host/vpn01.example-corp.com\n  IP address: {I4}\n"
        "  Managed by: vpn01.example-corp.com\n  SSH public key fingerprint: SHA256:{uuid}\n"
        "  Description: owner {E}, on-call {P}"),
    ]),
    "grafana_alert_notification": _m("grafana.monitoring.example.io", [
        ("[FIRING:2] HighLatency api-gateway\nValue: B={pct}\nLabels:\n - instance = {I4}:9100\n - job = node\n"
        " - instance = {IP}:9100\nAnnotations:\n - summary = p99 over 800ms\n - runbook = call {P} if no ack in 10m\n"
        "Source: http://{IP}:3000/alerting/grafana/{ord}/view"),
        ("{\"receiver\": \"oncall-sms\", \"status\": \"firing\", \"alerts\": [{\"labels\": {\"instance\": \"{I6}\","
        " \"version\": \"{ver}\"}, \"valueString\": \"[ var='A' value={pct} ]\"}], \"externalURL\": "
        "\"https://grafana.monitoring.example.io/\", \"contactPoint\": {\"sms\": \"{PE}\", \"email\": \"{E}\"}}"),
        ("Contact point | Type | Address\nnoc-mail | email | {E}\nnight-shift | sms | {PE}\nescalation | "
        "voice | {PI}\nwebhook | webhook | http://{IP}:8080/hook\nDashboard uid {ord} v{ver}"),
    ]),
    "hubspot_contacts_export": _m("crm-exports.example-corp.com", [
        ("Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,IP Address,Create Date\n"
        "{n11},Maria,Keller,{E},{P},{PM},{I4},{date}\n{n11},Priya,Shah,{E},{PI},{PM},{I6},{date}\n"
        "{n11},Frank,Lopez,{E},{PN},,{I4},{date}"),
        ("Record ID: {n11}\nEmail: {E}\nPhone Number: {PX}\nFax Number: {PF}\nDeal Amount: {amt}\n"
        "Last Page Seen: /pricing?ref={ord}\nSSN (custom property, credit check): {S}\nIP Country: gb\nAssociated Company ID: {n10}"),
        ("{\"vid\": {n10}, \"properties\": {\"email\": {\"value\": \"{E}\"}, \"phone\": {\"value\": \"{PE}\"},"
        " \"hs_ip_timezone\": {\"value\": \"europe/london\"}, \"ip_address\": {\"value\": \"{I4}\"},"
        " \"zip\": {\"value\": \"{zip}\"}, \"hs_object_id\": {\"value\": \"{n11}\"}}}"),
    ]),
    "shopify_order_export": _m("shop-admin.example-store.com", [
        ("Name,Email,Financial Status,Total,Billing Phone,Shipping Phone,Payment Reference,Browser IP\n"
        "#{n4},{E},paid,{amt},{P},{PM},c{n11}.1,{I4}\n#{n4},{E},refunded,{amt},{PI},,c{n11}.2,{I6}\n"
        "#{n4},{E},paid,{amt},{PN},{PN},c{n11}.1,{I4}"),
        ("Order #{n4} — fraud analysis\nCustomer: {E}\nPhone: {P}\nCard: {mask} (Visa)\nBrowser IP: {I4}\n"
        "Billing address ZIP {zipus}\nTracking number 1Z{ref}{n8}\nIMEI of returned phone: {imei}"),
        ("{\"id\": {n13}, \"email\": \"{E}\", \"phone\": \"{PE}\", \"browser_ip\": \"{I4}\", "
        "\"total_price\": \"{amt}\", \"payment_details\": {\"credit_card_bin\": \"{n6}\", "
        "\"credit_card_number\": \"•••• •••• •••• {mask4}\"}, \"order_number\": {n4}}"),
    ]),
    "zoom_participant_report": _m("reports.videomeet.example.edu", [
        ("Meeting ID,Topic,Start Time\n{mid},Quarterly review,{date} {time}\n\n"
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),IP Address,Location\n"
        "Maria Keller,{E},{time},{time},{n2},{I4},London (GB)\nPriya Shah,{E},{time},{time},{n2},{I6},Pune (IN)\n"
        "{PE},,{time},{time},{n2},,Dial-in"),
        ("Participant: Frank Lopez\nEmail: {E}\nDevice: Mac  Version: {ver}\nIP address: {I4}\n"
        "Network type: Wifi  Data center: Frankfurt\nMeeting ID: {mid}  Passcode: {n6}\n"
        "Call-in number used: {PI}"),
        ("Join by phone\n  {P2} \n  {P2}\nMeeting ID: {mid}\nPasscode: {n6}\nHost contact: {E} / {PX}\n"
        "Find your local number: https://videomeet.example.edu/u/{ref}"),
    ]),
    "nextcloud_log": _m("cloud.example-family.net", [
        ("{\"reqId\":\"{uuid}\",\"level\":2,\"time\":\"{date}T{time}:11+00:00\",\"remoteAddr\":\"{I4}\","
        "\"user\":\"--\",\"app\":\"core\",\"method\":\"POST\",\"url\":\"/login\",\"message\":\"Login failed: "
        "{E} (Remote IP: {I4})\",\"version\":\"{ver}\"}"),
        ("{\"reqId\":\"{uuid}\",\"level\":1,\"remoteAddr\":\"{I6}\",\"user\":\"{E}\",\"app\":\"contacts\","
        "\"message\":\"Imported vCard TEL;TYPE=cell:{PE} for {E}\",\"version\":\"{ver}\"}"),
        ("Brute-force attempts (last 24h)\nIP | Attempts | Last user\n{I4} | {n2} | {E}\n{I4} | {n2} | admin\n"
        "{I6} | {n2} | {E}\ntrusted_proxies: {IP}, {lo}\nAdmin phone (2FA SMS): {PI}"),
    ]),
}
