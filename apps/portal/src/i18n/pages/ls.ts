import type { PageText, PageTexts } from '../page-texts';

/**
 * The text pages in Leichte Sprache: short sentences, one statement each, hard words explained.
 * The Leichte-Sprache page is the same text in every language (it is about the German version).
 */
export const lsEasyLanguage: PageText = {
  title: 'Informationen in Leichter Sprache',
  lead: 'Das ist das Familien-Portal von der Stadt Potsdam. Ein Portal ist eine Internet-Seite. Hier finden Familien Hilfe.',
  sections: [
    {
      heading: 'Was steht auf dieser Internet-Seite?',
      paragraphs: [
        'Hier finden Sie Angebote für Familien. Ein Angebot ist zum Beispiel eine Beratung. Oder ein Kurs. Oder ein Treffen mit anderen Eltern.',
        'Hier finden Sie auch Anträge. Ein Antrag ist ein Brief an ein Amt. Sie bitten das Amt um etwas. Zum Beispiel um Geld für Ihr Kind. Oder um einen Platz in der Kita.',
      ],
    },
    {
      heading: 'Wie finde ich etwas?',
      paragraphs: [
        'Auf der Start-Seite stehen Themen. Zum Beispiel: Sie bekommen ein Baby. Klicken Sie auf ein Thema. Dann sehen Sie die Angebote und die Anträge.',
        'Sie können auch suchen. Schreiben Sie ein Wort in das Such-Feld. Zum Beispiel: Kita. Dann klicken Sie auf: Suchen.',
        'Sie finden nichts? Dann können wir Sie anrufen. Klicken Sie auf: Wir rufen Sie an.',
      ],
    },
    {
      heading: 'Welche Sprachen gibt es?',
      paragraphs: [
        'Die Seite gibt es in 6 Sprachen. Oben auf jeder Seite können Sie die Sprache aussuchen. Eine Sprache heißt Leichte Sprache. Das ist diese Sprache hier.',
        'Manche Texte gibt es nur in schwerer Sprache. Dann steht dort ein Hinweis.',
      ],
    },
    {
      heading: 'Was gibt es noch auf der Seite?',
      paragraphs: [
        'Ganz unten auf jeder Seite stehen noch mehr Infos. Zum Beispiel: Barriere-Freiheit. Das heißt: Alle Menschen sollen die Seite gut benutzen können. Dort können Sie uns auch sagen: Das geht für mich nicht gut.',
        'Dort steht auch: Daten-Schutz. Das heißt: Was passiert mit Ihren Angaben? Wir speichern nichts über Sie. Nur wenn Sie uns um einen Anruf bitten.',
      ],
    },
  ],
};

export const lsPages: PageTexts = {
  accessibility: {
    title: 'Barriere-Freiheit',
    lead: 'Barriere-Freiheit heißt: Alle Menschen können die Internet-Seite gut benutzen. Auch Menschen mit Behinderung.',
    sections: [
      {
        heading: 'Das muss die Stadt machen',
        paragraphs: [
          'Es gibt ein Gesetz in Brandenburg. Das Gesetz sagt: Die Internet-Seiten von der Stadt müssen barriere-frei sein.',
        ],
      },
      {
        heading: 'Ist diese Seite barriere-frei?',
        paragraphs: [
          'Die Seite ist zum Teil barriere-frei. Wir haben die Seite mit einem Computer-Programm geprüft. Wir haben die Seite auch nur mit der Tastatur benutzt. Ein Prüf-Büro hat die Seite noch nicht geprüft.',
          'Manche Texte gibt es nur auf Deutsch. Es gibt noch kein Video in Gebärden-Sprache.',
        ],
      },
      {
        heading: 'Etwas geht nicht gut? Sagen Sie es uns.',
        paragraphs: [
          'Etwas auf der Seite ist schwer für Sie? Dann sagen Sie es uns. Sie können uns anrufen: 0331 289-0. Oder Sie benutzen das Formular: Wir rufen Sie an. Wir antworten in 2 Wochen.',
        ],
      },
      {
        heading: 'Sie sind mit der Antwort nicht zufrieden?',
        paragraphs: [
          'Dann können Sie sich an die Schlichtungs-Stelle wenden. Die Schlichtungs-Stelle hilft bei einem Streit. Sie ist beim Beauftragten für Menschen mit Behinderungen vom Land Brandenburg. Das kostet nichts.',
        ],
      },
    ],
  },
  easyLanguage: lsEasyLanguage,
  signLanguage: {
    title: 'Gebärden-Sprache',
    lead: 'Gebärden-Sprache ist eine Sprache mit den Händen. Es gibt noch kein Video in Gebärden-Sprache. Das sagen wir ehrlich.',
    sections: [
      {
        heading: 'So erreichen Sie uns ohne Telefon',
        paragraphs: [
          'Benutzen Sie das Formular: Wir rufen Sie an. Schreiben Sie nur Ihre E-Mail-Adresse. Schreiben Sie dazu: bitte schriftlich. Dann schreiben wir Ihnen eine E-Mail.',
        ],
      },
      {
        heading: 'Ein Termin mit Dolmetscher',
        paragraphs: [
          'Ein Dolmetscher übersetzt in Gebärden-Sprache. Sie möchten einen Termin mit Dolmetscher? Dann sagen Sie uns das. Wir bestellen den Dolmetscher. Die Stadt bezahlt das.',
        ],
      },
    ],
  },
  imprint: {
    title: 'Impressum',
    lead: 'Im Impressum steht: Wer macht diese Internet-Seite?',
    sections: [
      {
        heading: 'Wer macht die Seite?',
        paragraphs: [
          'Die Stadt Potsdam macht diese Seite. Die Adresse ist: Landeshauptstadt Potsdam, Friedrich-Ebert-Straße 79/81, 14469 Potsdam. Der Chef von der Stadt ist der Ober-Bürgermeister.',
          'Das Familien-Büro schreibt die Texte. Die Angebote kommen von vielen Stellen in Potsdam. Das Familien-Büro prüft die Angebote.',
        ],
      },
      {
        heading: 'Telefon',
        paragraphs: ['Sie erreichen die Stadt unter dieser Nummer: 0331 289-0.'],
      },
    ],
  },
  privacy: {
    title: 'Daten-Schutz',
    lead: 'Daten sind Angaben über Sie. Zum Beispiel Ihr Name. Daten-Schutz heißt: Wir passen auf Ihre Daten auf.',
    sections: [
      {
        heading: 'Wir speichern nichts über Sie',
        paragraphs: [
          'Sie brauchen kein Konto. Wir benutzen keine Cookies. Cookies sind kleine Dateien. Andere Seiten merken sich damit: Sie waren hier. Das machen wir nicht.',
          'Wir speichern nicht, was Sie suchen. Wir zählen nur: Wie oft haben Menschen nach einem Thema gesucht?',
        ],
      },
      {
        heading: 'Wenn wir Sie anrufen sollen',
        paragraphs: [
          'Dann schreiben Sie uns: Ihren Namen. Ihre Telefon-Nummer oder Ihre E-Mail-Adresse. Ihr Thema. Das speichern wir. Damit können wir Sie anrufen.',
          'Nur das Familien-Büro sieht Ihre Angaben. Nach 30 Tagen löschen wir Ihre Angaben. Löschen heißt: Die Angaben sind dann weg.',
          'Sie dürfen Ihre Erlaubnis immer zurücknehmen.',
        ],
      },
      {
        heading: 'Ihre Rechte',
        paragraphs: [
          'Sie dürfen fragen: Was wissen Sie über mich? Sie dürfen sagen: Bitte löschen Sie meine Angaben. Sie dürfen sich beschweren. Bei der Daten-Schutz-Beauftragten vom Land Brandenburg. Die Adresse ist: Stahnsdorfer Damm 77, 14532 Kleinmachnow.',
        ],
      },
    ],
  },
};
