import type { TextsByTitle } from './types';

/**
 * Every demo offer (by its German title) in Leichte Sprache: short sentences, one statement
 * each, hard words explained, no abbreviations. Compound words are split with a hyphen
 * (Jugend-Amt), as the rules of Leichte Sprache recommend.
 */
// prettier-ignore
export const OFFER_TEXTS_LS: TextsByTitle = {
  'Elterngeld und ElterngeldPlus: Antrag und Beratung': { ls: {
    title: 'Eltern-Geld: Hilfe beim Antrag',
    description: 'Eltern-Geld ist Geld vom Staat. Sie bekommen es nach der Geburt von Ihrem Kind. Es gibt verschiedene Arten von Eltern-Geld. Wir erklären Ihnen die Arten. Wir helfen Ihnen beim Antrag. Ein Antrag ist ein Formular. Mit dem Antrag fragen Sie nach dem Geld. Wir prüfen Ihren Antrag, bevor Sie ihn abgeben.',
  } },
  'Elterngeld-Sprechstunde im Bürgerhaus Schlaatz': { ls: {
    title: 'Fragen zum Eltern-Geld im Bürger-Haus Schlaatz',
    description: 'Sie haben Fragen zum Eltern-Geld? Dann kommen Sie zur Sprech-Stunde. Sprech-Stunde heißt: Sie können ohne Termin kommen. Wir beantworten Fragen zum Eltern-Geld. Und zur Eltern-Zeit. Eltern-Zeit heißt: Sie arbeiten eine Zeit lang nicht. Dann sind Sie bei Ihrem Kind. Wir helfen Ihnen auch beim Antrag.',
  } },
  'Unterhaltsvorschuss: Antrag und Beratung': { ls: {
    title: 'Unterhalts-Vorschuss: Hilfe beim Antrag',
    description: 'Ihr Kind lebt bei Ihnen. Der andere Eltern-Teil muss Geld für das Kind zahlen. Aber er zahlt kein Geld. Oder er zahlt nicht jeden Monat. Dann zahlt die Stadt Geld für Ihr Kind. Das Geld heißt Unterhalts-Vorschuss. Das gibt es für Kinder bis 18 Jahre. Wir helfen Ihnen beim Antrag.',
  } },
  'Beistandschaft für Unterhalt und Vaterschaft': { ls: {
    title: 'Hilfe vom Jugend-Amt beim Unterhalt',
    description: 'Unterhalt ist Geld für Ihr Kind. Der andere Eltern-Teil muss den Unterhalt zahlen. Das Jugend-Amt kann Ihnen helfen. Das Jugend-Amt findet heraus: Wer ist der Vater? Das Jugend-Amt rechnet aus: So viel Unterhalt bekommt Ihr Kind. Und das Jugend-Amt sorgt dafür: Der Unterhalt wird bezahlt.',
  } },
  'Beurkundung von Vaterschaft und Sorgeerklärung': { ls: {
    title: 'Papiere für Väter und Eltern beim Jugend-Amt',
    description: 'Sie sind nicht verheiratet? Dann kann der Vater beim Jugend-Amt sagen: Ich bin der Vater. Das Jugend-Amt schreibt das auf. Die Eltern können auch sagen: Wir sorgen zusammen für das Kind. Das heißt Sorge-Erklärung. Das Jugend-Amt schreibt auch auf: So viel Geld zahlt der Vater für das Kind. Das alles kostet nichts.',
  } },
  'Kita-Gutschein: Antrag und Platzsuche': { ls: {
    title: 'Kita-Gutschein: Antrag und Suche nach einem Platz',
    description: 'Ihr Kind soll in eine Kita gehen. Dafür brauchen Sie einen Kita-Gutschein. Der Gutschein ist ein Papier von der Stadt. Wir helfen Ihnen beim Antrag für den Gutschein. Wir sagen Ihnen: So viele Stunden am Tag darf Ihr Kind in der Kita sein. Wir helfen Ihnen auch bei der Suche nach einer Kita. Dafür gibt es eine Internet-Seite von der Stadt.',
  } },
  'Vermittlung in die Kindertagespflege': { ls: {
    title: 'Wir finden eine Tages-Mutter für Ihr Kind',
    description: 'Eine Tages-Mutter passt am Tag auf kleine Kinder auf. Oder ein Tages-Vater. Die Kinder sind jünger als 3 Jahre. Wir suchen einen Platz für Ihr Kind. Wir sagen Ihnen, welche Tages-Mutter einen freien Platz hat.',
  } },
  'Hort- und Ganztagsplätze': { ls: {
    title: 'Platz im Hort für Schul-Kinder',
    description: 'Ein Hort ist für Kinder in der Grund-Schule. Dort sind die Kinder nach dem Unterricht. Erzieher passen auf die Kinder auf. Für den Hort brauchen Sie einen Gutschein. Der Gutschein ist ein Papier von der Stadt. Wir helfen Ihnen beim Gutschein. Und wir helfen Ihnen bei der Suche nach einem Platz.',
  } },
  'Elternbeiträge und Beitragsbefreiung': { ls: {
    title: 'Was kostet die Kita?',
    description: 'Für die Kita bezahlen Eltern Geld. Das Geld heißt Eltern-Beitrag. Wir rechnen aus: So viel bezahlen Sie. Das hängt von Ihrem Geld ab. Sie haben wenig Geld? Dann bezahlen Sie weniger. Oder Sie bezahlen gar nichts.',
  } },
  'Wohngeld: Erstantrag und Weiterbewilligung': { ls: {
    title: 'Wohn-Geld: Hilfe beim Antrag',
    description: 'Wohn-Geld ist Geld für die Miete. Sie haben wenig Geld? Dann können Sie Wohn-Geld bekommen. Auch wenn die Wohnung Ihnen gehört. Wir helfen Ihnen beim ersten Antrag. Sie bekommen das Wohn-Geld nur für eine bestimmte Zeit. Danach brauchen Sie einen neuen Antrag. Auch dabei helfen wir Ihnen.',
  } },
  'Wohnberechtigungsschein (WBS)': { ls: {
    title: 'Wohn-Berechtigungs-Schein',
    description: 'Manche Wohnungen sind billiger. Aber nicht alle Menschen dürfen dort wohnen. Für diese Wohnungen brauchen Sie einen Wohn-Berechtigungs-Schein. Der Schein ist ein Papier von der Stadt. Das Papier zeigt: Sie dürfen dort wohnen. Wir helfen Ihnen beim Antrag. Und wir sagen Ihnen, wo es solche Wohnungen gibt.',
  } },
  'Beratung bei drohendem Wohnungsverlust': { ls: {
    title: 'Hilfe, wenn Sie Ihre Wohnung verlieren können',
    description: 'Sie konnten die Miete nicht bezahlen? Der Vermieter will, dass Sie ausziehen? Dann kommen Sie schnell zu uns. Wir helfen Ihnen. Wir sprechen mit dem Vermieter. Haben Sie keine Wohnung mehr? Dann finden wir einen Platz zum Schlafen für Sie.',
  } },
  'ASD Regionalteam Nord': { ls: {
    title: 'Jugend-Amt: Hilfe für Familien im Norden von Potsdam',
    description: 'Das Jugend-Amt hilft Familien bei der Erziehung. Erziehung heißt: Eltern zeigen ihren Kindern, wie man lebt. Manchmal ist das schwer. Dann hilft das Jugend-Amt. Dieses Team ist für Familien im Norden von Potsdam da. Und für die Dörfer im Norden.',
  } },
  'ASD Regionalteam Mitte': { ls: {
    title: 'Jugend-Amt: Hilfe für Familien in der Mitte von Potsdam',
    description: 'Das Jugend-Amt hilft Familien bei der Erziehung. Erziehung heißt: Eltern zeigen ihren Kindern, wie man lebt. Manchmal ist das schwer. Dann hilft das Jugend-Amt. Dieses Team ist für Familien in der Innen-Stadt da. Und für Familien in Potsdam West und in Babelsberg.',
  } },
  'ASD Regionalteam Süd': { ls: {
    title: 'Jugend-Amt: Hilfe für Familien im Süden von Potsdam',
    description: 'Das Jugend-Amt hilft Familien bei der Erziehung. Erziehung heißt: Eltern zeigen ihren Kindern, wie man lebt. Manchmal ist das schwer. Dann hilft das Jugend-Amt. Dieses Team ist für Familien im Süden da. Zum Beispiel am Stern, in Drewitz, am Schlaatz und in der Wald-Stadt.',
  } },
  'Bürgerservice: Anmeldung, Ausweise, Bescheinigungen': { ls: {
    title: 'Bürger-Service: Wohnung anmelden und Ausweise',
    description: 'Der Bürger-Service ist ein Büro von der Stadt. Dort melden Sie Ihre Wohnung an. Sie bekommen dort einen Ausweis. Oder einen Pass für Reisen. Auch Ihr Kind bekommt dort einen Pass. Sie bekommen dort auch wichtige Papiere. Zum Beispiel ein Papier über Ihre Wohnung. Der Bürger-Service sagt Ihnen auch: Welches Amt hilft Ihnen?',
  } },
  'Mobiler Bürgerservice in den nördlichen Ortsteilen': { ls: {
    title: 'Der Bürger-Service kommt zu Ihnen in den Norden',
    description: 'Der Bürger-Service ist ein Büro von der Stadt. Manchmal kommt der Bürger-Service in die Dörfer im Norden von Potsdam. Dann müssen Sie nicht in die Stadt fahren. Sie bekommen dort einen Ausweis. Sie können dort Ihre Wohnung anmelden. Und Sie können dort Fragen stellen.',
  } },
  'Bildung und Teilhabe: Schulbedarf, Mittagessen, Klassenfahrten': { ls: {
    title: 'Geld für Schule, Mittag-Essen und Ausflüge',
    description: 'Ihre Familie bekommt Bürger-Geld? Oder Wohn-Geld? Oder Kinder-Zuschlag? Dann kann Ihr Kind mehr Geld bekommen. Das Geld ist für Hefte und Stifte. Oder für das Mittag-Essen. Oder für einen Ausflug. Oder für einen Sport-Verein. Wir helfen Ihnen beim Antrag.',
  } },
  'Lernförderung über Bildung und Teilhabe': { ls: {
    title: 'Nach-Hilfe für Ihr Kind',
    description: 'Ihr Kind hat Probleme in der Schule? Vielleicht schafft es die Klasse nicht? Dann kann Ihr Kind Nach-Hilfe bekommen. Nach-Hilfe heißt: Jemand lernt mit Ihrem Kind. Die Stadt bezahlt die Nach-Hilfe. Sie brauchen dafür nur ein Papier von der Schule.',
  } },
  'Aufenthaltstitel, Verlängerung und Familiennachzug': { ls: {
    title: 'Erlaubnis zum Leben in Deutschland',
    description: 'Sie kommen aus einem anderen Land. Dann brauchen Sie eine Erlaubnis. Mit der Erlaubnis dürfen Sie in Deutschland leben. Wir geben Ihnen die Erlaubnis. Oder wir verlängern die Erlaubnis. Ihre Familie will zu Ihnen kommen? Auch dabei helfen wir. Sie brauchen immer einen Termin.',
  } },
  'Kinder- und Jugendgesundheitsdienst: Beratung und Untersuchungen': { ls: {
    title: 'Ärzte der Stadt für Kinder',
    description: 'Die Stadt hat eigene Ärzte für Kinder. Die Ärzte beraten Sie. Zum Beispiel: Wächst Ihr Kind gut? Braucht Ihr Kind eine Impfung? Eine Impfung schützt vor Krankheiten. Vor der Schule untersuchen die Ärzte jedes Kind. Sie haben keinen Kinder-Arzt? Dann helfen wir Ihnen bei der Suche.',
  } },
  'Kindergeld: Antrag und Änderungen': { ls: {
    title: 'Kinder-Geld: Antrag und Änderungen',
    description: 'Kinder-Geld ist Geld vom Staat für Ihr Kind. Sie haben ein Baby bekommen? Oder Sie sind mit Ihrem Kind neu in Deutschland? Dann stellen Sie einen Antrag auf Kinder-Geld. Hat sich etwas geändert? Zum Beispiel Ihre Adresse? Dann müssen Sie das sagen. Wir helfen Ihnen dabei.',
  } },
  'Kinderzuschlag: Beratung und Antrag': { ls: {
    title: 'Kinder-Zuschlag: Beratung und Antrag',
    description: 'Kinder-Zuschlag ist Geld für Familien mit wenig Geld. Wir prüfen: Können Sie Kinder-Zuschlag bekommen? Dann helfen wir Ihnen beim Antrag. Mit dem Kinder-Zuschlag bekommt Ihr Kind auch Geld für die Schule. Zum Beispiel für das Mittag-Essen.',
  } },
  'Bürgergeld für Familien': { ls: {
    title: 'Bürger-Geld für Familien',
    description: 'Bürger-Geld ist Geld vom Staat. Sie bekommen es, wenn Sie nicht genug Geld zum Leben haben. Sind Sie schwanger? Dann bekommen Sie mehr Geld. Für ein Baby brauchen Sie viele Dinge. Zum Beispiel ein Bett und Kleidung. Auch dafür gibt es Geld.',
  } },
  'Wiedereinstieg und Vereinbarkeit nach der Elternzeit': { ls: {
    title: 'Wieder arbeiten nach der Eltern-Zeit',
    description: 'Sie waren zu Hause bei Ihrem Kind. Jetzt wollen Sie wieder arbeiten. Wir beraten Sie. Wir sprechen über Arbeit und Ausbildung. Eine Ausbildung geht auch mit weniger Stunden. Und wir sprechen darüber: Wer passt auf Ihr Kind auf?',
  } },
  'Pflegeberatung für Angehörige': { ls: {
    title: 'Beratung, wenn Sie einen Menschen pflegen',
    description: 'Pflegen heißt: Sie helfen einem kranken oder alten Menschen im Alltag. Zum Beispiel beim Waschen und Anziehen. Wir beraten Sie. Wir sagen Ihnen: Welches Geld gibt es für die Pflege? Welche Hilfen gibt es für Sie? Wir können Sie auch zu Hause besuchen.',
  } },
  'Einmalhilfen aus dem Stiftungsfonds': { ls: {
    title: 'Geld für besondere Dinge',
    description: 'Manchmal braucht eine Familie etwas Besonderes. Zum Beispiel Möbel. Oder Sachen für ein Baby. Oder Geld für einen Ausflug mit der Klasse. Es gibt Geld dafür. Das Geld kommt von einer Stiftung. Eine Stiftung hilft Menschen mit Geld. Das Geld gibt es nur, wenn sonst niemand zahlt. Den Antrag stellt eine Beratungs-Stelle für Sie.',
  } },
  'Erziehungs- und Familienberatung': { ls: {
    title: 'Beratung für Familien',
    description: 'Sie haben Sorgen mit Ihrem Kind? Es gibt Streit in der Familie? Dann können Sie zu uns kommen. Wir beraten Eltern. Wir beraten auch Kinder und Jugendliche. Die Beratung kostet nichts. Wir erzählen nichts weiter.',
  } },
  'Trennungs- und Umgangsberatung': { ls: {
    title: 'Beratung, wenn sich Eltern trennen',
    description: 'Sie trennen sich von Ihrem Partner? Oder Sie lassen sich scheiden? Dann gibt es viele Fragen. Zum Beispiel: Wann sieht das Kind den anderen Eltern-Teil? Wir helfen Ihnen bei diesen Fragen. Wir helfen Ihnen, gute Regeln für Ihr Kind zu finden.',
  } },
  'Schwangerschafts- und Schwangerschaftskonfliktberatung': { ls: {
    title: 'Beratung in der Schwangerschaft',
    description: 'Sie sind schwanger? Dann haben Sie vielleicht viele Fragen. Wir beraten Sie. Wir helfen Ihnen auch, Geld für Ihr Baby zu bekommen. Sie wissen nicht, ob Sie das Kind bekommen wollen? Auch dann beraten wir Sie. Sie entscheiden selbst.',
  } },
  'Familienhebammen und Frühe Hilfen': { ls: {
    title: 'Hebammen besuchen Ihre Familie',
    description: 'Eine Hebamme ist eine Fach-Frau für Babys und Mütter. Eine Familien-Hebamme besucht Sie zu Hause. Sie hilft Ihnen im ersten Jahr mit Ihrem Baby. Auch Kinder-Kranken-Schwestern besuchen Familien. Sie beantworten Ihre Fragen zum Baby.',
  } },
  'Migrationsberatung für Familien': { ls: {
    title: 'Beratung für Familien aus anderen Ländern',
    description: 'Sie kommen aus einem anderen Land? Dann beraten wir Sie. Zum Beispiel zur Erlaubnis für das Leben in Deutschland. Oder: Ihre Familie will nach Deutschland kommen. Wir helfen auch, wenn Sie Deutsch lernen wollen. Wir gehen mit Ihnen zu den Ämtern.',
  } },
  'Familientreff Drewitz: Elterncafé und Elternkurse': { ls: {
    title: 'Familien-Treff in Drewitz',
    description: 'Im Familien-Treff treffen sich Familien. Es gibt ein Café für Eltern. Dort können Sie andere Eltern kennen lernen. Es gibt auch Kurse für Eltern. Im Kurs lernen Sie: So stärken Sie Ihr Kind. Es gibt auch ein Treffen für Eltern, die allein mit ihrem Kind leben. Jemand passt in der Zeit auf die Kinder auf.',
  } },
  'Erziehungsberatung für Familien': { ls: {
    title: 'Beratung bei Sorgen mit Ihrem Kind',
    description: 'Ihr Kind schläft schlecht? Ihr Kind ist oft wütend? Ihr Kind hat Angst vor der Schule? Oder es gibt Streit in der Familie? Dann beraten wir Sie. Wir helfen auch bei Fragen zu Jugendlichen.',
  } },
  'Online- und Videoberatung für Eltern': { ls: {
    title: 'Beratung im Internet',
    description: 'Sie können mit uns im Internet sprechen. Sie schreiben uns Nachrichten. Oder wir sprechen über Video. Sie müssen Ihren Namen nicht sagen. Die Beratung gibt es auch am Abend.',
  } },
  'Schwangerschaftsberatung und Bundesstiftung Mutter und Kind': { ls: {
    title: 'Beratung in der Schwangerschaft und Geld für das Baby',
    description: 'Sie sind schwanger. Wir beraten Sie. Wir erklären Ihnen: Welches Geld können Sie bekommen? Wir erklären Ihnen den Mutter-Schutz. Mutter-Schutz heißt: Schwangere Frauen müssen eine Zeit lang nicht arbeiten. Wir helfen Ihnen auch beim Antrag für Geld von einer Stiftung. Eine Stiftung hilft Menschen mit Geld.',
  } },
  'Sprechstunde Schwangerschaft am Stern': { ls: {
    title: 'Fragen zur Schwangerschaft am Stern',
    description: 'Sie sind schwanger und haben Fragen? Dann kommen Sie zur Sprech-Stunde. Sprech-Stunde heißt: Sie können ohne Termin kommen. Die Sprech-Stunde ist im Begegnungs-Zentrum am Stern. Sie sprechen wenig Deutsch? Dann hilft Ihnen jemand beim Übersetzen.',
  } },
  'Begleiteter Umgang': { ls: {
    title: 'Treffen mit Ihrem Kind mit Hilfe',
    description: 'Ihr Kind lebt beim anderen Eltern-Teil. Sie wollen Ihr Kind treffen. Das ist manchmal schwer. Dann können Sie Ihr Kind bei uns treffen. Eine Fach-Kraft ist dabei. Eine Fach-Kraft ist eine Person, die das gelernt hat. Die Fach-Kraft hilft bei dem Treffen.',
  } },
  'Gruppe für Kinder aus Trennungsfamilien': { ls: {
    title: 'Gruppe für Kinder, deren Eltern sich trennen',
    description: 'Die Eltern trennen sich. Das ist für Kinder schwer. In unserer Gruppe treffen sich Kinder, denen es auch so geht. Die Kinder sind 6 bis 12 Jahre alt. Es gibt 10 Treffen. Es gibt auch einen Abend für die Eltern.',
  } },
  'Babylotsinnen und Willkommensbesuche': { ls: {
    title: 'Besuch nach der Geburt',
    description: 'Sie haben ein Baby bekommen? Dann besuchen wir Sie zu Hause. Wir sagen: Herzlich willkommen! Wir helfen Ihnen in den ersten Monaten mit Ihrem Baby. Wir helfen Ihnen auch bei der Suche nach einer Hebamme. Eine Hebamme ist eine Fach-Frau für Babys und Mütter.',
  } },
  'Ehrenamtliche Familienpatenschaften': { ls: {
    title: 'Paten helfen Familien',
    description: 'Ein Pate ist ein Mensch, der Ihrer Familie hilft. Der Pate bekommt dafür kein Geld. Der Pate kommt einmal in der Woche. Er hilft Ihnen im Alltag. Zum Beispiel spielt er mit Ihren Kindern. Dann haben Sie etwas Zeit für sich.',
  } },
  'Eltern-Kind-Gruppen und Familiencafé': { ls: {
    title: 'Gruppen für Eltern und Kinder und ein Familien-Café',
    description: 'Es gibt Gruppen für Eltern mit kleinen Kindern. Die Kinder krabbeln und spielen zusammen. Die Eltern lernen andere Eltern kennen. Es gibt auch ein Café für Familien. Dort passt jemand auf die Kinder auf.',
  } },
  'Sozialberatung im Familienzentrum': { ls: {
    title: 'Hilfe bei Anträgen im Familien-Zentrum',
    description: 'Sie haben einen Brief vom Amt bekommen? Sie verstehen den Brief nicht? Oder Sie wollen Geld vom Staat beantragen? Wir helfen Ihnen. Zum Beispiel beim Bürger-Geld, beim Wohn-Geld oder beim Kinder-Zuschlag.',
  } },
  'Krabbelgruppe und Elternfrühstück': { ls: {
    title: 'Gruppe für Babys und Frühstück für Eltern',
    description: 'Hier treffen sich Eltern mit Babys und kleinen Kindern. Die Kinder spielen zusammen. Die Eltern frühstücken zusammen. Sie können einfach kommen.',
  } },
  'Ferienprogramm für Familien': { ls: {
    title: 'Angebote für Familien in den Ferien',
    description: 'In den Ferien machen wir Ausflüge. Und es gibt Werkstätten. In einer Werkstatt basteln und bauen Kinder Dinge. Sie haben wenig Geld? Dann bezahlen Sie weniger. Dafür brauchen Sie den Potsdam-Pass. Oder Geld für Schule und Freizeit vom Amt.',
  } },
  'PEKiP und Elternkurse': { ls: {
    title: 'Kurse für Eltern mit Babys',
    description: 'Im ersten Jahr gibt es Gruppen für Eltern und Babys. Die Babys spielen und bewegen sich. Die Eltern lernen viel über ihr Baby. Es gibt auch Kurse für Eltern. Im Kurs geht es um Schlaf. Es geht um Essen. Und es geht um Regeln für Kinder.',
  } },
  'Hausaufgabenhilfe und Lernpaten': { ls: {
    title: 'Hilfe bei den Haus-Aufgaben',
    description: 'Ihr Kind geht in die Grund-Schule? Es braucht Hilfe bei den Haus-Aufgaben? Dann helfen unsere Lern-Paten. Lern-Paten sind Menschen, die Kindern beim Lernen helfen. Sie bekommen dafür kein Geld. Sie üben mit Ihrem Kind auch das Lesen.',
  } },
  'Familientreff Fahrland und Groß Glienicke': { ls: {
    title: 'Familien-Treff in Fahrland und Groß Glienicke',
    description: 'Im Familien-Treff treffen sich Familien. Es gibt eine Massage für Babys. Dabei lernen Sie, Ihr Baby sanft zu massieren. Sie können auch Fragen stellen. Der Treff ist abwechselnd in Fahrland und in Groß Glienicke.',
  } },
  'Platzbörse Kindertagespflege': { ls: {
    title: 'Freie Plätze bei Tages-Müttern',
    description: 'Eine Tages-Mutter passt am Tag auf kleine Kinder auf. Oder ein Tages-Vater. Wir wissen, wo es freie Plätze gibt. In allen Teilen von Potsdam. Wir helfen Ihnen, einen Platz für Ihr Kind zu finden.',
  } },
  'Migrationsberatung für Erwachsene': { ls: {
    title: 'Beratung für Erwachsene aus anderen Ländern',
    description: 'Sie kommen aus einem anderen Land? Dann beraten wir Sie. Zum Beispiel zur Erlaubnis für das Leben in Deutschland. Oder zur Arbeit. Oder zu Ihrem Zeugnis aus dem anderen Land. Darf das Zeugnis hier gelten? Wir helfen auch, wenn Ihre Familie nach Deutschland kommen will.',
  } },
  'Sprach- und Kulturmittlung': { ls: {
    title: 'Hilfe beim Übersetzen',
    description: 'Sie sprechen wenig Deutsch? Sie haben einen Termin beim Amt? Oder in der Kita, in der Schule oder beim Arzt? Dann kommt jemand mit Ihnen. Diese Person spricht Ihre Sprache. Und diese Person spricht Deutsch. Sie übersetzt für Sie.',
  } },
  'Beratung für Geflüchtete aus der Ukraine': { ls: {
    title: 'Beratung für Menschen aus der Ukraine',
    description: 'Sie sind aus der Ukraine geflohen? Dann beraten wir Sie. Zum Beispiel zur Erlaubnis für das Leben in Deutschland. Oder zum Bürger-Geld. Oder zur Suche nach einer Wohnung. Wir helfen auch bei Kita und Schule. Wir sprechen Ukrainisch und Russisch.',
  } },
  'Migrationssprechstunde am Stern': { ls: {
    title: 'Fragen von Menschen aus anderen Ländern am Stern',
    description: 'Sie kommen aus einem anderen Land und haben Fragen? Dann kommen Sie zur Sprech-Stunde. Sprech-Stunde heißt: Sie können ohne Termin kommen. Die Sprech-Stunde ist im Begegnungs-Zentrum Stern.',
  } },
  'Jugendmigrationsdienst: Schule, Ausbildung, Ankommen': { ls: {
    title: 'Hilfe für junge Menschen aus anderen Ländern',
    description: 'Sie sind zwischen 12 und 27 Jahre alt? Sie oder Ihre Familie kommen aus einem anderen Land? Dann helfen wir Ihnen. Zum Beispiel in der Schule. Oder bei der Suche nach einer Ausbildung. Oder beim Deutsch-Lernen.',
  } },
  'Schuldnerberatung für Familien': { ls: {
    title: 'Beratung bei Schulden',
    description: 'Schulden heißt: Sie müssen Geld zurück-zahlen. Sie haben viele Schulden? Dann helfen wir Ihnen. Wir schreiben alle Schulden auf. Wir machen einen Plan für Ihr Geld. Wir sprechen mit den Menschen, denen Sie Geld schulden. Manchmal gibt es auch ein Verfahren beim Gericht. Danach sind Sie die Schulden los.',
  } },
  'Energieschulden-Sprechstunde': { ls: {
    title: 'Schnelle Hilfe bei Schulden für Strom und Gas',
    description: 'Sie haben die Rechnung für Strom oder Gas nicht bezahlt? Jetzt soll der Strom abgestellt werden? Oder das Gas? Dann kommen Sie schnell zu uns. Wir helfen Ihnen. Wir helfen auch, wenn Sie die Miete nicht bezahlen konnten.',
  } },
  'Integrationskurs mit Kinderbetreuung': { ls: {
    title: 'Deutsch-Kurs mit Betreuung für Ihr Kind',
    description: 'Im Kurs lernen Sie Deutsch. Sie lernen auch viel über das Leben in Deutschland. Der Kurs ist am Vormittag. Ihr Kind kann mitkommen. Jemand passt im Haus auf Ihr Kind auf.',
  } },
  'Alphabetisierungskurs': { ls: {
    title: 'Lesen und Schreiben lernen',
    description: 'Sie können noch nicht mit unseren Buchstaben lesen und schreiben? Dann lernen Sie es in diesem Kurs. Sie lernen auch Deutsch. Der Kurs ist für Erwachsene.',
  } },
  'Berufssprachkurs Deutsch B2': { ls: {
    title: 'Deutsch für die Arbeit',
    description: 'Sie sprechen schon gut Deutsch. Jetzt lernen Sie Deutsch für Ihre Arbeit. Sie haben Kinder? Dann können Sie den Kurs mit weniger Stunden machen.',
  } },
  'Mütterkurs Deutsch mit Kinderbetreuung': { ls: {
    title: 'Deutsch-Kurs für Mütter',
    description: 'Der Kurs ist für Mütter mit kleinen Kindern. Im Kurs lernen Sie Deutsch. Der Kurs ist 2 Mal in der Woche. Ihr Kind kann mitkommen. Jemand passt im Raum nebenan auf Ihr Kind auf.',
  } },
  'Wiedereinstieg nach der Familienphase': { ls: {
    title: 'Wieder arbeiten nach der Zeit mit den Kindern',
    description: 'Sie waren lange zu Hause bei Ihren Kindern? Jetzt wollen Sie wieder arbeiten? Dann helfen wir Ihnen. Wir üben mit Ihnen Bewerbungen. Eine Bewerbung ist ein Brief an eine Firma. Im Brief schreiben Sie: Ich möchte bei Ihnen arbeiten.',
  } },
  'Frauen- und Kinderschutzhaus': { ls: {
    title: 'Schutz-Haus für Frauen und Kinder',
    description: 'Jemand tut Ihnen zu Hause weh? Jemand schlägt Sie? Oder jemand macht Ihnen Angst? Dann können Sie mit Ihren Kindern zu uns kommen. Bei uns sind Sie sicher. Sie können bei uns wohnen. Rufen Sie uns an. Wir sind Tag und Nacht für Sie da.',
  } },
  'Beratungsstelle bei häuslicher Gewalt': { ls: {
    title: 'Beratung für Frauen, die Gewalt erlebt haben',
    description: 'Jemand hat Ihnen weh getan? Zum Beispiel Ihr Partner? Dann beraten wir Sie. Wir sagen Ihnen, wie Sie sich schützen können. Ein Gericht kann sagen: Diese Person darf nicht zu Ihnen kommen. Wir gehen mit Ihnen zur Polizei. Und wir gehen mit Ihnen zum Gericht.',
  } },
  'Beratung und Treff für Alleinerziehende': { ls: {
    title: 'Beratung und Treffen für Eltern allein mit Kind',
    description: 'Sie leben allein mit Ihrem Kind? Dann beraten wir Sie. Zum Beispiel zum Unterhalt. Unterhalt ist Geld für Ihr Kind vom anderen Eltern-Teil. Wir beraten auch zur Betreuung von Ihrem Kind und zur Arbeit. Es gibt auch Treffen mit anderen Eltern. Jemand passt dann auf die Kinder auf.',
  } },
  'Familienwochenenden und Ferienfahrten': { ls: {
    title: 'Reisen am Wochen-Ende und in den Ferien',
    description: 'Sie leben allein mit Ihren Kindern? Dann können Sie mit uns verreisen. Am Wochen-Ende oder in den Ferien. Die Reisen sind billig.',
  } },
  'Allgemeine Sozialberatung': { ls: {
    title: 'Beratung zu Geld vom Staat',
    description: 'Sie wollen Geld vom Staat? Zum Beispiel Bürger-Geld, Wohn-Geld oder Kinder-Zuschlag? Dann helfen wir Ihnen beim Antrag. Sie sind nicht einverstanden mit einem Brief vom Amt? Dann können Sie sich wehren. Das heißt Widerspruch. Wir helfen Ihnen dabei.',
  } },
  'Formularhilfe und Behördenlotsen': { ls: {
    title: 'Hilfe bei Formularen und beim Amt',
    description: 'Ein Formular ist ein Papier vom Amt. Sie müssen das Formular ausfüllen. Das ist oft schwer. Wir helfen Ihnen dabei. Wir gehen auch mit Ihnen zum Amt. Wir bekommen dafür kein Geld.',
  } },
  'Lernförderung in kleinen Gruppen': { ls: {
    title: 'Nach-Hilfe in kleinen Gruppen',
    description: 'Ihr Kind braucht Hilfe beim Lernen? Dann kann es zu uns kommen. Wir lernen in kleinen Gruppen. Wir helfen in Deutsch, Mathe und Englisch. Die Stadt kann die Nach-Hilfe bezahlen.',
  } },
  'Offener Treff, Sport und Ferienfahrten': { ls: {
    title: 'Treff für Kinder und Jugendliche, Sport und Reisen',
    description: 'Bei uns können Kinder und Jugendliche einfach vorbei-kommen. Sie können zusammen spielen und reden. Es gibt auch Sport-Gruppen. Und in den Ferien machen wir Reisen. Vieles kostet nichts. Für andere Dinge kann die Stadt bezahlen.',
  } },
  'Vermittlung einer Kinderarztpraxis': { ls: {
    title: 'Wir finden einen Kinder-Arzt für Ihr Kind',
    description: 'Sie haben keinen Kinder-Arzt für Ihr Kind? Sie sind neu in Potsdam? Dann helfen wir Ihnen. Wir suchen einen Kinder-Arzt für Ihr Kind.',
  } },
  'Vorsorge- und Impfsprechstunde': { ls: {
    title: 'Untersuchungen und Impfungen für Kinder',
    description: 'Kinder gehen oft zum Arzt. Der Arzt prüft dann: Ist Ihr Kind gesund? Wächst es gut? Das heißt Vorsorge-Untersuchung. Ihr Kind bekommt auch Impfungen. Eine Impfung schützt vor Krankheiten. Bei uns müssen Sie nicht lange warten. Die Praxis ist am Stern.',
  } },
  'Interdisziplinäre Frühförderung': { ls: {
    title: 'Früh-Förderung für kleine Kinder',
    description: 'Manche Kinder entwickeln sich langsamer als andere Kinder. Sie lernen später sprechen. Oder später laufen. Dann gibt es Früh-Förderung. Das heißt: Fach-Leute üben mit Ihrem Kind. Sie kommen auch zu Ihnen nach Hause. Oder in die Kita.',
  } },
  'Offene Beratung zur Entwicklung': { ls: {
    title: 'Beratung, wenn Sie sich Sorgen um Ihr Kind machen',
    description: 'Sie machen sich Sorgen um Ihr Kind? Oder die Kita macht sich Sorgen? Zum Beispiel: Ihr Kind spricht noch nicht gut. Dann kommen Sie zu einem ersten Gespräch. Wir schauen gemeinsam: Was braucht Ihr Kind?',
  } },
  'Diagnostik und Therapie im Sozialpädiatrischen Zentrum': { ls: {
    title: 'Untersuchung und Behandlung im Zentrum für Kinder',
    description: 'Manche Kinder entwickeln sich anders. Oder sie sind lange krank. Dann untersuchen wir Ihr Kind genau. Und wir behandeln Ihr Kind. Dafür brauchen Sie eine Überweisung. Das ist ein Papier vom Kinder-Arzt.',
  } },
  'Eingliederungshilfe: Beratung zu Anträgen': { ls: {
    title: 'Hilfe bei Anträgen für Kinder mit Behinderung',
    description: 'Ihr Kind hat eine Behinderung? Dann kann es Hilfe bekommen. Dafür brauchen Sie Anträge. Wir helfen Ihnen bei den Anträgen. Zum Beispiel für den Ausweis für Menschen mit Behinderung. Oder für Geld für die Pflege. Oder für Hilfe in der Kita.',
  } },
  'Vermittlung von Nachsorgehebammen': { ls: {
    title: 'Wir finden eine Hebamme für die Zeit nach der Geburt',
    description: 'Eine Hebamme ist eine Fach-Frau für Babys und Mütter. Nach der Geburt besucht die Hebamme Sie zu Hause. Wir helfen Ihnen, eine Hebamme zu finden. Melden Sie sich früh. Am besten am Anfang der Schwangerschaft.',
  } },
  'Geburtsvorbereitung und Rückbildung': { ls: {
    title: 'Kurse vor und nach der Geburt',
    description: 'Vor der Geburt gibt es einen Kurs. Im Kurs lernen Sie: So läuft eine Geburt. Nach der Geburt gibt es auch einen Kurs. Dort machen Sie Übungen für Ihren Körper. Es gibt auch Massage für Babys. Und Sie können einer Hebamme Fragen stellen.',
  } },
  'Sucht- und Drogenberatung': { ls: {
    title: 'Beratung bei Sucht',
    description: 'Sucht heißt: Ein Mensch kann nicht mehr aufhören. Zum Beispiel mit Alkohol. Oder mit Drogen. Oder mit Tabletten. Wir beraten Menschen mit einer Sucht. Wir beraten auch ihre Familien.',
  } },
  'Beratung für Eltern in psychischen Krisen': { ls: {
    title: 'Beratung für Eltern, denen es seelisch schlecht geht',
    description: 'Es geht Ihnen seelisch schlecht? Sie sind sehr traurig? Oder sehr müde? Das kann auch nach der Geburt passieren. Dann beraten wir Sie. Wir beraten Mütter und Väter.',
  } },
};
