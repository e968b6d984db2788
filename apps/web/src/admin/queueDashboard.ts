import { API_URL } from '../providers/httpClient';

/** Where the admin's job queue dashboard (@bull-board) is served by the API (behind the admin role). */
export const QUEUE_DASHBOARD_URL = `${API_URL}/admin/queues`;
