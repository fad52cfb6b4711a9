<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchListPage</name>
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
        <source>%n repeated line(s) will be checked once.</source>
        <translation>
            <numerusform>%n repeated line will be checked once.</numerusform>
            <numerusform>%n repeated lines will be checked once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not addresses; each is listed in the results as an error:</source>
        <translation>
            <numerusform>%n line is not an address; it is listed in the results as an error:</numerusform>
            <numerusform>%n lines are not addresses; each is listed in the results as an error:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchResultsPage</name>
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
        <source>Stopped: %n address(es) were not asked. The rows so far can be saved.</source>
        <translation>
            <numerusform>Stopped: %n address was not asked. The rows so far can be saved.</numerusform>
            <numerusform>Stopped: %n addresses were not asked. The rows so far can be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
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
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>Delete the %n selected test(s) from the history?</source>
        <translation>
            <numerusform>Delete the %n selected test from the history?</numerusform>
            <numerusform>Delete the %n selected tests from the history?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Finished: it partly worked; %n recipient(s) refused. See the summary.</source>
        <translation>
            <numerusform>Finished: it partly worked; %n recipient refused. See the summary.</numerusform>
            <numerusform>Finished: it partly worked; %n recipients refused. See the summary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpWizard</name>
    <message numerus="yes">
        <source>%n finding(s); select one on the left to read its explanation.</source>
        <translation>
            <numerusform>%n finding; select it on the left to read its explanation.</numerusform>
            <numerusform>%n findings; select one on the left to read its explanation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explained from %1: %n finding(s); select one on the left to read it.</source>
        <translation>
            <numerusform>Explained from %1: %n finding; select it on the left to read it.</numerusform>
            <numerusform>Explained from %1: %n findings; select one on the left to read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>(%n character(s) in all; Copy and the report have the whole line)</source>
        <translation>
            <numerusform>(%n character in all; Copy and the report have the whole line)</numerusform>
            <numerusform>(%n characters in all; Copy and the report have the whole line)</numerusform>
        </translation>
    </message>
</context>
</TS>
