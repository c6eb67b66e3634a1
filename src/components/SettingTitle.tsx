import { titleInEnglish } from '../catalogue/catalogue-lang';
import type { SettingSummary } from '../catalogue/index-model';
import { CatalogueLabel } from './CatalogueLabel';

/** A setting's title from the index: in the page's language where the platform's own label is confirmed, else its English one, marked. */
export function SettingTitle({ setting }: { setting: Pick<SettingSummary, 'title' | 'localized'> | undefined }) {
  return setting && <CatalogueLabel text={setting.title} english={titleInEnglish(setting)} />;
}
