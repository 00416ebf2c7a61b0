import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserMessages } from '../i18n/user-messages';
import { useAtlasStore } from '../state/atlas-store';

/** Things the user must know about how the app started, e.g. a --dataset file that was refused. */
export function NoticeBanner() {
  const { t } = useTranslation();
  const say = useUserMessages();
  const notices = useAtlasStore((s) => s.atlas?.notices);
  const [dismissed, setDismissed] = useState(false);
  if (!notices || notices.length === 0 || dismissed) return null;
  return (
    <div className="banner" role="alert">
      {notices.map((notice) => (
        <div key={notice.message} className="banner__notice">
          <p>{say(notice.texts, notice.message)}</p>
          {notice.problems.length > 0 && (
            <details>
              <summary>{t('notices.problems', { count: notice.problemCount })}</summary>
              {notice.problemCount > notice.problems.length && <p>{t('notices.firstProblems', { shown: notice.problems.length, total: notice.problemCount })}</p>}
              <ul className="problems">
                {notice.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
      <button type="button" className="small-button" onClick={() => setDismissed(true)}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
