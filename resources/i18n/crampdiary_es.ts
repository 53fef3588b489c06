<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Cramp Diary (locked)</source>
        <translation>Diario de calambres (bloqueado)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Type the passphrase first.</source>
        <translation>Escriba primero la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Esa frase de contraseña no es correcta. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>BodyPicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Where was the cramp?</source>
        <translation>¿Dónde fue el calambre?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Head and arms</source>
        <translation>Cabeza y brazos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Hand</source>
        <translation>Mano</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Trunk</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Front of thigh</source>
        <translation>Parte delantera del muslo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Back of thigh</source>
        <translation>Parte trasera del muslo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Lower leg</source>
        <translation>Pierna (parte baja)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Toes</source>
        <translation>Dedos del pie</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Choose what to import</source>
        <translation>Elija qué desea importar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>A Cramp Diary export (a CSV folder or a JSON file), or an export of Bearable, medTimer, Apple Health or Health Connect.</source>
        <translation>Una exportación de Diario de calambres (una carpeta CSV o un archivo JSON), o una exportación de Bearable, medTimer, Apple Health o Health Connect.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>File or folder</source>
        <translation>Archivo o carpeta</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Import a CSV folder</source>
        <translation>Importar una carpeta CSV</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Not recognised: {why}</source>
        <translation>No reconocido: {why}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Recognised: an export of {app}.</source>
        <translation>Reconocido: una exportación de {app}.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Cramp Diary is locked</source>
        <translation>Diario de calambres está bloqueado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Your diary is encrypted. Type its passphrase (or the recovery key) to open it.</source>
        <translation>Su diario está cifrado. Escriba su frase de contraseña (o la clave de recuperación) para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>What you were typing here is kept; it comes back when the diary is unlocked.</source>
        <translation>Lo que estaba escribiendo aquí se conserva; vuelve a aparecer cuando se desbloquea el diario.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/lock.py"/>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>CrampDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>0 mild</source>
        <translation>0 leve</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>10 worst</source>
        <translation>10 el peor</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Severity from 0 to 10</source>
        <translation>Intensidad de 0 a 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How bad (0 to 10)</source>
        <translation>Qué tan fuerte (0 a 10)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>e.g. 45s, 3m, 1h30m</source>
        <translation>p. ej. 45s, 3m, 1h30m</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How long it lasted</source>
        <translation>Cuánto duró</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How long the cramp lasted: 45s, 3m, 1h30m or seconds</source>
        <translation>Cuánto duró el calambre: 45s, 3m, 1h30m o segundos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How long</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>It woke me up</source>
        <translation>Me despertó</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>The cramp woke me up</source>
        <translation>El calambre me despertó</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>What did you try?</source>
        <translation>¿Qué probó?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Relief: {r}</source>
        <translation>Alivio: {r}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>0 – did not help</source>
        <translation>0 – no ayudó</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>10 – it went away</source>
        <translation>10 – se fue</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How well the relief worked, 0 to 10</source>
        <translation>Qué tan bien funcionó el alivio, de 0 a 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How well it worked</source>
        <translation>Qué tan bien funcionó</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Warning signs (red flags)</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Red flag: {f}</source>
        <translation>Señal de alarma: {f}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>If any of these apply, seek medical care now.</source>
        <translation>Si tiene alguna de estas, busque atención médica ahora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>What you were doing, if it seems relevant</source>
        <translation>Qué estaba haciendo, si parece importante</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Possible trigger</source>
        <translation>Posible desencadenante</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Anything else worth remembering</source>
        <translation>Cualquier otra cosa que valga la pena recordar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Heat</source>
        <translation>Calor</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Walking it off</source>
        <translation>Caminar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Drinking water</source>
        <translation>Beber agua</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Electrolyte drink</source>
        <translation>Bebida con electrolitos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Nothing helped / nothing tried</source>
        <translation>Nada ayudó / no probé nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>New muscle weakness</source>
        <translation>Debilidad muscular nueva</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>A limb that suddenly gets weak, or stays weak after the cramp has passed.</source>
        <translation>Un brazo o una pierna que se debilita de repente, o que sigue débil cuando el calambre ya ha pasado.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Bladder or bowel changes</source>
        <translation>Cambios en la vejiga o el intestino</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Trouble passing urine, leaking urine or stool, or not feeling when the bladder is full.</source>
        <translation>Dificultad para orinar, escapes de orina o heces, o no notar cuándo la vejiga está llena.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Numbness around the groin or buttocks</source>
        <translation>Entumecimiento en la ingle o las nalgas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Numbness or tingling in the 'saddle' area: between the legs, around the back passage or genitals.</source>
        <translation>Entumecimiento u hormigueo en la zona «en silla de montar»: entre las piernas, alrededor del ano o los genitales.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Back pain with leg weakness</source>
        <translation>Dolor de espalda con debilidad en las piernas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Back pain together with weakness, numbness or pain in one or both legs.</source>
        <translation>Dolor de espalda junto con debilidad, entumecimiento o dolor en una o ambas piernas.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Sudden severe stiffness</source>
        <translation>Rigidez intensa repentina</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Stiffness or spasms that suddenly get much worse than usual.</source>
        <translation>Rigidez o espasmos que de repente empeoran mucho más de lo habitual.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Dark urine after cramps</source>
        <translation>Orina oscura tras los calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Urine the colour of tea or cola, especially with muscle pain or weakness.</source>
        <translation>Orina del color del té o de la cola, sobre todo con dolor o debilidad muscular.</translation>
    </message>
</context>
<context>
    <name>DiaryController</name>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>The entries were replaced or added to; the undo history was cleared.</source>
        <translation>Las entradas se sustituyeron o se ampliaron; se borró el historial de deshacer.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>The diary was changed by another program; the undo history was cleared.</source>
        <translation>Otro programa cambió el diario; se borró el historial de deshacer.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Add {kind}</source>
        <translation>Añadir {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Edit {kind}</source>
        <translation>Editar {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Delete {kind}</source>
        <translation>Eliminar {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>Switching to {name}…</source>
        <translation>Cambiando a {name}…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/controller.py"/>
        <source>The entry was changed elsewhere, so this step could not be undone; the undo history was cleared.</source>
        <translation>La entrada se cambió en otro lugar, así que este paso no se pudo deshacer; se borró el historial para deshacer.</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>this medicine</source>
        <translation>este medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>{a} {u} of {d} is far more than one dose.</source>
        <translation>{a} {u} de {d} es mucho más que una dosis.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Did you mean {s} {u}?</source>
        <translation>¿Quería decir {s} {u}?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>The label's limit for one dose is {m} mg.</source>
        <translation>Según el prospecto, el límite para una dosis es de {m} mg.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Please check the amount and the unit.</source>
        <translation>Compruebe la cantidad y la unidad, por favor.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Save {s} {u}</source>
        <translation>Guardar {s} {u}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Save {a} {u} as typed</source>
        <translation>Guardar {a} {u} tal como lo escribió</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Go back and check</source>
        <translation>Volver y comprobar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Check the amount</source>
        <translation>Compruebe la cantidad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Generic or brand name, e.g. tizanidine or Zanaflex</source>
        <translation>Principio activo o nombre comercial, p. ej. tizanidina o Zanaflex</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>With food</source>
        <translation>Con comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Without food</source>
        <translation>Sin comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Taken with food</source>
        <translation>Tomado con comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Edit {kind} #{id}</source>
        <translation>Editar {kind} n.º {id}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Saving the entry</source>
        <translation>Guardando la entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Save the entry</source>
        <translation>Guardar la entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Cancel, save nothing</source>
        <translation>Cancelar, no guardar nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Discard this entry?</source>
        <translation>¿Descartar esta entrada?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>You filled in this form. Close it without saving?</source>
        <translation>Ha rellenado este formulario. ¿Cerrarlo sin guardar?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>This entry is no longer in the diary.</source>
        <translation>Esta entrada ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log a cramp</source>
        <translation>Anotar un calambre</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log a dose</source>
        <translation>Anotar una dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log a drink</source>
        <translation>Anotar una bebida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log stretching</source>
        <translation>Anotar estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log blood pressure and pulse</source>
        <translation>Anotar tensión arterial y pulso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Log a symptom</source>
        <translation>Anotar un síntoma</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Welcome to Cramp Diary</source>
        <translation>Bienvenido a Diario de calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>I understand that Cramp Diary informs and does not replace medical care</source>
        <translation>Entiendo que Diario de calambres informa y no sustituye la atención médica</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>I accept the disclaimer</source>
        <translation>Acepto el aviso legal</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Your medicines (optional)</source>
        <translation>Sus medicamentos (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Add the medicines you take for cramps or spasms, and any others you want the diary to consider. Brand names work too. Each one gets a one-click button on the Today page. You can change this later under Medicines.</source>
        <translation>Añada los medicamentos que toma para los calambres o espasmos, y cualquier otro que quiera que el diario tenga en cuenta. También sirven los nombres comerciales. Cada uno tendrá un botón de un clic en la página Hoy. Puede cambiarlo más tarde en Medicamentos.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Medicine, e.g. tizanidine or Zanaflex</source>
        <translation>Medicamento, p. ej. tizanidina o Zanaflex</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>usual mg (optional)</source>
        <translation>mg habituales (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Usual dose in mg</source>
        <translation>Dosis habitual en mg</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Add it to my medicines (Enter)</source>
        <translation>Añadirlo a mis medicamentos (Intro)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Medicines added</source>
        <translation>Medicamentos añadidos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>  (not in the catalog: no drug rules)</source>
        <translation>  (no está en el catálogo: sin reglas del medicamento)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/first_run.py"/>
        <source>&lt;p&gt;Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and points out things worth discussing with your doctor, such as doses closer together than a label allows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It informs; it does not prescribe.&lt;/b&gt; It is not a medical device and not a substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or change a medicine: talk to your prescriber about that.&lt;/p&gt;&lt;p&gt;It can only judge what you log, and it can be wrong or incomplete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Red flags: seek care now&lt;/b&gt; if you have new weakness in a limb, trouble passing urine or controlling your bladder or bowels, numbness between the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, or dark (tea- or cola-coloured) urine after cramps.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer. Cramp Diary makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diario de calambres le ayuda a llevar la cuenta de los calambres, los espasmos y los medicamentos que toma, y señala cosas que conviene comentar con su médico, como dosis más juntas de lo que permite el prospecto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Informa; no receta.&lt;/b&gt; No es un producto sanitario ni sustituye a un médico, una enfermera o un farmacéutico. Nunca le dice que empiece, deje o cambie un medicamento: hable de eso con quien se lo recetó.&lt;/p&gt;&lt;p&gt;Solo puede juzgar lo que usted anota, y puede equivocarse o estar incompleto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Señales de alarma: busque atención médica ahora&lt;/b&gt; si tiene debilidad nueva en un brazo o una pierna, dificultad para orinar o para controlar la vejiga o el intestino, entumecimiento entre las piernas o en las nalgas, dolor de espalda con debilidad en las piernas, rigidez intensa repentina u orina oscura (color té o cola) tras los calambres.&lt;/p&gt;&lt;p&gt;Su diario se queda en este ordenador. Diario de calambres no hace ninguna conexión de red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and points out things worth discussing with your doctor, such as doses closer together than a label allows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It informs; it does not prescribe.&lt;/b&gt; It is not a medical device and not a substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or change a medicine: talk to your prescriber about that.&lt;/p&gt;&lt;p&gt;It can only judge what you log, and it can be wrong or incomplete.&lt;/p&gt;&lt;p style='color:#c62828'&gt;&lt;b&gt;Red flags: seek care now&lt;/b&gt; if you have new weakness in a limb, trouble passing urine or controlling your bladder or bowels, numbness between the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, or dark (tea- or cola-coloured) urine after cramps.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer. Cramp Diary makes no network connections.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Diario de calambres le ayuda a llevar la cuenta de los calambres, los espasmos y los medicamentos que toma, y señala cosas que conviene comentar con su médico, como dosis más juntas de lo que permite el prospecto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Informa; no receta.&lt;/b&gt; No es un producto sanitario ni sustituye a un médico, una enfermera o un farmacéutico. Nunca le dice que empiece, deje o cambie un medicamento: hable de eso con quien se lo recetó.&lt;/p&gt;&lt;p&gt;Solo puede juzgar lo que usted anota, y puede equivocarse o estar incompleto.&lt;/p&gt;&lt;p style='color:#c62828'&gt;&lt;b&gt;Señales de alarma: busque atención ahora&lt;/b&gt; si tiene debilidad nueva en un brazo o una pierna, dificultad para orinar o para controlar la vejiga o el intestino, entumecimiento entre las piernas o en las nalgas, dolor de espalda con debilidad en las piernas, rigidez intensa repentina u orina oscura (color té o cola) tras los calambres.&lt;/p&gt;&lt;p&gt;Su diario se queda en este ordenador. Diario de calambres no hace ninguna conexión de red.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FlagRow</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Severity: {s}</source>
        <translation>Nivel: {s}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>{n} times in 7 days · latest {when}</source>
        <translation>{n} veces en 7 días · la última {when}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>since {first} · latest {when}</source>
        <translation>desde {first} · la última {when}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Click to read the full message and its source</source>
        <translation>Haga clic para leer el mensaje completo y su fuente</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>What the diary noticed</source>
        <translation>Lo que el diario ha notado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>When: {when}   ·   Source: {src}   ·   Rule: {rule}</source>
        <translation>Cuándo: {when}   ·   Fuente: {src}   ·   Regla: {rule}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Cramp Diary informs; it does not prescribe. Talk to your prescriber before changing how you take a medicine.</source>
        <translation>Diario de calambres informa; no receta. Hable con quien le recetó el medicamento antes de cambiar cómo lo toma.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Undo this entry</source>
        <translation>Deshacer esta entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Undo the entry that raised this flag</source>
        <translation>Deshacer la entrada que generó este aviso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Take the entry back, as Ctrl+Z would</source>
        <translation>Retirar la entrada, como haría Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Already changed since</source>
        <translation>Ya cambió desde entonces</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Cramp</source>
        <translation>Calambre</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Drink</source>
        <translation>Bebida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Vitals</source>
        <translation>Constantes vitales</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Show only this kind of entry</source>
        <translation>Mostrar solo este tipo de entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Limit to a date range</source>
        <translation>Limitar a un intervalo de fechas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Search notes, medicines, muscles…</source>
        <translation>Buscar en notas, medicamentos, músculos…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Search the diary</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Diary entries, newest first</source>
        <translation>Entradas del diario, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Edit the selected entry (Enter)</source>
        <translation>Editar la entrada seleccionada (Intro)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Delete the selected entry (Delete); Ctrl+Z brings it back</source>
        <translation>Eliminar la entrada seleccionada (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>{n}{more} entries shown</source>
        <translation>{n}{more} entradas mostradas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Cramp</source>
        <translation>Calambre</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Drink</source>
        <translation>Bebida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Vitals</source>
        <translation>Constantes vitales</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/history.py"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>A backup was made first: {p}</source>
        <translation>Antes se hizo una copia de seguridad: {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>The import was refused: {why}
Nothing was written.</source>
        <translation>La importación fue rechazada: {why}
No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Which days to look at</source>
        <translation>Qué días mirar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Findings: one question about your diary each</source>
        <translation>Hallazgos: una pregunta sobre su diario cada uno</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>The answer, with its numbers</source>
        <translation>La respuesta, con sus números</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Choose a finding on the left to see its chart.</source>
        <translation>Elija un hallazgo a la izquierda para ver su gráfico.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>These are patterns in your own diary: what went together, not proof of what causes what. A 'clear' pattern is unlikely to be chance after allowing for the number of questions asked. Talk to your doctor or prescriber before changing any treatment.</source>
        <translation>Son patrones de su propio diario: lo que fue junto, no la prueba de qué causa qué. Un patrón «claro» difícilmente es casualidad, aun teniendo en cuenta el número de preguntas hechas. Hable con su médico antes de cambiar cualquier tratamiento.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Working out the findings…</source>
        <translation>Calculando los hallazgos…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>No entries in this period yet.</source>
        <translation>Todavía no hay entradas en este periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>{days} days, {n} findings, {c} clear</source>
        <translation>{days} días, {n} hallazgos, {c} claros</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Could not work out the insights: {e}</source>
        <translation>No se pudieron calcular los análisis: {e}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Needs more data</source>
        <translation>Faltan datos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Clear pattern</source>
        <translation>Patrón claro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Could be chance</source>
        <translation>Podría ser casualidad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>rate ratio</source>
        <translation>razón de tasas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Spearman rho</source>
        <translation>rho de Spearman</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>difference</source>
        <translation>diferencia</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>95% interval {a:.2f} to {b:.2f}</source>
        <translation>intervalo del 95 % de {a:.2f} a {b:.2f}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/insights.py"/>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>The most recent good backup is {name}. Restoring it replaces the damaged file (which is kept as a copy). Entries made after that backup would have to be logged again.</source>
        <translation>La copia de seguridad sana más reciente es {name}. Restaurarla sustituye el archivo dañado (que se guarda como copia). Las entradas hechas después de esa copia tendrían que anotarse de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>Restore that backup</source>
        <translation>Restaurar esa copia</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>No good backup was found in {f}. You can start Cramp Diary with another data folder (--data-dir).</source>
        <translation>No se encontró ninguna copia de seguridad sana en {f}. Puede iniciar Diario de calambres con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>Install the newer version to open it.</source>
        <translation>Instale la versión más reciente para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cramp Diary</source>
        <translation>Diario de calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>The backup could not be restored.</source>
        <translation>No se pudo restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/app.py"/>
        <source>The diary could not be opened.</source>
        <translation>No se pudo abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Opening your diary…</source>
        <translation>Abriendo su diario…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>{v} (Ctrl+{n})</source>
        <translation>{v} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Ready. Press N to log a cramp now, C for the cramp form, D for a dose, W for water.</source>
        <translation>Listo. Pulse N para anotar un calambre ahora, C para el formulario de calambre, D para una dosis, W para agua.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Report for my doctor…</source>
        <translation>&amp;Informe para mi médico…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Make a PDF report to take to an appointment</source>
        <translation>Crear un informe en PDF para llevar a una cita</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Save the diary as CSV, JSON or FHIR</source>
        <translation>Guardar el diario como CSV, JSON o FHIR</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Add entries from a CSV folder or JSON file</source>
        <translation>Añadir entradas de una carpeta CSV o un archivo JSON</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Save a copy of the diary in the backup folder</source>
        <translation>Guardar una copia del diario en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Replace the diary with a backup</source>
        <translation>Sustituir el diario por una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Log</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cramp &amp;now (one key)</source>
        <translation>Calambre a&amp;hora (una tecla)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Log a cramp now with the usual details; add more later</source>
        <translation>Anotar ahora un calambre con los datos habituales; puede añadir más después</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Cramp…</source>
        <translation>&amp;Calambre…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Dose…</source>
        <translation>&amp;Dosis…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Water {a}</source>
        <translation>&amp;Agua {a}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Water {a}</source>
        <translation>Agua {a}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Other &amp;drink…</source>
        <translation>Otra &amp;bebida…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Stretching…</source>
        <translation>&amp;Estiramientos…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Blood &amp;pressure and pulse…</source>
        <translation>&amp;Tensión arterial y pulso…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Other s&amp;ymptom…</source>
        <translation>Otro s&amp;íntoma…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>My &amp;medicines (usual dose, now)</source>
        <translation>Mis &amp;medicamentos (dosis habitual, ahora)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;Red flags: when to seek care</source>
        <translation>&amp;Señales de alarma: cuándo buscar atención</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>What Cramp Diary is (and is not)</source>
        <translation>Qué es Diario de calambres (y qué no es)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&amp;About Cramp Diary</source>
        <translation>A&amp;cerca de Diario de calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Log the usual dose of {m} now</source>
        <translation>Anotar ahora la dosis habitual de {m}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Insights are not available in this build.</source>
        <translation>Los análisis no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>This entry raised a flag</source>
        <translation>Esta entrada generó un aviso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Red flags: seek care now</source>
        <translation>Señales de alarma: busque atención ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Red flags: when to seek care now</source>
        <translation>Señales de alarma: cuándo buscar atención ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Seek medical care now (doctor, urgent care or emergency services) if you notice any of these:</source>
        <translation>Busque atención médica ahora (médico, urgencias o servicios de emergencia) si nota cualquiera de estas:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>About Cramp Diary</source>
        <translation>Acerca de Diario de calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cramp Diary {v}: a private diary for muscle cramps, spasms and the medicines that go with them.</source>
        <translation>Diario de calambres {v}: un diario privado para calambres musculares, espasmos y los medicamentos que los acompañan.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Your data stays on this computer: {p}</source>
        <translation>Sus datos se quedan en este ordenador: {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Reports are not available in this build.</source>
        <translation>Los informes no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>The file could not be written or read: {e}</source>
        <translation>No se pudo escribir o leer el archivo: {e}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>CSV (a folder of spreadsheets)</source>
        <translation>CSV (una carpeta de hojas de cálculo)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>JSON (one file)</source>
        <translation>JSON (un archivo)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>FHIR R4 bundle (one JSON file, for health records)</source>
        <translation>Paquete FHIR R4 (un archivo JSON, para historias clínicas)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>FHIR R4 bundle for a clinic's system (transaction)</source>
        <translation>Paquete FHIR R4 para el sistema de una clínica (transacción)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export to which folder?</source>
        <translation>¿A qué carpeta exportar?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>{n} entries exported to {p}</source>
        <translation>{n} entradas exportadas a {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>{a} entries added, {s} already present and skipped.</source>
        <translation>{a} entradas añadidas, {s} ya presentes y omitidas.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Backup saved: {p}</source>
        <translation>Copia de seguridad guardada: {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>A copy of your diary was saved as:</source>
        <translation>Se guardó una copia de su diario como:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Restore which backup?</source>
        <translation>¿Qué copia de seguridad restaurar?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Diary backups (*.sqlite3);;All files (*)</source>
        <translation>Copias del diario (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Replace the current diary with this backup? The current diary is kept as a copy first.</source>
        <translation>¿Sustituir el diario actual por esta copia? Antes se guarda el diario actual como copia.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>The replaced diary was kept as {k}</source>
        <translation>El diario sustituido se guardó como {k}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Restore failed</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Open Cramp Diary</source>
        <translation>Abrir Diario de calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Log a cramp…</source>
        <translation>Anotar un calambre…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Log a glass of water</source>
        <translation>Anotar un vaso de agua</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>{what}. Ctrl+Z undoes it.</source>
        <translation>{what}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Cramp Diary is still running</source>
        <translation>Diario de calambres sigue abierto</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Reminders keep coming. Quit from the tray menu.</source>
        <translation>Los recordatorios siguen llegando. Salga desde el menú de la bandeja.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>&lt;p&gt;Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and points out things worth discussing with your doctor, such as doses closer together than a label allows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It informs; it does not prescribe.&lt;/b&gt; It is not a medical device and not a substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or change a medicine: talk to your prescriber about that.&lt;/p&gt;&lt;p&gt;It can only judge what you log, and it can be wrong or incomplete.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Red flags: seek care now&lt;/b&gt; if you have new weakness in a limb, trouble passing urine or controlling your bladder or bowels, numbness between the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, or dark (tea- or cola-coloured) urine after cramps.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer. Cramp Diary makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diario de calambres le ayuda a llevar la cuenta de los calambres, los espasmos y los medicamentos que toma, y señala cosas que conviene comentar con su médico, como dosis más juntas de lo que permite el prospecto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Informa; no receta.&lt;/b&gt; No es un producto sanitario ni sustituye a un médico, una enfermera o un farmacéutico. Nunca le dice que empiece, deje o cambie un medicamento: hable de eso con quien se lo recetó.&lt;/p&gt;&lt;p&gt;Solo puede juzgar lo que usted anota, y puede equivocarse o estar incompleto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Señales de alarma: busque atención médica ahora&lt;/b&gt; si tiene debilidad nueva en un brazo o una pierna, dificultad para orinar o para controlar la vejiga o el intestino, entumecimiento entre las piernas o en las nalgas, dolor de espalda con debilidad en las piernas, rigidez intensa repentina u orina oscura (color té o cola) tras los calambres.&lt;/p&gt;&lt;p&gt;Su diario se queda en este ordenador. Diario de calambres no hace ninguna conexión de red.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/main_window.py"/>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Ready. Press C to log a cramp, D for a dose, W for water.</source>
        <translation type="vanished">Listo. Pulse C para anotar un calambre, D para una dosis, W para agua.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and points out things worth discussing with your doctor, such as doses closer together than a label allows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It informs; it does not prescribe.&lt;/b&gt; It is not a medical device and not a substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or change a medicine: talk to your prescriber about that.&lt;/p&gt;&lt;p&gt;It can only judge what you log, and it can be wrong or incomplete.&lt;/p&gt;&lt;p style='color:#c62828'&gt;&lt;b&gt;Red flags: seek care now&lt;/b&gt; if you have new weakness in a limb, trouble passing urine or controlling your bladder or bowels, numbness between the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, or dark (tea- or cola-coloured) urine after cramps.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer. Cramp Diary makes no network connections.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Diario de calambres le ayuda a llevar la cuenta de los calambres, los espasmos y los medicamentos que toma, y señala cosas que conviene comentar con su médico, como dosis más juntas de lo que permite el prospecto.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Informa; no receta.&lt;/b&gt; No es un producto sanitario ni sustituye a un médico, una enfermera o un farmacéutico. Nunca le dice que empiece, deje o cambie un medicamento: hable de eso con quien se lo recetó.&lt;/p&gt;&lt;p&gt;Solo puede juzgar lo que usted anota, y puede equivocarse o estar incompleto.&lt;/p&gt;&lt;p style='color:#c62828'&gt;&lt;b&gt;Señales de alarma: busque atención ahora&lt;/b&gt; si tiene debilidad nueva en un brazo o una pierna, dificultad para orinar o para controlar la vejiga o el intestino, entumecimiento entre las piernas o en las nalgas, dolor de espalda con debilidad en las piernas, rigidez intensa repentina u orina oscura (color té o cola) tras los calambres.&lt;/p&gt;&lt;p&gt;Su diario se queda en este ordenador. Diario de calambres no hace ninguna conexión de red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="vanished">Importar</translation>
    </message>
    <message>
        <source>What do you want to import?</source>
        <translation type="vanished">¿Qué quiere importar?</translation>
    </message>
    <message>
        <source>A JSON file</source>
        <translation type="vanished">Un archivo JSON</translation>
    </message>
    <message>
        <source>A CSV folder</source>
        <translation type="vanished">Una carpeta CSV</translation>
    </message>
    <message>
        <source>Import a JSON file</source>
        <translation type="vanished">Importar un archivo JSON</translation>
    </message>
    <message>
        <source>Import a CSV folder</source>
        <translation type="vanished">Importar una carpeta CSV</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Generic or brand name</source>
        <translation>Principio activo o nombre comercial</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Usual amount</source>
        <translation>Cantidad habitual</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Usual dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>With food</source>
        <translation>Con comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Without food</source>
        <translation>Sin comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Usually taken with food</source>
        <translation>Se toma normalmente con comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Times of day for reminders, e.g. 08:00; 14:00; 20:00</source>
        <translation>Horas del día para los recordatorios, p. ej. 08:00; 14:00; 20:00</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Schedule: times of day</source>
        <translation>Pauta: horas del día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopped on</source>
        <translation>Dejó el</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stop date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Not in the catalog: it is kept as typed, with no drug rules.</source>
        <translation>No está en el catálogo: se guarda tal como se escribió, sin reglas del medicamento.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Recognised as {g}</source>
        <translation>Reconocido como {g}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>In the catalog</source>
        <translation>En el catálogo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>{n} is already in your medicines as {t} (the same drug). Edit that one instead.</source>
        <translation>{n} ya está en sus medicamentos como {t} (el mismo principio activo). Edite ese en su lugar.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopping {d}</source>
        <translation>Dejar {d}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Tablet</source>
        <translation>Comprimido</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Capsule</source>
        <translation>Cápsula</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Liquid</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Inhaler</source>
        <translation>Inhalador</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Other</source>
        <translation>Otra forma</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Talk to your prescriber before stopping {d}</source>
        <translation>Hable con quien se lo recetó antes de dejar {d}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>After regular use, stopping {d} suddenly can cause withdrawal effects, such as a rise in blood pressure, a fast heartbeat or stiffness coming back stronger. Its label says the dose should be lowered gradually (tapered) under medical guidance.

Please do not stop on your own: contact the prescriber first. If you have already stopped and feel unwell (pounding heart, very high blood pressure, severe stiffness, confusion), seek medical care now.</source>
        <translation>Tras un uso regular, dejar {d} de golpe puede causar síntomas de retirada, como subida de la tensión arterial, latido rápido o que la rigidez vuelva con más fuerza. Su prospecto dice que la dosis debe reducirse poco a poco (de forma escalonada) bajo supervisión médica.

No lo deje por su cuenta: consulte primero con quien se lo recetó. Si ya lo ha dejado y se encuentra mal (palpitaciones fuertes, tensión muy alta, rigidez intensa, confusión), busque atención médica ahora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopping suddenly after regular use can cause withdrawal effects; talk to your prescriber before stopping.</source>
        <translation>Dejarlo de golpe tras un uso regular puede causar síntomas de retirada; hable con quien se lo recetó antes de dejarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; is not in the catalog, so no drug rules apply to it. Its doses are still kept in the diary and the report.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; no está en el catálogo, así que no se le aplica ninguna regla del medicamento. Sus dosis se guardan igualmente en el diario y en el informe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Can go with cramps: </source>
        <translation>Puede ir con calambres: </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>The label says: </source>
        <translation>El prospecto dice: </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Not to be used for leg cramps (safety warning).</source>
        <translation>No debe usarse para los calambres en las piernas (advertencia de seguridad).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Source: </source>
        <translation>Fuente: </translation>
    </message>
</context>
<context>
    <name>MedicinesView</name>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Your medicines. Their usual dose becomes a one-click button on Today; schedule times drive the optional reminders.</source>
        <translation>Sus medicamentos. Su dosis habitual se convierte en un botón de un clic en Hoy; las horas de la pauta activan los recordatorios opcionales.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Usual dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopped</source>
        <translation>Dejado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>What the catalog says about the selected medicine</source>
        <translation>Lo que dice el catálogo del medicamento seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Edit the selected medicine</source>
        <translation>Editar el medicamento seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Mark as stopped…</source>
        <translation>Marcar como dejado…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Mark the selected medicine as stopped</source>
        <translation>Marcar el medicamento seleccionado como dejado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Record that you no longer take it (talk to your prescriber before stopping a medicine)</source>
        <translation>Anotar que ya no lo toma (hable con quien se lo recetó antes de dejar un medicamento)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove the selected medicine from my list</source>
        <translation>Quitar el medicamento seleccionado de mi lista</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>with food</source>
        <translation>con comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>without food</source>
        <translation>sin comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Select a medicine to see what its label says about timing, limits and stopping.</source>
        <translation>Seleccione un medicamento para ver lo que dice su prospecto sobre horarios, límites y cómo dejarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Stopping {d}</source>
        <translation>Dejar {d}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Record it as stopped</source>
        <translation>Anotarlo como dejado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove {d}</source>
        <translation>Quitar {d}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove {d} from your list? Doses already logged stay in the diary.</source>
        <translation>¿Quitar {d} de su lista? Las dosis ya anotadas se quedan en el diario.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/medicines.py"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>NextDoseCard</name>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Next dose of {d}</source>
        <translation>Próxima dosis de {d}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>No dose on record in the last days.</source>
        <translation>No hay dosis registradas en los últimos días.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>No timing limit applies right now.</source>
        <translation>Ahora mismo no se aplica ningún límite de horario.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Last dose: {t}{amt}</source>
        <translation>Última dosis: {t}{amt}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Next dose time: not available</source>
        <translation>Hora de la próxima dosis: no disponible</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Earliest next dose by the label: {t}
in {c}</source>
        <translation>Próxima dosis más temprana según el prospecto: {t}
en {c}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Another dose now would be within the label's timing.</source>
        <translation>Una dosis ahora quedaría dentro del horario del prospecto.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{n} of {m} doses</source>
        <translation>{n} de {m} dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{n} doses</source>
        <translation>{n} dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} of {m} mg ({left} mg left)</source>
        <translation>{t} de {m} mg (quedan {left} mg)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} mg</source>
        <translation>{t} mg</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>In the last 24 hours: </source>
        <translation>En las últimas 24 horas: </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>What would happen</source>
        <translation>Lo que pasaría</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>The first rows:</source>
        <translation>Las primeras filas:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>{kind}: {add} to add, {present} already in the diary</source>
        <translation>{kind}: {add} por añadir, {present} ya en el diario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>The file holds no entries that Cramp Diary can import.</source>
        <translation>El archivo no contiene entradas que Diario de calambres pueda importar.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>{where}: {kind} at {at}: {values}</source>
        <translation>{where}: {kind} el {at}: {values}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>(already present)</source>
        <translation>(ya presente)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>This file cannot be imported: {why}
Nothing was written.</source>
        <translation>Este archivo no se puede importar: {why}
No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Red-flag symptoms logged: seek medical care now</source>
        <translation>Señales de alarma anotadas: busque atención médica ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>What this means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Read what the red-flag symptoms mean</source>
        <translation>Leer qué significan las señales de alarma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>Red-flag warning</source>
        <translation>Aviso de señal de alarma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/flags.py"/>
        <source>On {when} you logged: {what}. These can be signs of a serious problem (for example nerve compression or muscle breakdown). Contact a doctor, urgent care or emergency services now; do not wait for the next appointment.</source>
        <translation>El {when} anotó: {what}. Pueden ser signos de un problema grave (por ejemplo, compresión de un nervio o destrucción muscular). Contacte ahora con un médico, urgencias o los servicios de emergencia; no espere a la próxima cita.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../src/crampdiary/ui/reminder_banner.py"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/reminder_banner.py"/>
        <source>Dismiss the reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/reminder_banner.py"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Report for my doctor</source>
        <translation>Informe para mi médico</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Last year</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Report period</source>
        <translation>Periodo del informe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Report period: {x}</source>
        <translation>Periodo del informe: {x}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>One-page summary</source>
        <translation>Resumen de una página</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Log (tables)</source>
        <translation>Registro (tablas)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Questions for my doctor</source>
        <translation>Preguntas para mi médico</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Every single entry in the log</source>
        <translation>Todas las entradas, una por una, en el registro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>For a period over 92 days the log shows one row per week and kind; tick this to add every entry after the weekly tables.</source>
        <translation>Para un periodo de más de 92 días, el registro muestra una fila por semana y tipo; marque esta casilla para añadir todas las entradas después de las tablas semanales.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The red flags and the disclaimer are always included.</source>
        <translation>Las señales de alarma y el aviso legal se incluyen siempre.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Name on every page (optional)</source>
        <translation>Nombre en cada página (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>e.g. your name and date of birth</source>
        <translation>p. ej. su nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Name on the report</source>
        <translation>Nombre en el informe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Questions for my doctor (one per line)</source>
        <translation>Preguntas para mi médico (una por línea)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>e.g. Could one of my medicines go with the cramps?</source>
        <translation>p. ej. ¿Podría alguno de mis medicamentos tener que ver con los calambres?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Kept for next time; printed in the report with space to write.</source>
        <translation>Se guardan para la próxima vez; se imprimen en el informe con espacio para escribir.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Preview of the report's first page</source>
        <translation>Vista previa de la primera página del informe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Number of pages</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Stop making the report</source>
        <translation>Dejar de crear el informe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Write the report as a PDF file</source>
        <translation>Escribir el informe como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The preview could not be made: {e}</source>
        <translation>No se pudo hacer la vista previa: {e}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Counting the pages…</source>
        <translation>Contando las páginas…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The report has {n} pages.</source>
        <translation>El informe tiene {n} páginas.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The report has 1 page.</source>
        <translation>El informe tiene 1 página.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The pages could not be counted.</source>
        <translation>No se pudieron contar las páginas.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Cancelled: no report was made.</source>
        <translation>Cancelado: no se creó ningún informe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>An unexpected error stopped the report.</source>
        <translation>Un error inesperado detuvo el informe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The report was not made: {e}</source>
        <translation>No se hizo el informe: {e}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Saved to {p}</source>
        <translation>Guardado en {p}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The printer did not accept the report ({e}); it opens in your PDF viewer instead.</source>
        <translation>La impresora no aceptó el informe ({e}); se abre en su visor de PDF.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>Sent to the printer {p}.</source>
        <translation>Enviado a la impresora {p}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>The report opened in your PDF viewer; print it from there. The copy is deleted when this window closes.</source>
        <translation>El informe se abrió en su visor de PDF; imprímalo desde allí. La copia se borra al cerrar esta ventana.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/report_dialog.py"/>
        <source>No PDF viewer could be opened.</source>
        <translation>No se pudo abrir ningún visor de PDF.</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="vanished">Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="vanished">Últimos 12 meses</translation>
    </message>
    <message>
        <source>Full log (tables)</source>
        <translation type="vanished">Registro completo (tablas)</translation>
    </message>
    <message>
        <source>The report opened in your PDF viewer; print it from there. File: {p}</source>
        <translation type="vanished">El informe se abrió en su visor de PDF; imprímalo desde allí. Archivo: {p}</translation>
    </message>
    <message>
        <source>No PDF viewer could be opened. The report is at {p}</source>
        <translation type="vanished">No se pudo abrir ningún visor de PDF. El informe está en {p}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>{v} of 10</source>
        <translation>{v} de 10</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Units and goals</source>
        <translation>Unidades y objetivos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Millilitres (ml)</source>
        <translation>Mililitros (ml)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>US fluid ounces (fl oz)</source>
        <translation>Onzas líquidas de EE. UU. (fl oz)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Units for drinks</source>
        <translation>Unidades de las bebidas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Drinks in</source>
        <translation>Bebidas en</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Daily water goal</source>
        <translation>Objetivo diario de agua</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Water goal a day</source>
        <translation>Objetivo de agua al día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Daily stretching goal in minutes</source>
        <translation>Objetivo diario de estiramientos en minutos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Stretching goal a day</source>
        <translation>Objetivo de estiramientos al día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Remind me when a scheduled dose is due</source>
        <translation>Avisarme cuando toque una dosis programada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Uses the schedule times of your medicines</source>
        <translation>Usa las horas de la pauta de sus medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Remind me to drink water every</source>
        <translation>Recordarme beber agua cada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Minutes between water reminders</source>
        <translation>Minutos entre recordatorios de agua</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Water reminders come only between 08:00 and 22:00, and never sooner than the interval after your last drink.</source>
        <translation>Los recordatorios de agua solo llegan entre las 08:00 y las 22:00, y nunca antes del intervalo tras su última bebida.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>This desktop has no system tray</source>
        <translation>Este escritorio no tiene bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Night theme (dim and dark, easy on the eyes at night)</source>
        <translation>Tema nocturno (tenue y oscuro, descansa la vista por la noche)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Use the night theme</source>
        <translation>Usar el tema nocturno</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Off: the window follows your desktop's light or dark colours</source>
        <translation>Desactivado: la ventana sigue los colores claros u oscuros de su escritorio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Your diary is stored only on this computer, in:</source>
        <translation>Su diario se guarda solo en este ordenador, en:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Make a backup of the diary now</source>
        <translation>Hacer ahora una copia de seguridad del diario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Lock the window after</source>
        <translation>Bloquear la ventana tras</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source> min without use</source>
        <translation> min sin uso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Minutes without use before the window locks</source>
        <translation>Minutos sin uso antes de que se bloquee la ventana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Encrypted: the diary and its backups. Not covered: exports, reports, this settings file, memory while unlocked.</source>
        <translation>Cifrados: el diario y sus copias de seguridad. No protegidos: las exportaciones, los informes, este archivo de ajustes y la memoria mientras la ventana está desbloqueada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Not encrypted. 'crampdiary encrypt' encrypts the diary and its backups.</source>
        <translation>Sin cifrar. 'crampdiary encrypt' cifra el diario y sus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>A copy of your diary was saved as:</source>
        <translation>Se guardó una copia de su diario como:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/settings_dialog.py"/>
        <source>The backup could not be written: {e}</source>
        <translation>No se pudo escribir la copia de seguridad: {e}</translation>
    </message>
</context>
<context>
    <name>SidePicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Side of the body</source>
        <translation>Lado del cuerpo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Side: {s}</source>
        <translation>Lado: {s}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
</context>
<context>
    <name>StretchDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Minutes of stretching</source>
        <translation>Minutos de estiramiento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How long</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>e.g. calf stretch against the wall</source>
        <translation>p. ej. estiramiento de gemelo contra la pared</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>What kind of stretching</source>
        <translation>Qué tipo de estiramiento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>e.g. drowsiness, dizziness, dry mouth</source>
        <translation>p. ej. somnolencia, mareo, boca seca</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>0 mild</source>
        <translation>0 leve</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>10 worst</source>
        <translation>10 el peor</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Severity from 0 to 10</source>
        <translation>Intensidad de 0 a 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>How bad</source>
        <translation>Qué tan fuerte</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} today</source>
        <translation>hoy a las {t}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} yesterday</source>
        <translation>ayer a las {t}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{t} tomorrow</source>
        <translation>mañana a las {t}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log now</source>
        <translation>Anotar ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Cramp…</source>
        <translation>Calambre…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a cramp</source>
        <translation>Anotar un calambre</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Dose…</source>
        <translation>Dosis…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a dose of any medicine</source>
        <translation>Anotar una dosis de cualquier medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Stretching…</source>
        <translation>Estiramientos…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log stretching</source>
        <translation>Anotar estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Cramp now</source>
        <translation>Calambre ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a cramp now with the usual details</source>
        <translation>Anotar ahora un calambre con los datos habituales</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Add details…</source>
        <translation>Añadir detalles…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Add details to the cramp just logged</source>
        <translation>Añadir detalles al calambre recién anotado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Undo the cramp just logged</source>
        <translation>Deshacer el calambre recién anotado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>My medicines, one click logs the usual dose now:</source>
        <translation>Mis medicamentos, un clic anota ahora la dosis habitual:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Water:</source>
        <translation>Agua:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a glass of water now</source>
        <translation>Anotar ahora un vaso de agua</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log a large glass of water now</source>
        <translation>Anotar ahora un vaso grande de agua</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Other drink…</source>
        <translation>Otra bebida…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log another amount or another drink</source>
        <translation>Anotar otra cantidad u otra bebida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Blood pressure…</source>
        <translation>Tensión arterial…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log blood pressure and pulse</source>
        <translation>Anotar tensión arterial y pulso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Other symptom…</source>
        <translation>Otro síntoma…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log another symptom</source>
        <translation>Anotar otro síntoma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Cramps today</source>
        <translation>Calambres hoy</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Water today</source>
        <translation>Agua hoy</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Stretching today</source>
        <translation>Estiramientos hoy</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Doses today</source>
        <translation>Dosis hoy</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Next dose</source>
        <translation>Próxima dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Add a medicine with timing limits (such as tizanidine) under Medicines to see when the next dose is due.</source>
        <translation>Añada en Medicamentos un medicamento con límites de horario (como la tizanidina) para ver cuándo toca la próxima dosis.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Worth knowing (last 7 days)</source>
        <translation>Conviene saber (últimos 7 días)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Nothing to flag in the last 7 days.</source>
        <translation>Nada que señalar en los últimos 7 días.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Shortcut: {s}</source>
        <translation>Atajo: {s}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Cramp logged at {t}: {what}.</source>
        <translation>Calambre anotado a las {t}: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>with food</source>
        <translation>con comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>no food</source>
        <translation>sin comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{n}…</source>
        <translation>{n}…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Log {name} now</source>
        <translation>Anotar {name} ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>%A %d %B %Y</source>
        <translation>%A, %d de %B de %Y</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>worst {w}/10</source>
        <translation>el peor {w}/10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>none so far</source>
        <translation>ninguno por ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>goal {g}</source>
        <translation>objetivo {g}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>goal {g} min</source>
        <translation>objetivo {g} min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/today.py"/>
        <source>Worth knowing (last 7 days, 10 of {n} kinds)</source>
        <translation>Conviene saber (últimos 7 días, 10 de {n} tipos)</translation>
    </message>
</context>
<context>
    <name>VitalsDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Systolic (upper) blood pressure</source>
        <translation>Tensión arterial sistólica (alta)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Diastolic (lower) blood pressure</source>
        <translation>Tensión arterial diastólica (baja)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Pulse in beats per minute</source>
        <translation>Pulso en latidos por minuto</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Systolic (upper)</source>
        <translation>Sistólica (alta)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Diastolic (lower)</source>
        <translation>Diastólica (baja)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Leave a box at “—” if you did not measure it.</source>
        <translation>Deje una casilla en «—» si no lo midió.</translation>
    </message>
</context>
<context>
    <name>WaterDialog</name>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Amount in {u}</source>
        <translation>Cantidad en {u}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/entry_dialogs.py"/>
        <source>Drink</source>
        <translation>Bebida</translation>
    </message>
</context>
<context>
    <name>WhenPicker</name>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>The day it happened</source>
        <translation>El día en que ocurrió</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Time (hours and minutes)</source>
        <translation>Hora (horas y minutos)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>When it happened. Type the hours and minutes, e.g. 0310 for 03:10.</source>
        <translation>Cuándo ocurrió. Escriba las horas y los minutos, p. ej. 0310 para las 03:10.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Set the time to now</source>
        <translation>Poner la hora actual</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>{n} min ago</source>
        <translation>hace {n} min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>{n} minutes ago</source>
        <translation>hace {n} minutos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Set the time to {n} minutes ago</source>
        <translation>Poner la hora de hace {n} minutos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Last night</source>
        <translation>Anoche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Set the time to 03:00 last night</source>
        <translation>Poner la hora en las 03:00 de anoche</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>This morning</source>
        <translation>Esta mañana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/widgets.py"/>
        <source>Set the time to 07:00 this morning</source>
        <translation>Poner la hora en las 07:00 de esta mañana</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="vanished">Fecha y hora</translation>
    </message>
    <message>
        <source>When it happened. Change it to log something from earlier.</source>
        <translation type="vanished">Cuándo ocurrió. Cámbielo para anotar algo de antes.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument {option}: invalid choice: {value} (choose from {choices})</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>argumento {option}: opción no válida: {value} (elija entre {choices})</translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>argumento {option}: se esperaba un valor</translation>
    </message>
    <message>
        <source>argument {option}: expected at least one argument</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>argumento {option}: se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>argument {option}: ignored explicit argument {value}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>argumento {option}: se ignoró el valor explícito {value}</translation>
    </message>
    <message>
        <source>argument {option}: invalid {type} value: {value}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>argumento {option}: valor {type} no válido: {value}</translation>
    </message>
    <message>
        <source>argument {option}: not allowed with argument {other}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>argumento {option}: no se permite junto con el argumento {other}</translation>
    </message>
    <message>
        <source>argument {option}: {reason}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>argumento {option}: {reason}</translation>
    </message>
    <message>
        <source>options: the following arguments are required: {names}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>options: estos argumentos son obligatorios: {names}</translation>
    </message>
    <message>
        <source>options: unrecognized arguments: {names}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>options: argumentos no reconocidos: {names}</translation>
    </message>
    <message>
        <source>options: ambiguous option: {option} could match {matches}</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>options: opción ambigua: {option} podría ser {matches}</translation>
    </message>
    <message>
        <source>options: one of the arguments {names} is required</source>
        <extracomment>argparse's message; keep every {hole}</extracomment>
        <translation>options: uno de los argumentos {names} es obligatorio</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Zanaflex (tizanidine) tablets and capsules, US prescribing information</source>
        <extracomment>catalog.json: source zanaflex-pi</extracomment>
        <translation>Zanaflex (tizanidina) comprimidos y cápsulas, ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>Cyclobenzaprine hydrochloride tablets (Flexeril), US prescribing information</source>
        <extracomment>catalog.json: source cyclobenzaprine-pi</extracomment>
        <translation>Comprimidos de hidrocloruro de ciclobenzaprina (Flexeril), ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>Soma (carisoprodol) tablets, US prescribing information</source>
        <extracomment>catalog.json: source carisoprodol-pi</extracomment>
        <translation>Soma (carisoprodol) comprimidos, ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>Baclofen tablets, US prescribing information</source>
        <extracomment>catalog.json: source baclofen-pi</extracomment>
        <translation>Comprimidos de baclofeno, ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>US prescribing information of methocarbamol, metaxalone, orphenadrine, chlorzoxazone and dantrolene</source>
        <extracomment>catalog.json: source muscle-relaxant-labels</extracomment>
        <translation>Fichas técnicas de EE. UU. de metocarbamol, metaxalona, orfenadrina, clorzoxazona y dantroleno</translation>
    </message>
    <message>
        <source>US FDA drug safety communications on quinine sulfate (Qualaquin) for leg cramps (2006, 2010)</source>
        <extracomment>catalog.json: source fda-quinine</extracomment>
        <translation>Comunicaciones de seguridad de la FDA de EE. UU. sobre el sulfato de quinina (Qualaquin) para los calambres en las piernas (2006, 2010)</translation>
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
        <translation>Guías del NHS: síndrome de la cola de caballo y rabdomiólisis</translation>
    </message>
    <message>
        <source>NHS: low blood pressure (hypotension)</source>
        <extracomment>catalog.json: source nhs-low-bp</extracomment>
        <translation>NHS: tensión arterial baja (hipotensión)</translation>
    </message>
    <message>
        <source>Common high blood pressure and heart rate thresholds (140/90 mmHg, pulse 100/min), with the Zanaflex label on rebound after stopping</source>
        <extracomment>catalog.json: source bp-thresholds</extracomment>
        <translation>Umbrales habituales de tensión arterial alta y de frecuencia cardiaca (140/90 mmHg, pulso 100/min), con el prospecto de Zanaflex sobre la subida tras dejarlo</translation>
    </message>
    <message>
        <source>WHO ATC classification and the drugs' prescribing information (drug classes)</source>
        <extracomment>catalog.json: source drug-classes</extracomment>
        <translation>Clasificación ATC de la OMS y fichas técnicas de los medicamentos (grupos de medicamentos)</translation>
    </message>
    <message>
        <source>Cramp Diary product choice (a threshold chosen by this app, not taken from a label)</source>
        <extracomment>catalog.json: source product-choice</extracomment>
        <translation>Criterio del Diario de calambres (un umbral elegido por esta aplicación, no tomado de un prospecto)</translation>
    </message>
    <message>
        <source>Zanaflex (tizanidine) tablets and capsules, US prescribing information, revised November 2024</source>
        <extracomment>catalog.json: source zanaflex-pi-2024</extracomment>
        <translation>Zanaflex (tizanidina) comprimidos y cápsulas, ficha técnica de EE. UU., revisión de noviembre de 2024</translation>
    </message>
    <message>
        <source>Catapres-TTS (clonidine transdermal therapeutic system), US prescribing information</source>
        <extracomment>catalog.json: source catapres-tts-pi</extracomment>
        <translation>Catapres-TTS (parche de clonidina), ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>Cordarone / Pacerone (amiodarone) tablets, US prescribing information</source>
        <extracomment>catalog.json: source cordarone-pi</extracomment>
        <translation>Cordarone / Pacerone (amiodarona) comprimidos, ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>MHRA Drug Safety Update, June 2010: Quinine: not to be used routinely for nocturnal leg cramps</source>
        <extracomment>catalog.json: source mhra-quinine-2010</extracomment>
        <translation>MHRA Drug Safety Update, junio de 2010: la quinina no debe usarse de forma rutinaria para los calambres nocturnos en las piernas</translation>
    </message>
    <message>
        <source>US FDA: Examples of drugs that interact with CYP enzymes and transporter systems (clinical inhibitors of CYP1A2)</source>
        <extracomment>catalog.json: source fda-cyp-table</extracomment>
        <translation>FDA de EE. UU.: ejemplos de medicamentos que interactúan con enzimas CYP y transportadores (inhibidores clínicos de CYP1A2)</translation>
    </message>
    <message>
        <source>Valtrex (valacyclovir hydrochloride) caplets, US prescribing information</source>
        <extracomment>catalog.json: source valtrex-pi</extracomment>
        <translation>Valtrex (hidrocloruro de valaciclovir) comprimidos, ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>US prescribing information of opioids, benzodiazepines, Z-drugs and other sleeping tablets, sedating antidepressants and antipsychotics, sedating antihistamines, gabapentinoids and barbiturate combinations</source>
        <extracomment>catalog.json: source cns-depressant-labels</extracomment>
        <translation>Fichas técnicas de EE. UU. de opioides, benzodiacepinas, fármacos Z y otras pastillas para dormir, antidepresivos y antipsicóticos sedantes, antihistamínicos sedantes, gabapentinoides y combinaciones con barbitúricos</translation>
    </message>
    <message>
        <source>US prescribing information of alpha blockers (tamsulosin, doxazosin, terazosin, alfuzosin, prazosin, silodosin), nitrates, PDE5 inhibitors (sildenafil, tadalafil, vardenafil, avanafil), sacubitril/valsartan (Entresto), aliskiren, riociguat and minoxidil tablets</source>
        <extracomment>catalog.json: source bp-lowering-labels</extracomment>
        <translation>Fichas técnicas de EE. UU. de alfabloqueantes (tamsulosina, doxazosina, terazosina, alfuzosina, prazosina, silodosina), nitratos, inhibidores de la PDE5 (sildenafilo, tadalafilo, vardenafilo, avanafilo), sacubitrilo/valsartán (Entresto), aliskireno, riociguat y comprimidos de minoxidil</translation>
    </message>
    <message>
        <source>US prescribing information of ACE inhibitors, angiotensin receptor blockers, sacubitril/valsartan and aliskiren (boxed warning: fetal toxicity)</source>
        <extracomment>catalog.json: source ras-pregnancy-labels</extracomment>
        <translation>Fichas técnicas de EE. UU. de IECA, antagonistas del receptor de angiotensina, sacubitrilo/valsartán y aliskireno (advertencia destacada: toxicidad fetal)</translation>
    </message>
    <message>
        <source>US prescribing information of opioid pain medicines (neonatal opioid withdrawal syndrome)</source>
        <extracomment>catalog.json: source opioid-labels-nows</extracomment>
        <translation>Fichas técnicas de EE. UU. de analgésicos opioides (síndrome de abstinencia neonatal por opioides)</translation>
    </message>
    <message>
        <source>US prescribing information of fluoroquinolone antibiotics (boxed warning: tendinitis and tendon rupture)</source>
        <extracomment>catalog.json: source fluoroquinolone-labels</extracomment>
        <translation>Fichas técnicas de EE. UU. de los antibióticos fluoroquinolonas (advertencia destacada: tendinitis y rotura de tendón)</translation>
    </message>
    <message>
        <source>US FDA Drug Safety Communication, October 2020: avoid NSAIDs in pregnancy at 20 weeks or later</source>
        <extracomment>catalog.json: source fda-nsaid-pregnancy-2020</extracomment>
        <translation>Comunicación de seguridad de la FDA de EE. UU., octubre de 2020: evitar los AINE en el embarazo a partir de la semana 20</translation>
    </message>
    <message>
        <source>Duragesic (fentanyl transdermal system), US prescribing information</source>
        <extracomment>catalog.json: source duragesic-pi</extracomment>
        <translation>Duragesic (parche de fentanilo), ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>Butrans (buprenorphine transdermal system), US prescribing information</source>
        <extracomment>catalog.json: source butrans-pi</extracomment>
        <translation>Butrans (parche de buprenorfina), ficha técnica de EE. UU.</translation>
    </message>
    <message>
        <source>The label says tizanidine is cleared by the liver and can harm it, so in liver impairment it is avoided or used only with great care.</source>
        <extracomment>catalog.json: tizanidine caution liver</extracomment>
        <translation>El prospecto dice que la tizanidine se elimina por el hígado y puede dañarlo, por lo que en la insuficiencia hepática se evita o se usa solo con mucha precaución.</translation>
    </message>
    <message>
        <source>The label says that when kidney function is reduced (creatinine clearance below 25 mL/min) tizanidine stays in the body longer, so it is used with care and at smaller doses.</source>
        <extracomment>catalog.json: tizanidine caution kidney</extracomment>
        <translation>El prospecto dice que, cuando la función renal está reducida (aclaramiento de creatinina por debajo de 25 mL/min), la tizanidine permanece más tiempo en el cuerpo, por lo que se usa con precaución y a dosis más bajas.</translation>
    </message>
    <message>
        <source>The label says older people clear tizanidine more slowly, so it is used with care.</source>
        <extracomment>catalog.json: tizanidine caution age-65</extracomment>
        <translation>El prospecto dice que las personas mayores eliminan la tizanidine más despacio, por lo que se usa con precaución.</translation>
    </message>
    <message>
        <source>The label says there are no adequate data on tizanidine in pregnancy and animal studies showed harm; it is used only if the benefit outweighs the risk.</source>
        <extracomment>catalog.json: tizanidine caution pregnant</extracomment>
        <translation>El prospecto dice que no hay datos suficientes sobre la tizanidine en el embarazo y que los estudios en animales mostraron daños; solo se usa si el beneficio supera el riesgo.</translation>
    </message>
    <message>
        <source>The label says it is not known whether tizanidine passes into breast milk; the benefits of breastfeeding and of the medicine are weighed with the prescriber.</source>
        <extracomment>catalog.json: tizanidine caution breastfeeding</extracomment>
        <translation>El prospecto dice que no se sabe si la tizanidine pasa a la leche materna; los beneficios de la lactancia y los del medicamento se valoran con quien se lo recetó.</translation>
    </message>
    <message>
        <source>fast heartbeat</source>
        <extracomment>catalog.json: tizanidine withdrawal sign</extracomment>
        <translation>latidos rápidos</translation>
    </message>
    <message>
        <source>high blood pressure</source>
        <extracomment>catalog.json: tizanidine withdrawal sign</extracomment>
        <translation>tensión arterial alta</translation>
    </message>
    <message>
        <source>stiffness</source>
        <extracomment>catalog.json: tizanidine withdrawal sign</extracomment>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>the label recommends liver blood tests at the start and about one month after reaching the full dose</source>
        <extracomment>catalog.json: tizanidine monitoring</extracomment>
        <translation>el prospecto recomienda análisis de sangre del hígado al empezar y alrededor de un mes después de alcanzar la dosis completa</translation>
    </message>
    <message>
        <source>The label says cyclobenzaprine is not recommended in moderate or severe liver impairment, and mild impairment needs a lower starting dose and care.</source>
        <extracomment>catalog.json: cyclobenzaprine caution liver</extracomment>
        <translation>El prospecto dice que la cyclobenzaprine no se recomienda en la insuficiencia hepática moderada o grave, y que la leve requiere una dosis inicial más baja y precaución.</translation>
    </message>
    <message>
        <source>The label says older people have higher blood levels of cyclobenzaprine, so it is used with care and a lower dose.</source>
        <extracomment>catalog.json: cyclobenzaprine caution age-65</extracomment>
        <translation>El prospecto dice que las personas mayores tienen niveles más altos de cyclobenzaprine en la sangre, por lo que se usa con precaución y a dosis más baja.</translation>
    </message>
    <message>
        <source>The label says baclofen is cleared by the kidneys, so with kidney impairment lower doses are used and side effects are watched for.</source>
        <extracomment>catalog.json: baclofen caution kidney</extracomment>
        <translation>El prospecto dice que el baclofen se elimina por los riñones, por lo que en la insuficiencia renal se usan dosis más bajas y se vigilan los efectos secundarios.</translation>
    </message>
    <message>
        <source>hallucinations</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>alucinaciones</translation>
    </message>
    <message>
        <source>seizures</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>convulsiones</translation>
    </message>
    <message>
        <source>high fever</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>fiebre alta</translation>
    </message>
    <message>
        <source>confusion</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>confusión</translation>
    </message>
    <message>
        <source>rebound stiffness and spasms</source>
        <extracomment>catalog.json: baclofen withdrawal sign</extracomment>
        <translation>rigidez y espasmos de rebote</translation>
    </message>
    <message>
        <source>The label says carisoprodol has not been studied in liver impairment and is used with care there.</source>
        <extracomment>catalog.json: carisoprodol caution liver</extracomment>
        <translation>El prospecto dice que el carisoprodol no se ha estudiado en la insuficiencia hepática y que en ese caso se usa con precaución.</translation>
    </message>
    <message>
        <source>The label says carisoprodol has not been studied in kidney impairment and is used with care there.</source>
        <extracomment>catalog.json: carisoprodol caution kidney</extracomment>
        <translation>El prospecto dice que el carisoprodol no se ha estudiado en la insuficiencia renal y que en ese caso se usa con precaución.</translation>
    </message>
    <message>
        <source>trouble sleeping</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>dificultad para dormir</translation>
    </message>
    <message>
        <source>vomiting</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>vómitos</translation>
    </message>
    <message>
        <source>stomach cramps</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>calambres de estómago</translation>
    </message>
    <message>
        <source>headache</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>dolor de cabeza</translation>
    </message>
    <message>
        <source>tremor</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>temblor</translation>
    </message>
    <message>
        <source>muscle twitching</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>contracciones musculares involuntarias</translation>
    </message>
    <message>
        <source>unsteadiness</source>
        <extracomment>catalog.json: carisoprodol withdrawal sign</extracomment>
        <translation>inestabilidad al estar de pie o caminar</translation>
    </message>
    <message>
        <source>The label says metaxalone is not to be used when liver function is significantly impaired.</source>
        <extracomment>catalog.json: metaxalone caution liver</extracomment>
        <translation>El prospecto dice que la metaxalone no debe usarse cuando la función hepática está muy alterada.</translation>
    </message>
    <message>
        <source>The label says metaxalone is not to be used when kidney function is significantly impaired.</source>
        <extracomment>catalog.json: metaxalone caution kidney</extracomment>
        <translation>El prospecto dice que la metaxalone no debe usarse cuando la función renal está muy alterada.</translation>
    </message>
    <message>
        <source>The label says dantrolene tablets can cause serious liver injury and are not used in active liver disease.</source>
        <extracomment>catalog.json: dantrolene caution liver</extracomment>
        <translation>El prospecto dice que los comprimidos de dantrolene pueden causar daños graves en el hígado y no se usan si hay una enfermedad hepática activa.</translation>
    </message>
    <message>
        <source>The label says (boxed warning) that tendon damage and tendon rupture are more likely in people over 60, especially with steroid medicines.</source>
        <extracomment>catalog.json: ciprofloxacin caution age-65</extracomment>
        <translation>El prospecto dice (advertencia destacada) que las lesiones y la rotura de tendones son más probables en personas mayores de 60 años, sobre todo con medicamentos corticoides.</translation>
    </message>
    <message>
        <source>The label says (boxed warning) that this kind of blood-pressure medicine can harm an unborn baby, and that it is stopped as soon as a pregnancy is known; the prescriber needs to know about a pregnancy straight away.</source>
        <extracomment>catalog.json: lisinopril caution pregnant</extracomment>
        <translation>El prospecto dice (advertencia destacada) que este tipo de medicamento para la tensión puede dañar al bebé en gestación y que se deja en cuanto se sabe que hay un embarazo; quien se lo recetó debe saber del embarazo enseguida.</translation>
    </message>
    <message>
        <source>Thiazide-type water tablets make the kidneys pass more salt and water and can lower potassium and magnesium; in a large prescription study, new treatment for leg cramps was about half as common again after starting one.</source>
        <extracomment>catalog.json: hydrochlorothiazide cramp_reason</extracomment>
        <translation>Las pastillas diuréticas de tipo tiazida hacen que los riñones eliminen más sal y agua y pueden bajar el potasio y el magnesio; en un gran estudio de recetas, un tratamiento nuevo para los calambres en las piernas fue alrededor de una vez y media más frecuente tras empezarlas.</translation>
    </message>
    <message>
        <source>Loop water tablets make the kidneys pass a lot of salt and water and can lower potassium and magnesium; in a large prescription study, the link between starting one and leg cramps was small.</source>
        <extracomment>catalog.json: furosemide cramp_reason</extracomment>
        <translation>Los diuréticos de asa hacen que los riñones eliminen mucha sal y agua y pueden bajar el potasio y el magnesio; en un gran estudio de recetas, la relación entre empezarlos y los calambres en las piernas fue pequeña.</translation>
    </message>
    <message>
        <source>Potassium-sparing water tablets make the body pass more salt and water while holding on to potassium; the shifts of salt and fluid may bring on cramps, and in a large prescription study new treatment for leg cramps was about twice as common after starting one.</source>
        <extracomment>catalog.json: spironolactone cramp_reason</extracomment>
        <translation>Las pastillas diuréticas ahorradoras de potasio hacen que el cuerpo elimine más sal y agua mientras retiene el potasio; los cambios de sal y líquidos pueden provocar calambres, y en un gran estudio de recetas un tratamiento nuevo para los calambres en las piernas fue alrededor del doble de frecuente tras empezarlas.</translation>
    </message>
    <message>
        <source>Statins can cause muscle aches, weakness and cramps; in a large prescription study, the link between starting one and leg cramps was small.</source>
        <extracomment>catalog.json: atorvastatin cramp_reason</extracomment>
        <translation>Las estatinas pueden causar dolores musculares, debilidad y calambres; en un gran estudio de recetas, la relación entre empezar una y los calambres en las piernas fue pequeña.</translation>
    </message>
    <message>
        <source>Long-acting inhaled beta-agonists can lower potassium and make muscles twitch; in a large prescription study, new treatment for leg cramps was more than twice as common after starting one.</source>
        <extracomment>catalog.json: salmeterol cramp_reason</extracomment>
        <translation>Los beta-agonistas inhalados de acción prolongada pueden bajar el potasio y provocar contracciones musculares; en un gran estudio de recetas, un tratamiento nuevo para los calambres en las piernas fue más del doble de frecuente tras empezar uno.</translation>
    </message>
    <message>
        <source>Raloxifene lists leg cramps among its side effects and is one of the medicines most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: raloxifene cramp_reason</extracomment>
        <translation>El raloxifene incluye los calambres en las piernas entre sus efectos secundarios y es uno de los medicamentos más relacionados con los calambres en las piernas.</translation>
    </message>
    <message>
        <source>Conjugated estrogens are among the medicines most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: conjugated estrogens cramp_reason</extracomment>
        <translation>Los estrógenos conjugados están entre los medicamentos más relacionados con los calambres en las piernas.</translation>
    </message>
    <message>
        <source>Naproxen is among the medicines most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: naproxen cramp_reason</extracomment>
        <translation>El naproxen está entre los medicamentos más relacionados con los calambres en las piernas.</translation>
    </message>
    <message>
        <source>The label says NSAIDs such as this one are avoided from about 20 weeks of pregnancy, because they can harm the unborn baby's kidneys.</source>
        <extracomment>catalog.json: naproxen caution pregnant</extracomment>
        <translation>El prospecto dice que los AINE como este se evitan a partir de la semana 20 de embarazo aproximadamente, porque pueden dañar los riñones del bebé en gestación.</translation>
    </message>
    <message>
        <source>Teriparatide lists leg cramps among its side effects and is one of the medicines most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: teriparatide cramp_reason</extracomment>
        <translation>La teriparatide incluye los calambres en las piernas entre sus efectos secundarios y es uno de los medicamentos más relacionados con los calambres en las piernas.</translation>
    </message>
    <message>
        <source>Iron sucrose given into a vein is the medicine most strongly linked with leg cramps.</source>
        <extracomment>catalog.json: iron sucrose cramp_reason</extracomment>
        <translation>El hierro sacarosa administrado en vena es el medicamento más relacionado con los calambres en las piernas.</translation>
    </message>
    <message>
        <source>The label says that long use of an opioid during pregnancy can cause withdrawal in the newborn baby, which needs planning with the prescriber.</source>
        <extracomment>catalog.json: morphine caution pregnant</extracomment>
        <translation>El prospecto dice que el uso prolongado de un opioide durante el embarazo puede causar síntomas de abstinencia en el recién nacido, lo que hay que planificar con quien se lo recetó.</translation>
    </message>
    <message>
        <source>The US FDA says quinine is not to be used for leg cramps: it has caused serious and life-threatening blood, heart-rhythm and allergic reactions, and it is approved only for malaria.</source>
        <extracomment>catalog.json: quinine not_for_cramps US</extracomment>
        <translation>La FDA de EE. UU. dice que la quinina (quinine) no debe usarse para los calambres en las piernas: ha causado reacciones graves y potencialmente mortales en la sangre, en el ritmo del corazón y alérgicas, y solo está aprobada para la malaria.</translation>
    </message>
    <message>
        <source>The UK medicines regulator says quinine is not for routine use for night-time leg cramps: only when cramps regularly disrupt sleep, after other measures have not helped, with the benefit reviewed regularly.</source>
        <extracomment>catalog.json: quinine not_for_cramps UK</extracomment>
        <translation>La agencia del medicamento del Reino Unido dice que la quinina (quinine) no es para uso rutinario en los calambres nocturnos en las piernas: solo cuando los calambres alteran el sueño con regularidad, cuando otras medidas no han ayudado, y revisando el beneficio con regularidad.</translation>
    </message>
    <message>
        <source>The label says chlorzoxazone has rarely caused serious liver injury, so liver disease needs particular care.</source>
        <extracomment>catalog.json: chlorzoxazone caution liver</extracomment>
        <translation>El prospecto dice que la chlorzoxazone ha causado en raras ocasiones daños graves en el hígado, por lo que las enfermedades hepáticas requieren especial precaución.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes, water and doses over time</source>
        <translation>Episodios, agua y dosis a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water and episodes the next day</source>
        <translation>Agua y episodios al día siguiente</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water and episodes the same day</source>
        <translation>Agua y episodios el mismo día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes on days with and without stretching</source>
        <translation>Episodios en días con y sin estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Episodes by hours since the last dose</source>
        <translation>Episodios según las horas desde la última dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>When episodes start: hour of day by weekday</source>
        <translation>Cuándo empiezan los episodios: hora del día por día de la semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <source>How long episodes lasted, by relief method</source>
        <translation>Cuánto duraron los episodios, según el método de alivio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Severity of episodes over time</source>
        <translation>Intensidad de los episodios a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Where the episodes were</source>
        <translation>Dónde fueron los episodios</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/__init__.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Episodes by hours since the last {drug} dose</source>
        <translation>Episodios según las horas desde la última dosis de {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>No entries in this period yet.
Log a few episodes and this chart will fill in.</source>
        <translation>Todavía no hay entradas en este periodo.
Registre algunos episodios y este gráfico se irá llenando.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes per day</source>
        <translation>Episodios por día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>{n} day with water logged</source>
        <extracomment>English plural: {n} days with water logged</extracomment>
        <translation>
            <numerusform>{n} día con agua registrada</numerusform>
            <numerusform>{n} días con agua registrada</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Bars: average; lines: 95% interval</source>
        <translation>Barras: media; líneas: intervalo del 95 %</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Severity (0 to 10)</source>
        <translation>Intensidad (0 a 10)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water
(litres/day)</source>
        <translation>Agua
(litros/día)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>One day (dots are spread a little so they do not overlap)</source>
        <translation>Un día (los puntos están algo separados para que no se solapen)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water logged on the day (litres)</source>
        <translation>Agua registrada ese día (litros)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water logged on a day (litres)</source>
        <translation>Agua registrada en un día (litros)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes the next day</source>
        <translation>Episodios al día siguiente</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes the same day</source>
        <translation>Episodios el mismo día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>With stretching</source>
        <translation>Con estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Without stretching</source>
        <translation>Sin estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>No episodes in this period yet.</source>
        <translation>Todavía no hay episodios en este periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>One episode</source>
        <translation>Un episodio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average of the last 3 months</source>
        <translation>Media de los últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water has to be logged on at least two days
(each followed by another day in the diary)
before this chart can be drawn.</source>
        <translation>Hay que registrar el agua al menos dos días
(cada uno seguido de otro día en el diario)
antes de poder dibujar este gráfico.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Water has to be logged on at least two days
before this chart can be drawn.</source>
        <translation>Hay que registrar el agua al menos dos días
antes de poder dibujar este gráfico.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average in each fifth of the days, 95% interval</source>
        <translation>Media en cada quinta parte de los días, intervalo del 95 %</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>no days</source>
        <translation>ningún día</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>({n} day)</source>
        <extracomment>English plural: ({n} days)</extracomment>
        <translation>
            <numerusform>({n} día)</numerusform>
            <numerusform>({n} días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average of the last {n} day</source>
        <extracomment>English plural: Average of the last {n} days</extracomment>
        <translation>
            <numerusform>Media de {n} día</numerusform>
            <numerusform>Media de los últimos {n} días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Episodes that day</source>
        <translation>Episodios ese día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average per day, each week</source>
        <translation>Media por día, cada semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Average per day, each month</source>
        <translation>Media por día, cada mes</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Doses
(any that
week)</source>
        <translation>Dosis
(alguna esa
semana)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>Doses
(any that
month)</source>
        <translation>Dosis
(alguna ese
mes)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/daily.py"/>
        <source>First {drug} dose</source>
        <translation>Primera dosis de {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>How long episodes lasted, by what you did for relief</source>
        <translation>Cuánto duraron los episodios, según lo que hizo para aliviarlos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Episodes per 24 h</source>
        <translation>Episodios por 24 h</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>{n} episode. Each bar: episodes that started in that hour after a dose,
per 24 hours spent at that point after a dose</source>
        <extracomment>English plural: {n} episodes. Each bar: episodes that started in that hour after a dose,
per 24 hours spent at that point after a dose</extracomment>
        <translation>
            <numerusform>{n} episodio. Cada barra: episodios que empezaron en esa hora tras una dosis,
por cada 24 horas pasadas en ese punto tras una dosis</numerusform>
            <numerusform>{n} episodios. Cada barra: episodios que empezaron en esa hora tras una dosis,
por cada 24 horas pasadas en ese punto tras una dosis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Hour of day (local time)</source>
        <translation>Hora del día (hora local)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>night 22:00 to 07:00</source>
        <translation>noche de 22:00 a 07:00</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Duration of the episode (minutes)</source>
        <translation>Duración del episodio (minutos)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Side not given</source>
        <translation>Lado no indicado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>No medicine with a dosing interval was taken regularly
(on 5 of 7 days) in this period.</source>
        <translation>En este periodo no se tomó con regularidad ningún medicamento
con intervalo entre dosis (5 de cada 7 días).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>No episodes with a duration and a relief method yet.
Log how long an episode lasted and what you tried.</source>
        <translation>Todavía no hay episodios con duración y método de alivio.
Registre cuánto duró un episodio y qué probó.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Red line: median; box: middle half of the episodes; (n): episodes.
An episode where you tried several things counts under each.</source>
        <translation>Línea roja: mediana; caja: mitad central de los episodios; (n): episodios.
Un episodio en el que probó varias cosas cuenta en cada una.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Hours since the last {drug} dose (h)</source>
        <translation>Horas desde la última dosis de {drug} (h)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>{n} episode. Each bar: episodes that started in that hour after a dose,
per 24 hours spent at that point after a dose (bars with under {hours} h in total left out)</source>
        <extracomment>English plural: {n} episodes. Each bar: episodes that started in that hour after a dose,
per 24 hours spent at that point after a dose (bars with under {hours} h in total left out)</extracomment>
        <translation>
            <numerusform>{n} episodio. Cada barra: episodios que empezaron en esa hora tras una dosis,
por cada 24 horas pasadas en ese punto tras una dosis (se omiten las barras con menos de {hours} h en total)</numerusform>
            <numerusform>{n} episodios. Cada barra: episodios que empezaron en esa hora tras una dosis,
por cada 24 horas pasadas en ese punto tras una dosis (se omiten las barras con menos de {hours} h en total)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>No {drug} doses in this period yet.</source>
        <translation>Todavía no hay dosis de {drug} en este periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>Within {hours} h of a dose</source>
        <translation>En las {hours} h siguientes a una dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/charts/episodes.py"/>
        <source>More than {hours} h after the last dose</source>
        <translation>Más de {hours} h después de la última dosis</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>deleted {id}</source>
        <translation>{id} eliminada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>No flags in this period.</source>
        <translation>No hay avisos en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/cli.py"/>
        <source>added {n} demo entry over {days} days</source>
        <extracomment>English plural: added {n} demo entries over {days} days</extracomment>
        <translation>
            <numerusform>{n} entrada de ejemplo añadida en {days} días</numerusform>
            <numerusform>{n} entradas de ejemplo añadidas en {days} días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>crampdiary: interrupted</source>
        <translation>crampdiary: interrumpido</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Since: {when}</source>
        <translation>Desde: {when}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>crampdiary: refused: {reason}</source>
        <translation>crampdiary: rechazado: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>crampdiary: unexpected error ({error}).</source>
        <translation>crampdiary: error inesperado ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Entries: {ids}   Source: {source}</source>
        <translation>Entradas: {ids}   Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Details were saved to {path}.</source>
        <translation>Los detalles se guardaron en {path}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The Cramp Diary window is open on this diary, so nothing was changed.</source>
        <translation>La ventana de Diario de calambres tiene abierto este diario, así que no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>Quit the window (File &gt; Quit) and run this again.</source>
        <translation>Cierre la ventana (Archivo &gt; Salir) y vuelva a ejecutar esto.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>Keep the recovery key below somewhere safe, away from this computer: it opens the diary if the passphrase is forgotten, and it is shown only this once.</source>
        <translation>Guarde la clave de recuperación de abajo en un lugar seguro, lejos de este ordenador: abre el diario si se olvida la frase de contraseña, y solo se muestra esta vez.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The passphrase was changed; the recovery key stays the same.</source>
        <translation>Se cambió la frase de contraseña; la clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>is empty; nothing was changed</source>
        <translation>está vacía; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>contains a NUL character; nothing was changed</source>
        <translation>contiene un carácter NUL; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>is not encrypted (encrypt sets a passphrase); nothing was changed</source>
        <translation>no está cifrado (encrypt establece una frase de contraseña); no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>the two passphrases typed differ; nothing was changed</source>
        <translation>las dos frases de contraseña escritas no coinciden; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The diary in {folder} and its backups are encrypted.</source>
        <translation>El diario de {folder} y sus copias de seguridad están cifrados.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>The diary in {folder} and its backups are plain (not encrypted) again.</source>
        <translation>El diario de {folder} y sus copias de seguridad vuelven a estar sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>crampdiary: note: a passphrase of fewer than {n} characters is easy to guess for someone who has the file.</source>
        <translation>crampdiary: nota: una frase de contraseña de menos de {n} caracteres es fácil de adivinar para quien tenga el archivo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>give the new passphrase on a terminal or in {env}; nothing was changed</source>
        <translation>indique la nueva frase de contraseña en un terminal o en {env}; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>give the current passphrase on a terminal or in {env} (or the recovery key in {recovery_env}); nothing was changed</source>
        <translation>indique la frase de contraseña actual en un terminal o en {env} (o la clave de recuperación en {recovery_env}); no se cambió nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>{n} file written.</source>
        <extracomment>English plural: {n} files written.</extracomment>
        <translation>
            <numerusform>{n} archivo escrito.</numerusform>
            <numerusform>{n} archivos escritos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>Installed the menu entry {entry} and the icon.</source>
        <translation>Se instalaron la entrada de menú {entry} y el icono.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>The menu entry {entry} and the icon are already up to date.</source>
        <translation>La entrada de menú {entry} y el icono ya están al día.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>Removed the menu entry and the icon from {folder}.</source>
        <translation>Se quitaron la entrada de menú y el icono de {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>Nothing to remove: no menu entry was installed in {folder}.</source>
        <translation>Nada que quitar: no había ninguna entrada de menú instalada en {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>first rows:</source>
        <translation>primeras filas:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>dry run ({source}): nothing was written</source>
        <translation>prueba ({source}): no se escribió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>no entries found</source>
        <translation>no se encontraron entradas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>already present</source>
        <translation>ya estaba</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>a backup was made first: {path}</source>
        <translation>antes se hizo una copia de seguridad: {path}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>{kind}: would add {add}, already present {present}</source>
        <translation>{kind}: se añadirían {add}, ya estaban {present}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>medicines: would add {n}</source>
        <translation>medicamentos: se añadirían {n}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>(from {source})</source>
        <translation>(de {source})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>{where}: {kind} at {at} ({status})</source>
        <translation>{where}: {kind} el {at} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>No medicines.</source>
        <translation>No hay medicamentos.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>added {name}</source>
        <translation>se añadió {name}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>stopped {date}</source>
        <translation>dejado el {date}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>changed {name}</source>
        <translation>{name} cambiado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>stopped {name} on {date}</source>
        <translation>{name} anotado como dejado el {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>{n} entry</source>
        <extracomment>English plural: {n} entries</extracomment>
        <translation>
            <numerusform>{n} entrada</numerusform>
            <numerusform>{n} entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>born {year}</source>
        <translation>nacida/o en {year}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>removed {name}</source>
        <translation>se quitó {name}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/backup_cmd.py"/>
        <source>restored {file}; the replaced diary was kept as {kept}</source>
        <translation>{file} restaurado; el diario sustituido se guardó como {kept}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/backup_cmd.py"/>
        <source>restored {file}</source>
        <translation>{file} restaurado</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>when (ISO 8601; default now)</source>
        <translation>cuándo (ISO 8601; por defecto, ahora)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Cramp Diary: a private diary for muscle cramps and medicines.</source>
        <translation>Diario de calambres: un diario privado para calambres musculares y medicamentos.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>data folder (default: per-user data folder)</source>
        <translation>carpeta de datos (por defecto: la carpeta de datos de este usuario)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>whose diary to read and write (default: CRAMPDIARY_PERSON, else the default person)</source>
        <translation>de quién es el diario que se lee y se escribe (por defecto: CRAMPDIARY_PERSON, si no, la persona por defecto)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>open the window (the default)</source>
        <translation>abrir la ventana (por defecto)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>log an entry</source>
        <translation>anotar una entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>list entries</source>
        <translation>listar las entradas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>change an entry</source>
        <translation>cambiar una entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>delete an entry</source>
        <translation>eliminar una entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>flags of the last 7 days</source>
        <translation>avisos de los últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>Flags of the 7 days up to --at: events, and each ongoing episode once. Dose timing allows for the tolerances of the catalog's rules (early_tolerance_min, drift_tolerance_min; product choices, see docs/RULES.md).</source>
        <translation>Avisos de los 7 días hasta --at: los sucesos, y cada episodio todavía en curso una vez. La comprobación del horario de las dosis tiene en cuenta las tolerancias de las reglas del catálogo (early_tolerance_min, drift_tolerance_min; decisiones del programa, véase docs/RULES.md).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>when the next dose would raise no timing flag</source>
        <translation>cuándo la próxima dosis no generaría ningún aviso de horario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>When another dose would raise neither DRUG.interval nor DRUG.doses-24h, with the catalog's tolerances (early_tolerance_min, drift_tolerance_min).</source>
        <translation>Cuándo otra dosis no generaría ni DRUG.interval ni DRUG.doses-24h, con las tolerancias del catálogo (early_tolerance_min, drift_tolerance_min).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>write the PDF report for your doctor</source>
        <translation>escribir el informe en PDF para su médico</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>every single entry, also for a period over 92 days</source>
        <translation>todas las entradas, una por una, también para un periodo de más de 92 días</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>export the diary</source>
        <translation>exportar el diario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>import an export of Cramp Diary or of another app</source>
        <translation>importar una exportación de Diario de calambres o de otra aplicación</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>make a backup copy of the diary</source>
        <translation>hacer una copia de seguridad del diario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>replace the diary with a backup</source>
        <translation>sustituir el diario por una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>fill an empty diary with realistic sample data</source>
        <translation>llenar un diario vacío con datos de ejemplo realistas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>what goes with what, with honest statistics</source>
        <translation>qué va con qué, con estadística honesta</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>45s, 3m, 1h30m or seconds</source>
        <translation>45s, 3m, 1h30m o segundos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>woke me from sleep</source>
        <translation>me despertó</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>encrypt the diary and its backups with a passphrase</source>
        <translation>cifrar el diario y sus copias de seguridad con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>make an encrypted diary plain again</source>
        <translation>volver a dejar sin cifrar un diario cifrado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <source>set a new passphrase (the entries are not rewritten)</source>
        <translation>poner una frase de contraseña nueva (las entradas no se reescriben)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>add Cramp Diary to this user's application menu, with its icon</source>
        <translation>añadir Diario de calambres, con su icono, al menú de aplicaciones de este usuario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_desktop.py"/>
        <source>remove the menu entry and icon that desktop-install wrote</source>
        <translation>quitar la entrada del menú y el icono que escribió desktop-install</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>FHIR bundle type: collection (to read) or transaction (for a clinic's FHIR server)</source>
        <translation>tipo de bundle FHIR: collection (para leer) o transaction (para el servidor FHIR de una consulta)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>the patient's name in a FHIR export</source>
        <translation>el nombre del paciente en una exportación FHIR</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>start each CSV file with a byte-order mark (for Excel)</source>
        <translation>empezar cada archivo CSV con una marca de orden de bytes (para Excel)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>where the file comes from (default: recognised by its content)</source>
        <translation>de dónde viene el archivo (por defecto: se reconoce por su contenido)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>show what would be imported and write nothing</source>
        <translation>mostrar lo que se importaría sin escribir nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_i18n.py"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>your list of medicines</source>
        <translation>su lista de medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>list your medicines</source>
        <translation>mostrar sus medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>record that you stopped a medicine</source>
        <translation>anotar que dejó un medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>add a medicine</source>
        <translation>añadir un medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_medicine.py"/>
        <source>change a medicine</source>
        <translation>cambiar un medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>the people whose diaries this file keeps</source>
        <translation>las personas cuyos diarios guarda este archivo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>add a person</source>
        <translation>añadir una persona</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>liver, kidney, pregnant or breastfeeding (repeat for several)</source>
        <translation>liver, kidney, pregnant o breastfeeding (hígado, riñón, embarazo, lactancia; repítalo para varias)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>list the people</source>
        <translation>mostrar las personas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>change a person</source>
        <translation>cambiar una persona</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>make this the default person</source>
        <translation>hacer de esta la persona predeterminada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_person.py"/>
        <source>remove a person who has no entries</source>
        <translation>quitar una persona que no tiene entradas</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>optional arguments</source>
        <translation>argumentos opcionales</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>import a csv folder or json file written by export</source>
        <translation type="vanished">importar una carpeta CSV o un archivo JSON escritos por export</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>is already encrypted (change-passphrase sets a new passphrase); nothing was changed</source>
        <translation>ya está cifrado (change-passphrase establece una nueva frase de contraseña); no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli_crypto.py"/>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>is not encrypted; nothing was changed</source>
        <translation>no está cifrado; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>the passphrase is wrong; nothing was changed</source>
        <translation>la frase de contraseña no es correcta; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>the recovery key is wrong; nothing was changed</source>
        <translation>la clave de recuperación no es correcta; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>is empty; nothing was changed</source>
        <translation>está vacía; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>the diary is locked</source>
        <translation>el diario está bloqueado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>this diary is encrypted: give the passphrase (typed on a terminal or in {env}) or the recovery key ({recovery_env}); nothing was changed</source>
        <translation>este diario está cifrado: indique la frase de contraseña (escrita en un terminal o en {env}) o la clave de recuperación ({recovery_env}); no se cambió nada</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The diary's key file {value} cannot be read ({problem}); the diary cannot be opened without it.</source>
        <translation>No se puede leer el archivo de clave del diario {value} ({problem}); sin él no se puede abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Put back the key file from where you keep a copy.</source>
        <translation>Vuelva a poner el archivo de clave desde donde guarde una copia.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>{path} is not a Cramp Diary key file.</source>
        <translation>{path} no es un archivo de clave de Diario de calambres.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The key file {path} was written by another version of Cramp Diary.</source>
        <translation>El archivo de clave {path} lo escribió otra versión de Diario de calambres.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Install the newer version to open it.</source>
        <translation>Instale la versión más reciente para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The backups folder holds encrypted backups that only the key file {old_key} opens, and encrypting again would replace that key file. Nothing was changed.</source>
        <translation>La carpeta de copias de seguridad contiene copias cifradas que solo abre el archivo de clave {old_key}, y volver a cifrar sustituiría ese archivo de clave. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Move the encrypted backups and the key file somewhere else first (or restore one of them), then run encrypt again.</source>
        <translation>Mueva primero las copias cifradas y el archivo de clave a otro sitio (o restaure una de ellas) y luego vuelva a ejecutar encrypt.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The key file {value} is damaged ({__name__}).</source>
        <translation>El archivo de clave {value} está dañado ({__name__}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The diary is open in another program (the window?), so it was not changed.</source>
        <translation>El diario está abierto en otro programa (¿la ventana?), así que no se cambió.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Close it and try again.</source>
        <translation>Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The backup {p} cannot be read as a diary ({exc}), so the diary was not {op}ed. Nothing was changed.</source>
        <translation>La copia de seguridad {p} no se puede leer como diario ({exc}), así que no se ejecutó «{op}» sobre el diario. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>Move that file out of the data folder (or delete it) and try again.</source>
        <translation>Saque ese archivo de la carpeta de datos (o bórrelo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/crypto.py"/>
        <source>The diary is open in another program, so it was not changed.</source>
        <translation>El diario está abierto en otro programa, así que no se cambió.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>The backup before this large import could not be made ({strerror}); nothing was imported.</source>
        <translation>No se pudo hacer la copia de seguridad previa a esta importación grande ({strerror}); no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>Free some disk space and try again.</source>
        <translation>Libere algo de espacio en disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>{file} was written by a newer version of Cramp Diary (schema {version}; this version knows {SCHEMA_VERSION}). The diary was not changed.</source>
        <translation>{file} lo escribió una versión más reciente de Diario de calambres (esquema {version}; esta versión conoce el {SCHEMA_VERSION}). El diario no se cambió.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>Install the newer version to restore it.</source>
        <translation>Instale la versión más reciente para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>{message} The diary as it was before the restore is kept as {kept}.</source>
        <translation>{message} El diario tal como estaba antes de restaurar se guarda como {kept}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>The diary is busy in another program, so it was not replaced (a copy of it was kept as {kept}).</source>
        <translation>El diario está ocupado por otro programa, así que no se sustituyó (se guardó una copia como {kept}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/restore.py"/>
        <source>Close the other program and try again.</source>
        <translation>Cierre el otro programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} could not be {what}: the drive reported an input/output error.</source>
        <translation>No se pudo {what} el diario {path}: la unidad informó de un error de entrada/salida.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Check that the drive is connected and healthy; then try again.</source>
        <translation>Compruebe que la unidad está conectada y en buen estado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The file {path} is not a Cramp Diary database (it may be damaged).</source>
        <translation>El archivo {path} no es una base de datos de Diario de calambres (puede estar dañado).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} failed its integrity check ({result}).</source>
        <translation>El diario {path} no superó la comprobación de integridad ({result}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} holds objects Cramp Diary never makes ({names}); it was not used and not changed.</source>
        <translation>El diario {path} contiene objetos que Diario de calambres nunca crea ({names}); no se usó ni se cambió.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The disk is full, so nothing was {action}; the diary is as it was before.</source>
        <translation>El disco está lleno, así que no se ha {action} nada; el diario sigue como estaba.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Free some space and try again.</source>
        <translation>Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} or its folder is read-only, so nothing was {action}.</source>
        <translation>El diario {path} o su carpeta son de solo lectura, así que no se ha {action} nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Check the folder's permissions (or the drive's write protection).</source>
        <translation>Compruebe los permisos de la carpeta (o la protección contra escritura de la unidad).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary is busy in another program and nothing was {action}.</source>
        <translation>El diario está ocupado por otro programa y no se ha {action} nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Try again in a moment (or close the other program).</source>
        <translation>Vuelva a intentarlo en un momento (o cierre el otro programa).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} is damaged ({text}).</source>
        <translation>El diario {path} está dañado ({text}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The computer ran out of memory, so nothing was {action}.</source>
        <translation>El ordenador se quedó sin memoria, así que no se ha {action} nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Close other programs and try again.</source>
        <translation>Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} could not be {what}: the file or its folder cannot be opened.</source>
        <translation>No se pudo {what} el diario {path}: no se puede abrir el archivo o su carpeta.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Check that the drive is connected and the folder exists and can be written.</source>
        <translation>Compruebe que la unidad está conectada y que la carpeta existe y se puede escribir en ella.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} is empty (0 bytes), but backups of it exist.</source>
        <translation>El diario {path} está vacío (0 bytes), pero existen copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} cannot be read: {strerror}.</source>
        <translation>No se puede leer el diario {path}: {strerror}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Check that the drive is connected and the file readable.</source>
        <translation>Compruebe que la unidad está conectada y que el archivo se puede leer.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} is damaged ({exc}).</source>
        <translation>El diario {path} está dañado ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} needs an upgrade to this version of Cramp Diary, but it could not be backed up first ({reason}). Nothing was changed.</source>
        <translation>El diario {path} necesita actualizarse a esta versión de Diario de calambres, pero antes no se pudo hacer una copia de seguridad ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Free some disk space or check the folder's permissions, then try again.</source>
        <translation>Libere espacio en el disco o compruebe los permisos de la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The diary {path} was written by a newer version of Cramp Diary (schema {version}; this version knows {SCHEMA_VERSION}). It was not changed.</source>
        <translation>El diario {path} lo escribió una versión más reciente de Diario de calambres (esquema {version}; esta versión conoce el {SCHEMA_VERSION}). No se cambió.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>The file {path} is an SQLite database but not a Cramp Diary. It was not changed.</source>
        <translation>El archivo {path} es una base de datos SQLite, pero no un Diario de calambres. No se cambió.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/storage/db.py"/>
        <source>Choose another data folder with --data-dir, or restore a backup.</source>
        <translation>Elija otra carpeta de datos con --data-dir o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/use_cases.py"/>
        <source>There is no entry {entry_id}.</source>
        <translation>No hay ninguna entrada {entry_id}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/use_cases.py"/>
        <source>There is no medicine {medicine_id}.</source>
        <translation>No hay ningún medicamento {medicine_id}.</translation>
    </message>
    <message>
        <source>The diary could not be {action} ({text}).</source>
        <translation type="vanished">No se pudo {action} el diario ({text}).</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="vanished">Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The diary {path} could not be {what} ({text}).</source>
        <translation type="vanished">No se pudo {what} el diario {path} ({text}).</translation>
    </message>
    <message>
        <source>Check that the drive is connected, has free space and the folder can be written.</source>
        <translation type="vanished">Compruebe que la unidad está conectada, tiene espacio libre y se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <location filename="../../src/crampdiary/cli_exchange.py"/>
        <source>exported {n} entry to {out}</source>
        <extracomment>English plural: exported {n} entries to {out}</extracomment>
        <translation>
            <numerusform>se exportó {n} entrada a {out}</numerusform>
            <numerusform>se exportaron {n} entradas a {out}</numerusform>
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
            <numerusform>se omitió {n} entrada ya presente</numerusform>
            <numerusform>se omitieron {n} entradas ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>{n} already present</source>
        <extracomment>English plural: {n} already present</extracomment>
        <translation>
            <numerusform>{n} ya presente</numerusform>
            <numerusform>{n} ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>imported {n} entry</source>
        <extracomment>English plural: imported {n} entries</extracomment>
        <translation>
            <numerusform>se importó {n} entrada</numerusform>
            <numerusform>se importaron {n} entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/exchange/engine.py"/>
        <source>would import {n} entry</source>
        <extracomment>English plural: would import {n} entries</extracomment>
        <translation>
            <numerusform>se importaría {n} entrada</numerusform>
            <numerusform>se importarían {n} entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>{n} already present and skipped</source>
        <extracomment>English plural: {n} already present and skipped</extracomment>
        <translation>
            <numerusform>{n} ya presente y omitida</numerusform>
            <numerusform>{n} ya presentes y omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/ui/import_wizard.py"/>
        <source>{n} entry added</source>
        <extracomment>English plural: {n} entries added</extracomment>
        <translation>
            <numerusform>{n} entrada añadida</numerusform>
            <numerusform>{n} entradas añadidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import-where</name>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} row {n} (line {line})</source>
        <translation>{file}, fila {n} (línea {line})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} entry {n} (entries[{i}])</source>
        <translation>{file}, entrada {n} (entries[{i}])</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} medicine {n} (medicines[{i}])</source>
        <translation>{file}, medicamento {n} (medicines[{i}])</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} element {n} (&lt;{tag}&gt;)</source>
        <translation>{file}, elemento {n} (&lt;{tag}&gt;)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{file} {table} row {n}</source>
        <translation>{file}, tabla {table}, fila {n}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>{where}, field {column}: {reason}</source>
        <translation>{where}, campo {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>must be an ISO 8601 date and time</source>
        <translation>debe ser una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is more than 24 hours in the future</source>
        <translation>está más de 24 horas en el futuro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is too far in the past</source>
        <translation>está demasiado lejos en el pasado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>must be a plain value</source>
        <translation>debe ser un valor simple</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>must hold plain values</source>
        <translation>solo puede contener valores simples</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is not an entry id</source>
        <translation>no es un identificador de entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is not an entry id (a whole number)</source>
        <translation>no es un identificador de entrada (un número entero)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>is not a field of a {kind} entry</source>
        <translation>no es un campo de una entrada de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/exchange/common.py"/>
        <source>Cramp Diary</source>
        <translation>Diario de calambres</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>{text} is not an entry id</source>
        <translation>{text} no es un número de entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>is before --from</source>
        <translation>es anterior a --from</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>give at least one field to change, e.g. --severity 5</source>
        <translation>indique al menos un campo que cambiar, p. ej. --severity 5</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>must be from 1 to 7320</source>
        <translation>debe estar entre 1 y 7320</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>{text} is not an entry id (a whole number)</source>
        <translation>{text} no es un número de entrada (un número entero)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>{days} is not a whole number</source>
        <translation>{days} no es un número entero</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>{seed} is not a whole number</source>
        <translation>{seed} no es un número entero</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>there is no entry {entry_id}</source>
        <translation>no hay ninguna entrada {entry_id}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>is not a field of a {kind} entry</source>
        <translation>no es un campo de una entrada de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/cli.py"/>
        <source>contains bytes that are not valid UTF-8 text</source>
        <translation>contiene bytes que no son texto UTF-8 válido</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{v} is not yes or no</source>
        <translation>{v} no es yes ni no</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is {n} characters long; at most {MAX_TEXT} are kept</source>
        <translation>tiene {n} caracteres; se guardan como máximo {MAX_TEXT}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>unknown {what} {v}; choose from {value}</source>
        <translation>valor desconocido para {what}: {v}; elija entre {value}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be more than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is not a date and time</source>
        <translation>no es una fecha con hora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is more than 24 hours in the future</source>
        <translation>está más de 24 horas en el futuro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is too far in the past</source>
        <translation>está demasiado lejos en el pasado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a whole number from 0 to 10</source>
        <translation>debe ser un número entero de 0 a 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{value} is outside 0..10</source>
        <translation>{value} está fuera de 0..10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{value} is outside {lo}..{hi}</source>
        <translation>{value} está fuera de {lo}..{hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is not a duration</source>
        <translation>no es una duración</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a medicine name of at most 200 characters</source>
        <translation>debe ser un nombre de medicamento de 200 caracteres como máximo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is implausibly large</source>
        <translation>es inverosímilmente grande</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{v} is not a unit such as mg, g, mcg, ml or tablet</source>
        <translation>{v} no es una unidad como mg, g, mcg, ml o tablet</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is more than 10 litres in one entry</source>
        <translation>son más de 10 litros en una sola entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is more than 24 hours</source>
        <translation>dura más de 24 horas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>unknown kind {kind}; choose from {value}</source>
        <translation>tipo desconocido {kind}; elija entre {value}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>unknown {what} {raw}; choose from {value}</source>
        <translation>valor desconocido para {what}: {raw}; elija entre {value}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{v} is not a number</source>
        <translation>{v} no es un número</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is not a set of fields</source>
        <translation>no es un conjunto de campos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>is not a field of this kind of entry</source>
        <translation>no es un campo de este tipo de entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>{v} is not a number from 0 to 10</source>
        <translation>{v} no es un número de 0 a 10</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be a whole number of seconds</source>
        <translation>debe ser un número entero de segundos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>blood pressure needs both systolic and diastolic</source>
        <translation>la tensión arterial necesita el valor sistólico y el diastólico</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>must be lower than systolic</source>
        <translation>debe ser menor que la sistólica</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/inputs.py"/>
        <source>give a blood pressure (systolic and diastolic) or a pulse</source>
        <translation>indique una tensión arterial (sistólica y diastólica) o un pulso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>this diary cannot store a strength yet (it needs the schema 4 upgrade)</source>
        <translation>este diario todavía no puede guardar una concentración (necesita la actualización al esquema 4)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>{value} is already on your list as a current medicine; change it with 'medicine edit' instead</source>
        <translation>{value} ya está en su lista como medicamento actual; cámbielo con 'medicine edit'</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>{name} is not on your list of medicines</source>
        <translation>{name} no está en su lista de medicamentos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>{name} is not a current medicine on your list</source>
        <translation>{name} no es un medicamento actual de su lista</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>is before the start date</source>
        <translation>es anterior a la fecha de inicio</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation type="vanished">tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>must be a number of mg, such as 4</source>
        <translation type="vanished">debe ser una cantidad en mg, como 4</translation>
    </message>
    <message>
        <source>must be more than zero and less than 100000 mg</source>
        <translation type="vanished">debe ser mayor que cero y menor que 100000 mg</translation>
    </message>
    <message>
        <source>{it} is not a time of day such as 08:00</source>
        <translation type="vanished">{it} no es una hora del día como 08:00</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>a strong</source>
        <translation>fuerte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode</source>
        <extracomment>English plural: {n} episodes</extracomment>
        <translation>
            <numerusform>{n} episodio</numerusform>
            <numerusform>{n} episodios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>No entries in this date range yet.</source>
        <translation>Todavía no hay entradas en este periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Are there fewer episodes on days with stretching?</source>
        <translation>¿Hay menos episodios los días con estiramientos?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>What share of episodes start at night (22:00 to 07:00) or wake you?</source>
        <translation>¿Qué parte de los episodios empieza de noche (de 22:00 a 07:00) o le despierta?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>many times as many</source>
        <translation>muchas veces más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>hardly any</source>
        <translation>casi ninguna</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>a weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>a moderate</source>
        <translation>moderada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day with water logged</source>
        <extracomment>English plural: {n} days with water logged</extracomment>
        <translation>
            <numerusform>{n} día con agua anotada</numerusform>
            <numerusform>{n} días con agua anotada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode on those days</source>
        <extracomment>English plural: {n} episodes on those days</extracomment>
        <translation>
            <numerusform>{n} episodio en esos días</numerusform>
            <numerusform>{n} episodios en esos días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} pair of days (water logged on the first)</source>
        <extracomment>English plural: {n} pairs of days (water logged on the first)</extracomment>
        <translation>
            <numerusform>{n} par de días (con agua anotada el primero)</numerusform>
            <numerusform>{n} pares de días (con agua anotada el primero)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode on the following days</source>
        <extracomment>English plural: {n} episodes on the following days</extracomment>
        <translation>
            <numerusform>{n} episodio en los días siguientes</numerusform>
            <numerusform>{n} episodios en los días siguientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>fewer</source>
        <translation>menos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>On the {n} days with water logged, hardly any link between the water you logged and episodes the same day ({stats}).</source>
        <translation>En los {n} días con agua anotada, casi ninguna relación entre el agua que anotó y los episodios del mismo día ({stats}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>the same as</source>
        <translation>lo mismo que</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>rate-ratio</source>
        <translation>razón de tasas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>spearman</source>
        <translation>rho de Spearman</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>difference</source>
        <translation>diferencia</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>These are patterns in your own diary: what went together, not proof of what causes what. Talk to your doctor or prescriber before changing any treatment.</source>
        <translation>Son patrones de su propio diario: lo que fue junto, no una prueba de qué causa qué. Hable con su médico o con quien se lo recetó antes de cambiar cualquier tratamiento.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{x} times as many</source>
        <translation>{x} veces más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>95% interval from {lo} to {hi}</source>
        <translation>intervalo del 95 % de {lo} a {hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>On days you stretched you logged {a} episodes a day, against {b} on other days ({ratio}; {ci}; {days} days: {n1} with stretching, {n0} without).</source>
        <translation>Los días que hizo estiramientos anotó {a} episodios al día, frente a {b} los demás días ({ratio}; {ci}; {days} días: {n1} con estiramientos, {n0} sin ellos).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Do days with more water have fewer episodes?</source>
        <translation>¿Hay menos episodios los días con más agua?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Does the previous day's water go with the episodes?</source>
        <translation>¿El agua del día anterior va junto con los episodios?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Spearman rho {rho}; 95% interval {lo} to {hi}</source>
        <translation>rho de Spearman {rho}; intervalo del 95 % de {lo} a {hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Over {n} pairs of days, hardly any link between the water you logged and episodes the next day ({stats}).</source>
        <translation>En {n} pares de días, casi ninguna relación entre el agua que anotó y los episodios del día siguiente ({stats}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>For {name}, taken regularly: do episodes start more often when the last dose is more than {h} hours old?</source>
        <translation>Con {name} tomado con regularidad: ¿empiezan los episodios más a menudo cuando la última dosis tiene más de {h} horas?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>When the last {name} dose was more than {h} h old (up to 36 h), episodes started at {r1} per 24 hours, against {r0} per 24 hours within {h} h of a dose ({ratio}; {ci}; {n} episodes over {hours} hours).</source>
        <translation>Cuando la última dosis de {name} tenía más de {h} h (hasta 36 h), los episodios empezaron a razón de {r1} cada 24 horas, frente a {r0} cada 24 horas en las {h} h siguientes a una dosis ({ratio}; {ci}; {n} episodios en {hours} horas).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Since {name} was first logged: are episodes more frequent after its first dose than before?</source>
        <translation>Desde que se anotó {name} por primera vez: ¿son los episodios más frecuentes después de la primera dosis que antes?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>In the {span} days from the first logged dose of {name} ({day}) you logged {episodes}, against {e0} in the {span} days before ({ratio}; {ci}).</source>
        <translation>En los {span} días desde la primera dosis anotada de {name} ({day}) anotó {episodes}, frente a {e0} en los {span} días anteriores ({ratio}; {ci}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Do episodes relieved this way ({method}) end sooner?</source>
        <translation>¿Terminan antes los episodios aliviados así ({method})?</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>the same length</source>
        <translation>la misma duración</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Episodes where you used {method} lasted a median of {a} minutes, against {b} minutes for the others ({diff}; 95% interval from {lo} to {hi}; {na} with, {nb} without).</source>
        <translation>Los episodios en los que usó {method} duraron una mediana de {a} minutos, frente a {b} minutos los demás ({diff}; intervalo del 95 % de {lo} a {hi}; {na} con, {nb} sin).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{k} of {n} episodes ({pct}%) started between 22:00 and 07:00 or woke you: {rel} the {exp}% expected if they came at any hour (95% interval {lo} to {hi} points).</source>
        <translation>{k} de {n} episodios ({pct} %) empezaron entre las 22:00 y las 07:00 o le despertaron: {rel} el {exp} % esperable si llegaran a cualquier hora (intervalo del 95 % de {lo} a {hi} puntos).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>needs more data</source>
        <translation>faltan datos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>95% interval from {lo} upwards, with no upper limit</source>
        <translation>intervalo del 95 % desde {lo} hacia arriba, sin límite superior</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Not enough data yet: the water amounts (or the episode counts) are the same on all {n} days, so nothing can be compared.</source>
        <translation>Aún no hay datos suficientes: las cantidades de agua (o el número de episodios) son iguales los {n} días, así que no se puede comparar nada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>On the {n} days with water logged, {strength} link: more water went with {more} episodes the same day ({stats}).</source>
        <translation>En los {n} días con agua anotada, una relación {strength}: más agua fue junto con {more} episodios el mismo día ({stats}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Over {n} pairs of days, {strength} link: more water on one day went with {more} episodes the next day ({stats}).</source>
        <translation>En {n} pares de días, una relación {strength}: más agua un día fue junto con {more} episodios el día siguiente ({stats}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{x} minutes longer</source>
        <translation>{x} minutos más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>clear</source>
        <translation>claro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>not clear</source>
        <translation>no claro</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{pct}% fewer</source>
        <translation>{pct} % menos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{pct}% more</source>
        <translation>{pct} % más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>at least {what}</source>
        <translation>al menos {what}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>({missing} more)</source>
        <translation>(todavía faltan: {missing})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day with stretching</source>
        <extracomment>English plural: {n} days with stretching</extracomment>
        <translation>
            <numerusform>{n} día con estiramientos</numerusform>
            <numerusform>{n} días con estiramientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day without</source>
        <extracomment>English plural: {n} days without</extracomment>
        <translation>
            <numerusform>{n} día sin ellos</numerusform>
            <numerusform>{n} días sin ellos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} hour within {h} h of a dose</source>
        <extracomment>English plural: {n} hours within {h} h of a dose</extracomment>
        <translation>
            <numerusform>{n} hora en las {h} h siguientes a una dosis</numerusform>
            <numerusform>{n} horas en las {h} h siguientes a una dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} hour {h} to 36 h after a dose</source>
        <extracomment>English plural: {n} hours {h} to 36 h after a dose</extracomment>
        <translation>
            <numerusform>{n} hora entre {h} y 36 h después de una dosis</numerusform>
            <numerusform>{n} horas entre {h} y 36 h después de una dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode in that time</source>
        <extracomment>English plural: {n} episodes in that time</extracomment>
        <translation>
            <numerusform>{n} episodio en ese tiempo</numerusform>
            <numerusform>{n} episodios en ese tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day before the first dose</source>
        <extracomment>English plural: {n} days before the first dose</extracomment>
        <translation>
            <numerusform>{n} día antes de la primera dosis</numerusform>
            <numerusform>{n} días antes de la primera dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} day after it</source>
        <extracomment>English plural: {n} days after it</extracomment>
        <translation>
            <numerusform>{n} día después</numerusform>
            <numerusform>{n} días después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} episode in those days</source>
        <extracomment>English plural: {n} episodes in those days</extracomment>
        <translation>
            <numerusform>{n} episodio en esos días</numerusform>
            <numerusform>{n} episodios en esos días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} timed episode using {method}</source>
        <extracomment>English plural: {n} timed episodes using {method}</extracomment>
        <translation>
            <numerusform>{n} episodio con duración y {method}</numerusform>
            <numerusform>{n} episodios con duración y {method}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{n} timed episode without it</source>
        <extracomment>English plural: {n} timed episodes without it</extracomment>
        <translation>
            <numerusform>{n} episodio con duración sin esa medida</numerusform>
            <numerusform>{n} episodios con duración sin esa medida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{x} minutes shorter</source>
        <translation>{x} minutos menos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{pts} percentage points more than</source>
        <translation>{pts} puntos porcentuales más que</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>{pts} percentage points less than</source>
        <translation>{pts} puntos porcentuales menos que</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>The durations differ overall ({q}), but the 95% interval of the difference in medians still includes no difference; this shows what went together, not why.</source>
        <translation>Las duraciones difieren en conjunto ({q}), pero el intervalo del 95 % de la diferencia de medianas todavía incluye la ausencia de diferencia; esto muestra lo que fue junto, no por qué.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>95% CI {lo} to {hi}</source>
        <translation>IC del 95 % {lo} a {hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Not enough data yet: this needs {needs}. So far: {have}{more}.</source>
        <translation>Todavía no hay datos suficientes: hacen falta {needs}. Hasta ahora: {have}{more}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>Unlikely to be chance alone ({q}); this shows what went together, not why.</source>
        <translation>Es poco probable que sea solo casualidad ({q}); esto muestra lo que fue junto, no por qué.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/insights/analysis.py"/>
        <source>This could well be chance ({q}).</source>
        <translation>Podría ser casualidad ({q}).</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>yes</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Sev.</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Int.</translation>
    </message>
    <message>
        <source>severity {value}/10</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>intensidad {value}/10</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Woke</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Despertó</translation>
    </message>
    <message>
        <source>woke me</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>me despertó</translation>
    </message>
    <message>
        <source>Relief</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Alivio</translation>
    </message>
    <message>
        <source>relief: {value}</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>alivio: {value}</translation>
    </message>
    <message>
        <source>Helped</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Ayudó</translation>
    </message>
    <message>
        <source>helped {value}/10</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>ayudó {value}/10</translation>
    </message>
    <message>
        <source>Red flags</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>RED FLAG: {value}</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>SEÑAL DE ALARMA: {value}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>trigger: {value}</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>desencadenante: {value}</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Medicine</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Food</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Comida</translation>
    </message>
    <message>
        <source>with food</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>con comida</translation>
    </message>
    <message>
        <source>without food</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>sin comida</translation>
    </message>
    <message>
        <source>{value} ml</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>{value} ml</translation>
    </message>
    <message>
        <source>Drink</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Bebida</translation>
    </message>
    <message>
        <source>Minutes</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>{value} min stretching</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>{value} min de estiramientos</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Systolic (mmHg)</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Sistólica (mmHg)</translation>
    </message>
    <message>
        <source>BP {value}</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>TA {value}</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Diastólica (mmHg)</translation>
    </message>
    <message>
        <source>/{value} mmHg</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>/{value} mmHg</translation>
    </message>
    <message>
        <source>Pulse (/min)</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Pulso (/min)</translation>
    </message>
    <message>
        <source>pulse {value}/min</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>pulso {value}/min</translation>
    </message>
    <message>
        <source>Symptom</source>
        <extracomment>how an entry's field is shown; keep {value}</extracomment>
        <translation>Síntoma</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>this diary has no people</source>
        <translation>este diario no tiene personas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>is longer than 100 characters</source>
        <translation>tiene más de 100 caracteres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>contains characters that are not text</source>
        <translation>contiene caracteres que no son texto</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>give --condition or --no-conditions, not both</source>
        <translation>indique --condition o --no-conditions, no ambos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>a diary keeps at least one person</source>
        <translation>un diario conserva al menos una persona</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>must be a year such as 1950</source>
        <translation>debe ser un año como 1950</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>there is no person {name!r} in this diary (people: {known})</source>
        <translation>no hay ninguna persona {name!r} en este diario (personas: {known})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>must lie between {lo} and {hi}</source>
        <translation>debe estar entre {lo} y {hi}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>there is already a person called {name!r}</source>
        <translation>ya hay una persona llamada {name!r}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>{name} still has entries ({n}); a person is removed only when none are left</source>
        <translation>{name} todavía tiene entradas ({n}); una persona solo se quita cuando no le queda ninguna</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/people.py"/>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} no es uno de {allowed}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/use_cases.py"/>
        <source>entry {id} belongs to {owner}, not to {person}; choose them with --person {owner}</source>
        <translation>la entrada {id} pertenece a {owner}, no a {person}; elija a esa persona con --person {owner}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Everyone today</source>
        <translation>Todos hoy</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Next doses and flags of every person in this diary</source>
        <translation>Próximas dosis y avisos de cada persona de este diario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>{person}: {text}</source>
        <translation>{person}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Whose diary to show and write to</source>
        <translation>De quién es el diario que se muestra y en el que se escribe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Reading everyone's day…</source>
        <translation>Leyendo el día de todas las personas…</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>No current medicines on the list.</source>
        <translation>No hay medicamentos actuales en la lista.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>Show the diary of {name}</source>
        <translation>Mostrar el diario de {name}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/ui/people.py"/>
        <source>No flags in the last 24 hours.</source>
        <translation>Ningún aviso en las últimas 24 horas.</translation>
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
        <translation>Leyendo el diario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Summary computed</source>
        <translation>Resumen calculado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Charts drawn</source>
        <translation>Gráficos dibujados</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/__init__.py"/>
        <source>The flags could not be computed ({error}).</source>
        <translation>No se pudieron calcular los avisos ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>with food</source>
        <translation>con comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>without food</source>
        <translation>sin comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Medicines taken</source>
        <translation>Medicamentos tomados</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Blood pressure and pulse</source>
        <translation>Tensión arterial y pulso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Symptoms and side effects</source>
        <translation>Síntomas y efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Drinks, totals per day</source>
        <translation>Bebidas, totales por día</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Every single entry follows after these tables.</source>
        <translation>Todas las entradas, una por una, siguen tras estas tablas.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>A report with every single entry can be made with the full log option (crampdiary report --full-log).</source>
        <translation>Se puede hacer un informe con todas las entradas con la opción de registro completo (crampdiary report --full-log).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>{n} week</source>
        <extracomment>English plural: {n} weeks</extracomment>
        <translation>
            <numerusform>{n} semana</numerusform>
            <numerusform>{n} semanas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Muscle cramp diary</source>
        <translation>Diario de calambres musculares</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Muscle cramp diary: summary for the doctor</source>
        <translation>Diario de calambres musculares: resumen para el médico</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Medicines in this period</source>
        <translation>Medicamentos en este periodo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Flags raised in this period</source>
        <translation>Avisos en este periodo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Full log: every entry</source>
        <translation>Registro completo: todas las entradas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Sev.</source>
        <translation>Int.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Woke</source>
        <translation>Despertó</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Relief (helped)</source>
        <translation>Alivio (ayudó)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>BP (mmHg)</source>
        <translation>Tensión (mmHg)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Pulse (/min)</source>
        <translation>Pulso (/min)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Drinks</source>
        <translation>Bebidas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Total ml</source>
        <translation>Total ml</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>By kind (ml)</source>
        <translation>Por tipo (ml)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Drinks, every entry</source>
        <translation>Bebidas, cada entrada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Questions for my doctor</source>
        <translation>Preguntas para mi médico</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Red flags: when to seek medical care now</source>
        <translation>Señales de alarma: cuándo buscar atención médica ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>The period is longer than {days} days, so the log shows one row per week (Monday to Sunday) and kind of entry, with counts and totals; weeks without entries of a kind are left out.</source>
        <translation>El periodo dura más de {days} días, así que el registro muestra una fila por semana (de lunes a domingo) y tipo de entrada, con recuentos y totales; se omiten las semanas sin entradas de un tipo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Cramp diary report for the doctor</source>
        <translation>Informe del diario de calambres para el médico</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Summary ready</source>
        <translation>Resumen listo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Laying out the pages</source>
        <translation>Maquetando las páginas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Cramp Diary report, printed {date}. Self-reported data; not a diagnosis.</source>
        <translation>Informe del Diario de calambres, impreso el {date}. Datos aportados por el paciente; no es un diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Most muscle cramps hurt but are not dangerous. The signs below can point to a problem with the nerves of the lower spine or to muscle breakdown. If any of them appears, the patient should seek urgent medical care the same day (emergency department, urgent care or the emergency number), not wait for the next appointment.</source>
        <translation>La mayoría de los calambres musculares duelen pero no son peligrosos. Las señales siguientes pueden indicar un problema de los nervios de la parte baja de la columna o una destrucción muscular. Si aparece alguna, el paciente debe buscar atención médica urgente el mismo día (servicio de urgencias, centro de atención urgente o el número de emergencias), sin esperar a la próxima cita.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>What it looks like</source>
        <translation>Cómo se reconoce</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>This report was made by Cramp Diary from entries that the patient typed in. It is a record to support a conversation with a clinician, not a diagnosis, and it may be incomplete. The flags come from fixed rules that compare logged doses with the limits printed on medicine labels and with simple thresholds; a missing flag does not mean that everything is fine, and a flag is not an instruction. The program never advises starting, stopping or changing a medicine: those decisions belong to the patient and the prescriber together.</source>
        <translation>Este informe lo ha hecho el Diario de calambres a partir de las entradas que escribió el paciente. Es un registro para apoyar una conversación con un profesional sanitario, no un diagnóstico, y puede estar incompleto. Los avisos proceden de reglas fijas que comparan las dosis registradas con los límites que figuran en los prospectos y con umbrales sencillos; que falte un aviso no significa que todo esté bien, y un aviso no es una instrucción. El programa nunca aconseja empezar, dejar o cambiar un medicamento: esas decisiones corresponden al paciente y a quien se lo recetó, juntos.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Log, week by week</source>
        <translation>Registro, semana a semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>No medicines were logged and none are in the medicine list.</source>
        <translation>No se registró ningún medicamento y la lista de medicamentos está vacía.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>There is not enough data in this period to draw charts.</source>
        <translation>No hay datos suficientes en este periodo para dibujar gráficos.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>No entries in this period.</source>
        <translation>No hay entradas en este periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Write down what you want to ask, and the answers.</source>
        <translation>Anote lo que quiere preguntar y las respuestas.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <location filename="../../src/crampdiary/report/preview.py"/>
        <source>No flags were raised by the diary's rules in this period.</source>
        <translation>Las reglas del diario no generaron ningún aviso en este periodo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>How to read this page. Episodes per week = cramps ÷ (days ÷ 7); the halves compare the first and second half of the period; the previous period is the same number of days just before this one. A night runs from noon to noon. A flag that stays raised over several doses (an episode) is counted once. Relief ‘helped’ is the patient's own 0–10 rating. Adherence is judged only for medicines with times set in the patient's medicine list: a time counts as on time if a dose was logged within {on_time} h of it, late if logged {on_time}–{late} h after it, otherwise missed. For medicines without times, doses taken sooner than the label's minimum interval are counted instead. All data are self-reported by the patient.</source>
        <translation>Cómo leer esta página. Episodios por semana = calambres ÷ (días ÷ 7); las mitades comparan la primera y la segunda mitad del periodo; el periodo anterior tiene el mismo número de días, justo antes de este. Una noche va de mediodía a mediodía. Un aviso que sigue activo durante varias dosis (un episodio) se cuenta una vez. «Ayudó» en el alivio es la valoración del propio paciente, de 0 a 10. La adherencia solo se valora para los medicamentos con horas fijadas en la lista de medicamentos del paciente: una hora cuenta como puntual si se registró una dosis en las {on_time} h de alrededor, tarde si se registró entre {on_time} y {late} h después, y si no, como omitida. Para los medicamentos sin horas se cuentan en cambio las dosis tomadas antes del intervalo mínimo del prospecto. Todos los datos los aporta el propio paciente.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Chart {i} of {n}</source>
        <translation>Gráfico {i} de {n}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>RED FLAG: {signs}</source>
        <translation>SEÑAL DE ALARMA: {signs}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/pdf.py"/>
        <source>Trigger: {trigger}</source>
        <translation>Desencadenante: {trigger}</translation>
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
        <translation>Resumen para el médico</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/preview.py"/>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/preview.py"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>and {n} more kind of flag</source>
        <extracomment>English plural: and {n} more kinds of flag</extracomment>
        <translation>
            <numerusform>y {n} tipo de aviso más</numerusform>
            <numerusform>y {n} tipos de aviso más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{n} diary entry</source>
        <extracomment>English plural: {n} diary entries</extracomment>
        <translation>
            <numerusform>{n} entrada del diario</numerusform>
            <numerusform>{n} entradas del diario</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>tablet</source>
        <translation>comp.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>capsule</source>
        <translation>cáps.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>none in either period</source>
        <translation>ninguno en ninguno de los dos periodos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{count} in {n} day: {rate} per week</source>
        <extracomment>English plural: {count} in {n} days: {rate} per week</extracomment>
        <translation>
            <numerusform>{count} en {n} día: {rate} por semana</numerusform>
            <numerusform>{count} en {n} días: {rate} por semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{woken} of {n} night</source>
        <extracomment>English plural: {woken} of {n} nights</extracomment>
        <translation>
            <numerusform>{woken} de {n} noche</numerusform>
            <numerusform>{woken} de {n} noches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{n} episode woke the patient</source>
        <extracomment>English plural: {n} episodes woke the patient</extracomment>
        <translation>
            <numerusform>{n} episodio despertó al paciente</numerusform>
            <numerusform>{n} episodios despertaron al paciente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Usual dose</source>
        <translation>Dosis habitual</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>On time / late / missed</source>
        <translation>Puntual / tarde / omitida</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Period: {period} ({n} day) · {entries}</source>
        <extracomment>English plural: Period: {period} ({n} days) · {entries}</extracomment>
        <translation>
            <numerusform>Periodo: {period} ({n} día) · {entries}</numerusform>
            <numerusform>Periodo: {period} ({n} días) · {entries}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{before} before, {now} now ({change})</source>
        <translation>antes {before}, ahora {now} ({change})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Compared with the {n} day before ({period}):</source>
        <extracomment>English plural: Compared with the {n} days before ({period}):</extracomment>
        <translation>
            <numerusform>Comparado con {n} día anterior ({period}):</numerusform>
            <numerusform>Comparado con los {n} días anteriores ({period}):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Cramp episodes</source>
        <translation>Episodios de calambres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{n} reading: mean {mean}, systolic {sys_low}–{sys_high}, diastolic {dia_low}–{dia_high}</source>
        <extracomment>English plural: {n} readings: mean {mean}, systolic {sys_low}–{sys_high}, diastolic {dia_low}–{dia_high}</extracomment>
        <translation>
            <numerusform>{n} medición: media {mean}, sistólica {sys_low}–{sys_high}, diastólica {dia_low}–{dia_high}</numerusform>
            <numerusform>{n} mediciones: media {mean}, sistólica {sys_low}–{sys_high}, diastólica {dia_low}–{dia_high}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Blood pressure</source>
        <translation>Tensión arterial</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>DANGER</source>
        <translation>PELIGRO</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>WARNING</source>
        <translation>ADVERTENCIA</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>INFO</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{value} (none before)</source>
        <translation>{value} (antes ninguno)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>none (was {value})</source>
        <translation>ninguno (antes {value})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>the diary has no entries from that time to compare with.</source>
        <translation>el diario no tiene entradas de ese tiempo con las que comparar.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>episodes per week {episodes}; mean severity {severity}; nights woken {nights}.</source>
        <translation>episodios por semana {episodes}; intensidad media {severity}; noches en que se despertó {nights}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>What changed since the previous period</source>
        <translation>Qué cambió desde el periodo anterior</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Severity (0–10)</source>
        <translation>Intensidad (0–10)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Nights woken</source>
        <translation>Noches en que se despertó</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Body areas</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Red flags reported</source>
        <translation>Señales de alarma comunicadas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Side effects / symptoms</source>
        <translation>Efectos secundarios / síntomas</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no readings</source>
        <translation>ninguna medición</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Fluids and stretching</source>
        <translation>Líquidos y estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>nothing to judge yet</source>
        <translation>todavía nada que valorar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no schedule set</source>
        <translation>sin horario fijado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>median {median}, mean {mean}, range {low}–{high}</source>
        <translation>mediana {median}, media {mean}, rango {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Longest episode</source>
        <translation>Episodio más largo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Relief that worked</source>
        <translation>Alivio que funcionó</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>drinks logged on {n} day, mean {ml} ml on that day</source>
        <extracomment>English plural: drinks logged on {n} days, mean {ml} ml on those days</extracomment>
        <translation>
            <numerusform>bebidas registradas en {n} día, media de {ml} ml ese día</numerusform>
            <numerusform>bebidas registradas en {n} días, media de {ml} ml esos días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{count} ({n} episode)</source>
        <extracomment>English plural: {count} ({n} episodes)</extracomment>
        <translation>
            <numerusform>{count} ({n} episodio)</numerusform>
            <numerusform>{count} ({n} episodios)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{count} (episodes)</source>
        <translation>{count} (episodios)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>Within the period: {change}</source>
        <translation>Dentro del periodo: {change}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{duration} on {date} ({area}, severity {severity}); median duration {median}</source>
        <translation>{duration} el {date} ({area}, intensidad {severity}); duración mediana {median}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{n} more</source>
        <translation>{n} más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{relief}: used {n}×, helped median {score}</source>
        <translation>{relief}: usado {n}×, ayudó (mediana) {score}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{date}: {signs}</source>
        <translation>{date}: {signs}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{symptom} {count}× (median severity {median}, worst {worst})</source>
        <translation>{symptom} {count}× (intensidad mediana {median}, máxima {worst})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>stretching once, {minutes} minutes in all</source>
        <translation>estiramientos una vez, {minutes} minutos en total</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>stretching {n} time, {minutes} minutes in all</source>
        <extracomment>English plural: stretching {n} times, {minutes} minutes in all</extracomment>
        <translation>
            <numerusform>estiramientos {n} vez, {minutes} minutos en total</numerusform>
            <numerusform>estiramientos {n} veces, {minutes} minutos en total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{on_time} / {late} / {missed} of {slots}</source>
        <translation>{on_time} / {late} / {missed} de {slots}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no schedule; {n} dose sooner than {hours} h after the last</source>
        <extracomment>English plural: no schedule; {n} doses sooner than {hours} h after the last</extracomment>
        <translation>
            <numerusform>sin horario; {n} dosis antes de {hours} h tras la anterior</numerusform>
            <numerusform>sin horario; {n} dosis antes de {hours} h tras la anterior</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>fewer</source>
        <translation>menos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>higher</source>
        <translation>más alta</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>lower</source>
        <translation>más baja</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{nights} ({episodes})</source>
        <translation>{nights} ({episodes})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>no durations recorded</source>
        <translation>ninguna duración registrada</translation>
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
        <translation>ningún método de alivio registrado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>pulse {low}–{high}/min (mean {mean}, {n} reading)</source>
        <extracomment>English plural: pulse {low}–{high}/min (mean {mean}, {n} readings)</extracomment>
        <translation>
            <numerusform>pulso {low}–{high}/min (media {mean}, {n} medición)</numerusform>
            <numerusform>pulso {low}–{high}/min (media {mean}, {n} mediciones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/rows.py"/>
        <source>{relief}: used {n}×</source>
        <translation>{relief}: usado {n}×</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>none in either half of the period</source>
        <translation>ninguno en ninguna de las dos mitades del periodo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>{a} per week in the first half, {b} in the second ({change})</source>
        <translation>{a} por semana en la primera mitad, {b} en la segunda ({change})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>none in the first half, {b} per week in the second half</source>
        <translation>ninguno en la primera mitad, {b} por semana en la segunda</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>up {pct}%</source>
        <translation>{pct} % más</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/summary.py"/>
        <source>down {pct}%</source>
        <translation>{pct} % menos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Week from</source>
        <translation>Semana desde</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Cramps, week by week</source>
        <translation>Calambres, semana a semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Medicines taken, week by week</source>
        <translation>Medicamentos tomados, semana a semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Drinks, week by week</source>
        <translation>Bebidas, semana a semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Stretching, week by week</source>
        <translation>Estiramientos, semana a semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Blood pressure and pulse, week by week</source>
        <translation>Tensión arterial y pulso, semana a semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Symptoms and side effects, week by week</source>
        <translation>Síntomas y efectos secundarios, semana a semana</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Mean sev.</source>
        <translation>Intensidad media</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Longest</source>
        <translation>Más larga</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Per medicine: doses (amount)</source>
        <translation>Por medicamento: dosis (cantidad)</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Readings</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Mean BP</source>
        <translation>Tensión media</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Mean pulse</source>
        <translation>Pulso medio</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/report/weekly.py"/>
        <source>Which</source>
        <translation>Cuáles</translation>
    </message>
    <message>
        <source>Full log</source>
        <translation type="vanished">Registro completo</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>Please talk to your prescriber before you stop, about how to do it safely. The stop is recorded in your list either way.</source>
        <translation>Hable con quien se lo recetó antes de dejarlo, para saber cómo hacerlo con seguridad. La retirada se anota en su lista en cualquier caso.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>The {drug} label warns against stopping it suddenly after regular use</source>
        <translation>El prospecto de {drug} advierte de no dejarlo de golpe tras un uso regular</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>It lowers the dose step by step before stopping.</source>
        <translation>Según el prospecto, la dosis se reduce poco a poco antes de dejarlo.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>: it can cause {signs}.</source>
        <translation>: puede causar {signs}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/medicines.py"/>
        <source>It lowers the dose step by step, by at most {step} a day, before stopping.</source>
        <translation>Según el prospecto, la dosis se reduce poco a poco antes de dejarlo, como máximo {step} al día.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>Take your medicine as your prescriber told you; this only checks the label's limits against your diary.</source>
        <translation>Tome su medicamento como se lo indicó quien se lo recetó; esto solo compara los límites del prospecto con su diario.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>In the last 24 hours: {doses}, {mg}.</source>
        <translation>En las últimas 24 horas: {doses}, {mg}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} dose</source>
        <extracomment>English plural: {n} doses</extracomment>
        <translation>
            <numerusform>{n} dosis</numerusform>
            <numerusform>{n} dosis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>{name!r} is not in the drug catalog, so there are no dose limits to check</source>
        <translation>{name!r} no está en el catálogo de medicamentos, así que no hay límites de dosis que comprobar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>No {drug} dose is on record.</source>
        <translation>No hay ninguna dosis de {drug} registrada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>Last {drug} dose: {t} ({gap} ago).</source>
        <translation>Última dosis de {drug}: {t} (hace {gap}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>A dose now would be within the label's timing limits (spacing and number of doses a day).</source>
        <translation>Una dosis ahora quedaría dentro de los límites de horario del prospecto (intervalo y número de dosis al día).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>A dose now of up to {left} stays within the label's daily maximum.</source>
        <translation>Una dosis ahora de hasta {left} queda dentro del máximo diario del prospecto.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>The catalog has no limits on the timing of {drug} doses.</source>
        <translation>El catálogo no tiene límites de horario para las dosis de {drug}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/next_dose.py"/>
        <source>Earliest time for the next dose within the label's timing limits: {t} (in {gap}).</source>
        <translation>Hora más temprana para la próxima dosis dentro de los límites de horario del prospecto: {t} (dentro de {gap}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} hour</source>
        <extracomment>English plural: {n} hours</extracomment>
        <translation>
            <numerusform>{n} hora</numerusform>
            <numerusform>{n} horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} day</source>
        <extracomment>English plural: {n} days</extracomment>
        <translation>
            <numerusform>{n} día</numerusform>
            <numerusform>{n} días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Please talk to your prescriber or pharmacist about it.</source>
        <translation>Hable de ello con quien se lo recetó o con su farmacéutico.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Talk to your prescriber or pharmacist about taking them together. Do not drive or use machines if you feel drowsy or dizzy.</source>
        <translation>Hable con quien se lo recetó o con su farmacéutico sobre tomarlos juntos. No conduzca ni use máquinas si se siente somnoliento o mareado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} minute</source>
        <extracomment>English plural: {n} minutes</extracomment>
        <translation>
            <numerusform>{n} minuto</numerusform>
            <numerusform>{n} minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>0 min</source>
        <translation>0 min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The label warns that stopping suddenly can cause withdrawal effects</source>
        <translation>El prospecto advierte de que dejarlo de golpe puede causar síntomas de retirada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Do not stop it on your own: contact your prescriber about how to go on. If you did take a dose and only forgot to log it, log it now. If you feel very unwell, get medical help now.</source>
        <translation>No lo deje por su cuenta: consulte con quien se lo recetó cómo seguir. Si tomó una dosis y solo olvidó anotarla, anótela ahora. Si se encuentra muy mal, busque ayuda médica ahora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>the label recommends liver blood tests</source>
        <translation>el prospecto recomienda análisis de sangre del hígado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Before the next dose of either medicine, speak to the prescriber or a pharmacist today (out of hours, an urgent-care line). If you feel faint, very drowsy or confused, get medical help now.</source>
        <translation>Antes de la próxima dosis de cualquiera de los dos medicamentos, hable hoy con quien se los recetó o con un farmacéutico (fuera de horario, con un servicio de urgencias). Si se siente a punto de desmayarse, muy somnoliento o confuso, busque ayuda médica ahora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>alcohol</source>
        <translation>alcohol</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Warning sign logged: seek care now</source>
        <translation>Señal de alarma anotada: busque atención ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>A cramp in the chest</source>
        <translation>Un calambre en el pecho</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>It is among the medicines that go with muscle cramps.</source>
        <translation>Está entre los medicamentos que van con calambres musculares.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Talk to your prescriber soon about it. If you have unusual bleeding or bruising, a racing or irregular heartbeat, a rash or trouble breathing, get medical help now.</source>
        <translation>Hable pronto de ello con quien se lo recetó. Si tiene sangrados o moratones poco habituales, latido acelerado o irregular, una erupción o dificultad para respirar, busque ayuda médica ahora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>older age</source>
        <translation>edad avanzada</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>fainting</source>
        <translation>desmayos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>chest pain</source>
        <translation>dolor en el pecho</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>yellow skin or eyes</source>
        <translation>piel u ojos amarillos</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>a seizure</source>
        <translation>una convulsión</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>trouble breathing</source>
        <translation>dificultad para respirar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Serious symptom logged: seek care now</source>
        <translation>Síntoma grave anotado: busque atención ahora</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{x} mg</source>
        <translation>{x} mg</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>If you feel very drowsy, dizzy or faint, get medical help.</source>
        <translation>Si se siente muy somnoliento, mareado o a punto de desmayarse, busque ayuda médica.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: no dose logged for more than {gap}</source>
        <translation>{drug}: ninguna dosis anotada en más de {gap}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You took {drug} regularly; the last dose in the diary was at {t}, and more than {gap} passed without another (by {due}).</source>
        <translation>Tomaba {drug} con regularidad; la última dosis del diario fue el {t}, y pasaron más de {gap} sin otra (hasta {due}).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The doses came down step by step before that, as in a planned stop. If the stop was planned with your prescriber, nothing more is needed.</source>
        <translation>Antes, las dosis bajaron poco a poco, como en una retirada planificada. Si la retirada se planificó con quien se lo recetó, no hace falta nada más.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>If you did take a dose and only forgot to log it, log it now.</source>
        <translation>Si tomó una dosis y solo olvidó anotarla, anótela ahora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: a combination the label forbids</source>
        <translation>{subject} con {other}: una combinación que el prospecto prohíbe</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {subject} label says it must not be taken together with {other}: {other} blocks the liver enzyme that clears {subject}, so its level can rise many times over and cause very low blood pressure, a slow heartbeat and heavy drowsiness.</source>
        <translation>El prospecto de {subject} dice que no debe tomarse junto con {other}: {other} bloquea la enzima del hígado que elimina {subject}, por lo que su nivel puede multiplicarse y causar una tensión muy baja, un pulso lento y mucha somnolencia.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: two medicines of the same kind</source>
        <translation>{subject} con {other}: dos medicamentos del mismo tipo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {subject} label advises against using it with other alpha-2 agonists such as {other}: together they can lower blood pressure and heart rate too much.</source>
        <translation>El prospecto de {subject} desaconseja usarlo con otros agonistas alfa-2 como {other}: juntos pueden bajar demasiado la tensión arterial y la frecuencia cardiaca.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: may raise the {subject} level</source>
        <translation>{subject} con {other}: puede subir el nivel de {subject}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{other} slows the liver enzyme that clears {subject}; the label says to avoid the combination, as {subject} can build up and cause low blood pressure and drowsiness.</source>
        <translation>{other} frena la enzima del hígado que elimina {subject}; el prospecto dice que se evite la combinación, porque {subject} puede acumularse y causar tensión baja y somnolencia.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: blood pressure may drop</source>
        <translation>{subject} con {other}: la tensión puede bajar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} lowers blood pressure, and so does {other}; the label warns that together they can make it drop too far (dizziness, fainting on standing up).</source>
        <translation>{subject} baja la tensión arterial, y {other} también; el prospecto advierte de que juntos pueden bajarla demasiado (mareo, desmayo al ponerse de pie).</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}: extra drowsiness</source>
        <translation>{subject} con {other}: más somnolencia</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} and {other} both make you drowsy and slow; the label warns the effects add up, which matters for driving, falls and breathing.</source>
        <translation>{subject} y {other} producen ambos somnolencia y lentitud; el prospecto advierte de que los efectos se suman, lo que importa al conducir, para las caídas y para la respiración.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{subject} with {other}</source>
        <translation>{subject} con {other}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The label warns about using these two together.</source>
        <translation>El prospecto advierte sobre el uso conjunto de estos dos.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Frequent cramps are worth talking over with your doctor, who can look for causes such as medicines, salts in the blood or nerve problems. Bring this diary along.</source>
        <translation>Conviene hablar de los calambres frecuentes con su médico, que puede buscar causas como medicamentos, sales en la sangre o problemas de los nervios. Lleve este diario.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Night-time cramps that break your sleep are worth mentioning to your doctor. Gentle calf stretches before bed help some people.</source>
        <translation>Conviene mencionar a su médico los calambres nocturnos que interrumpen el sueño. A algunas personas les ayuda estirar suavemente las pantorrillas antes de acostarse.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Health authorities warn that, used for leg cramps, it has caused serious and sometimes life-threatening side effects, such as blood problems.</source>
        <translation>Las autoridades sanitarias advierten de que, usado para los calambres en las piernas, ha causado efectos adversos graves y a veces mortales, como problemas de la sangre.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>If you faint or feel very unwell, get medical help now.</source>
        <translation>Si se desmaya o se encuentra muy mal, busque ayuda médica ahora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>If you feel faint, breathless or have chest pain, get medical help now.</source>
        <translation>Si se siente a punto de desmayarse, le falta el aire o tiene dolor en el pecho, busque ayuda médica ahora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The diary does not know the medicine {name!r} (logged at {t}), so no dose or interaction checks apply to it.</source>
        <translation>El diario no conoce el medicamento {name!r} (anotado el {t}), así que no se le aplica ninguna comprobación de dosis ni de interacciones.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>This has been going on since {when}.</source>
        <translation>Esto viene ocurriendo desde {when}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: doses only {gap} apart</source>
        <translation>{drug}: dosis separadas solo {gap}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: {n} dose within {window}</source>
        <extracomment>English plural: {drug}: {n} doses within {window}</extracomment>
        <translation>
            <numerusform>{drug}: {n} dosis en {window}</numerusform>
            <numerusform>{drug}: {n} dosis en {window}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: {total} within {window}</source>
        <translation>{drug}: {total} en {window}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: a single dose of {mg}</source>
        <translation>{drug}: una dosis única de {mg}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: dose raised by {mg}</source>
        <translation>{drug}: dosis aumentada en {mg}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose at {t} was {mg}; the largest dose in the {span} before was {top} ({t2}). The label raises the dose in steps of at most {step}. If this step was not agreed with your prescriber, talk to them about it.</source>
        <translation>La dosis de {drug} del {t} fue de {mg}; la dosis mayor en las {span} anteriores fue de {top} ({t2}). El prospecto sube la dosis en pasos de como máximo {step}. Si este paso no lo acordó con quien se lo recetó, hable con esa persona.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: dose raised again after {gap}</source>
        <translation>{drug}: dosis aumentada de nuevo tras {gap}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose went up to {mg} at {t}, {gap} after the last increase (to {prev} at {t2}). The label leaves at least {limit} between increases, so each step can be judged before the next. If this was not agreed with your prescriber, talk to them about it.</source>
        <translation>La dosis de {drug} subió a {mg} el {t}, {gap} después del último aumento (a {prev} el {t2}). El prospecto deja al menos {limit} entre aumentos, para poder valorar cada paso antes del siguiente. Si no lo acordó con quien se lo recetó, hable con esa persona.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: amount not in mg, limits not checked</source>
        <translation>{drug}: cantidad no en mg, límites sin comprobar</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose at {t} was logged as {amount}, which the diary cannot turn into mg, so the daily and single-dose limits were not checked. Add the strength to your medicine list (mg per tablet, capsule or ml), or log the dose in mg.</source>
        <translation>La dosis de {drug} del {t} se anotó como {amount}, que el diario no puede convertir a mg, así que no se comprobaron los límites diario y por dosis. Añada la concentración a su lista de medicamentos (mg por comprimido, cápsula o ml) o anote la dosis en mg.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: taken differently from before</source>
        <translation>{drug}: tomado de forma distinta que antes</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: taken for more than {days}</source>
        <translation>{drug}: tomado durante más de {days}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source> such as {signs}.</source>
        <translation>, como {signs}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: daily amount dropped by {mg}</source>
        <translation>{drug}: la cantidad diaria bajó {mg}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>On {day} you logged {total} of {drug} in total, {drop} less than the {prev} of {prev_day}. After weeks of high doses (about {mean} a day), the label lowers the dose by at most {step} a day, because a fast drop can cause withdrawal effects. Talk to your prescriber about how to go on; do not decide it on your own.</source>
        <translation>El {day} anotó {total} de {drug} en total, {drop} menos que los {prev} del {prev_day}. Tras semanas de dosis altas (unos {mean} al día), el prospecto baja la dosis como máximo {step} al día, porque un descenso rápido puede causar síntomas de retirada. Hable con quien se lo recetó sobre cómo seguir; no lo decida por su cuenta.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug}: liver blood tests</source>
        <translation>{drug}: análisis de sangre del hígado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You have taken {drug} regularly since {start}, {days} ago. {text}. If you have not had them, ask your prescriber whether they are due.</source>
        <translation>Toma {drug} con regularidad desde {start}, hace {days}. {text}. Si no se los han hecho, pregunte a quien se lo recetó si ya tocan.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {a} at {t1} and {b} at {t2}, {gap} apart.</source>
        <translation>Anotó {a} el {t1} y {b} el {t2}, con {gap} de diferencia.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {a} at {t1} and an alcoholic drink at {t2}, {gap} apart.</source>
        <translation>Anotó {a} el {t1} y una bebida alcohólica el {t2}, con {gap} de diferencia.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>With the cramp at {t} you noted: {what}. Together with cramps this can be a sign of a serious problem. Seek care now: call your emergency number or go to an emergency department. Do not wait for your next appointment, and do not wait to see if it passes.</source>
        <translation>Con el calambre del {t} anotó: {what}. Junto con calambres, puede ser signo de un problema grave. Busque atención ahora: llame a su número de emergencias o vaya a urgencias. No espere a su próxima cita ni a ver si se pasa.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged a cramp in the chest at {t}. Chest pain can come from the heart. Call your emergency number now if it feels like pressure or tightness, spreads to an arm, the jaw or the back, or comes with breathlessness, sweating or feeling sick. Otherwise, mention it to your doctor.</source>
        <translation>Anotó un calambre en el pecho el {t}. El dolor en el pecho puede venir del corazón. Llame ahora a su número de emergencias si se nota como presión u opresión, se extiende a un brazo, la mandíbula o la espalda, o viene con falta de aire, sudor o náuseas. Si no, coménteselo a su médico.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>A long cramp: {d}</source>
        <translation>Un calambre largo: {d}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The cramp at {t} lasted {d}. Most cramps pass within a few minutes; one that lasts longer than {limit} is worth mentioning to your doctor. If the muscle stays hard, swollen or weak, or your urine turns dark, get medical help now.</source>
        <translation>El calambre del {t} duró {d}. La mayoría de los calambres pasan en pocos minutos; conviene comentar a su médico uno que dure más de {limit}. Si el músculo sigue duro, hinchado o débil, o la orina se oscurece, busque ayuda médica ahora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{n} cramp in {span}</source>
        <extracomment>English plural: {n} cramps in {span}</extracomment>
        <translation>
            <numerusform>{n} calambre en {span}</numerusform>
            <numerusform>{n} calambres en {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Woken by cramps {n} time in {span}</source>
        <extracomment>English plural: Woken by cramps {n} times in {span}</extracomment>
        <translation>
            <numerusform>Despertado por calambres {n} vez en {span}</numerusform>
            <numerusform>Despertado por calambres {n} veces en {span}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug} can go with cramps</source>
        <translation>{drug} puede ir con calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {drug} (latest dose {t}). {reason} This does not mean it causes your cramps. Mention it to your prescriber when you talk about your cramps.</source>
        <translation>Anotó {drug} (última dosis {t}). {reason} Esto no significa que cause sus calambres. Coménteselo a quien se lo recetó cuando hablen de sus calambres.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {drug} {amount} at {t}.</source>
        <translation>Anotó {drug} {amount} el {t}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug} is not a routine treatment for cramps</source>
        <translation>{drug} no es un tratamiento habitual para los calambres</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>liver problems</source>
        <translation>problemas de hígado</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>kidney problems</source>
        <translation>problemas de riñón</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>pregnancy</source>
        <translation>embarazo</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>breastfeeding</source>
        <translation>lactancia</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{drug} and {cond}: what the label says</source>
        <translation>{drug} y {cond}: lo que dice el prospecto</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {drug} at {t}, and your profile notes {cond}. {text}. Your prescriber may already have taken this into account; if you are not sure, ask them.</source>
        <translation>Anotó {drug} el {t}, y su perfil indica {cond}. {text}. Puede que quien se lo recetó ya lo haya tenido en cuenta; si no está seguro, pregúntele.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>systolic</source>
        <translation>sistólica</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>diastolic</source>
        <translation>diastólica</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>pulse</source>
        <translation>pulso</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Low blood pressure {gap} after {drug}</source>
        <translation>Tensión baja {gap} después de {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Slow pulse {gap} after {drug}</source>
        <translation>Pulso lento {gap} después de {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>High reading {gap} after the last {drug} dose</source>
        <translation>Valor alto {gap} después de la última dosis de {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Your reading at {t} was high ({high}), {gap} after your last logged {drug} dose ({t2}), which you had been taking regularly. The label warns that stopping suddenly can make blood pressure and heart rate rebound. Contact your prescriber today. If you have chest pain, a severe headache, confusion or trouble breathing, get emergency help now. If you did take doses that are not logged, log them.</source>
        <translation>Su valor del {t} fue alto ({high}), {gap} después de la última dosis anotada de {drug} ({t2}), que tomaba con regularidad. El prospecto advierte de que dejarlo de golpe puede hacer que la tensión y el pulso suban de rebote. Contacte hoy con quien se lo recetó. Si tiene dolor en el pecho, dolor de cabeza intenso, confusión o dificultad para respirar, pida ayuda de emergencia ahora. Si tomó dosis que no están anotadas, anótelas.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {what} at {t}. This needs a doctor now: call your emergency number or go to an emergency department. Do not wait for your next appointment.</source>
        <translation>Anotó {what} el {t}. Esto necesita un médico ahora: llame a su número de emergencias o vaya a urgencias. No espere a su próxima cita.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{symptom}: a known side effect of {drug}</source>
        <translation>{symptom}: un efecto adverso conocido de {drug}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {symptom} at {t}, within {within} of a {drug} dose ({t2}). The label lists it among the side effects of {drug}. Mention it to your prescriber, especially if it keeps happening or gets worse.</source>
        <translation>Anotó {symptom} el {t}, dentro de las {within} siguientes a una dosis de {drug} ({t2}). El prospecto lo incluye entre los efectos adversos de {drug}. Coménteselo a quien se lo recetó, sobre todo si se repite o empeora.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Medicine not recognised: {name}</source>
        <translation>Medicamento no reconocido: {name}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>with food</source>
        <translation>con comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>without food</source>
        <translation>sin comida</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Over the {days} up to then you took {mean} a day on average, which makes stopping suddenly riskier.</source>
        <translation>En los {days} anteriores tomó de media {mean} al día, lo que hace más arriesgado dejarlo de golpe.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Did you mean {names}? If so, correct the entry.</source>
        <translation>¿Quería decir {names}? Si es así, corrija la entrada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {drug} {a} at {t1} and {b} at {t2}, {gap} apart. The label says to leave at least {limit} between doses (the diary allows {early} early for real life). If a time is wrong, correct the entry.</source>
        <translation>Anotó {drug} {a} el {t1} y {b} el {t2}, con {gap} de diferencia. El prospecto dice que hay que dejar al menos {limit} entre dosis (el diario admite {early} antes por la vida real). Si alguna hora está mal, corrija la entrada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged one dose of {mg} of {drug} at {t}. Single doses above {limit} go beyond what the label covers. If the amount is wrong, correct the entry.</source>
        <translation>Anotó una dosis única de {mg} de {drug} el {t}. Las dosis únicas de más de {limit} van más allá de lo que cubre el prospecto. Si la cantidad está mal, corrija la entrada.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>{old} on {t}, {new} now</source>
        <translation>{old} el {t}, ahora {new}</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose at {t} was taken differently: {changes}. The label says tablets and capsules, and taking it with or without food, can change how much reaches the blood, so the effect may be stronger or weaker.</source>
        <translation>La dosis de {drug} del {t} se tomó de otra forma: {changes}. El prospecto dice que los comprimidos y las cápsulas, y tomarlo con o sin comida, pueden cambiar cuánto llega a la sangre, así que el efecto puede ser más fuerte o más débil.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You have logged {drug} since {start}, {gap} by {t}. The label means it for short courses of up to {days}.</source>
        <translation>Anota {drug} desde {start}, {gap} hasta el {t}. El prospecto lo prevé para tratamientos cortos de hasta {days}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>In the next days, watch for {signs}, and tell your prescriber if they come.</source>
        <translation>En los próximos días, esté atento a {signs} y dígaselo a quien se lo recetó si aparecen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>You logged {n} cramp between {a} and {b}.</source>
        <extracomment>English plural: You logged {n} cramps between {a} and {b}.</extracomment>
        <translation>
            <numerusform>Anotó {n} calambre entre {a} y {b}.</numerusform>
            <numerusform>Anotó {n} calambres entre {a} y {b}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Cramps woke you {n} time between {a} and {b}.</source>
        <extracomment>English plural: Cramps woke you {n} times between {a} and {b}.</extracomment>
        <translation>
            <numerusform>Los calambres le despertaron {n} vez entre {a} y {b}.</numerusform>
            <numerusform>Los calambres le despertaron {n} veces entre {a} y {b}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>The {drug} dose at {t} is dose number {count} since {first}, within {window}. The label allows at most {limit} in {day}.</source>
        <translation>La dosis de {drug} del {t} es la dosis número {count} desde el {first}, en {window}. El prospecto permite como máximo {limit} en {day}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>With the dose at {t} you logged {total} of {drug} within {window} ({count}). The label's maximum is {limit} in {day}.</source>
        <translation>Con la dosis del {t} anotó {total} de {drug} en {window} ({count}). El máximo según el prospecto es {limit} en {day}.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Your blood pressure at {t} was low ({lows} mmHg), {gap} after a {drug} dose ({t2}). The label warns that it can lower blood pressure. Get up slowly and sit or lie down if you feel dizzy.</source>
        <translation>Su tensión del {t} fue baja ({lows} mmHg), {gap} después de una dosis de {drug} ({t2}). El prospecto advierte de que puede bajar la tensión. Levántese despacio y siéntese o túmbese si se marea.</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/rules/words.py"/>
        <source>Your pulse at {t} was {p} a minute, {gap} after a {drug} dose ({t2}); below {limit} counts as slow. The label warns that it can slow the heartbeat.</source>
        <translation>Su pulso del {t} fue de {p} por minuto, {gap} después de una dosis de {drug} ({t2}); por debajo de {limit} se considera lento. El prospecto advierte de que puede hacer más lento el latido.</translation>
    </message>
    <message>
        <source>In the US: {text}</source>
        <translation type="vanished">En EE. UU.: {text}</translation>
    </message>
    <message>
        <source>In the UK: {text}</source>
        <translation type="vanished">En el Reino Unido: {text}</translation>
    </message>
    <message>
        <source>The {drug} dose at {t} is dose number {count} since {first}, within {window}. The label allows at most {limit} in 24 hours.</source>
        <translation type="vanished">La dosis de {drug} del {t} es la número {count} desde {first}, en {window}. El prospecto permite como máximo {limit} en 24 horas.</translation>
    </message>
    <message>
        <source>With the dose at {t} you logged {total} of {drug} within {window} ({count}). The label's maximum is {limit} in 24 hours.</source>
        <translation type="vanished">Con la dosis del {t} anotó {total} de {drug} en {window} ({count}). El máximo del prospecto es {limit} en 24 horas.</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{h} h {m} min {s} s</source>
        <translation>{h} h {m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
</context>
<context>
    <name>timeutil</name>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{hm} happens twice on {day} in {zone}; stored as the first, {hm} {name} ({offset})</source>
        <translation>{hm} ocurre dos veces el {day} en {zone}; se guardó como la primera, {hm} {name} ({offset})</translation>
    </message>
    <message>
        <location filename="../../src/crampdiary/core/timeutil.py"/>
        <source>{hm} does not exist on {day} in {zone}; stored as {shown} {name}</source>
        <translation>{hm} no existe el {day} en {zone}; se guardó como {shown} {name}</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Calf</source>
        <extracomment>vocab muscle: calf</extracomment>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Foot (sole or arch)</source>
        <extracomment>vocab muscle: foot</extracomment>
        <translation>Pie (planta o arco)</translation>
    </message>
    <message>
        <source>Toes</source>
        <extracomment>vocab muscle: toes</extracomment>
        <translation>Dedos del pie</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <extracomment>vocab muscle: thigh-front</extracomment>
        <translation>Parte delantera del muslo</translation>
    </message>
    <message>
        <source>Back of thigh (hamstring)</source>
        <extracomment>vocab muscle: thigh-back</extracomment>
        <translation>Parte trasera del muslo (isquiotibiales)</translation>
    </message>
    <message>
        <source>Hip</source>
        <extracomment>vocab muscle: hip</extracomment>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>vocab muscle: back</extracomment>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Neck</source>
        <extracomment>vocab muscle: neck</extracomment>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <extracomment>vocab muscle: shoulder</extracomment>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Arm</source>
        <extracomment>vocab muscle: arm</extracomment>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>Hand or fingers</source>
        <extracomment>vocab muscle: hand</extracomment>
        <translation>Mano o dedos</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <extracomment>vocab muscle: abdomen</extracomment>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Chest</source>
        <extracomment>vocab muscle: chest</extracomment>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>vocab muscle: other</extracomment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>vocab side: left</extracomment>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <extracomment>vocab side: right</extracomment>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both sides</source>
        <extracomment>vocab side: both</extracomment>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Stretching</source>
        <extracomment>vocab relief: stretch</extracomment>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Massage</source>
        <extracomment>vocab relief: massage</extracomment>
        <translation>Masaje</translation>
    </message>
    <message>
        <source>Heat</source>
        <extracomment>vocab relief: heat</extracomment>
        <translation>Calor</translation>
    </message>
    <message>
        <source>Cold</source>
        <extracomment>vocab relief: cold</extracomment>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Walking it off</source>
        <extracomment>vocab relief: walk</extracomment>
        <translation>Caminar</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <extracomment>vocab relief: water</extracomment>
        <translation>Beber agua</translation>
    </message>
    <message>
        <source>Electrolyte drink</source>
        <extracomment>vocab relief: electrolyte</extracomment>
        <translation>Bebida con electrolitos</translation>
    </message>
    <message>
        <source>Medication</source>
        <extracomment>vocab relief: medication</extracomment>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Nothing helped / nothing tried</source>
        <extracomment>vocab relief: none</extracomment>
        <translation>Nada ayudó / no probé nada</translation>
    </message>
    <message>
        <source>Tablet</source>
        <extracomment>vocab form: tablet</extracomment>
        <translation>Comprimido</translation>
    </message>
    <message>
        <source>Capsule</source>
        <extracomment>vocab form: capsule</extracomment>
        <translation>Cápsula</translation>
    </message>
    <message>
        <source>Liquid</source>
        <extracomment>vocab form: liquid</extracomment>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Patch</source>
        <extracomment>vocab form: patch</extracomment>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <extracomment>vocab form: inhaler</extracomment>
        <translation>Inhalador</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>vocab drink: water</extracomment>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Coffee</source>
        <extracomment>vocab drink: coffee</extracomment>
        <translation>Café</translation>
    </message>
    <message>
        <source>Tea</source>
        <extracomment>vocab drink: tea</extracomment>
        <translation>Té</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <extracomment>vocab drink: alcohol</extracomment>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Other drink</source>
        <extracomment>vocab drink: other</extracomment>
        <translation>Otra bebida</translation>
    </message>
    <message>
        <source>Cramp</source>
        <extracomment>vocab kind: cramp</extracomment>
        <translation>Calambre</translation>
    </message>
    <message>
        <source>Dose</source>
        <extracomment>vocab kind: dose</extracomment>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Drink</source>
        <extracomment>vocab kind: water</extracomment>
        <translation>Bebida</translation>
    </message>
    <message>
        <source>Vitals</source>
        <extracomment>vocab kind: vitals</extracomment>
        <translation>Constantes vitales</translation>
    </message>
    <message>
        <source>Symptom</source>
        <extracomment>vocab kind: symptom</extracomment>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Fainting</source>
        <extracomment>vocab symptom: fainting</extracomment>
        <translation>Desmayo</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <extracomment>vocab symptom: chest-pain</extracomment>
        <translation>Dolor en el pecho</translation>
    </message>
    <message>
        <source>Jaundice (yellow skin or eyes)</source>
        <extracomment>vocab symptom: jaundice</extracomment>
        <translation>Ictericia (piel u ojos amarillos)</translation>
    </message>
    <message>
        <source>Seizure</source>
        <extracomment>vocab symptom: seizure</extracomment>
        <translation>Convulsión</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <extracomment>vocab symptom: breathing-trouble</extracomment>
        <translation>Dificultad para respirar</translation>
    </message>
    <message>
        <source>Hallucinations</source>
        <extracomment>vocab symptom: hallucinations</extracomment>
        <translation>Alucinaciones</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <extracomment>vocab symptom: drowsiness</extracomment>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <extracomment>vocab symptom: dizziness</extracomment>
        <translation>Mareo</translation>
    </message>
    <message>
        <source>Dry mouth</source>
        <extracomment>vocab symptom: dry-mouth</extracomment>
        <translation>Boca seca</translation>
    </message>
    <message>
        <source>Weakness</source>
        <extracomment>vocab symptom: weakness</extracomment>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Nausea</source>
        <extracomment>vocab symptom: nausea</extracomment>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Headache</source>
        <extracomment>vocab symptom: headache</extracomment>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <source>Low blood pressure</source>
        <extracomment>vocab symptom: low-blood-pressure</extracomment>
        <translation>Tensión arterial baja</translation>
    </message>
    <message>
        <source>New muscle weakness</source>
        <extracomment>vocab red-flag: weakness</extracomment>
        <translation>Debilidad muscular nueva</translation>
    </message>
    <message>
        <source>Bladder or bowel changes</source>
        <extracomment>vocab red-flag: bladder-bowel</extracomment>
        <translation>Cambios en la vejiga o el intestino</translation>
    </message>
    <message>
        <source>Numbness around the groin or buttocks</source>
        <extracomment>vocab red-flag: groin-numbness</extracomment>
        <translation>Entumecimiento en la ingle o las nalgas</translation>
    </message>
    <message>
        <source>Back pain with leg weakness</source>
        <extracomment>vocab red-flag: back-pain-leg-weakness</extracomment>
        <translation>Dolor de espalda con debilidad en las piernas</translation>
    </message>
    <message>
        <source>Sudden severe stiffness</source>
        <extracomment>vocab red-flag: sudden-spasticity</extracomment>
        <translation>Rigidez intensa repentina</translation>
    </message>
    <message>
        <source>Dark urine after cramps</source>
        <extracomment>vocab red-flag: dark-urine</extracomment>
        <translation>Orina oscura tras los calambres</translation>
    </message>
    <message>
        <source>A limb that suddenly gets weak, or stays weak after the cramp has passed.</source>
        <extracomment>vocab red-flag-detail: weakness</extracomment>
        <translation>Un brazo o una pierna que se debilita de repente, o que sigue débil cuando el calambre ya ha pasado.</translation>
    </message>
    <message>
        <source>Trouble passing urine, leaking urine or stool, or not feeling when the bladder is full.</source>
        <extracomment>vocab red-flag-detail: bladder-bowel</extracomment>
        <translation>Dificultad para orinar, escapes de orina o heces, o no notar cuándo la vejiga está llena.</translation>
    </message>
    <message>
        <source>Numbness or tingling in the 'saddle' area: between the legs, around the back passage or genitals.</source>
        <extracomment>vocab red-flag-detail: groin-numbness</extracomment>
        <translation>Entumecimiento u hormigueo en la zona «en silla de montar»: entre las piernas, alrededor del ano o los genitales.</translation>
    </message>
    <message>
        <source>Back pain together with weakness, numbness or pain in one or both legs.</source>
        <extracomment>vocab red-flag-detail: back-pain-leg-weakness</extracomment>
        <translation>Dolor de espalda junto con debilidad, entumecimiento o dolor en una o ambas piernas.</translation>
    </message>
    <message>
        <source>Stiffness or spasms that suddenly get much worse than usual.</source>
        <extracomment>vocab red-flag-detail: sudden-spasticity</extracomment>
        <translation>Rigidez o espasmos que de repente empeoran mucho más de lo habitual.</translation>
    </message>
    <message>
        <source>Urine the colour of tea or cola, especially with muscle pain or weakness.</source>
        <extracomment>vocab red-flag-detail: dark-urine</extracomment>
        <translation>Orina del color del té o de la cola, sobre todo con dolor o debilidad muscular.</translation>
    </message>
</context>
</TS>
