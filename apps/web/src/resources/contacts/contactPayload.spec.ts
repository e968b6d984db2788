import { contactPayload, quickContactPayload } from './contactPayload';

describe('contactPayload', () => {
  it('turns the chosen categories into needs and keeps the notes of a family contact', () => {
    expect(
      contactPayload({
        familyId: 'f1',
        channel: 'phone',
        notes: 'vertraulich',
        confidential: true,
        needCategoryKeys: ['elterngeld', 'kita_gutschein', 'elterngeld'],
      }),
    ).toEqual({
      familyId: 'f1',
      channel: 'phone',
      notes: 'vertraulich',
      confidential: true,
      needs: [{ categoryKey: 'elterngeld' }, { categoryKey: 'kita_gutschein' }],
    });
  });

  it('sends no personal field with an anonymous contact, and no empty needs', () => {
    expect(
      contactPayload({
        familyId: null,
        channel: 'walk_in',
        notes: 'x',
        confidential: false,
        needCategoryKeys: [],
      }),
    ).toEqual({ familyId: null, channel: 'walk_in' });
  });
});

describe('quickContactPayload', () => {
  it('is an anonymous contact with its needs', () => {
    expect(
      quickContactPayload({ channel: 'walk_in', districtId: '', categoryKeys: ['wohngeld', 'wohngeld'] }),
    ).toEqual({ familyId: null, channel: 'walk_in', districtId: null, needs: [{ categoryKey: 'wohngeld' }] });
  });
});
