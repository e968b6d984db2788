import type { Random } from './random';
import type { DemoOfficeKey } from './demo-offices-users';

// Names (Potsdam's families: mostly German, and Turkish, Arabic, Syrian, Ukrainian, Russian,
// Polish, Vietnamese and Afghan names)

export type Origin = 'de' | 'tr' | 'arab' | 'syr' | 'ua' | 'ru' | 'pl' | 'vn' | 'af';

export interface OriginNames {
  women: readonly string[];
  men: readonly string[];
  girls: readonly string[];
  boys: readonly string[];
  surnames: readonly string[];
  /** Household languages (ISO 639-1) with weights. */
  languages: readonly (readonly [string[], number])[];
}

// prettier-ignore
export const NAMES: Record<Origin, OriginNames> = {
  de: {
    women: [
      'Anna', 'Julia', 'Lisa', 'Laura', 'Sarah', 'Katharina', 'Christina', 'Jessica', 'Jennifer', 'Sandra',
      'Stefanie', 'Nadine', 'Nicole', 'Melanie', 'Franziska', 'Maria', 'Sophie', 'Lena', 'Jana', 'Vanessa',
      'Janine', 'Sabrina', 'Kristin', 'Anne', 'Susann', 'Daniela', 'Carolin', 'Theresa', 'Johanna', 'Luisa',
      'Marie', 'Josephine', 'Annika', 'Jacqueline', 'Mandy', 'Peggy', 'Doreen', 'Nancy', 'Madlen',
      'Stephanie', 'Tina', 'Antje', 'Kathleen', 'Christin', 'Juliane', 'Friederike', 'Claudia', 'Michelle',
    ],
    men: [
      'Thomas', 'Michael', 'Andreas', 'Stefan', 'Christian', 'Daniel', 'Martin', 'Sebastian', 'Tobias',
      'Alexander', 'Florian', 'Marcel', 'Dennis', 'Patrick', 'Kevin', 'Philipp', 'Matthias', 'Tim', 'Jan',
      'Felix', 'Lukas', 'Paul', 'Maximilian', 'Robert', 'Steffen', 'Sven', 'René', 'Ronny', 'Marco',
      'Enrico', 'Toni', 'Benjamin', 'David', 'Jonas', 'Johannes', 'Nico', 'Rico', 'Mario', 'Dirk',
      'Christoph', 'Eric',
    ],
    girls: [
      'Emilia', 'Mia', 'Hannah', 'Emma', 'Sofia', 'Lina', 'Mila', 'Ella', 'Clara', 'Lea', 'Leni', 'Marie',
      'Lotta', 'Frieda', 'Ida', 'Mathilda', 'Charlotte', 'Greta', 'Paula', 'Luisa', 'Amelie', 'Johanna',
      'Lia', 'Nele', 'Pia', 'Maja', 'Lara', 'Zoe', 'Finja', 'Jule', 'Leonie', 'Lilly', 'Marlene', 'Helene',
    ],
    boys: [
      'Noah', 'Ben', 'Paul', 'Leon', 'Finn', 'Elias', 'Felix', 'Luis', 'Henry', 'Emil', 'Jonas', 'Theo',
      'Anton', 'Oskar', 'Karl', 'Matteo', 'Luca', 'Mats', 'Jakob', 'Moritz', 'Max', 'Levi', 'Ole', 'Fritz',
      'Tom', 'Linus', 'Lukas', 'Niklas', 'Till', 'Jannik', 'Bruno', 'Samuel', 'Leo', 'Julius',
    ],
    surnames: [
      'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz',
      'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz',
      'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause',
      'Meier', 'Lehmann', 'Schulze', 'Köhler', 'Herrmann', 'König', 'Walter', 'Kaiser', 'Fuchs', 'Peters',
      'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert', 'Vogel', 'Friedrich', 'Keller', 'Günther',
      'Frank', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Simon',
      'Ludwig', 'Böhm', 'Winter', 'Kraus', 'Schumacher', 'Krämer', 'Vogt', 'Stein', 'Jäger', 'Otto',
      'Sommer', 'Groß', 'Seidel', 'Heinrich', 'Brandt', 'Haas', 'Schreiber', 'Graf', 'Dietrich', 'Ziegler',
      'Kuhn', 'Pohl', 'Engel', 'Horn', 'Busch', 'Bergmann', 'Voigt', 'Sauer', 'Arnold', 'Pfeiffer', 'Kruse',
      'Lindner', 'Wendt', 'Grunow', 'Pietsch', 'Schenk', 'Nowak', 'Kühne', 'Ulbrich', 'Rietz', 'Hübner',
      'Fiedler',
    ],
    languages: [
      [['de'], 85],
      [['de', 'en'], 15],
    ],
  },
  tr: {
    women: [
      'Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Hatice', 'Merve', 'Büşra', 'Esra', 'Derya', 'Sibel',
      'Gül', 'Yasemin', 'Özlem', 'Canan', 'Serap', 'Aylin', 'Selin', 'Melek', 'Tuğba',
    ],
    men: [
      'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Serkan', 'Burak',
      'Kemal', 'Osman', 'Yusuf', 'Ömer', 'Cem', 'Can', 'Erkan', 'Volkan', 'Tarık',
    ],
    girls: [
      'Elif', 'Defne', 'Zeynep', 'Ecrin', 'Asya', 'Eylül', 'Azra', 'Nehir', 'Lina', 'Mira', 'Ela', 'Meryem',
    ],
    boys: ['Yusuf', 'Emir', 'Mert', 'Kerem', 'Eymen', 'Ömer', 'Aras', 'Deniz', 'Can', 'Ali', 'Miran', 'Efe'],
    surnames: [
      'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir',
      'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat',
      'Güler', 'Acar', 'Korkmaz', 'Erdem',
    ],
    languages: [
      [['tr', 'de'], 75],
      [['tr'], 15],
      [['ku', 'tr'], 10],
    ],
  },
  arab: {
    women: [
      'Fatima', 'Aisha', 'Mariam', 'Noor', 'Zainab', 'Huda', 'Amal', 'Rana', 'Layla', 'Samira', 'Yasmin',
      'Hanan', 'Dina', 'Salma', 'Rasha',
    ],
    men: [
      'Mohammed', 'Ahmad', 'Ali', 'Omar', 'Khaled', 'Hassan', 'Hussein', 'Mahmoud', 'Youssef', 'Ibrahim',
      'Karim', 'Tariq', 'Bilal', 'Samir', 'Walid',
    ],
    girls: ['Sara', 'Lina', 'Maryam', 'Jana', 'Malak', 'Hala', 'Layan', 'Aya', 'Nour', 'Lara', 'Amira'],
    boys: ['Adam', 'Yusuf', 'Omar', 'Ali', 'Hamza', 'Zain', 'Karim', 'Ibrahim', 'Jad', 'Elias', 'Amir'],
    surnames: [
      'Hassan', 'Ali', 'Ibrahim', 'Mahmoud', 'Abdullah', 'Saleh', 'Hussein', 'Khalil', 'Mansour', 'Nasser',
      'Othman', 'Rahman', 'Abbas', 'Hamdan', 'El-Sayed', 'Jaber', 'Al-Zubaidi', 'Al-Obaidi', 'Kadhim',
      'Haidar',
    ],
    languages: [
      [['ar', 'de'], 45],
      [['ar'], 40],
      [['ar', 'en'], 10],
      [['ar', 'fr'], 5],
    ],
  },
  syr: {
    women: [
      'Rasha', 'Ghada', 'Lama', 'Nour', 'Reem', 'Hiba', 'Rahaf', 'Alaa', 'Bushra', 'Dima', 'Rima', 'Ruba',
      'Sawsan', 'Asmaa', 'Nisreen',
    ],
    men: [
      'Mohammad', 'Ahmad', 'Abdulrahman', 'Anas', 'Bashar', 'Fadi', 'Firas', 'Ghaith', 'Hamza', 'Jamal',
      'Majd', 'Mazen', 'Rami', 'Wael', 'Ziad', 'Yaman',
    ],
    girls: ['Sham', 'Joud', 'Tala', 'Rital', 'Lamar', 'Sidra', 'Maya', 'Lana', 'Hala', 'Yara', 'Sara'],
    boys: ['Kinan', 'Yamen', 'Taim', 'Zaid', 'Majd', 'Adam', 'Omar', 'Karam', 'Yazan', 'Elias', 'Ahmad'],
    surnames: [
      'Al-Hassan', 'Al-Ahmad', 'Haddad', 'Darwish', 'Kassem', 'Al-Khatib', 'Sabbagh', 'Hamwi', 'Halabi',
      'Al-Masri', 'Zaher', 'Shamma', 'Al-Hamid', 'Kurdi', 'Alloush', 'Jomaa', 'Hamdo', 'Sheikho', 'Mustafa',
      'Othman',
    ],
    languages: [
      [['ar', 'de'], 45],
      [['ar'], 40],
      [['ku', 'ar'], 10],
      [['ar', 'en'], 5],
    ],
  },
  ua: {
    women: [
      'Olena', 'Oksana', 'Iryna', 'Nataliia', 'Tetiana', 'Svitlana', 'Yuliia', 'Kateryna', 'Anastasiia',
      'Viktoriia', 'Halyna', 'Olha', 'Mariia', 'Alina', 'Daryna',
    ],
    men: [
      'Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Volodymyr', 'Mykola', 'Ivan', 'Vasyl', 'Yurii', 'Oleh',
      'Maksym', 'Taras', 'Bohdan', 'Vitalii', 'Roman',
    ],
    girls: [
      'Sofiia', 'Anna', 'Zlata', 'Solomiia', 'Mariia', 'Veronika', 'Polina', 'Milana', 'Varvara', 'Yeva',
    ],
    boys: ['Artem', 'Matvii', 'Maksym', 'Oleksandr', 'Mark', 'Tymofii', 'Bohdan', 'Nazar', 'Illia', 'Danylo'],
    surnames: [
      'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Koval',
      'Oliinyk', 'Shevchuk', 'Polishchuk', 'Lysenko', 'Marchenko', 'Rudenko', 'Savchenko', 'Petrenko',
      'Moroz', 'Kovalchuk', 'Tkachuk', 'Pavlenko',
    ],
    languages: [
      [['uk', 'ru'], 35],
      [['uk'], 25],
      [['uk', 'en'], 15],
      [['uk', 'de'], 15],
      [['ru'], 10],
    ],
  },
  ru: {
    women: [
      'Jelena', 'Olga', 'Tatjana', 'Natalja', 'Irina', 'Swetlana', 'Anna', 'Jekaterina', 'Marija', 'Julia',
      'Anastasia', 'Xenia', 'Walentina', 'Galina', 'Ljudmila',
    ],
    men: [
      'Alexander', 'Sergej', 'Dmitri', 'Andrej', 'Alexej', 'Michail', 'Iwan', 'Nikolai', 'Wladimir', 'Pawel',
      'Igor', 'Juri', 'Jewgeni', 'Viktor', 'Maxim',
    ],
    girls: ['Sofia', 'Alina', 'Polina', 'Viktoria', 'Anastasia', 'Milana', 'Darja', 'Eva', 'Arina', 'Vera'],
    boys: ['Artjom', 'Maxim', 'Mark', 'Daniel', 'Matwej', 'Timofej', 'Kirill', 'Ilja', 'Nikita', 'Lew'],
    // Russian names and the German names of Russian-German families (Spätaussiedler)
    surnames: [
      'Iwanow', 'Petrow', 'Smirnow', 'Kusnezow', 'Popow', 'Wolkow', 'Sokolow', 'Lebedew', 'Koslow',
      'Morosow', 'Nowikow', 'Fedorow', 'Orlow', 'Sorokin', 'Wassiljew', 'Friesen', 'Klassen', 'Penner',
      'Dück', 'Hildebrandt', 'Dietz', 'Reimer',
    ],
    languages: [
      [['ru', 'de'], 65],
      [['ru'], 35],
    ],
  },
  pl: {
    women: [
      'Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Monika', 'Małgorzata', 'Ewa', 'Aleksandra',
      'Natalia', 'Justyna', 'Karolina', 'Marta', 'Paulina', 'Dorota',
    ],
    men: [
      'Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Łukasz', 'Jakub', 'Adam', 'Grzegorz',
      'Mateusz', 'Kamil', 'Marek', 'Dawid', 'Rafał',
    ],
    girls: ['Zuzanna', 'Julia', 'Zofia', 'Hanna', 'Maja', 'Lena', 'Alicja', 'Oliwia', 'Amelia', 'Laura'],
    boys: ['Antoni', 'Jan', 'Aleksander', 'Franciszek', 'Szymon', 'Filip', 'Jakub', 'Stanisław', 'Mikołaj'],
    surnames: [
      'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński',
      'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk',
      'Piotrowski', 'Grabowski', 'Pawlak', 'Michalski',
    ],
    languages: [
      [['pl', 'de'], 70],
      [['pl'], 20],
      [['pl', 'en'], 10],
    ],
  },
  vn: {
    women: [
      'Thi Lan', 'Thi Hoa', 'Thu Trang', 'Thi Mai', 'Ngoc Anh', 'Thi Huong', 'Thanh Huyen', 'Thi Hanh',
      'Minh Chau', 'Thi Thuy', 'Thu Ha', 'Bich Ngoc',
    ],
    men: [
      'Van Minh', 'Duc Anh', 'Van Hung', 'Quang Huy', 'Van Long', 'Minh Tuan', 'Van Thanh', 'Hoang Nam',
      'Duc Thang', 'Van Dung', 'Quoc Bao',
    ],
    girls: ['Linh', 'Anh', 'Mai', 'Emily', 'Lina', 'Mia', 'Vy', 'Ngoc', 'Sophie', 'Hanna', 'Nhi'],
    boys: ['Minh', 'Duc', 'Nam', 'Kevin', 'Leon', 'Paul', 'Bao', 'Khang', 'David', 'Tim', 'Huy'],
    surnames: [
      'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ngo', 'Duong', 'Ly',
    ],
    languages: [
      [['vi', 'de'], 65],
      [['vi'], 35],
    ],
  },
  af: {
    women: [
      'Fereshta', 'Mariam', 'Zahra', 'Parwana', 'Shabnam', 'Nilofar', 'Fatima', 'Farzana', 'Sima', 'Mursal',
    ],
    men: ['Ahmad', 'Mohammad', 'Ali', 'Jawad', 'Farid', 'Hamid', 'Mustafa', 'Naweed', 'Rahim', 'Sayed'],
    girls: ['Ayda', 'Mahsa', 'Sara', 'Elaha', 'Hasti', 'Setayesh', 'Maryam', 'Lina', 'Zainab'],
    boys: ['Amir', 'Yasin', 'Arian', 'Mahdi', 'Omid', 'Elias', 'Adam', 'Ali', 'Sina'],
    surnames: [
      'Ahmadi', 'Hashimi', 'Karimi', 'Mohammadi', 'Rahimi', 'Noori', 'Sultani', 'Haidari', 'Rezaei', 'Amiri',
      'Popal', 'Safi',
    ],
    languages: [
      [['fa'], 50],
      [['fa', 'de'], 35],
      [['ps', 'fa'], 15],
    ],
  },
};

export const ORIGIN_WEIGHTS: Record<DemoOfficeKey, Record<Origin, number>> = {
  main: { de: 62, tr: 5, arab: 5, syr: 7, ua: 8, ru: 5, pl: 3, vn: 3, af: 2 },
  schlaatz: { de: 40, tr: 7, arab: 8, syr: 14, ua: 11, ru: 8, pl: 3, vn: 4, af: 5 },
};

/** Female form of a Russian or Polish surname ("Iwanow" → "Iwanowa", "Kowalski" → "Kowalska"). */
export function feminineSurname(origin: Origin, surname: string): string {
  if (origin === 'ru' && /(ow|ew|in)$/.test(surname)) return `${surname}a`;
  if (origin === 'pl' && /[sc]ki$/.test(surname)) return surname.replace(/ki$/, 'ka');
  return surname;
}

/** Surnames the database search folds with unaccent; e-mail addresses need plain ASCII. */
export function ascii(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]/g, '');
}

// Reserved .example domains: demo e-mail addresses never reach a real mailbox.
export const MAIL_DOMAINS = [
  'web.example',
  'gmx.example',
  'posteo.example',
  't-online.example',
  'mail.example',
];
// prettier-ignore
export const MOBILE_PREFIXES = [
  '0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173',
  '0174', '0175', '0176', '0177', '0178', '0179',
];

export function phoneNumber(rng: Random): string {
  if (rng.chance(0.2)) return `0331 ${rng.int(2, 9)}${rng.digits(6)}`;
  const prefix = rng.pick(MOBILE_PREFIXES);
  return `${prefix} ${rng.int(1, 9)}${rng.digits(prefix.startsWith('015') ? 7 : rng.pick([6, 7]))}`;
}

export function emailAddress(rng: Random, first: string, last: string): string {
  const f = ascii(first.split(' ')[0]);
  const l = ascii(last);
  const local = rng.pick([
    `${f}.${l}`,
    `${f}${l}${rng.int(1, 99)}`,
    `${f[0]}.${l}`,
    `${l}.${f}`,
    `${f}_${l}`,
  ]);
  return `${local}@${rng.pick(MAIL_DOMAINS)}`;
}
