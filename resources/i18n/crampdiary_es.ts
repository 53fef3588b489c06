<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>BodyPicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="218"/>
        <source>Where was the cramp?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrampDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="213"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="215"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="216"/>
        <source>0 mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="216"/>
        <source>10 worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="217"/>
        <source>Severity from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="218"/>
        <source>How bad (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="222"/>
        <source>e.g. 45s, 3m, 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="223"/>
        <source>How long it lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="224"/>
        <source>How long the cramp lasted: 45s, 3m, 1h30m or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="225"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="226"/>
        <source>It woke me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="227"/>
        <source>The cramp woke me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="231"/>
        <source>What did you try?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="236"/>
        <source>Relief: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="241"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="243"/>
        <source>0 – did not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="243"/>
        <source>10 – it went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="245"/>
        <source>How well the relief worked, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="246"/>
        <source>How well it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="250"/>
        <source>Warning signs (red flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="257"/>
        <source>Red flag: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="269"/>
        <source>If any of these apply, seek medical care now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="277"/>
        <source>What you were doing, if it seems relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="278"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="279"/>
        <source>Possible trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="282"/>
        <source>Anything else worth remembering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="283"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="286"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryController</name>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py" line="31"/>
        <source>Add {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py" line="48"/>
        <source>Edit {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py" line="65"/>
        <source>Delete {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="340"/>
        <source>Generic or brand name, e.g. tizanidine or Zanaflex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="341"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="347"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="354"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="361"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="358"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="363"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="366"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="363"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="364"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="367"/>
        <source>With food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="368"/>
        <source>Without food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="369"/>
        <source>Taken with food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="370"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="374"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="375"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="69"/>
        <source>Edit {kind} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="77"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="91"/>
        <source>Save the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="92"/>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="165"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="86"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="48"/>
        <source>Welcome to Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="58"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="66"/>
        <source>I understand that Cramp Diary informs and does not replace medical care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="68"/>
        <source>I accept the disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="72"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="74"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="87"/>
        <source>Your medicines (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="90"/>
        <source>Add the medicines you take for cramps or spasms, and any others you want the diary to consider. Brand names work too. Each one gets a one-click button on the Today page. You can change this later under Medicines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="98"/>
        <source>Medicine, e.g. tizanidine or Zanaflex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="99"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="106"/>
        <source>usual mg (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="108"/>
        <source>Usual dose in mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="109"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="110"/>
        <source>Add it to my medicines (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="122"/>
        <source>Medicines added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="126"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py" line="159"/>
        <source>  (not in the catalog: no drug rules)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagRow</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="97"/>
        <source>{n} times in 7 days · latest {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="105"/>
        <source>Click to read the full message and its source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="125"/>
        <source>What the diary noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="146"/>
        <source>When: {when}   ·   Source: {src}   ·   Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="157"/>
        <source>Cramp Diary informs; it does not prescribe. Talk to your prescriber before changing how you take a medicine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="217"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="220"/>
        <source>Show only this kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="221"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="223"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="224"/>
        <source>Limit to a date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="228"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="231"/>
        <source>Search notes, medicines, muscles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="233"/>
        <source>Search the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="245"/>
        <source>Diary entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="258"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="259"/>
        <source>Edit the selected entry (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="260"/>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="262"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="263"/>
        <source>Delete the selected entry (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="264"/>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="270"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="275"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py" line="339"/>
        <source>{n}{more} entries shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="87"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="91"/>
        <source>Which days to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="95"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="106"/>
        <source>Findings: one question about your diary each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="116"/>
        <source>The answer, with its numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="119"/>
        <location filename="../../src/crampdiary/ui/insights.py" line="236"/>
        <source>Choose a finding on the left to see its chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="131"/>
        <source>These are patterns in your own diary: what went together, not proof of what causes what. A 'clear' pattern is unlikely to be chance after allowing for the number of questions asked. Talk to your doctor or prescriber before changing any treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="199"/>
        <source>Working out the findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="230"/>
        <source>No entries in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="232"/>
        <source>{days} days, {n} findings, {c} clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="249"/>
        <source>Could not work out the insights: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="256"/>
        <source>Needs more data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="258"/>
        <source>Clear pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="259"/>
        <source>Could be chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="276"/>
        <source>n = {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="278"/>
        <source>rate ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="278"/>
        <source>Spearman rho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="279"/>
        <source>difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="282"/>
        <source>95% interval {a:.2f} to {b:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py" line="300"/>
        <source>Drawing the chart…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="164"/>
        <source>The most recent good backup is {name}. Restoring it replaces the damaged file (which is kept as a copy). Entries made after that backup would have to be logged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="167"/>
        <source>Restore that backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="169"/>
        <source>No good backup was found in {f}. You can start Cramp Diary with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="172"/>
        <source>Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="175"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="176"/>
        <location filename="../../src/crampdiary/ui/main_window.py" line="533"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="177"/>
        <location filename="../../src/crampdiary/ui/main_window.py" line="49"/>
        <location filename="../../src/crampdiary/ui/main_window.py" line="526"/>
        <source>Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="188"/>
        <source>The backup could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py" line="194"/>
        <location filename="../../src/crampdiary/ui/app.py" line="154"/>
        <source>The diary could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="63"/>
        <source>Opening your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="111"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="120"/>
        <source>{v} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="140"/>
        <source>Ready. Press C to log a cramp, D for a dose, W for water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="165"/>
        <source>&amp;Report for my doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="166"/>
        <source>Make a PDF report to take to an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="167"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="168"/>
        <source>Save the diary as CSV, JSON or FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="169"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="170"/>
        <source>Add entries from a CSV folder or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="172"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="173"/>
        <source>Save a copy of the diary in the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="174"/>
        <source>Res&amp;tore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="175"/>
        <source>Replace the diary with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="177"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="183"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="184"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="186"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="194"/>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="195"/>
        <source>&amp;Cramp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="196"/>
        <source>&amp;Dose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="198"/>
        <location filename="../../src/crampdiary/ui/main_window.py" line="342"/>
        <source>&amp;Water {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="200"/>
        <location filename="../../src/crampdiary/ui/main_window.py" line="343"/>
        <source>Water {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="202"/>
        <source>Other &amp;drink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="204"/>
        <source>&amp;Stretching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="205"/>
        <source>Blood &amp;pressure and pulse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="207"/>
        <source>Other s&amp;ymptom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="209"/>
        <source>My &amp;medicines (usual dose, now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="213"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="218"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="219"/>
        <source>&amp;Red flags: when to seek care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="221"/>
        <location filename="../../src/crampdiary/ui/main_window.py" line="324"/>
        <source>What Cramp Diary is (and is not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="223"/>
        <source>&amp;About Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="236"/>
        <source>Log the usual dose of {m} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="263"/>
        <source>Insights are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="292"/>
        <source>This entry raised a flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="313"/>
        <source>Red flags: seek care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="316"/>
        <source>Red flags: when to seek care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="317"/>
        <source>Seek medical care now (doctor, urgent care or emergency services) if you notice any of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="331"/>
        <source>About Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="332"/>
        <source>Cramp Diary {v}: a private diary for muscle cramps, spasms and the medicines that go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="334"/>
        <source>Your data stays on this computer: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="354"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="355"/>
        <source>Reports are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="370"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="376"/>
        <source>The file could not be written or read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="387"/>
        <source>CSV (a folder of spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="387"/>
        <source>JSON (one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="388"/>
        <source>FHIR R4 bundle (one JSON file, for health records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="389"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="389"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="394"/>
        <source>Export to which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="396"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="418"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="419"/>
        <source>{n} entries exported to {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="421"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="422"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="429"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="429"/>
        <source>What do you want to import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="430"/>
        <source>A JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="430"/>
        <source>A CSV folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="432"/>
        <source>Import a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="435"/>
        <source>Import a CSV folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="456"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="457"/>
        <source>{a} entries added, {s} already present and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="460"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="461"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="469"/>
        <source>Backup saved: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="470"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="471"/>
        <source>A copy of your diary was saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="473"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="475"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="484"/>
        <source>Restore which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="486"/>
        <source>Diary backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="489"/>
        <location filename="../../src/crampdiary/ui/main_window.py" line="491"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="490"/>
        <source>Replace the current diary with this backup? The current diary is kept as a copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="491"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="509"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="509"/>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="510"/>
        <source>The replaced diary was kept as {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="528"/>
        <source>Open Cramp Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="529"/>
        <source>Log a cramp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="531"/>
        <source>Log a glass of water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="553"/>
        <source>{what}. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="588"/>
        <source>Cramp Diary is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py" line="589"/>
        <source>Reminders keep coming. Quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="80"/>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="81"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="87"/>
        <source>Generic or brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="88"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="105"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="106"/>
        <source>Usual amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="110"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="113"/>
        <source>Usual dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="117"/>
        <location filename="../../src/crampdiary/ui/medicines.py" line="123"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="120"/>
        <location filename="../../src/crampdiary/ui/medicines.py" line="121"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="124"/>
        <source>With food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="125"/>
        <source>Without food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="126"/>
        <source>Usually taken with food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="127"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="129"/>
        <source>Times of day for reminders, e.g. 08:00; 14:00; 20:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="130"/>
        <source>Schedule: times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="131"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="133"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="135"/>
        <source>Stopped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="137"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="138"/>
        <source>Stop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="156"/>
        <location filename="../../src/crampdiary/ui/medicines.py" line="157"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="178"/>
        <source>Not in the catalog: it is kept as typed, with no drug rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="181"/>
        <source>Recognised as {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="183"/>
        <source>In the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="239"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="243"/>
        <source>Stopping {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="59"/>
        <source>Talk to your prescriber before stopping {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="60"/>
        <source>After regular use, stopping {d} suddenly can cause withdrawal effects, such as a rise in blood pressure, a fast heartbeat or stiffness coming back stronger. Its label says the dose should be lowered gradually (tapered) under medical guidance.

Please do not stop on your own: contact the prescriber first. If you have already stopped and feel unwell (pounding heart, very high blood pressure, severe stiffness, confusion), seek medical care now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="280"/>
        <source>Stopping suddenly after regular use can cause withdrawal effects; talk to your prescriber before stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="268"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; is not in the catalog, so no drug rules apply to it. Its doses are still kept in the diary and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="283"/>
        <source>Can go with cramps: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="276"/>
        <source>The label says: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="286"/>
        <source>Not to be used for leg cramps (safety warning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="278"/>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="303"/>
        <source>Your medicines. Their usual dose becomes a one-click button on Today; schedule times drive the optional reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="314"/>
        <source>My medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="330"/>
        <source>What the catalog says about the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="334"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="335"/>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="337"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="338"/>
        <source>Edit the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="340"/>
        <source>Mark as stopped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="341"/>
        <source>Mark the selected medicine as stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="342"/>
        <source>Record that you no longer take it (talk to your prescriber before stopping a medicine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="345"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="346"/>
        <source>Remove the selected medicine from my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="363"/>
        <source>with food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="363"/>
        <source>without food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="380"/>
        <source>Select a medicine to see what its label says about timing, limits and stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="412"/>
        <source>Stopping {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="413"/>
        <source>Record it as stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="413"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="427"/>
        <source>Remove {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="428"/>
        <source>Remove {d} from your list? Doses already logged stay in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="430"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py" line="430"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextDoseCard</name>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="206"/>
        <source>Next dose of {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="221"/>
        <source>No dose on record in the last days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="222"/>
        <source>No timing limit applies right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="224"/>
        <source>Last dose: {t}{amt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="228"/>
        <source>Next dose time: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="230"/>
        <source>Earliest next dose by the label: {t}
in {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="234"/>
        <source>Another dose now would be within the label's timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="237"/>
        <source>{n} of {m} doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="239"/>
        <source>{n} doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="242"/>
        <source>{t} of {m} mg ({left} mg left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="245"/>
        <source>{t} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="246"/>
        <source>In the last 24 hours: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="288"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="288"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="185"/>
        <source>Red-flag symptoms logged: seek medical care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="197"/>
        <source>What this means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="198"/>
        <source>Read what the red-flag symptoms mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="201"/>
        <source>Red-flag warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py" line="206"/>
        <source>On {when} you logged: {what}. These can be signs of a serious problem (for example nerve compression or muscle breakdown). Contact a doctor, urgent care or emergency services now; do not wait for the next appointment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="70"/>
        <source>Report for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="79"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="82"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="82"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="83"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="83"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="84"/>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="86"/>
        <source>Report period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="87"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="91"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="91"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="95"/>
        <source>Report period: {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="100"/>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="104"/>
        <source>One-page summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="104"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="105"/>
        <source>Full log (tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="106"/>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="134"/>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="114"/>
        <source>The red flags and the disclaimer are always included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="119"/>
        <source>Name on every page (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="123"/>
        <source>e.g. your name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="124"/>
        <source>Name on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="131"/>
        <source>Questions for my doctor (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="136"/>
        <source>e.g. Could one of my medicines go with the cramps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="141"/>
        <source>Kept for next time; printed in the report with space to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="149"/>
        <source>Preview of the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="151"/>
        <source>Preview of the report's first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="158"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="166"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="167"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="168"/>
        <source>Write the report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="169"/>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="369"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="269"/>
        <source>The preview could not be made: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="332"/>
        <source>An unexpected error stopped the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="333"/>
        <source>The report was not made: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="341"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="342"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="355"/>
        <source>Saved to {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="386"/>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="394"/>
        <source>The printer did not accept the report ({e}); it opens in your PDF viewer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="397"/>
        <source>Sent to the printer {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="400"/>
        <source>The report opened in your PDF viewer; print it from there. File: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py" line="403"/>
        <source>No PDF viewer could be opened. The report is at {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="38"/>
        <source>Units and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="41"/>
        <source>Millilitres (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="42"/>
        <source>US fluid ounces (fl oz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="44"/>
        <source>Units for drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="46"/>
        <source>Drinks in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="48"/>
        <source>Daily water goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="51"/>
        <source>Water goal a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="54"/>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="71"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="56"/>
        <source>Daily stretching goal in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="57"/>
        <source>Stretching goal a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="60"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="62"/>
        <source>Remind me when a scheduled dose is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="64"/>
        <source>Uses the schedule times of your medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="66"/>
        <source>Remind me to drink water every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="73"/>
        <source>Minutes between water reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="79"/>
        <source>Water reminders come only between 08:00 and 22:00, and never sooner than the interval after your last drink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="84"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="89"/>
        <source>This desktop has no system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="93"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="95"/>
        <source>Your diary is stored only on this computer, in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="102"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="103"/>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="105"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="106"/>
        <source>Make a backup of the diary now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="167"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="168"/>
        <source>The backup could not be written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="170"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py" line="171"/>
        <source>A copy of your diary was saved as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="236"/>
        <source>Side of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="240"/>
        <source>Side: {s}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="451"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="453"/>
        <source>Minutes of stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="454"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="456"/>
        <source>e.g. calf stretch against the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="457"/>
        <source>What kind of stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="458"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="525"/>
        <source>e.g. drowsiness, dizziness, dry mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="526"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="527"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="528"/>
        <source>0 mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="528"/>
        <source>10 worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="529"/>
        <source>Severity from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="530"/>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="534"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="535"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="326"/>
        <source>Log now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="329"/>
        <source>Cramp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="329"/>
        <source>Log a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="331"/>
        <source>Dose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="331"/>
        <source>Log a dose of any medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="333"/>
        <source>Stretching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="333"/>
        <source>Log stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="339"/>
        <source>My medicines, one click logs the usual dose now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="344"/>
        <source>Water:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="347"/>
        <source>Log a glass of water now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="349"/>
        <source>Log a large glass of water now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="351"/>
        <source>Other drink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="352"/>
        <source>Log another amount or another drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="358"/>
        <source>Blood pressure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="358"/>
        <source>Log blood pressure and pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="360"/>
        <source>Other symptom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="360"/>
        <source>Log another symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="370"/>
        <source>Cramps today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="371"/>
        <source>Water today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="372"/>
        <source>Stretching today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="373"/>
        <source>Doses today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="382"/>
        <source>Next dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="384"/>
        <source>Add a medicine with timing limits (such as tizanidine) under Medicines to see when the next dose is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="390"/>
        <location filename="../../src/crampdiary/ui/today.py" line="547"/>
        <source>Worth knowing (last 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="392"/>
        <source>Nothing to flag in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="413"/>
        <source>Shortcut: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="448"/>
        <source>with food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="448"/>
        <source>no food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="449"/>
        <source>{n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="451"/>
        <source>Log {name} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="480"/>
        <source>worst {w}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="481"/>
        <location filename="../../src/crampdiary/ui/today.py" line="493"/>
        <source>none so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="484"/>
        <source>goal {g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="487"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="488"/>
        <source>goal {g} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py" line="544"/>
        <source>Worth knowing (last 7 days, 10 of {n} kinds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="493"/>
        <source>Systolic (upper) blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="494"/>
        <source>Diastolic (lower) blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="495"/>
        <source>Pulse in beats per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="498"/>
        <source> /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="499"/>
        <source>Systolic (upper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="500"/>
        <source>Diastolic (lower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="501"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="502"/>
        <source>Leave a box at “—” if you did not measure it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaterDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="427"/>
        <source>Amount in {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="428"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="429"/>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py" line="430"/>
        <source>Drink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenPicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="121"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="122"/>
        <source>When it happened. Change it to log something from earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="127"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="128"/>
        <source>Set the time to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="132"/>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="133"/>
        <source>{n} minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py" line="134"/>
        <source>Set the time to {n} minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument {option}: invalid choice: {value} (choose from {choices})</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: expected at least one argument</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: ignored explicit argument {value}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: invalid {type} value: {value}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: not allowed with argument {other}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: {reason}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options: the following arguments are required: {names}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options: unrecognized arguments: {names}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options: ambiguous option: {option} could match {matches}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options: one of the arguments {names} is required</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="308"/>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="531"/>
        <source>crampdiary: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="507"/>
        <location filename="../../src/crampdiary/cli.py" line="520"/>
        <source>crampdiary: refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="540"/>
        <source>crampdiary: unexpected error ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="543"/>
        <source>Details were saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="48"/>
        <source>when (ISO 8601; default now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="86"/>
        <source>data folder (default: per-user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="89"/>
        <source>open the window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="91"/>
        <source>log an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="96"/>
        <source>list entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="102"/>
        <source>change an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="106"/>
        <source>delete an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="109"/>
        <source>flags of the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="114"/>
        <source>when the next dose would raise no timing flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="119"/>
        <source>write the PDF report for your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="125"/>
        <source>export the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="131"/>
        <source>import a csv folder or json file written by export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="134"/>
        <source>make a backup copy of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="137"/>
        <source>replace the diary with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="140"/>
        <source>fill an empty diary with realistic sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="144"/>
        <source>what goes with what, with honest statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="53"/>
        <source>45s, 3m, 1h30m or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="54"/>
        <source>woke me from sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py" line="148"/>
        <source>add Cramp Diary to this user's application menu, with its icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py" line="150"/>
        <source>remove the menu entry and icon that desktop-install wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_i18n.py" line="35"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="221"/>
        <source>is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="258"/>
        <source>give at least one field to change, e.g. --severity 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="419"/>
        <source>must be from 1 to 7320</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="263"/>
        <location filename="../../src/crampdiary/cli.py" line="287"/>
        <source>there is no entry {entry_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="272"/>
        <source>is not a field of a {kind} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py" line="196"/>
        <source>contains bytes that are not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="27"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="29"/>
        <source>is {n} characters long; at most {MAX_TEXT} are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="31"/>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="56"/>
        <source>unknown {what} {v}; choose from {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="62"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="68"/>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="70"/>
        <location filename="../../src/crampdiary/core/medicines.py" line="51"/>
        <source>must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="103"/>
        <location filename="../../src/crampdiary/core/inputs.py" line="109"/>
        <source>must be a whole number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="296"/>
        <location filename="../../src/crampdiary/core/inputs.py" line="302"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="384"/>
        <source>unknown kind {kind}; choose from {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="45"/>
        <source>unknown {what} {raw}; choose from {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="95"/>
        <source>is more than 24 hours in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="97"/>
        <source>is too far in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="133"/>
        <location filename="../../src/crampdiary/core/inputs.py" line="212"/>
        <location filename="../../src/crampdiary/core/inputs.py" line="351"/>
        <location filename="../../src/crampdiary/core/medicines.py" line="34"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="155"/>
        <source>is not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="215"/>
        <source>must be a medicine name of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="223"/>
        <source>is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="262"/>
        <source>is more than 10 litres in one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="283"/>
        <source>is more than 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="333"/>
        <source>blood pressure needs both systolic and diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="335"/>
        <source>must be lower than systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="337"/>
        <source>give a blood pressure (systolic and diastolic) or a pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py" line="158"/>
        <source>must be a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py" line="36"/>
        <source>is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py" line="79"/>
        <source>is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="602"/>
        <source>Muscle cramp diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="265"/>
        <source>Muscle cramp diary: summary for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="340"/>
        <source>Medicines in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="363"/>
        <source>Flags raised in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="396"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="430"/>
        <source>Full log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="525"/>
        <source>Questions for my doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="542"/>
        <source>Red flags: when to seek medical care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="554"/>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="603"/>
        <source>Period: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="531"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py" line="196"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
