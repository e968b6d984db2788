import { lazy } from 'react';
import EventNoteIcon from '@mui/icons-material/EventNote';
import type { ResourceConfig } from '../types';

const screens = () => import('./FollowUpScreens');

/** follow-ups (Wiedervorlagen): created and edited on the family page; "Meine Wiedervorlagen". */
export const followUps: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.FollowUpList }))),
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};

/** The page "Meine Wiedervorlagen" (a custom route). */
export const MyFollowUpsPage = lazy(() => screens().then((module) => ({ default: module.MyFollowUps })));

export default followUps;
