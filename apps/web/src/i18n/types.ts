import type { TranslationMessages } from 'react-admin';

/**
 * Every named key of a message type, made required and stripped of index signatures, so that a
 * translation typed with it must name every key that react-admin's English messages name.
 */
export type Complete<T> = {
  [K in keyof T as string extends K ? never : number extends K ? never : K]-?: NonNullable<
    T[K]
  > extends string
    ? string
    : Complete<NonNullable<T[K]>>;
};

/** react-admin's own messages (`ra.*`), every key required. */
export type RaMessages = Complete<TranslationMessages['ra']>;

/** Turns a literal message object into the same shape with plain `string` leaves. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string ? string : Shape<T[K]>;
};
