import { t } from '../i18n/common-messages';

/** A page's title in the browser's tab and history: the page's own name, then the app's. */
export const pageTitle = (page: string): string => t('title.page', { page });
