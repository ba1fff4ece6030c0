<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>not open yet</source>
        <translation>pas encore ouverte</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>About MeetingDesk</source>
        <translation>À propos de MeetingDesk</translation>
    </message>
    <message>
        <source>Runs hybrid meetings live: the agenda clock, the speakers&apos; list and their time, interpretation, the rapporteur&apos;s record and the reports.</source>
        <translation>Conduit des réunions hybrides en direct : l’horloge de l’ordre du jour, la liste des orateurs et leur temps de parole, l’interprétation, le relevé du rapporteur et les rapports.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Copy the versions, to paste them into a report of a problem</source>
        <translation>Copier les versions, pour les coller dans un signalement de problème</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Over / under</source>
        <translation>Avance / retard</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sauté</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}</source>
        <translation>{0}
{1} : {2}</translation>
    </message>
</context>
<context>
    <name>AgendaPaste</name>
    <message>
        <source>New meeting from agenda text</source>
        <translation>Nouvelle réunion à partir du texte de l’ordre du jour</translation>
    </message>
    <message>
        <source>Paste the agenda of an invitation or a concept note below (times, segments, speakers, their allotments, the date line), then press &lt;b&gt;Ctrl+Return&lt;/b&gt;. The draft opens in the programme editor; what could not be read is listed beside it.</source>
        <translation>Collez ci-dessous l’ordre du jour d’une invitation ou d’une note conceptuelle (heures, segments, orateurs, temps de parole, ligne de date), puis appuyez sur &lt;b&gt;Ctrl+Entrée&lt;/b&gt;. Le projet s’ouvre dans l’éditeur de programme ; ce qui n’a pu être lu est listé à côté.</translation>
    </message>
    <message>
        <source>Agenda text</source>
        <translation>Texte de l’ordre du jour</translation>
    </message>
    <message>
        <source>14:00 – 14:20 Setting the scene
Welcome by Dr. … (5 min)
…</source>
        <translation>14:00 – 14:20 Mise en contexte
Allocution de bienvenue de M. … (5 min)
…</translation>
    </message>
    <message>
        <source>&amp;Read the agenda (Ctrl+Return)</source>
        <translation>&amp;Lire l’ordre du jour (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Paste an agenda first: the box is empty.</source>
        <translation>Collez d’abord un ordre du jour : la zone est vide.</translation>
    </message>
    <message>
        <source>the pasted agenda</source>
        <translation>l’ordre du jour collé</translation>
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
        <translation>La base de données a été mise à niveau du schéma {0} au schéma actuel.</translation>
    </message>
    <message>
        <source>The sample meetings were loaded: choose one on the left.</source>
        <translation>Les réunions d’exemple ont été chargées : choisissez-en une à gauche.</translation>
    </message>
    <message>
        <source>MeetingDesk cannot open the database {0}: {1}</source>
        <translation>MeetingDesk ne peut pas ouvrir la base de données {0} : {1}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Time left in the segment, or its overrun</source>
        <translation>Temps restant du segment, ou son dépassement</translation>
    </message>
    <message>
        <source>Time elapsed in the segment</source>
        <translation>Temps écoulé du segment</translation>
    </message>
    <message>
        <source>Sitting ahead or behind</source>
        <translation>Séance en avance ou en retard</translation>
    </message>
    <message>
        <source>Projected end of the sitting</source>
        <translation>Fin prévue de la séance</translation>
    </message>
    <message>
        <source>The sitting is closed</source>
        <translation>La séance est close</translation>
    </message>
    <message>
        <source>Next: {0} (planned {1})</source>
        <translation>Suivant : {0} (prévu {1})</translation>
    </message>
    <message>
        <source>No segment left to run</source>
        <translation>Plus aucun segment à tenir</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>jusqu’à {0}</translation>
    </message>
    <message>
        <source>over</source>
        <translation>dépassement</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restant</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>écoulé</translation>
    </message>
    <message>
        <source>{0} of {1} elapsed</source>
        <translation>{0} sur {1} écoulés</translation>
    </message>
    <message>
        <source>no planned length</source>
        <translation>pas de durée prévue</translation>
    </message>
    <message>
        <source>Projected end {0} (planned {1})</source>
        <translation>Fin estimée {0} (prévue {1})</translation>
    </message>
    <message>
        <source>Planned end {0}</source>
        <translation>Fin prévue {0}</translation>
    </message>
    <message>
        <source>Rehearsal · {0}</source>
        <translation>Répétition · {0}</translation>
    </message>
    <message>
        <source>Has the floor</source>
        <translation>À la parole</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Speaker&apos;s time</source>
        <translation>Temps de parole de l’orateur</translation>
    </message>
    <message>
        <source>Slow down: shown to the speaker and the booths · W clears it</source>
        <translation>Ralentir : affiché à l’orateur et aux cabines · W l’efface</translation>
    </message>
    <message>
        <source>Slow-down signal</source>
        <translation>Signal « ralentir »</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <source>Interpretation: relay and texts</source>
        <translation>Interprétation : relais et textes</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Message à l’orateur</translation>
    </message>
    <message>
        <source>The floor</source>
        <translation>La parole</translation>
    </message>
    <message>
        <source>{0}  [protected: shown as “{1}”]</source>
        <translation>{0}  [protégé : affiché comme « {1} »]</translation>
    </message>
    <message>
        <source>Online: cannot see the room timer.</source>
        <translation>En ligne : ne voit pas le chronomètre de la salle.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>{0} allotted · {1} spoken</source>
        <translation>{0} alloué · {1} utilisé</translation>
    </message>
    <message>
        <source>{0} spoken, no time limit</source>
        <translation>{0} utilisé, sans limite de temps</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Suivant : {0}</translation>
    </message>
    <message>
        <source>Nobody else is on the list.</source>
        <translation>Personne d’autre n’est inscrit.</translation>
    </message>
    <message>
        <source>Message on the display: “{0}”</source>
        <translation>Message à l’écran : « {0} »</translation>
    </message>
    <message>
        <source>The record is complete: review and export it from the main window (Ctrl+Shift+E).</source>
        <translation>Le relevé est complet : consultez-le et exportez-le depuis la fenêtre principale (Ctrl+Maj+E).</translation>
    </message>
    <message>
        <source>Ctrl+N opens the sitting and starts “{0}”.</source>
        <translation>Ctrl+N ouvre la séance et commence « {0} ».</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Pas encore commencé</translation>
    </message>
    <message>
        <source>Close the sitting from the Sitting menu when it is over.</source>
        <translation>Levez la séance depuis le menu Séance une fois terminée.</translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation>Entre deux segments</translation>
    </message>
    <message>
        <source>Ctrl+N starts “{0}”.</source>
        <translation>Ctrl+N commence « {0} ».</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <source>Nobody is waiting: R adds a speaker, Ctrl+E ends the segment.</source>
        <translation>Personne n’attend : R ajoute un orateur, Ctrl+E termine le segment.</translation>
    </message>
    <message>
        <source>Press N or Space to give the floor to the next speaker.</source>
        <translation>Appuyez sur N ou Espace pour donner la parole à l’orateur suivant.</translation>
    </message>
    <message>
        <source>Request the floor: name or delegation</source>
        <translation>Demande de parole : nom ou délégation</translation>
    </message>
    <message>
        <source>Name or delegation, then Enter</source>
        <translation>Nom ou délégation, puis Entrée</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d’ordre</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Speaks online</source>
        <translation>Intervient en ligne</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Add to the list of speakers</source>
        <translation>Inscrire sur la liste des orateurs</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>{0} — moderator console</source>
        <translation>{0} — console du modérateur</translation>
    </message>
    <message>
        <source>Moderator console</source>
        <translation>Console du modérateur</translation>
    </message>
    <message>
        <source>Agenda of the sitting</source>
        <translation>Ordre du jour de la séance</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <source>Who fits before the segment ends</source>
        <translation>Qui passe avant la fin du segment</translation>
    </message>
    <message>
        <source>Skipped speakers to call again</source>
        <translation>Orateurs sautés à rappeler</translation>
    </message>
    <message>
        <source>Message to the speaker&apos;s display; Enter sends, an empty line clears, Esc cancels</source>
        <translation>Message à l’écran de l’orateur ; Entrée envoie, une ligne vide efface, Échap annule</translation>
    </message>
    <message>
        <source>Run as a &amp;rehearsal now</source>
        <translation>Tenir une &amp;répétition maintenant</translation>
    </message>
    <message>
        <source>&amp;Keep the programmed times</source>
        <translation>&amp;Garder l’horaire programmé</translation>
    </message>
    <message>
        <source>Last action, and how to undo it</source>
        <translation>Dernière action, et comment l’annuler</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;List of speakers</source>
        <translation>&amp;Liste des orateurs</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Orateur &amp;suivant</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker on the list</source>
        <translation>Donner la parole à l’orateur suivant sur la liste</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / reprise</translation>
    </message>
    <message>
        <source>Pause or resume the speaker&apos;s time</source>
        <translation>Suspendre ou reprendre le temps de parole de l’orateur</translation>
    </message>
    <message>
        <source>+30 seconds</source>
        <translation>+30 secondes</translation>
    </message>
    <message>
        <source>Give the speaker 30 seconds more</source>
        <translation>Donner 30 secondes de plus à l’orateur</translation>
    </message>
    <message>
        <source>−30 seconds</source>
        <translation>−30 secondes</translation>
    </message>
    <message>
        <source>Take 30 seconds off the speaker&apos;s time</source>
        <translation>Retirer 30 secondes au temps de l’orateur</translation>
    </message>
    <message>
        <source>&amp;End speaker</source>
        <translation>&amp;Terminer l’intervention</translation>
    </message>
    <message>
        <source>End the current speaker&apos;s turn</source>
        <translation>Terminer l’intervention de l’orateur en cours</translation>
    </message>
    <message>
        <source>&amp;Skip next speaker</source>
        <translation>&amp;Sauter l’orateur suivant</translation>
    </message>
    <message>
        <source>Skip the selected (or next) speaker for now: they are called again later</source>
        <translation>Sauter pour l’instant l’orateur sélectionné (ou suivant) : il sera rappelé plus tard</translation>
    </message>
    <message>
        <source>Re&amp;call skipped speaker</source>
        <translation>Ra&amp;ppeler l’orateur sauté</translation>
    </message>
    <message>
        <source>Put the first skipped speaker back at the head of the list</source>
        <translation>Remettre le premier orateur sauté en tête de liste</translation>
    </message>
    <message>
        <source>Point of &amp;order</source>
        <translation>Motion d’&amp;ordre</translation>
    </message>
    <message>
        <source>Put a point of order ahead of everyone: type the delegation, then Enter</source>
        <translation>Placer une motion d’ordre avant tout le monde : tapez la délégation, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Request the floor</source>
        <translation>&amp;Demander la parole</translation>
    </message>
    <message>
        <source>Add a speaker to the list: type a name or delegation, then Enter</source>
        <translation>Inscrire un orateur : tapez un nom ou une délégation, puis Entrée</translation>
    </message>
    <message>
        <source>Overrun → &amp;delay</source>
        <translation>Dépassement → &amp;retard</translation>
    </message>
    <message>
        <source>Accept the late start and overrun of this segment: the rest of the plan moves later</source>
        <translation>Accepter le début tardif et le dépassement de ce segment : la suite du plan est décalée</translation>
    </message>
    <message>
        <source>&amp;Message to speaker</source>
        <translation>&amp;Message à l’orateur</translation>
    </message>
    <message>
        <source>Write a short message on the speaker&apos;s display</source>
        <translation>Écrire un court message sur l’écran de l’orateur</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Annuler la dernière action</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Do again the action undone last</source>
        <translation>Refaire la dernière action annulée</translation>
    </message>
    <message>
        <source>Start next se&amp;gment</source>
        <translation>Commencer le se&amp;gment suivant</translation>
    </message>
    <message>
        <source>Start the next planned segment (opens the sitting first)</source>
        <translation>Commencer le segment prévu suivant (ouvre d’abord la séance)</translation>
    </message>
    <message>
        <source>End segmen&amp;t</source>
        <translation>Terminer le segmen&amp;t</translation>
    </message>
    <message>
        <source>End the running segment</source>
        <translation>Terminer le segment en cours</translation>
    </message>
    <message>
        <source>Skip selected segment</source>
        <translation>Sauter le segment sélectionné</translation>
    </message>
    <message>
        <source>Skip the segment selected in the agenda</source>
        <translation>Sauter le segment sélectionné dans l’ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Close the sitting</source>
        <translation>&amp;Lever la séance</translation>
    </message>
    <message>
        <source>Close the sitting: the clocks stop and the journal is complete</source>
        <translation>Lever la séance : les horloges s’arrêtent et le journal est complet</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>É&amp;cran de l’orateur</translation>
    </message>
    <message>
        <source>Show or hide the speaker&apos;s display window</source>
        <translation>Afficher ou masquer la fenêtre de l’écran de l’orateur</translation>
    </message>
    <message>
        <source>Display &amp;full screen</source>
        <translation>Écran en &amp;plein écran</translation>
    </message>
    <message>
        <source>Show the speaker&apos;s display full screen, or back in a window</source>
        <translation>Afficher l’écran de l’orateur en plein écran, ou de nouveau dans une fenêtre</translation>
    </message>
    <message>
        <source>&amp;Interpreters&apos; view</source>
        <translation>Vue des &amp;interprètes</translation>
    </message>
    <message>
        <source>Show or hide the interpreters&apos; window for the booths</source>
        <translation>Afficher ou masquer la fenêtre des interprètes pour les cabines</translation>
    </message>
    <message>
        <source>Slo&amp;w down</source>
        <translation>Ra&amp;lentir</translation>
    </message>
    <message>
        <source>Ask the speaker to slow down for the interpreters; W again clears it</source>
        <translation>Demander à l’orateur de ralentir pour les interprètes ; W de nouveau l’efface</translation>
    </message>
    <message>
        <source>Floor &amp;language…</source>
        <translation>&amp;Langue de l’orateur…</translation>
    </message>
    <message>
        <source>The speaker switched language: choose the new floor language</source>
        <translation>L’orateur a changé de langue : choisissez la nouvelle langue de l’orateur</translation>
    </message>
    <message>
        <source>Put next &amp;round of questions</source>
        <translation>Poser la série de &amp;questions suivante</translation>
    </message>
    <message>
        <source>Put the next round of questions, as shown under the list, to the panel</source>
        <translation>Poser au panel la série de questions suivante, affichée sous la liste</translation>
    </message>
    <message>
        <source>&amp;Rapporteur workspace…</source>
        <translation>Espace du &amp;rapporteur…</translation>
    </message>
    <message>
        <source>Open the rapporteur&apos;s workspace for this sitting</source>
        <translation>Ouvrir l’espace du rapporteur pour cette séance</translation>
    </message>
    <message>
        <source>Re&amp;view and export…</source>
        <translation>&amp;Bilan et export…</translation>
    </message>
    <message>
        <source>Planned vs actual times, who spoke, statistics and exports for this sitting</source>
        <translation>Horaires prévus et réels, orateurs, statistiques et exports de cette séance</translation>
    </message>
    <message>
        <source>&amp;Sitting</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>&amp;Orateur</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>D&amp;isplay</source>
        <translation>É&amp;cran</translation>
    </message>
    <message>
        <source>Share screens on the &amp;network…</source>
        <translation>Partager les écrans sur le &amp;réseau…</translation>
    </message>
    <message>
        <source>Show on &amp;screen</source>
        <translation>Afficher sur l’&amp;écran</translation>
    </message>
    <message>
        <source>In&amp;terpretation</source>
        <translation>In&amp;terprétation</translation>
    </message>
    <message>
        <source>Floor language is</source>
        <translation>La langue de l’orateur est</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Live actions</source>
        <translation>Actions en direct</translation>
    </message>
    <message>
        <source>Not saved: another console holds this sitting (see above).</source>
        <translation>Non enregistré : une autre console tient cette séance (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Choose first: run the sitting as a rehearsal now, or keep its programmed times.</source>
        <translation>Choisissez d’abord : tenir la séance maintenant comme répétition, ou garder son horaire programmé.</translation>
    </message>
    <message>
        <source>Programmed times.</source>
        <translation>Horaire programmé.</translation>
    </message>
    <message>
        <source>Rehearsal.</source>
        <translation>Répétition.</translation>
    </message>
    <message>
        <source>Rehearsal or the real sitting?</source>
        <translation>Répétition ou séance réelle ?</translation>
    </message>
    <message>
        <source>You chose to run it as a rehearsal now.</source>
        <translation>Vous avez choisi de la tenir maintenant comme répétition.</translation>
    </message>
    <message>
        <source>You chose to keep the programmed times.</source>
        <translation>Vous avez choisi de garder l’horaire programmé.</translation>
    </message>
    <message>
        <source>Part of this sitting&apos;s journal cannot be read, so nothing can be changed here. What could be read is shown.
{0}</source>
        <translation>Une partie du journal de cette séance est illisible, rien ne peut donc être modifié ici. Ce qui a pu être lu est affiché.
{0}</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <source>“{0}” pressed twice within {1:g} s: the second press was ignored.</source>
        <translation>« {0} » appuyé deux fois en {1:g} s : le second appui a été ignoré.</translation>
    </message>
    <message>
        <source>Nobody is waiting on the list.</source>
        <translation>Personne n’attend sur la liste.</translation>
    </message>
    <message>
        <source>No skipped speaker is waiting to be called again.</source>
        <translation>Aucun orateur sauté n’attend d’être rappelé.</translation>
    </message>
    <message>
        <source>Select the segment to skip in the agenda first.</source>
        <translation>Sélectionnez d’abord dans l’ordre du jour le segment à sauter.</translation>
    </message>
    <message>
        <source>{0} (late: the computer was asleep)</source>
        <translation>{0} (en retard : l’ordinateur était en veille)</translation>
    </message>
    <message>
        <source>Nobody is speaking.</source>
        <translation>Personne ne parle.</translation>
    </message>
    <message>
        <source>Nobody is waiting. R adds a speaker, O a point of order.</source>
        <translation>Personne n’attend. R ajoute un orateur, O une motion d’ordre.</translation>
    </message>
    <message>
        <source>All {0} fit before the segment ends.</source>
        <translation>Les {0} passent avant la fin du segment.</translation>
    </message>
    <message>
        <source>{0} of {1} fit before the segment ends (red line): the rest speak time permitting.</source>
        <translation>{0} sur {1} passent avant la fin du segment (ligne rouge) : les autres parlent si le temps le permet.</translation>
    </message>
    <message>
        <source>A limit of {0} each would fit everyone.</source>
        <translation>Une limite de {0} chacun permettrait à tous de parler.</translation>
    </message>
    <message>
        <source>Skipped, to call again (Shift+S): {0}</source>
        <translation>Sautés, à rappeler (Maj+S) : {0}</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>{0} — Ctrl+Z undoes</source>
        <translation>{0} — Ctrl+Z annule</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z redoes: {0}</source>
        <translation>Ctrl+Maj+Z rétablit : {0}</translation>
    </message>
    <message>
        <source>Questions waiting for the panel</source>
        <translation>Questions en attente pour le panel</translation>
    </message>
    <message>
        <source>Next round of questions</source>
        <translation>Série de questions suivante</translation>
    </message>
    <message>
        <source>Q&amp;A: {0} waiting</source>
        <translation>Questions-réponses : {0} en attente</translation>
    </message>
    <message>
        <source>Q&amp;A: no question waiting</source>
        <translation>Questions-réponses : aucune question en attente</translation>
    </message>
    <message>
        <source>1 round put</source>
        <translation>1 série posée</translation>
    </message>
    <message>
        <source>{0} rounds put</source>
        <translation>{0} séries posées</translation>
    </message>
    <message>
        <source>not up to date: the database cannot be read</source>
        <translation>pas à jour : la base de données est illisible</translation>
    </message>
    <message>
        <source>Next round (Q):</source>
        <translation>Série suivante (Q) :</translation>
    </message>
    <message>
        <source>Nothing to put to the panel.</source>
        <translation>Rien à poser au panel.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>anonyme</translation>
    </message>
</context>
<context>
    <name>ConsoleToolbar</name>
    <message>
        <source>Next segment</source>
        <translation>Segment suivant</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Sauter</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Motion d’ordre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Overrun → delay</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Écran</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Une erreur s’est produite : {0}</translation>
    </message>
    <message>
        <source>The details are in the log: {0}</source>
        <translation>Les détails sont dans le journal : {0}</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translation>Les détails figurent ci-dessous.</translation>
    </message>
    <message>
        <source>Nothing you saved is lost; you can carry on.</source>
        <translation>Rien de ce que vous avez enregistré n’est perdu ; vous pouvez continuer.</translation>
    </message>
    <message>
        <source>{0} errors so far in this session.</source>
        <translation>{0} erreurs jusqu’ici dans cette session.</translation>
    </message>
    <message>
        <source>MeetingDesk error</source>
        <translation>Erreur de MeetingDesk</translation>
    </message>
</context>
<context>
    <name>InterpreterView</name>
    <message>
        <source>Floor language: listeners hear the speaker</source>
        <translation>Langue de l’orateur : le public entend l’orateur</translation>
    </message>
    <message>
        <source>Direct from {0}</source>
        <translation>Directe depuis {0}</translation>
    </message>
    <message>
        <source>RELAY from {0} booth</source>
        <translation>RELAIS depuis la cabine {0}</translation>
    </message>
    <message>
        <source>Standby: another booth works into this language</source>
        <translation>En attente : une autre cabine travaille vers cette langue</translation>
    </message>
    <message>
        <source>NO COVER: nobody can give this booth the speaker</source>
        <translation>SANS COUVERTURE : personne ne peut donner l’orateur à cette cabine</translation>
    </message>
    <message>
        <source>Silent: nobody has the floor</source>
        <translation>Silence : personne n’a la parole</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Cabine</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Travaille</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>{0} interpreters</source>
        <translation>{0} interprètes</translation>
    </message>
    <message>
        <source>Text received</source>
        <translation>Texte reçu</translation>
    </message>
    <message>
        <source>No text received</source>
        <translation>Aucun texte reçu</translation>
    </message>
    <message>
        <source>No text expected</source>
        <translation>Aucun texte attendu</translation>
    </message>
    <message>
        <source>{0} — interpreters</source>
        <translation>{0} — interprètes</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Interprètes</translation>
    </message>
    <message>
        <source>Interpreters&apos; view</source>
        <translation>Vue des interprètes</translation>
    </message>
    <message>
        <source>SLOW DOWN — the chair has asked the speaker to slow down</source>
        <translation>RALENTIR — la présidence a demandé à l’orateur de ralentir</translation>
    </message>
    <message>
        <source>Slow-down signal from the chair</source>
        <translation>Signal « ralentir » de la présidence</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>À la parole</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation>Langue de l’orateur</translation>
    </message>
    <message>
        <source>Speech text</source>
        <translation>Texte du discours</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>What each booth does</source>
        <translation>Ce que fait chaque cabine</translation>
    </message>
    <message>
        <source>The speaker&apos;s text, as sent to the interpreters</source>
        <translation>Le texte de l’orateur, tel qu’envoyé aux interprètes</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <source>Nobody else is on the list.</source>
        <translation>Personne d’autre n’est inscrit.</translation>
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
        <translation>Réunions</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Détails de la réunion</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&lt;p&gt;Opening the database…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ouverture de la base de données…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open programme file…</source>
        <translation>&amp;Ouvrir un fichier de programme…</translation>
    </message>
    <message>
        <source>Import a programme file (TOML) into the database</source>
        <translation>Importer un fichier de programme (TOML) dans la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Run the sitting live…</source>
        <translation>&amp;Tenir la séance en direct…</translation>
    </message>
    <message>
        <source>Open the moderator console for the selected sitting</source>
        <translation>Ouvrir la console du modérateur pour la séance sélectionnée</translation>
    </message>
    <message>
        <source>Rapporteur &amp;workspace…</source>
        <translation>Espace du &amp;rapporteur…</translation>
    </message>
    <message>
        <source>Log questions, contributions, notes and key messages for the selected sitting</source>
        <translation>Consigner questions, contributions, notes et messages clés pour la séance sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;view and export…</source>
        <translation>&amp;Bilan et export…</translation>
    </message>
    <message>
        <source>Planned vs actual times, who spoke, Q&amp;A, statistics; export Word, PDF, CSV, JSON, calendar</source>
        <translation>Horaires prévus et réels, orateurs, questions-réponses, statistiques ; export Word, PDF, CSV, JSON, calendrier</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>Make a programme from scratch in the programme editor</source>
        <translation>Créer un programme de zéro dans l’éditeur de programme</translation>
    </message>
    <message>
        <source>New meeting from &amp;agenda text…</source>
        <translation>Nouvelle réunion à partir du texte de l’&amp;ordre du jour…</translation>
    </message>
    <message>
        <source>Paste an invitation&apos;s agenda and edit the draft it gives</source>
        <translation>Coller l’ordre du jour d’une invitation et modifier le projet obtenu</translation>
    </message>
    <message>
        <source>&amp;Edit the programme…</source>
        <translation>&amp;Modifier le programme…</translation>
    </message>
    <message>
        <source>Open the chosen meeting in the programme editor</source>
        <translation>Ouvrir la réunion choisie dans l’éditeur de programme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Sitting</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>Open as &amp;seat</source>
        <translation>Ouvrir comme &amp;poste</translation>
    </message>
    <message>
        <source>This window of the selected sitting in a process of its own, following its journal (as on another machine)</source>
        <translation>Cette fenêtre de la séance sélectionnée dans un processus à part, qui suit son journal (comme sur une autre machine)</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Speaker &amp;display</source>
        <translation>É&amp;cran de l’orateur</translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation>&amp;Interprètes</translation>
    </message>
    <message>
        <source>&amp;Rapporteur</source>
        <translation>&amp;Rapporteur</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>Show the folder of MeetingDesk&apos;s log file, to send it with a report of a problem</source>
        <translation>Afficher le dossier du fichier journal de MeetingDesk, pour le joindre à un signalement de problème</translation>
    </message>
    <message>
        <source>&amp;About MeetingDesk</source>
        <translation>À &amp;propos de MeetingDesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>&lt;p&gt;No meeting in the database yet. Open a programme file (File ▸ Open).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune réunion dans la base de données pour l’instant. Ouvrez un fichier de programme (Fichier ▸ Ouvrir).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} — MeetingDesk</source>
        <translation>{0} — MeetingDesk</translation>
    </message>
    <message>
        <source>Home time zone: {0}</source>
        <translation>Fuseau horaire de référence : {0}</translation>
    </message>
    <message>
        <source>Languages: {0}</source>
        <translation>Langues : {0}</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Select a sitting (or one of its segments) in the programme first.</source>
        <translation>Sélectionnez d’abord une séance (ou l’un de ses segments) dans le programme.</translation>
    </message>
    <message>
        <source>The sitting cannot be opened.</source>
        <translation>La séance ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Sitting not opened</source>
        <translation>Séance non ouverte</translation>
    </message>
    <message>
        <source>Opening the {0} of sitting {1} as a seat of its own…</source>
        <translation>Ouverture de la fenêtre {0} de la séance {1} comme poste séparé…</translation>
    </message>
    <message>
        <source>Choose a meeting on the left first.</source>
        <translation>Choisissez d’abord une réunion à gauche.</translation>
    </message>
    <message>
        <source>The log folder is {0}</source>
        <translation>Le dossier du journal est {0}</translation>
    </message>
    <message>
        <source>Open a programme file</source>
        <translation>Ouvrir un fichier de programme</translation>
    </message>
    <message>
        <source>Programme files (*.toml);;All files (*)</source>
        <translation>Fichiers de programme (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{0} was not imported: {1} problem(s) must be fixed first.</source>
        <translation>{0} n’a pas été importé : {1} problème(s) à corriger d’abord.</translation>
    </message>
    <message>
        <source>{0} cannot be read.</source>
        <translation>{0} est illisible.</translation>
    </message>
    <message>
        <source>Imported {0} with {1} warning(s): {2}</source>
        <translation>{0} importé avec {1} avertissement(s) : {2}</translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation>{0} importé.</translation>
    </message>
    <message>
        <source>Programme not imported</source>
        <translation>Programme non importé</translation>
    </message>
    <message>
        <source>… and {0} more (see details)</source>
        <translation>… et {0} de plus (voir les détails)</translation>
    </message>
    <message>
        <source>The language changes when MeetingDesk starts again.</source>
        <translation>La langue change au prochain démarrage de MeetingDesk.</translation>
    </message>
</context>
<context>
    <name>MeetingDesk</name>
    <message>
        <source>Sitting {0} — {1}</source>
        <translation>Séance {0} — {1}</translation>
    </message>
    <message>
        <source>{0}, time permitting</source>
        <translation>{0}, si le temps le permet</translation>
    </message>
    <message>
        <source>{0}  [protected identity]</source>
        <translation>{0}  [identité protégée]</translation>
    </message>
    <message>
        <source>Protected identity: public screens and reports show the role only.</source>
        <translation>Identité protégée : les écrans publics et les rapports n’indiquent que la fonction.</translation>
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
        <translation>orateur</translation>
    </message>
    <message>
        <source>point of order</source>
        <translation>motion d’ordre</translation>
    </message>
    <message>
        <source>right of reply</source>
        <translation>droit de réponse</translation>
    </message>
    <message>
        <source>Rehearsal running since {0}</source>
        <translation>Répétition en cours depuis {0}</translation>
    </message>
    <message>
        <source>Running since {0}</source>
        <translation>En cours depuis {0}</translation>
    </message>
    <message>
        <source>Rehearsed {0}–{1}</source>
        <translation>Répétée {0}–{1}</translation>
    </message>
    <message>
        <source>Held {0}–{1}</source>
        <translation>Tenue {0}–{1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <source>{0} behind</source>
        <translation>{0} de retard</translation>
    </message>
    <message>
        <source>{0} ahead</source>
        <translation>{0} d’avance</translation>
    </message>
    <message>
        <source>Not saved: the database could not be written ({0}). Nothing was changed; try again.</source>
        <translation>Non enregistré : la base de données n’a pas pu être écrite ({0}). Rien n’a été modifié ; réessayez.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>several, separated by ;</source>
        <translation>plusieurs, séparés par ;</translation>
    </message>
    <message>
        <source>several, separated by commas</source>
        <translation>plusieurs, séparés par des virgules</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Not read: {0}</source>
        <translation>Non lu : {0}</translation>
    </message>
    <message>
        <source>Assumed: the source did not give it; check it</source>
        <translation>Supposé : la source ne le donnait pas ; vérifiez</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>P&amp;articipants</translation>
    </message>
    <message>
        <source>Interpretation booths</source>
        <translation>Cabines d’interprétation</translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation>&amp;Interprétation</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>A&amp;genda items</source>
        <translation>Points de l’&amp;ordre du jour</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Orateurs</translation>
    </message>
    <message>
        <source>Standing items</source>
        <translation>Points permanents</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <source>The guiding questions of the chosen standing item, one a line</source>
        <translation>Les questions directrices du point permanent choisi, une par ligne</translation>
    </message>
    <message>
        <source>Standing items (tour de table)</source>
        <translation>Points permanents (tour de table)</translation>
    </message>
    <message>
        <source>Speakers of the segment</source>
        <translation>Orateurs du segment</translation>
    </message>
    <message>
        <source>Segments of the sitting</source>
        <translation>Segments de la séance</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Lines not read</source>
        <translation>Lignes non lues</translation>
    </message>
    <message>
        <source>The pasted agenda</source>
        <translation>L’ordre du jour collé</translation>
    </message>
    <message>
        <source>Lines the importer could not read</source>
        <translation>Lignes que l’importation n’a pas pu lire</translation>
    </message>
    <message>
        <source>&amp;Save to the database</source>
        <translation>&amp;Enregistrer dans la base de données</translation>
    </message>
    <message>
        <source>&amp;Export programme file…</source>
        <translation>&amp;Exporter le fichier de programme…</translation>
    </message>
    <message>
        <source>Import &amp;inscriptions…</source>
        <translation>Importer les &amp;inscriptions…</translation>
    </message>
    <message>
        <source>Import &amp;participants…</source>
        <translation>Importer les &amp;participants…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remo&amp;ve the row</source>
        <translation>Supp&amp;rimer la ligne</translation>
    </message>
    <message>
        <source>Move the row &amp;up</source>
        <translation>Monter la ligne</translation>
    </message>
    <message>
        <source>Move the row &amp;down</source>
        <translation>Descendre la ligne</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>{0}, {1}: fix the errors to save</source>
        <translation>{0}, {1} : corrigez les erreurs pour enregistrer</translation>
    </message>
    <message>
        <source>{0}; it can be saved</source>
        <translation>{0} ; il peut être enregistré</translation>
    </message>
    <message>
        <source>No problems: ready to save</source>
        <translation>Aucun problème : prêt à enregistrer</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Problems ({0})</source>
        <translation>Problèmes ({0})</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>{0}[*] — Programme editor</source>
        <translation>{0}[*] — Éditeur de programme</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir {0}</translation>
    </message>
    <message>
        <source>Choose the sitting or the segment to add to first.</source>
        <translation>Choisissez d’abord la séance ou le segment où ajouter.</translation>
    </message>
    <message>
        <source>Choose the row to remove first.</source>
        <translation>Choisissez d’abord la ligne à supprimer.</translation>
    </message>
    <message>
        <source>Not saved: {0}. Export the programme file to keep your work.</source>
        <translation>Non enregistré : {0}. Exportez le fichier de programme pour garder votre travail.</translation>
    </message>
    <message>
        <source>Saved to the database.</source>
        <translation>Enregistré dans la base de données.</translation>
    </message>
    <message>
        <source>Export the programme file</source>
        <translation>Exporter le fichier de programme</translation>
    </message>
    <message>
        <source>Programme files (*.toml)</source>
        <translation>Fichiers de programme (*.toml)</translation>
    </message>
    <message>
        <source>Not exported: {0} must be fixed first.</source>
        <translation>Non exporté : {0} à corriger d’abord.</translation>
    </message>
    <message>
        <source>this programme</source>
        <translation>ce programme</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Non exporté : {0}</translation>
    </message>
    <message>
        <source>Exported {0}.</source>
        <translation>{0} exporté.</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Listes (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import the inscriptions</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer les participants</translation>
    </message>
    <message>
        <source>Inscriptions not imported</source>
        <translation>Inscriptions non importées</translation>
    </message>
    <message>
        <source>Choose the segment the interventions are for (Programme tab) first.</source>
        <translation>Choisissez d’abord le segment auquel les interventions se rapportent (onglet Programme).</translation>
    </message>
    <message>
        <source>inscriptions</source>
        <translation>inscriptions</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>Nothing imported from {0}</source>
        <translation>Rien n’a été importé depuis {0}</translation>
    </message>
    <message>
        <source>Imported from {0}</source>
        <translation>Importé depuis {0}</translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation>Éditeur de programme</translation>
    </message>
    <message>
        <source>Save the changes to the database before closing?</source>
        <translation>Enregistrer les modifications dans la base de données avant de fermer ?</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Registered after the deadline</source>
        <translation>Inscrit après la date limite</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>Cliquez pour aller au champ</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Ligne {0} : {1}</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Kind / role</source>
        <translation>Type / fonction</translation>
    </message>
    <message>
        <source>Time allotted</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation>Langue de l’orateur</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>video message</source>
        <translation>message vidéo</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>dans la salle</translation>
    </message>
    <message>
        <source>Time permitting: does not fit before the segment ends</source>
        <translation>Si le temps le permet : ne passe pas avant la fin du segment</translation>
    </message>
</context>
<context>
    <name>Rapporteur</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Posée par</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>merged with {0}</source>
        <translation>fusionnée avec {0}</translation>
    </message>
    <message>
        <source>{0} (round {1})</source>
        <translation>{0} (série {1})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>a passé son tour</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Speaker, if named</source>
        <translation>Orateur, s’il est nommé</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>asker</source>
        <translation>auteur de la question</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation>adressée à</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>partie prenante</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orateur</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Message clé</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse de</translation>
    </message>
    <message>
        <source>Rapporteur — {0}</source>
        <translation>Rapporteur — {0}</translation>
    </message>
    <message>
        <source>Rapporteur: {0}</source>
        <translation>Rapporteur : {0}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Your name, as the summary will print it after “Rapporteur”:</source>
        <translation>Votre nom, tel que le résumé l’imprimera après « Rapporteur » :</translation>
    </message>
    <message>
        <source>Name not taken: {0}</source>
        <translation>Nom non retenu : {0}</translation>
    </message>
    <message>
        <source>Logging as {0}</source>
        <translation>Consigné par {0}</translation>
    </message>
    <message>
        <source>Logging without a name</source>
        <translation>Consigné sans nom</translation>
    </message>
    <message>
        <source>panellists, separated by commas</source>
        <translation>panélistes, séparés par des virgules</translation>
    </message>
    <message>
        <source>General (no single item)</source>
        <translation>Général (aucun point précis)</translation>
    </message>
    <message>
        <source>who does it, where named</source>
        <translation>qui s’en charge, s’il est nommé</translation>
    </message>
    <message>
        <source>Save  ⏎</source>
        <translation>Enregistrer  ⏎</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Adressée à</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Item / question</source>
        <translation>Point / question</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Temps utilisé</translation>
    </message>
    <message>
        <source>Search everything logged (Ctrl+F)</source>
        <translation>Rechercher dans tout le relevé (Ctrl+F)</translation>
    </message>
    <message>
        <source>Your name, as the summary prints it after “Rapporteur” (click to change)</source>
        <translation>Votre nom, tel que le résumé l’imprime après « Rapporteur » (cliquez pour le changer)</translation>
    </message>
    <message>
        <source>Ctrl+1 question · Ctrl+2 contribution · Ctrl+3 note · Ctrl+4 key message · Ctrl+5 next step · Ctrl+6 answer · Ctrl+R next round · Ctrl+F search · Ctrl+L label for a protected name</source>
        <translation>Ctrl+1 question · Ctrl+2 contribution · Ctrl+3 note · Ctrl+4 message clé · Ctrl+5 prochaine étape · Ctrl+6 réponse · Ctrl+R série suivante · Ctrl+F recherche · Ctrl+L libellé d’un nom protégé</translation>
    </message>
    <message>
        <source>Questions ({0} waiting)</source>
        <translation>Questions ({0} en attente)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Tour-de-table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Notes ({0})</source>
        <translation>Notes ({0})</translation>
    </message>
    <message>
        <source>Search ({0})</source>
        <translation>Recherche ({0})</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Put next round</source>
        <translation>Poser la série suivante</translation>
    </message>
    <message>
        <source>Merge selected</source>
        <translation>Fusionner la sélection</translation>
    </message>
    <message>
        <source>Close Q&amp;&amp;A (not reached)</source>
        <translation>Clore les questions-réponses (non atteintes)</translation>
    </message>
    <message>
        <source>Use the label</source>
        <translation>Utiliser le libellé</translation>
    </message>
    <message>
        <source>No segment running</source>
        <translation>Aucun segment en cours</translation>
    </message>
    <message>
        <source>at the floor: {0}</source>
        <translation>à la parole : {0}</translation>
    </message>
    <message>
        <source>Answer to {0}</source>
        <translation>Réponse à {0}</translation>
    </message>
    <message>
        <source>a short note of the answer</source>
        <translation>une courte note de la réponse</translation>
    </message>
    <message>
        <source>select a question first</source>
        <translation>sélectionnez d’abord une question</translation>
    </message>
    <message>
        <source>type, then Enter</source>
        <translation>tapez, puis Entrée</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>answer to {0}</source>
        <translation>réponse à {0}</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>prochaine étape</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>message clé</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
    <message>
        <source>Protected name: {0}</source>
        <translation>Nom protégé : {0}</translation>
    </message>
    <message>
        <source>Use the label  {0}</source>
        <translation>Utiliser le libellé  {0}</translation>
    </message>
    <message>
        <source>Use the labels  {0}</source>
        <translation>Utiliser les libellés  {0}</translation>
    </message>
    <message>
        <source>Protected names replaced by their labels</source>
        <translation>Noms protégés remplacés par leurs libellés</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>Non fait : {0}</translation>
    </message>
    <message>
        <source>Round put to the panel</source>
        <translation>Série posée au panel</translation>
    </message>
    <message>
        <source>Select two or more questions to merge</source>
        <translation>Sélectionnez deux questions ou plus à fusionner</translation>
    </message>
    <message>
        <source>Merged with {0}</source>
        <translation>Fusionnée avec {0}</translation>
    </message>
    <message>
        <source>Questions not reached are marked</source>
        <translation>Les questions non atteintes sont marquées</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>levée</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Actual length</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Over/under</source>
        <translation>Avance/retard</translation>
    </message>
    <message>
        <source>Corrected by {who} on {at}: {field} {old} → {new}. Why: {why}</source>
        <translation>Corrigé par {who} le {at} : {field} {old} → {new}. Motif : {why}</translation>
    </message>
    <message>
        <source>{role}, {request_kind}</source>
        <translation>{role}, {request_kind}</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Written statement</source>
        <translation>Déclaration écrite</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Posée par</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>merged with {merged_into}</source>
        <translation>fusionnée avec {merged_into}</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>a passé son tour</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Message clé</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation>Langue de l’orateur</translation>
    </message>
    <message>
        <source>Panel vs floor</source>
        <translation>Panel / salle</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>The {format} export failed: {error}</source>
        <translation>L’export {format} a échoué : {error}</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>Nom de l’orateur</translation>
    </message>
    <message>
        <source>Start time (From)</source>
        <translation>Heure de début (De)</translation>
    </message>
    <message>
        <source>End time (To)</source>
        <translation>Heure de fin (À)</translation>
    </message>
    <message>
        <source>a language code, e.g. es or fr</source>
        <translation>un code de langue, p. ex. es ou fr</translation>
    </message>
    <message>
        <source>HH:MM:SS, or an ISO date and time</source>
        <translation>HH:MM:SS, ou une date et heure ISO</translation>
    </message>
    <message>
        <source>Correct intervention {number}</source>
        <translation>Corriger l’intervention {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}. {speaker}&lt;/b&gt; — {segment}, {clock}–{value}</source>
        <translation>&lt;b&gt;{number}. {speaker}&lt;/b&gt; — {segment}, {clock}–{value}</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>your name (required)</source>
        <translation>votre nom (obligatoire)</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Corrigé par</translation>
    </message>
    <message>
        <source>required; every report lists it with the correction</source>
        <translation>obligatoire ; chaque rapport l’indique avec la correction</translation>
    </message>
    <message>
        <source>The record is not edited: the correction is added to the journal with who and why, and every report marks it and lists it.</source>
        <translation>Le relevé n’est pas modifié : la correction est ajoutée au journal avec son auteur et son motif, et chaque rapport la signale et la liste.</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Not recorded: {reason}.</source>
        <translation>Non enregistré : {reason}.</translation>
    </message>
    <message>
        <source>Protected names in the export</source>
        <translation>Noms protégés dans l’export</translation>
    </message>
    <message>
        <source>&lt;b&gt;The {value} export names a protected person {value2}. Nothing was written.&lt;/b&gt;</source>
        <translation>&lt;b&gt;L’export {value} nomme une personne protégée {value2}. Rien n’a été écrit.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} fois</translation>
    </message>
    <message>
        <source>Each mention below is what a reader of the file would see. Go back to correct the record (or clear the person for this export), or write the file with these mentions if they name no one (a common word, another person).</source>
        <translation>Chaque mention ci-dessous est ce que verrait un lecteur du fichier. Revenez en arrière pour corriger le relevé (ou lever la protection de la personne pour cet export), ou écrivez le fichier avec ces mentions si elles ne nomment personne (un mot courant, une autre personne).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Écrire quand même</translation>
    </message>
    <message>
        <source>Review — {title} (rehearsal)</source>
        <translation>Bilan — {title} (répétition)</translation>
    </message>
    <message>
        <source>Review — {title}</source>
        <translation>Bilan — {title}</translation>
    </message>
    <message>
        <source>Up to date with the journals at {0}</source>
        <translation>À jour des journaux à {0}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct the selected intervention: the correction is recorded with who and why</source>
        <translation>Corriger l’intervention sélectionnée : la correction est consignée avec son auteur et son motif</translation>
    </message>
    <message>
        <source>Read-only. To correct an intervention, select it and choose Correct… (or right-click it); the correction is recorded with who and why, and marked * here and in the reports.</source>
        <translation>Lecture seule. Pour corriger une intervention, sélectionnez-la et choisissez Corriger… (ou clic droit) ; la correction est consignée avec son auteur et son motif, et marquée * ici et dans les rapports.</translation>
    </message>
    <message>
        <source>Who spoke ({count})</source>
        <translation>Orateurs ({count})</translation>
    </message>
    <message>
        <source>Not heard ({count})</source>
        <translation>Non entendus ({count})</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A ({count})</source>
        <translation>Q&amp;&amp;R ({count})</translation>
    </message>
    <message>
        <source>Tour de table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Notes, key messages, next steps ({count})</source>
        <translation>Notes, messages clés, prochaines étapes ({count})</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Corrections ({count})</source>
        <translation>Corrections ({count})</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Protected identities: {protected} shown by role</source>
        <translation>Noms protégés : {protected} par fonction</translation>
    </message>
    <message>
        <source>Clear {display_name} for the next export</source>
        <translation>Lever la protection de {display_name} pour le prochain export</translation>
    </message>
    <message>
        <source>planned {start}–{end}</source>
        <translation>prévue {start}–{end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir de {start}</translation>
    </message>
    <message>
        <source>held {start}–{end}</source>
        <translation>tenue {start}–{end}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>non ouverte</translation>
    </message>
    <message>
        <source>Rehearsal, {date}, {planned} {zone}, {actual} ({status})</source>
        <translation>Répétition, {date}, {planned} {zone}, {actual} ({status})</translation>
    </message>
    <message>
        <source>{date}, {planned} {zone}, {actual} ({status})</source>
        <translation>{date}, {planned} {zone}, {actual} ({status})</translation>
    </message>
    <message>
        <source>{interventions}, {time} speaking time, {not_heard} not heard, {questions}, {messages}</source>
        <translation>{interventions}, {time} de temps de parole, {not_heard} non entendus, {questions}, {messages}</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>interventions</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>key message</source>
        <translation>message clé</translation>
    </message>
    <message>
        <source>key messages</source>
        <translation>messages clés</translation>
    </message>
    <message>
        <source>Corrected intervention {number} ({field}); see Corrections</source>
        <translation>Intervention {number} corrigée ({field}) ; voir Corrections</translation>
    </message>
    <message>
        <source>Protected identities: {n} shown by role</source>
        <translation>Noms protégés : {n} par fonction</translation>
    </message>
    <message>
        <source>, {count} cleared</source>
        <translation>, {count} levées</translation>
    </message>
    <message>
        <source>Export {value}</source>
        <translation>Exporter {value}</translation>
    </message>
    <message>
        <source>Writing {value}…</source>
        <translation>Écriture {value}…</translation>
    </message>
    <message>
        <source>Wrote {files}</source>
        <translation>Écrit : {files}</translation>
    </message>
    <message>
        <source>Not written: {count} mention(s) of a protected name</source>
        <translation>Non écrit : {count} mention(s) d’un nom protégé</translation>
    </message>
</context>
<context>
    <name>SeatBar</name>
    <message>
        <source>Nobody holds this sitting: take it over to run it from here.</source>
        <translation>Personne ne tient cette séance : prenez-la pour la conduire d’ici.</translation>
    </message>
    <message>
        <source>last heard {0}</source>
        <translation>dernier signe {0}</translation>
    </message>
    <message>
        <source>Held by {user} on {holder} since {since}, {heard}. This console follows it.</source>
        <translation>Tenue par {user} sur {holder} depuis {since}, {heard}. Cette console la suit.</translation>
    </message>
    <message>
        <source>Take over this sitting</source>
        <translation>Prendre cette séance</translation>
    </message>
</context>
<context>
    <name>ShareScreens</name>
    <message>
        <source>Speaker&apos;s timer</source>
        <translation>Chronomètre de l’orateur</translation>
    </message>
    <message>
        <source>for an online speaker, or a screen at the lectern</source>
        <translation>pour un orateur en ligne, ou un écran au pupitre</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Interprètes</translation>
    </message>
    <message>
        <source>for the booths&apos; own computers</source>
        <translation>pour les ordinateurs des cabines</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>the clocks and the list of speakers, on a tablet</source>
        <translation>les horloges et la liste des orateurs, sur une tablette</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur seulement (127.0.0.1)</translation>
    </message>
    <message>
        <source>The network of {0} ({1})</source>
        <translation>Le réseau de {0} ({1})</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>Tous les réseaux de cet ordinateur (0.0.0.0)</translation>
    </message>
    <message>
        <source>QR code of the address of the {0}</source>
        <translation>Code QR de l’adresse de l’écran : {0}</translation>
    </message>
    <message>
        <source>Address of the {0}</source>
        <translation>Adresse de l’écran : {0}</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the address, to send it to whoever needs this screen</source>
        <translation>Copier l’adresse, pour l’envoyer à qui a besoin de cet écran</translation>
    </message>
    <message>
        <source>&amp;New address</source>
        <translation>&amp;Nouvelle adresse</translation>
    </message>
    <message>
        <source>Replace this address: pages open with the old one stop and say so</source>
        <translation>Remplacer cette adresse : les pages ouvertes avec l’ancienne s’arrêtent et le signalent</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Non partagé</translation>
    </message>
    <message>
        <source>Share screens on the network — {0}</source>
        <translation>Partager les écrans sur le réseau — {0}</translation>
    </message>
    <message>
        <source>Share screens on the network</source>
        <translation>Partager les écrans sur le réseau</translation>
    </message>
    <message>
        <source>Where to share the screens</source>
        <translation>Où partager les écrans</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Commencer le partage</translation>
    </message>
    <message>
        <source>New addresses for &amp;all</source>
        <translation>Nouvelles adresses pour &amp;tous</translation>
    </message>
    <message>
        <source>Replace every address: every page open now stops and says so</source>
        <translation>Remplacer toutes les adresses : toute page ouverte s’arrête et le signale</translation>
    </message>
    <message>
        <source>Share on:</source>
        <translation>Partager sur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Port {0} cannot be used on {1} ({2}): choose another port, or another network.</source>
        <translation>Le port {0} ne peut pas être utilisé sur {1} ({2}) : choisissez un autre port, ou un autre réseau.</translation>
    </message>
    <message>
        <source>The screens cannot be shared: {0}</source>
        <translation>Les écrans ne peuvent pas être partagés : {0}</translation>
    </message>
    <message>
        <source>Sharing stopped: the pages say that the connection is lost.</source>
        <translation>Partage arrêté : les pages indiquent que la connexion est perdue.</translation>
    </message>
    <message>
        <source>New address given: pages open with the old one stopped.</source>
        <translation>Nouvelle adresse donnée : les pages ouvertes avec l’ancienne se sont arrêtées.</translation>
    </message>
    <message>
        <source>New addresses given: every page open with an old one stopped.</source>
        <translation>Nouvelles adresses données : toute page ouverte avec une ancienne s’est arrêtée.</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <source>Shared on this computer only: choose a network to reach phones, tablets and booths.</source>
        <translation>Partagé sur cet ordinateur seulement : choisissez un réseau pour atteindre téléphones, tablettes et cabines.</translation>
    </message>
    <message>
        <source>Anyone with an address can read that screen (read-only): give each to those who need it. Phones and tablets must be on the same network.</source>
        <translation>Quiconque a une adresse peut lire cet écran (en lecture seule) : donnez chacune à qui en a besoin. Téléphones et tablettes doivent être sur le même réseau.</translation>
    </message>
    <message>
        <source>Not shared. The screens are read-only; each address carries a secret that changes every time sharing starts.</source>
        <translation>Non partagé. Les écrans sont en lecture seule ; chaque adresse porte un secret qui change à chaque début de partage.</translation>
    </message>
    <message>
        <source>This console cannot share its screens: it was opened without its database.</source>
        <translation>Cette console ne peut pas partager ses écrans : elle a été ouverte sans sa base de données.</translation>
    </message>
</context>
<context>
    <name>SpeakerDisplay</name>
    <message>
        <source>Speaker display</source>
        <translation>Écran de l’orateur</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Full screen on or off (F11)</source>
        <translation>Plein écran ou non (F11)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>The sitting is closed</source>
        <translation>La séance est close</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Suivant : {0}</translation>
    </message>
    <message>
        <source>until its planned start, {0}</source>
        <translation>jusqu’à son début prévu, {0}</translation>
    </message>
    <message>
        <source>planned for {0}</source>
        <translation>prévu à {0}</translation>
    </message>
    <message>
        <source>{0} · first: {1}</source>
        <translation>{0} · en premier : {1}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>PLEASE SLOW DOWN</source>
        <translation>VEUILLEZ RALENTIR</translation>
    </message>
    <message>
        <source>Show on screen</source>
        <translation>Afficher sur l’écran</translation>
    </message>
</context>
</TS>
