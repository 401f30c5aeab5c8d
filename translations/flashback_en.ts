<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppServices</name>
    <message>
        <source>The local network stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local network did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline signer — no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not an amount: write digits with at most %n decimals, e.g. %2.</source>
        <translation>
            <numerusform>&quot;%1&quot; is not an amount: write digits with at most %n decimal, e.g. %2.</numerusform>
            <numerusform>&quot;%1&quot; is not an amount: write digits with at most %n decimals, e.g. %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes feed is out of order or malformed at seq %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;items&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;series&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 (%2 %3) is malformed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache&apos;s database driver is not SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers disagree with its page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWebEnginePage</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignElsewhere</name>
    <message>
        <source>%1 carries no valid signature of your Stellar account: sign it on the other device with this wallet, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no valid signature of your Algorand account: sign it on the other device with this wallet, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not fully signed (the signer finalises a Bitcoin payment once every input is signed): sign it on the other device with this wallet, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no valid signature of your Starknet account: sign it on the other device with this wallet, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of a chain this app cannot submit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaTermsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>one provider keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a full copy with each of %n provider(s)</source>
        <translation>
            <numerusform>a full copy with each of %n provider</numerusform>
            <numerusform>a full copy with each of %n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shards, any %2 rebuild it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, payment %2 of %3, deal %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network round then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage agreement this payment funds (as the exporter states it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::AccountService</name>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faucet refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new Bitcoin blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bitcoin fee estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ApiClient</name>
    <message>
        <source>No platform URL is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted (pinned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 bytes; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. Check the node address or trust its certificate in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid HTTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in; sign in with your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session expired; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s token reply is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet did not sign the login message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not present a certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::DealService</name>
    <message>
        <source>The platform did not create the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement id or no deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not cancel the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not open the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n provider(s)</source>
        <translation>
            <numerusform>%1 · %n provider</numerusform>
            <numerusform>%1 · %n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n provider(s) · %2</source>
        <translation>
            <numerusform>%1 · %n provider · %2</numerusform>
            <numerusform>%1 · %n providers · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local cache to keep the name in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::DealsModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached by consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in several coins (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::LocalNode</name>
    <message>
        <source>flashback-node was not found next to the application; set FB_NODE_PATH or configure a platform URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the local node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local node stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local node did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running Flashback app uses %1 with its local network (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a node address file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local node named in %1 is no longer running; start the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::MarketService</name>
    <message>
        <source>The local cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate without currency or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;feeBps&quot; is missing or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::NodeProbe</name>
    <message>
        <source>No node was tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::OffersModel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::PaymentService</name>
    <message>
        <source>No payment details for a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deal&apos;s payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s checkout is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkout address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::PaymentsModel</name>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ProviderDashboardModels</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for deals that are pending or accepted but not paid yet; released when they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QoS sample since the deal started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime %1 (target %2), %3 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform attached no evidence to this dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS of the offer since the deal started: %1 of %2 probes succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured uptime %1 against a target of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No latency measured (target %1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean latency %1 ms against a target of %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s own compliance: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over this window the offer met its targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over this window the offer missed its targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the last %1 probes, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response (%1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, awaiting your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ProviderDealsModel</name>
    <message>
        <source>Awaiting your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, ready to activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached (provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached (consumer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer&apos;s account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard %1 of %2: any %3 shards rebuild the consumer&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the consumer pays: storage %1 + egress %2 + platform fee %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you earn at full QoS: the price minus the platform fee. Missed QoS targets withhold part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unpaid deal expires about an hour after it was created (the node&apos;s default) and gives its capacity back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Only copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment: time until the deal expires unpaid. Active: time left in the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires / time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy role: the only copy, or which shard of the consumer&apos;s data you keep (any k of the n shards rebuild it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ProviderOffersModel</name>
    <message>
        <source>Published: consumers find it in the Marketplace. You can edit or withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked while an SLA uses it: its terms cannot change until the deal ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1: its terms cannot change until these deals end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 /GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 /GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ProviderService</name>
    <message>
        <source>Reading your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not register you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not save your provider record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not take the certification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not publish the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not change the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not withdraw the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deals on your offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 is not a Stellar account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealing library did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 cannot receive sealed access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the storage access failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not accept the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not reject the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not activate the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deal&apos;s service quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification was not marked as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your payout addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout addresses were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification was not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification was not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your storage endpoint before accepting deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the offer&apos;s service quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not take your response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ProvidersModel</name>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (%1) until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::PurchaseSession</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed. Nothing was paid; press Pay to review the payments again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was paid; deals already created stay pending on the SLAs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating the agreement with %n provider(s)…</source>
        <translation>
            <numerusform>Creating the agreement with %n provider…</numerusform>
            <numerusform>Creating the agreement with %n providers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for payment details (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending payment %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the checkout (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by card. The escrow holds your payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. The escrow holds your payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers have not accepted yet; you will pay once they do (SLAs page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the payment. It was sent: the deal turns Funded once the network confirms it, and the SLAs page shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance (%1) does not cover the payments and their network fees (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to your wallet, then press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node asked for %1 instead of %2; press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no Algorand account (it holds a single Stellar key). Pay with XLM or by card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet&apos;s Algorand account is not known yet: unlock it once with &quot;Show my addresses&quot;, then press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack the Algorand network; press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no Bitcoin account (it has no recovery phrase). Pay with XLM or by card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet&apos;s Bitcoin account is not known yet: unlock it once with &quot;Show my addresses&quot;, then press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack the Bitcoin escrow; press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin development network (testnet addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no Starknet account: it was made from a single Stellar key, without a recovery phrase, and a Starknet key comes from the phrase. Pay with XLM or by card, or set up a wallet with a recovery phrase for STRK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Starknet account %1 holds STRK but is not deployed yet, so it cannot send. &quot;Get development STRK&quot; deploys it (with your wallet&apos;s public key); then press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. Deploy it from a Starknet wallet, then press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack a valid Starknet deposit address, chain or STRK contract; press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starknet development network (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the development network does not meter gas: no fee is charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none on Starknet; the deposit address is this payment&apos;s own (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment details for payment %1 of %2 expired before it reached the node; nothing was taken for it. Press Pay again: the wallet asks for fresh details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused payment %1 of %2: %3 Nothing was taken for it; press Pay to build it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier payment(s) went through. </source>
        <translation>
            <numerusform>%n earlier payment went through. </numerusform>
            <numerusform>%n earlier payments went through. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment sent. Waiting for the Bitcoin network to confirm it (%n confirmation(s) needed; the development network adds a block every few seconds)…</source>
        <translation>
            <numerusform>Payment sent. Waiting for the Bitcoin network to confirm it (%n confirmation needed; the development network adds a block every few seconds)…</numerusform>
            <numerusform>Payment sent. Waiting for the Bitcoin network to confirm it (%n confirmations needed; the development network adds a block every few seconds)…</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal ended %1 before its payment was confirmed; the escrow returns what it received (the SLAs page shows the refund).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Storage agreement: %1 for %n day(s)</source>
        <translation>
            <numerusform>Storage agreement: %1 for %n day</numerusform>
            <numerusform>Storage agreement: %1 for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, a full copy with each of %n provider(s)</source>
        <translation>
            <numerusform>, a full copy with each of %n provider</numerusform>
            <numerusform>, a full copy with each of %n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1 shards of which any %2 rebuild it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 of downloads included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment: %1, payment %2 of %3, for deal %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment is waiting for a signature now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 transaction; the payment is in %2. Import the file or QR frames the signer wrote for this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signed transaction is not one of the payments exported for this agreement (or it was changed): transaction %1. Export again and sign what was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 payments are signed: import the others first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 balance (%2) does not cover %3 for the storage plus about %4 of network fees: %5 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get test funds (free, no value) below, then pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to your wallet, then pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get test funds (%1, free, no value), then press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 of %2: %3 for deal %4
Transaction %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ServiceVendorsModel</name>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::Services</name>
    <message>
        <source>Check the connection, or the node address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request certification on the Provider page and wait for an admin&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the agreements on it end, or publish a changed copy as a new offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to see the existing record and change that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been removed; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node may run another version; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is busy; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node&apos;s reply cannot be read (%2). The node may run another version; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node; check the node address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::SlaTreeModel</name>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the rest awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the Files page under this agreement / the size agreed with each provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreement with %n provider(s)</source>
        <translation>
            <numerusform>Agreement with %n provider</numerusform>
            <numerusform>Agreement with %n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited into escrow for this deal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has not accepted yet; you pay once it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the provider: pay to fund the escrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), not started</source>
        <translation>
            <numerusform>%n day, not started</numerusform>
            <numerusform>%n days, not started</numerusform>
        </translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement / provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used / agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (agreement %2). F2 renames it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (≈ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::SyncEngine</name>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::WalletAccountsModel</name>
    <message>
        <source>Stellar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starknet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only: this wallet holds no key for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), watch-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node: balances are unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::WalletHistoryModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faucet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal deposit received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal penalty received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development faucet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node: the history is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1. Double-click to open the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::WalletLedger</name>
    <message>
        <source>The ledger&apos;s reply has no valid &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::WalletSecurity</name>
    <message>
        <source>There is no wallet to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet was locked meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::WalletSend</name>
    <message>
        <source>&quot;%1&quot; is not a Stellar address: it starts with G and has 56 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment would go back to the account it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Stellar memo holds at most 28 bytes; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; waiting for the ledger to confirm it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the ledger (transaction %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no funds on the ledger yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holds %1 XLM; the payment and its fee need %2 XLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger took the payment (transaction %1) but has not listed it yet; look for it in the history later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Algorand address: 58 characters, capital letters and digits 2 to 7, ending in a checksum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Bitcoin mainnet address; the development network takes testnet addresses (tb1q…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bitcoin address of the development network: it starts with tb1q (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a native segwit address (tb1q…, P2WPKH); &quot;%1&quot; is another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Starknet address: 0x and up to 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending from %1 accounts is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending account %1 is not an address of its chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at least %1 BTC (%2 sat): a smaller output is dust that Bitcoin nodes do not relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 transfer carries no memo; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note holds at most %1 bytes; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the payment and sign it with your password. Network fee: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent; unconfirmed (%n confirmation(s)): waiting for the next Bitcoin block…</source>
        <translation>
            <numerusform>Sent; unconfirmed (%n confirmation): waiting for the next Bitcoin block…</numerusform>
            <numerusform>Sent; unconfirmed (%n confirmations): waiting for the next Bitcoin block…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed in a Bitcoin block, %n confirmation(s) (transaction %1).</source>
        <translation>
            <numerusform>Confirmed in a Bitcoin block, %n confirmation (transaction %1).</numerusform>
            <numerusform>Confirmed in a Bitcoin block, %n confirmations (transaction %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The account holds %1; the payment and its fee need %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger did not name its Algorand network (genesis and round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Algorand address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (development network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no Bitcoin account (it has no recovery phrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holds %1; the payment and its fee (%2 sat/vB) need about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin development network (testnet addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no Starknet account: a Starknet key comes from a recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send STRK from the wallet&apos;s Starknet account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holds %1; the payment needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. &quot;Get development coins&quot; deploys it (with your wallet&apos;s public key); then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. Deploy it from a Starknet wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger did not name its Starknet chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starknet development network (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the development network does not meter gas: no fee is charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger took the payment (transaction %1) but no block holds it yet; it stays unconfirmed in the history until one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a fee rate above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet does not know its Algorand account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send ALGO from the wallet&apos;s Algorand account #%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send BTC from the wallet&apos;s Bitcoin account #%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet does not know the key of its Bitcoin account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet does not know its Starknet account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fee: %1 (%2 sat/vB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total leaving the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, round %1 (valid until round %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, block height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, account nonce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, account sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1: sign and bring it back before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment is waiting for a signature now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 transaction; the payment is in %2. Import what the signer wrote for this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signed transaction (%1) is not the payment exported here (%2), or it was changed. Nothing was sent: export this payment again and sign what was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is not signed yet: import what the signer wrote first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::WalletService</name>
    <message>
        <source>A wallet already exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is sent by %1, not by this wallet&apos;s Starknet account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet holds no Starknet account (it was made from a single Stellar key, without a recovery phrase); pay with XLM or by card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet holds no Algorand account (it was made from a single Stellar key); pay with XLM or by card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet holds no Bitcoin account (it has no recovery phrase); pay with XLM or by card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bitcoin transaction spends coins this wallet cannot sign for; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet does not hold %1 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::pricing</name>
    <message>
        <source>The only comparable offer costs %1 per GB-month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comparable offers cost from %2 to %3 per GB-month (median %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill %1 of your capacity, match the cheapest comparable offer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aiming at %1 utilisation, you can ask as much as the dearest comparable offer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill %1 of your capacity, price below %2 of them: %3 sits at the %4 percentile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers compare offers cheapest first, so the assistant expects an offer priced above p % of its market to fill about 100 - p % of its capacity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sla</name>
    <message>
        <source>meet the QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are in an allowed region and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speak the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow the duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have room for a shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set of %1 offers on different providers meets every requirement together. Relax the regions, the kinds of provider or the redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tier in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for storage and %2 for egress over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reputation %1/100, %2 provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen for its track record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixing cloud and DePIN providers was also required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement costs %1, above your budget of %2. Raise the budget, shorten the term, store less or lower the redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — without spreading across regions or kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s platform fee is unknown, so no price can be worked out. Check the connection to the node and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price it within the platform&apos;s largest amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even the cheapest set that meets every requirement costs more than the platform takes in one agreement (%1). Store less, shorten the term or lower the redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DePIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how much data you will store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %L1 bytes can be stored in one agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long the agreement runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement runs at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downloads cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %L1 bytes of downloads can be planned over one agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 16 copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure coding needs k data shards and n &gt; k total shards (n at most 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown QoS tier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured uptime %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 (%2) %3, but %4 on different providers are needed. Relax that requirement or lower the redundancy.</source>
        <comment>providers, offers, why, placements</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message>
        <source>The eligible offers cover only %1, but spreading %2 across regions needs %3. Allow more regions or turn off region spreading.</source>
        <comment>regions, placements, regions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 in %3, %4 in total</source>
        <comment>placements, providers, regions, total cost</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::Backend</name>
    <message>
        <source>The transfer was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No multipart upload id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid object key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local provider needs an absolute &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 access needs endpoint, bucket, accessKey and secretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown storage type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is shorter than expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::Errors</name>
    <message>
        <source>Unknown manifest version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file manifest is inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write shards (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file key has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad erasure scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream header has the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong shard count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 intact shards: the file cannot be rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted object was tampered with (authentication failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the decrypted file (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted object has data after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted object has a bad header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download checkpoint is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted object is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a file manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file manifest does not authenticate (tampered, or another wallet&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is of another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable object listing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download file was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account key cannot be converted for encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters are not a sealed box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters were sealed to another wallet, or were altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 has an unknown kind or state in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the transfer journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer journal gave no row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer %1 in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest for this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shard %1 of transfer %2 in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard %1 of transfer %2 has an unknown state in the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::FileLibrary</name>
    <message>
        <source>%1 is not stored yet: a link can be made once its upload has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file library is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SLA has %1 of its %2 providers ready; files can be stored once every provider is funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage access of provider %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access parameters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was stored but the library could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the providers of %1 can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty or contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 still holds files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health of the file could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share links need a provider that speaks S3. The providers of this file keep it in local directories, which cannot hand out web links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage access of deal %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file list is being rebuilt already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage access of provider %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file list could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet locked before the file list was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::TransferEngine</name>
    <message>
        <source>The transfer journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No master secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure scheme %1+%2 needs %3 providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each shard needs a different provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since its upload began; upload it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 shards needed are reachable and intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuilt file does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt shard %1 does not match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shard of this file is on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the manifest on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer finished, but the transfer journal could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid byte range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be rebuilt from its shards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::AboutDialog</name>
    <message>
        <source>About Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for the Flashback storage marketplace: buy storage from clouds and DePIN networks under enforced SLAs, keep your files encrypted across providers, and pay from an embedded wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::CertificationPanel</name>
    <message>
        <source>Certification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 27001, SOC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certifications your business holds, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eu-central-1, eu-west-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regions your consumers&apos; data may live in (at least one), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you protect personal data: GDPR, where data is kept, who can access it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to your compliance documents. Del removes the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/iso27001.pdf, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the link to the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected document (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the request to the platform&apos;s admins, who review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is an http(s) link, such as https://example.com/iso27001.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1: your offers are no longer listed. Request certification again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved (%1 level), but it expires in %n day(s), on %2. Request a renewal below so your offers stay listed.</source>
        <translation>
            <numerusform>Approved (%1 level), but it expires in %n day, on %2. Request a renewal below so your offers stay listed.</numerusform>
            <numerusform>Approved (%1 level), but it expires in %n days, on %2. Request a renewal below so your offers stay listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1 level, valid until %2. You can publish offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request a renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1. Correct the request below and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified yet. Consumers only see certified providers&apos; offers: fill in the request below and send it to the platform&apos;s admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one region your consumers&apos; data may live in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: the platform&apos;s admins are reviewing your request (sent %1). Offers can be published once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ChangePasswordDialog</name>
    <message>
        <source>Change the wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore is encrypted again under the new password. Copies of the keystore made before still open with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the wallet under the new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ClipboardSink</name>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the signed transaction as base64 text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::CompareDialog</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of the compared offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: the best value in each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SLA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an SLA over these offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::DealInbox</name>
    <message>
        <source>Awaiting your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress (accepted, paid, active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (every deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which deals to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by deal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the deals whose id contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by consumer (G…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the deals of consumers whose account contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the history, lists only the deals in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the node for the newest deals (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: accept the selected deal when it awaits your answer, activate it once paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept: the consumer receives sealed access to your store and can pay (Alt+A, or Enter in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the deal and tell the consumer why (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer paid: your store is ready and the term starts now (Alt+C, or Enter in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal awaits your answer. When a consumer chooses one of your offers, it appears here (and a notification says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal in progress. Accepted deals wait here for the consumer&apos;s payment, then for you to activate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deal matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Consumer %1 stores %2 with you for %n day(s), with %3 of egress.</source>
        <translation>
            <numerusform>Consumer %1 stores %2 with you for %n day, with %3 of egress.</numerusform>
            <numerusform>Consumer %1 stores %2 with you for %n days, with %3 of egress.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consumer pays %1; you earn %2 at full QoS (platform fee %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, ends %2 (%3 left). Released to you so far: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS so far: %1 % of probes met the targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: waiting for the consumer&apos;s payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: activate it once your store is ready; the term starts then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage endpoint is set up on this computer for your provider account, so there is no access to hand the consumer. Set it up on the Overview tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1: the consumer received sealed access and can now pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you reject %1? The consumer reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason the consumer can act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1: the consumer was told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated %1: the term started and QoS probes begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key of %1 (kept in memory until the wallet locks):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::DisputeDialog</name>
    <message>
        <source>Open a dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arbiter reads your account and the measured QoS, then decides: refund you, slash the provider, or dismiss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal in dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (deal %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data unavailable or too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lost or corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing or terms not honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and when? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QoS samples since the deal started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance with the QoS targets since the start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measured QoS could not be fetched (%1); the platform attaches it when the dispute is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n probe(s), uptime %2 (target %3), average latency %4 ms (target %5 ms), compliance %6. %7</source>
        <translation>
            <numerusform>Since %1: %n probe, uptime %2 (target %3), average latency %4 ms (target %5 ms), compliance %6. %7</numerusform>
            <numerusform>Since %1: %n probes, uptime %2 (target %3), average latency %4 ms (target %5 ms), compliance %6. %7</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets are missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Evidence seen by the consumer: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FileListWidget</name>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your providers keep of the file: every copy, or the shards and their parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FileSink</name>
    <message>
        <source>Save the signed transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed transaction to a file, in the form it came in, to carry it to the online computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed transaction could not be saved to %1: %2. Choose another place; the signature is kept until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FileSource</name>
    <message>
        <source>Open an unsigned transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions (*.xdr *.txt *.b64 *.txn *.tx *.psbt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far larger than a transaction. Choose the unsigned transaction file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an unsigned transaction file: a Stellar XDR envelope, an Algorand transaction file, a PSBT, a Starknet INVOKE v3 (JSON) or a signing request (%1). You can also drop the file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FilesPage</name>
    <message>
        <source>Download is possible once the upload has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a web link to the selected file, valid for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file, %2 kept with your providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer stopped when Flashback closed. It is paused: Resume all continues it after your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transfers stopped when Flashback closed. They are paused: Resume all continues them after your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting and coding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding and decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are encrypted on this computer, then spread across your providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are encrypted with keys from your wallet. Set up a wallet, then buy storage from providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store files you need a funded SLA with at least one provider. Once it is funded, drop files here or use Upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search files by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the current folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file has %1 of its %2 shards reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some objects could not be removed from the providers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shard is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shards are reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here
or use Upload (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files cannot be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some providers cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SLA in the folder tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Uploading %n file…</numerusform>
            <numerusform>Uploading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s)?</source>
        <translation>
            <numerusform>Delete %n file?</numerusform>
            <numerusform>Delete %n files?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copies are removed from every provider. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which shards are reachable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored with your providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers are limited to %1/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers run at full speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking your files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (agreement %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your wallet password. Your files are encrypted with keys derived from your wallet; they stay unlocked until the wallet locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet locked before your files were unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused when the wallet locked. It continues from what was already transferred once you unlock the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The wallet locked: your files&apos; keys are wiped and %n transfer(s) paused. They continue when you unlock the wallet.</source>
        <translation>
            <numerusform>The wallet locked: your files&apos; keys are wiped and %n transfer paused. It continues when you unlock the wallet.</numerusform>
            <numerusform>The wallet locked: your files&apos; keys are wiped and %n transfers paused. They continue when you unlock the wallet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wallet locked: your files&apos; keys are wiped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::GuideWindow</name>
    <message>
        <source>Flashback Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message>
        <source>Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy storage and keep files (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell storage and manage offers (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New storage agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a &amp;transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign a transaction file or text, then export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart as &amp;offline signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart with only the wallet and the signer: no node, no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text or rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search field of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the columns of this page&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Logs Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logs are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s log files, for a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has nothing to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock wallet now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplacePage</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare storage offers from certified clouds and DePIN networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — the local network is starting. Offers appear here as soon as the app has synced with the platform; if this takes long, check the platform node in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or change the platform node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers appear here as soon as the app has synced with the platform. If this takes long, check the platform connection in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select up to four offers to compare them or create an SLA; Enter opens the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer meets every filter. Loosen a filter or clear them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the provider of the current offer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected offers side by side (2 to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare selected offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an SLA that stores data across the selected offers (up to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SLA from selected offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can pick up to %1 offers at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select up to %1 offers (Ctrl+click) to compare them or create an SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 offer selected (up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers selected (up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage &amp;offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage offers from certified clouds and DePIN networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors of migration, analytics and compliance tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening this computer&apos;s copy of the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SL&amp;A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serv&amp;ices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplaceServices</name>
    <message>
        <source>&amp;Certified only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service vendors appear here once the app has synced with the platform. If this takes long, check the platform node in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or change the platform node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service vendors yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors of migration, analytics and compliance tools for storage consumers are listed here once they register. To sell a service yourself, switch to the Provider role and choose &quot;Service vendor&quot; on the first page of the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendor matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service vendor matches this search. Clear the search or show uncertified vendors too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search vendors and their services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the vendors whose name, services, jurisdiction or account contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only vendors whose certification is approved and unexpired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n vendor</numerusform>
            <numerusform>%n vendors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferEditorDialog</name>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What consumers see in the Marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region the data lives in, as consumers filter by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO country code of the site (two letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers reach the store with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars per GB stored for 30 days, up to 7 decimals (0.023 = 2.3 cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars per GB downloaded by the consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much you sell through this offer (1 GB = 10^9 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service level you promise; choosing one fills in its usual targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of QoS probes that must succeed. Missing it withholds part of your earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slowest answer a QoS probe may get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers may pay in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the QoS oracle probes this offer: your tested store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage price (USD/GB-month):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Egress price (USD/GB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QoS tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uptime target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latency target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End&amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the offer a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the region the data lives in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are US dollars with up to 7 decimals, such as 0.023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept at least one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum duration is longer than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferFilterPanel</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers whose data stays in this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers of this QoS tier or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers speaking this storage protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified providers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a filter you saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search offers, providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches offer and provider names (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only providers whose certification is approved and not expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum storage price per GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest storage price per GB and month; 0 means any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest provider reputation (0 to 100); 0 means any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum free capacity in terabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers with at least this much free capacity; 0 means any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max storage price / GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protoco&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferTableModel</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (%1), valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured uptime %1; the offer targets %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured latency %1; the offer targets at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reputation, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the provider with Enter or a double click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / ≤%2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider certification approved by the platform and not expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage price per GB and month, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download (egress) price per GB, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured uptime / the offer&apos;s uptime target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured latency / the offer&apos;s latency target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity still free for new SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage
per GB-mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress
per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS
tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime
/ target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
/ target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::OffersPanel</name>
    <message>
        <source>Your offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer is what consumers buy: capacity at a price, in a region, with QoS targets. Publishing needs an approved certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a first offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the offer editor (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a new offer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a copy of the selected offer under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked while a deal uses it: its terms stay as the consumer agreed. Duplicate it to offer other terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected offer&apos;s terms (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected offer from the Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is locked by %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot; from the Marketplace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers can no longer choose it. Deals already made are not affected. This cannot be undone; you can publish it again as a new offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::OfflineSignerWindow</name>
    <message>
        <source>Flashback — offline signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline signer — no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign a transaction made on the online computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s wallet: its accounts and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Flashback with the marketplace, sync and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no node, no network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mode starts no node and opens no connection: transactions come and go as files, text or QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::OnboardingWizard</name>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers see this when they compare offers. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage provider: I sell storage capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish storage offers that consumers buy in the Marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice vendor: I sell services to storage consumers (migration, analytics, compliance tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service vendors follow the same certification path and are listed in the Marketplace&apos;s Services tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rhein Storage GmbH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud (data centres you run or rent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DePIN network (Filecoin, Storj, AIOZ, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your storage is built: a classic cloud or a decentralised network of nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or legal area: DE, EU, US-CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your business is registered: the law your contracts follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consumers and the platform&apos;s admins reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you offer, where your sites are, what makes you reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, jurisdiction and contact are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you sell from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store your consumers&apos; data goes to. Flashback tests it now: it lists, writes, reads back and deletes a small probe object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;local folder (development network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For trying things out on the local network: consumers on this machine store into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An S&amp;3-compatible bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS S3, MinIO, Ceph, Wasabi, Storj&apos;s gateway or any store that speaks the S3 API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An absolute folder. On the embedded local network the node only accepts folders under its demo-storage folder, as suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in protected memory for this session only; never written to disk. Flashback asks for it again when it needs it after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, writes, reads back and deletes a probe object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet: test the store to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register signs your business to your wallet&apos;s account on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, on your provider panel: request certification (an admin reviews it), then publish your first offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed: test the store again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an absolute folder path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http(s) endpoint, a bucket and an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3, contact %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sells from: %1 (tested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node: check the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::OverviewPanel</name>
    <message>
        <source>0 to 100, from your measured QoS: it rises while you meet your targets and falls with breaches. New providers start at 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the certification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a first &amp;offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the offer editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the deals awaiting your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DePIN network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, %1 level, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: an admin is reviewing your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service vendors sell no storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up on this computer: deals cannot be accepted from here until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 bucket %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Request certification: the platform&apos;s admins check your business and documents. Consumers only see certified providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Wait for the admins&apos; decision on your certification. You will be notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Publish a first offer: capacity, price, region and QoS targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. Answer %n deal(s) awaiting you in Deals.</source>
        <translation>
            <numerusform>%1. Answer %n deal awaiting you in Deals.</numerusform>
            <numerusform>%1. Answer %n deals awaiting you in Deals.</numerusform>
        </translation>
    </message>
    <message>
        <source>All set: your offers are listed. New deals appear in Deals, and a notification tells you when one arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs an approved certification first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::PricingAssistantPanel</name>
    <message>
        <source>&amp;Use this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price distribution of comparable offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of this offer&apos;s capacity you want to sell. A higher target asks for a lower price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target utilisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the suggested price into the offer&apos;s storage price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the offer&apos;s region, QoS tier and protocol to compare its price with the market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region and at least one protocol: the assistant compares the price with offers of the same region, QoS tier and protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other offer in the market sells %1 storage in %2 at the %3 tier yet, so there is nothing to compare with. Your price sets the market here; compare with a neighbouring region or tier to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your price, %1 per GB-month, sits at the %2 percentile of %n comparable offer(s) (%3, %4 tier, %5).</source>
        <translation>
            <numerusform>Your price, %1 per GB-month, sits at the %2 percentile of %n comparable offer (%3, %4 tier, %5).</numerusform>
            <numerusform>Your price, %1 per GB-month, sits at the %2 percentile of %n comparable offers (%3, %4 tier, %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform fee (not known yet: no node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform fee of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the offer&apos;s capacity to project monthly earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures are too large to project exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected: selling %1 of %2 at this price earns you %3 a month. Consumers pay %4, which includes %5 (%6, added on top of your price).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your own price the model expects %1 utilisation: %2 a month for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparable offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are shown in the coin each deal was paid in; coins are never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload earnings, capacity, QoS and disputes from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid deals yet. When a consumer pays for one of your offers, the escrow, releases and fees appear here in the coin they paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In escrow (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld for QoS (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out of escrow to your payout address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by consumers and still held in escrow for running deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned by time but held in escrow because the offer&apos;s QoS is under its target; the next settlement that meets the targets releases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from your pay and returned to consumers for QoS failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s fee on your deals, paid by consumers on top of your price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month: released and contracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released: paid to you in that month. Contracted: what running deals will still accrue in that month at full QoS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity sold and free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dispute to read the platform&apos;s evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s admins decide each dispute (refund, slash or dismiss) from this QoS evidence and your response. Select an open dispute and write your response below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy dispute id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your side of the selected open dispute: what happened, what you fixed. The consumer and the admins read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your response on the selected dispute to the platform&apos;s admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response to %1 was sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the provider dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node. Choose a node in Settings, or start the local network, to see your earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not registered as a provider yet. Register as a provider to publish offers; your earnings, capacity and QoS then appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified (%1) until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED: request certification again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s): request renewal on the Certification tab</source>
        <translation>
            <numerusform>expires in %n day: request renewal on the Certification tab</numerusform>
            <numerusform>expires in %n days: request renewal on the Certification tab</numerusform>
        </translation>
    </message>
    <message>
        <source>certification pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reputation %2/100 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet: publish an offer and its QoS appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QoS sample in this window yet. The platform&apos;s oracle probes offers that deals use; samples appear after the first probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uptime %1 (target %2), mean latency %3 (target %4 ms), %n breach(es) in %5 samples: %6.</source>
        <translation>
            <numerusform>Uptime %1 (target %2), mean latency %3 (target %4 ms), %n breach in %5 samples: %6.</numerusform>
            <numerusform>Uptime %1 (target %2), mean latency %3 (target %4 ms), %n breaches in %5 samples: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderDialog</name>
    <message>
        <source>The provider&apos;s Stellar account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DePIN network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · reputation %3/100%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no jurisdiction given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider is not in the local cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QoS history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, level %1, no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, level %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1 (level %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer whose QoS history is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which of the provider&apos;s offers to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no offers in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples cached for this offer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probes from %2 to %3: %4 % available, average latency %5 ms (targets: %6 %, %7 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage / GB-mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SLA with selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an SLA over the selected offers of this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has not published compliance documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderPage</name>
    <message>
        <source>Sell storage: publish offers, accept SLAs, follow QoS and earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation, certification and what to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request certification and follow the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offers consumers find in the Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earnings and QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals to accept, activate, and their history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider panel works on the platform node: the status bar shows the connection. Check it, or choose a node in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider account is your wallet&apos;s account: it signs you in and receives your earnings. Create a wallet (or restore one from its recovery phrase) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 with your wallet: your password unlocks it on this computer to sign the login. Nothing is sent but the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your provider account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet password signs you in to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A consumer asks you to store %1 for %n day(s). Accept or reject it in Provider → Deals.</source>
        <translation>
            <numerusform>A consumer asks you to store %1 for %n day. Accept or reject it in Provider → Deals.</numerusform>
            <numerusform>A consumer asks you to store %1 for %n days. Accept or reject it in Provider → Deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s) await your answer in Provider → Deals.</source>
        <translation>
            <numerusform>%n new deal awaits your answer in Provider → Deals.</numerusform>
            <numerusform>%n new deals await your answer in Provider → Deals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal awaiting your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::QosChart</name>
    <message>
        <source>QoS history chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QoS samples yet. The platform&apos;s oracle probes each offer regularly; the history appears here after the first probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::QrPlayer</name>
    <message>
        <source>Save the QR frames to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the first round the frames are fresh mixtures of the fragments: a reader that missed some completes from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause on one frame, or play the frames again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the frames change: slow it down when the other device&apos;s camera misses frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one round of frames as numbered PNG images in a folder, for a device that reads QR images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One QR code: scan it with the other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds QR frames (frame-*.png). Choose an empty folder so the frames of two transactions do not mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame %1 could not be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1.</source>
        <translation>
            <numerusform>Saved %n frame to %1.</numerusform>
            <numerusform>Saved %n frames to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::QrReader</name>
    <message>
        <source>Open the QR images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the QR images of one transaction: a single QR code, or the frames of an animated one in any order. You can also drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with &amp;camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the frames read so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found — open QR images instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the other device&apos;s QR code in front of this computer&apos;s camera; animated codes are read frame by frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop QR images here, open them, or scan with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop QR images here, or open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped: %1. Open QR images instead, or try the camera again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Open the QR images themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image this reader opens (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in %1. Open a sharper picture, or the frame itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code%1 is not a UR: it reads &quot;%2%3&quot;. Show the transaction&apos;s QR code, whose text starts with ur:%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code%1 is a ur:%2; this reader takes %3. Show the transaction&apos;s QR code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame%1 was not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frames did not reassemble into a whole UR (%1). Start over and read the frames again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ur:%1 does not hold a byte string (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Complete: ur:%1 read from %n part(s).</source>
        <translation>
            <numerusform>Complete: ur:%1 read from %n part.</numerusform>
            <numerusform>Complete: ur:%1 read from %n parts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % — %n part(s) read</source>
        <translation>
            <numerusform>%1 % — %n part read</numerusform>
            <numerusform>%1 % — %n parts read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 fragments recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dropped picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of QR frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of QR frames (frame-001.png, …), as the other device&apos;s &quot;Save frames…&quot; writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no QR images. Open the folder the frames were saved in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::QrSink</name>
    <message>
        <source>Show as Q&amp;R…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signed transaction to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed transaction as QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan these frames with the online device until it has read the whole ur:%1. It takes them in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code with the online device (ur:%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shown as an animated QR code (ur:%1, %n frame(s) a round).</source>
        <translation>
            <numerusform>Shown as an animated QR code (ur:%1, %n frame a round).</numerusform>
            <numerusform>Shown as an animated QR code (ur:%1, %n frames a round).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown as a QR code (ur:%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the signed transaction as a QR code for the online device&apos;s camera, animated when it does not fit one code; or save its frames as numbered PNG images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::QrSource</name>
    <message>
        <source>From &amp;QR codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the transaction&apos;s QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>QR codes (ur:%1, %n frame(s))</source>
        <translation>
            <numerusform>QR codes (ur:%1, %n frame)</numerusform>
            <numerusform>QR codes (ur:%1, %n frames)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the unsigned transaction from QR codes: images of them (an animated code&apos;s frames in any order, or the folder they were saved in) or this computer&apos;s camera. PSBTs come as ur:crypto-psbt, Stellar, Algorand and Starknet transactions as ur:bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or drop the QR images the other device made (or the folder of its frames), or hold its screen in front of the camera. An animated code&apos;s frames can come in any order; missed frames are made up by later ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ReceiveDialog</name>
    <message>
        <source>Receive on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the payer to send to this address, or to scan the code. Only send %1 to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save QR as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code as an image to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::RecoveryWordsDialog</name>
    <message>
        <source>Recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees these words can take everything in this wallet. Write them down on paper, in order, and keep them offline. Never type them into a website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me select the words (to paste them into a password manager)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ReportProblemDialog</name>
    <message>
        <source>Report a Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what you did and what happened, then paste this report below your description. It holds the versions and the app&apos;s recent log, with no keys, passwords or recovery phrases. Read it before you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SendDialog</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G… (56 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, up to 28 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the payment and show it in plain words before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet has no account to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment leaves your wallet for good once the ledger takes it. Check the recipient and the amount, then sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid %1 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 from this page is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 characters, A–Z and 2–7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional note, readable by anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tb1q… (development network, testnet format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin transfers carry no memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x… (up to 64 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starknet transfers carry no memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are in STRK (up to 9 decimals). The development network charges no fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher fee rate gets the payment into a block sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 — %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 sat/vB, about %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 sat/vB, about %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Economy (about %n block(s))</source>
        <translation>
            <numerusform>Economy (about %n block)</numerusform>
            <numerusform>Economy (about %n blocks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority (next block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Normal (about %n block(s))</source>
        <translation>
            <numerusform>Normal (about %n block)</numerusform>
            <numerusform>Normal (about %n blocks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts are in BTC (8 decimals). The fee is the rate you choose times the payment&apos;s size, paid from your coins; the review shows it exactly. The payment is confirmed once a block holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign on another &amp;device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this payment (a file or QR codes) to an offline signer that holds this wallet&apos;s keys, then import the signed result here and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are in ALGO (6 decimals). The network fee is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are in XLM. The network fee is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Preferences are kept for this user on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Flashback starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform node URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a node address. Use http:// or https:// followed by the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are shown in this currency at the platform&apos;s exchange rates; payments still settle in the currency you pay with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback runs a platform node on this computer with a demo network; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://node.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a Flashback platform node, with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local network starts with Flashback; save and restart to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the node&apos;s address, e.g. https://node.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for “%1”, SHA-256 fingerprint:
%2
Trust it only if the node&apos;s operator gave you this same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. This is the node already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: switching to the local network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the wallet after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once unlocked, the wallet signs and opens your files without asking for the password again until this long passes without keyboard or mouse input, or the computer sleeps or locks its screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loc&amp;k the wallet after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet also locks when the computer sleeps or the screen locks, and from File › Lock wallet now. A lock also locks your files and pauses their transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet also locks from File › Lock wallet now. A lock also locks your files and pauses their transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;network (runs on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;other node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ShareLinkDialog</name>
    <message>
        <source>Share link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this link can download the encrypted object of &lt;b&gt;%1&lt;/b&gt; until it expires. They also need the file key to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SignDialog</name>
    <message>
        <source>TEST NETWORK (%1): this money has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign and pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is unlocked: signing uses it without asking for the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SignElsewhereDialog</name>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the signed payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed transactions and QR images (*.xdr *.b64 *.stxn *.psbt *.txt *.json *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import signed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what the signer wrote: the signed file, or every QR frame of one signed payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the payment&apos;s review, to sign with this wallet or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment waiting for a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment is signed: submit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 payments signed: import the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in %2. Open it in the offline signer, sign, and import what it writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments as QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a signed transaction%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR frames cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n QR frame(s)</source>
        <translation>
            <numerusform>%n QR frame</numerusform>
            <numerusform>%n QR frames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Export the unsigned payments (one per provider) as files or as QR codes (shown on screen, or saved as frames), and open them in the offline signer on the other device (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Export the unsigned payment as a file or as a QR code (shown on screen, or saved as frames), and open it in the offline signer on the other device (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;QR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the payments as QR codes on this screen, for the offline signer&apos;s camera (it reads the frames in any order), or save their frames as numbered PNG images for it to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read signed QR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the signer&apos;s QR codes: with this computer&apos;s camera, or from its saved frames (images or their folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the offline signer&apos;s camera to the code until it has read the payment; frames may be read in any order. Or save the frames and open them on the signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Open them in the offline signer, sign, and import what it writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the signed payment&apos;s QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the offline signer&apos;s QR code to the camera, or open the frames it saved (the images, or their folder). One payment at a time; frames in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR frames do not hold the whole payment: %1. Open every frame the signer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; Check the summary below against what the signer shows, and sign there. &lt;b&gt;3.&lt;/b&gt; Import what the signer wrote (its file or its QR codes) here and submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is exported: the summary and the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one signing request file per payment (JSON: the transaction and its summary) into a folder you choose, e.g. on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what was signed to the ledger and follow it until it is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is signed: submit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SignerWindow</name>
    <message>
        <source>Stellar transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorand transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin transaction (PSBT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, paste or scan an unsigned transaction, read what it does, sign it with your wallet password, then save, copy or show as QR codes the signed result for the online computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Unsigned transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted transaction text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an unsigned transaction as text; it is read as you paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Futurenet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Stellar envelope does not say its network: the signature is only valid on the network chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the Stellar network the transaction is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellar &amp;network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin mainnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen from the inputs&apos; derivation paths; change it if the addresses look wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin n&amp;etwork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the wallet&apos;s accounts signs (0 is the first). Bitcoin signs every input that belongs to the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review yet: open a transaction file, drop one here or paste its text above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with the wallet password after reading the review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Signed transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed transaction text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed transaction appears here once signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a transaction this signer reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction shown below was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the signed transaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction signed here has not been saved or copied yet. Load the new one and drop that signature?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be checked offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the exporter says it is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts that sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet&apos;s accounts are marked once the password opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required signature is already present: nothing to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired: the network will refuse it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expires within a minute and may be refused before it reaches the network. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this before signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no wallet in this data folder: create or restore it on the Wallet page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the wallet to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password (account %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this wallet. Press Sign to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n signature(s) added); every required signature is present. Save or copy it for the online computer.</source>
        <translation>
            <numerusform>Signed (%n signature added); every required signature is present. Save or copy it for the online computer.</numerusform>
            <numerusform>Signed (%n signatures added); every required signature is present. Save or copy it for the online computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n signature(s) added); other accounts must still sign. Save or copy it for the next signer.</source>
        <translation>
            <numerusform>Signed (%n signature added); other accounts must still sign. Save or copy it for the next signer.</numerusform>
            <numerusform>Signed (%n signatures added); other accounts must still sign. Save or copy it for the next signer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starknet transaction (INVOKE v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the transaction here (base64 Stellar XDR, base64 Algorand msgpack, base64 PSBT, Starknet INVOKE v3 JSON or a signing request), or drop its file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SlaWizard</name>
    <message>
        <source>What do you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the storage; the next step finds the providers that fit and costs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much data you will keep (1 GB = 10^9 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much you expect to download each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full copies with several providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure coding: any k of n shards rebuild the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each copy lives with a different provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest QoS tier you accept (uptime and latency targets rise with the tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the regions your data must not go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. US, CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put each copy or shard in a different &amp;region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix &amp;cloud and DePIN providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLM from the embedded wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (platform checkout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data size in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downloads in GB per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards needed to rebuild (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards in total (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different region for each copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix cloud and DePIN providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum total budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected down&amp;loads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;edundancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum QoS &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcluded countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum budget (total):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider, offer and why it was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace is not available yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt; (storage %2, downloads %3, platform fee %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;You pay &lt;b&gt;%1&lt;/b&gt; by card on the platform&apos;s checkout page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay into escrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet signs one payment per provider into the platform&apos;s escrow. You see each transaction before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up a wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get &amp;development funds (no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local network&apos;s faucet credits test XLM to your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get development funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet signs you in (it is your account on the platform); then the platform&apos;s checkout page takes the card payment into escrow, once per provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1 by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no wallet yet. Set one up: it takes a minute, and its recovery phrase is yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform account: %1
Your wallet signs you in; the card pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet password signs you in to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment %1 of %2 (%3): fill in the checkout below. It is the platform&apos;s page, served by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opened in your web browser; this page goes on by itself once the payment is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These payments put %1 into the platform&apos;s escrow for your storage agreement. Check the amounts and the memo, then sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each provider&apos;s part, live. Funded means the escrow holds the money; Active means the provider confirmed your storage is ready and the term has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: the SLAs page keeps tracking the agreement, its payments and its QoS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New storage agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s quote: storage and downloads per provider, and its fee. The money waits in escrow and reaches each provider only while it keeps its promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s fee is needed to cost a plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for your storage agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALGO from the embedded wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTC from the embedded wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRK from the embedded wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet pays in XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) or STRK (Starknet) from its own account on that chain, or the card pays through the platform&apos;s checkout page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my &amp;addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet was made before it kept its Algorand and Bitcoin addresses: your password opens it once to find them (nothing secret is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my Algorand and Bitcoin addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay into escrow in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starknet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet&apos;s %1 address is not known yet: show your addresses once (your password opens the wallet), then pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no %1 account: it was made from a single Stellar secret key, and %1 accounts come from a recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose XLM or the card in &quot;Pay with&quot; above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and pay with XLM or by card, or set up a wallet from a recovery phrase to pay in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying from your %1 account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying from your %1 account %2
Balance on the %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying from your %1 account %2 (balance unknown: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> in %n coin(s)</source>
        <translation>
            <numerusform> in %n coin</numerusform>
            <numerusform> in %n coins</numerusform>
        </translation>
    </message>
    <message>
        <source>Show my addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet password opens the wallet once to find its Algorand, Bitcoin and Starknet addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pay exactly %1 (%2) at the node&apos;s rate of %3 per %4, plus the network&apos;s fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign on another &amp;device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export these payments with the agreement&apos;s terms (a file or QR frames) to an offline signer, then import the signed result here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;About &lt;b&gt;%1&lt;/b&gt; at the node&apos;s rate of %2 per %3; the exact amount is fixed when you pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet pays in XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) or STRK (Starknet) from its own account on that chain; card payments go through the platform&apos;s checkout page, in US dollars. Only providers that accept the currency are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n provider(s). The new period follows the current one, which ends on %2.</source>
        <translation>
            <numerusform>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n provider. The new period follows the current one, which ends on %2.</numerusform>
            <numerusform>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n providers. The new period follows the current one, which ends on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n provider(s).</source>
        <translation>
            <numerusform>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n provider.</numerusform>
            <numerusform>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n providers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get &amp;test funds (%1, no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The development network&apos;s faucet credits test %1 to your wallet. It has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get test funds in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new period runs from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %2 than recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alternative(s) below the recommendation: pick one to see its providers and why; the quote follows your choice.</source>
        <translation>
            <numerusform>%n alternative below the recommendation: pick one to see its providers and why; the quote follows your choice.</numerusform>
            <numerusform>%n alternatives below the recommendation: pick one to see its providers and why; the quote follows your choice.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other set of offers meets every requirement, so there is no alternative to pick. Relax a requirement on the previous page for more choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest without spreading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offers you chose in the marketplace. The recommendation uses only the ticked ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen o&amp;ffers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tier · %4 per GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement, never two copies with one provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is your own offer: the platform does not let an account buy from itself. Untick it, or buy with another wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::SlasPage</name>
    <message>
        <source>Your storage agreements: their state, cost and measured quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLAs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SLA is an agreement with one or more providers to keep your data for a period, at a price and a quality you choose. Pick offers in the Marketplace to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what you get back before anything happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · started %1 · ends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paid %1, released to the provider %2, refunded %3, withheld for QoS %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been paid for this part yet, so nothing moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has not started: everything you paid comes back, the platform fee included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider keeps what it earned so far (subject to its QoS); the unearned rest comes back. The platform fee is not refunded when you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get back about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the consumer from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispute is open; you will see the decision here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by deal, provider or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign the escrow payment of the deals not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the deals not paid yet; nothing was paid, nothing moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 (price %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet, %1 due.</source>
        <translation>
            <numerusform>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal not paid yet, %1 due.</numerusform>
            <numerusform>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deals not paid yet, %1 due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet; the provider has not accepted, you pay once it does.</source>
        <translation>
            <numerusform>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal not paid yet; the provider has not accepted, you pay once it does.</numerusform>
            <numerusform>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deals not paid yet; the provider has not accepted, you pay once it does.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unpaid agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unpaid deal(s) worth %1? They are cancelled with their providers; nothing was paid, so nothing moves.</source>
        <translation>
            <numerusform>Discard %n unpaid deal worth %1? They are cancelled with their providers; nothing was paid, so nothing moves.</numerusform>
            <numerusform>Discard %n unpaid deals worth %1? They are cancelled with their providers; nothing was paid, so nothing moves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded by the consumer before paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this agreement a name of your own (F2); the Files page uses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new agreement with the same providers, size, redundancy and tier, from the day this one ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2: created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured latency (ms) against the target, since the deal started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS is measured once the provider activates the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS is measured from the deal&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QoS samples since the deal started: the platform probes each provider on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its period has not started: everything you paid comes back, the platform fee included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::StorageProbe</name>
    <message>
        <source>These settings cannot reach a store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store works: a probe object was listed, written, read back and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the bucket or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a probe object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object read back differs from what was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::TransfersPanel</name>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue every paused transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted when Flashback closed. Resume continues from what was already transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Transfers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the transfer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transfers finished (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the transfer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the transfer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1/s, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active, %2 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits the network traffic of all transfers together, so uploads and downloads leave bandwidth for other work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::VerifyBackupDialog</name>
    <message>
        <source>Verify your backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type these words from your written backup. A mistake here means the backup could not restore this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup is right: it restores this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) do not match. Check your written backup; if a word is missing, write the words down again from &quot;Show recovery words&quot;.</source>
        <translation>
            <numerusform>%n word does not match. Check your written backup; if a word is missing, write the words down again from &quot;Show recovery words&quot;.</numerusform>
            <numerusform>%n words do not match. Check your written backup; if a word is missing, write the words down again from &quot;Show recovery words&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletPage</name>
    <message>
        <source>Your keys stay on this computer, encrypted under your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected account&apos;s address and QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay someone from the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit development coins (no value) to the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the balances and the history again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;recovery words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify your backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch an address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the wallet after this long without keyboard or mouse input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my ALGO and BTC accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wallet once to find its Algorand and Bitcoin addresses; only the addresses are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payments: address, memo, agreement, amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the payments shown as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet still locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password does not open the wallet. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy your Starknet account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet password opens the wallet once to find its Starknet public key (nothing secret is kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the faucet for development %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faucet credited development %1 (no value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) exported to %1.</source>
        <translation>
            <numerusform>%n payment exported to %1.</numerusform>
            <numerusform>%n payments exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password does not open the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your recovery words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees your recovery words can take your funds. Make sure no one can see your screen and nothing is recording it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet was imported from a single secret key: it has no recovery words. Keep a copy of that key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify your backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no recovery words to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet opens once to find its Algorand and Bitcoin addresses.
Wallet password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each index is a separate account of the same recovery words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address to follow (Stellar G…, Algorand, Bitcoin tb1…). The wallet holds no key for it and cannot spend from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Stellar, Algorand or Bitcoin address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the wallet&apos;s password now: the next signature, sign-in or file unlock asks for it again (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the wallet password once: sending, signing and the recovery words then use it until the wallet locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked.&lt;/b&gt; Your accounts and balances stay visible; sending, signing and the recovery words ask for your password once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlocked.&lt;/b&gt; Locks in %1 without keyboard or mouse input, when the computer sleeps or with Lock now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlocked&lt;/b&gt; until you lock it, the screen locks or the computer sleeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Starknet account #%1 again (&quot;Add an account&quot;) so the wallet knows the public key its deployment needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up a wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fauce&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet pays for SLAs in XLM, ALGO, BTC or STRK and signs you in to the platform. Create one now, or restore one from your recovery words; the first payment for an SLA offers the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet: use Faucet on the development network, or Receive to show your address to whoever pays you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletSetupDialog</name>
    <message>
        <source>Set up your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback pays providers from a wallet that lives only on this computer. Its keys come from a recovery phrase: whoever has the phrase has the money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these 24 words on paper, in order, and keep it somewhere safe and offline. They are shown only now. Anyone who sees them can take your funds; without them a lost computer means lost funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written the 24 words down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words at these positions from your paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from your recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of your BIP39 recovery phrase, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if your phrase was made with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrase is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1 does not match. Look at your paper copy again; go back to see the words if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password encrypts the wallet on this computer. Typed once, it keeps the wallet unlocked until you are away for a while (Settings › Wallet security). It cannot be recovered; your recovery phrase can always restore the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::WelcomeDialog</name>
    <message>
        <source>&amp;Don&apos;t show this again at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Flashback&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback is a marketplace for storage: buy space from clouds and decentralised networks under an agreement that states price, duration and quality, keep your files encrypted across several providers, and pay from the wallet built into the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a development network.&lt;/b&gt; Its money is play money: tokens and card payments here have no value, and nothing you do costs real funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how you start; you can switch at any time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer: buy storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare offers in the Marketplace, agree an SLA and keep your files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: sell storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register your storage, publish offers and accept agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline signer: sign transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign transactions with keys kept away from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &gt; Welcome shows this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::wallet::Review</name>
    <message>
        <source>ours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes the account: the whole remaining balance goes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 base units of ASA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opt-in: lets this account hold the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clawback from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes the asset holding: all remaining units go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee of %1 is unusually high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (text: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry: the transaction has no upper time bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at %1 (%2 ago): the network will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at %1, in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1 (%2 from now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from round %1 to round %2. This cannot be checked offline: the file does not record the network&apos;s round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 now (estimated from round %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: valid up to round %1, the network was at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet: valid from round %1 to %2, the network was at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to round %1, about %2 from now; the network was at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry; lock time %1 (not minable before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry: Bitcoin transactions stay valid until their inputs are spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry: a Starknet transaction stays valid until the account uses nonce %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount not proven by the previous transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sighash type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create_account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change_trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage_data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoke_host_function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset_opt_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset_transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee_bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 units at %3 fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tip: %1 fri per L2 gas unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates and funds a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muxed id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removes the trust line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value (hex): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee (%1) is unusually high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledgers %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (about %1 sat/vB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::web::DocumentPage</name>
    <message>
        <source>Leave the document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads away from %1 to %2. Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Flashback storage marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on page NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be opened:
%1

Check that %2 is writable, or start with --data-dir pointing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document viewer is not installed (%1). Open &lt;a href=&quot;%2&quot;&gt;the document&lt;/a&gt; in your browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start as the air-gapped offline signer: the wallet and the transaction signer only; no node, no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size WxH (e.g. 1024x640), for --screenshot or a window of that size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, fr, de) for this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeswitch</name>
    <message>
        <source>Restart as offline signer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback restarts with only the wallet and the transaction signer. It starts no node and opens no network connection; transfers and sync stop until you restart online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback restarts with the marketplace, sync and transfers, and connects to the platform node again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
