<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
