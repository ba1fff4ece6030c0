<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>not open yet</source>
        <translation>aún no abierta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>About MeetingDesk</source>
        <translation>Acerca de MeetingDesk</translation>
    </message>
    <message>
        <source>Runs hybrid meetings live: the agenda clock, the speakers&apos; list and their time, interpretation, the rapporteur&apos;s record and the reports.</source>
        <translation>Conduce reuniones híbridas en directo: el reloj del programa, la lista de oradores y su tiempo, la interpretación, el registro del relator y los informes.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta del registro</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copiar las versiones</translation>
    </message>
    <message>
        <source>Copy the versions, to paste them into a report of a problem</source>
        <translation>Copiar las versiones, para pegarlas en un informe de problema</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Over / under</source>
        <translation>Adelanto / retraso</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}</source>
        <translation>{0}
{1}: {2}</translation>
    </message>
</context>
<context>
    <name>AgendaPaste</name>
    <message>
        <source>New meeting from agenda text</source>
        <translation>Nueva reunión a partir del texto del programa</translation>
    </message>
    <message>
        <source>Paste the agenda of an invitation or a concept note below (times, segments, speakers, their allotments, the date line), then press &lt;b&gt;Ctrl+Return&lt;/b&gt;. The draft opens in the programme editor; what could not be read is listed beside it.</source>
        <translation>Pegue abajo el programa de una invitación o de una nota conceptual (horas, segmentos, oradores, sus tiempos, la línea de fecha) y pulse &lt;b&gt;Ctrl+Intro&lt;/b&gt;. El borrador se abre en el editor de programas; lo que no pudo leerse se muestra al lado.</translation>
    </message>
    <message>
        <source>Agenda text</source>
        <translation>Texto del programa</translation>
    </message>
    <message>
        <source>14:00 – 14:20 Setting the scene
Welcome by Dr. … (5 min)
…</source>
        <translation>14:00 – 14:20 Presentación del tema
Bienvenida del Dr. … (5 min)
…</translation>
    </message>
    <message>
        <source>&amp;Read the agenda (Ctrl+Return)</source>
        <translation>&amp;Leer el programa (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Paste an agenda first: the box is empty.</source>
        <translation>Pegue primero un programa: el cuadro está vacío.</translation>
    </message>
    <message>
        <source>the pasted agenda</source>
        <translation>el programa pegado</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MeetingDesk</source>
        <translation>MeetingDesk</translation>
    </message>
    <message>
        <source>The database was upgraded from schema {0} to the current one.</source>
        <translation>La base de datos se actualizó del esquema {0} al actual.</translation>
    </message>
    <message>
        <source>The sample meetings were loaded: choose one on the left.</source>
        <translation>Se cargaron las reuniones de ejemplo: elija una a la izquierda.</translation>
    </message>
    <message>
        <source>MeetingDesk cannot open the database {0}: {1}</source>
        <translation>MeetingDesk no puede abrir la base de datos {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Time left in the segment, or its overrun</source>
        <translation>Tiempo restante del segmento, o su exceso</translation>
    </message>
    <message>
        <source>Time elapsed in the segment</source>
        <translation>Tiempo transcurrido del segmento</translation>
    </message>
    <message>
        <source>Sitting ahead or behind</source>
        <translation>Sesión adelantada o retrasada</translation>
    </message>
    <message>
        <source>Projected end of the sitting</source>
        <translation>Fin previsto de la sesión</translation>
    </message>
    <message>
        <source>The sitting is closed</source>
        <translation>La sesión está cerrada</translation>
    </message>
    <message>
        <source>Next: {0} (planned {1})</source>
        <translation>Siguiente: {0} (previsto {1})</translation>
    </message>
    <message>
        <source>No segment left to run</source>
        <translation>No queda ningún segmento</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>hasta {0}</translation>
    </message>
    <message>
        <source>over</source>
        <translation>exceso</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restante</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>transcurrido</translation>
    </message>
    <message>
        <source>{0} of {1} elapsed</source>
        <translation>{0} de {1} transcurridos</translation>
    </message>
    <message>
        <source>no planned length</source>
        <translation>sin duración prevista</translation>
    </message>
    <message>
        <source>Projected end {0} (planned {1})</source>
        <translation>Fin estimado {0} (previsto {1})</translation>
    </message>
    <message>
        <source>Planned end {0}</source>
        <translation>Fin previsto {0}</translation>
    </message>
    <message>
        <source>Rehearsal · {0}</source>
        <translation>Ensayo · {0}</translation>
    </message>
    <message>
        <source>Has the floor</source>
        <translation>Tiene la palabra</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Speaker&apos;s time</source>
        <translation>Tiempo del orador</translation>
    </message>
    <message>
        <source>Slow down: shown to the speaker and the booths · W clears it</source>
        <translation>Más despacio: se muestra al orador y a las cabinas · W lo borra</translation>
    </message>
    <message>
        <source>Slow-down signal</source>
        <translation>Señal «más despacio»</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente orador</translation>
    </message>
    <message>
        <source>Interpretation: relay and texts</source>
        <translation>Interpretación: relé y textos</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Mensaje al orador</translation>
    </message>
    <message>
        <source>The floor</source>
        <translation>La palabra</translation>
    </message>
    <message>
        <source>{0}  [protected: shown as “{1}”]</source>
        <translation>{0}  [protegido: se muestra como «{1}»]</translation>
    </message>
    <message>
        <source>Online: cannot see the room timer.</source>
        <translation>En línea: no ve el cronómetro de la sala.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>{0} allotted · {1} spoken</source>
        <translation>{0} asignado · {1} utilizado</translation>
    </message>
    <message>
        <source>{0} spoken, no time limit</source>
        <translation>{0} utilizado, sin límite de tiempo</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
    <message>
        <source>Nobody else is on the list.</source>
        <translation>No hay nadie más en la lista.</translation>
    </message>
    <message>
        <source>Message on the display: “{0}”</source>
        <translation>Mensaje en la pantalla: «{0}»</translation>
    </message>
    <message>
        <source>The record is complete: review and export it from the main window (Ctrl+Shift+E).</source>
        <translation>El registro está completo: revíselo y expórtelo desde la ventana principal (Ctrl+Mayús+E).</translation>
    </message>
    <message>
        <source>Ctrl+N opens the sitting and starts “{0}”.</source>
        <translation>Ctrl+N abre la sesión e inicia «{0}».</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Aún no iniciado</translation>
    </message>
    <message>
        <source>Close the sitting from the Sitting menu when it is over.</source>
        <translation>Cierre la sesión desde el menú Sesión cuando termine.</translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation>Entre segmentos</translation>
    </message>
    <message>
        <source>Ctrl+N starts “{0}”.</source>
        <translation>Ctrl+N inicia «{0}».</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
        <source>Nobody is waiting: R adds a speaker, Ctrl+E ends the segment.</source>
        <translation>Nadie espera: R añade un orador, Ctrl+E termina el segmento.</translation>
    </message>
    <message>
        <source>Press N or Space to give the floor to the next speaker.</source>
        <translation>Pulse N o Espacio para dar la palabra al siguiente orador.</translation>
    </message>
    <message>
        <source>Request the floor: name or delegation</source>
        <translation>Pedir la palabra: nombre o delegación</translation>
    </message>
    <message>
        <source>Name or delegation, then Enter</source>
        <translation>Nombre o delegación, luego Intro</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Derecho de respuesta</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Speaks online</source>
        <translation>Interviene en línea</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Add to the list of speakers</source>
        <translation>Inscribir en la lista de oradores</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>{0} — moderator console</source>
        <translation>{0} — consola del moderador</translation>
    </message>
    <message>
        <source>Moderator console</source>
        <translation>Consola del moderador</translation>
    </message>
    <message>
        <source>Agenda of the sitting</source>
        <translation>Programa de la sesión</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <source>Who fits before the segment ends</source>
        <translation>Quién cabe antes del final del segmento</translation>
    </message>
    <message>
        <source>Skipped speakers to call again</source>
        <translation>Oradores omitidos que hay que volver a llamar</translation>
    </message>
    <message>
        <source>Message to the speaker&apos;s display; Enter sends, an empty line clears, Esc cancels</source>
        <translation>Mensaje a la pantalla del orador; Intro lo envía, una línea vacía lo borra, Esc cancela</translation>
    </message>
    <message>
        <source>Run as a &amp;rehearsal now</source>
        <translation>Celebrar un &amp;ensayo ahora</translation>
    </message>
    <message>
        <source>&amp;Keep the programmed times</source>
        <translation>&amp;Mantener el horario programado</translation>
    </message>
    <message>
        <source>Last action, and how to undo it</source>
        <translation>Última acción, y cómo deshacerla</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;List of speakers</source>
        <translation>&amp;Lista de oradores</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>&amp;Siguiente orador</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker on the list</source>
        <translation>Dar la palabra al siguiente orador de la lista</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausa / reanudar</translation>
    </message>
    <message>
        <source>Pause or resume the speaker&apos;s time</source>
        <translation>Detener o reanudar el tiempo del orador</translation>
    </message>
    <message>
        <source>+30 seconds</source>
        <translation>+30 segundos</translation>
    </message>
    <message>
        <source>Give the speaker 30 seconds more</source>
        <translation>Dar al orador 30 segundos más</translation>
    </message>
    <message>
        <source>−30 seconds</source>
        <translation>−30 segundos</translation>
    </message>
    <message>
        <source>Take 30 seconds off the speaker&apos;s time</source>
        <translation>Quitar 30 segundos al tiempo del orador</translation>
    </message>
    <message>
        <source>&amp;End speaker</source>
        <translation>&amp;Terminar la intervención</translation>
    </message>
    <message>
        <source>End the current speaker&apos;s turn</source>
        <translation>Terminar la intervención del orador actual</translation>
    </message>
    <message>
        <source>&amp;Skip next speaker</source>
        <translation>&amp;Omitir al siguiente orador</translation>
    </message>
    <message>
        <source>Skip the selected (or next) speaker for now: they are called again later</source>
        <translation>Omitir por ahora al orador seleccionado (o siguiente): se le volverá a llamar más tarde</translation>
    </message>
    <message>
        <source>Re&amp;call skipped speaker</source>
        <translation>Volver a &amp;llamar al orador omitido</translation>
    </message>
    <message>
        <source>Put the first skipped speaker back at the head of the list</source>
        <translation>Poner al primer orador omitido al principio de la lista</translation>
    </message>
    <message>
        <source>Point of &amp;order</source>
        <translation>Cuestión de &amp;orden</translation>
    </message>
    <message>
        <source>Put a point of order ahead of everyone: type the delegation, then Enter</source>
        <translation>Poner una cuestión de orden antes que nadie: escriba la delegación, luego Intro</translation>
    </message>
    <message>
        <source>&amp;Request the floor</source>
        <translation>&amp;Pedir la palabra</translation>
    </message>
    <message>
        <source>Add a speaker to the list: type a name or delegation, then Enter</source>
        <translation>Inscribir a un orador: escriba un nombre o una delegación, luego Intro</translation>
    </message>
    <message>
        <source>Overrun → &amp;delay</source>
        <translation>Exceso → &amp;retraso</translation>
    </message>
    <message>
        <source>Accept the late start and overrun of this segment: the rest of the plan moves later</source>
        <translation>Aceptar el inicio tardío y el exceso de este segmento: el resto del plan se retrasa</translation>
    </message>
    <message>
        <source>&amp;Message to speaker</source>
        <translation>&amp;Mensaje al orador</translation>
    </message>
    <message>
        <source>Write a short message on the speaker&apos;s display</source>
        <translation>Escribir un mensaje breve en la pantalla del orador</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Deshacer la última acción</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Do again the action undone last</source>
        <translation>Volver a hacer la última acción deshecha</translation>
    </message>
    <message>
        <source>Start next se&amp;gment</source>
        <translation>Iniciar el si&amp;guiente segmento</translation>
    </message>
    <message>
        <source>Start the next planned segment (opens the sitting first)</source>
        <translation>Iniciar el siguiente segmento previsto (abre antes la sesión)</translation>
    </message>
    <message>
        <source>End segmen&amp;t</source>
        <translation>&amp;Terminar el segmento</translation>
    </message>
    <message>
        <source>End the running segment</source>
        <translation>Terminar el segmento en curso</translation>
    </message>
    <message>
        <source>Skip selected segment</source>
        <translation>Omitir el segmento seleccionado</translation>
    </message>
    <message>
        <source>Skip the segment selected in the agenda</source>
        <translation>Omitir el segmento seleccionado en el programa</translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation>&amp;Levantar la sesión</translation>
    </message>
    <message>
        <source>Close the sitting: the clocks stop and the journal is complete</source>
        <translation>Levantar la sesión: los relojes se detienen y el diario queda completo</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>&amp;Pantalla del orador</translation>
    </message>
    <message>
        <source>Show or hide the speaker&apos;s display window</source>
        <translation>Mostrar u ocultar la ventana de la pantalla del orador</translation>
    </message>
    <message>
        <source>Display &amp;full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Show the speaker&apos;s display full screen, or back in a window</source>
        <translation>Mostrar la pantalla del orador a pantalla completa, o de nuevo en una ventana</translation>
    </message>
    <message>
        <source>&amp;Interpreters&apos; view</source>
        <translation>Vista de los &amp;intérpretes</translation>
    </message>
    <message>
        <source>Show or hide the interpreters&apos; window for the booths</source>
        <translation>Mostrar u ocultar la ventana de los intérpretes para las cabinas</translation>
    </message>
    <message>
        <source>Slo&amp;w down</source>
        <translation>Más &amp;despacio</translation>
    </message>
    <message>
        <source>Ask the speaker to slow down for the interpreters; W again clears it</source>
        <translation>Pedir al orador que hable más despacio para los intérpretes; W otra vez lo borra</translation>
    </message>
    <message>
        <source>Floor &amp;language…</source>
        <translation>&amp;Idioma del orador…</translation>
    </message>
    <message>
        <source>The speaker switched language: choose the new floor language</source>
        <translation>El orador cambió de idioma: elija el nuevo idioma del orador</translation>
    </message>
    <message>
        <source>Put next &amp;round of questions</source>
        <translation>Plantear la siguiente &amp;ronda de preguntas</translation>
    </message>
    <message>
        <source>Put the next round of questions, as shown under the list, to the panel</source>
        <translation>Plantear al panel la siguiente ronda de preguntas, que se muestra bajo la lista</translation>
    </message>
    <message>
        <source>&amp;Rapporteur workspace…</source>
        <translation>Espacio del &amp;relator…</translation>
    </message>
    <message>
        <source>Open the rapporteur&apos;s workspace for this sitting</source>
        <translation>Abrir el espacio del relator para esta sesión</translation>
    </message>
    <message>
        <source>Re&amp;view and export…</source>
        <translation>Re&amp;visión y exportación…</translation>
    </message>
    <message>
        <source>Planned vs actual times, who spoke, statistics and exports for this sitting</source>
        <translation>Horarios previstos y reales, oradores, estadísticas y exportaciones de esta sesión</translation>
    </message>
    <message>
        <source>&amp;Sitting</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>&amp;Orador</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>D&amp;isplay</source>
        <translation>&amp;Pantalla</translation>
    </message>
    <message>
        <source>Share screens on the &amp;network…</source>
        <translation>Compartir las pantallas en la &amp;red…</translation>
    </message>
    <message>
        <source>Show on &amp;screen</source>
        <translation>Mostrar en la &amp;pantalla</translation>
    </message>
    <message>
        <source>In&amp;terpretation</source>
        <translation>In&amp;terpretación</translation>
    </message>
    <message>
        <source>Floor language is</source>
        <translation>El idioma del orador es</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>Live actions</source>
        <translation>Acciones en directo</translation>
    </message>
    <message>
        <source>Not saved: another console holds this sitting (see above).</source>
        <translation>No guardado: otra consola tiene esta sesión (véase arriba).</translation>
    </message>
    <message>
        <source>Choose first: run the sitting as a rehearsal now, or keep its programmed times.</source>
        <translation>Elija primero: celebrar la sesión ahora como ensayo, o mantener su horario programado.</translation>
    </message>
    <message>
        <source>Programmed times.</source>
        <translation>Horario programado.</translation>
    </message>
    <message>
        <source>Rehearsal.</source>
        <translation>Ensayo.</translation>
    </message>
    <message>
        <source>Rehearsal or the real sitting?</source>
        <translation>¿Ensayo o sesión real?</translation>
    </message>
    <message>
        <source>You chose to run it as a rehearsal now.</source>
        <translation>Eligió celebrarla ahora como ensayo.</translation>
    </message>
    <message>
        <source>You chose to keep the programmed times.</source>
        <translation>Eligió mantener el horario programado.</translation>
    </message>
    <message>
        <source>Part of this sitting&apos;s journal cannot be read, so nothing can be changed here. What could be read is shown.
{0}</source>
        <translation>Parte del diario de esta sesión no puede leerse, así que aquí no puede cambiarse nada. Se muestra lo que pudo leerse.
{0}</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Solo lectura.</translation>
    </message>
    <message>
        <source>“{0}” pressed twice within {1:g} s: the second press was ignored.</source>
        <translation>«{0}» pulsado dos veces en {1:g} s: se ignoró la segunda pulsación.</translation>
    </message>
    <message>
        <source>Nobody is waiting on the list.</source>
        <translation>Nadie espera en la lista.</translation>
    </message>
    <message>
        <source>No skipped speaker is waiting to be called again.</source>
        <translation>Ningún orador omitido espera a que se le vuelva a llamar.</translation>
    </message>
    <message>
        <source>Select the segment to skip in the agenda first.</source>
        <translation>Seleccione primero en el programa el segmento que se omitirá.</translation>
    </message>
    <message>
        <source>{0} (late: the computer was asleep)</source>
        <translation>{0} (tarde: el ordenador estaba en reposo)</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>Nadie está hablando.</translation>
    </message>
    <message>
        <source>Nobody is waiting. R adds a speaker, O a point of order.</source>
        <translation>Nadie espera. R añade un orador, O una cuestión de orden.</translation>
    </message>
    <message>
        <source>All {0} fit before the segment ends.</source>
        <translation>Los {0} caben antes del final del segmento.</translation>
    </message>
    <message>
        <source>{0} of {1} fit before the segment ends (red line): the rest speak time permitting.</source>
        <translation>{0} de {1} caben antes del final del segmento (línea roja): el resto habla si el tiempo lo permite.</translation>
    </message>
    <message>
        <source>A limit of {0} each would fit everyone.</source>
        <translation>Un límite de {0} por orador permitiría hablar a todos.</translation>
    </message>
    <message>
        <source>Skipped, to call again (Shift+S): {0}</source>
        <translation>Omitidos, para volver a llamar (Mayús+S): {0}</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>{0} — Ctrl+Z undoes</source>
        <translation>{0} — Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z redoes: {0}</source>
        <translation>Ctrl+Mayús+Z rehace: {0}</translation>
    </message>
    <message>
        <source>Questions waiting for the panel</source>
        <translation>Preguntas en espera para el panel</translation>
    </message>
    <message>
        <source>Next round of questions</source>
        <translation>Siguiente ronda de preguntas</translation>
    </message>
    <message>
        <source>Q&amp;A: {0} waiting</source>
        <translation>Preguntas y respuestas: {0} en espera</translation>
    </message>
    <message>
        <source>Q&amp;A: no question waiting</source>
        <translation>Preguntas y respuestas: ninguna pregunta en espera</translation>
    </message>
    <message>
        <source>1 round put</source>
        <translation>1 ronda planteada</translation>
    </message>
    <message>
        <source>{0} rounds put</source>
        <translation>{0} rondas planteadas</translation>
    </message>
    <message>
        <source>not up to date: the database cannot be read</source>
        <translation>no actualizado: la base de datos no puede leerse</translation>
    </message>
    <message>
        <source>Next round (Q):</source>
        <translation>Siguiente ronda (Q):</translation>
    </message>
    <message>
        <source>Nothing to put to the panel.</source>
        <translation>Nada que plantear al panel.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
</context>
<context>
    <name>ConsoleToolbar</name>
    <message>
        <source>Next segment</source>
        <translation>Sig. segmento</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Sig. orador</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Overrun → delay</source>
        <translation>Retrasar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Algo salió mal: {0}</translation>
    </message>
    <message>
        <source>The details are in the log: {0}</source>
        <translation>Los detalles están en el registro: {0}</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation>Los detalles figuran abajo.</translation>
    </message>
    <message>
        <source>Nothing you saved is lost; you can carry on.</source>
        <translation>No se ha perdido nada de lo guardado; puede continuar.</translation>
    </message>
    <message>
        <source>{0} errors so far in this session.</source>
        <translation>{0} errores hasta ahora en esta sesión.</translation>
    </message>
    <message>
        <source>MeetingDesk error</source>
        <translation>Error de MeetingDesk</translation>
    </message>
</context>
<context>
    <name>InterpreterView</name>
    <message>
        <source>Floor language: listeners hear the speaker</source>
        <translation>Idioma del orador: el público oye al orador</translation>
    </message>
    <message>
        <source>Direct from {0}</source>
        <translation>Directa desde {0}</translation>
    </message>
    <message>
        <source>RELAY from {0} booth</source>
        <translation>RELÉ desde la cabina {0}</translation>
    </message>
    <message>
        <source>Standby: another booth works into this language</source>
        <translation>En espera: otra cabina trabaja hacia este idioma</translation>
    </message>
    <message>
        <source>NO COVER: nobody can give this booth the speaker</source>
        <translation>SIN COBERTURA: nadie puede dar el orador a esta cabina</translation>
    </message>
    <message>
        <source>Silent: nobody has the floor</source>
        <translation>Silencio: nadie tiene la palabra</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Cabina</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabaja</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>{0} interpreters</source>
        <translation>{0} intérpretes</translation>
    </message>
    <message>
        <source>Text received</source>
        <translation>Texto recibido</translation>
    </message>
    <message>
        <source>No text received</source>
        <translation>Ningún texto recibido</translation>
    </message>
    <message>
        <source>No text expected</source>
        <translation>Ningún texto esperado</translation>
    </message>
    <message>
        <source>{0} — interpreters</source>
        <translation>{0} — intérpretes</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>Interpreters&apos; view</source>
        <translation>Vista de los intérpretes</translation>
    </message>
    <message>
        <source>SLOW DOWN — the chair has asked the speaker to slow down</source>
        <translation>MÁS DESPACIO — la Presidencia ha pedido al orador que hable más despacio</translation>
    </message>
    <message>
        <source>Slow-down signal from the chair</source>
        <translation>Señal «más despacio» de la Presidencia</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>Tiene la palabra</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation>Idioma del orador</translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation>Texto del discurso</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <source>What each booth does</source>
        <translation>Qué hace cada cabina</translation>
    </message>
    <message>
        <source>The speaker&apos;s text, as sent to the interpreters</source>
        <translation>El texto del orador, tal como se envió a los intérpretes</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
        <source>Nobody else is on the list.</source>
        <translation>No hay nadie más en la lista.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MeetingDesk</source>
        <translation>MeetingDesk</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Detalles de la reunión</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&lt;p&gt;Opening the database…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abriendo la base de datos…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open programme file…</source>
        <translation>&amp;Abrir un archivo de programa…</translation>
    </message>
    <message>
        <source>Import a programme file (TOML) into the database</source>
        <translation>Importar un archivo de programa (TOML) a la base de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run the sitting live…</source>
        <translation>&amp;Celebrar la sesión en directo…</translation>
    </message>
    <message>
        <source>Open the moderator console for the selected sitting</source>
        <translation>Abrir la consola del moderador para la sesión seleccionada</translation>
    </message>
    <message>
        <source>Rapporteur &amp;workspace…</source>
        <translation>Espacio del &amp;relator…</translation>
    </message>
    <message>
        <source>Log questions, contributions, notes and key messages for the selected sitting</source>
        <translation>Registrar preguntas, contribuciones, notas y mensajes clave de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;view and export…</source>
        <translation>Re&amp;visión y exportación…</translation>
    </message>
    <message>
        <source>Planned vs actual times, who spoke, Q&amp;A, statistics; export Word, PDF, CSV, JSON, calendar</source>
        <translation>Horarios previstos y reales, oradores, preguntas y respuestas, estadísticas; exportar a Word, PDF, CSV, JSON, calendario</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nueva reunión</translation>
    </message>
    <message>
        <source>Make a programme from scratch in the programme editor</source>
        <translation>Crear un programa desde cero en el editor de programas</translation>
    </message>
    <message>
        <source>New meeting from &amp;agenda text…</source>
        <translation>Nueva reunión a partir del texto del &amp;programa…</translation>
    </message>
    <message>
        <source>Paste an invitation&apos;s agenda and edit the draft it gives</source>
        <translation>Pegar el programa de una invitación y editar el borrador resultante</translation>
    </message>
    <message>
        <source>&amp;Edit the programme…</source>
        <translation>&amp;Editar el programa…</translation>
    </message>
    <message>
        <source>Open the chosen meeting in the programme editor</source>
        <translation>Abrir la reunión elegida en el editor de programas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Sitting</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Open as &amp;seat</source>
        <translation>Abrir como &amp;puesto</translation>
    </message>
    <message>
        <source>This window of the selected sitting in a process of its own, following its journal (as on another machine)</source>
        <translation>Esta ventana de la sesión seleccionada en un proceso propio, que sigue su diario (como en otra máquina)</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Consola</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>&amp;Pantalla del orador</translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation>&amp;Intérpretes</translation>
    </message>
    <message>
        <source>&amp;Rapporteur</source>
        <translation>&amp;Relator</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>Show the folder of MeetingDesk&apos;s log file, to send it with a report of a problem</source>
        <translation>Mostrar la carpeta del archivo de registro de MeetingDesk, para enviarlo con un informe de problema</translation>
    </message>
    <message>
        <source>&amp;About MeetingDesk</source>
        <translation>&amp;Acerca de MeetingDesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&lt;p&gt;No meeting in the database yet. Open a programme file (File ▸ Open).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay ninguna reunión en la base de datos. Abra un archivo de programa (Archivo ▸ Abrir).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} — MeetingDesk</source>
        <translation>{0} — MeetingDesk</translation>
    </message>
    <message>
        <source>Home time zone: {0}</source>
        <translation>Huso horario de referencia: {0}</translation>
    </message>
    <message>
        <source>Languages: {0}</source>
        <translation>Idiomas: {0}</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Select a sitting (or one of its segments) in the programme first.</source>
        <translation>Seleccione primero una sesión (o uno de sus segmentos) en el programa.</translation>
    </message>
    <message>
        <source>The sitting cannot be opened.</source>
        <translation>La sesión no puede abrirse.</translation>
    </message>
    <message>
        <source>Sitting not opened</source>
        <translation>Sesión no abierta</translation>
    </message>
    <message>
        <source>Opening the {0} of sitting {1} as a seat of its own…</source>
        <translation>Abriendo la ventana {0} de la sesión {1} como puesto independiente…</translation>
    </message>
    <message>
        <source>Choose a meeting on the left first.</source>
        <translation>Elija primero una reunión a la izquierda.</translation>
    </message>
    <message>
        <source>The log folder is {0}</source>
        <translation>La carpeta del registro es {0}</translation>
    </message>
    <message>
        <source>Open a programme file</source>
        <translation>Abrir un archivo de programa</translation>
    </message>
    <message>
        <source>Programme files (*.toml);;All files (*)</source>
        <translation>Archivos de programa (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{0} was not imported: {1} problem(s) must be fixed first.</source>
        <translation>{0} no se importó: hay que corregir antes {1} problema(s).</translation>
    </message>
    <message>
        <source>{0} cannot be read.</source>
        <translation>{0} no puede leerse.</translation>
    </message>
    <message>
        <source>Imported {0} with {1} warning(s): {2}</source>
        <translation>{0} importado con {1} advertencia(s): {2}</translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation>{0} importado.</translation>
    </message>
    <message>
        <source>Programme not imported</source>
        <translation>Programa no importado</translation>
    </message>
    <message>
        <source>… and {0} more (see details)</source>
        <translation>… y {0} más (véanse los detalles)</translation>
    </message>
    <message>
        <source>The language changes when MeetingDesk starts again.</source>
        <translation>El idioma cambia cuando MeetingDesk vuelva a iniciarse.</translation>
    </message>
</context>
<context>
    <name>MeetingDesk</name>
    <message>
        <source>Sitting {0} — {1}</source>
        <translation>Sesión {0} — {1}</translation>
    </message>
    <message>
        <source>{0}, time permitting</source>
        <translation>{0}, si el tiempo lo permite</translation>
    </message>
    <message>
        <source>{0}  [protected identity]</source>
        <translation>{0}  [identidad protegida]</translation>
    </message>
    <message>
        <source>Protected identity: public screens and reports show the role only.</source>
        <translation>Identidad protegida: las pantallas públicas y los informes solo muestran la función.</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0}–{1} min</source>
        <translation>{0}–{1} min</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orador</translation>
    </message>
    <message>
        <source>point of order</source>
        <translation>cuestión de orden</translation>
    </message>
    <message>
        <source>right of reply</source>
        <translation>derecho de respuesta</translation>
    </message>
    <message>
        <source>Rehearsal running since {0}</source>
        <translation>Ensayo en curso desde {0}</translation>
    </message>
    <message>
        <source>Running since {0}</source>
        <translation>En curso desde {0}</translation>
    </message>
    <message>
        <source>Rehearsed {0}–{1}</source>
        <translation>Ensayada {0}–{1}</translation>
    </message>
    <message>
        <source>Held {0}–{1}</source>
        <translation>Celebrada {0}–{1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation>{0} de retraso</translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation>{0} de adelanto</translation>
    </message>
    <message>
        <source>Not saved: the database could not be written ({0}). Nothing was changed; try again.</source>
        <translation>No guardado: no se pudo escribir en la base de datos ({0}). No se cambió nada; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>advertencias</translation>
    </message>
    <message>
        <source>several, separated by ;</source>
        <translation>varios, separados por ;</translation>
    </message>
    <message>
        <source>several, separated by commas</source>
        <translation>varios, separados por comas</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Not read: {0}</source>
        <translation>No leído: {0}</translation>
    </message>
    <message>
        <source>Assumed: the source did not give it; check it</source>
        <translation>Supuesto: la fuente no lo indicaba; compruébelo</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>P&amp;articipantes</translation>
    </message>
    <message>
        <source>Interpretation booths</source>
        <translation>Cabinas de interpretación</translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation>&amp;Interpretación</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas del programa</translation>
    </message>
    <message>
        <source>A&amp;genda items</source>
        <translation>&amp;Temas del programa</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Temas permanentes</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientativas</translation>
    </message>
    <message>
        <source>The guiding questions of the chosen standing item, one a line</source>
        <translation>Las preguntas orientativas del tema permanente elegido, una por línea</translation>
    </message>
    <message>
        <source>Standing items (tour de table)</source>
        <translation>Temas permanentes (ronda de intervenciones)</translation>
    </message>
    <message>
        <source>Speakers of the segment</source>
        <translation>Oradores del segmento</translation>
    </message>
    <message>
        <source>Segments of the sitting</source>
        <translation>Segmentos de la sesión</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Lines not read</source>
        <translation>Líneas no leídas</translation>
    </message>
    <message>
        <source>The pasted agenda</source>
        <translation>El programa pegado</translation>
    </message>
    <message>
        <source>Lines the importer could not read</source>
        <translation>Líneas que la importación no pudo leer</translation>
    </message>
    <message>
        <source>&amp;Save to the database</source>
        <translation>&amp;Guardar en la base de datos</translation>
    </message>
    <message>
        <source>&amp;Export programme file…</source>
        <translation>&amp;Exportar el archivo de programa…</translation>
    </message>
    <message>
        <source>Import &amp;inscriptions…</source>
        <translation>Importar las &amp;inscripciones…</translation>
    </message>
    <message>
        <source>Import &amp;participants…</source>
        <translation>Importar los &amp;participantes…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Añadir una fila</translation>
    </message>
    <message>
        <source>Remo&amp;ve the row</source>
        <translation>&amp;Quitar la fila</translation>
    </message>
    <message>
        <source>Move the row &amp;up</source>
        <translation>Subir la fila</translation>
    </message>
    <message>
        <source>Move the row &amp;down</source>
        <translation>Bajar la fila</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>{0}, {1}: fix the errors to save</source>
        <translation>{0}, {1}: corrija los errores para guardar</translation>
    </message>
    <message>
        <source>{0}; it can be saved</source>
        <translation>{0}; puede guardarse</translation>
    </message>
    <message>
        <source>No problems: ready to save</source>
        <translation>Ningún problema: listo para guardar</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Ningún problema</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>Problemas ({0})</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>{0}[*] — Programme editor</source>
        <translation>{0}[*] — Editor de programas</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rehacer {0}</translation>
    </message>
    <message>
        <source>Choose the sitting or the segment to add to first.</source>
        <translation>Elija primero la sesión o el segmento donde añadir.</translation>
    </message>
    <message>
        <source>Choose the row to remove first.</source>
        <translation>Elija primero la fila que quitar.</translation>
    </message>
    <message>
        <source>Not saved: {0}. Export the programme file to keep your work.</source>
        <translation>No guardado: {0}. Exporte el archivo de programa para conservar su trabajo.</translation>
    </message>
    <message>
        <source>Saved to the database.</source>
        <translation>Guardado en la base de datos.</translation>
    </message>
    <message>
        <source>Export the programme file</source>
        <translation>Exportar el archivo de programa</translation>
    </message>
    <message>
        <source>Programme files (*.toml)</source>
        <translation>Archivos de programa (*.toml)</translation>
    </message>
    <message>
        <source>Not exported: {0} must be fixed first.</source>
        <translation>No exportado: hay que corregir antes {0}.</translation>
    </message>
    <message>
        <source>this programme</source>
        <translation>este programa</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>No exportado: {0}</translation>
    </message>
    <message>
        <source>Exported {0}.</source>
        <translation>{0} exportado.</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Listas (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import the inscriptions</source>
        <translation>Importar las inscripciones</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Inscriptions not imported</source>
        <translation>Inscripciones no importadas</translation>
    </message>
    <message>
        <source>Choose the segment the interventions are for (Programme tab) first.</source>
        <translation>Elija primero el segmento al que corresponden las intervenciones (pestaña Programa).</translation>
    </message>
    <message>
        <source>inscriptions</source>
        <translation>inscripciones</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>Nothing imported from {0}</source>
        <translation>No se importó nada de {0}</translation>
    </message>
    <message>
        <source>Imported from {0}</source>
        <translation>Importado de {0}</translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation>Editor de programas</translation>
    </message>
    <message>
        <source>Save the changes to the database before closing?</source>
        <translation>¿Guardar los cambios en la base de datos antes de cerrar?</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Registered after the deadline</source>
        <translation>Inscrito después del plazo</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>Haga clic para ir al campo</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Línea {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Kind / role</source>
        <translation>Tipo / función</translation>
    </message>
    <message>
        <source>Time allotted</source>
        <translation>Tiempo asignado</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation>Idioma del orador</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>video message</source>
        <translation>mensaje en vídeo</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>en la sala</translation>
    </message>
    <message>
        <source>Time permitting: does not fit before the segment ends</source>
        <translation>Si el tiempo lo permite: no cabe antes del final del segmento</translation>
    </message>
</context>
<context>
    <name>Rapporteur</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Formulada por</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>merged with {0}</source>
        <translation>fusionada con {0}</translation>
    </message>
    <message>
        <source>{0} (round {1})</source>
        <translation>{0} (ronda {1})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Parte interesada</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>cedió su turno</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Speaker, if named</source>
        <translation>Orador, si se le nombra</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>asker</source>
        <translation>autor de la pregunta</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation>dirigida a</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>parte interesada</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orador</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Mensaje clave</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondida por</translation>
    </message>
    <message>
        <source>Rapporteur — {0}</source>
        <translation>Relator — {0}</translation>
    </message>
    <message>
        <source>Rapporteur: {0}</source>
        <translation>Relator: {0}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Your name, as the summary will print it after “Rapporteur”:</source>
        <translation>Su nombre, tal como el resumen lo imprimirá tras «Relator»:</translation>
    </message>
    <message>
        <source>Name not taken: {0}</source>
        <translation>Nombre no aceptado: {0}</translation>
    </message>
    <message>
        <source>Logging as {0}</source>
        <translation>Registrando como {0}</translation>
    </message>
    <message>
        <source>Logging without a name</source>
        <translation>Registrando sin nombre</translation>
    </message>
    <message>
        <source>panellists, separated by commas</source>
        <translation>panelistas, separados por comas</translation>
    </message>
    <message>
        <source>General (no single item)</source>
        <translation>General (ningún tema concreto)</translation>
    </message>
    <message>
        <source>who does it, where named</source>
        <translation>quién lo hace, si se nombra</translation>
    </message>
    <message>
        <source>Save  ⏎</source>
        <translation>Guardar  ⏎</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Item / question</source>
        <translation>Tema / pregunta</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Tiempo utilizado</translation>
    </message>
    <message>
        <source>Search everything logged (Ctrl+F)</source>
        <translation>Buscar en todo lo registrado (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your name, as the summary prints it after “Rapporteur” (click to change)</source>
        <translation>Su nombre, tal como el resumen lo imprime tras «Relator» (haga clic para cambiarlo)</translation>
    </message>
    <message>
        <source>Ctrl+1 question · Ctrl+2 contribution · Ctrl+3 note · Ctrl+4 key message · Ctrl+5 next step · Ctrl+6 answer · Ctrl+R next round · Ctrl+F search · Ctrl+L label for a protected name</source>
        <translation>Ctrl+1 pregunta · Ctrl+2 contribución · Ctrl+3 nota · Ctrl+4 mensaje clave · Ctrl+5 próximo paso · Ctrl+6 respuesta · Ctrl+R siguiente ronda · Ctrl+F buscar · Ctrl+L etiqueta de un nombre protegido</translation>
    </message>
    <message>
        <source>Questions ({0} waiting)</source>
        <translation>Preguntas ({0} en espera)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Tour-de-table</source>
        <translation>Ronda de intervenciones</translation>
    </message>
    <message>
        <source>Notes ({0})</source>
        <translation>Notas ({0})</translation>
    </message>
    <message>
        <source>Search ({0})</source>
        <translation>Búsqueda ({0})</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Put next round</source>
        <translation>Plantear la siguiente ronda</translation>
    </message>
    <message>
        <source>Merge selected</source>
        <translation>Fusionar la selección</translation>
    </message>
    <message>
        <source>Close Q&amp;&amp;A (not reached)</source>
        <translation>Cerrar preguntas y respuestas (no alcanzadas)</translation>
    </message>
    <message>
        <source>Use the label</source>
        <translation>Usar la etiqueta</translation>
    </message>
    <message>
        <source>No segment running</source>
        <translation>Ningún segmento en curso</translation>
    </message>
    <message>
        <source>at the floor: {0}</source>
        <translation>en el uso de la palabra: {0}</translation>
    </message>
    <message>
        <source>Answer to {0}</source>
        <translation>Respuesta a {0}</translation>
    </message>
    <message>
        <source>a short note of the answer</source>
        <translation>una breve nota de la respuesta</translation>
    </message>
    <message>
        <source>select a question first</source>
        <translation>seleccione primero una pregunta</translation>
    </message>
    <message>
        <source>type, then Enter</source>
        <translation>escriba, luego Intro</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribución</translation>
    </message>
    <message>
        <source>answer to {0}</source>
        <translation>respuesta a {0}</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>próximo paso</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>mensaje clave</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Protected name: {0}</source>
        <translation>Nombre protegido: {0}</translation>
    </message>
    <message>
        <source>Use the label  {0}</source>
        <translation>Usar la etiqueta  {0}</translation>
    </message>
    <message>
        <source>Use the labels  {0}</source>
        <translation>Usar las etiquetas  {0}</translation>
    </message>
    <message>
        <source>Protected names replaced by their labels</source>
        <translation>Nombres protegidos sustituidos por sus etiquetas</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>No hecho: {0}</translation>
    </message>
    <message>
        <source>Round put to the panel</source>
        <translation>Ronda planteada al panel</translation>
    </message>
    <message>
        <source>Select two or more questions to merge</source>
        <translation>Seleccione dos o más preguntas para fusionar</translation>
    </message>
    <message>
        <source>Merged with {0}</source>
        <translation>Fusionada con {0}</translation>
    </message>
    <message>
        <source>Questions not reached are marked</source>
        <translation>Las preguntas no alcanzadas quedan marcadas</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>levantada</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <source>Actual length</source>
        <translation>Duración real</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>Adelanto/retraso</translation>
    </message>
    <message>
        <source>Corrected by {who} on {at}: {field} {old} → {new}. Why: {why}</source>
        <translation>Corregido por {who} el {at}: {field} {old} → {new}. Motivo: {why}</translation>
    </message>
    <message>
        <source>{role}, {request_kind}</source>
        <translation>{role}, {request_kind}</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>interviniendo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Written statement</source>
        <translation>Declaración escrita</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Formulada por</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>merged with {merged_into}</source>
        <translation>fusionada con {merged_into}</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Parte interesada</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>cedió su turno</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Mensaje clave</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation>Idioma del orador</translation>
    </message>
    <message>
        <source>Panel vs floor</source>
        <translation>Panel / sala</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de uso de la palabra</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>The {format} export failed: {error}</source>
        <translation>La exportación {format} falló: {error}</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Nombre del orador</translation>
    </message>
    <message>
        <source>Start time (From)</source>
        <translation>Hora de inicio (Desde)</translation>
    </message>
    <message>
        <source>End time (To)</source>
        <translation>Hora de fin (Hasta)</translation>
    </message>
    <message>
        <source>a language code, e.g. es or fr</source>
        <translation>un código de idioma, p. ej. es o fr</translation>
    </message>
    <message>
        <source>HH:MM:SS, or an ISO date and time</source>
        <translation>HH:MM:SS, o una fecha y hora ISO</translation>
    </message>
    <message>
        <source>Correct intervention {number}</source>
        <translation>Corregir la intervención {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}. {speaker}&lt;/b&gt; — {segment}, {clock}–{value}</source>
        <translation>&lt;b&gt;{number}. {speaker}&lt;/b&gt; — {segment}, {clock}–{value}</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <source>your name (required)</source>
        <translation>su nombre (obligatorio)</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Corregido por</translation>
    </message>
    <message>
        <source>required; every report lists it with the correction</source>
        <translation>obligatorio; cada informe lo indica con la corrección</translation>
    </message>
    <message>
        <source>The record is not edited: the correction is added to the journal with who and why, and every report marks it and lists it.</source>
        <translation>El registro no se edita: la corrección se añade al diario con quién y por qué, y cada informe la marca y la enumera.</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Registrar la corrección</translation>
    </message>
    <message>
        <source>Not recorded: {reason}.</source>
        <translation>No registrado: {reason}.</translation>
    </message>
    <message>
        <source>Protected names in the export</source>
        <translation>Nombres protegidos en la exportación</translation>
    </message>
    <message>
        <source>&lt;b&gt;The {value} export names a protected person {value2}. Nothing was written.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La exportación {value} nombra a una persona protegida {value2}. No se escribió nada.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} veces</translation>
    </message>
    <message>
        <source>Each mention below is what a reader of the file would see. Go back to correct the record (or clear the person for this export), or write the file with these mentions if they name no one (a common word, another person).</source>
        <translation>Cada mención de abajo es lo que vería un lector del archivo. Vuelva atrás para corregir el registro (o levantar la protección de la persona para esta exportación), o escriba el archivo con estas menciones si no nombran a nadie (una palabra común, otra persona).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Escribir de todos modos</translation>
    </message>
    <message>
        <source>Review — {title} (rehearsal)</source>
        <translation>Revisión — {title} (ensayo)</translation>
    </message>
    <message>
        <source>Review — {title}</source>
        <translation>Revisión — {title}</translation>
    </message>
    <message>
        <source>Up to date with the journals at {0}</source>
        <translation>Al día con los diarios a las {0}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Correct the selected intervention: the correction is recorded with who and why</source>
        <translation>Corregir la intervención seleccionada: la corrección se registra con quién y por qué</translation>
    </message>
    <message>
        <source>Read-only. To correct an intervention, select it and choose Correct… (or right-click it); the correction is recorded with who and why, and marked * here and in the reports.</source>
        <translation>Solo lectura. Para corregir una intervención, selecciónela y elija Corregir… (o haga clic con el botón derecho); la corrección se registra con quién y por qué, y se marca con * aquí y en los informes.</translation>
    </message>
    <message>
        <source>Who spoke ({count})</source>
        <translation>Oradores ({count})</translation>
    </message>
    <message>
        <source>Not heard ({count})</source>
        <translation>No escuchados ({count})</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A ({count})</source>
        <translation>P&amp;&amp;R ({count})</translation>
    </message>
    <message>
        <source>Tour de table</source>
        <translation>Ronda de intervenciones</translation>
    </message>
    <message>
        <source>Notes, key messages, next steps ({count})</source>
        <translation>Notas, mensajes clave, próximos pasos ({count})</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Corrections ({count})</source>
        <translation>Correcciones ({count})</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Protected identities: {protected} shown by role</source>
        <translation>Identidades protegidas: {protected} por función</translation>
    </message>
    <message>
        <source>Clear {display_name} for the next export</source>
        <translation>Levantar la protección de {display_name} para la próxima exportación</translation>
    </message>
    <message>
        <source>planned {start}–{end}</source>
        <translation>prevista {start}–{end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>desde {start}</translation>
    </message>
    <message>
        <source>held {start}–{end}</source>
        <translation>celebrada {start}–{end}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>no abierta</translation>
    </message>
    <message>
        <source>Rehearsal, {date}, {planned} {zone}, {actual} ({status})</source>
        <translation>Ensayo, {date}, {planned} {zone}, {actual} ({status})</translation>
    </message>
    <message>
        <source>{date}, {planned} {zone}, {actual} ({status})</source>
        <translation>{date}, {planned} {zone}, {actual} ({status})</translation>
    </message>
    <message>
        <source>{interventions}, {time} speaking time, {not_heard} not heard, {questions}, {messages}</source>
        <translation>{interventions}, {time} de uso de la palabra, {not_heard} no escuchados, {questions}, {messages}</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>intervenciones</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>mensaje clave</translation>
    </message>
    <message>
        <source>key messages</source>
        <translation>mensajes clave</translation>
    </message>
    <message>
        <source>Corrected intervention {number} ({field}); see Corrections</source>
        <translation>Intervención {number} corregida ({field}); véase Correcciones</translation>
    </message>
    <message>
        <source>Protected identities: {n} shown by role</source>
        <translation>Identidades protegidas: {n} por función</translation>
    </message>
    <message>
        <source>, {count} cleared</source>
        <translation>, {count} sin protección</translation>
    </message>
    <message>
        <source>Export {value}</source>
        <translation>Exportar {value}</translation>
    </message>
    <message>
        <source>Writing {value}…</source>
        <translation>Escribiendo {value}…</translation>
    </message>
    <message>
        <source>Wrote {files}</source>
        <translation>Escrito: {files}</translation>
    </message>
    <message>
        <source>Not written: {count} mention(s) of a protected name</source>
        <translation>No escrito: {count} mención(es) de un nombre protegido</translation>
    </message>
</context>
<context>
    <name>SeatBar</name>
    <message>
        <source>Nobody holds this sitting: take it over to run it from here.</source>
        <translation>Nadie tiene esta sesión: tómela para conducirla desde aquí.</translation>
    </message>
    <message>
        <source>last heard {0}</source>
        <translation>última señal {0}</translation>
    </message>
    <message>
        <source>Held by {user} on {holder} since {since}, {heard}. This console follows it.</source>
        <translation>La tiene {user} en {holder} desde {since}, {heard}. Esta consola la sigue.</translation>
    </message>
    <message>
        <source>Take over this sitting</source>
        <translation>Tomar esta sesión</translation>
    </message>
</context>
<context>
    <name>ShareScreens</name>
    <message>
        <source>Speaker&apos;s timer</source>
        <translation>Cronómetro del orador</translation>
    </message>
    <message>
        <source>for an online speaker, or a screen at the lectern</source>
        <translation>para un orador en línea, o una pantalla en el atril</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>for the booths&apos; own computers</source>
        <translation>para los ordenadores de las cabinas</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>the clocks and the list of speakers, on a tablet</source>
        <translation>los relojes y la lista de oradores, en una tableta</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este ordenador (127.0.0.1)</translation>
    </message>
    <message>
        <source>The network of {0} ({1})</source>
        <translation>La red de {0} ({1})</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>Todas las redes de este ordenador (0.0.0.0)</translation>
    </message>
    <message>
        <source>QR code of the address of the {0}</source>
        <translation>Código QR de la dirección de la pantalla: {0}</translation>
    </message>
    <message>
        <source>Address of the {0}</source>
        <translation>Dirección de la pantalla: {0}</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the address, to send it to whoever needs this screen</source>
        <translation>Copiar la dirección, para enviarla a quien necesite esta pantalla</translation>
    </message>
    <message>
        <source>&amp;New address</source>
        <translation>&amp;Nueva dirección</translation>
    </message>
    <message>
        <source>Replace this address: pages open with the old one stop and say so</source>
        <translation>Sustituir esta dirección: las páginas abiertas con la anterior se detienen y lo indican</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>No compartida</translation>
    </message>
    <message>
        <source>Share screens on the network — {0}</source>
        <translation>Compartir las pantallas en la red — {0}</translation>
    </message>
    <message>
        <source>Share screens on the network</source>
        <translation>Compartir las pantallas en la red</translation>
    </message>
    <message>
        <source>Where to share the screens</source>
        <translation>Dónde compartir las pantallas</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Empezar a compartir</translation>
    </message>
    <message>
        <source>New addresses for &amp;all</source>
        <translation>Nuevas direcciones para &amp;todas</translation>
    </message>
    <message>
        <source>Replace every address: every page open now stops and says so</source>
        <translation>Sustituir todas las direcciones: todas las páginas abiertas se detienen y lo indican</translation>
    </message>
    <message>
        <source>Share on:</source>
        <translation>Compartir en:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Port {0} cannot be used on {1} ({2}): choose another port, or another network.</source>
        <translation>El puerto {0} no puede usarse en {1} ({2}): elija otro puerto u otra red.</translation>
    </message>
    <message>
        <source>The screens cannot be shared: {0}</source>
        <translation>Las pantallas no pueden compartirse: {0}</translation>
    </message>
    <message>
        <source>Sharing stopped: the pages say that the connection is lost.</source>
        <translation>Se dejó de compartir: las páginas indican que se perdió la conexión.</translation>
    </message>
    <message>
        <source>New address given: pages open with the old one stopped.</source>
        <translation>Nueva dirección asignada: las páginas abiertas con la anterior se detuvieron.</translation>
    </message>
    <message>
        <source>New addresses given: every page open with an old one stopped.</source>
        <translation>Nuevas direcciones asignadas: todas las páginas abiertas con una anterior se detuvieron.</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <source>Shared on this computer only: choose a network to reach phones, tablets and booths.</source>
        <translation>Compartidas solo en este ordenador: elija una red para llegar a teléfonos, tabletas y cabinas.</translation>
    </message>
    <message>
        <source>Anyone with an address can read that screen (read-only): give each to those who need it. Phones and tablets must be on the same network.</source>
        <translation>Cualquiera que tenga una dirección puede leer esa pantalla (solo lectura): dé cada una a quien la necesite. Teléfonos y tabletas deben estar en la misma red.</translation>
    </message>
    <message>
        <source>Not shared. The screens are read-only; each address carries a secret that changes every time sharing starts.</source>
        <translation>No compartidas. Las pantallas son de solo lectura; cada dirección lleva un secreto que cambia cada vez que se empieza a compartir.</translation>
    </message>
    <message>
        <source>This console cannot share its screens: it was opened without its database.</source>
        <translation>Esta consola no puede compartir sus pantallas: se abrió sin su base de datos.</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>Speaker display</source>
        <translation>Pantalla del orador</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen on or off (F11)</source>
        <translation>Pantalla completa sí o no (F11)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>The sitting is closed</source>
        <translation>La sesión está cerrada</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Siguiente orador</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
    <message>
        <source>until its planned start, {0}</source>
        <translation>hasta su inicio previsto, {0}</translation>
    </message>
    <message>
        <source>planned for {0}</source>
        <translation>previsto a las {0}</translation>
    </message>
    <message>
        <source>{0} · first: {1}</source>
        <translation>{0} · primero: {1}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>PLEASE SLOW DOWN</source>
        <translation>MÁS DESPACIO, POR FAVOR</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>Mostrar en la pantalla</translation>
    </message>
</context>
</TS>
