<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MeetingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs hybrid meetings live: the agenda clock, the speakers&apos; list and their time, interpretation, the rapporteur&apos;s record and the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions, to paste them into a report of a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over / under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPaste</name>
    <message>
        <source>New meeting from agenda text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the agenda of an invitation or a concept note below (times, segments, speakers, their allotments, the date line), then press &lt;b&gt;Ctrl+Return&lt;/b&gt;. The draft opens in the programme editor; what could not be read is listed beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14:00 – 14:20 Setting the scene
Welcome by Dr. … (5 min)
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the agenda (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an agenda first: the box is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MeetingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded from schema {0} to the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample meetings were loaded: choose one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeetingDesk cannot open the database {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Time left in the segment, or its overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time elapsed in the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting ahead or behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end of the sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitting is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0} (planned {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment left to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end {0} (planned {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow down: shown to the speaker and the booths · W clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow-down signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation: relay and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  [protected: shown as “{1}”]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: cannot see the room timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} allotted · {1} spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} spoken, no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message on the display: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is complete: review and export it from the main window (Ctrl+Shift+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N opens the sitting and starts “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the sitting from the Sitting menu when it is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N starts “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting: R adds a speaker, Ctrl+E ends the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press N or Space to give the floor to the next speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the floor: name or delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or delegation, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — moderator console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda of the sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fits before the segment ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped speakers to call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the speaker&apos;s display; Enter sends, an empty line clears, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a &amp;rehearsal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the programmed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action, and how to undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun → delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor to the next speaker on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the speaker&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the speaker 30 seconds more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take 30 seconds off the speaker&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current speaker&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the selected (or next) speaker for now: they are called again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;call skipped speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the first skipped speaker back at the head of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a point of order ahead of everyone: type the delegation, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a speaker to the list: type a name or delegation, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun → &amp;delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the late start and overrun of this segment: the rest of the plan moves later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message to speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short message on the speaker&apos;s display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do again the action undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next se&amp;gment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next planned segment (opens the sitting first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End segmen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the running segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip selected segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the segment selected in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the sitting: the clocks stop and the journal is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the speaker&apos;s display window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the speaker&apos;s display full screen, or back in a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreters&apos; view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the interpreters&apos; window for the booths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slo&amp;w down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the speaker to slow down for the interpreters; W again clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor &amp;language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker switched language: choose the new floor language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put next &amp;round of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the next round of questions, as shown under the list, to the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rapporteur workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the rapporteur&apos;s workspace for this sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view and export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned vs actual times, who spoke, statistics and exports for this sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;terpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor language is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: another console holds this sitting (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose first: run the sitting as a rehearsal now, or keep its programmed times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmed times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal or the real sitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to run it as a rehearsal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to keep the programmed times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this sitting&apos;s journal cannot be read, so nothing can be changed here. What could be read is shown.
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” pressed twice within {1:g} s: the second press was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skipped speaker is waiting to be called again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the segment to skip in the agenda first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (late: the computer was asleep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting. R adds a speaker, O a point of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} fit before the segment ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} fit before the segment ends (red line): the rest speak time permitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit of {0} each would fit everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, to call again (Shift+S): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z redoes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions waiting for the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A: {0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;A: no question waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 round put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rounds put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not up to date: the database cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round (Q):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to put to the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you saved is lost; you can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} errors so far in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MeetingDesk error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterpreterView</name>
    <message>
        <source>Floor language: listeners hear the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RELAY from {0} booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby: another booth works into this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO COVER: nobody can give this booth the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent: nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters&apos; view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLOW DOWN — the chair has asked the speaker to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow-down signal from the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each booth does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker&apos;s text, as sent to the interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MeetingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Opening the database…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open programme file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a programme file (TOML) into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the sitting live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the moderator console for the selected sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log questions, contributions, notes and key messages for the selected sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view and export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned vs actual times, who spoke, Q&amp;A, statistics; export Word, PDF, CSV, JSON, calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a programme from scratch in the programme editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting from &amp;agenda text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an invitation&apos;s agenda and edit the draft it gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen meeting in the programme editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window of the selected sitting in a process of its own, following its journal (as on another machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of MeetingDesk&apos;s log file, to send it with a report of a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MeetingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No meeting in the database yet. Open a programme file (File ▸ Open).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — MeetingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home time zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sitting (or one of its segments) in the programme first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitting cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the {0} of sitting {1} as a seat of its own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder is {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not imported: {1} problem(s) must be fixed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} with {1} warning(s): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more (see details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDesk</name>
    <message>
        <source>Sitting {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, time permitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  [protected identity]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity: public screens and reports show the role only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}–{1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right of reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal running since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsed {0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held {0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the database could not be written ({0}). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed: the source did not give it; check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation booths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guiding questions of the chosen standing item, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing items (tour de table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments of the sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines the importer could not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export programme file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;inscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the row &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the row &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: fix the errors to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; it can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: ready to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}[*] — Programme editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sitting or the segment to add to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the row to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}. Export the programme file to keep your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {0} must be fixed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the segment the interventions are for (Programme tab) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the database before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind / role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time permitting: does not fit before the segment ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rapporteur</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (round {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker, if named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the summary will print it after “Rapporteur”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not taken: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panellists, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General (no single item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who does it, where named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item / question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything logged (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the summary prints it after “Rapporteur” (click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 question · Ctrl+2 contribution · Ctrl+3 note · Ctrl+4 key message · Ctrl+5 next step · Ctrl+6 answer · Ctrl+R next round · Ctrl+F search · Ctrl+L label for a protected name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions ({0} waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour-de-table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Q&amp;&amp;A (not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the floor: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short note of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a question first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected name: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the label  {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the labels  {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected names replaced by their labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round put to the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more questions to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions not reached are marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by {who} on {at}: {field} {old} → {new}. Why: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}, {request_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged with {merged_into}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel vs floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time (From)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time (To)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language code, e.g. es or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM:SS, or an ISO date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct intervention {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}. {speaker}&lt;/b&gt; — {segment}, {clock}–{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required; every report lists it with the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not edited: the correction is added to the journal with who and why, and every report marks it and lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected names in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The {value} export names a protected person {value2}. Nothing was written.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each mention below is what a reader of the file would see. Go back to correct the record (or clear the person for this export), or write the file with these mentions if they name no one (a common word, another person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review — {title} (rehearsal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected intervention: the correction is recorded with who and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only. To correct an intervention, select it and choose Correct… (or right-click it); the correction is recorded with who and why, and marked * here and in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who spoke ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;&amp;A ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour de table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, key messages, next steps ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identities: {protected} shown by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {display_name} for the next export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal, {date}, {planned} {zone}, {actual} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {planned} {zone}, {actual} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{interventions}, {time} speaking time, {not_heard} not heard, {questions}, {messages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected intervention {number} ({field}); see Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identities: {n} shown by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {value}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: {count} mention(s) of a protected name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatBar</name>
    <message>
        <source>Nobody holds this sitting: take it over to run it from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last heard from {0} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last heard from {0} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by {user} on {holder} since {since}, {heard}. This console follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over this sitting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>Speaker display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on or off (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitting is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until its planned start, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · first: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLEASE SLOW DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
