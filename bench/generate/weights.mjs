// The distributions and name lists of the benchmark data set (bench/generate-data.mjs): data only.

/** Families per Sozialraum: resident population (Potsdam, rounded, in thousands) × need factor. */
export const DISTRICT_WEIGHTS = {
  SR1: 16,
  SR2: 28,
  SR3: 48,
  SR4: 40,
  SR5: 34 * 1.4,
  SR6: 42 * 1.4,
  outside: 3,
  unknown: 0,
};
export const FAMILY_NO_DISTRICT = 0.06;
export const ANONYMOUS_SHARE = 0.35; // quick anonymous contacts at the counter and on the phone
export const ANON_NO_DISTRICT = 0.3;
export const CHANNELS = { walk_in: 45, phone: 30, email: 12, video: 3, outreach: 8, letter: 2 };
export const CATEGORY_WEIGHTS = {
  kita_gutschein: 120,
  elterngeld: 100,
  kindergeld: 70,
  wohngeld: 60,
  grundsicherung: 55,
  kinderzuschlag: 50,
  bildung_teilhabe: 45,
  unterhaltsvorschuss: 40,
  wohnen: 45,
  behoerden: 45,
  trennung: 35,
  erziehungsberatung: 35,
  schule: 30,
  sprache: 30,
  migration: 28,
  schulden: 25,
  hort: 25,
  elternbeitraege: 22,
  gesundheit: 22,
  familienbildung: 20,
  freizeit: 20,
  vereinbarkeit: 18,
  alleinerziehend: 18,
  einmalhilfen: 18,
  kindertagespflege: 15,
  schwangerschaft: 12,
  fruehe_hilfen: 12,
  mutterschutz: 12,
  hebamme: 10,
  psyche_sucht: 10,
  behinderung: 9,
  hilfen_erziehung: 8,
  pflege: 6,
  kinderschutz: 3,
  sonstiges: 20,
};
export const UNMET_REASONS = {
  no_offer: 35,
  waitlist: 30,
  not_eligible: 15,
  declined_by_family: 10,
  other: 10,
};
export const LANGS = { ar: 20, tr: 10, uk: 18, ru: 12, pl: 8, en: 8, fa: 10, ro: 5, vi: 4, es: 5 };
export const SURNAMES = (
  'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf ' +
  'Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier ' +
  'Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller ' +
  'Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke ' +
  'Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß ' +
  'Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann ' +
  'Thomas Voigt Sauer Arnold Wolff Pfeiffer Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan ' +
  'Doğan Kılıç Al-Ahmad Haddad Khalil Hassan Ibrahim Mahmoud Saleh Nasser Othman Rahimi Ahmadi Hosseini Karimi ' +
  'Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Kovalenko Shevchenko Bondarenko ' +
  'Tkachenko Kravchenko Melnyk Boyko Ivanov Smirnov Kuznetsov Popov Sokolov Nguyen Tran Le Pham Popescu Ionescu ' +
  'Garcia Fernández López Rossi Russo Ferrari Okafor Mensah Diallo Traoré'
).split(' ');
export const FIRST_NAMES = (
  'Anna Marie Sophie Emma Mia Hannah Lea Lena Laura Julia Sarah Lisa Katharina Nina Sandra Jana Fatma Ayşe Elif ' +
  'Zeynep Amina Fatima Maryam Leila Olena Iryna Natalia Oksana Agnieszka Katarzyna Thi Linh Maria Elena Aisha ' +
  'Lukas Leon Paul Jonas Felix Max Ben Elias Noah Tim Jan Tobias Daniel Stefan Michael Thomas Mehmet Mustafa ' +
  'Ahmet Ali Omar Yusuf Hassan Karim Andriy Oleksandr Dmytro Serhiy Piotr Tomasz Minh Duc Ivan Sergei Emre Can'
).split(' ');
export const CHILD_NAMES = (
  'Emil Mila Ella Finn Clara Oskar Ida Theo Frieda Anton Mats Greta Karl Lina Leni Luis Ali Elif Yusuf Zoe Mira ' +
  'Jakob Nora Malia Sofia Adam Ilyas Amelie Henri Jonah Milan Marlene Levi Lotta Helene Arthur Selin Eymen Alina'
).split(' ');
