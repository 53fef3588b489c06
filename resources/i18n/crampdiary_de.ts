<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Cramp Diary (locked)</source>
        <translation>Krampf-Tagebuch (gesperrt)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Type the passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Diese Passphrase stimmt nicht. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>BodyPicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Where was the cramp?</source>
        <translation>Wo war der Krampf?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Head and arms</source>
        <translation>Kopf und Arme</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Shoulder</source>
        <translation>Schulter</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Trunk</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Front of thigh</source>
        <translation>Oberschenkel vorne</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Back of thigh</source>
        <translation>Oberschenkel hinten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Lower leg</source>
        <translation>Unterschenkel</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Toes</source>
        <translation>Zehen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Choose what to import</source>
        <translation>Wählen Sie, was Sie importieren möchten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>A Cramp Diary export (a CSV folder or a JSON file), or an export of Bearable, medTimer, Apple Health or Health Connect.</source>
        <translation>Ein Export des Krampf-Tagebuchs (ein CSV-Ordner oder eine JSON-Datei) oder ein Export von Bearable, medTimer, Apple Health oder Health Connect.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>File or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Choose a folder…</source>
        <translation>Ordner auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Import a CSV folder</source>
        <translation>Einen CSV-Ordner importieren</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Not recognised: {why}</source>
        <translation>Nicht erkannt: {why}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Recognised: an export of {app}.</source>
        <translation>Erkannt: ein Export von {app}.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Cramp Diary is locked</source>
        <translation>Das Krampf-Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Your diary is encrypted. Type its passphrase (or the recovery key) to open it.</source>
        <translation>Ihr Tagebuch ist verschlüsselt. Geben Sie seine Passphrase (oder den Wiederherstellungsschlüssel) ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>What you were typing here is kept; it comes back when the diary is unlocked.</source>
        <translation>Was Sie hier gerade eingegeben haben, bleibt erhalten; es erscheint wieder, wenn das Tagebuch entsperrt ist.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Checking the passphrase…</source>
        <translation>Die Passphrase wird geprüft…</translation>
    </message>
</context>
<context>
    <name>CrampDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>0 mild</source>
        <translation>0 leicht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>10 worst</source>
        <translation>10 am stärksten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Severity from 0 to 10</source>
        <translation>Stärke von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How bad (0 to 10)</source>
        <translation>Wie stark (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>e.g. 45s, 3m, 1h30m</source>
        <translation>z. B. 45s, 3m, 1h30m</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How long it lasted</source>
        <translation>Wie lange er dauerte</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How long the cramp lasted: 45s, 3m, 1h30m or seconds</source>
        <translation>Wie lange der Krampf dauerte: 45s, 3m, 1h30m oder Sekunden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>It woke me up</source>
        <translation>Er hat mich geweckt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>The cramp woke me up</source>
        <translation>Der Krampf hat mich geweckt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>What did you try?</source>
        <translation>Was haben Sie versucht?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Relief: {r}</source>
        <translation>Linderung: {r}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>0 – did not help</source>
        <translation>0 – hat nicht geholfen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>10 – it went away</source>
        <translation>10 – er ging weg</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How well the relief worked, 0 to 10</source>
        <translation>Wie gut die Linderung wirkte, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How well it worked</source>
        <translation>Wie gut es half</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Warning signs (red flags)</source>
        <translation>Warnzeichen (Alarmsymptome)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Red flag: {f}</source>
        <translation>Alarmsymptom: {f}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>If any of these apply, seek medical care now.</source>
        <translation>Wenn eines davon zutrifft, suchen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>What you were doing, if it seems relevant</source>
        <translation>Was Sie gerade taten, falls es wichtig scheint</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Possible trigger</source>
        <translation>Möglicher Auslöser</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Anything else worth remembering</source>
        <translation>Was sonst noch wichtig ist</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Walking it off</source>
        <translation>Herumgehen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Drinking water</source>
        <translation>Wasser trinken</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Electrolyte drink</source>
        <translation>Elektrolytgetränk</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Nothing helped / nothing tried</source>
        <translation>Nichts half / nichts versucht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>New muscle weakness</source>
        <translation>Neue Muskelschwäche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>A limb that suddenly gets weak, or stays weak after the cramp has passed.</source>
        <translation>Ein Arm oder Bein wird plötzlich schwach oder bleibt schwach, nachdem der Krampf vorbei ist.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Bladder or bowel changes</source>
        <translation>Veränderungen bei Blase oder Darm</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Trouble passing urine, leaking urine or stool, or not feeling when the bladder is full.</source>
        <translation>Probleme beim Wasserlassen, unwillkürlicher Abgang von Urin oder Stuhl, oder kein Gefühl dafür, wann die Blase voll ist.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Numbness around the groin or buttocks</source>
        <translation>Taubheit im Schritt oder am Gesäß</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Numbness or tingling in the 'saddle' area: between the legs, around the back passage or genitals.</source>
        <translation>Taubheit oder Kribbeln im „Reithosen“-Bereich: zwischen den Beinen, um den After oder die Geschlechtsteile.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Back pain with leg weakness</source>
        <translation>Rückenschmerzen mit Beinschwäche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Back pain together with weakness, numbness or pain in one or both legs.</source>
        <translation>Rückenschmerzen zusammen mit Schwäche, Taubheit oder Schmerzen in einem oder beiden Beinen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Sudden severe stiffness</source>
        <translation>Plötzliche starke Steifigkeit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Stiffness or spasms that suddenly get much worse than usual.</source>
        <translation>Steifigkeit oder Spasmen, die plötzlich viel stärker als sonst werden.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Dark urine after cramps</source>
        <translation>Dunkler Urin nach Krämpfen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Urine the colour of tea or cola, especially with muscle pain or weakness.</source>
        <translation>Urin in der Farbe von Tee oder Cola, besonders mit Muskelschmerzen oder Schwäche.</translation>
    </message>
</context>
<context>
    <name>DiaryController</name>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>The entries were replaced or added to; the undo history was cleared.</source>
        <translation>Die Einträge wurden ersetzt oder ergänzt; der Verlauf zum Rückgängigmachen wurde geleert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>The diary was changed by another program; the undo history was cleared.</source>
        <translation>Das Tagebuch wurde von einem anderen Programm geändert; der Verlauf zum Rückgängigmachen wurde geleert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Add {kind}</source>
        <translation>{kind} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Edit {kind}</source>
        <translation>{kind} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Delete {kind}</source>
        <translation>{kind} löschen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Switching to {name}…</source>
        <translation>Wechsel zu {name}…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>The entry was changed elsewhere, so this step could not be undone; the undo history was cleared.</source>
        <translation>Der Eintrag wurde anderswo geändert, deshalb ließ sich dieser Schritt nicht rückgängig machen; der Verlauf zum Rückgängigmachen wurde geleert.</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>this medicine</source>
        <translation>dieses Medikament</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>{a} {u} of {d} is far more than one dose.</source>
        <translation>{a} {u} {d} ist weit mehr als eine Dosis.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Did you mean {s} {u}?</source>
        <translation>Meinten Sie {s} {u}?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>The label's limit for one dose is {m} mg.</source>
        <translation>Laut Packungsbeilage liegt die Grenze für eine Einzeldosis bei {m} mg.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Please check the amount and the unit.</source>
        <translation>Bitte prüfen Sie die Menge und die Einheit.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Save {s} {u}</source>
        <translation>{s} {u} speichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Save {a} {u} as typed</source>
        <translation>{a} {u} wie eingegeben speichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Go back and check</source>
        <translation>Zurück und prüfen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Check the amount</source>
        <translation>Menge prüfen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Generic or brand name, e.g. tizanidine or Zanaflex</source>
        <translation>Wirkstoff oder Handelsname, z. B. Tizanidin oder Zanaflex</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Not recorded</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Form</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>With food</source>
        <translation>Mit dem Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Without food</source>
        <translation>Ohne Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Taken with food</source>
        <translation>Mit dem Essen eingenommen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Food</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Edit {kind} #{id}</source>
        <translation>{kind} Nr. {id} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Saving the entry</source>
        <translation>Der Eintrag wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Save the entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Cancel, save nothing</source>
        <translation>Abbrechen, nichts speichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Discard this entry?</source>
        <translation>Diesen Eintrag verwerfen?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>You filled in this form. Close it without saving?</source>
        <translation>Sie haben dieses Formular ausgefüllt. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>This entry is no longer in the diary.</source>
        <translation>Dieser Eintrag ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log a cramp</source>
        <translation>Einen Krampf erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log a dose</source>
        <translation>Eine Dosis erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log a drink</source>
        <translation>Ein Getränk erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log stretching</source>
        <translation>Dehnen erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log blood pressure and pulse</source>
        <translation>Blutdruck und Puls erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log a symptom</source>
        <translation>Eine Beschwerde erfassen</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Welcome to Cramp Diary</source>
        <translation>Willkommen beim Krampf-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>I understand that Cramp Diary informs and does not replace medical care</source>
        <translation>Ich verstehe, dass das Krampf-Tagebuch informiert und keine ärztliche Behandlung ersetzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>I accept the disclaimer</source>
        <translation>Ich akzeptiere den Haftungshinweis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Your medicines (optional)</source>
        <translation>Ihre Medikamente (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Add the medicines you take for cramps or spasms, and any others you want the diary to consider. Brand names work too. Each one gets a one-click button on the Today page. You can change this later under Medicines.</source>
        <translation>Tragen Sie die Medikamente ein, die Sie gegen Krämpfe oder Spastik nehmen, und alle anderen, die das Tagebuch berücksichtigen soll. Handelsnamen funktionieren auch. Jedes bekommt auf der Seite „Heute“ eine Schaltfläche für einen Klick. Sie können das später unter „Medikamente“ ändern.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Medicine, e.g. tizanidine or Zanaflex</source>
        <translation>Medikament, z. B. Tizanidin oder Zanaflex</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>usual mg (optional)</source>
        <translation>übliche mg (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Usual dose in mg</source>
        <translation>Übliche Dosis in mg</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Add it to my medicines (Enter)</source>
        <translation>Zu meinen Medikamenten hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Medicines added</source>
        <translation>Hinzugefügte Medikamente</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>  (not in the catalog: no drug rules)</source>
        <translation>  (nicht im Katalog: keine Arzneimittelregeln)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>&lt;p&gt;Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and points out things worth discussing with your doctor, such as doses closer together than a label allows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It informs; it does not prescribe.&lt;/b&gt; It is not a medical device and not a substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or change a medicine: talk to your prescriber about that.&lt;/p&gt;&lt;p&gt;It can only judge what you log, and it can be wrong or incomplete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Red flags: seek care now&lt;/b&gt; if you have new weakness in a limb, trouble passing urine or controlling your bladder or bowels, numbness between the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, or dark (tea- or cola-coloured) urine after cramps.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer. Cramp Diary makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Krampf-Tagebuch hilft Ihnen, Krämpfe, Spastik und Ihre Medikamente festzuhalten, und weist auf Dinge hin, die Sie mit Ihrer Ärztin oder Ihrem Arzt besprechen sollten, etwa Dosen, die näher beieinander liegen, als die Packungsbeilage erlaubt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Es informiert; es verordnet nichts.&lt;/b&gt; Es ist kein Medizinprodukt und kein Ersatz für Ärztin, Arzt, Pflegekraft oder Apotheke. Es sagt Ihnen nie, ein Medikament zu beginnen, abzusetzen oder anders zu nehmen: Besprechen Sie das mit der verordnenden Ärztin oder dem verordnenden Arzt.&lt;/p&gt;&lt;p&gt;Es kann nur beurteilen, was Sie erfassen, und es kann sich irren oder unvollständig sein.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alarmsymptome: suchen Sie jetzt ärztliche Hilfe&lt;/b&gt;, wenn Sie eine neue Schwäche in Arm oder Bein haben, Probleme beim Wasserlassen oder bei der Kontrolle von Blase oder Darm, Taubheit zwischen den Beinen oder am Gesäß, Rückenschmerzen mit Beinschwäche, plötzliche starke Steifigkeit oder dunklen (tee- oder colafarbenen) Urin nach Krämpfen.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer. Das Krampf-Tagebuch baut keine Netzwerkverbindungen auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and points out things worth discussing with your doctor, such as doses closer together than a label allows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It informs; it does not prescribe.&lt;/b&gt; It is not a medical device and not a substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or change a medicine: talk to your prescriber about that.&lt;/p&gt;&lt;p&gt;It can only judge what you log, and it can be wrong or incomplete.&lt;/p&gt;&lt;p style='color:#c62828'&gt;&lt;b&gt;Red flags: seek care now&lt;/b&gt; if you have new weakness in a limb, trouble passing urine or controlling your bladder or bowels, numbness between the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, or dark (tea- or cola-coloured) urine after cramps.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer. Cramp Diary makes no network connections.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Das Krampf-Tagebuch hilft Ihnen, Krämpfe, Spastik und Ihre Medikamente festzuhalten, und weist auf Dinge hin, die Sie mit Ihrer Ärztin oder Ihrem Arzt besprechen sollten, etwa Dosen, die näher beieinander liegen, als die Packungsbeilage erlaubt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Es informiert; es verordnet nichts.&lt;/b&gt; Es ist kein Medizinprodukt und kein Ersatz für Ärztin, Arzt, Pflegekraft oder Apotheke. Es sagt Ihnen nie, ein Medikament zu beginnen, abzusetzen oder anders zu nehmen: Besprechen Sie das mit der verordnenden Ärztin oder dem verordnenden Arzt.&lt;/p&gt;&lt;p&gt;Es kann nur beurteilen, was Sie erfassen, und es kann sich irren oder unvollständig sein.&lt;/p&gt;&lt;p style='color:#c62828'&gt;&lt;b&gt;Alarmsymptome: suchen Sie jetzt Hilfe&lt;/b&gt;, wenn Sie eine neue Schwäche in Arm oder Bein haben, Probleme beim Wasserlassen oder bei der Kontrolle von Blase oder Darm, Taubheit zwischen den Beinen oder am Gesäß, Rückenschmerzen mit Beinschwäche, plötzliche starke Steifigkeit oder dunklen (tee- oder colafarbenen) Urin nach Krämpfen.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer. Das Krampf-Tagebuch baut keine Netzwerkverbindungen auf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FlagRow</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Severity: {s}</source>
        <translation>Stufe: {s}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>{n} times in 7 days · latest {when}</source>
        <translation>{n}-mal in 7 Tagen · zuletzt {when}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>since {first} · latest {when}</source>
        <translation>seit {first} · zuletzt {when}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Click to read the full message and its source</source>
        <translation>Klicken, um die ganze Meldung und ihre Quelle zu lesen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>What the diary noticed</source>
        <translation>Was dem Tagebuch aufgefallen ist</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>When: {when}   ·   Source: {src}   ·   Rule: {rule}</source>
        <translation>Wann: {when}   ·   Quelle: {src}   ·   Regel: {rule}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Cramp Diary informs; it does not prescribe. Talk to your prescriber before changing how you take a medicine.</source>
        <translation>Das Krampf-Tagebuch informiert; es verordnet nichts. Sprechen Sie mit der verordnenden Ärztin oder dem verordnenden Arzt, bevor Sie die Einnahme eines Medikaments ändern.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Undo this entry</source>
        <translation>Diesen Eintrag rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Undo the entry that raised this flag</source>
        <translation>Den Eintrag rückgängig machen, der diesen Hinweis ausgelöst hat</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Take the entry back, as Ctrl+Z would</source>
        <translation>Den Eintrag zurücknehmen, wie es Strg+Z tun würde</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Already changed since</source>
        <translation>Inzwischen schon geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Drink</source>
        <translation>Getränk</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Vitals</source>
        <translation>Vitalwerte</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Show only this kind of entry</source>
        <translation>Nur diese Art von Einträgen zeigen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Limit to a date range</source>
        <translation>Auf einen Zeitraum beschränken</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Search notes, medicines, muscles…</source>
        <translation>Notizen, Medikamente, Muskeln durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Search the diary</source>
        <translation>Das Tagebuch durchsuchen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Diary entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Edit the selected entry (Enter)</source>
        <translation>Ausgewählten Eintrag bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Edit the selected entry</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Delete the selected entry (Delete); Ctrl+Z brings it back</source>
        <translation>Ausgewählten Eintrag löschen (Entf); Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Delete the selected entry</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>{n}{more} entries shown</source>
        <translation>{n}{more} Einträge angezeigt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Drink</source>
        <translation>Getränk</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Vitals</source>
        <translation>Vitalwerte</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>A backup was made first: {p}</source>
        <translation>Vorher wurde eine Sicherung angelegt: {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>The import was refused: {why}
Nothing was written.</source>
        <translation>Der Import wurde abgelehnt: {why}
Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Which days to look at</source>
        <translation>Welche Tage betrachtet werden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Findings: one question about your diary each</source>
        <translation>Auswertungen: je eine Frage an Ihr Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>The answer, with its numbers</source>
        <translation>Die Antwort mit ihren Zahlen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Choose a finding on the left to see its chart.</source>
        <translation>Wählen Sie links eine Auswertung, um ihr Diagramm zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>These are patterns in your own diary: what went together, not proof of what causes what. A 'clear' pattern is unlikely to be chance after allowing for the number of questions asked. Talk to your doctor or prescriber before changing any treatment.</source>
        <translation>Das sind Muster in Ihrem eigenen Tagebuch: was zusammen auftrat, kein Beweis dafür, was was verursacht. Ein „deutliches“ Muster ist kaum Zufall, auch wenn man die Zahl der gestellten Fragen berücksichtigt. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie eine Behandlung ändern.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Working out the findings…</source>
        <translation>Auswertungen werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>No entries in this period yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Einträge.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>{days} days, {n} findings, {c} clear</source>
        <translation>{days} Tage, {n} Auswertungen, {c} deutlich</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Could not work out the insights: {e}</source>
        <translation>Die Auswertungen konnten nicht berechnet werden: {e}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Needs more data</source>
        <translation>Braucht mehr Daten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Clear pattern</source>
        <translation>Deutliches Muster</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Could be chance</source>
        <translation>Könnte Zufall sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>rate ratio</source>
        <translation>Ratenverhältnis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Spearman rho</source>
        <translation>Spearman-Rho</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>95% interval {a:.2f} to {b:.2f}</source>
        <translation>95-%-Intervall {a:.2f} bis {b:.2f}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Drawing the chart…</source>
        <translation>Diagramm wird gezeichnet…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Choose dates…</source>
        <translation>Tage wählen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>The most recent good backup is {name}. Restoring it replaces the damaged file (which is kept as a copy). Entries made after that backup would have to be logged again.</source>
        <translation>Die neueste intakte Sicherung ist {name}. Beim Wiederherstellen wird die beschädigte Datei ersetzt (sie bleibt als Kopie erhalten). Einträge nach dieser Sicherung müssten neu erfasst werden.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>Restore that backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>No good backup was found in {f}. You can start Cramp Diary with another data folder (--data-dir).</source>
        <translation>In {f} wurde keine intakte Sicherung gefunden. Sie können das Krampf-Tagebuch mit einem anderen Datenordner starten (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>Install the newer version to open it.</source>
        <translation>Installieren Sie die neuere Version, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cramp Diary</source>
        <translation>Krampf-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>The backup could not be restored.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>The diary could not be opened.</source>
        <translation>Das Tagebuch konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Opening your diary…</source>
        <translation>Ihr Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>{v} (Ctrl+{n})</source>
        <translation>{v} (Strg+{n})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Ready. Press N to log a cramp now, C for the cramp form, D for a dose, W for water.</source>
        <translation>Bereit. Drücken Sie N, um jetzt einen Krampf zu erfassen, C für das Krampf-Formular, D für eine Dosis, W für Wasser.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Report for my doctor…</source>
        <translation>&amp;Bericht für meine Ärztin/meinen Arzt…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Make a PDF report to take to an appointment</source>
        <translation>Einen PDF-Bericht für einen Arzttermin erstellen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Save the diary as CSV, JSON or FHIR</source>
        <translation>Das Tagebuch als CSV, JSON oder FHIR speichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Add entries from a CSV folder or JSON file</source>
        <translation>Einträge aus einem CSV-Ordner oder einer JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Save a copy of the diary in the backup folder</source>
        <translation>Eine Kopie des Tagebuchs im Sicherungsordner speichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Replace the diary with a backup</source>
        <translation>Das Tagebuch durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cramp &amp;now (one key)</source>
        <translation>Krampf &amp;jetzt (eine Taste)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Log a cramp now with the usual details; add more later</source>
        <translation>Jetzt einen Krampf mit den üblichen Angaben erfassen; mehr können Sie später ergänzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Cramp…</source>
        <translation>&amp;Krampf…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Dose…</source>
        <translation>&amp;Dosis…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Water {a}</source>
        <translation>&amp;Wasser {a}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Water {a}</source>
        <translation>Wasser {a}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Other &amp;drink…</source>
        <translation>Anderes &amp;Getränk…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Stretching…</source>
        <translation>De&amp;hnen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Blood &amp;pressure and pulse…</source>
        <translation>Blutdruck und &amp;Puls…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Other s&amp;ymptom…</source>
        <translation>Andere &amp;Beschwerde…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>My &amp;medicines (usual dose, now)</source>
        <translation>Meine &amp;Medikamente (übliche Dosis, jetzt)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Red flags: when to seek care</source>
        <translation>&amp;Alarmsymptome: wann Sie Hilfe suchen sollten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>What Cramp Diary is (and is not)</source>
        <translation>Was das Krampf-Tagebuch ist (und was nicht)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;About Cramp Diary</source>
        <translation>Ü&amp;ber das Krampf-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Log the usual dose of {m} now</source>
        <translation>Übliche Dosis {m} jetzt erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Insights are not available in this build.</source>
        <translation>Auswertungen sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>This entry raised a flag</source>
        <translation>Dieser Eintrag hat einen Hinweis ausgelöst</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Red flags: seek care now</source>
        <translation>Alarmsymptome: jetzt Hilfe suchen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Red flags: when to seek care now</source>
        <translation>Alarmsymptome: wann Sie jetzt Hilfe suchen sollten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Seek medical care now (doctor, urgent care or emergency services) if you notice any of these:</source>
        <translation>Suchen Sie jetzt ärztliche Hilfe (Praxis, Notdienst oder Rettungsdienst), wenn Sie eines davon bemerken:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>About Cramp Diary</source>
        <translation>Über das Krampf-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cramp Diary {v}: a private diary for muscle cramps, spasms and the medicines that go with them.</source>
        <translation>Krampf-Tagebuch {v}: ein privates Tagebuch für Muskelkrämpfe, Spastik und die Medikamente dazu.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Your data stays on this computer: {p}</source>
        <translation>Ihre Daten bleiben auf diesem Computer: {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Reports are not available in this build.</source>
        <translation>Berichte sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>The file could not be written or read: {e}</source>
        <translation>Die Datei konnte nicht geschrieben oder gelesen werden: {e}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>CSV (a folder of spreadsheets)</source>
        <translation>CSV (ein Ordner mit Tabellen)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>JSON (one file)</source>
        <translation>JSON (eine Datei)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>FHIR R4 bundle (one JSON file, for health records)</source>
        <translation>FHIR-R4-Bundle (eine JSON-Datei, für Gesundheitsakten)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>FHIR R4 bundle for a clinic's system (transaction)</source>
        <translation>FHIR-R4-Bundle für das System einer Praxis oder Klinik (Transaktion)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export to which folder?</source>
        <translation>In welchen Ordner exportieren?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>{n} entries exported to {p}</source>
        <translation>{n} Einträge nach {p} exportiert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>{a} entries added, {s} already present and skipped.</source>
        <translation>{a} Einträge hinzugefügt, {s} schon vorhanden und übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Backup saved: {p}</source>
        <translation>Sicherung gespeichert: {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>A copy of your diary was saved as:</source>
        <translation>Eine Kopie Ihres Tagebuchs wurde gespeichert als:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Restore which backup?</source>
        <translation>Welche Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Diary backups (*.sqlite3);;All files (*)</source>
        <translation>Tagebuch-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Replace the current diary with this backup? The current diary is kept as a copy first.</source>
        <translation>Das aktuelle Tagebuch durch diese Sicherung ersetzen? Das aktuelle Tagebuch wird vorher als Kopie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>The replaced diary was kept as {k}</source>
        <translation>Das ersetzte Tagebuch wurde als {k} aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Open Cramp Diary</source>
        <translation>Krampf-Tagebuch öffnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Log a cramp…</source>
        <translation>Einen Krampf erfassen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Log a glass of water</source>
        <translation>Ein Glas Wasser erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>{what}. Ctrl+Z undoes it.</source>
        <translation>{what}. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cramp Diary is still running</source>
        <translation>Das Krampf-Tagebuch läuft weiter</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Reminders keep coming. Quit from the tray menu.</source>
        <translation>Erinnerungen kommen weiterhin. Beenden Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&lt;p&gt;Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and points out things worth discussing with your doctor, such as doses closer together than a label allows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It informs; it does not prescribe.&lt;/b&gt; It is not a medical device and not a substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or change a medicine: talk to your prescriber about that.&lt;/p&gt;&lt;p&gt;It can only judge what you log, and it can be wrong or incomplete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Red flags: seek care now&lt;/b&gt; if you have new weakness in a limb, trouble passing urine or controlling your bladder or bowels, numbness between the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, or dark (tea- or cola-coloured) urine after cramps.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer. Cramp Diary makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Krampf-Tagebuch hilft Ihnen, Krämpfe, Spastik und Ihre Medikamente festzuhalten, und weist auf Dinge hin, die Sie mit Ihrer Ärztin oder Ihrem Arzt besprechen sollten, etwa Dosen, die näher beieinander liegen, als die Packungsbeilage erlaubt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Es informiert; es verordnet nichts.&lt;/b&gt; Es ist kein Medizinprodukt und kein Ersatz für Ärztin, Arzt, Pflegekraft oder Apotheke. Es sagt Ihnen nie, ein Medikament zu beginnen, abzusetzen oder anders zu nehmen: Besprechen Sie das mit der verordnenden Ärztin oder dem verordnenden Arzt.&lt;/p&gt;&lt;p&gt;Es kann nur beurteilen, was Sie erfassen, und es kann sich irren oder unvollständig sein.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alarmsymptome: suchen Sie jetzt ärztliche Hilfe&lt;/b&gt;, wenn Sie eine neue Schwäche in Arm oder Bein haben, Probleme beim Wasserlassen oder bei der Kontrolle von Blase oder Darm, Taubheit zwischen den Beinen oder am Gesäß, Rückenschmerzen mit Beinschwäche, plötzliche starke Steifigkeit oder dunklen (tee- oder colafarbenen) Urin nach Krämpfen.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer. Das Krampf-Tagebuch baut keine Netzwerkverbindungen auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Ready. Press C to log a cramp, D for a dose, W for water.</source>
        <translation type="vanished">Bereit. Drücken Sie C für einen Krampf, D für eine Dosis, W für Wasser.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and points out things worth discussing with your doctor, such as doses closer together than a label allows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It informs; it does not prescribe.&lt;/b&gt; It is not a medical device and not a substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or change a medicine: talk to your prescriber about that.&lt;/p&gt;&lt;p&gt;It can only judge what you log, and it can be wrong or incomplete.&lt;/p&gt;&lt;p style='color:#c62828'&gt;&lt;b&gt;Red flags: seek care now&lt;/b&gt; if you have new weakness in a limb, trouble passing urine or controlling your bladder or bowels, numbness between the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, or dark (tea- or cola-coloured) urine after cramps.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer. Cramp Diary makes no network connections.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Das Krampf-Tagebuch hilft Ihnen, Krämpfe, Spastik und Ihre Medikamente festzuhalten, und weist auf Dinge hin, die Sie mit Ihrer Ärztin oder Ihrem Arzt besprechen sollten, etwa Dosen, die näher beieinander liegen, als die Packungsbeilage erlaubt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Es informiert; es verordnet nichts.&lt;/b&gt; Es ist kein Medizinprodukt und kein Ersatz für Ärztin, Arzt, Pflegekraft oder Apotheke. Es sagt Ihnen nie, ein Medikament zu beginnen, abzusetzen oder anders zu nehmen: Besprechen Sie das mit der verordnenden Ärztin oder dem verordnenden Arzt.&lt;/p&gt;&lt;p&gt;Es kann nur beurteilen, was Sie erfassen, und es kann sich irren oder unvollständig sein.&lt;/p&gt;&lt;p style='color:#c62828'&gt;&lt;b&gt;Alarmsymptome: suchen Sie jetzt Hilfe&lt;/b&gt;, wenn Sie eine neue Schwäche in Arm oder Bein haben, Probleme beim Wasserlassen oder bei der Kontrolle von Blase oder Darm, Taubheit zwischen den Beinen oder am Gesäß, Rückenschmerzen mit Beinschwäche, plötzliche starke Steifigkeit oder dunklen (tee- oder colafarbenen) Urin nach Krämpfen.&lt;/p&gt;&lt;p&gt;Ihr Tagebuch bleibt auf diesem Computer. Das Krampf-Tagebuch baut keine Netzwerkverbindungen auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="vanished">Importieren</translation>
    </message>
    <message>
        <source>What do you want to import?</source>
        <translation type="vanished">Was möchten Sie importieren?</translation>
    </message>
    <message>
        <source>A JSON file</source>
        <translation type="vanished">Eine JSON-Datei</translation>
    </message>
    <message>
        <source>A CSV folder</source>
        <translation type="vanished">Einen CSV-Ordner</translation>
    </message>
    <message>
        <source>Import a JSON file</source>
        <translation type="vanished">Eine JSON-Datei importieren</translation>
    </message>
    <message>
        <source>Import a CSV folder</source>
        <translation type="vanished">Einen CSV-Ordner importieren</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Add a medicine</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Generic or brand name</source>
        <translation>Wirkstoff oder Handelsname</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Usual amount</source>
        <translation>Übliche Menge</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Usual dose</source>
        <translation>Übliche Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Not recorded</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Form</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>With food</source>
        <translation>Mit dem Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Without food</source>
        <translation>Ohne Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Usually taken with food</source>
        <translation>Meist mit dem Essen eingenommen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Food</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Times of day for reminders, e.g. 08:00; 14:00; 20:00</source>
        <translation>Uhrzeiten für Erinnerungen, z. B. 08:00; 14:00; 20:00</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Schedule: times of day</source>
        <translation>Einnahmeplan: Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopped on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stop date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Not in the catalog: it is kept as typed, with no drug rules.</source>
        <translation>Nicht im Katalog: Es wird so gespeichert, wie eingegeben, ohne Arzneimittelregeln.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Recognised as {g}</source>
        <translation>Erkannt als {g}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>In the catalog</source>
        <translation>Im Katalog</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>{n} is already in your medicines as {t} (the same drug). Edit that one instead.</source>
        <translation>{n} steht schon als {t} in Ihren Medikamenten (derselbe Wirkstoff). Bearbeiten Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopping {d}</source>
        <translation>{d} absetzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Liquid</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Patch</source>
        <translation>Pflaster</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Inhaler</source>
        <translation>Inhalator</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Other</source>
        <translation>Andere Form</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Talk to your prescriber before stopping {d}</source>
        <translation>Sprechen Sie mit der verordnenden Ärztin oder dem verordnenden Arzt, bevor Sie {d} absetzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>After regular use, stopping {d} suddenly can cause withdrawal effects, such as a rise in blood pressure, a fast heartbeat or stiffness coming back stronger. Its label says the dose should be lowered gradually (tapered) under medical guidance.

Please do not stop on your own: contact the prescriber first. If you have already stopped and feel unwell (pounding heart, very high blood pressure, severe stiffness, confusion), seek medical care now.</source>
        <translation>Nach regelmäßiger Einnahme kann plötzliches Absetzen von {d} Entzugserscheinungen auslösen, etwa einen Anstieg des Blutdrucks, schnellen Herzschlag oder eine verstärkt zurückkehrende Steifigkeit. Laut Packungsbeilage soll die Dosis unter ärztlicher Begleitung schrittweise verringert (ausgeschlichen) werden.

Bitte setzen Sie es nicht eigenmächtig ab: Wenden Sie sich zuerst an die verordnende Ärztin oder den verordnenden Arzt. Wenn Sie es bereits abgesetzt haben und sich unwohl fühlen (Herzrasen, sehr hoher Blutdruck, starke Steifigkeit, Verwirrtheit), suchen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopping suddenly after regular use can cause withdrawal effects; talk to your prescriber before stopping.</source>
        <translation>Plötzliches Absetzen nach regelmäßiger Einnahme kann Entzugserscheinungen auslösen; sprechen Sie vor dem Absetzen mit der verordnenden Ärztin oder dem verordnenden Arzt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; is not in the catalog, so no drug rules apply to it. Its doses are still kept in the diary and the report.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; ist nicht im Katalog, daher gelten dafür keine Arzneimittelregeln. Die Dosen bleiben trotzdem im Tagebuch und im Bericht.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Can go with cramps: </source>
        <translation>Kann mit Krämpfen einhergehen: </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>The label says: </source>
        <translation>Die Packungsbeilage sagt: </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Not to be used for leg cramps (safety warning).</source>
        <translation>Nicht gegen Wadenkrämpfe anzuwenden (Sicherheitswarnung).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Source: </source>
        <translation>Quelle: </translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Your medicines. Their usual dose becomes a one-click button on Today; schedule times drive the optional reminders.</source>
        <translation>Ihre Medikamente. Die übliche Dosis wird auf „Heute“ zu einer Schaltfläche für einen Klick; die Uhrzeiten des Einnahmeplans steuern die freiwilligen Erinnerungen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Usual dose</source>
        <translation>Übliche Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Food</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>My medicines</source>
        <translation>Meine Medikamente</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>What the catalog says about the selected medicine</source>
        <translation>Was der Katalog über das ausgewählte Medikament sagt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Add a medicine</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Edit the selected medicine</source>
        <translation>Ausgewähltes Medikament bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Mark as stopped…</source>
        <translation>Als abgesetzt markieren…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Mark the selected medicine as stopped</source>
        <translation>Ausgewähltes Medikament als abgesetzt markieren</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Record that you no longer take it (talk to your prescriber before stopping a medicine)</source>
        <translation>Festhalten, dass Sie es nicht mehr nehmen (sprechen Sie vor dem Absetzen eines Medikaments mit der verordnenden Ärztin oder dem verordnenden Arzt)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove the selected medicine from my list</source>
        <translation>Ausgewähltes Medikament aus meiner Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>with food</source>
        <translation>mit dem Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>without food</source>
        <translation>ohne Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Select a medicine to see what its label says about timing, limits and stopping.</source>
        <translation>Wählen Sie ein Medikament, um zu sehen, was die Packungsbeilage zu Abständen, Höchstmengen und zum Absetzen sagt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopping {d}</source>
        <translation>{d} absetzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Record it as stopped</source>
        <translation>Als abgesetzt festhalten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove {d}</source>
        <translation>{d} entfernen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove {d} from your list? Doses already logged stay in the diary.</source>
        <translation>{d} aus Ihrer Liste entfernen? Bereits erfasste Dosen bleiben im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>NextDoseCard</name>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Next dose of {d}</source>
        <translation>Nächste Dosis {d}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>No dose on record in the last days.</source>
        <translation>In den letzten Tagen keine Dosis erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>No timing limit applies right now.</source>
        <translation>Gerade gilt keine zeitliche Grenze.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Last dose: {t}{amt}</source>
        <translation>Letzte Dosis: {t}{amt}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Next dose time: not available</source>
        <translation>Zeit der nächsten Dosis: nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Earliest next dose by the label: {t}
in {c}</source>
        <translation>Früheste nächste Dosis laut Packungsbeilage: {t}
in {c}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Another dose now would be within the label's timing.</source>
        <translation>Eine Dosis jetzt läge innerhalb der Abstände laut Packungsbeilage.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{n} of {m} doses</source>
        <translation>{n} von {m} Dosen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{n} doses</source>
        <translation>{n} Dosen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} of {m} mg ({left} mg left)</source>
        <translation>{t} von {m} mg (noch {left} mg)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} mg</source>
        <translation>{t} mg</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>In the last 24 hours: </source>
        <translation>In den letzten 24 Stunden: </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>What would happen</source>
        <translation>Was passieren würde</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>The first rows:</source>
        <translation>Die ersten Zeilen:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>{kind}: {add} to add, {present} already in the diary</source>
        <translation>{kind}: {add} neu, {present} schon im Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>The file holds no entries that Cramp Diary can import.</source>
        <translation>Die Datei enthält keine Einträge, die das Krampf-Tagebuch importieren kann.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>{where}: {kind} at {at}: {values}</source>
        <translation>{where}: {kind} am {at}: {values}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>(already present)</source>
        <translation>(schon vorhanden)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>This file cannot be imported: {why}
Nothing was written.</source>
        <translation>Diese Datei kann nicht importiert werden: {why}
Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Red-flag symptoms logged: seek medical care now</source>
        <translation>Alarmsymptome erfasst: suchen Sie jetzt ärztliche Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>What this means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Read what the red-flag symptoms mean</source>
        <translation>Lesen, was die Alarmsymptome bedeuten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Red-flag warning</source>
        <translation>Warnung: Alarmsymptom</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>On {when} you logged: {what}. These can be signs of a serious problem (for example nerve compression or muscle breakdown). Contact a doctor, urgent care or emergency services now; do not wait for the next appointment.</source>
        <translation>Am {when} haben Sie erfasst: {what}. Das können Zeichen eines ernsten Problems sein (zum Beispiel einer Nervenkompression oder eines Muskelzerfalls). Wenden Sie sich jetzt an eine Ärztin oder einen Arzt, den Notdienst oder den Rettungsdienst; warten Sie nicht bis zum nächsten Termin.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../src/crampdiary/ui/reminder_banner.py"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/reminder_banner.py"/>
        <source>Dismiss the reminder</source>
        <translation>Die Erinnerung ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/reminder_banner.py"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Report for my doctor</source>
        <translation>Bericht für meine Ärztin/meinen Arzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Chosen dates</source>
        <translation>Gewählte Tage</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Report period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Report period: {x}</source>
        <translation>Berichtszeitraum: {x}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>What to include</source>
        <translation>Was enthalten sein soll</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>One-page summary</source>
        <translation>Einseitige Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Log (tables)</source>
        <translation>Protokoll (Tabellen)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Questions for my doctor</source>
        <translation>Fragen an meine Ärztin/meinen Arzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Every single entry in the log</source>
        <translation>Jeder einzelne Eintrag im Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>For a period over 92 days the log shows one row per week and kind; tick this to add every entry after the weekly tables.</source>
        <translation>Bei einem Zeitraum von mehr als 92 Tagen zeigt das Protokoll eine Zeile pro Woche und Art; kreuzen Sie dies an, um nach den Wochentabellen jeden einzelnen Eintrag anzufügen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The red flags and the disclaimer are always included.</source>
        <translation>Die Alarmsymptome und der Haftungshinweis sind immer enthalten.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Name on every page (optional)</source>
        <translation>Name auf jeder Seite (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>e.g. your name and date of birth</source>
        <translation>z. B. Ihr Name und Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Name on the report</source>
        <translation>Name auf dem Bericht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Questions for my doctor (one per line)</source>
        <translation>Fragen an meine Ärztin/meinen Arzt (eine pro Zeile)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>e.g. Could one of my medicines go with the cramps?</source>
        <translation>z. B. Könnte eines meiner Medikamente mit den Krämpfen zusammenhängen?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Kept for next time; printed in the report with space to write.</source>
        <translation>Wird für das nächste Mal aufbewahrt und mit Platz für Notizen im Bericht gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Preview of the report's first page</source>
        <translation>Vorschau der ersten Seite des Berichts</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Number of pages</source>
        <translation>Anzahl der Seiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Stop making the report</source>
        <translation>Die Erstellung des Berichts abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Write the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The preview could not be made: {e}</source>
        <translation>Die Vorschau konnte nicht erstellt werden: {e}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Counting the pages…</source>
        <translation>Die Seiten werden gezählt…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The report has {n} pages.</source>
        <translation>Der Bericht hat {n} Seiten.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The report has 1 page.</source>
        <translation>Der Bericht hat 1 Seite.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The pages could not be counted.</source>
        <translation>Die Seiten konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Cancelled: no report was made.</source>
        <translation>Abgebrochen: Es wurde kein Bericht erstellt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>An unexpected error stopped the report.</source>
        <translation>Ein unerwarteter Fehler hat den Bericht abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The report was not made: {e}</source>
        <translation>Der Bericht wurde nicht erstellt: {e}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Saved to {p}</source>
        <translation>Gespeichert unter {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The printer did not accept the report ({e}); it opens in your PDF viewer instead.</source>
        <translation>Der Drucker hat den Bericht nicht angenommen ({e}); er wird stattdessen in Ihrem PDF-Betrachter geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Sent to the printer {p}.</source>
        <translation>An den Drucker {p} gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The report opened in your PDF viewer; print it from there. The copy is deleted when this window closes.</source>
        <translation>Der Bericht wurde in Ihrem PDF-Betrachter geöffnet; drucken Sie ihn von dort. Die Kopie wird gelöscht, wenn dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>No PDF viewer could be opened.</source>
        <translation>Es konnte kein PDF-Betrachter geöffnet werden.</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="vanished">Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="vanished">Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Full log (tables)</source>
        <translation type="vanished">Vollständiges Protokoll (Tabellen)</translation>
    </message>
    <message>
        <source>The report opened in your PDF viewer; print it from there. File: {p}</source>
        <translation type="vanished">Der Bericht wurde in Ihrem PDF-Betrachter geöffnet; drucken Sie ihn von dort. Datei: {p}</translation>
    </message>
    <message>
        <source>No PDF viewer could be opened. The report is at {p}</source>
        <translation type="vanished">Es konnte kein PDF-Betrachter geöffnet werden. Der Bericht liegt unter {p}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>{v} of 10</source>
        <translation>{v} von 10</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Units and goals</source>
        <translation>Einheiten und Ziele</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Millilitres (ml)</source>
        <translation>Milliliter (ml)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>US fluid ounces (fl oz)</source>
        <translation>US-Flüssigunzen (fl oz)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Units for drinks</source>
        <translation>Einheit für Getränke</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Drinks in</source>
        <translation>Getränke in</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Daily water goal</source>
        <translation>Tägliches Trinkziel</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Water goal a day</source>
        <translation>Trinkziel pro Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Daily stretching goal in minutes</source>
        <translation>Tägliches Dehnziel in Minuten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Stretching goal a day</source>
        <translation>Dehnziel pro Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Remind me when a scheduled dose is due</source>
        <translation>Erinnern, wenn eine geplante Dosis fällig ist</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Uses the schedule times of your medicines</source>
        <translation>Nutzt die Uhrzeiten im Einnahmeplan Ihrer Medikamente</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Remind me to drink water every</source>
        <translation>Ans Trinken erinnern alle</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Minutes between water reminders</source>
        <translation>Minuten zwischen Trinkerinnerungen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Water reminders come only between 08:00 and 22:00, and never sooner than the interval after your last drink.</source>
        <translation>Trinkerinnerungen kommen nur zwischen 08:00 und 22:00 und nie früher als den Abstand nach Ihrem letzten Getränk.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>This desktop has no system tray</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Night theme (dim and dark, easy on the eyes at night)</source>
        <translation>Nachtmodus (gedämpft und dunkel, schont nachts die Augen)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Use the night theme</source>
        <translation>Den Nachtmodus verwenden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Off: the window follows your desktop's light or dark colours</source>
        <translation>Aus: Das Fenster folgt den hellen oder dunklen Farben Ihres Desktops</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Your diary is stored only on this computer, in:</source>
        <translation>Ihr Tagebuch wird nur auf diesem Computer gespeichert, in:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Make a backup of the diary now</source>
        <translation>Jetzt eine Sicherung des Tagebuchs erstellen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Lock the window after</source>
        <translation>Das Fenster sperren nach</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source> min without use</source>
        <translation> Min. ohne Benutzung</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Minutes without use before the window locks</source>
        <translation>Minuten ohne Benutzung, bevor sich das Fenster sperrt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Encrypted: the diary and its backups. Not covered: exports, reports, this settings file, memory while unlocked.</source>
        <translation>Verschlüsselt: das Tagebuch und seine Sicherungen. Nicht geschützt: Exporte, Berichte, diese Einstellungsdatei und der Arbeitsspeicher, solange das Fenster entsperrt ist.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Not encrypted. 'crampdiary encrypt' encrypts the diary and its backups.</source>
        <translation>Nicht verschlüsselt. 'crampdiary encrypt' verschlüsselt das Tagebuch und seine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>A copy of your diary was saved as:</source>
        <translation>Eine Kopie Ihres Tagebuchs wurde gespeichert als:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>The backup could not be written: {e}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {e}</translation>
    </message>
</context>
<context>
    <name>SidePicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Side of the body</source>
        <translation>Körperseite</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Side: {s}</source>
        <translation>Seite: {s}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
</context>
<context>
    <name>StretchDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Minutes of stretching</source>
        <translation>Minuten Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>e.g. calf stretch against the wall</source>
        <translation>z. B. Wadendehnung an der Wand</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>What kind of stretching</source>
        <translation>Welche Art von Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>e.g. drowsiness, dizziness, dry mouth</source>
        <translation>z. B. Benommenheit, Schwindel, Mundtrockenheit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>0 mild</source>
        <translation>0 leicht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>10 worst</source>
        <translation>10 am stärksten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Severity from 0 to 10</source>
        <translation>Stärke von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How bad</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} today</source>
        <translation>heute {t}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} yesterday</source>
        <translation>gestern {t}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} tomorrow</source>
        <translation>morgen {t}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log now</source>
        <translation>Jetzt erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Cramp…</source>
        <translation>Krampf…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a cramp</source>
        <translation>Einen Krampf erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Dose…</source>
        <translation>Dosis…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a dose of any medicine</source>
        <translation>Eine Dosis eines beliebigen Medikaments erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Stretching…</source>
        <translation>Dehnen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log stretching</source>
        <translation>Dehnen erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Cramp now</source>
        <translation>Krampf jetzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a cramp now with the usual details</source>
        <translation>Jetzt einen Krampf mit den üblichen Angaben erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Add details…</source>
        <translation>Angaben ergänzen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Add details to the cramp just logged</source>
        <translation>Dem gerade erfassten Krampf Angaben hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Undo the cramp just logged</source>
        <translation>Den gerade erfassten Krampf rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>My medicines, one click logs the usual dose now:</source>
        <translation>Meine Medikamente, ein Klick erfasst jetzt die übliche Dosis:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Water:</source>
        <translation>Wasser:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a glass of water now</source>
        <translation>Jetzt ein Glas Wasser erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a large glass of water now</source>
        <translation>Jetzt ein großes Glas Wasser erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Other drink…</source>
        <translation>Anderes Getränk…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log another amount or another drink</source>
        <translation>Eine andere Menge oder ein anderes Getränk erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Blood pressure…</source>
        <translation>Blutdruck…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log blood pressure and pulse</source>
        <translation>Blutdruck und Puls erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Other symptom…</source>
        <translation>Andere Beschwerde…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log another symptom</source>
        <translation>Eine andere Beschwerde erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Cramps today</source>
        <translation>Krämpfe heute</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Water today</source>
        <translation>Wasser heute</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Stretching today</source>
        <translation>Dehnen heute</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Doses today</source>
        <translation>Dosen heute</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Next dose</source>
        <translation>Nächste Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Add a medicine with timing limits (such as tizanidine) under Medicines to see when the next dose is due.</source>
        <translation>Fügen Sie unter „Medikamente“ ein Medikament mit zeitlichen Grenzen hinzu (etwa Tizanidin), um zu sehen, wann die nächste Dosis fällig ist.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Worth knowing (last 7 days)</source>
        <translation>Gut zu wissen (letzte 7 Tage)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Nothing to flag in the last 7 days.</source>
        <translation>In den letzten 7 Tagen gibt es keine Hinweise.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Shortcut: {s}</source>
        <translation>Tastenkürzel: {s}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Cramp logged at {t}: {what}.</source>
        <translation>Krampf um {t} erfasst: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>with food</source>
        <translation>mit dem Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>no food</source>
        <translation>ohne Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{n}…</source>
        <translation>{n}…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log {name} now</source>
        <translation>{name} jetzt erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>%A %d %B %Y</source>
        <translation>%A, %d. %B %Y</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>worst {w}/10</source>
        <translation>am stärksten {w}/10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>none so far</source>
        <translation>bisher keine</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>goal {g}</source>
        <translation>Ziel {g}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>goal {g} min</source>
        <translation>Ziel {g} Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Worth knowing (last 7 days, 10 of {n} kinds)</source>
        <translation>Gut zu wissen (letzte 7 Tage, 10 von {n} Arten)</translation>
    </message>
</context>
<context>
    <name>VitalsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Systolic (upper) blood pressure</source>
        <translation>Systolischer (oberer) Blutdruck</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Diastolic (lower) blood pressure</source>
        <translation>Diastolischer (unterer) Blutdruck</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Pulse in beats per minute</source>
        <translation>Puls in Schlägen pro Minute</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source> /min</source>
        <translation> /Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Systolic (upper)</source>
        <translation>Systolisch (oberer Wert)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Diastolic (lower)</source>
        <translation>Diastolisch (unterer Wert)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Leave a box at “—” if you did not measure it.</source>
        <translation>Lassen Sie ein Feld auf „—“, wenn Sie es nicht gemessen haben.</translation>
    </message>
</context>
<context>
    <name>WaterDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Amount in {u}</source>
        <translation>Menge in {u}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Drink</source>
        <translation>Getränk</translation>
    </message>
</context>
<context>
    <name>WhenPicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>The day it happened</source>
        <translation>Der Tag, an dem es passiert ist</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Time (hours and minutes)</source>
        <translation>Uhrzeit (Stunden und Minuten)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>When it happened. Type the hours and minutes, e.g. 0310 for 03:10.</source>
        <translation>Wann es passiert ist. Tippen Sie Stunden und Minuten, z. B. 0310 für 03:10.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Set the time to now</source>
        <translation>Die Zeit auf jetzt setzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>{n} min ago</source>
        <translation>vor {n} Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>{n} minutes ago</source>
        <translation>vor {n} Minuten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Set the time to {n} minutes ago</source>
        <translation>Die Zeit auf vor {n} Minuten setzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Last night</source>
        <translation>Letzte Nacht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Set the time to 03:00 last night</source>
        <translation>Die Zeit auf 03:00 letzte Nacht setzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>This morning</source>
        <translation>Heute Morgen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Set the time to 07:00 this morning</source>
        <translation>Die Zeit auf 07:00 heute Morgen setzen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="vanished">Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>When it happened. Change it to log something from earlier.</source>
        <translation type="vanished">Wann es war. Ändern Sie es, um etwas Früheres zu erfassen.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument {option}: invalid choice: {value} (choose from {choices})</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>Argument {option}: ungültige Auswahl: {value} (wählen Sie aus {choices})</translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>Argument {option}: erwartet einen Wert</translation>
    </message>
    <message>
        <source>argument {option}: expected at least one argument</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>Argument {option}: erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>argument {option}: ignored explicit argument {value}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>Argument {option}: unerwarteter Wert {value}</translation>
    </message>
    <message>
        <source>argument {option}: invalid {type} value: {value}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>Argument {option}: ungültiger {type}-Wert: {value}</translation>
    </message>
    <message>
        <source>argument {option}: not allowed with argument {other}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>Argument {option}: nicht zusammen mit Argument {other} erlaubt</translation>
    </message>
    <message>
        <source>argument {option}: {reason}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>Argument {option}: {reason}</translation>
    </message>
    <message>
        <source>options: the following arguments are required: {names}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>options: diese Argumente sind erforderlich: {names}</translation>
    </message>
    <message>
        <source>options: unrecognized arguments: {names}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>options: unbekannte Argumente: {names}</translation>
    </message>
    <message>
        <source>options: ambiguous option: {option} could match {matches}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>options: mehrdeutige Option: {option} könnte {matches} sein</translation>
    </message>
    <message>
        <source>options: one of the arguments {names} is required</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>options: eines der Argumente {names} ist erforderlich</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Zanaflex (tizanidine) tablets and capsules, US prescribing information</source>
        <extracomment>catalog.json: source zanaflex-pi</extracomment>
        <translation>Zanaflex (Tizanidin) Tabletten und Kapseln, US-Fachinformation</translation>
    </message>
    <message>
        <source>Cyclobenzaprine hydrochloride tablets (Flexeril), US prescribing information</source>
        <extracomment>catalog.json: source cyclobenzaprine-pi</extracomment>
        <translation>Cyclobenzaprinhydrochlorid-Tabletten (Flexeril), US-Fachinformation</translation>
    </message>
    <message>
        <source>Soma (carisoprodol) tablets, US prescribing information</source>
        <extracomment>catalog.json: source carisoprodol-pi</extracomment>
        <translation>Soma (Carisoprodol) Tabletten, US-Fachinformation</translation>
    </message>
    <message>
        <source>Baclofen tablets, US prescribing information</source>
        <extracomment>catalog.json: source baclofen-pi</extracomment>
        <translation>Baclofen-Tabletten, US-Fachinformation</translation>
    </message>
    <message>
        <source>US prescribing information of methocarbamol, metaxalone, orphenadrine, chlorzoxazone and dantrolene</source>
        <extracomment>catalog.json: source muscle-relaxant-labels</extracomment>
        <translation>US-Fachinformationen von Methocarbamol, Metaxalon, Orphenadrin, Chlorzoxazon und Dantrolen</translation>
    </message>
    <message>
        <source>US FDA drug safety communications on quinine sulfate (Qualaquin) for leg cramps (2006, 2010)</source>
        <extracomment>catalog.json: source fda-quinine</extracomment>
        <translation>Sicherheitsmitteilungen der US-Arzneimittelbehörde FDA zu Chininsulfat (Qualaquin) bei Beinkrämpfen (2006, 2010)</translation>
    </message>
    <message>
        <source>Garrison SR, Dormuth CR, Morrow RL, Carney GA, Khan KM. Nocturnal leg cramps and prescription use that precedes them: a sequence symmetry analysis. Arch Intern Med 2012;172(2):120-126</source>
        <extracomment>catalog.json: source garrison-2012</extracomment>
        <translation>Garrison SR, Dormuth CR, Morrow RL, Carney GA, Khan KM. Nocturnal leg cramps and prescription use that precedes them: a sequence symmetry analysis. Arch Intern Med 2012;172(2):120-126</translation>
    </message>
    <message>
        <source>Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician 2012;86(4):350-355</source>
        <extracomment>catalog.json: source allen-kirby-2012</extracomment>
        <translation>Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician 2012;86(4):350-355</translation>
    </message>
    <message>
        <source>NHS guidance: cauda equina syndrome, and rhabdomyolysis</source>
        <extracomment>catalog.json: source nhs-red-flags</extracomment>
        <translation>NHS-Hinweise: Cauda-equina-Syndrom und Rhabdomyolyse</translation>
    </message>
    <message>
        <source>NHS: low blood pressure (hypotension)</source>
        <extracomment>catalog.json: source nhs-low-bp</extracomment>
        <translation>NHS: niedriger Blutdruck (Hypotonie)</translation>
    </message>
    <message>
        <source>Common high blood pressure and heart rate thresholds (140/90 mmHg, pulse 100/min), with the Zanaflex label on rebound after stopping</source>
        <extracomment>catalog.json: source bp-thresholds</extracomment>
        <translation>Übliche Grenzwerte für hohen Blutdruck und Puls (140/90 mmHg, Puls 100/min), mit der Zanaflex-Packungsbeilage zum Anstieg nach dem Absetzen</translation>
    </message>
    <message>
        <source>WHO ATC classification and the drugs' prescribing information (drug classes)</source>
        <extracomment>catalog.json: source drug-classes</extracomment>
        <translation>ATC-Klassifikation der WHO und die Fachinformationen der Medikamente (Wirkstoffklassen)</translation>
    </message>
    <message>
        <source>Cramp Diary product choice (a threshold chosen by this app, not taken from a label)</source>
        <extracomment>catalog.json: source product-choice</extracomment>
        <translation>Festlegung des Krampf-Tagebuchs (ein von dieser App gewählter Schwellenwert, nicht aus einer Packungsbeilage)</translation>
    </message>
    <message>
        <source>Zanaflex (tizanidine) tablets and capsules, US prescribing information, revised November 2024</source>
        <extracomment>catalog.json: source zanaflex-pi-2024</extracomment>
        <translation>Zanaflex (Tizanidin) Tabletten und Kapseln, US-Fachinformation, Stand November 2024</translation>
    </message>
    <message>
        <source>Catapres-TTS (clonidine transdermal therapeutic system), US prescribing information</source>
        <extracomment>catalog.json: source catapres-tts-pi</extracomment>
        <translation>Catapres-TTS (Clonidin-Pflaster), US-Fachinformation</translation>
    </message>
    <message>
        <source>Cordarone / Pacerone (amiodarone) tablets, US prescribing information</source>
        <extracomment>catalog.json: source cordarone-pi</extracomment>
        <translation>Cordarone / Pacerone (Amiodaron) Tabletten, US-Fachinformation</translation>
    </message>
    <message>
        <source>MHRA Drug Safety Update, June 2010: Quinine: not to be used routinely for nocturnal leg cramps</source>
        <extracomment>catalog.json: source mhra-quinine-2010</extracomment>
        <translation>MHRA Drug Safety Update, Juni 2010: Chinin nicht routinemäßig bei nächtlichen Beinkrämpfen anwenden</translation>
    </message>
    <message>
        <source>US FDA: Examples of drugs that interact with CYP enzymes and transporter systems (clinical inhibitors of CYP1A2)</source>
        <extracomment>catalog.json: source fda-cyp-table</extracomment>
        <translation>US-FDA: Beispiele für Arzneimittel mit Wechselwirkungen über CYP-Enzyme und Transporter (klinische CYP1A2-Hemmer)</translation>
    </message>
    <message>
        <source>Valtrex (valacyclovir hydrochloride) caplets, US prescribing information</source>
        <extracomment>catalog.json: source valtrex-pi</extracomment>
        <translation>Valtrex (Valaciclovirhydrochlorid) Filmtabletten, US-Fachinformation</translation>
    </message>
    <message>
        <source>US prescribing information of opioids, benzodiazepines, Z-drugs and other sleeping tablets, sedating antidepressants and antipsychotics, sedating antihistamines, gabapentinoids and barbiturate combinations</source>
        <extracomment>catalog.json: source cns-depressant-labels</extracomment>
        <translation>US-Fachinformationen von Opioiden, Benzodiazepinen, Z-Substanzen und anderen Schlafmitteln, dämpfenden Antidepressiva und Antipsychotika, dämpfenden Antihistaminika, Gabapentinoiden und Barbiturat-Kombinationen</translation>
    </message>
    <message>
        <source>US prescribing information of alpha blockers (tamsulosin, doxazosin, terazosin, alfuzosin, prazosin, silodosin), nitrates, PDE5 inhibitors (sildenafil, tadalafil, vardenafil, avanafil), sacubitril/valsartan (Entresto), aliskiren, riociguat and minoxidil tablets</source>
        <extracomment>catalog.json: source bp-lowering-labels</extracomment>
        <translation>US-Fachinformationen von Alphablockern (Tamsulosin, Doxazosin, Terazosin, Alfuzosin, Prazosin, Silodosin), Nitraten, PDE-5-Hemmern (Sildenafil, Tadalafil, Vardenafil, Avanafil), Sacubitril/Valsartan (Entresto), Aliskiren, Riociguat und Minoxidil-Tabletten</translation>
    </message>
    <message>
        <source>US prescribing information of ACE inhibitors, angiotensin receptor blockers, sacubitril/valsartan and aliskiren (boxed warning: fetal toxicity)</source>
        <extracomment>catalog.json: source ras-pregnancy-labels</extracomment>
        <translation>US-Fachinformationen von ACE-Hemmern, Angiotensin-Rezeptorblockern, Sacubitril/Valsartan und Aliskiren (hervorgehobene Warnung: Schädigung des Ungeborenen)</translation>
    </message>
    <message>
        <source>US prescribing information of opioid pain medicines (neonatal opioid withdrawal syndrome)</source>
        <extracomment>catalog.json: source opioid-labels-nows</extracomment>
        <translation>US-Fachinformationen opioidhaltiger Schmerzmittel (neonatales Opioid-Entzugssyndrom)</translation>
    </message>
    <message>
        <source>US prescribing information of fluoroquinolone antibiotics (boxed warning: tendinitis and tendon rupture)</source>
        <extracomment>catalog.json: source fluoroquinolone-labels</extracomment>
        <translation>US-Fachinformationen der Fluorchinolon-Antibiotika (hervorgehobene Warnung: Sehnenentzündung und Sehnenriss)</translation>
    </message>
    <message>
        <source>US FDA Drug Safety Communication, October 2020: avoid NSAIDs in pregnancy at 20 weeks or later</source>
        <extracomment>catalog.json: source fda-nsaid-pregnancy-2020</extracomment>
        <translation>Sicherheitsmitteilung der US-FDA, Oktober 2020: NSAR ab der 20. Schwangerschaftswoche meiden</translation>
    </message>
    <message>
        <source>Duragesic (fentanyl transdermal system), US prescribing information</source>
        <extracomment>catalog.json: source duragesic-pi</extracomment>
        <translation>Duragesic (Fentanyl-Pflaster), US-Fachinformation</translation>
    </message>
    <message>
        <source>Butrans (buprenorphine transdermal system), US prescribing information</source>
        <extracomment>catalog.json: source butrans-pi</extracomment>
        <translation>Butrans (Buprenorphin-Pflaster), US-Fachinformation</translation>
    </message>
    <message>
        <source>The label says tizanidine is cleared by the liver and can harm it, so in liver impairment it is avoided or used only with great care.</source>
        <extracomment>catalog.json: tizanidine caution liver</extracomment>
        <translation>Laut Packungsbeilage wird Tizanidine über die Leber abgebaut und kann sie schädigen; bei eingeschränkter Leberfunktion wird es deshalb gemieden oder nur mit großer Vorsicht angewendet.</translation>
    </message>
    <message>
        <source>The label says that when kidney function is reduced (creatinine clearance below 25 mL/min) tizanidine stays in the body longer, so it is used with care and at smaller doses.</source>
        <extracomment>catalog.json: tizanidine caution kidney</extracomment>
        <translation>Laut Packungsbeilage bleibt Tizanidine bei eingeschränkter Nierenfunktion (Kreatinin-Clearance unter 25 mL/min) länger im Körper; es wird deshalb vorsichtig und in kleineren Dosen angewendet.</translation>
    </message>
    <message>
        <source>The label says older people clear tizanidine more slowly, so it is used with care.</source>
        <extracomment>catalog.json: tizanidine caution age-65</extracomment>
        <translation>Laut Packungsbeilage bauen ältere Menschen Tizanidine langsamer ab; es wird deshalb mit Vorsicht angewendet.</translation>
    </message>
    <message>
        <source>The label says there are no adequate data on tizanidine in pregnancy and animal studies showed harm; it is used only if the benefit outweighs the risk.</source>
        <extracomment>catalog.json: tizanidine caution pregnant</extracomment>
        <translation>Laut Packungsbeilage gibt es keine ausreichenden Daten zu Tizanidine in der Schwangerschaft, und Tierstudien zeigten Schäden; es wird nur angewendet, wenn der Nutzen das Risiko überwiegt.</translation>
    </message>
    <message>
        <source>The label says it is not known whether tizanidine passes into breast milk; the benefits of breastfeeding and of the medicine are weighed with the prescriber.</source>
        <extracomment>catalog.json: tizanidine caution breastfeeding</extracomment>
        <translation>Laut Packungsbeilage ist nicht bekannt, ob Tizanidine in die Muttermilch übergeht; der Nutzen des Stillens und der des Medikaments werden mit der verordnenden Ärztin oder dem verordnenden Arzt abgewogen.</translation>
    </message>
    <message>
        <source>fast heartbeat</source>
        <extracomment>catalog.json: tizanidine withdrawal sign</extracomment>
        <translation>schnellen Herzschlag</translation>
    </message>
    <message>
        <source>high blood pressure</source>
        <extracomment>catalog.json: tizanidine withdrawal sign</extracomment>
        <translation>hohen Blutdruck</translation>
    </message>
    <message>
        <source>stiffness</source>
        <extracomment>catalog.json: tizanidine withdrawal sign</extracomment>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>the label recommends liver blood tests at the start and about one month after reaching the full dose</source>
        <extracomment>catalog.json: tizanidine monitoring</extracomment>
        <translation>die Packungsbeilage empfiehlt Leberwerte im Blut zu Beginn und etwa einen Monat nach Erreichen der vollen Dosis</translation>
    </message>
    <message>
        <source>The label says cyclobenzaprine is not recommended in moderate or severe liver impairment, and mild impairment needs a lower starting dose and care.</source>
        <extracomment>catalog.json: cyclobenzaprine caution liver</extracomment>
        <translation>Laut Packungsbeilage wird Cyclobenzaprine bei mittel- oder hochgradig eingeschränkter Leberfunktion nicht empfohlen; bei leichter Einschränkung braucht es eine niedrigere Anfangsdosis und Vorsicht.</translation>
    </message>
    <message>
        <source>The label says older people have higher blood levels of cyclobenzaprine, so it is used with care and a lower dose.</source>
        <extracomment>catalog.json: cyclobenzaprine caution age-65</extracomment>
        <translation>Laut Packungsbeilage haben ältere Menschen höhere Blutspiegel von Cyclobenzaprine; es wird deshalb vorsichtig und in niedrigerer Dosis angewendet.</translation>
    </message>
    <message>
        <source>The label says baclofen is cleared by the kidneys, so with kidney impairment lower doses are used and side effects are watched for.</source>
        <extracomment>catalog.json: baclofen caution kidney</extracomment>
        <translation>Laut Packungsbeilage wird Baclofen über die Nieren ausgeschieden; bei eingeschränkter Nierenfunktion werden deshalb niedrigere Dosen angewendet und Nebenwirkungen beobachtet.</translation>
    </message>
    <message>
        <source>hallucinations</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>Halluzinationen</translation>
    </message>
    <message>
        <source>seizures</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>Krampfanfälle</translation>
    </message>
    <message>
        <source>high fever</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>hohes Fieber</translation>
    </message>
    <message>
        <source>confusion</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <source>rebound stiffness and spasms</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>wiederkehrende, verstärkte Steifheit und Spasmen</translation>
    </message>
    <message>
        <source>The label says carisoprodol has not been studied in liver impairment and is used with care there.</source>
        <extracomment>catalog.json: carisoprodol caution liver</extracomment>
        <translation>Laut Packungsbeilage wurde Carisoprodol bei eingeschränkter Leberfunktion nicht untersucht und wird dann mit Vorsicht angewendet.</translation>
    </message>
    <message>
        <source>The label says carisoprodol has not been studied in kidney impairment and is used with care there.</source>
        <extracomment>catalog.json: carisoprodol caution kidney</extracomment>
        <translation>Laut Packungsbeilage wurde Carisoprodol bei eingeschränkter Nierenfunktion nicht untersucht und wird dann mit Vorsicht angewendet.</translation>
    </message>
    <message>
        <source>trouble sleeping</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>Schlafstörungen</translation>
    </message>
    <message>
        <source>vomiting</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>Erbrechen</translation>
    </message>
    <message>
        <source>stomach cramps</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>Bauchkrämpfe</translation>
    </message>
    <message>
        <source>headache</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>tremor</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>Zittern</translation>
    </message>
    <message>
        <source>muscle twitching</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>Muskelzucken</translation>
    </message>
    <message>
        <source>unsteadiness</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>Unsicherheit beim Stehen und Gehen</translation>
    </message>
    <message>
        <source>The label says metaxalone is not to be used when liver function is significantly impaired.</source>
        <extracomment>catalog.json: metaxalone caution liver</extracomment>
        <translation>Laut Packungsbeilage darf Metaxalone bei deutlich eingeschränkter Leberfunktion nicht angewendet werden.</translation>
    </message>
    <message>
        <source>The label says metaxalone is not to be used when kidney function is significantly impaired.</source>
        <extracomment>catalog.json: metaxalone caution kidney</extracomment>
        <translation>Laut Packungsbeilage darf Metaxalone bei deutlich eingeschränkter Nierenfunktion nicht angewendet werden.</translation>
    </message>
    <message>
        <source>The label says dantrolene tablets can cause serious liver injury and are not used in active liver disease.</source>
        <extracomment>catalog.json: dantrolene caution liver</extracomment>
        <translation>Laut Packungsbeilage können Dantrolene-Tabletten die Leber schwer schädigen und werden bei aktiver Lebererkrankung nicht angewendet.</translation>
    </message>
    <message>
        <source>The label says (boxed warning) that tendon damage and tendon rupture are more likely in people over 60, especially with steroid medicines.</source>
        <extracomment>catalog.json: ciprofloxacin caution age-65</extracomment>
        <translation>Laut Packungsbeilage (hervorgehobene Warnung) sind Sehnenschäden und Sehnenrisse bei Menschen über 60 wahrscheinlicher, besonders zusammen mit Kortison-Medikamenten (Steroiden).</translation>
    </message>
    <message>
        <source>The label says (boxed warning) that this kind of blood-pressure medicine can harm an unborn baby, and that it is stopped as soon as a pregnancy is known; the prescriber needs to know about a pregnancy straight away.</source>
        <extracomment>catalog.json: lisinopril caution pregnant</extracomment>
        <translation>Laut Packungsbeilage (hervorgehobene Warnung) kann diese Art von Blutdruckmedikament ein ungeborenes Kind schädigen und wird abgesetzt, sobald eine Schwangerschaft bekannt ist; die verordnende Ärztin oder der verordnende Arzt muss von einer Schwangerschaft sofort erfahren.</translation>
    </message>
    <message>
        <source>Thiazide-type water tablets make the kidneys pass more salt and water and can lower potassium and magnesium; in a large prescription study, new treatment for leg cramps was about half as common again after starting one.</source>
        <extracomment>catalog.json: hydrochlorothiazide cramp_reason</extracomment>
        <translation>Entwässerungstabletten vom Thiazid-Typ lassen die Nieren mehr Salz und Wasser ausscheiden und können Kalium und Magnesium senken; in einer großen Verordnungsstudie war eine neue Behandlung von Beinkrämpfen nach dem Beginn etwa anderthalbmal so häufig.</translation>
    </message>
    <message>
        <source>Loop water tablets make the kidneys pass a lot of salt and water and can lower potassium and magnesium; in a large prescription study, the link between starting one and leg cramps was small.</source>
        <extracomment>catalog.json: furosemide cramp_reason</extracomment>
        <translation>Schleifendiuretika (starke Entwässerungstabletten) lassen die Nieren viel Salz und Wasser ausscheiden und können Kalium und Magnesium senken; in einer großen Verordnungsstudie war der Zusammenhang zwischen dem Beginn und Beinkrämpfen gering.</translation>
    </message>
    <message>
        <source>Potassium-sparing water tablets make the body pass more salt and water while holding on to potassium; the shifts of salt and fluid may bring on cramps, and in a large prescription study new treatment for leg cramps was about twice as common after starting one.</source>
        <extracomment>catalog.json: spironolactone cramp_reason</extracomment>
        <translation>Kaliumsparende Entwässerungstabletten lassen den Körper mehr Salz und Wasser ausscheiden und halten dabei Kalium zurück; die Verschiebungen von Salz und Flüssigkeit können Krämpfe auslösen, und in einer großen Verordnungsstudie war eine neue Behandlung von Beinkrämpfen nach dem Beginn etwa doppelt so häufig.</translation>
    </message>
    <message>
        <source>Statins can cause muscle aches, weakness and cramps; in a large prescription study, the link between starting one and leg cramps was small.</source>
        <extracomment>catalog.json: atorvastatin cramp_reason</extracomment>
        <translation>Statine können Muskelschmerzen, Schwäche und Krämpfe verursachen; in einer großen Verordnungsstudie war der Zusammenhang zwischen dem Beginn und Beinkrämpfen gering.</translation>
    </message>
    <message>
        <source>Long-acting inhaled beta-agonists can lower potassium and make muscles twitch; in a large prescription study, new treatment for leg cramps was more than twice as common after starting one.</source>
        <extracomment>catalog.json: salmeterol cramp_reason</extracomment>
        <translation>Lang wirkende inhalierte Beta-Agonisten können Kalium senken und Muskeln zucken lassen; in einer großen Verordnungsstudie war eine neue Behandlung von Beinkrämpfen nach dem Beginn mehr als doppelt so häufig.</translation>
    </message>
    <message>
        <source>Raloxifene lists leg cramps among its side effects and is one of the medicines most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: raloxifene cramp_reason</extracomment>
        <translation>Raloxifene nennt Beinkrämpfe unter seinen Nebenwirkungen und gehört zu den Medikamenten, die am stärksten mit Beinkrämpfen in Verbindung stehen.</translation>
    </message>
    <message>
        <source>Conjugated estrogens are among the medicines most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: conjugated estrogens cramp_reason</extracomment>
        <translation>Konjugierte Östrogene gehören zu den Medikamenten, die am stärksten mit Beinkrämpfen in Verbindung stehen.</translation>
    </message>
    <message>
        <source>Naproxen is among the medicines most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: naproxen cramp_reason</extracomment>
        <translation>Naproxen gehört zu den Medikamenten, die am stärksten mit Beinkrämpfen in Verbindung stehen.</translation>
    </message>
    <message>
        <source>The label says NSAIDs such as this one are avoided from about 20 weeks of pregnancy, because they can harm the unborn baby's kidneys.</source>
        <extracomment>catalog.json: naproxen caution pregnant</extracomment>
        <translation>Laut Packungsbeilage werden NSAR wie dieses ab etwa der 20. Schwangerschaftswoche gemieden, weil sie die Nieren des ungeborenen Kindes schädigen können.</translation>
    </message>
    <message>
        <source>Teriparatide lists leg cramps among its side effects and is one of the medicines most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: teriparatide cramp_reason</extracomment>
        <translation>Teriparatide nennt Beinkrämpfe unter seinen Nebenwirkungen und gehört zu den Medikamenten, die am stärksten mit Beinkrämpfen in Verbindung stehen.</translation>
    </message>
    <message>
        <source>Iron sucrose given into a vein is the medicine most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: iron sucrose cramp_reason</extracomment>
        <translation>In die Vene gegebenes Eisen-Saccharose ist das Medikament, das am stärksten mit Beinkrämpfen in Verbindung steht.</translation>
    </message>
    <message>
        <source>The label says that long use of an opioid during pregnancy can cause withdrawal in the newborn baby, which needs planning with the prescriber.</source>
        <extracomment>catalog.json: morphine caution pregnant</extracomment>
        <translation>Laut Packungsbeilage kann die lange Anwendung eines Opioids in der Schwangerschaft beim neugeborenen Kind Entzugserscheinungen auslösen; das muss mit der verordnenden Ärztin oder dem verordnenden Arzt geplant werden.</translation>
    </message>
    <message>
        <source>The US FDA says quinine is not to be used for leg cramps: it has caused serious and life-threatening blood, heart-rhythm and allergic reactions, and it is approved only for malaria.</source>
        <extracomment>catalog.json: quinine not_for_cramps US</extracomment>
        <translation>Die US-Arzneimittelbehörde FDA sagt, Chinin (Quinine) darf nicht gegen Beinkrämpfe angewendet werden: es hat schwere und lebensbedrohliche Blut-, Herzrhythmus- und allergische Reaktionen verursacht und ist nur gegen Malaria zugelassen.</translation>
    </message>
    <message>
        <source>The UK medicines regulator says quinine is not for routine use for night-time leg cramps: only when cramps regularly disrupt sleep, after other measures have not helped, with the benefit reviewed regularly.</source>
        <extracomment>catalog.json: quinine not_for_cramps UK</extracomment>
        <translation>Die britische Arzneimittelbehörde sagt, Chinin (Quinine) ist nicht für die routinemäßige Anwendung bei nächtlichen Beinkrämpfen gedacht: nur wenn Krämpfe regelmäßig den Schlaf stören, andere Maßnahmen nicht geholfen haben und der Nutzen regelmäßig überprüft wird.</translation>
    </message>
    <message>
        <source>The label says chlorzoxazone has rarely caused serious liver injury, so liver disease needs particular care.</source>
        <extracomment>catalog.json: chlorzoxazone caution liver</extracomment>
        <translation>Laut Packungsbeilage hat Chlorzoxazone selten schwere Leberschäden verursacht; bei Lebererkrankungen ist deshalb besondere Vorsicht nötig.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes, water and doses over time</source>
        <translation>Episoden, Trinkmenge und Dosen im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water and episodes the next day</source>
        <translation>Trinkmenge und Episoden am nächsten Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water and episodes the same day</source>
        <translation>Trinkmenge und Episoden am selben Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes on days with and without stretching</source>
        <translation>Episoden an Tagen mit und ohne Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Episodes by hours since the last dose</source>
        <translation>Episoden nach Stunden seit der letzten Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>When episodes start: hour of day by weekday</source>
        <translation>Wann Episoden beginnen: Tageszeit nach Wochentag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <source>How long episodes lasted, by relief method</source>
        <translation>Wie lange Episoden dauerten, nach Art der Linderung</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Severity of episodes over time</source>
        <translation>Stärke der Episoden im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Where the episodes were</source>
        <translation>Wo die Episoden auftraten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Episodes by hours since the last {drug} dose</source>
        <translation>Episoden nach Stunden seit der letzten Dosis {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>No entries in this period yet.
Log a few episodes and this chart will fill in.</source>
        <translation>Noch keine Einträge in diesem Zeitraum.
Tragen Sie einige Episoden ein, dann füllt sich dieses Diagramm.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes per day</source>
        <translation>Episoden pro Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>{n} day with water logged</source>
        <extracomment>English plural: {n} days with water logged</extracomment>
        <translation>
            <numerusform>{n} Tag mit eingetragener Trinkmenge</numerusform>
            <numerusform>{n} Tage mit eingetragener Trinkmenge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Bars: average; lines: 95% interval</source>
        <translation>Balken: Durchschnitt; Linien: 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Severity (0 to 10)</source>
        <translation>Stärke (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water
(litres/day)</source>
        <translation>Trinkmenge
(Liter/Tag)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>One day (dots are spread a little so they do not overlap)</source>
        <translation>Ein Tag (die Punkte sind etwas verteilt, damit sie sich nicht überdecken)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water logged on the day (litres)</source>
        <translation>Am Tag eingetragene Trinkmenge (Liter)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water logged on a day (litres)</source>
        <translation>An einem Tag eingetragene Trinkmenge (Liter)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes the next day</source>
        <translation>Episoden am nächsten Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes the same day</source>
        <translation>Episoden am selben Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>With stretching</source>
        <translation>Mit Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Without stretching</source>
        <translation>Ohne Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>No episodes in this period yet.</source>
        <translation>Noch keine Episoden in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>One episode</source>
        <translation>Eine Episode</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average of the last 3 months</source>
        <translation>Durchschnitt der letzten 3 Monate</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water has to be logged on at least two days
(each followed by another day in the diary)
before this chart can be drawn.</source>
        <translation>Die Trinkmenge muss an mindestens zwei Tagen eingetragen sein
(auf die jeweils ein weiterer Tag im Tagebuch folgt),
bevor dieses Diagramm gezeichnet werden kann.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water has to be logged on at least two days
before this chart can be drawn.</source>
        <translation>Die Trinkmenge muss an mindestens zwei Tagen eingetragen sein,
bevor dieses Diagramm gezeichnet werden kann.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average in each fifth of the days, 95% interval</source>
        <translation>Durchschnitt in jedem Fünftel der Tage, 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>no days</source>
        <translation>keine Tage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>({n} day)</source>
        <extracomment>English plural: ({n} days)</extracomment>
        <translation>
            <numerusform>({n} Tag)</numerusform>
            <numerusform>({n} Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average of the last {n} day</source>
        <extracomment>English plural: Average of the last {n} days</extracomment>
        <translation>
            <numerusform>Durchschnitt über {n} Tag</numerusform>
            <numerusform>Durchschnitt der letzten {n} Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes that day</source>
        <translation>Episoden an dem Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average per day, each week</source>
        <translation>Durchschnitt pro Tag, je Woche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average per day, each month</source>
        <translation>Durchschnitt pro Tag, je Monat</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Doses
(any that
week)</source>
        <translation>Dosen
(mindestens eine
in der Woche)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Doses
(any that
month)</source>
        <translation>Dosen
(mindestens eine
im Monat)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>First {drug} dose</source>
        <translation>Erste Dosis {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>How long episodes lasted, by what you did for relief</source>
        <translation>Wie lange Episoden dauerten, nach dem, was Sie zur Linderung getan haben</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Episodes per 24 h</source>
        <translation>Episoden pro 24 h</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>{n} episode. Each bar: episodes that started in that hour after a dose,
per 24 hours spent at that point after a dose</source>
        <extracomment>English plural: {n} episodes. Each bar: episodes that started in that hour after a dose,
per 24 hours spent at that point after a dose</extracomment>
        <translation>
            <numerusform>{n} Episode. Jeder Balken: Episoden, die in dieser Stunde nach einer Dosis begannen,
je 24 Stunden, die in diesem Abstand zu einer Dosis verbracht wurden</numerusform>
            <numerusform>{n} Episoden. Jeder Balken: Episoden, die in dieser Stunde nach einer Dosis begannen,
je 24 Stunden, die in diesem Abstand zu einer Dosis verbracht wurden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Hour of day (local time)</source>
        <translation>Tageszeit (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>night 22:00 to 07:00</source>
        <translation>Nacht 22:00 bis 07:00</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Duration of the episode (minutes)</source>
        <translation>Dauer der Episode (Minuten)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Side not given</source>
        <translation>Seite nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>No medicine with a dosing interval was taken regularly
(on 5 of 7 days) in this period.</source>
        <translation>In diesem Zeitraum wurde kein Medikament mit Dosierabstand
regelmäßig (an 5 von 7 Tagen) eingenommen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>No episodes with a duration and a relief method yet.
Log how long an episode lasted and what you tried.</source>
        <translation>Noch keine Episoden mit Dauer und Art der Linderung.
Tragen Sie ein, wie lange eine Episode dauerte und was Sie versucht haben.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Red line: median; box: middle half of the episodes; (n): episodes.
An episode where you tried several things counts under each.</source>
        <translation>Rote Linie: Median; Kasten: mittlere Hälfte der Episoden; (n): Episoden.
Eine Episode, bei der Sie mehreres versucht haben, zählt bei jedem davon.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Hours since the last {drug} dose (h)</source>
        <translation>Stunden seit der letzten Dosis {drug} (h)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>{n} episode. Each bar: episodes that started in that hour after a dose,
per 24 hours spent at that point after a dose (bars with under {hours} h in total left out)</source>
        <extracomment>English plural: {n} episodes. Each bar: episodes that started in that hour after a dose,
per 24 hours spent at that point after a dose (bars with under {hours} h in total left out)</extracomment>
        <translation>
            <numerusform>{n} Episode. Jeder Balken: Episoden, die in dieser Stunde nach einer Dosis begannen,
je 24 Stunden, die in diesem Abstand zu einer Dosis verbracht wurden (Balken mit insgesamt unter {hours} h weggelassen)</numerusform>
            <numerusform>{n} Episoden. Jeder Balken: Episoden, die in dieser Stunde nach einer Dosis begannen,
je 24 Stunden, die in diesem Abstand zu einer Dosis verbracht wurden (Balken mit insgesamt unter {hours} h weggelassen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>No {drug} doses in this period yet.</source>
        <translation>Noch keine Dosen {drug} in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Within {hours} h of a dose</source>
        <translation>Innerhalb von {hours} h nach einer Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>More than {hours} h after the last dose</source>
        <translation>Mehr als {hours} h nach der letzten Dosis</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>deleted {id}</source>
        <translation>{id} gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>No flags in this period.</source>
        <translation>Keine Hinweise in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/cli.py"/>
        <source>added {n} demo entry over {days} days</source>
        <extracomment>English plural: added {n} demo entries over {days} days</extracomment>
        <translation>
            <numerusform>{n} Beispieleintrag über {days} Tage hinzugefügt</numerusform>
            <numerusform>{n} Beispieleinträge über {days} Tage hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>crampdiary: interrupted</source>
        <translation>crampdiary: unterbrochen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Since: {when}</source>
        <translation>Seit: {when}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>crampdiary: refused: {reason}</source>
        <translation>crampdiary: abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>crampdiary: unexpected error ({error}).</source>
        <translation>crampdiary: unerwarteter Fehler ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Entries: {ids}   Source: {source}</source>
        <translation>Einträge: {ids}   Quelle: {source}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Details were saved to {path}.</source>
        <translation>Einzelheiten wurden in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The Cramp Diary window is open on this diary, so nothing was changed.</source>
        <translation>Das Fenster des Krampf-Tagebuchs hat dieses Tagebuch geöffnet, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>Quit the window (File &gt; Quit) and run this again.</source>
        <translation>Beenden Sie das Fenster (Datei &gt; Beenden) und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>Keep the recovery key below somewhere safe, away from this computer: it opens the diary if the passphrase is forgotten, and it is shown only this once.</source>
        <translation>Bewahren Sie den Wiederherstellungsschlüssel unten an einem sicheren Ort auf, nicht auf diesem Computer: Er öffnet das Tagebuch, wenn die Passphrase vergessen ist, und er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The passphrase was changed; the recovery key stays the same.</source>
        <translation>Die Passphrase wurde geändert; der Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>is empty; nothing was changed</source>
        <translation>ist leer; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>contains a NUL character; nothing was changed</source>
        <translation>enthält ein NUL-Zeichen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>is not encrypted (encrypt sets a passphrase); nothing was changed</source>
        <translation>ist nicht verschlüsselt (encrypt legt eine Passphrase fest); es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>the two passphrases typed differ; nothing was changed</source>
        <translation>die zwei eingegebenen Passphrasen sind verschieden; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The diary in {folder} and its backups are encrypted.</source>
        <translation>Das Tagebuch in {folder} und seine Sicherungen sind verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The diary in {folder} and its backups are plain (not encrypted) again.</source>
        <translation>Das Tagebuch in {folder} und seine Sicherungen sind wieder unverschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>crampdiary: note: a passphrase of fewer than {n} characters is easy to guess for someone who has the file.</source>
        <translation>crampdiary: Hinweis: Eine Passphrase mit weniger als {n} Zeichen ist für jemanden, der die Datei hat, leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>give the new passphrase on a terminal or in {env}; nothing was changed</source>
        <translation>geben Sie die neue Passphrase in einem Terminal oder in {env} an; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>give the current passphrase on a terminal or in {env} (or the recovery key in {recovery_env}); nothing was changed</source>
        <translation>geben Sie die aktuelle Passphrase in einem Terminal oder in {env} an (oder den Wiederherstellungsschlüssel in {recovery_env}); es wurde nichts geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>{n} file written.</source>
        <extracomment>English plural: {n} files written.</extracomment>
        <translation>
            <numerusform>{n} Datei geschrieben.</numerusform>
            <numerusform>{n} Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>Installed the menu entry {entry} and the icon.</source>
        <translation>Menüeintrag {entry} und Symbol installiert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>The menu entry {entry} and the icon are already up to date.</source>
        <translation>Der Menüeintrag {entry} und das Symbol sind schon aktuell.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>Removed the menu entry and the icon from {folder}.</source>
        <translation>Menüeintrag und Symbol aus {folder} entfernt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>Nothing to remove: no menu entry was installed in {folder}.</source>
        <translation>Nichts zu entfernen: In {folder} war kein Menüeintrag installiert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>first rows:</source>
        <translation>erste Zeilen:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>dry run ({source}): nothing was written</source>
        <translation>Probelauf ({source}): nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>no entries found</source>
        <translation>keine Einträge gefunden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>already present</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>a backup was made first: {path}</source>
        <translation>zuerst wurde eine Sicherung erstellt: {path}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>{kind}: would add {add}, already present {present}</source>
        <translation>{kind}: würde {add} hinzufügen, schon vorhanden {present}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>medicines: would add {n}</source>
        <translation>Medikamente: würde {n} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>(from {source})</source>
        <translation>(aus {source})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>{where}: {kind} at {at} ({status})</source>
        <translation>{where}: {kind} am {at} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>No medicines.</source>
        <translation>Keine Medikamente.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>stopped {date}</source>
        <translation>abgesetzt am {date}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>changed {name}</source>
        <translation>{name} geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>stopped {name} on {date}</source>
        <translation>{name} am {date} als abgesetzt festgehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>{n} entry</source>
        <extracomment>English plural: {n} entries</extracomment>
        <translation>
            <numerusform>{n} Eintrag</numerusform>
            <numerusform>{n} Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>born {year}</source>
        <translation>geboren {year}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>removed {name}</source>
        <translation>{name} entfernt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/backup_cmd.py"/>
        <source>restored {file}; the replaced diary was kept as {kept}</source>
        <translation>{file} wiederhergestellt; das ersetzte Tagebuch wurde als {kept} aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/backup_cmd.py"/>
        <source>restored {file}</source>
        <translation>{file} wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>when (ISO 8601; default now)</source>
        <translation>wann (ISO 8601; Standard: jetzt)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Cramp Diary: a private diary for muscle cramps and medicines.</source>
        <translation>Krampf-Tagebuch: ein privates Tagebuch für Muskelkrämpfe und Medikamente.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>data folder (default: per-user data folder)</source>
        <translation>Datenordner (Standard: der Datenordner dieses Benutzers)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>whose diary to read and write (default: CRAMPDIARY_PERSON, else the default person)</source>
        <translation>wessen Tagebuch gelesen und geschrieben wird (Standard: CRAMPDIARY_PERSON, sonst die Standardperson)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>open the window (the default)</source>
        <translation>das Fenster öffnen (Standard)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>log an entry</source>
        <translation>einen Eintrag erfassen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>list entries</source>
        <translation>Einträge auflisten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>change an entry</source>
        <translation>einen Eintrag ändern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>delete an entry</source>
        <translation>einen Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>flags of the last 7 days</source>
        <translation>Hinweise der letzten 7 Tage</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Flags of the 7 days up to --at: events, and each ongoing episode once. Dose timing allows for the tolerances of the catalog's rules (early_tolerance_min, drift_tolerance_min; product choices, see docs/RULES.md).</source>
        <translation>Hinweise der 7 Tage bis --at: Ereignisse, und jede noch andauernde Episode einmal. Die Zeitprüfung der Dosen berücksichtigt die Toleranzen der Regeln im Katalog (early_tolerance_min, drift_tolerance_min; Festlegungen des Programms, siehe docs/RULES.md).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>when the next dose would raise no timing flag</source>
        <translation>wann die nächste Dosis keinen Zeit-Hinweis auslösen würde</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>When another dose would raise neither DRUG.interval nor DRUG.doses-24h, with the catalog's tolerances (early_tolerance_min, drift_tolerance_min).</source>
        <translation>Wann eine weitere Dosis weder DRUG.interval noch DRUG.doses-24h auslösen würde, mit den Toleranzen des Katalogs (early_tolerance_min, drift_tolerance_min).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>write the PDF report for your doctor</source>
        <translation>den PDF-Bericht für Ihre Ärztin oder Ihren Arzt schreiben</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>every single entry, also for a period over 92 days</source>
        <translation>jeder einzelne Eintrag, auch bei einem Zeitraum von mehr als 92 Tagen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>export the diary</source>
        <translation>das Tagebuch exportieren</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>import an export of Cramp Diary or of another app</source>
        <translation>einen Export des Krampf-Tagebuchs oder einer anderen App importieren</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>make a backup copy of the diary</source>
        <translation>eine Sicherungskopie des Tagebuchs erstellen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>replace the diary with a backup</source>
        <translation>das Tagebuch durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>fill an empty diary with realistic sample data</source>
        <translation>ein leeres Tagebuch mit realistischen Beispieldaten füllen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>what goes with what, with honest statistics</source>
        <translation>was womit einhergeht, mit ehrlicher Statistik</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>45s, 3m, 1h30m or seconds</source>
        <translation>45s, 3m, 1h30m oder Sekunden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>woke me from sleep</source>
        <translation>hat mich aus dem Schlaf geweckt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>encrypt the diary and its backups with a passphrase</source>
        <translation>das Tagebuch und seine Sicherungen mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>make an encrypted diary plain again</source>
        <translation>ein verschlüsseltes Tagebuch wieder unverschlüsselt machen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>set a new passphrase (the entries are not rewritten)</source>
        <translation>eine neue Passphrase festlegen (die Einträge werden nicht neu geschrieben)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>add Cramp Diary to this user's application menu, with its icon</source>
        <translation>das Krampf-Tagebuch mit seinem Symbol ins Anwendungsmenü dieses Benutzers aufnehmen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>remove the menu entry and icon that desktop-install wrote</source>
        <translation>den Menüeintrag und das Symbol entfernen, die desktop-install geschrieben hat</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>FHIR bundle type: collection (to read) or transaction (for a clinic's FHIR server)</source>
        <translation>FHIR-Bundle-Typ: collection (zum Lesen) oder transaction (für den FHIR-Server einer Praxis oder Klinik)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>the patient's name in a FHIR export</source>
        <translation>der Name der Patientin oder des Patienten in einem FHIR-Export</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>start each CSV file with a byte-order mark (for Excel)</source>
        <translation>jede CSV-Datei mit einer Byte-Order-Markierung beginnen (für Excel)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>where the file comes from (default: recognised by its content)</source>
        <translation>woher die Datei stammt (Standard: am Inhalt erkannt)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>show what would be imported and write nothing</source>
        <translation>zeigen, was importiert würde, und nichts schreiben</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_i18n.py"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>your list of medicines</source>
        <translation>Ihre Medikamentenliste</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>list your medicines</source>
        <translation>Ihre Medikamente auflisten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>record that you stopped a medicine</source>
        <translation>festhalten, dass Sie ein Medikament abgesetzt haben</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>add a medicine</source>
        <translation>ein Medikament hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>change a medicine</source>
        <translation>ein Medikament ändern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>the people whose diaries this file keeps</source>
        <translation>die Personen, deren Tagebücher diese Datei führt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>add a person</source>
        <translation>eine Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>liver, kidney, pregnant or breastfeeding (repeat for several)</source>
        <translation>liver, kidney, pregnant oder breastfeeding (Leber, Niere, schwanger, stillend; für mehrere wiederholen)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>list the people</source>
        <translation>die Personen auflisten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>change a person</source>
        <translation>eine Person ändern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>make this the default person</source>
        <translation>diese Person zur Standardperson machen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>remove a person who has no entries</source>
        <translation>eine Person ohne Einträge entfernen</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>optional arguments</source>
        <translation>Optionale Argumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>import a csv folder or json file written by export</source>
        <translation type="vanished">einen CSV-Ordner oder eine JSON-Datei importieren, die export geschrieben hat</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>is already encrypted (change-passphrase sets a new passphrase); nothing was changed</source>
        <translation>ist schon verschlüsselt (change-passphrase legt eine neue Passphrase fest); es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>is not encrypted; nothing was changed</source>
        <translation>ist nicht verschlüsselt; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>the passphrase is wrong; nothing was changed</source>
        <translation>die Passphrase ist falsch; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>the recovery key is wrong; nothing was changed</source>
        <translation>der Wiederherstellungsschlüssel ist falsch; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>is empty; nothing was changed</source>
        <translation>ist leer; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>the diary is locked</source>
        <translation>das Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>this diary is encrypted: give the passphrase (typed on a terminal or in {env}) or the recovery key ({recovery_env}); nothing was changed</source>
        <translation>dieses Tagebuch ist verschlüsselt: geben Sie die Passphrase (in einem Terminal oder in {env}) oder den Wiederherstellungsschlüssel ({recovery_env}) an; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The diary's key file {value} cannot be read ({problem}); the diary cannot be opened without it.</source>
        <translation>Die Schlüsseldatei des Tagebuchs {value} kann nicht gelesen werden ({problem}); ohne sie lässt sich das Tagebuch nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Put back the key file from where you keep a copy.</source>
        <translation>Legen Sie die Schlüsseldatei aus Ihrer Kopie wieder zurück.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>{path} is not a Cramp Diary key file.</source>
        <translation>{path} ist keine Schlüsseldatei des Krampf-Tagebuchs.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The key file {path} was written by another version of Cramp Diary.</source>
        <translation>Die Schlüsseldatei {path} wurde von einer anderen Version des Krampf-Tagebuchs geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Install the newer version to open it.</source>
        <translation>Installieren Sie die neuere Version, um es zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The backups folder holds encrypted backups that only the key file {old_key} opens, and encrypting again would replace that key file. Nothing was changed.</source>
        <translation>Der Sicherungsordner enthält verschlüsselte Sicherungen, die nur die Schlüsseldatei {old_key} öffnet, und erneutes Verschlüsseln würde diese Schlüsseldatei ersetzen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Move the encrypted backups and the key file somewhere else first (or restore one of them), then run encrypt again.</source>
        <translation>Verschieben Sie zuerst die verschlüsselten Sicherungen und die Schlüsseldatei an einen anderen Ort (oder stellen Sie eine davon wieder her) und führen Sie dann encrypt erneut aus.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The key file {value} is damaged ({__name__}).</source>
        <translation>Die Schlüsseldatei {value} ist beschädigt ({__name__}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The diary is open in another program (the window?), so it was not changed.</source>
        <translation>Das Tagebuch ist in einem anderen Programm geöffnet (im Fenster?), daher wurde es nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Close it and try again.</source>
        <translation>Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The backup {p} cannot be read as a diary ({exc}), so the diary was not {op}ed. Nothing was changed.</source>
        <translation>Die Sicherung {p} lässt sich nicht als Tagebuch lesen ({exc}), daher wurde „{op}“ für das Tagebuch nicht ausgeführt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Move that file out of the data folder (or delete it) and try again.</source>
        <translation>Verschieben Sie diese Datei aus dem Datenordner (oder löschen Sie sie) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The diary is open in another program, so it was not changed.</source>
        <translation>Das Tagebuch ist in einem anderen Programm geöffnet, daher wurde es nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>The backup before this large import could not be made ({strerror}); nothing was imported.</source>
        <translation>Die Sicherung vor diesem großen Import konnte nicht angelegt werden ({strerror}); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>Free some disk space and try again.</source>
        <translation>Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>{file} was written by a newer version of Cramp Diary (schema {version}; this version knows {SCHEMA_VERSION}). The diary was not changed.</source>
        <translation>{file} wurde von einer neueren Version des Krampf-Tagebuchs geschrieben (Schema {version}; diese Version kennt {SCHEMA_VERSION}). Das Tagebuch wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>Install the newer version to restore it.</source>
        <translation>Installieren Sie die neuere Version, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>{message} The diary as it was before the restore is kept as {kept}.</source>
        <translation>{message} Das Tagebuch im Zustand vor der Wiederherstellung wird als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>The diary is busy in another program, so it was not replaced (a copy of it was kept as {kept}).</source>
        <translation>Das Tagebuch wird gerade von einem anderen Programm benutzt, daher wurde es nicht ersetzt (eine Kopie wurde als {kept} aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>Close the other program and try again.</source>
        <translation>Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} could not be {what}: the drive reported an input/output error.</source>
        <translation>Das Tagebuch {path} konnte nicht {what} werden: Das Laufwerk meldete einen Ein-/Ausgabefehler.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Check that the drive is connected and healthy; then try again.</source>
        <translation>Prüfen Sie, ob das Laufwerk angeschlossen und in Ordnung ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The file {path} is not a Cramp Diary database (it may be damaged).</source>
        <translation>Die Datei {path} ist keine Datenbank des Krampf-Tagebuchs (sie ist vielleicht beschädigt).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} failed its integrity check ({result}).</source>
        <translation>Das Tagebuch {path} hat die Integritätsprüfung nicht bestanden ({result}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} holds objects Cramp Diary never makes ({names}); it was not used and not changed.</source>
        <translation>Das Tagebuch {path} enthält Objekte, die das Krampf-Tagebuch nie anlegt ({names}); es wurde nicht benutzt und nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The disk is full, so nothing was {action}; the diary is as it was before.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts {action}; das Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Free some space and try again.</source>
        <translation>Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} or its folder is read-only, so nothing was {action}.</source>
        <translation>Das Tagebuch {path} oder sein Ordner ist schreibgeschützt, daher wurde nichts {action}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Check the folder's permissions (or the drive's write protection).</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners (oder den Schreibschutz des Laufwerks).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary is busy in another program and nothing was {action}.</source>
        <translation>Das Tagebuch wird gerade von einem anderen Programm benutzt, und es wurde nichts {action}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Try again in a moment (or close the other program).</source>
        <translation>Versuchen Sie es gleich noch einmal (oder schließen Sie das andere Programm).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} is damaged ({text}).</source>
        <translation>Das Tagebuch {path} ist beschädigt ({text}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The computer ran out of memory, so nothing was {action}.</source>
        <translation>Dem Computer ging der Arbeitsspeicher aus, daher wurde nichts {action}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Close other programs and try again.</source>
        <translation>Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} could not be {what}: the file or its folder cannot be opened.</source>
        <translation>Das Tagebuch {path} konnte nicht {what} werden: Die Datei oder ihr Ordner lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Check that the drive is connected and the folder exists and can be written.</source>
        <translation>Prüfen Sie, ob das Laufwerk angeschlossen ist und der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} is empty (0 bytes), but backups of it exist.</source>
        <translation>Das Tagebuch {path} ist leer (0 Byte), aber es gibt Sicherungen davon.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} cannot be read: {strerror}.</source>
        <translation>Das Tagebuch {path} kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Check that the drive is connected and the file readable.</source>
        <translation>Prüfen Sie, ob das Laufwerk angeschlossen und die Datei lesbar ist.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} is damaged ({exc}).</source>
        <translation>Das Tagebuch {path} ist beschädigt ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} needs an upgrade to this version of Cramp Diary, but it could not be backed up first ({reason}). Nothing was changed.</source>
        <translation>Das Tagebuch {path} muss für diese Version des Krampf-Tagebuchs aktualisiert werden, konnte aber vorher nicht gesichert werden ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Free some disk space or check the folder's permissions, then try again.</source>
        <translation>Geben Sie Speicherplatz frei oder prüfen Sie die Berechtigungen des Ordners und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} was written by a newer version of Cramp Diary (schema {version}; this version knows {SCHEMA_VERSION}). It was not changed.</source>
        <translation>Das Tagebuch {path} wurde von einer neueren Version des Krampf-Tagebuchs geschrieben (Schema {version}; diese Version kennt {SCHEMA_VERSION}). Es wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The file {path} is an SQLite database but not a Cramp Diary. It was not changed.</source>
        <translation>Die Datei {path} ist eine SQLite-Datenbank, aber kein Krampf-Tagebuch. Sie wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Choose another data folder with --data-dir, or restore a backup.</source>
        <translation>Wählen Sie mit --data-dir einen anderen Datenordner oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/use_cases.py"/>
        <source>There is no entry {entry_id}.</source>
        <translation>Es gibt keinen Eintrag {entry_id}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/use_cases.py"/>
        <source>There is no medicine {medicine_id}.</source>
        <translation>Es gibt kein Medikament {medicine_id}.</translation>
    </message>
    <message>
        <source>The diary could not be {action} ({text}).</source>
        <translation type="vanished">Das Tagebuch konnte nicht {action} werden ({text}).</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="vanished">Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The diary {path} could not be {what} ({text}).</source>
        <translation type="vanished">Das Tagebuch {path} konnte nicht {what} werden ({text}).</translation>
    </message>
    <message>
        <source>Check that the drive is connected, has free space and the folder can be written.</source>
        <translation type="vanished">Prüfen Sie, ob das Laufwerk angeschlossen ist, freien Platz hat und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>exported {n} entry to {out}</source>
        <extracomment>English plural: exported {n} entries to {out}</extracomment>
        <translation>
            <numerusform>{n} Eintrag nach {out} exportiert</numerusform>
            <numerusform>{n} Einträge nach {out} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>skipped {n} already present</source>
        <extracomment>English plural: skipped {n} already present</extracomment>
        <translation>
            <numerusform>{n} schon vorhandener Eintrag übersprungen</numerusform>
            <numerusform>{n} schon vorhandene Einträge übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>{n} already present</source>
        <extracomment>English plural: {n} already present</extracomment>
        <translation>
            <numerusform>{n} schon vorhanden</numerusform>
            <numerusform>{n} schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>imported {n} entry</source>
        <extracomment>English plural: imported {n} entries</extracomment>
        <translation>
            <numerusform>{n} Eintrag importiert</numerusform>
            <numerusform>{n} Einträge importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>would import {n} entry</source>
        <extracomment>English plural: would import {n} entries</extracomment>
        <translation>
            <numerusform>würde {n} Eintrag importieren</numerusform>
            <numerusform>würde {n} Einträge importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>{n} already present and skipped</source>
        <extracomment>English plural: {n} already present and skipped</extracomment>
        <translation>
            <numerusform>{n} schon vorhanden und übersprungen</numerusform>
            <numerusform>{n} schon vorhanden und übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>{n} entry added</source>
        <extracomment>English plural: {n} entries added</extracomment>
        <translation>
            <numerusform>{n} Eintrag hinzugefügt</numerusform>
            <numerusform>{n} Einträge hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import-where</name>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} row {n} (line {line})</source>
        <translation>{file}, Zeile {n} (Dateizeile {line})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} entry {n} (entries[{i}])</source>
        <translation>{file}, Eintrag {n} (entries[{i}])</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} medicine {n} (medicines[{i}])</source>
        <translation>{file}, Medikament {n} (medicines[{i}])</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} element {n} (&lt;{tag}&gt;)</source>
        <translation>{file}, Element {n} (&lt;{tag}&gt;)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} {table} row {n}</source>
        <translation>{file}, Tabelle {table}, Zeile {n}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{where}, field {column}: {reason}</source>
        <translation>{where}, Feld {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>must be an ISO 8601 date and time</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is more than 24 hours in the future</source>
        <translation>liegt mehr als 24 Stunden in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is too far in the past</source>
        <translation>liegt zu weit in der Vergangenheit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>must be a plain value</source>
        <translation>muss ein einfacher Wert sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>must hold plain values</source>
        <translation>darf nur einfache Werte enthalten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is not an entry id</source>
        <translation>ist keine Eintragsnummer</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is not an entry id (a whole number)</source>
        <translation>ist keine Eintragsnummer (eine ganze Zahl)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is not a field of a {kind} entry</source>
        <translation>ist kein Feld eines Eintrags der Art {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>Cramp Diary</source>
        <translation>Krampf-Tagebuch</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>{text} is not an entry id</source>
        <translation>{text} ist keine Eintragsnummer</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>is before --from</source>
        <translation>liegt vor --from</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>give at least one field to change, e.g. --severity 5</source>
        <translation>geben Sie mindestens ein Feld zum Ändern an, z. B. --severity 5</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>must be from 1 to 7320</source>
        <translation>muss zwischen 1 und 7320 liegen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>{text} is not an entry id (a whole number)</source>
        <translation>{text} ist keine Eintragsnummer (eine ganze Zahl)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>{days} is not a whole number</source>
        <translation>{days} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>{seed} is not a whole number</source>
        <translation>{seed} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>there is no entry {entry_id}</source>
        <translation>es gibt keinen Eintrag {entry_id}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>is not a field of a {kind} entry</source>
        <translation>ist kein Feld eines Eintrags der Art {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>contains bytes that are not valid UTF-8 text</source>
        <translation>enthält Bytes, die kein gültiger UTF-8-Text sind</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{v} is not yes or no</source>
        <translation>{v} ist weder yes noch no</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is {n} characters long; at most {MAX_TEXT} are kept</source>
        <translation>ist {n} Zeichen lang; höchstens {MAX_TEXT} werden gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>unknown {what} {v}; choose from {value}</source>
        <translation>unbekannter Wert für {what}: {v}; wählen Sie aus {value}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be more than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is more than 24 hours in the future</source>
        <translation>liegt mehr als 24 Stunden in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is too far in the past</source>
        <translation>liegt zu weit in der Vergangenheit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a whole number from 0 to 10</source>
        <translation>muss eine ganze Zahl von 0 bis 10 sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{value} is outside 0..10</source>
        <translation>{value} liegt außerhalb von 0..10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{value} is outside {lo}..{hi}</source>
        <translation>{value} liegt außerhalb von {lo}..{hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is not a duration</source>
        <translation>ist keine Dauer</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a medicine name of at most 200 characters</source>
        <translation>muss ein Medikamentenname mit höchstens 200 Zeichen sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is implausibly large</source>
        <translation>ist unplausibel groß</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{v} is not a unit such as mg, g, mcg, ml or tablet</source>
        <translation>{v} ist keine Einheit wie mg, g, mcg, ml oder tablet</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is more than 10 litres in one entry</source>
        <translation>sind mehr als 10 Liter in einem Eintrag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is more than 24 hours</source>
        <translation>ist länger als 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>unknown kind {kind}; choose from {value}</source>
        <translation>unbekannte Art {kind}; wählen Sie aus {value}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>unknown {what} {raw}; choose from {value}</source>
        <translation>unbekannter Wert für {what}: {raw}; wählen Sie aus {value}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{v} is not a number</source>
        <translation>{v} ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is not a set of fields</source>
        <translation>ist keine Sammlung von Feldern</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is not a field of this kind of entry</source>
        <translation>ist kein Feld dieser Art von Eintrag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{v} is not a number from 0 to 10</source>
        <translation>{v} ist keine Zahl von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a whole number of seconds</source>
        <translation>muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>blood pressure needs both systolic and diastolic</source>
        <translation>für den Blutdruck braucht es den systolischen und den diastolischen Wert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be lower than systolic</source>
        <translation>muss niedriger als der systolische Wert sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>give a blood pressure (systolic and diastolic) or a pulse</source>
        <translation>geben Sie einen Blutdruck (systolisch und diastolisch) oder einen Puls an</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>this diary cannot store a strength yet (it needs the schema 4 upgrade)</source>
        <translation>dieses Tagebuch kann noch keine Stärke speichern (es braucht die Aktualisierung auf Schema 4)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>{value} is already on your list as a current medicine; change it with 'medicine edit' instead</source>
        <translation>{value} steht schon als aktuelles Medikament auf Ihrer Liste; ändern Sie es stattdessen mit 'medicine edit'</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>{name} is not on your list of medicines</source>
        <translation>{name} steht nicht auf Ihrer Medikamentenliste</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>{name} is not a current medicine on your list</source>
        <translation>{name} ist kein aktuelles Medikament auf Ihrer Liste</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>is before the start date</source>
        <translation>liegt vor dem Anfangsdatum</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation type="vanished">ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>must be a number of mg, such as 4</source>
        <translation type="vanished">muss eine Menge in mg sein, etwa 4</translation>
    </message>
    <message>
        <source>must be more than zero and less than 100000 mg</source>
        <translation type="vanished">muss größer als null und kleiner als 100000 mg sein</translation>
    </message>
    <message>
        <source>{it} is not a time of day such as 08:00</source>
        <translation type="vanished">{it} ist keine Uhrzeit wie 08:00</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>a strong</source>
        <translation>ein starker</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode</source>
        <extracomment>English plural: {n} episodes</extracomment>
        <translation>
            <numerusform>{n} Episode</numerusform>
            <numerusform>{n} Episoden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>No entries in this date range yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Einträge.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Are there fewer episodes on days with stretching?</source>
        <translation>Gibt es an Tagen mit Dehnen weniger Episoden?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>What share of episodes start at night (22:00 to 07:00) or wake you?</source>
        <translation>Welcher Anteil der Episoden beginnt nachts (22:00 bis 07:00 Uhr) oder weckt Sie?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>many times as many</source>
        <translation>ein Vielfaches</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>hardly any</source>
        <translation>kaum ein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>a weak</source>
        <translation>ein schwacher</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>a moderate</source>
        <translation>ein mäßiger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day with water logged</source>
        <extracomment>English plural: {n} days with water logged</extracomment>
        <translation>
            <numerusform>{n} Tag mit erfasstem Wasser</numerusform>
            <numerusform>{n} Tage mit erfasstem Wasser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode on those days</source>
        <extracomment>English plural: {n} episodes on those days</extracomment>
        <translation>
            <numerusform>{n} Episode an diesen Tagen</numerusform>
            <numerusform>{n} Episoden an diesen Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} pair of days (water logged on the first)</source>
        <extracomment>English plural: {n} pairs of days (water logged on the first)</extracomment>
        <translation>
            <numerusform>{n} Tagespaar (Wasser am ersten Tag erfasst)</numerusform>
            <numerusform>{n} Tagespaare (Wasser am ersten Tag erfasst)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode on the following days</source>
        <extracomment>English plural: {n} episodes on the following days</extracomment>
        <translation>
            <numerusform>{n} Episode an den Folgetagen</numerusform>
            <numerusform>{n} Episoden an den Folgetagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>fewer</source>
        <translation>weniger</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>On the {n} days with water logged, hardly any link between the water you logged and episodes the same day ({stats}).</source>
        <translation>An den {n} Tagen mit erfasstem Wasser kaum ein Zusammenhang zwischen dem erfassten Wasser und den Episoden am selben Tag ({stats}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>the same as</source>
        <translation>genauso viel wie</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>rate-ratio</source>
        <translation>Ratenverhältnis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>spearman</source>
        <translation>Spearman-Rho</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>These are patterns in your own diary: what went together, not proof of what causes what. Talk to your doctor or prescriber before changing any treatment.</source>
        <translation>Das sind Muster in Ihrem eigenen Tagebuch: was zusammen auftrat, kein Beweis dafür, was was verursacht. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt bzw. der verordnenden Stelle, bevor Sie eine Behandlung ändern.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>about the same</source>
        <translation>etwa gleich viele</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{x} times as many</source>
        <translation>{x}-mal so viele</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>95% interval from {lo} to {hi}</source>
        <translation>95-%-Intervall von {lo} bis {hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>On days you stretched you logged {a} episodes a day, against {b} on other days ({ratio}; {ci}; {days} days: {n1} with stretching, {n0} without).</source>
        <translation>An Tagen, an denen Sie gedehnt haben, haben Sie {a} Episoden pro Tag erfasst, an anderen Tagen {b} ({ratio}; {ci}; {days} Tage: {n1} mit Dehnen, {n0} ohne).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Do days with more water have fewer episodes?</source>
        <translation>Gibt es an Tagen mit mehr Wasser weniger Episoden?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Does the previous day's water go with the episodes?</source>
        <translation>Geht das Wasser des Vortags mit den Episoden einher?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Spearman rho {rho}; 95% interval {lo} to {hi}</source>
        <translation>Spearman-Rho {rho}; 95-%-Intervall {lo} bis {hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Over {n} pairs of days, hardly any link between the water you logged and episodes the next day ({stats}).</source>
        <translation>Über {n} Tagespaare kaum ein Zusammenhang zwischen dem erfassten Wasser und den Episoden am nächsten Tag ({stats}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>For {name}, taken regularly: do episodes start more often when the last dose is more than {h} hours old?</source>
        <translation>{name}, regelmäßig eingenommen: Beginnen Episoden häufiger, wenn die letzte Dosis mehr als {h} Stunden zurückliegt?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>When the last {name} dose was more than {h} h old (up to 36 h), episodes started at {r1} per 24 hours, against {r0} per 24 hours within {h} h of a dose ({ratio}; {ci}; {n} episodes over {hours} hours).</source>
        <translation>Lag die letzte Dosis {name} mehr als {h} Std. zurück (bis 36 Std.), begannen {r1} Episoden pro 24 Stunden, gegenüber {r0} pro 24 Stunden innerhalb von {h} Std. nach einer Dosis ({ratio}; {ci}; {n} Episoden in {hours} Stunden).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Since {name} was first logged: are episodes more frequent after its first dose than before?</source>
        <translation>Seit {name} zum ersten Mal erfasst wurde: Sind Episoden nach der ersten Dosis häufiger als davor?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>In the {span} days from the first logged dose of {name} ({day}) you logged {episodes}, against {e0} in the {span} days before ({ratio}; {ci}).</source>
        <translation>In den {span} Tagen ab der ersten erfassten Dosis {name} ({day}) haben Sie {episodes} erfasst, gegenüber {e0} in den {span} Tagen davor ({ratio}; {ci}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Do episodes relieved this way ({method}) end sooner?</source>
        <translation>Enden Episoden, die so gelindert wurden ({method}), früher?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>the same length</source>
        <translation>gleich lang</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Episodes where you used {method} lasted a median of {a} minutes, against {b} minutes for the others ({diff}; 95% interval from {lo} to {hi}; {na} with, {nb} without).</source>
        <translation>Episoden mit {method} dauerten im Median {a} Minuten, die übrigen {b} Minuten ({diff}; 95-%-Intervall von {lo} bis {hi}; {na} mit, {nb} ohne).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{k} of {n} episodes ({pct}%) started between 22:00 and 07:00 or woke you: {rel} the {exp}% expected if they came at any hour (95% interval {lo} to {hi} points).</source>
        <translation>{k} von {n} Episoden ({pct} %) begannen zwischen 22:00 und 07:00 Uhr oder haben Sie geweckt: {rel} die {exp} %, die zu erwarten wären, wenn sie zu jeder Stunde gleich oft kämen (95-%-Intervall {lo} bis {hi} Punkte).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>needs more data</source>
        <translation>braucht mehr Daten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>95% interval from {lo} upwards, with no upper limit</source>
        <translation>95-%-Intervall ab {lo} aufwärts, ohne obere Grenze</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Not enough data yet: the water amounts (or the episode counts) are the same on all {n} days, so nothing can be compared.</source>
        <translation>Noch nicht genug Daten: Die Wassermengen (oder die Zahl der Episoden) sind an allen {n} Tagen gleich, daher lässt sich nichts vergleichen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>On the {n} days with water logged, {strength} link: more water went with {more} episodes the same day ({stats}).</source>
        <translation>An den {n} Tagen mit erfasstem Wasser {strength} Zusammenhang: mehr Wasser ging mit {more} Episoden am selben Tag einher ({stats}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Over {n} pairs of days, {strength} link: more water on one day went with {more} episodes the next day ({stats}).</source>
        <translation>Über {n} Tagespaare {strength} Zusammenhang: mehr Wasser an einem Tag ging mit {more} Episoden am nächsten Tag einher ({stats}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{x} minutes longer</source>
        <translation>{x} Minuten länger</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>clear</source>
        <translation>deutlich</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>not clear</source>
        <translation>nicht deutlich</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{pct}% fewer</source>
        <translation>{pct} % weniger</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{pct}% more</source>
        <translation>{pct} % mehr</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>at least {what}</source>
        <translation>mindestens {what}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>({missing} more)</source>
        <translation>(noch {missing})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day with stretching</source>
        <extracomment>English plural: {n} days with stretching</extracomment>
        <translation>
            <numerusform>{n} Tag mit Dehnen</numerusform>
            <numerusform>{n} Tage mit Dehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day without</source>
        <extracomment>English plural: {n} days without</extracomment>
        <translation>
            <numerusform>{n} Tag ohne</numerusform>
            <numerusform>{n} Tage ohne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} hour within {h} h of a dose</source>
        <extracomment>English plural: {n} hours within {h} h of a dose</extracomment>
        <translation>
            <numerusform>{n} Stunde innerhalb von {h} Std. nach einer Dosis</numerusform>
            <numerusform>{n} Stunden innerhalb von {h} Std. nach einer Dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} hour {h} to 36 h after a dose</source>
        <extracomment>English plural: {n} hours {h} to 36 h after a dose</extracomment>
        <translation>
            <numerusform>{n} Stunde {h} bis 36 Std. nach einer Dosis</numerusform>
            <numerusform>{n} Stunden {h} bis 36 Std. nach einer Dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode in that time</source>
        <extracomment>English plural: {n} episodes in that time</extracomment>
        <translation>
            <numerusform>{n} Episode in dieser Zeit</numerusform>
            <numerusform>{n} Episoden in dieser Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day before the first dose</source>
        <extracomment>English plural: {n} days before the first dose</extracomment>
        <translation>
            <numerusform>{n} Tag vor der ersten Dosis</numerusform>
            <numerusform>{n} Tage vor der ersten Dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day after it</source>
        <extracomment>English plural: {n} days after it</extracomment>
        <translation>
            <numerusform>{n} Tag danach</numerusform>
            <numerusform>{n} Tage danach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode in those days</source>
        <extracomment>English plural: {n} episodes in those days</extracomment>
        <translation>
            <numerusform>{n} Episode in diesen Tagen</numerusform>
            <numerusform>{n} Episoden in diesen Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} timed episode using {method}</source>
        <extracomment>English plural: {n} timed episodes using {method}</extracomment>
        <translation>
            <numerusform>{n} Episode mit Dauer und {method}</numerusform>
            <numerusform>{n} Episoden mit Dauer und {method}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} timed episode without it</source>
        <extracomment>English plural: {n} timed episodes without it</extracomment>
        <translation>
            <numerusform>{n} Episode mit Dauer ohne diese Maßnahme</numerusform>
            <numerusform>{n} Episoden mit Dauer ohne diese Maßnahme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{x} minutes shorter</source>
        <translation>{x} Minuten kürzer</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{pts} percentage points more than</source>
        <translation>{pts} Prozentpunkte mehr als</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{pts} percentage points less than</source>
        <translation>{pts} Prozentpunkte weniger als</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>The durations differ overall ({q}), but the 95% interval of the difference in medians still includes no difference; this shows what went together, not why.</source>
        <translation>Die Dauern unterscheiden sich insgesamt ({q}), aber das 95-%-Intervall der Differenz der Mediane schließt „kein Unterschied“ noch ein; das zeigt, was zusammen auftrat, nicht warum.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>95% CI {lo} to {hi}</source>
        <translation>95-%-KI {lo} bis {hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Not enough data yet: this needs {needs}. So far: {have}{more}.</source>
        <translation>Noch nicht genug Daten: Dafür braucht es {needs}. Bisher: {have}{more}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Unlikely to be chance alone ({q}); this shows what went together, not why.</source>
        <translation>Wahrscheinlich nicht nur Zufall ({q}); das zeigt, was zusammen auftrat, nicht warum.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>This could well be chance ({q}).</source>
        <translation>Das könnte gut Zufall sein ({q}).</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>yes</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Sev.</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>severity {value}/10</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Stärke {value}/10</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Woke</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Geweckt</translation>
    </message>
    <message>
        <source>woke me</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>hat mich geweckt</translation>
    </message>
    <message>
        <source>Relief</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Linderung</translation>
    </message>
    <message>
        <source>relief: {value}</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Linderung: {value}</translation>
    </message>
    <message>
        <source>Helped</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Geholfen</translation>
    </message>
    <message>
        <source>helped {value}/10</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>geholfen {value}/10</translation>
    </message>
    <message>
        <source>Red flags</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Alarmsymptome</translation>
    </message>
    <message>
        <source>RED FLAG: {value}</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>ALARMSYMPTOM: {value}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>trigger: {value}</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Auslöser: {value}</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Medicine</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Form</translation>
    </message>
    <message>
        <source>Food</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Essen</translation>
    </message>
    <message>
        <source>with food</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>mit Essen</translation>
    </message>
    <message>
        <source>without food</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>ohne Essen</translation>
    </message>
    <message>
        <source>{value} ml</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>{value} ml</translation>
    </message>
    <message>
        <source>Drink</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Getränk</translation>
    </message>
    <message>
        <source>Minutes</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>{value} min stretching</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>{value} min Dehnen</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Was</translation>
    </message>
    <message>
        <source>Systolic (mmHg)</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Systolisch (mmHg)</translation>
    </message>
    <message>
        <source>BP {value}</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Blutdruck {value}</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Diastolisch (mmHg)</translation>
    </message>
    <message>
        <source>/{value} mmHg</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>/{value} mmHg</translation>
    </message>
    <message>
        <source>Pulse (/min)</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Puls (/min)</translation>
    </message>
    <message>
        <source>pulse {value}/min</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Puls {value}/min</translation>
    </message>
    <message>
        <source>Symptom</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Symptom</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>this diary has no people</source>
        <translation>dieses Tagebuch hat keine Personen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>is longer than 100 characters</source>
        <translation>ist länger als 100 Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>contains characters that are not text</source>
        <translation>enthält Zeichen, die kein Text sind</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>give --condition or --no-conditions, not both</source>
        <translation>geben Sie --condition oder --no-conditions an, nicht beides</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>a diary keeps at least one person</source>
        <translation>ein Tagebuch behält mindestens eine Person</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>must be a year such as 1950</source>
        <translation>muss eine Jahreszahl wie 1950 sein</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>there is no person {name!r} in this diary (people: {known})</source>
        <translation>in diesem Tagebuch gibt es keine Person {name!r} (Personen: {known})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>must lie between {lo} and {hi}</source>
        <translation>muss zwischen {lo} und {hi} liegen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>there is already a person called {name!r}</source>
        <translation>es gibt schon eine Person namens {name!r}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>{name} still has entries ({n}); a person is removed only when none are left</source>
        <translation>{name} hat noch Einträge ({n}); eine Person wird erst entfernt, wenn keine mehr übrig sind</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/use_cases.py"/>
        <source>entry {id} belongs to {owner}, not to {person}; choose them with --person {owner}</source>
        <translation>Eintrag {id} gehört zu {owner}, nicht zu {person}; wählen Sie diese Person mit --person {owner}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Everyone today</source>
        <translation>Alle heute</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Next doses and flags of every person in this diary</source>
        <translation>Nächste Dosen und Hinweise aller Personen in diesem Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>{person}: {text}</source>
        <translation>{person}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Whose diary to show and write to</source>
        <translation>Wessen Tagebuch angezeigt und beschrieben wird</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Reading everyone's day…</source>
        <translation>Der Tag aller Personen wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>No current medicines on the list.</source>
        <translation>Keine aktuellen Medikamente auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Show the diary of {name}</source>
        <translation>Das Tagebuch von {name} anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>No flags in the last 24 hours.</source>
        <translation>Keine Hinweise in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>{app} – {person}</source>
        <translation>{app} – {person}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Reading the diary</source>
        <translation>Tagebuch wird gelesen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Summary computed</source>
        <translation>Zusammenfassung berechnet</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Charts drawn</source>
        <translation>Diagramme gezeichnet</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>The flags could not be computed ({error}).</source>
        <translation>Die Hinweise konnten nicht berechnet werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>with food</source>
        <translation>mit dem Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>without food</source>
        <translation>ohne Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Medicines taken</source>
        <translation>Eingenommene Medikamente</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Blood pressure and pulse</source>
        <translation>Blutdruck und Puls</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Symptoms and side effects</source>
        <translation>Symptome und Nebenwirkungen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Drinks, totals per day</source>
        <translation>Getränke, Summen pro Tag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Every single entry follows after these tables.</source>
        <translation>Jeder einzelne Eintrag folgt nach diesen Tabellen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>A report with every single entry can be made with the full log option (crampdiary report --full-log).</source>
        <translation>Ein Bericht mit jedem einzelnen Eintrag lässt sich mit der Option für das vollständige Protokoll erstellen (crampdiary report --full-log).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>{n} week</source>
        <extracomment>English plural: {n} weeks</extracomment>
        <translation>
            <numerusform>{n} Woche</numerusform>
            <numerusform>{n} Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Muscle cramp diary</source>
        <translation>Muskelkrampf-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Muscle cramp diary: summary for the doctor</source>
        <translation>Muskelkrampf-Tagebuch: Zusammenfassung für die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Medicines in this period</source>
        <translation>Medikamente in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Flags raised in this period</source>
        <translation>Hinweise in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Full log: every entry</source>
        <translation>Vollständiges Protokoll: jeder Eintrag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Sev.</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Woke</source>
        <translation>Geweckt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Relief (helped)</source>
        <translation>Linderung (geholfen)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Food</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>BP (mmHg)</source>
        <translation>Blutdruck (mmHg)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Pulse (/min)</source>
        <translation>Puls (/min)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Total ml</source>
        <translation>Summe ml</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>By kind (ml)</source>
        <translation>Nach Art (ml)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Drinks, every entry</source>
        <translation>Getränke, jeder Eintrag</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Questions for my doctor</source>
        <translation>Fragen an meine Ärztin/meinen Arzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Red flags: when to seek medical care now</source>
        <translation>Alarmsymptome: wann Sie jetzt ärztliche Hilfe suchen sollten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>The period is longer than {days} days, so the log shows one row per week (Monday to Sunday) and kind of entry, with counts and totals; weeks without entries of a kind are left out.</source>
        <translation>Der Zeitraum ist länger als {days} Tage, daher zeigt das Protokoll eine Zeile pro Woche (Montag bis Sonntag) und Art des Eintrags, mit Anzahlen und Summen; Wochen ohne Einträge einer Art sind weggelassen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Cramp diary report for the doctor</source>
        <translation>Bericht aus dem Krampf-Tagebuch für die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Summary ready</source>
        <translation>Zusammenfassung fertig</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Laying out the pages</source>
        <translation>Seiten werden gesetzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Period: {period}</source>
        <translation>Zeitraum: {period}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Cramp Diary report, printed {date}. Self-reported data; not a diagnosis.</source>
        <translation>Bericht aus dem Krampf-Tagebuch, gedruckt am {date}. Eigene Angaben der Patientin oder des Patienten; keine Diagnose.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Most muscle cramps hurt but are not dangerous. The signs below can point to a problem with the nerves of the lower spine or to muscle breakdown. If any of them appears, the patient should seek urgent medical care the same day (emergency department, urgent care or the emergency number), not wait for the next appointment.</source>
        <translation>Die meisten Muskelkrämpfe sind schmerzhaft, aber nicht gefährlich. Die folgenden Zeichen können auf ein Problem mit den Nerven der unteren Wirbelsäule oder auf Muskelzerfall hinweisen. Tritt eines davon auf, sollte die Patientin oder der Patient noch am selben Tag dringend ärztliche Hilfe suchen (Notaufnahme, Notdienst oder Notruf) und nicht bis zum nächsten Termin warten.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Sign</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>What it looks like</source>
        <translation>Woran man es erkennt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>This report was made by Cramp Diary from entries that the patient typed in. It is a record to support a conversation with a clinician, not a diagnosis, and it may be incomplete. The flags come from fixed rules that compare logged doses with the limits printed on medicine labels and with simple thresholds; a missing flag does not mean that everything is fine, and a flag is not an instruction. The program never advises starting, stopping or changing a medicine: those decisions belong to the patient and the prescriber together.</source>
        <translation>Dieser Bericht wurde vom Krampf-Tagebuch aus Einträgen erstellt, die die Patientin oder der Patient selbst eingegeben hat. Er ist eine Aufzeichnung als Grundlage für ein Gespräch mit Ärztin oder Arzt, keine Diagnose, und er kann unvollständig sein. Die Hinweise stammen aus festen Regeln, die eingetragene Dosen mit den Grenzen in den Packungsbeilagen und mit einfachen Schwellenwerten vergleichen; ein fehlender Hinweis bedeutet nicht, dass alles in Ordnung ist, und ein Hinweis ist keine Anweisung. Das Programm rät nie dazu, ein Medikament anzufangen, abzusetzen oder zu ändern: Diese Entscheidungen treffen Patientin oder Patient und die verordnende Ärztin oder der verordnende Arzt gemeinsam.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Log, week by week</source>
        <translation>Protokoll, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>No medicines were logged and none are in the medicine list.</source>
        <translation>Es wurden keine Medikamente eingetragen, und die Medikamentenliste ist leer.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>There is not enough data in this period to draw charts.</source>
        <translation>In diesem Zeitraum gibt es nicht genug Daten für Diagramme.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>No entries in this period.</source>
        <translation>Keine Einträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Write down what you want to ask, and the answers.</source>
        <translation>Schreiben Sie auf, was Sie fragen möchten, und die Antworten.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/preview.py"/>
        <source>No flags were raised by the diary's rules in this period.</source>
        <translation>Die Regeln des Tagebuchs haben in diesem Zeitraum keine Hinweise ausgelöst.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>How to read this page. Episodes per week = cramps ÷ (days ÷ 7); the halves compare the first and second half of the period; the previous period is the same number of days just before this one. A night runs from noon to noon. A flag that stays raised over several doses (an episode) is counted once. Relief ‘helped’ is the patient's own 0–10 rating. Adherence is judged only for medicines with times set in the patient's medicine list: a time counts as on time if a dose was logged within {on_time} h of it, late if logged {on_time}–{late} h after it, otherwise missed. For medicines without times, doses taken sooner than the label's minimum interval are counted instead. All data are self-reported by the patient.</source>
        <translation>So lesen Sie diese Seite. Episoden pro Woche = Krämpfe ÷ (Tage ÷ 7); die Hälften vergleichen die erste und die zweite Hälfte des Zeitraums; der vorige Zeitraum umfasst gleich viele Tage direkt davor. Eine Nacht reicht von Mittag bis Mittag. Ein Hinweis, der über mehrere Dosen bestehen bleibt (eine Episode), wird einmal gezählt. „Geholfen“ bei der Linderung ist die eigene Bewertung der Patientin oder des Patienten von 0 bis 10. Die Einnahmetreue wird nur für Medikamente beurteilt, für die in der Medikamentenliste Uhrzeiten eingetragen sind: Eine Uhrzeit gilt als pünktlich, wenn innerhalb von {on_time} h davor oder danach eine Dosis eingetragen wurde, als verspätet bei {on_time}–{late} h danach, sonst als versäumt. Für Medikamente ohne Uhrzeiten werden stattdessen Dosen gezählt, die früher als der Mindestabstand laut Packungsbeilage eingenommen wurden. Alle Daten sind eigene Angaben der Patientin oder des Patienten.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Chart {i} of {n}</source>
        <translation>Diagramm {i} von {n}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>RED FLAG: {signs}</source>
        <translation>ALARMSYMPTOM: {signs}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Trigger: {trigger}</source>
        <translation>Auslöser: {trigger}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>{title} ({weeks})</source>
        <translation>{title} ({weeks})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/preview.py"/>
        <source>Summary for the doctor</source>
        <translation>Zusammenfassung für die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/preview.py"/>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/preview.py"/>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>and {n} more kind of flag</source>
        <extracomment>English plural: and {n} more kinds of flag</extracomment>
        <translation>
            <numerusform>und {n} weitere Art von Hinweis</numerusform>
            <numerusform>und {n} weitere Arten von Hinweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{n} diary entry</source>
        <extracomment>English plural: {n} diary entries</extracomment>
        <translation>
            <numerusform>{n} Tagebucheintrag</numerusform>
            <numerusform>{n} Tagebucheinträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>tablet</source>
        <translation>Tabl.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>capsule</source>
        <translation>Kaps.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>none in either period</source>
        <translation>in keinem der beiden Zeiträume</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{count} in {n} day: {rate} per week</source>
        <extracomment>English plural: {count} in {n} days: {rate} per week</extracomment>
        <translation>
            <numerusform>{count} in {n} Tag: {rate} pro Woche</numerusform>
            <numerusform>{count} in {n} Tagen: {rate} pro Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{woken} of {n} night</source>
        <extracomment>English plural: {woken} of {n} nights</extracomment>
        <translation>
            <numerusform>{woken} von {n} Nacht</numerusform>
            <numerusform>{woken} von {n} Nächten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{n} episode woke the patient</source>
        <extracomment>English plural: {n} episodes woke the patient</extracomment>
        <translation>
            <numerusform>{n} Episode hat die Patientin oder den Patienten geweckt</numerusform>
            <numerusform>{n} Episoden haben die Patientin oder den Patienten geweckt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Usual dose</source>
        <translation>Übliche Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>On time / late / missed</source>
        <translation>Pünktlich / verspätet / versäumt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Period: {period} ({n} day) · {entries}</source>
        <extracomment>English plural: Period: {period} ({n} days) · {entries}</extracomment>
        <translation>
            <numerusform>Zeitraum: {period} ({n} Tag) · {entries}</numerusform>
            <numerusform>Zeitraum: {period} ({n} Tage) · {entries}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{before} before, {now} now ({change})</source>
        <translation>vorher {before}, jetzt {now} ({change})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Compared with the {n} day before ({period}):</source>
        <extracomment>English plural: Compared with the {n} days before ({period}):</extracomment>
        <translation>
            <numerusform>Verglichen mit {n} Tag davor ({period}):</numerusform>
            <numerusform>Verglichen mit den {n} Tagen davor ({period}):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Cramp episodes</source>
        <translation>Krampfepisoden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{n} reading: mean {mean}, systolic {sys_low}–{sys_high}, diastolic {dia_low}–{dia_high}</source>
        <extracomment>English plural: {n} readings: mean {mean}, systolic {sys_low}–{sys_high}, diastolic {dia_low}–{dia_high}</extracomment>
        <translation>
            <numerusform>{n} Messung: Mittelwert {mean}, systolisch {sys_low}–{sys_high}, diastolisch {dia_low}–{dia_high}</numerusform>
            <numerusform>{n} Messungen: Mittelwert {mean}, systolisch {sys_low}–{sys_high}, diastolisch {dia_low}–{dia_high}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>DANGER</source>
        <translation>GEFAHR</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>INFO</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{value} (none before)</source>
        <translation>{value} (vorher keine)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>none (was {value})</source>
        <translation>keine (vorher {value})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>the diary has no entries from that time to compare with.</source>
        <translation>Das Tagebuch hat aus dieser Zeit keine Einträge zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>episodes per week {episodes}; mean severity {severity}; nights woken {nights}.</source>
        <translation>Episoden pro Woche {episodes}; mittlere Stärke {severity}; Nächte mit Aufwachen {nights}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>What changed since the previous period</source>
        <translation>Was sich seit dem vorigen Zeitraum verändert hat</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Severity (0–10)</source>
        <translation>Stärke (0–10)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Nights woken</source>
        <translation>Nächte mit Aufwachen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Body areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Red flags reported</source>
        <translation>Gemeldete Alarmsymptome</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Side effects / symptoms</source>
        <translation>Nebenwirkungen / Symptome</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no readings</source>
        <translation>keine Messungen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Fluids and stretching</source>
        <translation>Trinken und Dehnen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>nothing to judge yet</source>
        <translation>noch nichts zu beurteilen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no schedule set</source>
        <translation>kein Zeitplan festgelegt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>median {median}, mean {mean}, range {low}–{high}</source>
        <translation>Median {median}, Mittelwert {mean}, Bereich {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Longest episode</source>
        <translation>Längste Episode</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Relief that worked</source>
        <translation>Linderung, die geholfen hat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>drinks logged on {n} day, mean {ml} ml on that day</source>
        <extracomment>English plural: drinks logged on {n} days, mean {ml} ml on those days</extracomment>
        <translation>
            <numerusform>Getränke an {n} Tag eingetragen, im Mittel {ml} ml an diesem Tag</numerusform>
            <numerusform>Getränke an {n} Tagen eingetragen, im Mittel {ml} ml an diesen Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{count} ({n} episode)</source>
        <extracomment>English plural: {count} ({n} episodes)</extracomment>
        <translation>
            <numerusform>{count} ({n} Episode)</numerusform>
            <numerusform>{count} ({n} Episoden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{count} (episodes)</source>
        <translation>{count} (Episoden)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Within the period: {change}</source>
        <translation>Innerhalb des Zeitraums: {change}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{duration} on {date} ({area}, severity {severity}); median duration {median}</source>
        <translation>{duration} am {date} ({area}, Stärke {severity}); mittlere Dauer (Median) {median}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{n} more</source>
        <translation>{n} weitere</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{relief}: used {n}×, helped median {score}</source>
        <translation>{relief}: {n}× angewendet, geholfen im Median {score}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{date}: {signs}</source>
        <translation>{date}: {signs}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>and {n} more</source>
        <translation>und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{symptom} {count}× (median severity {median}, worst {worst})</source>
        <translation>{symptom} {count}× (Stärke im Median {median}, höchste {worst})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>none recorded</source>
        <translation>keine eingetragen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>stretching once, {minutes} minutes in all</source>
        <translation>einmal gedehnt, insgesamt {minutes} Minuten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>stretching {n} time, {minutes} minutes in all</source>
        <extracomment>English plural: stretching {n} times, {minutes} minutes in all</extracomment>
        <translation>
            <numerusform>{n}-mal gedehnt, insgesamt {minutes} Minuten</numerusform>
            <numerusform>{n}-mal gedehnt, insgesamt {minutes} Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{on_time} / {late} / {missed} of {slots}</source>
        <translation>{on_time} / {late} / {missed} von {slots}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no schedule; {n} dose sooner than {hours} h after the last</source>
        <extracomment>English plural: no schedule; {n} doses sooner than {hours} h after the last</extracomment>
        <translation>
            <numerusform>kein Zeitplan; {n} Dosis früher als {hours} h nach der vorigen</numerusform>
            <numerusform>kein Zeitplan; {n} Dosen früher als {hours} h nach der vorigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>fewer</source>
        <translation>weniger</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{nights} ({episodes})</source>
        <translation>{nights} ({episodes})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no durations recorded</source>
        <translation>keine Dauer eingetragen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{area} {n} ({sides})</source>
        <translation>{area} {n} ({sides})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{area} {n}</source>
        <translation>{area} {n}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no relief methods recorded</source>
        <translation>keine Art der Linderung eingetragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>pulse {low}–{high}/min (mean {mean}, {n} reading)</source>
        <extracomment>English plural: pulse {low}–{high}/min (mean {mean}, {n} readings)</extracomment>
        <translation>
            <numerusform>Puls {low}–{high}/min (Mittelwert {mean}, {n} Messung)</numerusform>
            <numerusform>Puls {low}–{high}/min (Mittelwert {mean}, {n} Messungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{relief}: used {n}×</source>
        <translation>{relief}: {n}× angewendet</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>none in either half of the period</source>
        <translation>in keiner Hälfte des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>{a} per week in the first half, {b} in the second ({change})</source>
        <translation>{a} pro Woche in der ersten Hälfte, {b} in der zweiten ({change})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>none in the first half, {b} per week in the second half</source>
        <translation>keine in der ersten Hälfte, {b} pro Woche in der zweiten Hälfte</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>up {pct}%</source>
        <translation>{pct} % mehr</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>down {pct}%</source>
        <translation>{pct} % weniger</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Cramps, week by week</source>
        <translation>Krämpfe, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Medicines taken, week by week</source>
        <translation>Eingenommene Medikamente, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Drinks, week by week</source>
        <translation>Getränke, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Stretching, week by week</source>
        <translation>Dehnen, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Blood pressure and pulse, week by week</source>
        <translation>Blutdruck und Puls, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Symptoms and side effects, week by week</source>
        <translation>Symptome und Nebenwirkungen, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Mean sev.</source>
        <translation>Mittlere Stärke</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Per medicine: doses (amount)</source>
        <translation>Pro Medikament: Dosen (Menge)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Readings</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Mean BP</source>
        <translation>Mittlerer Blutdruck</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Mean pulse</source>
        <translation>Mittlerer Puls</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Which</source>
        <translation>Welche</translation>
    </message>
    <message>
        <source>Full log</source>
        <translation type="vanished">Vollständiges Protokoll</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>Please talk to your prescriber before you stop, about how to do it safely. The stop is recorded in your list either way.</source>
        <translation>Bitte sprechen Sie vor dem Absetzen mit der verordnenden Ärztin oder dem verordnenden Arzt darüber, wie es sicher geht. Das Absetzen wird in jedem Fall in Ihrer Liste festgehalten.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>The {drug} label warns against stopping it suddenly after regular use</source>
        <translation>Die Packungsbeilage von {drug} warnt davor, es nach regelmäßiger Einnahme plötzlich abzusetzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>It lowers the dose step by step before stopping.</source>
        <translation>Laut Packungsbeilage wird die Dosis vor dem Absetzen schrittweise gesenkt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>: it can cause {signs}.</source>
        <translation>: es kann {signs} auslösen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>It lowers the dose step by step, by at most {step} a day, before stopping.</source>
        <translation>Laut Packungsbeilage wird die Dosis vor dem Absetzen schrittweise gesenkt, um höchstens {step} pro Tag.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>Take your medicine as your prescriber told you; this only checks the label's limits against your diary.</source>
        <translation>Nehmen Sie Ihr Medikament so, wie es Ihnen verordnet wurde; hier werden nur die Grenzen der Packungsbeilage mit Ihrem Tagebuch abgeglichen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>In the last 24 hours: {doses}, {mg}.</source>
        <translation>In den letzten 24 Stunden: {doses}, {mg}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} dose</source>
        <extracomment>English plural: {n} doses</extracomment>
        <translation>
            <numerusform>{n} Dosis</numerusform>
            <numerusform>{n} Dosen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>{name!r} is not in the drug catalog, so there are no dose limits to check</source>
        <translation>{name!r} ist nicht im Arzneimittelkatalog, daher gibt es keine Dosisgrenzen zu prüfen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>No {drug} dose is on record.</source>
        <translation>Es ist keine Dosis {drug} erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>Last {drug} dose: {t} ({gap} ago).</source>
        <translation>Letzte Dosis {drug}: {t} (vor {gap}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>A dose now would be within the label's timing limits (spacing and number of doses a day).</source>
        <translation>Eine Dosis jetzt läge innerhalb der zeitlichen Grenzen der Packungsbeilage (Abstand und Zahl der Dosen pro Tag).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>A dose now of up to {left} stays within the label's daily maximum.</source>
        <translation>Eine Dosis von jetzt bis zu {left} bleibt innerhalb der Tageshöchstmenge laut Packungsbeilage.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>The catalog has no limits on the timing of {drug} doses.</source>
        <translation>Der Katalog kennt keine zeitlichen Grenzen für Dosen von {drug}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>Earliest time for the next dose within the label's timing limits: {t} (in {gap}).</source>
        <translation>Frühester Zeitpunkt für die nächste Dosis innerhalb der zeitlichen Grenzen der Packungsbeilage: {t} (in {gap}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} hour</source>
        <extracomment>English plural: {n} hours</extracomment>
        <translation>
            <numerusform>{n} Stunde</numerusform>
            <numerusform>{n} Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} day</source>
        <extracomment>English plural: {n} days</extracomment>
        <translation>
            <numerusform>{n} Tag</numerusform>
            <numerusform>{n} Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Please talk to your prescriber or pharmacist about it.</source>
        <translation>Bitte sprechen Sie mit der verordnenden Ärztin, dem verordnenden Arzt oder in der Apotheke darüber.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Talk to your prescriber or pharmacist about taking them together. Do not drive or use machines if you feel drowsy or dizzy.</source>
        <translation>Sprechen Sie mit der verordnenden Ärztin, dem verordnenden Arzt oder in der Apotheke darüber, ob Sie beides zusammen nehmen sollten. Fahren Sie nicht Auto und bedienen Sie keine Maschinen, wenn Sie sich benommen oder schwindlig fühlen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} minute</source>
        <extracomment>English plural: {n} minutes</extracomment>
        <translation>
            <numerusform>{n} Minute</numerusform>
            <numerusform>{n} Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>0 min</source>
        <translation>0 Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The label warns that stopping suddenly can cause withdrawal effects</source>
        <translation>Die Packungsbeilage warnt, dass plötzliches Absetzen Entzugserscheinungen auslösen kann</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Do not stop it on your own: contact your prescriber about how to go on. If you did take a dose and only forgot to log it, log it now. If you feel very unwell, get medical help now.</source>
        <translation>Setzen Sie es nicht eigenmächtig ab: Fragen Sie die verordnende Ärztin oder den verordnenden Arzt, wie es weitergeht. Wenn Sie eine Dosis genommen und nur vergessen haben, sie zu erfassen, erfassen Sie sie jetzt. Wenn Sie sich sehr unwohl fühlen, holen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>the label recommends liver blood tests</source>
        <translation>die Packungsbeilage empfiehlt Blutuntersuchungen der Leberwerte</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Before the next dose of either medicine, speak to the prescriber or a pharmacist today (out of hours, an urgent-care line). If you feel faint, very drowsy or confused, get medical help now.</source>
        <translation>Sprechen Sie vor der nächsten Dosis eines der beiden Medikamente noch heute mit der verordnenden Ärztin, dem verordnenden Arzt oder in der Apotheke (außerhalb der Sprechzeiten mit dem ärztlichen Bereitschaftsdienst). Wenn Sie sich einer Ohnmacht nahe, sehr benommen oder verwirrt fühlen, holen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Warning sign logged: seek care now</source>
        <translation>Warnzeichen erfasst: suchen Sie jetzt Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>A cramp in the chest</source>
        <translation>Ein Krampf in der Brust</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>It is among the medicines that go with muscle cramps.</source>
        <translation>Es gehört zu den Medikamenten, die mit Muskelkrämpfen einhergehen können.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Talk to your prescriber soon about it. If you have unusual bleeding or bruising, a racing or irregular heartbeat, a rash or trouble breathing, get medical help now.</source>
        <translation>Sprechen Sie bald mit der verordnenden Ärztin oder dem verordnenden Arzt darüber. Wenn Sie ungewöhnliche Blutungen oder blaue Flecken, Herzrasen oder unregelmäßigen Herzschlag, einen Ausschlag oder Atemnot haben, holen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>older age</source>
        <translation>höheres Alter</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>fainting</source>
        <translation>Ohnmacht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>chest pain</source>
        <translation>Brustschmerzen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>yellow skin or eyes</source>
        <translation>gelbe Haut oder gelbe Augen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>a seizure</source>
        <translation>ein Krampfanfall</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>trouble breathing</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Serious symptom logged: seek care now</source>
        <translation>Ernstes Symptom erfasst: suchen Sie jetzt Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{x} mg</source>
        <translation>{x} mg</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{a} and {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>If you feel very drowsy, dizzy or faint, get medical help.</source>
        <translation>Wenn Sie sich sehr benommen, schwindlig oder einer Ohnmacht nahe fühlen, holen Sie ärztliche Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: no dose logged for more than {gap}</source>
        <translation>{drug}: seit mehr als {gap} keine Dosis erfasst</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You took {drug} regularly; the last dose in the diary was at {t}, and more than {gap} passed without another (by {due}).</source>
        <translation>Sie haben {drug} regelmäßig genommen; die letzte Dosis im Tagebuch war am {t}, und danach vergingen mehr als {gap} ohne weitere (bis {due}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The doses came down step by step before that, as in a planned stop. If the stop was planned with your prescriber, nothing more is needed.</source>
        <translation>Die Dosen wurden vorher schrittweise verringert, wie bei einem geplanten Absetzen. Wenn das Absetzen mit der verordnenden Ärztin oder dem verordnenden Arzt geplant war, ist nichts weiter nötig.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>If you did take a dose and only forgot to log it, log it now.</source>
        <translation>Wenn Sie eine Dosis genommen und nur vergessen haben, sie zu erfassen, erfassen Sie sie jetzt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: a combination the label forbids</source>
        <translation>{subject} mit {other}: eine Kombination, die die Packungsbeilage verbietet</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {subject} label says it must not be taken together with {other}: {other} blocks the liver enzyme that clears {subject}, so its level can rise many times over and cause very low blood pressure, a slow heartbeat and heavy drowsiness.</source>
        <translation>Laut Packungsbeilage von {subject} darf es nicht zusammen mit {other} eingenommen werden: {other} hemmt das Leberenzym, das {subject} abbaut, sodass sein Spiegel um ein Vielfaches steigen und sehr niedrigen Blutdruck, langsamen Herzschlag und starke Benommenheit verursachen kann.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: two medicines of the same kind</source>
        <translation>{subject} mit {other}: zwei Medikamente derselben Art</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {subject} label advises against using it with other alpha-2 agonists such as {other}: together they can lower blood pressure and heart rate too much.</source>
        <translation>Die Packungsbeilage von {subject} rät von der Anwendung mit anderen Alpha-2-Agonisten wie {other} ab: zusammen können sie Blutdruck und Herzfrequenz zu stark senken.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: may raise the {subject} level</source>
        <translation>{subject} mit {other}: kann den Spiegel von {subject} erhöhen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{other} slows the liver enzyme that clears {subject}; the label says to avoid the combination, as {subject} can build up and cause low blood pressure and drowsiness.</source>
        <translation>{other} bremst das Leberenzym, das {subject} abbaut; laut Packungsbeilage ist die Kombination zu meiden, da sich {subject} anreichern und niedrigen Blutdruck und Benommenheit verursachen kann.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: blood pressure may drop</source>
        <translation>{subject} mit {other}: der Blutdruck kann stark sinken</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} lowers blood pressure, and so does {other}; the label warns that together they can make it drop too far (dizziness, fainting on standing up).</source>
        <translation>{subject} senkt den Blutdruck, {other} ebenfalls; die Packungsbeilage warnt, dass er zusammen zu stark sinken kann (Schwindel, Ohnmacht beim Aufstehen).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: extra drowsiness</source>
        <translation>{subject} mit {other}: zusätzliche Benommenheit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} and {other} both make you drowsy and slow; the label warns the effects add up, which matters for driving, falls and breathing.</source>
        <translation>{subject} und {other} machen beide benommen und verlangsamt; die Packungsbeilage warnt, dass sich die Wirkungen addieren, was beim Autofahren, für Stürze und für die Atmung wichtig ist.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}</source>
        <translation>{subject} mit {other}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The label warns about using these two together.</source>
        <translation>Die Packungsbeilage warnt vor der gemeinsamen Anwendung dieser beiden.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Frequent cramps are worth talking over with your doctor, who can look for causes such as medicines, salts in the blood or nerve problems. Bring this diary along.</source>
        <translation>Häufige Krämpfe sollten Sie mit Ihrer Ärztin oder Ihrem Arzt besprechen, die nach Ursachen wie Medikamenten, Blutsalzen oder Nervenproblemen suchen können. Bringen Sie dieses Tagebuch mit.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Night-time cramps that break your sleep are worth mentioning to your doctor. Gentle calf stretches before bed help some people.</source>
        <translation>Nächtliche Krämpfe, die Ihren Schlaf unterbrechen, sollten Sie Ihrer Ärztin oder Ihrem Arzt gegenüber erwähnen. Sanftes Dehnen der Waden vor dem Schlafengehen hilft manchen Menschen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Health authorities warn that, used for leg cramps, it has caused serious and sometimes life-threatening side effects, such as blood problems.</source>
        <translation>Gesundheitsbehörden warnen, dass es bei Anwendung gegen Wadenkrämpfe schwere und manchmal lebensbedrohliche Nebenwirkungen verursacht hat, etwa Blutbildveränderungen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>If you faint or feel very unwell, get medical help now.</source>
        <translation>Wenn Sie ohnmächtig werden oder sich sehr unwohl fühlen, holen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>If you feel faint, breathless or have chest pain, get medical help now.</source>
        <translation>Wenn Sie sich einer Ohnmacht nahe fühlen, Atemnot oder Brustschmerzen haben, holen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The diary does not know the medicine {name!r} (logged at {t}), so no dose or interaction checks apply to it.</source>
        <translation>Das Tagebuch kennt das Medikament {name!r} (erfasst am {t}) nicht, daher gelten dafür keine Dosis- oder Wechselwirkungsprüfungen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>This has been going on since {when}.</source>
        <translation>Das geht schon seit {when} so.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: doses only {gap} apart</source>
        <translation>{drug}: Dosen nur {gap} auseinander</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: {n} dose within {window}</source>
        <extracomment>English plural: {drug}: {n} doses within {window}</extracomment>
        <translation>
            <numerusform>{drug}: {n} Dosis innerhalb von {window}</numerusform>
            <numerusform>{drug}: {n} Dosen innerhalb von {window}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: {total} within {window}</source>
        <translation>{drug}: {total} innerhalb von {window}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: a single dose of {mg}</source>
        <translation>{drug}: eine Einzeldosis von {mg}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: dose raised by {mg}</source>
        <translation>{drug}: Dosis um {mg} erhöht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose at {t} was {mg}; the largest dose in the {span} before was {top} ({t2}). The label raises the dose in steps of at most {step}. If this step was not agreed with your prescriber, talk to them about it.</source>
        <translation>Die Dosis {drug} am {t} betrug {mg}; die größte Dosis in den {span} davor war {top} ({t2}). Laut Packungsbeilage wird die Dosis in Schritten von höchstens {step} erhöht. Wenn dieser Schritt nicht mit der verordnenden Ärztin oder dem verordnenden Arzt abgesprochen war, sprechen Sie mit ihnen darüber.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: dose raised again after {gap}</source>
        <translation>{drug}: Dosis schon nach {gap} wieder erhöht</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose went up to {mg} at {t}, {gap} after the last increase (to {prev} at {t2}). The label leaves at least {limit} between increases, so each step can be judged before the next. If this was not agreed with your prescriber, talk to them about it.</source>
        <translation>Die Dosis {drug} stieg am {t} auf {mg}, {gap} nach der letzten Erhöhung (auf {prev} am {t2}). Laut Packungsbeilage sollen zwischen zwei Erhöhungen mindestens {limit} liegen, damit jeder Schritt vor dem nächsten beurteilt werden kann. Wenn das nicht mit der verordnenden Ärztin oder dem verordnenden Arzt abgesprochen war, sprechen Sie mit ihnen darüber.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: amount not in mg, limits not checked</source>
        <translation>{drug}: Menge nicht in mg, Grenzen nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose at {t} was logged as {amount}, which the diary cannot turn into mg, so the daily and single-dose limits were not checked. Add the strength to your medicine list (mg per tablet, capsule or ml), or log the dose in mg.</source>
        <translation>Die Dosis {drug} am {t} wurde als {amount} erfasst; das kann das Tagebuch nicht in mg umrechnen, daher wurden Tages- und Einzeldosisgrenzen nicht geprüft. Tragen Sie die Stärke in Ihre Medikamentenliste ein (mg pro Tablette, Kapsel oder ml) oder erfassen Sie die Dosis in mg.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: taken differently from before</source>
        <translation>{drug}: anders eingenommen als bisher</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: taken for more than {days}</source>
        <translation>{drug}: seit mehr als {days} eingenommen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source> such as {signs}.</source>
        <translation>, etwa {signs}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: daily amount dropped by {mg}</source>
        <translation>{drug}: Tagesmenge um {mg} gesunken</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>On {day} you logged {total} of {drug} in total, {drop} less than the {prev} of {prev_day}. After weeks of high doses (about {mean} a day), the label lowers the dose by at most {step} a day, because a fast drop can cause withdrawal effects. Talk to your prescriber about how to go on; do not decide it on your own.</source>
        <translation>Am {day} haben Sie insgesamt {total} {drug} erfasst, {drop} weniger als die {prev} vom {prev_day}. Nach Wochen mit hohen Dosen (etwa {mean} pro Tag) senkt die Packungsbeilage die Dosis um höchstens {step} pro Tag, weil ein schneller Rückgang Entzugserscheinungen auslösen kann. Sprechen Sie mit der verordnenden Ärztin oder dem verordnenden Arzt darüber, wie es weitergeht; entscheiden Sie es nicht allein.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: liver blood tests</source>
        <translation>{drug}: Leberwerte im Blut</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You have taken {drug} regularly since {start}, {days} ago. {text}. If you have not had them, ask your prescriber whether they are due.</source>
        <translation>Sie nehmen {drug} seit {start} regelmäßig, seit {days}. {text}. Wenn diese Untersuchungen noch nicht gemacht wurden, fragen Sie die verordnende Ärztin oder den verordnenden Arzt, ob sie fällig sind.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {a} at {t1} and {b} at {t2}, {gap} apart.</source>
        <translation>Sie haben {a} am {t1} und {b} am {t2} erfasst, {gap} auseinander.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {a} at {t1} and an alcoholic drink at {t2}, {gap} apart.</source>
        <translation>Sie haben {a} am {t1} und ein alkoholisches Getränk am {t2} erfasst, {gap} auseinander.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>With the cramp at {t} you noted: {what}. Together with cramps this can be a sign of a serious problem. Seek care now: call your emergency number or go to an emergency department. Do not wait for your next appointment, and do not wait to see if it passes.</source>
        <translation>Zum Krampf am {t} haben Sie notiert: {what}. Zusammen mit Krämpfen kann das ein Zeichen eines ernsten Problems sein. Suchen Sie jetzt Hilfe: Rufen Sie den Notruf an oder gehen Sie in eine Notaufnahme. Warten Sie nicht bis zum nächsten Termin und nicht ab, ob es vorbeigeht.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged a cramp in the chest at {t}. Chest pain can come from the heart. Call your emergency number now if it feels like pressure or tightness, spreads to an arm, the jaw or the back, or comes with breathlessness, sweating or feeling sick. Otherwise, mention it to your doctor.</source>
        <translation>Sie haben am {t} einen Krampf in der Brust erfasst. Brustschmerzen können vom Herzen kommen. Rufen Sie jetzt den Notruf an, wenn es sich wie Druck oder Enge anfühlt, in einen Arm, den Kiefer oder den Rücken ausstrahlt oder mit Atemnot, Schwitzen oder Übelkeit einhergeht. Andernfalls erwähnen Sie es Ihrer Ärztin oder Ihrem Arzt gegenüber.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>A long cramp: {d}</source>
        <translation>Ein langer Krampf: {d}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The cramp at {t} lasted {d}. Most cramps pass within a few minutes; one that lasts longer than {limit} is worth mentioning to your doctor. If the muscle stays hard, swollen or weak, or your urine turns dark, get medical help now.</source>
        <translation>Der Krampf am {t} dauerte {d} lang. Die meisten Krämpfe gehen innerhalb weniger Minuten vorbei; einen, der länger als {limit} dauert, sollten Sie Ihrer Ärztin oder Ihrem Arzt gegenüber erwähnen. Wenn der Muskel hart, geschwollen oder schwach bleibt oder Ihr Urin dunkel wird, holen Sie jetzt ärztliche Hilfe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} cramp in {span}</source>
        <extracomment>English plural: {n} cramps in {span}</extracomment>
        <translation>
            <numerusform>{n} Krampf in {span}</numerusform>
            <numerusform>{n} Krämpfe in {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Woken by cramps {n} time in {span}</source>
        <extracomment>English plural: Woken by cramps {n} times in {span}</extracomment>
        <translation>
            <numerusform>{n}-mal durch Krämpfe geweckt in {span}</numerusform>
            <numerusform>{n}-mal durch Krämpfe geweckt in {span}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug} can go with cramps</source>
        <translation>{drug} kann mit Krämpfen einhergehen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {drug} (latest dose {t}). {reason} This does not mean it causes your cramps. Mention it to your prescriber when you talk about your cramps.</source>
        <translation>Sie haben {drug} erfasst (letzte Dosis {t}). {reason} Das heißt nicht, dass es Ihre Krämpfe verursacht. Erwähnen Sie es der verordnenden Ärztin oder dem verordnenden Arzt gegenüber, wenn Sie über Ihre Krämpfe sprechen.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {drug} {amount} at {t}.</source>
        <translation>Sie haben {drug} {amount} am {t} erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug} is not a routine treatment for cramps</source>
        <translation>{drug} ist keine Standardbehandlung gegen Krämpfe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>liver problems</source>
        <translation>Leberprobleme</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>kidney problems</source>
        <translation>Nierenprobleme</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>breastfeeding</source>
        <translation>Stillzeit</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug} and {cond}: what the label says</source>
        <translation>{drug} und {cond}: was die Packungsbeilage sagt</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {drug} at {t}, and your profile notes {cond}. {text}. Your prescriber may already have taken this into account; if you are not sure, ask them.</source>
        <translation>Sie haben {drug} am {t} erfasst, und in Ihrem Profil steht {cond}. {text}. Ihre verordnende Ärztin oder Ihr verordnender Arzt hat das vielleicht schon berücksichtigt; wenn Sie unsicher sind, fragen Sie nach.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>systolic</source>
        <translation>systolisch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>diastolic</source>
        <translation>diastolisch</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Low blood pressure {gap} after {drug}</source>
        <translation>Niedriger Blutdruck {gap} nach {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Slow pulse {gap} after {drug}</source>
        <translation>Langsamer Puls {gap} nach {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>High reading {gap} after the last {drug} dose</source>
        <translation>Hoher Wert {gap} nach der letzten Dosis {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Your reading at {t} was high ({high}), {gap} after your last logged {drug} dose ({t2}), which you had been taking regularly. The label warns that stopping suddenly can make blood pressure and heart rate rebound. Contact your prescriber today. If you have chest pain, a severe headache, confusion or trouble breathing, get emergency help now. If you did take doses that are not logged, log them.</source>
        <translation>Ihr Wert am {t} war hoch ({high}), {gap} nach Ihrer letzten erfassten Dosis {drug} ({t2}), das Sie regelmäßig genommen hatten. Die Packungsbeilage warnt, dass nach plötzlichem Absetzen Blutdruck und Herzfrequenz stark ansteigen können (Rebound). Wenden Sie sich heute an die verordnende Ärztin oder den verordnenden Arzt. Bei Brustschmerzen, starken Kopfschmerzen, Verwirrtheit oder Atemnot holen Sie jetzt Notfallhilfe. Wenn Sie Dosen genommen haben, die nicht erfasst sind, erfassen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {what} at {t}. This needs a doctor now: call your emergency number or go to an emergency department. Do not wait for your next appointment.</source>
        <translation>Sie haben am {t} {what} erfasst. Das braucht jetzt ärztliche Hilfe: Rufen Sie den Notruf an oder gehen Sie in eine Notaufnahme. Warten Sie nicht bis zum nächsten Termin.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{symptom}: a known side effect of {drug}</source>
        <translation>{symptom}: eine bekannte Nebenwirkung von {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {symptom} at {t}, within {within} of a {drug} dose ({t2}). The label lists it among the side effects of {drug}. Mention it to your prescriber, especially if it keeps happening or gets worse.</source>
        <translation>Sie haben am {t} {symptom} erfasst, innerhalb von {within} nach einer Dosis {drug} ({t2}). Die Packungsbeilage nennt es unter den Nebenwirkungen von {drug}. Erwähnen Sie es der verordnenden Ärztin oder dem verordnenden Arzt gegenüber, besonders wenn es wiederkommt oder schlimmer wird.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Medicine not recognised: {name}</source>
        <translation>Medikament nicht erkannt: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>with food</source>
        <translation>mit dem Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>without food</source>
        <translation>ohne Essen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Over the {days} up to then you took {mean} a day on average, which makes stopping suddenly riskier.</source>
        <translation>In den {days} davor haben Sie durchschnittlich {mean} pro Tag genommen; das macht ein plötzliches Absetzen riskanter.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Did you mean {names}? If so, correct the entry.</source>
        <translation>Meinten Sie {names}? Dann korrigieren Sie den Eintrag.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {drug} {a} at {t1} and {b} at {t2}, {gap} apart. The label says to leave at least {limit} between doses (the diary allows {early} early for real life). If a time is wrong, correct the entry.</source>
        <translation>Sie haben {drug} {a} am {t1} und {b} am {t2} erfasst, {gap} auseinander. Laut Packungsbeilage sollen zwischen zwei Dosen mindestens {limit} liegen (das Tagebuch lässt im Alltag {early} früher gelten). Wenn eine Zeit falsch ist, korrigieren Sie den Eintrag.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged one dose of {mg} of {drug} at {t}. Single doses above {limit} go beyond what the label covers. If the amount is wrong, correct the entry.</source>
        <translation>Sie haben eine Einzeldosis von {mg} {drug} am {t} erfasst. Einzeldosen über {limit} gehen über das hinaus, was die Packungsbeilage abdeckt. Wenn die Menge falsch ist, korrigieren Sie den Eintrag.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{old} on {t}, {new} now</source>
        <translation>{old} am {t}, jetzt {new}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose at {t} was taken differently: {changes}. The label says tablets and capsules, and taking it with or without food, can change how much reaches the blood, so the effect may be stronger or weaker.</source>
        <translation>Die Dosis {drug} am {t} wurde anders eingenommen: {changes}. Laut Packungsbeilage können Tabletten und Kapseln sowie die Einnahme mit oder ohne Essen verändern, wie viel ins Blut gelangt; die Wirkung kann also stärker oder schwächer sein.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You have logged {drug} since {start}, {gap} by {t}. The label means it for short courses of up to {days}.</source>
        <translation>Sie erfassen {drug} seit {start}, {gap} bis {t}. Die Packungsbeilage sieht es für kurze Anwendungen von bis zu {days} vor.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>In the next days, watch for {signs}, and tell your prescriber if they come.</source>
        <translation>Achten Sie in den nächsten Tagen auf {signs} und sagen Sie es der verordnenden Ärztin oder dem verordnenden Arzt, wenn es auftritt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {n} cramp between {a} and {b}.</source>
        <extracomment>English plural: You logged {n} cramps between {a} and {b}.</extracomment>
        <translation>
            <numerusform>Sie haben {n} Krampf zwischen {a} und {b} erfasst.</numerusform>
            <numerusform>Sie haben {n} Krämpfe zwischen {a} und {b} erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Cramps woke you {n} time between {a} and {b}.</source>
        <extracomment>English plural: Cramps woke you {n} times between {a} and {b}.</extracomment>
        <translation>
            <numerusform>Krämpfe haben Sie zwischen {a} und {b} {n}-mal geweckt.</numerusform>
            <numerusform>Krämpfe haben Sie zwischen {a} und {b} {n}-mal geweckt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose at {t} is dose number {count} since {first}, within {window}. The label allows at most {limit} in {day}.</source>
        <translation>Die Dosis {drug} am {t} ist Dosis Nummer {count} seit {first}, innerhalb von {window}. Die Packungsbeilage erlaubt höchstens {limit} in {day}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>With the dose at {t} you logged {total} of {drug} within {window} ({count}). The label's maximum is {limit} in {day}.</source>
        <translation>Mit der Dosis am {t} haben Sie innerhalb von {window} {total} {drug} erfasst ({count}). Die Höchstmenge laut Packungsbeilage ist {limit} in {day}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Your blood pressure at {t} was low ({lows} mmHg), {gap} after a {drug} dose ({t2}). The label warns that it can lower blood pressure. Get up slowly and sit or lie down if you feel dizzy.</source>
        <translation>Ihr Blutdruck am {t} war niedrig ({lows} mmHg), {gap} nach einer Dosis {drug} ({t2}). Die Packungsbeilage warnt, dass es den Blutdruck senken kann. Stehen Sie langsam auf und setzen oder legen Sie sich hin, wenn Ihnen schwindlig wird.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Your pulse at {t} was {p} a minute, {gap} after a {drug} dose ({t2}); below {limit} counts as slow. The label warns that it can slow the heartbeat.</source>
        <translation>Ihr Puls am {t} war {p} pro Minute, {gap} nach einer Dosis {drug} ({t2}); unter {limit} gilt als langsam. Die Packungsbeilage warnt, dass es den Herzschlag verlangsamen kann.</translation>
    </message>
    <message>
        <source>In the US: {text}</source>
        <translation type="vanished">In den USA: {text}</translation>
    </message>
    <message>
        <source>In the UK: {text}</source>
        <translation type="vanished">Im Vereinigten Königreich: {text}</translation>
    </message>
    <message>
        <source>The {drug} dose at {t} is dose number {count} since {first}, within {window}. The label allows at most {limit} in 24 hours.</source>
        <translation type="vanished">Die Dosis {drug} am {t} ist die {count}. Dosis seit {first}, innerhalb von {window}. Die Packungsbeilage erlaubt höchstens {limit} in 24 Stunden.</translation>
    </message>
    <message>
        <source>With the dose at {t} you logged {total} of {drug} within {window} ({count}). The label's maximum is {limit} in 24 hours.</source>
        <translation type="vanished">Mit der Dosis am {t} haben Sie {total} {drug} innerhalb von {window} erfasst ({count}). Die Höchstmenge laut Packungsbeilage ist {limit} in 24 Stunden.</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{m} min {s} s</source>
        <translation>{m} Min. {s} Sek.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{h} h {m} min {s} s</source>
        <translation>{h} Std. {m} Min. {s} Sek.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{s} s</source>
        <translation>{s} Sek.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
</context>
<context>
    <name>timeutil</name>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{hm} happens twice on {day} in {zone}; stored as the first, {hm} {name} ({offset})</source>
        <translation>{hm} kommt am {day} in {zone} zweimal vor; gespeichert als das erste Mal, {hm} {name} ({offset})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{hm} does not exist on {day} in {zone}; stored as {shown} {name}</source>
        <translation>{hm} gibt es am {day} in {zone} nicht; gespeichert als {shown} {name}</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Calf</source>
        <extracomment>vocab muscle: calf</extracomment>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Foot (sole or arch)</source>
        <extracomment>vocab muscle: foot</extracomment>
        <translation>Fuß (Sohle oder Gewölbe)</translation>
    </message>
    <message>
        <source>Toes</source>
        <extracomment>vocab muscle: toes</extracomment>
        <translation>Zehen</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <extracomment>vocab muscle: thigh-front</extracomment>
        <translation>Oberschenkel vorne</translation>
    </message>
    <message>
        <source>Back of thigh (hamstring)</source>
        <extracomment>vocab muscle: thigh-back</extracomment>
        <translation>Oberschenkel hinten</translation>
    </message>
    <message>
        <source>Hip</source>
        <extracomment>vocab muscle: hip</extracomment>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>vocab muscle: back</extracomment>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Neck</source>
        <extracomment>vocab muscle: neck</extracomment>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <extracomment>vocab muscle: shoulder</extracomment>
        <translation>Schulter</translation>
    </message>
    <message>
        <source>Arm</source>
        <extracomment>vocab muscle: arm</extracomment>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Hand or fingers</source>
        <extracomment>vocab muscle: hand</extracomment>
        <translation>Hand oder Finger</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <extracomment>vocab muscle: abdomen</extracomment>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Chest</source>
        <extracomment>vocab muscle: chest</extracomment>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>vocab muscle: other</extracomment>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>vocab side: left</extracomment>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <extracomment>vocab side: right</extracomment>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both sides</source>
        <extracomment>vocab side: both</extracomment>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Stretching</source>
        <extracomment>vocab relief: stretch</extracomment>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Massage</source>
        <extracomment>vocab relief: massage</extracomment>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Heat</source>
        <extracomment>vocab relief: heat</extracomment>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Cold</source>
        <extracomment>vocab relief: cold</extracomment>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>Walking it off</source>
        <extracomment>vocab relief: walk</extracomment>
        <translation>Herumgehen</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <extracomment>vocab relief: water</extracomment>
        <translation>Wasser trinken</translation>
    </message>
    <message>
        <source>Electrolyte drink</source>
        <extracomment>vocab relief: electrolyte</extracomment>
        <translation>Elektrolytgetränk</translation>
    </message>
    <message>
        <source>Medication</source>
        <extracomment>vocab relief: medication</extracomment>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Nothing helped / nothing tried</source>
        <extracomment>vocab relief: none</extracomment>
        <translation>Nichts half / nichts versucht</translation>
    </message>
    <message>
        <source>Tablet</source>
        <extracomment>vocab form: tablet</extracomment>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Capsule</source>
        <extracomment>vocab form: capsule</extracomment>
        <translation>Kapsel</translation>
    </message>
    <message>
        <source>Liquid</source>
        <extracomment>vocab form: liquid</extracomment>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>Patch</source>
        <extracomment>vocab form: patch</extracomment>
        <translation>Pflaster</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <extracomment>vocab form: inhaler</extracomment>
        <translation>Inhalator</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>vocab drink: water</extracomment>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Coffee</source>
        <extracomment>vocab drink: coffee</extracomment>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>Tea</source>
        <extracomment>vocab drink: tea</extracomment>
        <translation>Tee</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <extracomment>vocab drink: alcohol</extracomment>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Other drink</source>
        <extracomment>vocab drink: other</extracomment>
        <translation>Anderes Getränk</translation>
    </message>
    <message>
        <source>Cramp</source>
        <extracomment>vocab kind: cramp</extracomment>
        <translation>Krampf</translation>
    </message>
    <message>
        <source>Dose</source>
        <extracomment>vocab kind: dose</extracomment>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Drink</source>
        <extracomment>vocab kind: water</extracomment>
        <translation>Getränk</translation>
    </message>
    <message>
        <source>Vitals</source>
        <extracomment>vocab kind: vitals</extracomment>
        <translation>Vitalwerte</translation>
    </message>
    <message>
        <source>Symptom</source>
        <extracomment>vocab kind: symptom</extracomment>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Fainting</source>
        <extracomment>vocab symptom: fainting</extracomment>
        <translation>Ohnmacht</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <extracomment>vocab symptom: chest-pain</extracomment>
        <translation>Brustschmerzen</translation>
    </message>
    <message>
        <source>Jaundice (yellow skin or eyes)</source>
        <extracomment>vocab symptom: jaundice</extracomment>
        <translation>Gelbsucht (gelbe Haut oder Augen)</translation>
    </message>
    <message>
        <source>Seizure</source>
        <extracomment>vocab symptom: seizure</extracomment>
        <translation>Krampfanfall</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <extracomment>vocab symptom: breathing-trouble</extracomment>
        <translation>Atemnot</translation>
    </message>
    <message>
        <source>Hallucinations</source>
        <extracomment>vocab symptom: hallucinations</extracomment>
        <translation>Halluzinationen</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <extracomment>vocab symptom: drowsiness</extracomment>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <extracomment>vocab symptom: dizziness</extracomment>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>Dry mouth</source>
        <extracomment>vocab symptom: dry-mouth</extracomment>
        <translation>Mundtrockenheit</translation>
    </message>
    <message>
        <source>Weakness</source>
        <extracomment>vocab symptom: weakness</extracomment>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Nausea</source>
        <extracomment>vocab symptom: nausea</extracomment>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Headache</source>
        <extracomment>vocab symptom: headache</extracomment>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>Low blood pressure</source>
        <extracomment>vocab symptom: low-blood-pressure</extracomment>
        <translation>Niedriger Blutdruck</translation>
    </message>
    <message>
        <source>New muscle weakness</source>
        <extracomment>vocab red-flag: weakness</extracomment>
        <translation>Neue Muskelschwäche</translation>
    </message>
    <message>
        <source>Bladder or bowel changes</source>
        <extracomment>vocab red-flag: bladder-bowel</extracomment>
        <translation>Veränderungen bei Blase oder Darm</translation>
    </message>
    <message>
        <source>Numbness around the groin or buttocks</source>
        <extracomment>vocab red-flag: groin-numbness</extracomment>
        <translation>Taubheit im Schritt oder am Gesäß</translation>
    </message>
    <message>
        <source>Back pain with leg weakness</source>
        <extracomment>vocab red-flag: back-pain-leg-weakness</extracomment>
        <translation>Rückenschmerzen mit Beinschwäche</translation>
    </message>
    <message>
        <source>Sudden severe stiffness</source>
        <extracomment>vocab red-flag: sudden-spasticity</extracomment>
        <translation>Plötzliche starke Steifigkeit</translation>
    </message>
    <message>
        <source>Dark urine after cramps</source>
        <extracomment>vocab red-flag: dark-urine</extracomment>
        <translation>Dunkler Urin nach Krämpfen</translation>
    </message>
    <message>
        <source>A limb that suddenly gets weak, or stays weak after the cramp has passed.</source>
        <extracomment>vocab red-flag-detail: weakness</extracomment>
        <translation>Ein Arm oder Bein wird plötzlich schwach oder bleibt schwach, nachdem der Krampf vorbei ist.</translation>
    </message>
    <message>
        <source>Trouble passing urine, leaking urine or stool, or not feeling when the bladder is full.</source>
        <extracomment>vocab red-flag-detail: bladder-bowel</extracomment>
        <translation>Probleme beim Wasserlassen, unwillkürlicher Abgang von Urin oder Stuhl, oder kein Gefühl dafür, wann die Blase voll ist.</translation>
    </message>
    <message>
        <source>Numbness or tingling in the 'saddle' area: between the legs, around the back passage or genitals.</source>
        <extracomment>vocab red-flag-detail: groin-numbness</extracomment>
        <translation>Taubheit oder Kribbeln im „Reithosen“-Bereich: zwischen den Beinen, um den After oder die Geschlechtsteile.</translation>
    </message>
    <message>
        <source>Back pain together with weakness, numbness or pain in one or both legs.</source>
        <extracomment>vocab red-flag-detail: back-pain-leg-weakness</extracomment>
        <translation>Rückenschmerzen zusammen mit Schwäche, Taubheit oder Schmerzen in einem oder beiden Beinen.</translation>
    </message>
    <message>
        <source>Stiffness or spasms that suddenly get much worse than usual.</source>
        <extracomment>vocab red-flag-detail: sudden-spasticity</extracomment>
        <translation>Steifigkeit oder Spasmen, die plötzlich viel stärker als sonst werden.</translation>
    </message>
    <message>
        <source>Urine the colour of tea or cola, especially with muscle pain or weakness.</source>
        <extracomment>vocab red-flag-detail: dark-urine</extracomment>
        <translation>Urin in der Farbe von Tee oder Cola, besonders mit Muskelschmerzen oder Schwäche.</translation>
    </message>
</context>
</TS>
