import type { DatasetEntry } from '../../../api/types';
import { pickText } from '../../../domain/languages';

/** What a dataset is called in the UI language: the user's name for it, else its bundle's title, else its id. */
export function datasetLabel(dataset: Pick<DatasetEntry, 'id' | 'name' | 'title'>, uiLanguage: string): string {
  return pickText(dataset.name, [uiLanguage]) || pickText(dataset.title, [uiLanguage]) || dataset.id;
}
