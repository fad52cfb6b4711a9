<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchCommand</name>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) already checked in %1: skipped</source>
        <translation>
            <numerusform>%n address already checked in %1: skipped</numerusform>
            <numerusform>%n addresses already checked in %1: skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate line(s) skipped</source>
        <translation>
            <numerusform>%n duplicate line skipped</numerusform>
            <numerusform>%n duplicate lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MX lookup(s)</source>
        <translation>
            <numerusform>%n MX lookup</numerusform>
            <numerusform>%n MX lookups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n error</numerusform>
            <numerusform>, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, about %n s left</numerusform>
            <numerusform>, about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsProbe</name>
    <message numerus="yes">
        <source>MX lookup for %1: %n record(s)</source>
        <translation>
            <numerusform>MX lookup for %1: %n record</numerusform>
            <numerusform>MX lookup for %1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate MX record(s) ignored</source>
        <translation>
            <numerusform>%n duplicate MX record ignored</numerusform>
            <numerusform>%n duplicate MX records ignored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message numerus="yes">
        <source>A timeout may be at most %n hour(s)</source>
        <translation>
            <numerusform>A timeout may be at most %n hour</numerusform>
            <numerusform>A timeout may be at most %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelaySummary</name>
    <message numerus="yes">
        <source>Open relay: this server accepts mail for other domains from anyone. %1 accepted an outside recipient without sign-in in %n of %2 forms: %3.</source>
        <translation>
            <numerusform>Open relay: this server accepts mail for other domains from anyone. %1 accepted an outside recipient without sign-in in %n of %2 forms: %3.</numerusform>
            <numerusform>Open relay: this server accepts mail for other domains from anyone. %1 accepted an outside recipient without sign-in in %n of %2 forms: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refuses to relay: %1 refused every outside recipient from a session without sign-in (%n forms tried).</source>
        <translation>
            <numerusform>Refuses to relay: %1 refused every outside recipient from a session without sign-in (%n form tried).</numerusform>
            <numerusform>Refuses to relay: %1 refused every outside recipient from a session without sign-in (%n forms tried).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the tries were only deferred (4xx), not refused for good: run the check again later to be sure they stay refused.</source>
        <translation>
            <numerusform>%n of the tries was only deferred (4xx), not refused for good: run the check again later to be sure it stays refused.</numerusform>
            <numerusform>%n of the tries were only deferred (4xx), not refused for good: run the check again later to be sure they stay refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message numerus="yes">
        <source>… %n more lines of the message not shown</source>
        <translation>
            <numerusform>… %n more line of the message not shown</numerusform>
            <numerusform>… %n more lines of the message not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpDialogue</name>
    <message numerus="yes">
        <source>Connected after %n ms</source>
        <translation>
            <numerusform>Connected after %n ms</numerusform>
            <numerusform>Connected after %n ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes</source>
        <translation>
            <numerusform>The server sent a line longer than %n byte</numerusform>
            <numerusform>The server sent a line longer than %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines</source>
        <translation>
            <numerusform>The server sent a reply of more than %n line</numerusform>
            <numerusform>The server sent a reply of more than %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictWriter</name>
    <message numerus="yes">
        <source>The server at %1 accepted the message, but refused %n recipient(s): %2.</source>
        <translation>
            <numerusform>The server at %1 accepted the message, but refused %n recipient: %2.</numerusform>
            <numerusform>The server at %1 accepted the message, but refused %n recipients: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n other mail server(s) took it.</source>
        <translation>
            <numerusform>; %n other mail server took it.</numerusform>
            <numerusform>; %n other mail servers took it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n other mail server(s) accepted the test.</source>
        <translation>
            <numerusform>; %n other mail server accepted the test.</numerusform>
            <numerusform>; %n other mail servers accepted the test.</numerusform>
        </translation>
    </message>
</context>
</TS>
