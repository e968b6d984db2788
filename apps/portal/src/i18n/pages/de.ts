import type { PageTexts } from '../page-texts';
import { lsEasyLanguage } from './ls';

/** The text pages in German. The Leichte-Sprache page is in Leichte Sprache in every language's German. */
export const dePages: PageTexts = {
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    lead: 'Die Landeshauptstadt Potsdam möchte, dass alle Menschen das Familienportal nutzen können. Diese Erklärung gilt für das Familienportal unter /familienportal/.',
    sections: [
      {
        heading: 'Rechtliche Grundlage',
        paragraphs: [
          'Als öffentliche Stelle des Landes Brandenburg ist die Landeshauptstadt Potsdam verpflichtet, ihre Internetangebote barrierefrei zu gestalten: nach dem Brandenburgischen Behindertengleichstellungsgesetz (BbgBGG) und der Brandenburgischen Barrierefreie-Informationstechnik-Verordnung, die auf die BITV 2.0 und die europäische Norm EN 301 549 (WCAG 2.1, Stufe AA) verweist.',
        ],
      },
      {
        heading: 'Stand der Vereinbarkeit',
        paragraphs: [
          'Das Familienportal ist teilweise barrierefrei. Es wurde bei der Entwicklung mit automatischen Prüfungen (axe-core) in allen sechs Sprachen und mit Tastatur-Tests geprüft; eine Prüfung durch eine unabhängige Prüfstelle steht noch aus.',
          'Bekannte Einschränkungen: Die Beschreibungen mancher Angebote gibt es nur auf Deutsch; die Seite sagt das dann. Ein Video in Deutscher Gebärdensprache gibt es noch nicht.',
          'Diese Erklärung wurde am 6. Dezember 2026 erstellt.',
        ],
      },
      {
        heading: 'Barrieren melden: Feedback',
        paragraphs: [
          'Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in einer anderen Form? Dann sagen Sie es uns: über das Formular „Rückruf erbitten“ (schreiben Sie „Barrierefreiheit“ in den Namen oder sagen Sie es im Gespräch) oder telefonisch über die Zentrale der Stadtverwaltung, 0331 289-0. Wir antworten innerhalb von zwei Wochen.',
        ],
      },
      {
        heading: 'Schlichtungsverfahren',
        paragraphs: [
          'Wenn Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle wenden. Für öffentliche Stellen des Landes Brandenburg und seiner Kommunen ist das die Schlichtungsstelle nach dem Brandenburgischen Behindertengleichstellungsgesetz beim Landesbeauftragten für die Belange der Menschen mit Behinderungen des Landes Brandenburg. Das Verfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand.',
          'Die Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes (BGG) beim Beauftragten der Bundesregierung ist für Stellen des Bundes zuständig; sie leitet Anliegen zu Landes- und Kommunalstellen an die zuständige Stelle weiter.',
        ],
      },
    ],
  },
  easyLanguage: lsEasyLanguage,
  signLanguage: {
    title: 'Informationen in Deutscher Gebärdensprache',
    lead: 'Ein Video in Deutscher Gebärdensprache (DGS) gibt es für das Familienportal noch nicht. Wir sagen das offen und arbeiten daran.',
    sections: [
      {
        heading: 'So erreichen Sie das Familienbüro ohne Telefon',
        paragraphs: [
          'Nutzen Sie das Formular „Rückruf erbitten“ und geben Sie dort nur Ihre E-Mail-Adresse an. Schreiben Sie bei „Wann erreichen wir Sie am besten?“: „bitte schriftlich“ oder „Gebärdensprache“. Dann schreiben wir Ihnen und telefonieren nicht.',
        ],
      },
      {
        heading: 'Gebärdensprachdolmetschen im Termin',
        paragraphs: [
          'Sie haben das Recht, mit der Stadtverwaltung in Deutscher Gebärdensprache zu kommunizieren. Für einen Beratungstermin bestellt das Familienbüro auf Ihren Wunsch eine Dolmetscherin oder einen Dolmetscher; die Kosten trägt die Stadt. Sagen Sie uns den Wunsch bitte bei der Anfrage.',
        ],
      },
      {
        heading: 'Was das Portal bietet',
        paragraphs: [
          'Das Portal zeigt Angebote für Familien in Potsdam – Beratung, Kurse, Treffpunkte – und die Anträge der Stadt. Sie können nach einem Thema suchen oder eine Lebenslage auswählen.',
        ],
      },
    ],
  },
  imprint: {
    title: 'Impressum',
    lead: 'Das Familienportal ist ein Angebot der Landeshauptstadt Potsdam.',
    sections: [
      {
        heading: 'Herausgeberin',
        paragraphs: [
          'Landeshauptstadt Potsdam, vertreten durch den Oberbürgermeister, Friedrich-Ebert-Straße 79/81, 14469 Potsdam. Telefon (Zentrale): 0331 289-0.',
          'Die Landeshauptstadt Potsdam ist eine Körperschaft des öffentlichen Rechts.',
        ],
      },
      {
        heading: 'Inhaltlich verantwortlich',
        paragraphs: [
          'Das Familienbüro Potsdam pflegt die Angebote und die Verwaltungsleistungen. Die Angaben der Angebote kommen von den Trägern; das Familienbüro prüft sie regelmäßig. Jede Seite nennt das Datum der letzten Prüfung („Stand“).',
        ],
      },
      {
        heading: 'Software',
        paragraphs: [
          'Das Portal ist Teil von Lotsen CRM, freier Software unter der European Union Public Licence (EUPL 1.2). Die Gestaltung folgt KERN, dem offenen UX-Standard der deutschen Verwaltung; die Schrift Fira Sans wird von diesem Server geladen.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Datenschutzerklärung',
    lead: 'Das Familienportal braucht kein Konto, setzt keine Cookies und verfolgt Sie nicht. Hier steht, welche Daten trotzdem verarbeitet werden.',
    sections: [
      {
        heading: 'Verantwortlich',
        paragraphs: [
          'Landeshauptstadt Potsdam, vertreten durch den Oberbürgermeister, Friedrich-Ebert-Straße 79/81, 14469 Potsdam. Den behördlichen Datenschutzbeauftragten erreichen Sie unter derselben Anschrift.',
        ],
      },
      {
        heading: 'Beim Besuch der Seiten',
        paragraphs: [
          'Damit eine Seite bei Ihnen ankommt, muss der Server Ihre IP-Adresse kennen. Sie wird nicht gespeichert und nicht protokolliert. Es gibt keine Cookies, keine Zählpixel, keine Analyse-Werkzeuge und keine Inhalte anderer Anbieter: Schriften und Bilder kommen von diesem Server.',
          'Ihre Suchwörter werden nicht gespeichert. Gezählt wird nur, wie oft pro Tag in einem Sozialraum, in einer Sprache zu einem Thema gesucht wurde – ohne Suchtext und ohne Adresse. Das hilft der Stadt zu sehen, welche Hilfe gebraucht wird.',
        ],
      },
      {
        heading: 'Wenn Sie einen Rückruf erbitten',
        paragraphs: [
          'Wir verarbeiten, was Sie ins Formular schreiben: Thema, Büro, Name (ein ausgedachter Name genügt), Telefonnummer oder E-Mail-Adresse, Sprache und Wunschzeit, dazu den Text und die Version Ihrer Einwilligung. Zweck: Sie zurückzurufen. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchstabe a DSGVO); Sie können sie jederzeit widerrufen.',
          'Die Angaben sehen nur die Beraterinnen und Berater des gewählten Büros. Eine Anfrage, die nach 30 Tagen niemand übernommen hat, wird gelöscht; eine erledigte Anfrage 30 Tage nach dem Erledigen. Wird aus dem Gespräch eine Beratung, erfahren Sie im Gespräch, was dafür gespeichert wird.',
          'Gegen Missbrauch merkt sich der Server höchstens zehn Minuten lang im Arbeitsspeicher, wie oft von einem Anschluss das Formular geschickt wurde – nur als unumkehrbarer Prüfwert (Hash), nie auf der Festplatte und nie in einem Protokoll.',
        ],
      },
      {
        heading: 'Ihre Rechte',
        paragraphs: [
          'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch sowie das Recht, eine Einwilligung zu widerrufen. Sie können sich bei der Aufsichtsbehörde beschweren: der Landesbeauftragten für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg, Stahnsdorfer Damm 77, 14532 Kleinmachnow.',
        ],
      },
    ],
  },
};
