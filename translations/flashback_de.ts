<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppServices</name>
    <message>
        <source>The local network stopped: %1</source>
        <translation>Das lokale Netzwerk wurde beendet: %1</translation>
    </message>
    <message>
        <source>Starting the local network…</source>
        <translation>Lokales Netzwerk wird gestartet…</translation>
    </message>
    <message>
        <source>The local network did not start: %1</source>
        <translation>Das lokale Netzwerk ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation>Der Server hat fehlerhaftes JSON gesendet (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The changes feed is out of order or malformed at seq %1.</source>
        <translation>Der Änderungs-Feed ist bei seq %1 ungeordnet oder fehlerhaft.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor is inconsistent.</source>
        <translation>Der Cursor des Änderungs-Feeds ist inkonsistent.</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not an array.</source>
        <translation>&quot;items&quot; ist kein Array.</translation>
    </message>
    <message>
        <source>An offer is not an object.</source>
        <translation>Ein Angebot ist kein Objekt.</translation>
    </message>
    <message>
        <source>&quot;series&quot; is not an array.</source>
        <translation>&quot;series&quot; ist kein Array.</translation>
    </message>
    <message>
        <source>Change %1 (%2 %3) is malformed: %4</source>
        <translation>Änderung %1 (%2 %3) ist fehlerhaft: %4</translation>
    </message>
    <message>
        <source>The cache&apos;s database driver is not SQLite.</source>
        <translation>Der Datenbanktreiber des Caches ist nicht SQLite.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers are malformed.</source>
        <translation>Die Cursor-Header des Änderungsfeeds sind fehlerhaft.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers disagree with its page.</source>
        <translation>Die Cursor-Header des Änderungsfeeds widersprechen seiner Seite.</translation>
    </message>
</context>
<context>
    <name>QWebEnginePage</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>fb</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Einstellungen.</translation>
    </message>
</context>
<context>
    <name>fb::AccountService</name>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation>Richten Sie zuerst eine Wallet ein: Sie ist Ihr Konto auf der Plattform.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation>Nicht mit einem Plattformknoten verbunden.</translation>
    </message>
    <message>
        <source>Your account could not be read</source>
        <translation>Ihr Konto konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The faucet refused</source>
        <translation>Das Faucet hat abgelehnt</translation>
    </message>
    <message>
        <source>No new Bitcoin blocks</source>
        <translation>Keine neuen Bitcoin-Blöcke</translation>
    </message>
    <message>
        <source>no height</source>
        <translation>keine Blockhöhe</translation>
    </message>
</context>
<context>
    <name>fb::ApiClient</name>
    <message>
        <source>No platform URL is configured.</source>
        <translation>Es ist keine Plattform-URL konfiguriert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted (pinned).</source>
        <translation>Das Zertifikat des Servers ist nicht das, dem Sie vertraut haben (gepinnt).</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 bytes; it was refused.</source>
        <translation>Die Antwort des Servers ist größer als %1 Byte; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. Check the node address or trust its certificate in Settings.</source>
        <translation>Die sichere Verbindung wurde abgelehnt: %1. Prüfen Sie die Knotenadresse oder vertrauen Sie seinem Zertifikat in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not HTTP.</source>
        <translation>Die Antwort des Servers ist kein HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid HTTP: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges HTTP: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation>Die Sitzung wurde beendet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not signed in; sign in with your wallet.</source>
        <translation>Nicht angemeldet; melden Sie sich mit Ihrer Wallet an.</translation>
    </message>
    <message>
        <source>The session expired; sign in again.</source>
        <translation>Die Sitzung ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s token reply is malformed.</source>
        <translation>Die Token-Antwort des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The wallet did not sign the login message.</source>
        <translation>Die Wallet hat die Anmeldenachricht nicht signiert.</translation>
    </message>
    <message>
        <source>The server did not present a certificate (%1).</source>
        <translation>Der Server hat kein Zertifikat vorgelegt (%1).</translation>
    </message>
    <message>
        <source>The sign-in was abandoned.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fb::DealService</name>
    <message>
        <source>The platform did not create the agreement</source>
        <translation>Die Plattform hat den Vertrag nicht erstellt</translation>
    </message>
    <message>
        <source>no agreement id or no deals</source>
        <translation>keine Vertrags-ID oder keine Teilverträge</translation>
    </message>
    <message>
        <source>Reading the deal</source>
        <translation>Lesen des Teilvertrags</translation>
    </message>
    <message>
        <source>Reading the agreements</source>
        <translation>Lesen der Verträge</translation>
    </message>
    <message>
        <source>The platform did not cancel the deal</source>
        <translation>Die Plattform hat den Teilvertrag nicht storniert</translation>
    </message>
    <message>
        <source>The platform did not open the dispute</source>
        <translation>Die Plattform hat den Streitfall nicht eröffnet</translation>
    </message>
</context>
<context>
    <name>fb::DealsModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Finanziert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Breached by provider</source>
        <translation>Vom Anbieter verletzt</translation>
    </message>
    <message>
        <source>Breached by consumer</source>
        <translation>Vom Kunden verletzt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Paid in several coins (%1)</source>
        <translation>In mehreren Währungen bezahlt (%1)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
</context>
<context>
    <name>fb::LocalNode</name>
    <message>
        <source>flashback-node was not found next to the application; set FB_NODE_PATH or configure a platform URL in Settings.</source>
        <translation>flashback-node wurde neben der Anwendung nicht gefunden; setzen Sie FB_NODE_PATH oder konfigurieren Sie eine Plattform-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot start the local node: %1</source>
        <translation>Der lokale Knoten kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The local node stopped (exit code %1).</source>
        <translation>Der lokale Knoten wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The local node did not start: %1</source>
        <translation>Der lokale Knoten ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
</context>
<context>
    <name>fb::MarketService</name>
    <message>
        <source>The local cache is not open.</source>
        <translation>Der lokale Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation>&quot;items&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>a rate without currency or value</source>
        <translation>ein Kurs ohne Währung oder Wert</translation>
    </message>
    <message>
        <source>Node information</source>
        <translation>Knoteninformationen</translation>
    </message>
    <message>
        <source>&quot;feeBps&quot; is missing or out of range</source>
        <translation>&quot;feeBps&quot; fehlt oder liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation>Nicht mit einem Plattformknoten verbunden.</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>The quote failed</source>
        <translation>Der Kostenvoranschlag ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The quote</source>
        <translation>Der Kostenvoranschlag</translation>
    </message>
</context>
<context>
    <name>fb::NodeProbe</name>
    <message>
        <source>No node was tested yet.</source>
        <translation>Es wurde noch kein Knoten getestet.</translation>
    </message>
</context>
<context>
    <name>fb::OffersModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>QoS-Stufe</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation>Speicher / GB-Monat</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Egress / GB</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>fb::PaymentService</name>
    <message>
        <source>No payment details for a deal</source>
        <translation>Keine Zahlungsdetails für einen Teilvertrag</translation>
    </message>
    <message>
        <source>The platform refused the payment</source>
        <translation>Die Plattform hat die Zahlung abgelehnt</translation>
    </message>
    <message>
        <source>Reading the deal&apos;s payments</source>
        <translation>Lesen der Zahlungen des Teilvertrags</translation>
    </message>
    <message>
        <source>The platform&apos;s checkout is not available</source>
        <translation>Die Bezahlseite der Plattform ist nicht verfügbar</translation>
    </message>
    <message>
        <source>no checkout address</source>
        <translation>keine Adresse der Bezahlseite</translation>
    </message>
</context>
<context>
    <name>fb::PaymentsModel</name>
    <message>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Slash</source>
        <translation>Kürzung</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Teilvertrag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
</context>
<context>
    <name>fb::ProviderService</name>
    <message>
        <source>Reading your account</source>
        <translation>Lesen Ihres Kontos</translation>
    </message>
    <message>
        <source>The platform did not register you</source>
        <translation>Die Plattform hat Sie nicht registriert</translation>
    </message>
    <message>
        <source>The platform did not save your provider record</source>
        <translation>Die Plattform hat Ihren Anbietereintrag nicht gespeichert</translation>
    </message>
    <message>
        <source>The platform did not take the certification request</source>
        <translation>Die Plattform hat den Zertifizierungsantrag nicht angenommen</translation>
    </message>
    <message>
        <source>Reading your offers</source>
        <translation>Lesen Ihrer Angebote</translation>
    </message>
    <message>
        <source>The platform did not publish the offer</source>
        <translation>Die Plattform hat das Angebot nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The platform did not change the offer</source>
        <translation>Die Plattform hat das Angebot nicht geändert</translation>
    </message>
    <message>
        <source>The platform did not withdraw the offer</source>
        <translation>Die Plattform hat das Angebot nicht zurückgezogen</translation>
    </message>
    <message>
        <source>Reading the deals on your offers</source>
        <translation>Lesen der Teilverträge zu Ihren Angeboten</translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 is not a Stellar account key.</source>
        <translation>Das Konto %1 des Kunden ist kein Stellar-Kontoschlüssel.</translation>
    </message>
    <message>
        <source>The sealing library did not start.</source>
        <translation>Die Versiegelungsbibliothek ist nicht gestartet.</translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 cannot receive sealed access.</source>
        <translation>Das Konto %1 des Kunden kann keinen versiegelten Zugang empfangen.</translation>
    </message>
    <message>
        <source>Sealing the storage access failed.</source>
        <translation>Das Versiegeln des Speicherzugangs ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The platform did not accept the deal</source>
        <translation>Die Plattform hat den Teilvertrag nicht angenommen</translation>
    </message>
    <message>
        <source>The platform did not reject the deal</source>
        <translation>Die Plattform hat den Teilvertrag nicht abgelehnt</translation>
    </message>
    <message>
        <source>The platform did not activate the deal</source>
        <translation>Die Plattform hat den Teilvertrag nicht aktiviert</translation>
    </message>
    <message>
        <source>Reading the deal&apos;s service quality</source>
        <translation>Lesen der Dienstqualität des Teilvertrags</translation>
    </message>
    <message>
        <source>Reading your disputes</source>
        <translation>Lesen Ihrer Streitfälle</translation>
    </message>
    <message>
        <source>Reading your notifications</source>
        <translation>Lesen Ihrer Benachrichtigungen</translation>
    </message>
    <message>
        <source>The notification was not marked as read</source>
        <translation>Die Benachrichtigung wurde nicht als gelesen markiert</translation>
    </message>
    <message>
        <source>Reading your payout addresses</source>
        <translation>Lesen Ihrer Auszahlungsadressen</translation>
    </message>
    <message>
        <source>The payout addresses were not saved</source>
        <translation>Die Auszahlungsadressen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>The certification was not approved</source>
        <translation>Die Zertifizierung wurde nicht genehmigt</translation>
    </message>
    <message>
        <source>The certification was not rejected</source>
        <translation>Die Zertifizierung wurde nicht abgelehnt</translation>
    </message>
</context>
<context>
    <name>fb::ProvidersModel</name>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation>Zertifiziert (%1)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht zertifiziert</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Certified until</source>
        <translation>Zertifiziert bis</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>fb::PurchaseSession</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation>Richten Sie zuerst eine Wallet ein: Sie ist Ihr Konto auf der Plattform.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Not signed. Nothing was paid; press Pay to review the payments again.</source>
        <translation>Nicht signiert. Es wurde nichts bezahlt; klicken Sie auf Bezahlen, um die Zahlungen erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was paid; deals already created stay pending on the SLAs page.</source>
        <translation>Gestoppt. Es wurde nichts bezahlt; bereits erstellte Teilverträge bleiben auf der SLA-Seite ausstehend.</translation>
    </message>
    <message>
        <source>Reading your agreement…</source>
        <translation>Ihr Vertrag wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Creating the agreement with %n provider(s)…</source>
        <translation>
            <numerusform>Vertrag mit %n Anbieter wird erstellt…</numerusform>
            <numerusform>Vertrag mit %n Anbietern wird erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for payment details (%1 of %2)…</source>
        <translation>Zahlungsdetails werden angefordert (%1 von %2)…</translation>
    </message>
    <message>
        <source>Preparing the payments…</source>
        <translation>Zahlungen werden vorbereitet…</translation>
    </message>
    <message>
        <source>Your balance (%1) does not cover the payments (%2). Add funds, then press Pay again.</source>
        <translation>Ihr Guthaben (%1) deckt die Zahlungen (%2) nicht. Laden Sie Guthaben auf und klicken Sie dann erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>Waiting for your signature…</source>
        <translation>Warten auf Ihre Signatur…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
    <message>
        <source>Sending payment %1 of %2…</source>
        <translation>Zahlung %1 von %2 wird gesendet…</translation>
    </message>
    <message>
        <source>Payment %1 was refused: %2</source>
        <translation>Zahlung %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Opening the checkout (%1 of %2)…</source>
        <translation>Bezahlseite wird geöffnet (%1 von %2)…</translation>
    </message>
    <message>
        <source>Card payment %1 of %2</source>
        <translation>Kartenzahlung %1 von %2</translation>
    </message>
    <message>
        <source>Paid by card. The escrow holds your payment.</source>
        <translation>Per Karte bezahlt. Das Treuhandkonto verwahrt Ihre Zahlung.</translation>
    </message>
    <message>
        <source>Paid. The escrow holds your payment.</source>
        <translation>Bezahlt. Das Treuhandkonto verwahrt Ihre Zahlung.</translation>
    </message>
    <message>
        <source>The providers have not accepted yet; you will pay once they do (SLAs page).</source>
        <translation>Die Anbieter haben noch nicht angenommen; Sie bezahlen, sobald sie es tun (SLA-Seite).</translation>
    </message>
</context>
<context>
    <name>fb::Services</name>
    <message>
        <source>Check the connection, or the node address in Settings.</source>
        <translation>Prüfen Sie die Verbindung oder die Knotenadresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Sign in again with your wallet.</source>
        <translation>Melden Sie sich erneut mit Ihrer Wallet an.</translation>
    </message>
    <message>
        <source>Request certification on the Provider page and wait for an admin&apos;s approval.</source>
        <translation>Beantragen Sie die Zertifizierung auf der Anbieter-Seite und warten Sie auf die Genehmigung durch einen Administrator.</translation>
    </message>
    <message>
        <source>Wait until the agreements on it end, or publish a changed copy as a new offer.</source>
        <translation>Warten Sie, bis die Verträge zu diesem Angebot enden, oder veröffentlichen Sie eine geänderte Kopie als neues Angebot.</translation>
    </message>
    <message>
        <source>Refresh to see the existing record and change that one.</source>
        <translation>Aktualisieren Sie, um den vorhandenen Eintrag zu sehen, und ändern Sie diesen.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Ihr Konto ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>It may have been removed; refresh and try again.</source>
        <translation>Es wurde möglicherweise entfernt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The node may run another version; check Settings.</source>
        <translation>Der Knoten verwendet möglicherweise eine andere Version; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>The node is busy; wait a moment and try again.</source>
        <translation>Der Knoten ist ausgelastet; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The node failed; try again later.</source>
        <translation>Beim Knoten ist ein Fehler aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the node&apos;s reply cannot be read (%2). The node may run another version; check Settings.</source>
        <translation>%1: Die Antwort des Knotens kann nicht gelesen werden (%2). Der Knoten verwendet möglicherweise eine andere Version; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check the node address in Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Knotenadresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>„%1“ ist keine Liste.</translation>
    </message>
    <message>
        <source>an entry is not an object.</source>
        <translation>ein Eintrag ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>fb::SlaTreeModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>%1, the rest awaiting payment</source>
        <translation>%1, Rest noch ausstehend</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Stored in the Files page under this agreement / the size agreed with each provider</source>
        <translation>Auf der Seite Dateien unter diesem Vertrag gespeichert / mit jedem Anbieter vereinbarte Größe</translation>
    </message>
    <message numerus="yes">
        <source>Agreement with %n provider(s)</source>
        <translation>
            <numerusform>Vertrag mit %n Anbieter</numerusform>
            <numerusform>Vertrag mit %n Anbietern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Deposited into escrow for this deal (%1)</source>
        <translation>Für diesen Teilvertrag auf das Treuhandkonto eingezahlt (%1)</translation>
    </message>
    <message>
        <source>The provider has not accepted yet; you pay once it does.</source>
        <translation>Der Anbieter hat noch nicht angenommen; Sie bezahlen, sobald er es tut.</translation>
    </message>
    <message>
        <source>Accepted by the provider: pay to fund the escrow.</source>
        <translation>Vom Anbieter angenommen: Zahlen Sie jetzt auf das Treuhandkonto ein.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), not started</source>
        <translation>
            <numerusform>%n Tag, nicht begonnen</numerusform>
            <numerusform>%n Tage, nicht begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>noch keine Messwerte</translation>
    </message>
    <message>
        <source>Agreement / provider</source>
        <translation>Vertrag / Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Used / agreed</source>
        <translation>Belegt / vereinbart</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
</context>
<context>
    <name>fb::SyncEngine</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Synchronisierung %1 %</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Synchronisierungsfehler: %1</translation>
    </message>
</context>
<context>
    <name>fb::WalletService</name>
    <message>
        <source>A wallet already exists in %1.</source>
        <translation>In %1 existiert bereits eine Wallet.</translation>
    </message>
    <message>
        <source>The transaction is sent by %1, not by this wallet&apos;s Starknet account %2.</source>
        <translation>Die Transaktion wird von %1 gesendet, nicht vom Starknet-Konto %2 dieser Wallet.</translation>
    </message>
</context>
<context>
    <name>fb::sla</name>
    <message>
        <source>offers on the market</source>
        <translation>haben Angebote auf dem Markt</translation>
    </message>
    <message>
        <source>meet the QoS tier</source>
        <translation>erreichen die QoS-Stufe</translation>
    </message>
    <message>
        <source>are in an allowed region and country</source>
        <translation>liegen in einer erlaubten Region und einem erlaubten Land</translation>
    </message>
    <message>
        <source>speak the protocol</source>
        <translation>unterstützen das Protokoll</translation>
    </message>
    <message>
        <source>accept the currency</source>
        <translation>akzeptieren die Währung</translation>
    </message>
    <message>
        <source>allow the duration</source>
        <translation>erlauben die Laufzeit</translation>
    </message>
    <message>
        <source>have room for a shard</source>
        <translation>haben Platz für ein Fragment</translation>
    </message>
    <message>
        <source>Only %1 provider(s) (%2 offers) %3, but %4 placements on different providers are needed. Relax that requirement or lower the redundancy.</source>
        <translation>Nur %1 Anbieter (%2 Angebote) %3, aber %4 Platzierungen bei verschiedenen Anbietern sind nötig. Lockern Sie diese Anforderung oder verringern Sie die Redundanz.</translation>
    </message>
    <message>
        <source>The eligible offers cover only %1 region(s), but spreading %2 placements across regions needs %2. Allow more regions or turn off region spreading.</source>
        <translation>Die infrage kommenden Angebote decken nur %1 Region(en) ab, aber die Verteilung von %2 Platzierungen auf Regionen erfordert %2. Erlauben Sie mehr Regionen oder schalten Sie die Verteilung auf Regionen aus.</translation>
    </message>
    <message>
        <source>No set of %1 offers on different providers meets every requirement together. Relax the regions, the kinds of provider or the redundancy.</source>
        <translation>Keine Auswahl von %1 Angeboten bei verschiedenen Anbietern erfüllt alle Anforderungen zugleich. Lockern Sie die Regionen, die Anbieterarten oder die Redundanz.</translation>
    </message>
    <message>
        <source>%1 tier in %2 (%3)</source>
        <translation>Stufe %1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1 for storage and %2 for egress over the term</source>
        <translation>%1 für Speicher und %2 für Egress über die Laufzeit</translation>
    </message>
    <message>
        <source>reputation %1/100, %2 provider</source>
        <translation>Reputation %1/100, %2-Anbieter</translation>
    </message>
    <message>
        <source>measured uptime %1 %</source>
        <translation>gemessene Verfügbarkeit %1 %</translation>
    </message>
    <message>
        <source>chosen for its track record</source>
        <translation>wegen seiner bisherigen Zuverlässigkeit gewählt</translation>
    </message>
    <message>
        <source>%1 placements on %2 providers in %3 region(s), %4 in total</source>
        <translation>%1 Platzierungen bei %2 Anbietern in %3 Region(en), insgesamt %4</translation>
    </message>
    <message>
        <source>Mixing cloud and DePIN providers was also required.</source>
        <translation>Die Mischung aus Cloud- und DePIN-Anbietern war ebenfalls gefordert.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement costs %1, above your budget of %2. Raise the budget, shorten the term, store less or lower the redundancy.</source>
        <translation>Die günstigste Auswahl, die alle Anforderungen erfüllt, kostet %1 und liegt über Ihrem Budget von %2. Erhöhen Sie das Budget, verkürzen Sie die Laufzeit, speichern Sie weniger oder verringern Sie die Redundanz.</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source> — without spreading across regions or kinds</source>
        <translation> – ohne Verteilung auf Regionen oder Anbieterarten</translation>
    </message>
    <message>
        <source>Most reliable</source>
        <translation>Am zuverlässigsten</translation>
    </message>
    <message>
        <source>The node&apos;s platform fee is unknown, so no price can be worked out. Check the connection to the node and try again.</source>
        <translation>Die Plattformgebühr des Knotens ist unbekannt, daher kann kein Preis berechnet werden. Prüfen Sie die Verbindung zum Knoten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>price it within the platform&apos;s largest amount</source>
        <translation>liegen preislich innerhalb des Höchstbetrags der Plattform</translation>
    </message>
    <message>
        <source>Even the cheapest set that meets every requirement costs more than the platform takes in one agreement (%1). Store less, shorten the term or lower the redundancy.</source>
        <translation>Selbst die günstigste Auswahl, die alle Anforderungen erfüllt, kostet mehr, als die Plattform für einen Vertrag annimmt (%1). Speichern Sie weniger, verkürzen Sie die Laufzeit oder verringern Sie die Redundanz.</translation>
    </message>
</context>
<context>
    <name>fb::sla::Requirements</name>
    <message>
        <source>Enter how much data you will store.</source>
        <translation>Geben Sie an, wie viele Daten Sie speichern werden.</translation>
    </message>
    <message>
        <source>Choose how long the agreement runs.</source>
        <translation>Wählen Sie die Laufzeit des Vertrags.</translation>
    </message>
    <message>
        <source>Expected downloads cannot be negative.</source>
        <translation>Die erwarteten Downloads dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Keep between 1 and 16 copies.</source>
        <translation>Wählen Sie zwischen 1 und 16 Kopien.</translation>
    </message>
    <message>
        <source>Erasure coding needs k data shards and n &gt; k total shards (n at most 32).</source>
        <translation>Erasure Coding benötigt k Datenfragmente und insgesamt n &gt; k Fragmente (n höchstens 32).</translation>
    </message>
    <message>
        <source>Unknown QoS tier &quot;%1&quot;.</source>
        <translation>Unbekannte QoS-Stufe „%1“.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>At most %L1 bytes can be stored in one agreement.</source>
        <translation>In einem Vertrag können höchstens %L1 Byte gespeichert werden.</translation>
    </message>
    <message>
        <source>An agreement runs at most %1 days.</source>
        <translation>Ein Vertrag läuft höchstens %1 Tage.</translation>
    </message>
    <message>
        <source>At most %L1 bytes of downloads can be planned over one agreement.</source>
        <translation>Über einen Vertrag können höchstens %L1 Byte an Downloads geplant werden.</translation>
    </message>
</context>
<context>
    <name>fb::storage::Backend</name>
    <message>
        <source>The transfer was cancelled</source>
        <translation>Die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>No multipart upload id</source>
        <translation>Keine ID für den mehrteiligen Upload</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot read the source</source>
        <translation>Die Quelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation>%1 kann nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>Invalid object key &quot;%1&quot;</source>
        <translation>Ungültiger Objektschlüssel „%1“</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No object &quot;%1&quot;</source>
        <translation>Kein Objekt „%1“</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>A local provider needs an absolute &quot;path&quot;</source>
        <translation>Ein lokaler Anbieter benötigt einen absoluten „path“</translation>
    </message>
    <message>
        <source>S3 access needs endpoint, bucket, accessKey and secretKey</source>
        <translation>Der S3-Zugang benötigt endpoint, bucket, accessKey und secretKey</translation>
    </message>
    <message>
        <source>Unknown storage type &quot;%1&quot;</source>
        <translation>Unbekannter Speichertyp „%1“</translation>
    </message>
</context>
<context>
    <name>fb::storage::FileLibrary</name>
    <message>
        <source>%1 is not stored yet: a link can be made once its upload has finished.</source>
        <translation>%1 ist noch nicht gespeichert: Ein Link ist möglich, sobald der Upload abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Übertragung %1</translation>
    </message>
    <message>
        <source>The file library is not open.</source>
        <translation>Die Dateibibliothek ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>That file is no longer in the library.</source>
        <translation>Diese Datei ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Unlock the wallet first.</source>
        <translation>Entsperren Sie zuerst die Wallet.</translation>
    </message>
    <message>
        <source>This SLA has %1 of its %2 providers ready; files can be stored once every provider is funded.</source>
        <translation>Bei diesem SLA sind %1 von %2 Anbietern bereit; Dateien können gespeichert werden, sobald jeder Anbieter finanziert ist.</translation>
    </message>
    <message>
        <source>The storage access of provider %1 could not be opened: %2</source>
        <translation>Der Speicherzugang des Anbieters %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no access parameters yet</source>
        <translation>noch keine Zugangsparameter</translation>
    </message>
    <message>
        <source>%1 is not a file or folder.</source>
        <translation>%1 ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <source>The library could not record %1.</source>
        <translation>Die Bibliothek konnte %1 nicht erfassen.</translation>
    </message>
    <message>
        <source>The file was stored but the library could not record it: %1</source>
        <translation>Die Datei wurde gespeichert, aber die Bibliothek konnte sie nicht erfassen: %1</translation>
    </message>
    <message>
        <source>%1 is not stored yet.</source>
        <translation>%1 ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>None of the providers of %1 can be reached.</source>
        <translation>Keiner der Anbieter von %1 ist erreichbar.</translation>
    </message>
    <message>
        <source>A name cannot be empty or contain &quot;/&quot;.</source>
        <translation>Ein Name darf nicht leer sein und kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>The folder %1 still holds files.</source>
        <translation>Der Ordner %1 enthält noch Dateien.</translation>
    </message>
    <message>
        <source>The health of the file could not be recorded: %1</source>
        <translation>Der Zustand der Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Share links need a provider that speaks S3. The providers of this file keep it in local directories, which cannot hand out web links.</source>
        <translation>Freigabelinks benötigen einen Anbieter, der S3 spricht. Die Anbieter dieser Datei bewahren sie in lokalen Verzeichnissen auf, die keine Weblinks ausgeben können.</translation>
    </message>
    <message>
        <source>The storage access of deal %1 is not open.</source>
        <translation>Der Speicherzugang des Vertrags %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file list is being rebuilt already.</source>
        <translation>Die Dateiliste wird bereits neu aufgebaut.</translation>
    </message>
    <message>
        <source>The storage access of provider %1 is not open.</source>
        <translation>Der Speicherzugang des Anbieters %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of file %1.</source>
        <translation>Kein Anbieter hält ein lesbares Manifest der Datei %1.</translation>
    </message>
    <message>
        <source>The file list could not be updated: %1</source>
        <translation>Die Dateiliste konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::storage::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>fb::storage::TransferEngine</name>
    <message>
        <source>The transfer journal could not be written: %1</source>
        <translation>Das Übertragungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No master secret</source>
        <translation>Kein Hauptgeheimnis</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Engine not open</source>
        <translation>Übertragungsmodul nicht geöffnet</translation>
    </message>
    <message>
        <source>An erasure scheme %1+%2 needs %3 providers</source>
        <translation>Ein Erasure-Schema %1+%2 benötigt %3 Anbieter</translation>
    </message>
    <message>
        <source>Each shard needs a different provider</source>
        <translation>Jedes Fragment benötigt einen anderen Anbieter</translation>
    </message>
    <message>
        <source>Unknown provider %1</source>
        <translation>Unbekannter Anbieter %1</translation>
    </message>
    <message>
        <source>No file %1</source>
        <translation>Keine Datei %1</translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation>Die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 changed since its upload began; upload it again</source>
        <translation>%1 hat sich seit Beginn des Hochladens geändert; laden Sie die Datei erneut hoch</translation>
    </message>
    <message>
        <source>%1 changed while reading</source>
        <translation>%1 hat sich während des Lesens geändert</translation>
    </message>
    <message>
        <source>Provider %1 failed: %2</source>
        <translation>Anbieter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Only %1 of the %2 shards needed are reachable and intact</source>
        <translation>Nur %1 der %2 benötigten Fragmente sind erreichbar und intakt</translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of this file</source>
        <translation>Kein Anbieter hält ein lesbares Manifest dieser Datei</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation>%1 kann nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>The rebuilt file does not match its hash</source>
        <translation>Die wiederhergestellte Datei stimmt nicht mit ihrem Hash überein</translation>
    </message>
    <message>
        <source>Rebuilt shard %1 does not match the manifest</source>
        <translation>Das wiederhergestellte Fragment %1 stimmt nicht mit dem Manifest überein</translation>
    </message>
    <message>
        <source>No shard of this file is on %1</source>
        <translation>Kein Fragment dieser Datei liegt auf %1</translation>
    </message>
    <message>
        <source>Cannot store the manifest on %1: %2</source>
        <translation>Das Manifest kann nicht auf %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The transfer finished, but the transfer journal could not record it: %1</source>
        <translation>Die Übertragung ist abgeschlossen, aber das Übertragungsprotokoll konnte sie nicht erfassen: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::AboutDialog</name>
    <message>
        <source>About Flashback</source>
        <translation>Über Flashback</translation>
    </message>
    <message>
        <source>A desktop client for the Flashback storage marketplace: buy storage from clouds and DePIN networks under enforced SLAs, keep your files encrypted across providers, and pay from an embedded wallet.</source>
        <translation>Ein Desktop-Client für den Flashback-Speichermarktplatz: Kaufen Sie Speicher von Clouds und DePIN-Netzwerken mit durchgesetzten SLAs, bewahren Sie Ihre Dateien verschlüsselt bei mehreren Anbietern auf und bezahlen Sie aus einer integrierten Wallet.</translation>
    </message>
    <message>
        <source>Built on: %1</source>
        <translation>Basiert auf: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::CompareDialog</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>Angebote vergleichen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht zertifiziert</translation>
    </message>
    <message>
        <source>Certified until %1</source>
        <translation>Zertifiziert bis %1</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation>Speicher / GB-Monat</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Egress / GB</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>QoS-Stufe</translation>
    </message>
    <message>
        <source>Uptime target</source>
        <translation>Verfügbarkeitsziel</translation>
    </message>
    <message>
        <source>Measured uptime</source>
        <translation>Gemessene Verfügbarkeit</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>Latency target</source>
        <translation>Latenzziel</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Measured latency</source>
        <translation>Gemessene Latenz</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>Freie Kapazität</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 bis %2 Tage</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation>Verschlüsselung im Ruhezustand</translation>
    </message>
    <message>
        <source>object lock</source>
        <translation>Objektsperre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Offers side by side</source>
        <translation>Angebote im Vergleich</translation>
    </message>
    <message>
        <source>Best of the compared offers</source>
        <translation>Bester Wert der verglichenen Angebote</translation>
    </message>
    <message>
        <source>Highlighted: the best value in each row.</source>
        <translation>Hervorgehoben: der beste Wert jeder Zeile.</translation>
    </message>
    <message>
        <source>Create SLA…</source>
        <translation>SLA erstellen…</translation>
    </message>
    <message>
        <source>Create an SLA over these offers</source>
        <translation>Ein SLA über diese Angebote erstellen</translation>
    </message>
</context>
<context>
    <name>fb::ui::FileListWidget</name>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The size of the file</source>
        <translation>Die Größe der Datei</translation>
    </message>
    <message>
        <source>What your providers keep of the file: every copy, or the shards and their parity</source>
        <translation>Was Ihre Anbieter von der Datei speichern: jede Kopie oder die Fragmente samt Parität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Dateien hier ablegen</translation>
    </message>
</context>
<context>
    <name>fb::ui::FilesPage</name>
    <message>
        <source>Download is possible once the upload has finished</source>
        <translation>Herunterladen ist möglich, sobald der Upload abgeschlossen ist</translation>
    </message>
    <message>
        <source>Make a web link to the selected file, valid for a week</source>
        <translation>Einen Weblink zur ausgewählten Datei erstellen, eine Woche gültig</translation>
    </message>
    <message>
        <source>%1 file, %2 kept with your providers</source>
        <translation>Datei mit %1, %2 bei Ihren Anbietern gespeichert</translation>
    </message>
    <message>
        <source>A transfer stopped when Flashback closed. It is paused: Resume all continues it after your password.</source>
        <translation>Eine Übertragung wurde beim Beenden von Flashback unterbrochen. Sie ist pausiert: Alle fortsetzen setzt sie nach Ihrem Passwort fort.</translation>
    </message>
    <message>
        <source>%1 transfers stopped when Flashback closed. They are paused: Resume all continues them after your password.</source>
        <translation>%1 Übertragungen wurden beim Beenden von Flashback unterbrochen. Sie sind pausiert: Alle fortsetzen setzt sie nach Ihrem Passwort fort.</translation>
    </message>
    <message>
        <source>Encrypting and coding…</source>
        <translation>Verschlüsseln und Kodieren…</translation>
    </message>
    <message>
        <source>Saving the manifest…</source>
        <translation>Manifest wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the manifest…</source>
        <translation>Manifest wird gelesen…</translation>
    </message>
    <message>
        <source>Decoding and decrypting…</source>
        <translation>Dekodieren und Entschlüsseln…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Files are encrypted on this computer, then spread across your providers.</source>
        <translation>Dateien werden auf diesem Computer verschlüsselt und dann auf Ihre Anbieter verteilt.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Noch keine Wallet</translation>
    </message>
    <message>
        <source>Your files are encrypted with keys from your wallet. Set up a wallet, then buy storage from providers.</source>
        <translation>Ihre Dateien werden mit Schlüsseln aus Ihrer Wallet verschlüsselt. Richten Sie eine Wallet ein und kaufen Sie dann Speicher bei Anbietern.</translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation>Wallet einrichten</translation>
    </message>
    <message>
        <source>No storage yet</source>
        <translation>Noch kein Speicher</translation>
    </message>
    <message>
        <source>To store files you need a funded SLA with at least one provider. Once it is funded, drop files here or use Upload.</source>
        <translation>Zum Speichern von Dateien benötigen Sie ein finanziertes SLA mit mindestens einem Anbieter. Sobald es finanziert ist, legen Sie Dateien hier ab oder verwenden Sie Hochladen.</translation>
    </message>
    <message>
        <source>Buy storage…</source>
        <translation>Speicher kaufen…</translation>
    </message>
    <message>
        <source>See my SLAs</source>
        <translation>Meine SLAs anzeigen</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>Dateiaktionen</translation>
    </message>
    <message>
        <source>Search files by name</source>
        <translation>Dateien nach Namen suchen</translation>
    </message>
    <message>
        <source>Search files…</source>
        <translation>Dateien suchen…</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Files in the current folder</source>
        <translation>Dateien im aktuellen Ordner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A file has %1 of its %2 shards reachable.</source>
        <translation>Bei einer Datei sind nur %1 von %2 Fragmenten erreichbar.</translation>
    </message>
    <message>
        <source>Some objects could not be removed from the providers: %1</source>
        <translation>Einige Objekte konnten bei den Anbietern nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Einen Ordner hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move to folder:</source>
        <translation>In Ordner verschieben:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Freigabelink</translation>
    </message>
    <message>
        <source>Refresh health</source>
        <translation>Zustand aktualisieren</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n Kopie</numerusform>
            <numerusform>%n Kopien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shards</source>
        <translation>%1 von %2 Fragmenten</translation>
    </message>
    <message>
        <source>SLA %1 · %2</source>
        <translation>SLA %1 · %2</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklicken, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>%1 in SLA %2</source>
        <translation>%1 in SLA %2</translation>
    </message>
    <message>
        <source>%1/%2 shards</source>
        <translation>%1/%2 Fragmente</translation>
    </message>
    <message>
        <source>Every shard is reachable.</source>
        <translation>Alle Fragmente sind erreichbar.</translation>
    </message>
    <message>
        <source>%1 of %2 shards are reachable.</source>
        <translation>%1 von %2 Fragmenten sind erreichbar.</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No file matches “%1”</source>
        <translation>Keine Datei entspricht „%1“</translation>
    </message>
    <message>
        <source>Drop files here
or use Upload (%1)</source>
        <translation>Dateien hier ablegen
oder Hochladen verwenden (%1)</translation>
    </message>
    <message>
        <source>Set up a wallet first.</source>
        <translation>Richten Sie zuerst eine Wallet ein.</translation>
    </message>
    <message>
        <source>Unlock your files</source>
        <translation>Dateien entsperren</translation>
    </message>
    <message>
        <source>Enter your wallet password. Your files are encrypted with keys derived from your wallet; they stay unlocked until you quit.</source>
        <translation>Geben Sie Ihr Wallet-Passwort ein. Ihre Dateien werden mit Schlüsseln verschlüsselt, die aus Ihrer Wallet abgeleitet sind; sie bleiben entsperrt, bis Sie die Anwendung beenden.</translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translation>Entsperren nicht möglich</translation>
    </message>
    <message>
        <source>The files cannot be unlocked.</source>
        <translation>Die Dateien können nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>Some providers cannot be reached: %1</source>
        <translation>Einige Anbieter sind nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Choose an SLA in the folder tree first.</source>
        <translation>Wählen Sie zuerst ein SLA in der Ordnerstruktur.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>%1 kann nicht hochgeladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hochgeladen…</numerusform>
            <numerusform>%n Dateien werden hochgeladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>%1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete this file?</source>
        <translation>Diese Datei löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s)?</source>
        <translation>
            <numerusform>%n Datei löschen?</numerusform>
            <numerusform>%n Dateien löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <source>The encrypted copies are removed from every provider. This cannot be undone.</source>
        <translation>Die verschlüsselten Kopien werden bei allen Anbietern entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Checking which shards are reachable…</source>
        <translation>Erreichbarkeit der Fragmente wird geprüft…</translation>
    </message>
    <message>
        <source>%1 is stored with your providers.</source>
        <translation>%1 ist bei Ihren Anbietern gespeichert.</translation>
    </message>
    <message>
        <source>%1 was saved to %2.</source>
        <translation>%1 wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>The upload of %1 failed: %2</source>
        <translation>Das Hochladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The download of %1 failed: %2</source>
        <translation>Das Herunterladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Flashback transfers</source>
        <translation>Flashback-Übertragungen</translation>
    </message>
    <message>
        <source>Transfer finished</source>
        <translation>Übertragung abgeschlossen</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Transfers are limited to %1/s.</source>
        <translation>Übertragungen sind auf %1/s begrenzt.</translation>
    </message>
    <message>
        <source>Transfers run at full speed.</source>
        <translation>Übertragungen laufen mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Some files could not be checked: %1</source>
        <translation>Einige Dateien konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Unlocking your files…</source>
        <translation>Dateien werden entsperrt…</translation>
    </message>
    <message>
        <source>Your files are unlocked.</source>
        <translation>Ihre Dateien sind entsperrt.</translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message>
        <source>Flashback</source>
        <translation>Flashback</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Buy storage and keep files (Ctrl+Shift+C)</source>
        <translation>Speicher kaufen und Dateien aufbewahren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Sell storage and manage offers (Ctrl+Shift+P)</source>
        <translation>Speicher verkaufen und Angebote verwalten (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>%1 role</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Platform connection</source>
        <translation>Plattformverbindung</translation>
    </message>
    <message>
        <source>Not connected to a platform node yet</source>
        <translation>Noch nicht mit einem Plattformknoten verbunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New storage agreement…</source>
        <translation>&amp;Neuer Speichervertrag…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Flashback</source>
        <translation>Ü&amp;ber Flashback</translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplacePage</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation>Filterbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>&amp;Provider…</source>
        <translation>&amp;Anbieter…</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Create &amp;SLA…</source>
        <translation>&amp;SLA erstellen…</translation>
    </message>
    <message>
        <source>Compare storage offers from certified clouds and DePIN networks.</source>
        <translation>Vergleichen Sie Speicherangebote zertifizierter Clouds und DePIN-Netzwerke.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected — the local network is starting. Offers appear here as soon as the app has synced with the platform; if this takes long, check the platform node in Settings.</source>
        <translation>Nicht verbunden – das lokale Netzwerk startet. Angebote erscheinen hier, sobald die App mit der Plattform synchronisiert ist; dauert das lange, prüfen Sie den Plattformknoten in den Einstellungen.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Check or change the platform node</source>
        <translation>Plattformknoten prüfen oder ändern</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Noch keine Angebote</translation>
    </message>
    <message>
        <source>Offers appear here as soon as the app has synced with the platform. If this takes long, check the platform connection in Settings.</source>
        <translation>Angebote erscheinen hier, sobald die App mit der Plattform synchronisiert ist. Dauert das lange, prüfen Sie die Plattformverbindung in den Einstellungen.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Select up to four offers to compare them or create an SLA; Enter opens the provider.</source>
        <translation>Wählen Sie bis zu vier Angebote aus, um sie zu vergleichen oder ein SLA zu erstellen; die Eingabetaste öffnet den Anbieter.</translation>
    </message>
    <message>
        <source>No offers match</source>
        <translation>Keine passenden Angebote</translation>
    </message>
    <message>
        <source>No offer meets every filter. Loosen a filter or clear them all.</source>
        <translation>Kein Angebot erfüllt alle Filter. Lockern Sie einen Filter oder setzen Sie alle zurück.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation>Wieder alle Angebote anzeigen</translation>
    </message>
    <message>
        <source>Show the provider of the current offer (Enter)</source>
        <translation>Anbieter des aktuellen Angebots anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Show provider</source>
        <translation>Anbieter anzeigen</translation>
    </message>
    <message>
        <source>Compare the selected offers side by side (2 to 4)</source>
        <translation>Ausgewählte Angebote nebeneinander vergleichen (2 bis 4)</translation>
    </message>
    <message>
        <source>Compare selected offers</source>
        <translation>Ausgewählte Angebote vergleichen</translation>
    </message>
    <message>
        <source>Create an SLA that stores data across the selected offers (up to 4)</source>
        <translation>Ein SLA erstellen, das die Daten über die ausgewählten Angebote verteilt (bis zu 4)</translation>
    </message>
    <message>
        <source>Create SLA from selected offers</source>
        <translation>SLA aus den ausgewählten Angeboten erstellen</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 Angebot</translation>
    </message>
    <message>
        <source>%1 offers</source>
        <translation>%1 Angebote</translation>
    </message>
    <message>
        <source>You can pick up to %1 offers at a time.</source>
        <translation>Sie können bis zu %1 Angebote gleichzeitig auswählen.</translation>
    </message>
    <message>
        <source>Select up to %1 offers (Ctrl+click) to compare them or create an SLA.</source>
        <translation>Wählen Sie bis zu %1 Angebote aus (Ctrl+Klick), um sie zu vergleichen oder ein SLA zu erstellen.</translation>
    </message>
    <message>
        <source>1 offer selected (up to %1).</source>
        <translation>1 Angebot ausgewählt (bis zu %1).</translation>
    </message>
    <message>
        <source>%1 offers selected (up to %2).</source>
        <translation>%1 Angebote ausgewählt (bis zu %2).</translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferFilterPanel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Only offers in this region</source>
        <translation>Nur Angebote in dieser Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Only offers whose data stays in this country</source>
        <translation>Nur Angebote, deren Daten in diesem Land bleiben</translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation>Minimale QoS-Stufe</translation>
    </message>
    <message>
        <source>Only offers of this QoS tier or better</source>
        <translation>Nur Angebote dieser QoS-Stufe oder besser</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Only offers speaking this storage protocol</source>
        <translation>Nur Angebote, die dieses Speicherprotokoll unterstützen</translation>
    </message>
    <message>
        <source>Certified providers only</source>
        <translation>Nur zertifizierte Anbieter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Apply a filter you saved</source>
        <translation>Einen gespeicherten Filter anwenden</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Search offers, providers</source>
        <translation>Angebote, Anbieter suchen</translation>
    </message>
    <message>
        <source>Search offers</source>
        <translation>Angebote suchen</translation>
    </message>
    <message>
        <source>Matches offer and provider names (Ctrl+F)</source>
        <translation>Durchsucht Angebots- und Anbieternamen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Bronze or better</source>
        <translation>Bronze oder besser</translation>
    </message>
    <message>
        <source>Silver or better</source>
        <translation>Silber oder besser</translation>
    </message>
    <message>
        <source>Gold or better</source>
        <translation>Gold oder besser</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platin</translation>
    </message>
    <message>
        <source>Only providers whose certification is approved and not expired</source>
        <translation>Nur Anbieter, deren Zertifizierung genehmigt und nicht abgelaufen ist</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Beliebiger Preis</translation>
    </message>
    <message>
        <source>Maximum storage price per GB-month</source>
        <translation>Maximaler Speicherpreis pro GB-Monat</translation>
    </message>
    <message>
        <source>Highest storage price per GB and month; 0 means any</source>
        <translation>Höchster Speicherpreis pro GB und Monat; 0 bedeutet beliebig</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Minimum reputation</source>
        <translation>Mindestreputation</translation>
    </message>
    <message>
        <source>Lowest provider reputation (0 to 100); 0 means any</source>
        <translation>Niedrigste Anbieterreputation (0 bis 100); 0 bedeutet beliebig</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <source>Minimum free capacity in terabytes</source>
        <translation>Minimale freie Kapazität in Terabyte</translation>
    </message>
    <message>
        <source>Only offers with at least this much free capacity; 0 means any</source>
        <translation>Nur Angebote mit mindestens so viel freier Kapazität; 0 bedeutet beliebig</translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation>Aktuellen Filter speichern</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>Aktuellen Filter unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation>Ausgewählten gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation>Wieder alle Angebote anzeigen</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation>Minimale &amp;Stufe</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Max storage price / GB-month</source>
        <translation>Max. Speicherpreis / GB-Monat</translation>
    </message>
    <message>
        <source>Min reputation</source>
        <translation>Min. Reputation</translation>
    </message>
    <message>
        <source>Min free capacity</source>
        <translation>Min. freie Kapazität</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jede Region</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Jedes Land</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Jedes Protokoll</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>Choose a saved filter</source>
        <translation>Gespeicherten Filter auswählen</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Name dieses Filters:</translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferTableModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht zertifiziert</translation>
    </message>
    <message>
        <source>Certified (%1), valid until %2</source>
        <translation>Zertifiziert (%1), gültig bis %2</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation>Zertifiziert (%1)</translation>
    </message>
    <message>
        <source>Measured uptime %1; the offer targets %2</source>
        <translation>Gemessene Verfügbarkeit %1; das Angebot sieht %2 vor</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Measured latency %1; the offer targets at most %2</source>
        <translation>Gemessene Latenz %1; das Angebot sieht höchstens %2 vor</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Provider reputation, 0 to 100</source>
        <translation>Anbieterreputation, 0 bis 100</translation>
    </message>
    <message>
        <source>Open the provider with Enter or a double click</source>
        <translation>Öffnen Sie den Anbieter mit der Eingabetaste oder per Doppelklick</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / ≤%2 ms</source>
        <translation>%1 / ≤%2 ms</translation>
    </message>
    <message>
        <source>Provider certification approved by the platform and not expired</source>
        <translation>Von der Plattform genehmigte, nicht abgelaufene Anbieterzertifizierung</translation>
    </message>
    <message>
        <source>Storage price per GB and month, in %1</source>
        <translation>Speicherpreis pro GB und Monat, in %1</translation>
    </message>
    <message>
        <source>Download (egress) price per GB, in %1</source>
        <translation>Preis für Downloads (Egress) pro GB, in %1</translation>
    </message>
    <message>
        <source>Measured uptime / the offer&apos;s uptime target</source>
        <translation>Gemessene Verfügbarkeit / Verfügbarkeitsziel des Angebots</translation>
    </message>
    <message>
        <source>Measured latency / the offer&apos;s latency target</source>
        <translation>Gemessene Latenz / Latenzziel des Angebots</translation>
    </message>
    <message>
        <source>Capacity still free for new SLAs</source>
        <translation>Noch freie Kapazität für neue SLAs</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Storage
per GB-mo</source>
        <translation>Speicher
pro GB-Monat</translation>
    </message>
    <message>
        <source>Egress
per GB</source>
        <translation>Egress
pro GB</translation>
    </message>
    <message>
        <source>QoS
tier</source>
        <translation>QoS-
Stufe</translation>
    </message>
    <message>
        <source>Uptime
/ target</source>
        <translation>Verfügbarkeit
/ Ziel</translation>
    </message>
    <message>
        <source>Latency
/ target</source>
        <translation>Latenz
/ Ziel</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderDialog</name>
    <message>
        <source>The provider&apos;s Stellar account: %1</source>
        <translation>Das Stellar-Konto des Anbieters: %1</translation>
    </message>
    <message>
        <source>DePIN network</source>
        <translation>DePIN-Netzwerk</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht zertifiziert</translation>
    </message>
    <message>
        <source>Provider — %1</source>
        <translation>Anbieter – %1</translation>
    </message>
    <message>
        <source>%1 · %2 · reputation %3/100%4</source>
        <translation>%1 · %2 · Reputation %3/100%4</translation>
    </message>
    <message>
        <source>no jurisdiction given</source>
        <translation>keine Rechtsordnung angegeben</translation>
    </message>
    <message>
        <source> · certified</source>
        <translation> · zertifiziert</translation>
    </message>
    <message>
        <source>This provider is not in the local cache yet.</source>
        <translation>Dieser Anbieter ist noch nicht im lokalen Cache.</translation>
    </message>
    <message>
        <source>&amp;QoS history</source>
        <translation>&amp;QoS-Verlauf</translation>
    </message>
    <message>
        <source>O&amp;ffers (%1)</source>
        <translation>&amp;Angebote (%1)</translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation>&amp;Dokumente (%1)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Rechtsordnung:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation>Reputation:</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>The provider&apos;s Stellar account</source>
        <translation>Das Stellar-Konto des Anbieters</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Über:</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Approved, level %1, no expiry</source>
        <translation>Genehmigt, Stufe %1, ohne Ablauf</translation>
    </message>
    <message>
        <source>Approved, level %1, valid until %2</source>
        <translation>Genehmigt, Stufe %1, gültig bis %2</translation>
    </message>
    <message>
        <source>Expired on %1 (level %2)</source>
        <translation>Abgelaufen am %1 (Stufe %2)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation>Standards:</translation>
    </message>
    <message>
        <source>Data regions:</source>
        <translation>Datenregionen:</translation>
    </message>
    <message>
        <source>Data protection:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <source>Offer whose QoS history is shown</source>
        <translation>Angebot, dessen QoS-Verlauf angezeigt wird</translation>
    </message>
    <message>
        <source>Choose which of the provider&apos;s offers to chart</source>
        <translation>Wählen Sie, welches Angebot des Anbieters im Diagramm erscheint</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>Ange&amp;bot:</translation>
    </message>
    <message>
        <source>This provider has no offers in the cache.</source>
        <translation>Dieser Anbieter hat keine Angebote im Cache.</translation>
    </message>
    <message>
        <source>No samples cached for this offer yet.</source>
        <translation>Für dieses Angebot sind noch keine Messwerte im Cache.</translation>
    </message>
    <message>
        <source>%1 probes from %2 to %3: %4 % available, average latency %5 ms (targets: %6 %, %7 ms).</source>
        <translation>%1 Messungen von %2 bis %3: %4 % verfügbar, mittlere Latenz %5 ms (Ziele: %6 %, %7 ms).</translation>
    </message>
    <message>
        <source>The provider&apos;s offers</source>
        <translation>Die Angebote des Anbieters</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Storage / GB-mo</source>
        <translation>Speicher / GB-Monat</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Egress / GB</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>QoS-Stufe</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Create SLA with selected…</source>
        <translation>SLA mit Auswahl erstellen…</translation>
    </message>
    <message>
        <source>Create an SLA over the selected offers of this provider</source>
        <translation>Ein SLA über die ausgewählten Angebote dieses Anbieters erstellen</translation>
    </message>
    <message>
        <source>Compliance documents</source>
        <translation>Compliance-Dokumente</translation>
    </message>
    <message>
        <source>The provider has not published compliance documents.</source>
        <translation>Der Anbieter hat keine Compliance-Dokumente veröffentlicht.</translation>
    </message>
    <message>
        <source>Choose a document to read it.</source>
        <translation>Wählen Sie ein Dokument aus, um es zu lesen.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderPage</name>
    <message>
        <source>Sell storage: publish offers, accept SLAs, follow QoS and earnings.</source>
        <translation>Speicher verkaufen: Angebote veröffentlichen, SLAs annehmen, QoS und Einnahmen verfolgen.</translation>
    </message>
    <message>
        <source>Not registered as a provider</source>
        <translation>Nicht als Anbieter registriert</translation>
    </message>
    <message>
        <source>Providers register their business, get certified and publish offers that consumers find in the Marketplace. Switch the role to Provider in the sidebar to start.</source>
        <translation>Anbieter registrieren ihr Unternehmen, lassen sich zertifizieren und veröffentlichen Angebote, die Kunden im Marktplatz finden. Wechseln Sie in der Seitenleiste zur Rolle Anbieter, um zu beginnen.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>fb::ui::QosChart</name>
    <message>
        <source>QoS history chart</source>
        <translation>QoS-Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>No QoS samples yet. The platform&apos;s oracle probes each offer regularly; the history appears here after the first probes.</source>
        <translation>Noch keine QoS-Messwerte. Das Orakel der Plattform prüft jedes Angebot regelmäßig; der Verlauf erscheint hier nach den ersten Messungen.</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Latency target</source>
        <translation>Latenzziel</translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Preferences are kept for this user on this computer.</source>
        <translation>Die Einstellungen werden für diesen Benutzer auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time Flashback starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Flashback.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Platform node URL</source>
        <translation>URL des Plattformknotens</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Daten auf diesem Computer</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>“%1” is not a node address. Use http:// or https:// followed by the host.</source>
        <translation>„%1“ ist keine Knotenadresse. Verwenden Sie http:// oder https:// gefolgt vom Host.</translation>
    </message>
    <message>
        <source>&amp;Local network (runs on this computer)</source>
        <translation>&amp;Lokales Netzwerk (läuft auf diesem Computer)</translation>
    </message>
    <message>
        <source>&amp;Another node</source>
        <translation>&amp;Anderer Knoten</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>Prices are shown in this currency at the platform&apos;s exchange rates; payments still settle in the currency you pay with.</source>
        <translation>Preise werden zu den Wechselkursen der Plattform in dieser Währung angezeigt; bezahlt wird weiterhin in der Währung, mit der Sie zahlen.</translation>
    </message>
    <message>
        <source>&amp;Prices in:</source>
        <translation>&amp;Preise in:</translation>
    </message>
    <message>
        <source>Platform node</source>
        <translation>Plattformknoten</translation>
    </message>
    <message>
        <source>Flashback runs a platform node on this computer with a demo network; nothing leaves this computer.</source>
        <translation>Flashback betreibt auf diesem Computer einen Plattformknoten mit einem Demo-Netzwerk; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>https://node.example.org</source>
        <translation>https://node.example.org</translation>
    </message>
    <message>
        <source>The address of a Flashback platform node, with http:// or https://.</source>
        <translation>Die Adresse eines Flashback-Plattformknotens, mit http:// oder https://.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The local network starts with Flashback; save and restart to use it.</source>
        <translation>Das lokale Netzwerk startet mit Flashback; speichern und neu starten, um es zu nutzen.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s address, e.g. https://node.example.org.</source>
        <translation>Geben Sie die Adresse des Knotens ein, z. B. https://node.example.org.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers.</source>
        <translation>Verbunden: der Knoten %1 antwortet.</translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers (version %2).</source>
        <translation>Verbunden: der Knoten %1 antwortet (Version %2).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
    <message>
        <source>The node&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Knotens wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Certificate for “%1”, SHA-256 fingerprint:
%2
Trust it only if the node&apos;s operator gave you this same fingerprint.</source>
        <translation>Zertifikat für „%1“, SHA-256-Fingerabdruck:
%2
Vertrauen Sie ihm nur, wenn der Betreiber des Knotens Ihnen genau diesen Fingerabdruck genannt hat.</translation>
    </message>
    <message>
        <source>Trusted certificate %1.</source>
        <translation>Zertifikat %1 als vertrauenswürdig gespeichert.</translation>
    </message>
    <message>
        <source>Saved. This is the node already in use.</source>
        <translation>Gespeichert. Dieser Knoten wird bereits verwendet.</translation>
    </message>
    <message>
        <source>Saved: switching to the local network…</source>
        <translation>Gespeichert: Wechsel zum lokalen Netzwerk…</translation>
    </message>
    <message>
        <source>Saved: connecting to %1…</source>
        <translation>Gespeichert: Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>fb::ui::ShareLinkDialog</name>
    <message>
        <source>Share link for %1</source>
        <translation>Freigabelink für %1</translation>
    </message>
    <message>
        <source>Anyone with this link can download the encrypted object of &lt;b&gt;%1&lt;/b&gt; until it expires. They also need the file key to read it.</source>
        <translation>Jeder mit diesem Link kann das verschlüsselte Objekt von &lt;b&gt;%1&lt;/b&gt; herunterladen, bis der Link abläuft. Zum Lesen wird außerdem der Dateischlüssel benötigt.</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Freigabelink</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::SignDialog</name>
    <message>
        <source>TEST NETWORK (%1): this money has no value.</source>
        <translation>TESTNETZWERK (%1): Dieses Geld hat keinen Wert.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>an</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Netzwerkgebühr</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation>Prüfen und signieren</translation>
    </message>
    <message>
        <source>Transaction %1 of %2</source>
        <translation>Transaktion %1 von %2</translation>
    </message>
    <message>
        <source>Transaction review</source>
        <translation>Transaktionsprüfung</translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation>Wallet-Passwort</translation>
    </message>
    <message>
        <source>&amp;Sign and pay</source>
        <translation>&amp;Signieren und bezahlen</translation>
    </message>
    <message>
        <source>Wallet &amp;password:</source>
        <translation>Wallet-&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>fb::ui::SlaWizard</name>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>Was benötigen Sie?</translation>
    </message>
    <message>
        <source>Describe the storage; the next step finds the providers that fit and costs them.</source>
        <translation>Beschreiben Sie den Speicher; im nächsten Schritt werden passende Anbieter gesucht und ihre Kosten berechnet.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>How much data you will keep (1 GB = 10^9 bytes).</source>
        <translation>Wie viele Daten Sie aufbewahren werden (1 GB = 10^9 Byte).</translation>
    </message>
    <message>
        <source> GB / month</source>
        <translation> GB / Monat</translation>
    </message>
    <message>
        <source>How much you expect to download each month.</source>
        <translation>Wie viel Sie voraussichtlich pro Monat herunterladen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Full copies with several providers</source>
        <translation>Vollständige Kopien bei mehreren Anbietern</translation>
    </message>
    <message>
        <source>Erasure coding: any k of n shards rebuild the data</source>
        <translation>Erasure Coding: beliebige k von n Fragmenten stellen die Daten wieder her</translation>
    </message>
    <message>
        <source>Each copy lives with a different provider.</source>
        <translation>Jede Kopie liegt bei einem anderen Anbieter.</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>n = </source>
        <translation>n = </translation>
    </message>
    <message>
        <source>The lowest QoS tier you accept (uptime and latency targets rise with the tier).</source>
        <translation>Die niedrigste QoS-Stufe, die Sie akzeptieren (Verfügbarkeits- und Latenzziele steigen mit der Stufe).</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Untick the regions your data must not go to.</source>
        <translation>Entfernen Sie das Häkchen bei Regionen, in die Ihre Daten nicht gelangen dürfen.</translation>
    </message>
    <message>
        <source>e.g. US, CN</source>
        <translation>z. B. US, CN</translation>
    </message>
    <message>
        <source>Put each copy or shard in a different &amp;region</source>
        <translation>Jede Kopie bzw. jedes Fragment in einer anderen &amp;Region ablegen</translation>
    </message>
    <message>
        <source>Mix &amp;cloud and DePIN providers</source>
        <translation>&amp;Cloud- und DePIN-Anbieter mischen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>XLM from the embedded wallet</source>
        <translation>XLM aus der integrierten Wallet</translation>
    </message>
    <message>
        <source>Card (platform checkout)</source>
        <translation>Karte (Bezahlseite der Plattform)</translation>
    </message>
    <message>
        <source>Card payments go through the platform&apos;s checkout page, in US dollars.</source>
        <translation>Kartenzahlungen laufen über die Bezahlseite der Plattform, in US-Dollar.</translation>
    </message>
    <message>
        <source>Data size in GB</source>
        <translation>Datenmenge in GB</translation>
    </message>
    <message>
        <source>Expected downloads in GB per month</source>
        <translation>Erwartete Downloads in GB pro Monat</translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation>Laufzeit in Tagen</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Anzahl der Kopien</translation>
    </message>
    <message>
        <source>Shards needed to rebuild (k)</source>
        <translation>Zur Wiederherstellung nötige Fragmente (k)</translation>
    </message>
    <message>
        <source>Shards in total (n)</source>
        <translation>Fragmente insgesamt (n)</translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation>Minimale QoS-Stufe</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>Erlaubte Regionen</translation>
    </message>
    <message>
        <source>Excluded countries</source>
        <translation>Ausgeschlossene Länder</translation>
    </message>
    <message>
        <source>Different region for each copy</source>
        <translation>Andere Region für jede Kopie</translation>
    </message>
    <message>
        <source>Mix cloud and DePIN providers</source>
        <translation>Cloud- und DePIN-Anbieter mischen</translation>
    </message>
    <message>
        <source>Maximum total budget in US dollars</source>
        <translation>Maximales Gesamtbudget in US-Dollar</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Bezahlen mit</translation>
    </message>
    <message>
        <source>&amp;Data size:</source>
        <translation>&amp;Datenmenge:</translation>
    </message>
    <message>
        <source>Expected down&amp;loads:</source>
        <translation>Erwartete Down&amp;loads:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>La&amp;ufzeit:</translation>
    </message>
    <message>
        <source>R&amp;edundancy:</source>
        <translation>R&amp;edundanz:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Kopien:</translation>
    </message>
    <message>
        <source>&amp;Shards:</source>
        <translation>&amp;Fragmente:</translation>
    </message>
    <message>
        <source>Minimum QoS &amp;tier:</source>
        <translation>Minimale QoS-&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>Allowed re&amp;gions:</source>
        <translation>Erlaubte Re&amp;gionen:</translation>
    </message>
    <message>
        <source>E&amp;xcluded countries:</source>
        <translation>Ausgeschlossene Lä&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;Maximum budget (total):</source>
        <translation>&amp;Maximales Budget (gesamt):</translation>
    </message>
    <message>
        <source>Pay &amp;with:</source>
        <translation>&amp;Bezahlen mit:</translation>
    </message>
    <message>
        <source>Recommended providers</source>
        <translation>Empfohlene Anbieter</translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement, never two copies with one provider. Pick an alternative if you prefer.</source>
        <translation>Die günstigste Auswahl, die alle Anforderungen erfüllt, nie zwei Kopien beim selben Anbieter. Wählen Sie bei Bedarf eine Alternative.</translation>
    </message>
    <message>
        <source>Provider, offer and why it was chosen</source>
        <translation>Anbieter, Angebot und Grund der Auswahl</translation>
    </message>
    <message>
        <source>Cost over the term</source>
        <translation>Kosten über die Laufzeit</translation>
    </message>
    <message>
        <source>Chosen providers</source>
        <translation>Ausgewählte Anbieter</translation>
    </message>
    <message>
        <source>The marketplace is not available yet: %1</source>
        <translation>Der Marktplatz ist noch nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>What you will pay</source>
        <translation>Was Sie bezahlen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Speichert</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Quote per provider</source>
        <translation>Kostenvoranschlag pro Anbieter</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt; (storage %2, downloads %3, platform fee %4)</source>
        <translation>&lt;b&gt;Gesamt %1&lt;/b&gt; (Speicher %2, Downloads %3, Plattformgebühr %4)</translation>
    </message>
    <message>
        <source>&lt;br&gt;You pay &lt;b&gt;%1&lt;/b&gt; by card on the platform&apos;s checkout page.</source>
        <translation>&lt;br&gt;Sie zahlen &lt;b&gt;%1&lt;/b&gt; per Karte auf der Bezahlseite der Plattform.</translation>
    </message>
    <message>
        <source>&lt;br&gt;About &lt;b&gt;%1&lt;/b&gt; at the node&apos;s rate of %2 per XLM; the exact amount is fixed when you pay.</source>
        <translation>&lt;br&gt;Etwa &lt;b&gt;%1&lt;/b&gt; zum Kurs des Knotens von %2 pro XLM; der genaue Betrag wird bei der Zahlung festgelegt.</translation>
    </message>
    <message>
        <source>Pay into escrow</source>
        <translation>Auf das Treuhandkonto einzahlen</translation>
    </message>
    <message>
        <source>Your wallet signs one payment per provider into the platform&apos;s escrow. You see each transaction before signing.</source>
        <translation>Ihre Wallet signiert pro Anbieter eine Zahlung auf das Treuhandkonto der Plattform. Sie sehen jede Transaktion, bevor Sie sie signieren.</translation>
    </message>
    <message>
        <source>&amp;Set up a wallet…</source>
        <translation>&amp;Wallet einrichten…</translation>
    </message>
    <message>
        <source>Get &amp;development funds (no value)</source>
        <translation>&amp;Entwicklungsguthaben holen (ohne Wert)</translation>
    </message>
    <message>
        <source>The local network&apos;s faucet credits test XLM to your wallet.</source>
        <translation>Das Faucet des lokalen Netzwerks schreibt Ihrer Wallet Test-XLM gut.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation>Wallet einrichten</translation>
    </message>
    <message>
        <source>Get development funds</source>
        <translation>Entwicklungsguthaben holen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Stop paying</source>
        <translation>Zahlungen stoppen</translation>
    </message>
    <message>
        <source>Payment progress</source>
        <translation>Zahlungsfortschritt</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Per Karte bezahlen</translation>
    </message>
    <message>
        <source>Your wallet signs you in (it is your account on the platform); then the platform&apos;s checkout page takes the card payment into escrow, once per provider.</source>
        <translation>Ihre Wallet meldet Sie an (sie ist Ihr Konto auf der Plattform); danach nimmt die Bezahlseite der Plattform die Kartenzahlung auf das Treuhandkonto entgegen, einmal pro Anbieter.</translation>
    </message>
    <message>
        <source>&amp;Pay %1 by card</source>
        <translation>%1 per Karte &amp;bezahlen</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>%1 &amp;bezahlen</translation>
    </message>
    <message>
        <source>You have no wallet yet. Set one up: it takes a minute, and its recovery phrase is yours alone.</source>
        <translation>Sie haben noch keine Wallet. Richten Sie eine ein: Das dauert eine Minute, und ihre Wiederherstellungsphrase gehört nur Ihnen.</translation>
    </message>
    <message>
        <source>Your platform account: %1
Your wallet signs you in; the card pays.</source>
        <translation>Ihr Plattformkonto: %1
Ihre Wallet meldet Sie an; die Karte bezahlt.</translation>
    </message>
    <message>
        <source>Paying from %1</source>
        <translation>Zahlung von %1</translation>
    </message>
    <message>
        <source>Paying from %1 (balance unknown: %2)</source>
        <translation>Zahlung von %1 (Guthaben unbekannt: %2)</translation>
    </message>
    <message>
        <source>Paying from %1
Balance on the %2: %3</source>
        <translation>Zahlung von %1
Guthaben (%2): %3</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your wallet password signs you in to %1:</source>
        <translation>Ihr Wallet-Passwort meldet Sie bei %1 an:</translation>
    </message>
    <message>
        <source>Card payment %1 of %2 (%3): fill in the checkout below. It is the platform&apos;s page, served by %4.</source>
        <translation>Kartenzahlung %1 von %2 (%3): Füllen Sie das Zahlungsformular unten aus. Es ist die Seite der Plattform, bereitgestellt von %4.</translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation>Bezahlseite</translation>
    </message>
    <message>
        <source>It opened in your web browser; this page goes on by itself once the payment is recorded.</source>
        <translation>Sie wurde in Ihrem Webbrowser geöffnet; diese Seite geht von selbst weiter, sobald die Zahlung erfasst ist.</translation>
    </message>
    <message>
        <source>These payments put %1 into the platform&apos;s escrow for your storage agreement. Check the amounts and the memo, then sign.</source>
        <translation>Diese Zahlungen überweisen %1 auf das Treuhandkonto der Plattform für Ihren Speichervertrag. Prüfen Sie die Beträge und das Memo, und signieren Sie dann.</translation>
    </message>
    <message>
        <source>Your agreement</source>
        <translation>Ihr Vertrag</translation>
    </message>
    <message>
        <source>Each provider&apos;s part, live. Funded means the escrow holds the money; Active means the provider confirmed your storage is ready and the term has started.</source>
        <translation>Der Anteil jedes Anbieters, live. Finanziert bedeutet, dass das Treuhandkonto das Geld verwahrt; Aktiv bedeutet, dass der Anbieter bestätigt hat, dass Ihr Speicher bereit ist und die Laufzeit begonnen hat.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Deals of this agreement</source>
        <translation>Teilverträge dieses Vertrags</translation>
    </message>
    <message>
        <source>You can close this window: the SLAs page keeps tracking the agreement, its payments and its QoS.</source>
        <translation>Sie können dieses Fenster schließen: Die SLA-Seite verfolgt den Vertrag, seine Zahlungen und seine QoS weiter.</translation>
    </message>
    <message>
        <source>New storage agreement</source>
        <translation>Neuer Speichervertrag</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The platform&apos;s quote: storage and downloads per provider, and its fee. The money waits in escrow and reaches each provider only while it keeps its promises.</source>
        <translation>Der Kostenvoranschlag der Plattform: Speicher und Downloads pro Anbieter sowie ihre Gebühr. Das Geld wartet auf dem Treuhandkonto und geht an jeden Anbieter nur, solange er seine Zusagen einhält.</translation>
    </message>
    <message>
        <source>The node&apos;s fee is needed to cost a plan: %1</source>
        <translation>Die Gebühr des Knotens wird benötigt, um die Kosten eines Plans zu berechnen: %1</translation>
    </message>
    <message>
        <source>Pay for your storage agreement</source>
        <translation>Speichervertrag bezahlen</translation>
    </message>
</context>
<context>
    <name>fb::ui::SlasPage</name>
    <message>
        <source>Your storage agreements: their state, cost and measured quality.</source>
        <translation>Ihre Speicherverträge: Status, Kosten und gemessene Qualität.</translation>
    </message>
    <message>
        <source>No SLAs yet</source>
        <translation>Noch keine SLAs</translation>
    </message>
    <message>
        <source>An SLA is an agreement with one or more providers to keep your data for a period, at a price and a quality you choose. Pick offers in the Marketplace to create one.</source>
        <translation>Ein SLA ist ein Vertrag mit einem oder mehreren Anbietern, Ihre Daten für einen Zeitraum zu einem Preis und einer Qualität Ihrer Wahl aufzubewahren. Wählen Sie Angebote im Marktplatz aus, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>Browse the Marketplace</source>
        <translation>Marktplatz durchsuchen</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neuer Vertrag…</translation>
    </message>
    <message>
        <source>Storage agreements</source>
        <translation>Speicherverträge</translation>
    </message>
    <message>
        <source>Escrow movements</source>
        <translation>Treuhandbewegungen</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>Start a new agreement with the same providers.</source>
        <translation>Einen neuen Vertrag mit denselben Anbietern beginnen.</translation>
    </message>
    <message>
        <source>&amp;Cancel agreement…</source>
        <translation>Vertrag &amp;kündigen…</translation>
    </message>
    <message>
        <source>Shows what you get back before anything happens.</source>
        <translation>Zeigt, was Sie zurückerhalten, bevor etwas geschieht.</translation>
    </message>
    <message>
        <source>Open a &amp;dispute…</source>
        <translation>&amp;Streitfall eröffnen…</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: created %2</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: erstellt am %2</translation>
    </message>
    <message>
        <source> · started %1 · ends %2</source>
        <translation> · begonnen am %1 · endet am %2</translation>
    </message>
    <message>
        <source> · paid %1, released to the provider %2, refunded %3, withheld for QoS %4</source>
        <translation> · bezahlt %1, an den Anbieter freigegeben %2, erstattet %3, wegen QoS einbehalten %4</translation>
    </message>
    <message>
        <source> · reason: %1</source>
        <translation> · Grund: %1</translation>
    </message>
    <message>
        <source>Measured latency (ms) against the target</source>
        <translation>Gemessene Latenz (ms) im Vergleich zum Ziel</translation>
    </message>
    <message>
        <source>No QoS samples yet: the platform probes each provider on a schedule.</source>
        <translation>Noch keine QoS-Messwerte: Die Plattform prüft jeden Anbieter nach Zeitplan.</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Nothing has been paid for this part yet, so nothing moves.</source>
        <translation>Für diesen Teil wurde noch nichts bezahlt, daher wird nichts bewegt.</translation>
    </message>
    <message>
        <source>The provider has not started: everything you paid comes back, the platform fee included.</source>
        <translation>Der Anbieter hat noch nicht begonnen: Sie erhalten alles zurück, was Sie bezahlt haben, einschließlich der Plattformgebühr.</translation>
    </message>
    <message>
        <source>The provider keeps what it earned so far (subject to its QoS); the unearned rest comes back. The platform fee is not refunded when you cancel.</source>
        <translation>Der Anbieter behält, was er bisher verdient hat (abhängig von seiner QoS); der nicht verdiente Rest wird erstattet. Die Plattformgebühr wird bei einer Kündigung nicht erstattet.</translation>
    </message>
    <message>
        <source>This part has ended.</source>
        <translation>Dieser Teil ist beendet.</translation>
    </message>
    <message>
        <source>Cancel the agreement?</source>
        <translation>Vertrag kündigen?</translation>
    </message>
    <message>
        <source>You get back about %1.</source>
        <translation>Sie erhalten etwa %1 zurück.</translation>
    </message>
    <message>
        <source>Keep the agreement</source>
        <translation>Vertrag behalten</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Kündigen</translation>
    </message>
    <message>
        <source>Cancelled by the consumer from the app</source>
        <translation>Vom Kunden in der App gekündigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>no QoS samples yet</source>
        <translation>noch keine QoS-Messwerte</translation>
    </message>
    <message>
        <source>measured compliance %1 %</source>
        <translation>gemessene Einhaltung %1 %</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>Streitfall eröffnen</translation>
    </message>
    <message>
        <source>What went wrong? The platform attaches the QoS evidence (%1) and an arbiter decides: refund, slash the provider, or dismiss.</source>
        <translation>Was ist schiefgelaufen? Die Plattform fügt die QoS-Nachweise (%1) bei, und ein Schiedsrichter entscheidet: Erstattung, Strafabzug beim Anbieter oder Abweisung.</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <source>The dispute is open; you will see the decision here.</source>
        <translation>Der Streitfall ist eröffnet; Sie sehen die Entscheidung hier.</translation>
    </message>
    <message>
        <source>Search by deal, provider or state</source>
        <translation>Nach Teilvertrag, Anbieter oder Status suchen</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Verträge durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Bezahlen…</translation>
    </message>
    <message>
        <source>Review and sign the escrow payment of the deals not paid yet.</source>
        <translation>Die Treuhandzahlung der noch nicht bezahlten Teilverträge prüfen und signieren.</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>Ver&amp;werfen…</translation>
    </message>
    <message>
        <source>Cancel the deals not paid yet; nothing was paid, nothing moves.</source>
        <translation>Die noch nicht bezahlten Teilverträge stornieren; es wurde nichts bezahlt, also wird nichts bewegt.</translation>
    </message>
    <message>
        <source> · %1 (price %2)</source>
        <translation> · %1 (Preis %2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet, %1 due.</source>
        <translation>
            <numerusform>&lt;b&gt;Zahlung ausstehend&lt;/b&gt;: %n Teilvertrag noch nicht bezahlt, %1 fällig.</numerusform>
            <numerusform>&lt;b&gt;Zahlung ausstehend&lt;/b&gt;: %n Teilverträge noch nicht bezahlt, %1 fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet; the provider has not accepted, you pay once it does.</source>
        <translation>
            <numerusform>&lt;b&gt;Zahlung ausstehend&lt;/b&gt;: %n Teilvertrag noch nicht bezahlt; der Anbieter hat noch nicht angenommen, Sie bezahlen, sobald er es tut.</numerusform>
            <numerusform>&lt;b&gt;Zahlung ausstehend&lt;/b&gt;: %n Teilverträge noch nicht bezahlt; die Anbieter haben noch nicht angenommen, Sie bezahlen, sobald sie es tun.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation>• %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Discard the unpaid agreement?</source>
        <translation>Unbezahlten Vertrag verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unpaid deal(s) worth %1? They are cancelled with their providers; nothing was paid, so nothing moves.</source>
        <translation>
            <numerusform>%n unbezahlten Teilvertrag im Wert von %1 verwerfen? Er wird bei seinem Anbieter storniert; es wurde nichts bezahlt, also wird nichts bewegt.</numerusform>
            <numerusform>%n unbezahlte Teilverträge im Wert von %1 verwerfen? Sie werden bei ihren Anbietern storniert; es wurde nichts bezahlt, also wird nichts bewegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discarded by the consumer before paying</source>
        <translation>Vom Kunden vor der Zahlung verworfen</translation>
    </message>
</context>
<context>
    <name>fb::ui::TransfersPanel</name>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Continue every paused transfer</source>
        <translation>Alle pausierten Übertragungen fortsetzen</translation>
    </message>
    <message>
        <source>Interrupted when Flashback closed. Resume continues from what was already transferred.</source>
        <translation>Beim Beenden von Flashback unterbrochen. Fortsetzen macht dort weiter, wo die Übertragung stand.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transfers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übertragungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Keine Übertragungen</translation>
    </message>
    <message>
        <source>Total progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Clear finished transfers</source>
        <translation>Abgeschlossene Übertragungen entfernen</translation>
    </message>
    <message>
        <source>Transfer list</source>
        <translation>Übertragungsliste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation>Herunterladen von %1</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the transfer of %1</source>
        <translation>Übertragung von %1 abbrechen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>All transfers finished (%1)</source>
        <translation>Alle Übertragungen abgeschlossen (%1)</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>Total transfer progress</source>
        <translation>Gesamtfortschritt der Übertragungen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause the transfer of %1</source>
        <translation>Übertragung von %1 pausieren</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the transfer of %1</source>
        <translation>Übertragung von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Total: finishing…</source>
        <translation>Gesamt: wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Gesamt: %1 von %2</translation>
    </message>
    <message>
        <source> at %1/s, about %2 left</source>
        <translation> mit %1/s, noch etwa %2</translation>
    </message>
    <message>
        <source>, waiting</source>
        <translation>, wartend</translation>
    </message>
    <message>
        <source>%1 active, %2 paused</source>
        <translation>%1 aktiv, %2 pausiert</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Geschwindigkeitslimit</translation>
    </message>
    <message>
        <source>Limits the network traffic of all transfers together, so uploads and downloads leave bandwidth for other work.</source>
        <translation>Begrenzt den Netzwerkverkehr aller Übertragungen zusammen, damit Uploads und Downloads Bandbreite für anderes lassen.</translation>
    </message>
    <message>
        <source>No speed limit</source>
        <translation>Kein Geschwindigkeitslimit</translation>
    </message>
    <message>
        <source>Limit: %1 MB/s</source>
        <translation>Limit: %1 MB/s</translation>
    </message>
    <message>
        <source>Limit: %1/s</source>
        <translation>Limit: %1/s</translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletPage</name>
    <message>
        <source>Your keys stay on this computer, encrypted under your password.</source>
        <translation>Ihre Schlüssel bleiben auf diesem Computer, verschlüsselt mit Ihrem Passwort.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Noch keine Wallet</translation>
    </message>
    <message>
        <source>A wallet pays for SLAs in XLM, ALGO or BTC and signs you in to the platform. You will create one, or restore one from your recovery words, when you first pay for an SLA.</source>
        <translation>Eine Wallet bezahlt SLAs in XLM, ALGO oder BTC und meldet Sie bei der Plattform an. Sie erstellen eine oder stellen eine aus Ihren Wiederherstellungswörtern wieder her, wenn Sie zum ersten Mal ein SLA bezahlen.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletSetupDialog</name>
    <message>
        <source>Set up your wallet</source>
        <translation>Wallet einrichten</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Ihre Wallet</translation>
    </message>
    <message>
        <source>Flashback pays providers from a wallet that lives only on this computer. Its keys come from a recovery phrase: whoever has the phrase has the money.</source>
        <translation>Flashback bezahlt Anbieter aus einer Wallet, die nur auf diesem Computer existiert. Ihre Schlüssel stammen aus einer Wiederherstellungsphrase: Wer die Phrase hat, hat das Geld.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>Neue Wallet &amp;erstellen</translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation>Neue Wallet erstellen</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase</source>
        <translation>Wallet aus ihrer Wiederherstellungsphrase &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore a wallet</source>
        <translation>Wallet wiederherstellen</translation>
    </message>
    <message>
        <source>Write down your recovery phrase</source>
        <translation>Notieren Sie Ihre Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Write these 24 words on paper, in order, and keep it somewhere safe and offline. They are shown only now. Anyone who sees them can take your funds; without them a lost computer means lost funds.</source>
        <translation>Schreiben Sie diese 24 Wörter der Reihe nach auf Papier und bewahren Sie es sicher und offline auf. Sie werden nur jetzt angezeigt. Wer sie sieht, kann Ihr Guthaben nehmen; ohne sie bedeutet ein verlorener Computer verlorenes Guthaben.</translation>
    </message>
    <message>
        <source>I have &amp;written the 24 words down</source>
        <translation>Ich habe die 24 Wörter &amp;notiert</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Prüfen Sie Ihre Abschrift</translation>
    </message>
    <message>
        <source>Type the words at these positions from your paper copy.</source>
        <translation>Geben Sie die Wörter an diesen Positionen aus Ihrer Papierabschrift ein.</translation>
    </message>
    <message>
        <source>Restore from your recovery phrase</source>
        <translation>Aus Ihrer Wiederherstellungsphrase wiederherstellen</translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of your BIP39 recovery phrase, separated by spaces.</source>
        <translation>Geben Sie die 12 oder 24 Wörter Ihrer BIP39-Wiederherstellungsphrase ein, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Only if your phrase was made with one</source>
        <translation>Nur wenn Ihre Phrase mit einer Passphrase erstellt wurde</translation>
    </message>
    <message>
        <source>Optional &amp;passphrase:</source>
        <translation>Optionale &amp;Passphrase:</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Wählen Sie ein Passwort</translation>
    </message>
    <message>
        <source>The password encrypts the wallet on this computer and is asked before every payment. It cannot be recovered; your recovery phrase can always restore the wallet.</source>
        <translation>Das Passwort verschlüsselt die Wallet auf diesem Computer und wird vor jeder Zahlung abgefragt. Es kann nicht wiederhergestellt werden; mit Ihrer Wiederherstellungsphrase lässt sich die Wallet jederzeit wiederherstellen.</translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation>Mindestens 8 Zeichen; einige nicht zusammenhängende Wörter ergeben ein starkes Passwort.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation>Wort &amp;%1:</translation>
    </message>
    <message>
        <source>The phrase is valid.</source>
        <translation>Die Phrase ist gültig.</translation>
    </message>
    <message>
        <source>Word %1 does not match. Look at your paper copy again; go back to see the words if you need to.</source>
        <translation>Wort %1 stimmt nicht überein. Sehen Sie noch einmal auf Ihrer Papierabschrift nach; gehen Sie bei Bedarf zurück, um die Wörter anzusehen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>The wallet could not be saved: %1</source>
        <translation>Die Wallet konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::web::DocumentPage</name>
    <message>
        <source>Leave the document?</source>
        <translation>Dokument verlassen?</translation>
    </message>
    <message>
        <source>This link leads away from %1 to %2. Open it?</source>
        <translation>Dieser Link führt von %1 zu %2. Öffnen?</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>dem Dokument</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Flashback storage marketplace</source>
        <translation>Flashback-Speichermarktplatz</translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) and exit.</source>
        <translation>Das Hauptfenster als PNG in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Open on page NAME.</source>
        <translation>Auf Seite NAME öffnen.</translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation>light, dark oder system.</translation>
    </message>
    <message>
        <source>Flashback</source>
        <translation>Flashback</translation>
    </message>
    <message>
        <source>The local database cannot be opened:
%1

Check that %2 is writable, or start with --data-dir pointing elsewhere.</source>
        <translation>Die lokale Datenbank lässt sich nicht öffnen:
%1

Prüfen Sie, ob %2 beschreibbar ist, oder starten Sie mit --data-dir und einem anderen Ort.</translation>
    </message>
</context>
</TS>
