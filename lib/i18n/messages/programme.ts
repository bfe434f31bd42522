import { defineMessages } from '../define';

/** The programme adaptation editor in Settings (components/programme/). */
export const programme = defineMessages(
  {
    'programme.title': 'Programme adaptation',
    'programme.intro':
      'Fit the built-in IMR content to your programme. Your changes are kept apart from the built-in content, so a content update never removes them, and you can share them with your team as a file.',
    'programme.name': 'Programme name',
    'programme.nameHint': 'Shown in exported files, so colleagues can see whose adaptation it is.',
    'programme.nameRequired': 'Enter a programme name.',
    'programme.notNumber': 'Enter a number.',

    'programme.counts.title': 'Sessions per module',
    'programme.counts.hint':
      'From {min} to {max} sessions. Fewer leaves out the last sessions; more adds practice-and-review sessions that repeat the last one.',
    'programme.counts.number': 'No.',
    'programme.counts.module': 'Module',
    'programme.counts.builtIn': 'Built-in',
    'programme.counts.yours': 'Your programme',
    'programme.counts.label': 'Sessions for module {n}: {title}',
    'programme.counts.invalid': 'Use a whole number from {min} to {max}.',
    'programme.unverified': 'default, unverified',
    'programme.unverifiedNote':
      'Built-in counts marked “default, unverified” follow common practice but could not be checked against a source. Set the number your programme uses.',

    'programme.minutes.title': 'Minutes per step',
    'programme.minutes.hint':
      'Minutes may include halves, for example 2.5. The session length becomes the sum of the steps.',
    'programme.minutes.builtIn': 'built-in {minutes}',
    'programme.minutes.invalid': 'Minutes must be more than 0.',
    'programme.minutes.total': 'Session length: {total} (built-in {builtIn})',
    'programme.minutes.totalInvalid': 'Session length: correct the minutes above first.',
    'programme.minutes.changed': 'now {total}',

    'programme.layer.title': 'Wording and custom prompts',
    'programme.layer.hint': 'These come in with an adaptation file, usually prepared by a team lead.',
    'programme.layer.none': 'No changed wording and no custom prompts.',
    'programme.layer.overrides.one': '1 prompt with changed wording',
    'programme.layer.overrides.other': '{n} prompts with changed wording',
    'programme.layer.custom.one': '1 custom prompt',
    'programme.layer.custom.other': '{n} custom prompts',
    'programme.layer.overridesList': 'Changed wording',
    'programme.layer.customList': 'Custom prompts',
    'programme.layer.was': 'Was:',
    'programme.layer.onlyIn.en': 'Changed in English only:',
    'programme.layer.onlyIn.nl': 'Changed in Dutch only:',

    'programme.save': 'Save adaptation',
    'programme.saved': 'Adaptation saved.',
    'programme.saveInvalid': 'Not saved. Correct the following:',
    'programme.unsaved': 'You have unsaved changes.',
    'programme.reset': 'Reset to built-in content',
    'programme.resetConfirm':
      'Remove the whole adaptation (session counts, minutes, wording and custom prompts) and use the built-in content again? Export it first if you may need it later.',
    'programme.resetYes': 'Yes, reset to built-in content',
    'programme.resetDone': 'Built-in content restored.',

    'programme.file.title': 'Share with your team',
    'programme.export': 'Export adaptation file',
    'programme.exportHint': 'The file holds the saved adaptation.',
    'programme.exportUnsaved': 'The file holds the saved adaptation; save first to include your latest changes.',
    'programme.exportNeedsName': 'Save the adaptation with a programme name before exporting it.',
    'programme.exportInvalid': 'The saved adaptation does not fit the current content, so it was not exported:',
    'programme.exported': 'Downloaded {file}.',
    'programme.import': 'Import adaptation file',
    'programme.importHint': 'Choose a .json file exported from the IMR guide. Nothing changes until you confirm.',
    'programme.importInvalid': 'The file was not imported. What is wrong with it:',
    'programme.importTooLarge': 'The file is larger than {size} kB; an adaptation file is only a few kB. Check that you chose the right file.',
    'programme.importUnreadable': 'The file could not be read.',
    'programme.preview.title': 'Imported file: {name}',
    'programme.preview.replaces': 'Applying it replaces the current adaptation.',
    'programme.preview.replacesUnsaved': 'Applying it replaces the current adaptation, including your unsaved changes.',
    'programme.preview.contentVersion':
      'The file was made for content version {file}; this guide has version {current}. It has been checked against the current content.',
    'programme.preview.count': 'Module {n}, {title}: {to} instead of {from} sessions',
    'programme.preview.countsNone': 'Sessions per module: as built in.',
    'programme.preview.minutesNone': 'Minutes per step: as built in.',
    'programme.preview.step': '{step}: {to} instead of {from}',
    'programme.preview.total': 'Session length: {to} instead of {from}',
    'programme.preview.totalSame': 'Session length stays {total}',
    'programme.apply': 'Apply imported adaptation',
    'programme.applied': 'Imported adaptation applied: {name}.',
  },
  {
    'programme.title': 'Programma-aanpassing',
    'programme.intro':
      'Stem de standaardinhoud van IMR af op uw programma. Uw aanpassingen staan los van de standaardinhoud, zodat een inhoudsupdate ze nooit wist, en u kunt ze als bestand delen met uw team.',
    'programme.name': 'Naam van het programma',
    'programme.nameHint': 'Staat in geëxporteerde bestanden, zodat collega’s zien van wie de aanpassing is.',
    'programme.nameRequired': 'Vul de naam van het programma in.',
    'programme.notNumber': 'Vul een getal in.',

    'programme.counts.title': 'Aantal bijeenkomsten per module',
    'programme.counts.hint':
      'Van {min} tot {max} bijeenkomsten. Minder laat de laatste bijeenkomsten weg; meer voegt bijeenkomsten voor oefenen en herhalen toe die de laatste herhalen.',
    'programme.counts.number': 'Nr.',
    'programme.counts.module': 'Module',
    'programme.counts.builtIn': 'Standaard',
    'programme.counts.yours': 'Uw programma',
    'programme.counts.label': 'Aantal bijeenkomsten voor module {n}: {title}',
    'programme.counts.invalid': 'Gebruik een heel getal van {min} tot {max}.',
    'programme.unverified': 'standaard, niet geverifieerd',
    'programme.unverifiedNote':
      'Standaardaantallen met “standaard, niet geverifieerd” volgen de gangbare praktijk, maar konden niet in een bron worden nagegaan. Vul het aantal in dat uw programma aanhoudt.',

    'programme.minutes.title': 'Minuten per stap',
    'programme.minutes.hint':
      'Halve minuten mogen ook, bijvoorbeeld 2,5. De duur van de bijeenkomst wordt de som van de stappen.',
    'programme.minutes.builtIn': 'standaard {minutes}',
    'programme.minutes.invalid': 'Het aantal minuten moet groter zijn dan 0.',
    'programme.minutes.total': 'Duur van de bijeenkomst: {total} (standaard {builtIn})',
    'programme.minutes.totalInvalid': 'Duur van de bijeenkomst: verbeter eerst de minuten hierboven.',
    'programme.minutes.changed': 'nu {total}',

    'programme.layer.title': 'Formulering en eigen aandachtspunten',
    'programme.layer.hint': 'Deze komen binnen via een aanpassingsbestand, meestal voorbereid door een teamleider.',
    'programme.layer.none': 'Geen aangepaste formuleringen en geen eigen aandachtspunten.',
    'programme.layer.overrides.one': '1 aandachtspunt met aangepaste formulering',
    'programme.layer.overrides.other': '{n} aandachtspunten met aangepaste formulering',
    'programme.layer.custom.one': '1 eigen aandachtspunt',
    'programme.layer.custom.other': '{n} eigen aandachtspunten',
    'programme.layer.overridesList': 'Aangepaste formulering',
    'programme.layer.customList': 'Eigen aandachtspunten',
    'programme.layer.was': 'Was:',
    'programme.layer.onlyIn.en': 'Alleen in het Engels aangepast:',
    'programme.layer.onlyIn.nl': 'Alleen in het Nederlands aangepast:',

    'programme.save': 'Aanpassing opslaan',
    'programme.saved': 'Aanpassing opgeslagen.',
    'programme.saveInvalid': 'Niet opgeslagen. Verbeter het volgende:',
    'programme.unsaved': 'U hebt wijzigingen die nog niet zijn opgeslagen.',
    'programme.reset': 'Terug naar de standaardinhoud',
    'programme.resetConfirm':
      'De hele aanpassing verwijderen (aantallen bijeenkomsten, minuten, formuleringen en eigen aandachtspunten) en weer de standaardinhoud gebruiken? Exporteer de aanpassing eerst als u die later misschien nog nodig hebt.',
    'programme.resetYes': 'Ja, terug naar de standaardinhoud',
    'programme.resetDone': 'De standaardinhoud wordt weer gebruikt.',

    'programme.file.title': 'Delen met uw team',
    'programme.export': 'Aanpassingsbestand exporteren',
    'programme.exportHint': 'Het bestand bevat de opgeslagen aanpassing.',
    'programme.exportUnsaved':
      'Het bestand bevat de opgeslagen aanpassing; sla eerst op om uw laatste wijzigingen mee te nemen.',
    'programme.exportNeedsName': 'Sla de aanpassing op met de naam van het programma voordat u exporteert.',
    'programme.exportInvalid': 'De opgeslagen aanpassing past niet bij de huidige inhoud en is daarom niet geëxporteerd:',
    'programme.exported': '{file} is gedownload.',
    'programme.import': 'Aanpassingsbestand importeren',
    'programme.importHint':
      'Kies een .json-bestand dat uit de IMR-gids is geëxporteerd. Er verandert niets totdat u bevestigt.',
    'programme.importInvalid': 'Het bestand is niet geïmporteerd. Wat er niet klopt (technische details in het Engels):',
    'programme.importTooLarge':
      'Het bestand is groter dan {size} kB; een aanpassingsbestand is maar enkele kB. Controleer of u het juiste bestand hebt gekozen.',
    'programme.importUnreadable': 'Het bestand kon niet worden gelezen.',
    'programme.preview.title': 'Geïmporteerd bestand: {name}',
    'programme.preview.replaces': 'Toepassen vervangt de huidige aanpassing.',
    'programme.preview.replacesUnsaved':
      'Toepassen vervangt de huidige aanpassing, ook uw wijzigingen die nog niet zijn opgeslagen.',
    'programme.preview.contentVersion':
      'Het bestand is gemaakt voor inhoudsversie {file}; deze gids heeft versie {current}. Het is gecontroleerd tegen de huidige inhoud.',
    'programme.preview.count': 'Module {n}, {title}: {to} in plaats van {from} bijeenkomsten',
    'programme.preview.countsNone': 'Aantal bijeenkomsten per module: standaard.',
    'programme.preview.minutesNone': 'Minuten per stap: standaard.',
    'programme.preview.step': '{step}: {to} in plaats van {from}',
    'programme.preview.total': 'Duur van de bijeenkomst: {to} in plaats van {from}',
    'programme.preview.totalSame': 'Duur van de bijeenkomst blijft {total}',
    'programme.apply': 'Geïmporteerde aanpassing toepassen',
    'programme.applied': 'Geïmporteerde aanpassing toegepast: {name}.',
  },
);
