import type { PageTexts } from '../page-texts';

export const enPages: PageTexts = {
  accessibility: {
    title: 'Accessibility statement',
    lead: 'The City of Potsdam wants everyone to be able to use the Family Portal. This statement applies to the Family Portal at /familienportal/.',
    sections: [
      {
        heading: 'Legal basis',
        paragraphs: [
          'As a public body of the State of Brandenburg, the City of Potsdam must make its websites accessible under the Brandenburg Disability Equality Act (BbgBGG) and the Brandenburg accessible IT regulation, which refers to BITV 2.0 and the European standard EN 301 549 (WCAG 2.1, level AA).',
        ],
      },
      {
        heading: 'Compliance status',
        paragraphs: [
          'The Family Portal is partially accessible. During development it was checked with automated tests (axe-core) in all six languages and with keyboard-only tests; an audit by an independent body is still outstanding.',
          'Known limitations: some offer descriptions exist only in German (the page says so); there is no video in German Sign Language yet.',
          'This statement was prepared on 6 December 2026.',
        ],
      },
      {
        heading: 'Report a barrier: feedback',
        paragraphs: [
          'Have you found a barrier, or do you need content in another form? Tell us through the “Request a call back” form or by phone via the city administration’s switchboard, 0331 289-0. We reply within two weeks.',
        ],
      },
      {
        heading: 'Conciliation procedure',
        paragraphs: [
          'If you receive no answer or no satisfactory answer, you can turn to the conciliation body. For public bodies of the State of Brandenburg and its municipalities, this is the conciliation body under the Brandenburg Disability Equality Act at the State Commissioner for the Concerns of People with Disabilities of Brandenburg. The procedure is free of charge and you need no lawyer.',
          'The conciliation body under § 16 of the federal Disability Equality Act (BGG) at the Federal Government Commissioner is responsible for federal bodies; it forwards concerns about state and municipal bodies to the body responsible.',
        ],
      },
    ],
  },
  easyLanguage: {
    title: 'Easy German (Leichte Sprache)',
    lead: 'Leichte Sprache is a form of German with short sentences and simple words, for people who find standard German hard to read.',
    sections: [
      {
        heading: 'Where to find it',
        paragraphs: [
          'Choose “Leichte Sprache” in the language menu at the top of every page. The whole portal is then shown in Leichte Sprache, including an explanation of what the portal offers and how to use it.',
        ],
      },
    ],
  },
  signLanguage: {
    title: 'Information in German Sign Language',
    lead: 'There is no video in German Sign Language (DGS) for the Family Portal yet. We say so openly and are working on it.',
    sections: [
      {
        heading: 'Reaching the Family Office without a phone',
        paragraphs: [
          'Use the “Request a call back” form and give only your email address. Under “When is the best time to reach you?” write “in writing, please” or “sign language”. We will then write to you instead of calling.',
        ],
      },
      {
        heading: 'Sign language interpreting at an appointment',
        paragraphs: [
          'You have the right to communicate with the city administration in German Sign Language. On request, the Family Office books an interpreter for a counselling appointment; the city pays. Please tell us when you get in touch.',
        ],
      },
    ],
  },
  imprint: {
    title: 'Legal notice',
    lead: 'The Family Portal is provided by the City of Potsdam.',
    sections: [
      {
        heading: 'Publisher',
        paragraphs: [
          'Landeshauptstadt Potsdam, represented by the Lord Mayor, Friedrich-Ebert-Straße 79/81, 14469 Potsdam, Germany. Phone (switchboard): +49 331 289-0.',
          'The City of Potsdam is a public-law corporation.',
        ],
      },
      {
        heading: 'Responsible for the content',
        paragraphs: [
          'The Family Office Potsdam (Familienbüro) maintains the offers and official procedures. Offer details come from the providers; the Family Office checks them regularly. Every page shows the date of the last check.',
        ],
      },
      {
        heading: 'Software',
        paragraphs: [
          'The portal is part of Lotsen CRM, free software under the European Union Public Licence (EUPL 1.2). Its design follows KERN, the open UX standard of German public administration; the Fira Sans font is served from this server.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Privacy notice',
    lead: 'The Family Portal needs no account, sets no cookies and does not track you. This is which data is processed all the same.',
    sections: [
      {
        heading: 'Controller',
        paragraphs: [
          'Landeshauptstadt Potsdam, represented by the Lord Mayor, Friedrich-Ebert-Straße 79/81, 14469 Potsdam. The city’s data protection officer can be reached at the same address.',
        ],
      },
      {
        heading: 'When you visit the pages',
        paragraphs: [
          'To deliver a page, the server has to know your IP address. It is neither stored nor logged. There are no cookies, tracking pixels, analytics tools or content from other providers: fonts and images come from this server.',
          'Your search words are not stored. The only thing counted is how often people searched per day, area, language and topic – without the search text and without any address.',
        ],
      },
      {
        heading: 'When you request a call back',
        paragraphs: [
          'We process what you enter: topic, office, name (a made-up name is fine), phone number or email address, language and preferred time, plus the text and version of your consent. Purpose: to call you back. Legal basis: your consent (Art. 6(1)(a) GDPR), which you may withdraw at any time.',
          'Only the counsellors of the office you chose see your details. A request nobody has taken within 30 days is deleted; a completed request 30 days after completion.',
          'Against abuse, the server keeps in memory for at most ten minutes how often a connection sent the form – only as a one-way hash, never on disk and never in a log.',
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: [
          'You have the right of access, rectification, erasure, restriction and objection, and to withdraw consent. You may complain to the supervisory authority: the Brandenburg Commissioner for Data Protection and Access to Information, Stahnsdorfer Damm 77, 14532 Kleinmachnow.',
        ],
      },
    ],
  },
};
