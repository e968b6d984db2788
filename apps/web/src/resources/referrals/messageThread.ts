import { messageTextProblem, REFERRAL_MESSAGE_LIMITS, type MessageSide } from '@lotsen/domain';
import { API_URL, httpClient } from '../../providers/httpClient';

/** One message of a referral's thread, as GET /api/referrals/{id}/messages answers. */
export interface ReferralMessage {
  id: string;
  referralId: string;
  authorSide: MessageSide;
  authorName: string | null;
  text: string;
  createdAt: string;
}

/** The thread: its messages, and whether it takes new ones (header `Thread-State`). */
export interface Thread {
  messages: ReferralMessage[];
  open: boolean;
}

const messagesUrl = (referralId: string) => `${API_URL}/referrals/${encodeURIComponent(referralId)}/messages`;

export async function fetchThread(referralId: string): Promise<Thread> {
  const { json, headers } = await httpClient(messagesUrl(referralId));
  return { messages: json as ReferralMessage[], open: headers.get('Thread-State') === 'open' };
}

export async function postMessage(referralId: string, text: string): Promise<ReferralMessage> {
  const { json } = await httpClient(messagesUrl(referralId), {
    method: 'POST',
    body: JSON.stringify({ text }),
  });
  return json as ReferralMessage;
}

/** The German hint for a text the API would refuse (the rule of libs/domain), or null. */
export function messageHintKey(text: string): { key: string; max: number } | null {
  const problem = messageTextProblem(text);
  if (problem === 'too_long')
    return { key: 'resources.referrals.messages.tooLong', max: REFERRAL_MESSAGE_LIMITS.textMax };
  if (problem === 'html')
    return { key: 'resources.referrals.messages.html', max: REFERRAL_MESSAGE_LIMITS.textMax };
  return null;
}

/** The side the signed-in user writes for: a provider's user for the provider, staff for the office. */
export const sideOf = (role: string | undefined): MessageSide =>
  role === 'provider' ? 'provider' : 'office';
